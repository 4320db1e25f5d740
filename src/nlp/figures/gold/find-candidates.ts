// Candidates for the annotator to read: every sentence holding a digit or a number word near
// casualty, arrest or deployment vocabulary. A deliberately neutral net (word stems, no parsing,
// nothing from the figure finder), so the gold is not shaped by what the system already finds.
// It only points; the annotator reads each hit, labels it, and reads beyond the hits for misses.
// `--wide` is the second round's net (more event stems: murder, shooting, captivity, hospital;
// number words from "to/two" up, without the articles), `--split dev` keeps one split, and each hit
// shows the labels its sentence already holds.
// Swedish documents (`ner-sv/…`, third round) always use the Swedish net below: Swedish event
// stems, number words matched with Unicode word edges ("två", "åtta" end in a non-ASCII letter, so
// `\b` misses them), "en/ett" included, and sentences cut only at a stop before a space ("31.000").
// Run: npx tsx src/nlp/figures/gold/find-candidates.ts [dataDir] [--wide] [--split dev] > /tmp/candidates.txt
import { listDocuments, rebuildDocument } from './corpus-text.js';
import { loadRealGold, splitOf } from './gold.js';

const EVENT_STEMS = /(drep|dræb|død|døy|dog\b|omkom|livet|skad|sår|kvæst|pågr|arrest|anhold|sikt|fengsl|innbra|evaku|savn|sakn|forsvun|innlag|indlag|sykehus|sjukehus|hospital|soldat|tropp|styrk|flykt|flygt|fordriv|ofre|offer|drap|drab)/i;
const NUMBER = /\d|\b(en|ett|ein|eitt|én|to|tre|fire|fem|seks|sju|syv|åtte|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tyve|tretti|tredive|førti|fyrre|femti|halvtreds|hundre|hundrede|tusen|tusind|million\w*|dusin\w*|titall\w*|snes\w*|hundrevis|hundredvis|tusenvis|tusindvis)\b/i;

const WIDE_EVENT_STEMS = /(drep|dræb|død|døy|daud|dog\b|dø\b|omk?om|livet|liv\b|lik\b|skad|sår|kvæst|kvest|pågr|arrest|anhold|sikt|tiltal|fengsl|varetekt|varetægt|fange|gissel|gisl|evaku|savn|sakn|forsvun|innlag|indlag|sykehus|sjukehus|hospital|behandl|soldat|tropp|styrk|mannskap|flykt|flygt|fordriv|heimlaus|hjemløs|ofre|offer|drap|drab|mord|myrd|skot|skut|skudt|henrett|avrett|massak|bomb|angrep|angrip|eksplo|ulykk|ulyk|katastrof|krig|terror|omkomne|internert|deport|utvis|brann|redd|tilbageholdt)/i;
const WIDE_NUMBER = /\d|\b(to|tre|fire|fem|seks|sju|syv|åtte|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tyve|tretti|tredive|førti|fyrre|femti|halvtreds|seksti|tres|sytti|halvfjerds|åtti|firs|nitti|halvfems|hundre|hundrede|tusen|tusind|million\w*|millionar|milliard\w*|dusin\w*|titall\w*|tital\w*|snes\w*|hundrevis|hundredvis|tusenvis|tusindvis|hundretal\w*|tusental\w*)\b/i;

const SV_EVENT_STEMS = /(död|dött|dog\b|omkom|livet|liv\b|skad|sår|grip|greps|anhåll|anhöll|häkta|arrest|frihetsber|fängsl|evaku|sakna|försvunn|sjukhus|intensiv|soldat|trupp|styrk|flykt|fördriv|hemlös|offer|offren|mörd|mord|skjut|sköt|avled|avlid|ihjäl|gisslan|kidnapp|fånga|omhändert|stup|drunkn|massak|militär|poliser|förd till|förts till|lagts in|vårdas)/i;
const SV_NUMBER = /\d|(?<!\p{L})(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen|miljon\p{L}*|dussin\p{L}*|\p{L}*tiotal\p{L}*|\p{L}*hundratal\p{L}*|\p{L}*tusental\p{L}*|\p{L}+tal|flera|många)(?!\p{L})/iu;

const args = process.argv.slice(2);
const wide = args.includes('--wide');
const splitArg = args.indexOf('--split');
const split = splitArg === -1 ? null : args[splitArg + 1];
const dataDir = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--split') ?? new URL('../../../../../shared/data', import.meta.url).pathname;
const [events, numbers] = wide ? [WIDE_EVENT_STEMS, WIDE_NUMBER] : [EVENT_STEMS, NUMBER];
const labelled = new Map(loadRealGold(dataDir).map((d) => [d.doc, d]));

for (const doc of listDocuments(dataDir)) {
  if (split !== null && splitOf(doc) !== split) continue;
  const { text, lang } = rebuildDocument(dataDir, doc);
  const items = labelled.get(doc)?.items ?? [];
  const swedish = lang === 'sv';
  const sentence = swedish ? /.+?(?:[.!?]+(?=\s|$)|$)/gs : /[^.!?\n]+[.!?]*/g;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) {
    if (!(swedish ? SV_EVENT_STEMS : events).test(m[0]) || !(swedish ? SV_NUMBER : numbers).test(m[0])) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    const labels = items
      .filter((i) => i.start >= start && i.end <= end)
      .map((i) => `[${text.slice(i.start, i.end)}=${i.figure ? i.figure.kind : `-${i.note ?? ''}`}]`)
      .join(' ');
    process.stdout.write(`${doc}\t${m.index}\t${m[0].trim()}\t${labels}\n`);
  }
}
