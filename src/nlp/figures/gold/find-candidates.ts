// Candidates for the annotator to read: every sentence holding a digit or a number word near
// casualty, arrest or deployment vocabulary. A deliberately neutral net (word stems, no parsing,
// nothing from the figure finder), so the gold is not shaped by what the system already finds.
// It only points; the annotator reads each hit, labels it, and reads beyond the hits for misses.
// Run: npx tsx src/nlp/figures/gold/find-candidates.ts [dataDir] > /tmp/candidates.txt
import { listDocuments, rebuildDocument } from './corpus-text.js';

const EVENT_STEMS = /(drep|dræb|død|døy|dog\b|omkom|livet|skad|sår|kvæst|pågr|arrest|anhold|sikt|fengsl|innbra|evaku|savn|sakn|forsvun|innlag|indlag|sykehus|sjukehus|hospital|soldat|tropp|styrk|flykt|flygt|fordriv|ofre|offer|drap|drab)/i;
const NUMBER = /\d|\b(en|ett|ein|eitt|én|to|tre|fire|fem|seks|sju|syv|åtte|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tyve|tretti|tredive|førti|fyrre|femti|halvtreds|hundre|hundrede|tusen|tusind|million\w*|dusin\w*|titall\w*|snes\w*|hundrevis|hundredvis|tusenvis|tusindvis)\b/i;

const dataDir = process.argv[2] ?? new URL('../../../../../shared/data', import.meta.url).pathname;
for (const doc of listDocuments(dataDir)) {
  const { text } = rebuildDocument(dataDir, doc);
  const sentence = /[^.!?\n]+[.!?]*/g;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) {
    if (EVENT_STEMS.test(m[0]) && NUMBER.test(m[0])) process.stdout.write(`${doc}\t${m.index}\t${m[0].trim()}\n`);
  }
}
