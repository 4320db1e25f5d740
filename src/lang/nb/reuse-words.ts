// Bokmål reuse vocabulary: concepts shared with da/nn/sv (see ../base/reuse-words.ts).
import type { ReuseWords } from '../base/reuse-words.js';

export const nbReuseWords: ReuseWords = {
  functionWords: {
    og: 'and', eller: 'or', men: 'but', ikke: 'not', av: 'of', til: 'to', i: 'in', på: 'on', for: 'for', med: 'with', fra: 'from',
    om: 'about', etter: 'after', før: 'before', siden: 'since', inntil: 'until', over: 'over', under: 'under', mellom: 'between',
    uten: 'without', mot: 'against', gjennom: 'through', ved: 'at', hos: 'at', ifølge: 'according', rundt: 'around', omkring: 'around',
    som: 'as', at: 'that', å: 'that', der: 'there', her: 'here', en: 'a', et: 'a', ei: 'a', den: 'it', det: 'it', de: 'they', jeg: 'i',
    meg: 'me', vi: 'we', oss: 'us', du: 'you', deg: 'you', han: 'he', ham: 'him', hun: 'she', henne: 'her', dem: 'them', seg: 'self',
    sin: 'own', sitt: 'own', sine: 'own', hans: 'his', hennes: 'hers', deres: 'their', vår: 'our', vårt: 'our', våre: 'our', min: 'my',
    mitt: 'my', mine: 'my', er: 'is', var: 'was', vært: 'been', være: 'be', har: 'has', hadde: 'had', ha: 'have', hatt: 'had',
    blir: 'becomes', bli: 'become', ble: 'became', blitt: 'become', vil: 'will', ville: 'would', skal: 'shall', skulle: 'should',
    kan: 'can', kunne: 'could', må: 'must', måtte: 'must', hva: 'what', hvem: 'who', hvor: 'where', når: 'when', da: 'when',
    hvordan: 'how', hvorfor: 'why', hvilken: 'which', hvilket: 'which', hvilke: 'which', hvis: 'if', dersom: 'if', også: 'also',
    kun: 'only', bare: 'only', nå: 'now', så: 'so', fortsatt: 'still', fremdeles: 'still', allerede: 'already', mer: 'more',
    flere: 'more', mest: 'most', enn: 'than', veldig: 'much', svært: 'much', mye: 'much', ingen: 'none', intet: 'none', noen: 'some',
    noe: 'some', alle: 'all', alt: 'all', hver: 'each', hvert: 'each', denne: 'this', dette: 'this', disse: 'this', samme: 'same',
    annen: 'other', annet: 'other', andre: 'other', egen: 'own', eget: 'own', egne: 'own', mange: 'many', dermed: 'thereby',
    derfor: 'therefore', opp: 'up', ut: 'out', inn: 'in', ned: 'down', igjen: 'again', ennå: 'yet', likevel: 'though',
  },
  contentWords: {
    politiet: 'police', politi: 'police', sier: 'say', sa: 'say', si: 'say', uke: 'week', uker: 'week', uka: 'week', uken: 'week',
    lørdag: 'saturday', tirsdag: 'tuesday', mandag: 'monday', søndag: 'sunday', to: '2', tre: '3', fire: '4', fem: '5', seks: '6',
    sju: '7', syv: '7', åtte: '8', ni: '9', ti: '10', tjue: '20', tretti: '30', hundre: '100', tusen: '1000', million: 'million',
    millioner: 'million', milliard: 'billion', milliarder: 'billion', kroner: 'krone', kr: 'krone', prosent: 'percent', vei: 'road',
    veien: 'road', veier: 'road', barn: 'children', regjeringen: 'government', regjering: 'government', folk: 'people',
    personer: 'persons', dag: 'day', dager: 'day', ventes: 'expected', forventer: 'expect', venter: 'expect',
    sykehus: 'hospital', sykehuset: 'hospital', sykehusene: 'hospital', sykepleiere: 'nurses', cirka: 'around',
    ca: 'around', lastebilene: 'trucks', lastebiler: 'trucks',
    vogntog: 'trucks', leder: 'chair', kjøre: 'drive', kjører: 'drive',
  },
};
