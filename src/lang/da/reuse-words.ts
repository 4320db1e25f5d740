// Danish reuse vocabulary: concepts shared with nb/nn/sv (see ../base/reuse-words.ts).
import type { ReuseWords } from '../base/reuse-words.js';

export const daReuseWords: ReuseWords = {
  functionWords: {
    og: 'and', eller: 'or', men: 'but', ikke: 'not', ej: 'not', af: 'of', til: 'to', i: 'in', på: 'on', for: 'for', med: 'with',
    fra: 'from', om: 'about', efter: 'after', før: 'before', inden: 'before', siden: 'since', indtil: 'until', over: 'over', under: 'under',
    mellem: 'between', uden: 'without', mod: 'against', gennem: 'through', ved: 'at', hos: 'at', ifølge: 'according', omkring: 'around',
    som: 'as', at: 'that', der: 'there', her: 'here', en: 'a', et: 'a', den: 'it', det: 'it', de: 'they', jeg: 'i', mig: 'me', vi: 'we',
    os: 'us', du: 'you', dig: 'you', han: 'he', ham: 'him', hun: 'she', hende: 'her', dem: 'them', sig: 'self', sin: 'own', sit: 'own',
    sine: 'own', hans: 'his', hendes: 'hers', deres: 'their', vores: 'our', min: 'my', mit: 'my', mine: 'my', er: 'is', var: 'was',
    været: 'been', være: 'be', har: 'has', havde: 'had', have: 'have', haft: 'had', bliver: 'becomes', blive: 'become', blev: 'became',
    blevet: 'become', vil: 'will', ville: 'would', skal: 'shall', skulle: 'should', kan: 'can', kunne: 'could', må: 'must', måtte: 'must',
    hvad: 'what', hvem: 'who', hvor: 'where', hvornår: 'when', når: 'when', da: 'when', hvordan: 'how', hvorfor: 'why', hvilken: 'which',
    hvilket: 'which', hvilke: 'which', hvis: 'if', også: 'also', kun: 'only', bare: 'only', nu: 'now', så: 'so', stadig: 'still', fortsat: 'still',
    allerede: 'already', mere: 'more', flere: 'more', mest: 'most', end: 'than', meget: 'much', ingen: 'none', intet: 'none', nogle: 'some',
    nogen: 'some', noget: 'some', alle: 'all', alt: 'all', hver: 'each', hvert: 'each', denne: 'this', dette: 'this', disse: 'this',
    samme: 'same', anden: 'other', andet: 'other', andre: 'other', egen: 'own', eget: 'own', egne: 'own', mange: 'many', dermed: 'thereby',
    derfor: 'therefore', op: 'up', ud: 'out', ind: 'in', ned: 'down', igen: 'again', endnu: 'yet', dog: 'though',
  },
  contentWords: {
    politiet: 'police', politi: 'police', siger: 'say', sagde: 'say', sige: 'say', uge: 'week', uger: 'week', ugen: 'week',
    lørdag: 'saturday', tirsdag: 'tuesday', mandag: 'monday', søndag: 'sunday', to: '2', tre: '3', fire: '4', fem: '5', seks: '6',
    syv: '7', otte: '8', ni: '9', ti: '10', tyve: '20', tredive: '30', hundrede: '100', tusind: '1000', tusinde: '1000',
    million: 'million', millioner: 'million', milliard: 'billion', milliarder: 'billion', kroner: 'krone', kr: 'krone', procent: 'percent',
    vej: 'road', vejen: 'road', veje: 'road', børn: 'children', regeringen: 'government', regering: 'government', folk: 'people',
    personer: 'persons', dag: 'day', dage: 'day', ventes: 'expected', forventer: 'expect', sygehus: 'hospital',
    hospital: 'hospital', hospitaler: 'hospital', hospitalet: 'hospital', sygeplejersker: 'nurses', cirka: 'around',
    lastbilerne: 'trucks', lastbiler: 'trucks', formand: 'chair',
  },
};
