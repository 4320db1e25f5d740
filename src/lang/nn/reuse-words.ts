// Nynorsk reuse vocabulary: concepts shared with da/nb/sv (see ../base/reuse-words.ts).
import type { ReuseWords } from '../base/reuse-words.js';

export const nnReuseWords: ReuseWords = {
  functionWords: {
    og: 'and', eller: 'or', men: 'but', ikkje: 'not', av: 'of', til: 'to', i: 'in', på: 'on', for: 'for', med: 'with', frå: 'from',
    om: 'about', etter: 'after', før: 'before', sidan: 'since', inntil: 'until', over: 'over', under: 'under', mellom: 'between',
    utan: 'without', mot: 'against', gjennom: 'through', ved: 'at', hjå: 'at', ifølgje: 'according', rundt: 'around', omkring: 'around',
    som: 'as', at: 'that', å: 'that', der: 'there', her: 'here', ein: 'a', eit: 'a', ei: 'a', den: 'it', det: 'it', dei: 'they',
    eg: 'i', meg: 'me', vi: 'we', oss: 'us', du: 'you', deg: 'you', han: 'he', ho: 'she', henne: 'her', dykk: 'you', seg: 'self',
    sin: 'own', sitt: 'own', sine: 'own', hans: 'his', hennar: 'hers', deira: 'their', vår: 'our', vårt: 'our', våre: 'our', min: 'my',
    mitt: 'my', mine: 'my', er: 'is', var: 'was', vore: 'been', vere: 'be', har: 'has', hadde: 'had', ha: 'have', hatt: 'had',
    blir: 'becomes', bli: 'become', vart: 'became', blei: 'became', vorte: 'become', blitt: 'become', vil: 'will', ville: 'would',
    skal: 'shall', skulle: 'should', kan: 'can', kunne: 'could', må: 'must', måtte: 'must', kva: 'what', kven: 'who', kvar: 'where',
    når: 'when', då: 'when', korleis: 'how', kvifor: 'why', viss: 'if', dersom: 'if', òg: 'also', også: 'also',
    berre: 'only', no: 'now', så: 'so', framleis: 'still', allereie: 'already', meir: 'more', fleire: 'more', mest: 'most',
    enn: 'than', svært: 'much', mykje: 'much', ingen: 'none', inkje: 'none', nokon: 'some', noko: 'some', nokre: 'some', alle: 'all',
    alt: 'all', denne: 'this', dette: 'this', desse: 'this', same: 'same', annan: 'other', anna: 'other', andre: 'other',
    eigen: 'own', eige: 'own', eigne: 'own', eiga: 'own', mange: 'many', dermed: 'thereby', difor: 'therefore', opp: 'up', ut: 'out',
    inn: 'in', ned: 'down', igjen: 'again', enno: 'yet', likevel: 'though',
  },
  contentWords: {
    politiet: 'police', politi: 'police', seier: 'say', sa: 'say', seie: 'say', veke: 'week', veker: 'week', veka: 'week',
    laurdag: 'saturday', tysdag: 'tuesday', måndag: 'monday', sundag: 'sunday', søndag: 'sunday', to: '2', tre: '3', fire: '4',
    fem: '5', seks: '6', sju: '7', åtte: '8', ni: '9', ti: '10', tjue: '20', tretti: '30', hundre: '100', tusen: '1000',
    million: 'million', millionar: 'million', milliard: 'billion', milliardar: 'billion', kroner: 'krone', kr: 'krone',
    prosent: 'percent', veg: 'road', vegen: 'road', vegar: 'road', born: 'children', regjeringa: 'government', regjering: 'government',
    folk: 'people', personar: 'persons', dag: 'day', dagar: 'day', sjukehus: 'hospital', sjukehuset: 'hospital', sjukehusa: 'hospital',
    sjukepleiarar: 'nurses', leiar: 'chair', køyre: 'drive', køyrer: 'drive',
  },
};
