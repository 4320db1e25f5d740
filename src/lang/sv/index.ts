// Swedish resources.
import type { LanguageResources } from '../types.js';
import { svNumbers } from './numbers.js';
import { svFigures } from './figures.js';
import { svQuotes } from './quotes.js';
import { svSentences } from './sentences.js';

export const sv: LanguageResources = {
  code: 'sv',
  stemmer: 'swedish',
  abbreviations: ['bl.a.', 't.ex.', 'ca.', 'kl.', 'nr.', 'dvs.', 'jfr.', 't.o.m.', 'osv.', 'm.fl.', 'm.m.', 'p.g.a.', 'pga.', 'resp.', 'inkl.', 'f.d.', 'fr.o.m.', 'o.s.v.', 'd.v.s.', 'ev.', 'kap.', 'milj.'],
  months: [
    { name: 'januari', month: 1 }, { name: 'februari', month: 2 }, { name: 'mars', month: 3 },
    { name: 'april', month: 4 }, { name: 'maj', month: 5 }, { name: 'juni', month: 6 },
    { name: 'juli', month: 7 }, { name: 'augusti', month: 8 }, { name: 'september', month: 9 },
    { name: 'oktober', month: 10 }, { name: 'november', month: 11 }, { name: 'december', month: 12 },
    { name: 'jan', month: 1 }, { name: 'feb', month: 2 }, { name: 'mar', month: 3 }, { name: 'apr', month: 4 },
    { name: 'jun', month: 6 }, { name: 'jul', month: 7 }, { name: 'aug', month: 8 }, { name: 'sep', month: 9 },
    { name: 'okt', month: 10 }, { name: 'nov', month: 11 }, { name: 'dec', month: 12 },
  ],
  dateLabels: ['Publicerad', 'Uppdaterad', 'Senast uppdaterad', 'Publicerat', 'Uppdaterat', 'Datum'],
  navigationLines: ['föregående', 'nästa', 'dela artikeln', 'dela', 'annons', 'stäng', 'läs mer', 'visa mer', 'spara artikel', 'lyssna på artikeln', 'tillbaka till startsidan', 'meny', 'logga in', 'till toppen', 'kopiera länk'],
  navigationPrefixes: ['Läs också:', 'Läs även:', 'Läs också', 'LÄS ÄVEN:', 'Läs mer:', 'Se även:'],
  cookieWords: ['cookies', 'kakor', 'cookie'],
  captionMarkers: ['Foto:', 'Foto/', 'Bild:', 'Arkivbild:', 'Grafik:'],
  captionExpanders: ['Visa mer', 'Visa mindre', 'Stäng'],
  stopWords: ['och', 'det', 'att', 'i', 'en', 'jag', 'hon', 'som', 'han', 'på', 'den', 'med', 'var', 'sig', 'för', 'så', 'till', 'är', 'men', 'ett', 'om', 'hade', 'de', 'av', 'icke', 'inte', 'mig', 'du', 'henne', 'då', 'sin', 'nu', 'har', 'inte', 'hans', 'honom', 'skulle', 'hennes', 'där', 'min', 'man', 'ej', 'vid', 'kunde', 'något', 'från', 'ut', 'när', 'efter', 'upp', 'vi', 'dem', 'vara', 'vad', 'över', 'än', 'dig', 'kan', 'sina', 'här', 'ha', 'mot', 'alla', 'under', 'någon', 'eller', 'allt', 'mycket', 'sedan', 'ju', 'denna', 'själv', 'detta', 'åt', 'utan', 'varit', 'hur', 'ingen', 'mitt', 'ni', 'bli', 'blev', 'oss', 'din', 'dessa', 'några', 'deras', 'blir', 'mina', 'samma', 'vilken', 'er', 'sådan', 'vår', 'blivit', 'dess', 'inom', 'mellan', 'sådant', 'varför', 'varje', 'vilka', 'ditt', 'vem', 'vilket', 'sitta', 'sådana', 'vart', 'dina', 'vars', 'vårt', 'våra', 'ert', 'era', 'vilkas', 'säger', 'enligt', 'också'],
  numbers: svNumbers,
  figures: svFigures,
  quotes: svQuotes,
  sentences: svSentences,
};
