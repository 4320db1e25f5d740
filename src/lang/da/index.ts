// Danish resources.
import type { LanguageResources } from '../types.js';
import { daNumbers } from './numbers.js';
import { daFigures } from './figures.js';
import { daQuotes } from './quotes.js';
import { daSentences } from './sentences.js';

export const da: LanguageResources = {
  code: 'da',
  stemmer: 'danish',
  abbreviations: ['bl.a.', 'f.eks.', 'ca.', 'kl.', 'nr.', 'mv.', 'dvs.', 'jf.', 't.o.m.', 'osv.', 'm.fl.', 'hhv.', 'pga.', 'ift.', 'mht.', 'iht.', 'evt.', 'inkl.', 'mfl.', 'cand.', 'stud.', 'lektor.', 'vicepolitiinsp.', 'dr.phil.', 'cand.mag.'],
  months: [
    { name: 'januar', month: 1 }, { name: 'februar', month: 2 }, { name: 'marts', month: 3 },
    { name: 'april', month: 4 }, { name: 'maj', month: 5 }, { name: 'juni', month: 6 },
    { name: 'juli', month: 7 }, { name: 'august', month: 8 }, { name: 'september', month: 9 },
    { name: 'oktober', month: 10 }, { name: 'november', month: 11 }, { name: 'december', month: 12 },
    { name: 'jan', month: 1 }, { name: 'feb', month: 2 }, { name: 'mar', month: 3 }, { name: 'apr', month: 4 },
    { name: 'jun', month: 6 }, { name: 'jul', month: 7 }, { name: 'aug', month: 8 }, { name: 'sep', month: 9 },
    { name: 'okt', month: 10 }, { name: 'nov', month: 11 }, { name: 'dec', month: 12 },
  ],
  dateLabels: ['Publiceret', 'Offentliggjort', 'Opdateret', 'Senest opdateret', 'Sidst opdateret', 'Udgivet', 'Dato'],
  navigationLines: ['forrige', 'næste', 'del artikel', 'del artiklen', 'del', 'annonce', 'annoncørbetalt indhold', 'luk', 'læs mere', 'vis mere', 'gem artikel', 'lyt til artiklen', 'tilbage til forsiden', 'menu', 'abonnér', 'log ind', 'til toppen', 'del på facebook', 'del på x', 'kopiér link'],
  navigationPrefixes: ['Læs også:', 'Læs også', 'Læs mere:', 'LÆS OGSÅ:', 'Se også:', 'Relateret:'],
  cookieWords: ['cookies', 'cookie'],
  captionMarkers: ['Foto:', 'Foto/', 'Fotos:', 'Billede:', 'Arkivfoto:', 'Grafik:'],
  captionExpanders: ['Vis mere', 'Vis mindre', 'Luk'],
  stopWords: ['og', 'i', 'at', 'det', 'en', 'den', 'til', 'er', 'som', 'på', 'de', 'med', 'han', 'af', 'for', 'ikke', 'der', 'var', 'mig', 'sig', 'men', 'et', 'har', 'om', 'vi', 'min', 'havde', 'ham', 'hun', 'nu', 'over', 'da', 'fra', 'du', 'ud', 'sin', 'dem', 'os', 'op', 'man', 'hans', 'hvor', 'eller', 'hvad', 'skal', 'selv', 'her', 'alle', 'vil', 'blev', 'kunne', 'ind', 'når', 'være', 'dog', 'noget', 'ville', 'jo', 'deres', 'efter', 'ned', 'skulle', 'denne', 'end', 'dette', 'mit', 'også', 'under', 'have', 'dig', 'anden', 'hende', 'mine', 'alt', 'meget', 'sit', 'sine', 'vor', 'mod', 'disse', 'hvis', 'din', 'nogle', 'hos', 'blive', 'mange', 'ad', 'bliver', 'hendes', 'været', 'thi', 'jer', 'sådan', 'siger', 'ifølge'],
  numbers: daNumbers,
  figures: daFigures,
  quotes: daQuotes,
  sentences: daSentences,
};
