// Scraped article text in, article body out: metadata lines become fields, captions printed twice
// leave the body (kept once in `captions`), navigation residue and cookie banners go, and wire
// credit lines become `credits`. Lines that stay are kept byte for byte, so offsets slice cleanly.
import { agencies, languages } from '../lang/index.js';
import { parseNewsDate } from './dates.js';

export interface CleanedText {
  text: string;
  published: string | null;
  credits: string[];
  captions: string[];
  /** What was taken out and why, for debugging and tests. */
  removed: { kind: 'metadata' | 'credit' | 'caption' | 'navigation' | 'cookie-banner'; line: string }[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const navigationLines = new Set(languages.flatMap((l) => l.navigationLines));
const navigationPrefixes = [...new Set(languages.flatMap((l) => l.navigationPrefixes))].sort((a, b) => b.length - a.length);
const captionMarker = new RegExp(`(?:^|\\s|\\()(?:${[...new Set(languages.flatMap((l) => l.captionMarkers))].map(escapeRegExp).join('|')})`, 'i');
const captionExpander = new RegExp(`\\s*(?:${[...new Set(languages.flatMap((l) => l.captionExpanders))].map(escapeRegExp).join('|')})\\s*$`, 'i');
const cookieWord = new RegExp(`\\b(?:${[...new Set(languages.flatMap((l) => l.cookieWords))].join('|')})\\b`, 'i');
/** A cookie line is a banner only when it also asks for consent. */
const consentWord = /\b(?:accept\w*|godkend\w*|godta\w*|godkänn\w*|samtyk\w*|samtykk\w*|samtycke|bruger|bruker|brukar|använder|uses|use|indstillinger|innstillinger|inställningar|settings)\b/i;
const metadataDateLabel = new RegExp(
  `^\\s*(${[...new Set(languages.flatMap((l) => l.dateLabels))].map(escapeRegExp).join('|')})\\b\\s*[:\\-–]?\\s*(.*)$`,
  'i',
);
const updateLabel = /oppdat|opdat|uppdat|update|endr|sidst|senest|sist/i;
const bareDateLine = /^\s*date\s+(\d{4}(?:-\d{2}){0,2})\s*$/i;

const agencyBySpelling = new Map<string, string>();
for (const agency of agencies) for (const s of agency.spellings) agencyBySpelling.set(s, agency.name);
const agencyAlternation = [...agencyBySpelling.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** Inline credit marks: "/ritzau/", "(NTB)", "©AFP", "STOCKHOLM (TT)". */
const inlineCredit = new RegExp(`(?:/(${agencyAlternation})/|\\((${agencyAlternation})\\)|©\\s?(${agencyAlternation})\\b)`, 'g');

const MAX_CAPTION_LENGTH = 320;
const MAX_BANNER_LENGTH = 400;
const MAX_METADATA_LENGTH = 120;

/** The agencies a line credits when the line is nothing but a credit ("/ritzau/", "NTB-AFP"). */
function creditLine(line: string): string[] | null {
  const parts = line
    .replace(/[©()[\]]/g, ' ')
    .split(/[\s/,+&-]+|\bog\b|\band\b|\boch\b/)
    .filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 4) return null;
  const names: string[] = [];
  for (const part of parts) {
    const name = agencyBySpelling.get(part);
    if (name === undefined) return null;
    names.push(name);
  }
  return names;
}

function isNavigation(trimmed: string): boolean {
  const bare = trimmed.replace(/[\s.:»›>→|]+$/u, '').replace(/^[\s«‹<←|]+/u, '').toLowerCase();
  if (navigationLines.has(bare)) return true;
  return navigationPrefixes.some((prefix) => trimmed.startsWith(prefix) && trimmed.length < 200);
}

export function cleanText(input: string): CleanedText {
  const normalised = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const result: CleanedText = { text: '', published: null, credits: [], captions: [], removed: [] };
  let updated: string | null = null;
  const kept: string[] = [];
  const addCredit = (name: string): void => {
    if (!result.credits.includes(name)) result.credits.push(name);
  };

  for (const line of normalised.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      kept.push('');
      continue;
    }
    const bare = bareDateLine.exec(trimmed);
    const labelled = bare ? null : metadataDateLabel.exec(trimmed);
    const labelledDate = labelled && trimmed.length <= MAX_METADATA_LENGTH ? parseNewsDate(labelled[2]) : null;
    if (bare || labelledDate) {
      const date = bare ? parseNewsDate(bare[1]) : labelledDate;
      if (labelled && updateLabel.test(labelled[1])) updated ??= date;
      else result.published ??= date;
      result.removed.push({ kind: 'metadata', line });
      continue;
    }
    const credited = creditLine(trimmed);
    if (credited) {
      credited.forEach(addCredit);
      result.removed.push({ kind: 'credit', line });
      continue;
    }
    if (trimmed.length <= MAX_CAPTION_LENGTH && captionMarker.test(trimmed)) {
      const caption = trimmed.replace(captionExpander, '');
      if (!result.captions.includes(caption)) result.captions.push(caption);
      result.removed.push({ kind: 'caption', line });
      continue;
    }
    if (isNavigation(trimmed)) {
      result.removed.push({ kind: 'navigation', line });
      continue;
    }
    if (trimmed.length <= MAX_BANNER_LENGTH && cookieWord.test(trimmed) && consentWord.test(trimmed)) {
      result.removed.push({ kind: 'cookie-banner', line });
      continue;
    }
    for (const m of line.matchAll(inlineCredit)) addCredit(agencyBySpelling.get(m[1] ?? m[2] ?? m[3]) ?? m[0]);
    kept.push(line);
  }
  result.published ??= updated;
  result.text = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return result;
}
