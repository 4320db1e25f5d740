// English resources.
import type { LanguageResources } from '../types.js';
import { enNumbers } from './numbers.js';
import { enFigures } from './figures.js';
import { enQuotes } from './quotes.js';
import { enSentences } from './sentences.js';

export const en: LanguageResources = {
  code: 'en',
  stemmer: 'english',
  abbreviations: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'Gen.', 'Lt.', 'Col.', 'Sgt.', 'Capt.', 'Gov.', 'Sen.', 'Rep.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'U.S.', 'U.K.', 'U.N.', 'a.m.', 'p.m.', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'No.', 'approx.'],
  months: [
    { name: 'january', month: 1 }, { name: 'february', month: 2 }, { name: 'march', month: 3 },
    { name: 'april', month: 4 }, { name: 'may', month: 5 }, { name: 'june', month: 6 },
    { name: 'july', month: 7 }, { name: 'august', month: 8 }, { name: 'september', month: 9 },
    { name: 'october', month: 10 }, { name: 'november', month: 11 }, { name: 'december', month: 12 },
    { name: 'jan', month: 1 }, { name: 'feb', month: 2 }, { name: 'mar', month: 3 }, { name: 'apr', month: 4 },
    { name: 'jun', month: 6 }, { name: 'jul', month: 7 }, { name: 'aug', month: 8 }, { name: 'sep', month: 9 },
    { name: 'sept', month: 9 }, { name: 'oct', month: 10 }, { name: 'nov', month: 11 }, { name: 'dec', month: 12 },
  ],
  dateLabels: ['Published', 'Updated', 'Last updated', 'Posted', 'Date'],
  navigationLines: ['previous', 'next', 'share', 'share this article', 'advertisement', 'close', 'read more', 'show more', 'save article', 'listen to this article', 'back to top', 'menu', 'sign in', 'subscribe'],
  navigationPrefixes: ['Read more:', 'Read also:', 'READ MORE:', 'See also:', 'Related:'],
  cookieWords: ['cookies', 'cookie'],
  captionMarkers: ['Photo:', 'Picture:', 'Image:', 'Photograph:'],
  captionExpanders: ['Show more', 'Expand'],
  stopWords: ['the', 'of', 'and', 'to', 'a', 'in', 'is', 'it', 'that', 'was', 'for', 'on', 'are', 'with', 'as', 'his', 'they', 'be', 'at', 'one', 'have', 'this', 'from', 'by', 'had', 'not', 'but', 'what', 'all', 'were', 'when', 'we', 'there', 'can', 'an', 'your', 'which', 'their', 'said', 'if', 'will', 'each', 'about', 'how', 'up', 'out', 'them', 'then', 'she', 'many', 'some', 'so', 'these', 'would', 'other', 'into', 'has', 'more', 'her', 'two', 'like', 'him', 'see', 'could', 'no', 'than', 'been', 'who', 'its', 'now', 'after', 'says', 'according'],
  numbers: enNumbers,
  figures: enFigures,
  quotes: enQuotes,
  sentences: enSentences,
};
