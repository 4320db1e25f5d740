// Norwegian Bokmål resources.
import type { LanguageResources } from '../types.js';
import { nbNumbers } from './numbers.js';
import { nbFigures } from './figures.js';
import { nbQuotes } from './quotes.js';
import { nbSentences } from './sentences.js';

export const norwegianMonths = [
  { name: 'januar', month: 1 }, { name: 'februar', month: 2 }, { name: 'mars', month: 3 },
  { name: 'april', month: 4 }, { name: 'mai', month: 5 }, { name: 'juni', month: 6 },
  { name: 'juli', month: 7 }, { name: 'august', month: 8 }, { name: 'september', month: 9 },
  { name: 'oktober', month: 10 }, { name: 'november', month: 11 }, { name: 'desember', month: 12 },
  { name: 'jan', month: 1 }, { name: 'feb', month: 2 }, { name: 'mar', month: 3 }, { name: 'apr', month: 4 },
  { name: 'jun', month: 6 }, { name: 'jul', month: 7 }, { name: 'aug', month: 8 }, { name: 'sep', month: 9 },
  { name: 'okt', month: 10 }, { name: 'nov', month: 11 }, { name: 'des', month: 12 },
] as const;

export const nb: LanguageResources = {
  code: 'nb',
  stemmer: 'norwegian',
  abbreviations: ['bl.a.', 'f.eks.', 'ca.', 'kl.', 'nr.', 'mv.', 'dvs.', 'jf.', 't.o.m.', 'osv.', 'm.fl.', 'pga.', 'evt.', 'inkl.', 'ifm.', 'iflg.', 'bl.', 'mht.', 'henh.', 'pst.', 'ordf.', 'str.'],
  months: norwegianMonths,
  dateLabels: ['Publisert', 'Oppdatert', 'Sist oppdatert', 'Endret', 'Sist endret', 'Dato'],
  navigationLines: ['forrige', 'neste', 'del artikkel', 'del artikkelen', 'del', 'annonse', 'annonsørinnhold', 'lukk', 'les mer', 'vis mer', 'lagre artikkel', 'lytt til artikkelen', 'tilbake til forsiden', 'meny', 'abonner', 'logg inn', 'til toppen', 'del på facebook', 'kopier lenke'],
  navigationPrefixes: ['Les også:', 'Les også', 'LES OGSÅ:', 'Les mer:', 'Se også:', 'Relatert:'],
  cookieWords: ['cookies', 'informasjonskapsler', 'cookie'],
  captionMarkers: ['Foto:', 'Foto/', 'Bilde:', 'Arkivfoto:', 'Grafikk:'],
  captionExpanders: ['Vis mer', 'Vis mindre', 'Lukk'],
  stopWords: ['og', 'i', 'jeg', 'det', 'at', 'en', 'et', 'den', 'til', 'er', 'som', 'på', 'de', 'med', 'han', 'av', 'ikke', 'der', 'så', 'var', 'meg', 'seg', 'men', 'ett', 'har', 'om', 'vi', 'min', 'mitt', 'ha', 'hadde', 'hun', 'nå', 'over', 'da', 'ved', 'fra', 'du', 'ut', 'sin', 'dem', 'oss', 'opp', 'man', 'kan', 'hans', 'hvor', 'eller', 'hva', 'skal', 'selv', 'sjøl', 'her', 'alle', 'vil', 'bli', 'ble', 'blitt', 'kunne', 'inn', 'når', 'være', 'kom', 'noen', 'noe', 'ville', 'dere', 'deres', 'kun', 'ja', 'etter', 'ned', 'skulle', 'denne', 'for', 'deg', 'si', 'sine', 'sitt', 'mot', 'å', 'meget', 'hvorfor', 'dette', 'disse', 'uten', 'hvordan', 'ingen', 'din', 'ditt', 'blir', 'samme', 'hvilken', 'sånn', 'inni', 'mellom', 'vår', 'hver', 'hvem', 'vors', 'hvis', 'både', 'bare', 'enn', 'fordi', 'før', 'mange', 'også', 'slik', 'vært', 'sier', 'ifølge'],
  numbers: nbNumbers,
  figures: nbFigures,
  quotes: nbQuotes,
  sentences: nbSentences,
};
