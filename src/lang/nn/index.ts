// Norwegian Nynorsk resources.
import type { LanguageResources } from '../types.js';
import { nnNumbers } from './numbers.js';
import { nnFigures } from './figures.js';
import { nnQuotes } from './quotes.js';
import { nnSentences } from './sentences.js';
import { norwegianMonths } from '../nb/index.js';

export const nn: LanguageResources = {
  code: 'nn',
  stemmer: 'norwegian',
  abbreviations: ['bl.a.', 't.d.', 'ca.', 'kl.', 'nr.', 'mv.', 'dvs.', 'jf.', 't.o.m.', 'osb.', 'm.fl.', 'pga.', 'evt.', 'inkl.', 'høvesvis', 'sjå.', 'm.a.'],
  months: norwegianMonths,
  dateLabels: ['Publisert', 'Oppdatert', 'Sist oppdatert', 'Endra', 'Sist endra', 'Dato'],
  navigationLines: ['førre', 'neste', 'del artikkel', 'del artikkelen', 'del', 'annonse', 'lukk', 'les meir', 'vis meir', 'lagre artikkel', 'tilbake til framsida', 'meny', 'logg inn', 'til toppen'],
  navigationPrefixes: ['Les òg:', 'Les også:', 'Les òg', 'Les meir:', 'Sjå òg:'],
  cookieWords: ['cookies', 'informasjonskapslar', 'cookie'],
  captionMarkers: ['Foto:', 'Foto/', 'Bilete:', 'Arkivfoto:'],
  captionExpanders: ['Vis meir', 'Vis mer', 'Lukk'],
  stopWords: ['og', 'i', 'eg', 'det', 'at', 'ein', 'eit', 'den', 'til', 'er', 'som', 'på', 'dei', 'med', 'han', 'av', 'ikkje', 'ikkje', 'der', 'så', 'var', 'meg', 'seg', 'men', 'har', 'om', 'vi', 'min', 'mitt', 'ha', 'hadde', 'ho', 'no', 'over', 'då', 'ved', 'frå', 'du', 'ut', 'sin', 'dykk', 'oss', 'opp', 'kan', 'hans', 'kvar', 'eller', 'kva', 'skal', 'sjølv', 'her', 'alle', 'vil', 'bli', 'vart', 'vorte', 'kunne', 'inn', 'når', 'vere', 'kom', 'nokon', 'noko', 'ville', 'dykkar', 'berre', 'etter', 'ned', 'skulle', 'denne', 'for', 'deg', 'sine', 'sitt', 'mot', 'å', 'kvifor', 'dette', 'desse', 'utan', 'korleis', 'ingen', 'din', 'ditt', 'blir', 'same', 'kven', 'mellom', 'vår', 'både', 'enn', 'fordi', 'før', 'mange', 'òg', 'også', 'slik', 'vore', 'seier', 'ifølgje', 'ifylgje', 'kring', 'mykje'],
  numbers: nnNumbers,
  figures: nnFigures,
  quotes: nnQuotes,
  sentences: nnSentences,
};
