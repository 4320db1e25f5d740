// Dates as news pages write them ("5. mai 2024 kl. 10.15", "12. marts 2024", "2024-03-14 07:02",
// "March 3, 2024") turned into ISO 8601 as precise as the text is; month names come from the
// language folders, so a new language brings its own.
import { languages } from '../lang/index.js';

const monthByName = new Map<string, number>();
for (const lang of languages) for (const m of lang.months) monthByName.set(m.name, m.month);
const monthAlternation = [...monthByName.keys()].sort((a, b) => b.length - a.length).join('|');

const pad = (n: number): string => String(n).padStart(2, '0');
const TIME = String.raw`(?:,?\s*(?:kl\.?|klokka|klokken|klockan|at)?\s*(\d{1,2})[.:](\d{2}))?`;

const isoPattern = new RegExp(String.raw`(?<!\d)(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?(?!\d)`);
const dayMonthYear = new RegExp(String.raw`(?<!\d)(\d{1,2})\.?\s+(${monthAlternation})\.?\s+(\d{4})${TIME}`, 'i');
const monthDayYear = new RegExp(String.raw`\b(${monthAlternation})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}`, 'i');
const numericDate = new RegExp(String.raw`(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}`);

function build(year: number, month: number, day?: number, hour?: string, minute?: string, zone?: string): string | null {
  if (month < 1 || month > 12 || year < 1800 || year > 2200) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return date;
  const h = Number(hour);
  const m = Number(minute);
  if (h > 23 || m > 59) return date;
  return `${date}T${pad(h)}:${pad(m)}${zone ?? ''}`;
}

/** The first date written in `text`, as ISO 8601, or null when there is none. */
export function parseNewsDate(text: string): string | null {
  let match = isoPattern.exec(text);
  if (match) {
    return build(Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]), match[4], match[5], match[6]);
  }
  match = dayMonthYear.exec(text);
  if (match) {
    return build(Number(match[3]), monthByName.get(match[2].toLowerCase()) ?? 0, Number(match[1]), match[4], match[5]);
  }
  match = monthDayYear.exec(text);
  if (match) {
    return build(Number(match[3]), monthByName.get(match[1].toLowerCase()) ?? 0, Number(match[2]), match[4], match[5]);
  }
  match = numericDate.exec(text);
  if (match) return build(Number(match[3]), Number(match[2]), Number(match[1]), match[4], match[5]);
  return null;
}
