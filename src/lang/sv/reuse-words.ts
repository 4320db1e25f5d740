// Swedish reuse vocabulary: concepts shared with da/nb/nn (see ../base/reuse-words.ts).
import type { ReuseWords } from '../base/reuse-words.js';

export const svReuseWords: ReuseWords = {
  functionWords: {
    och: 'and', eller: 'or', men: 'but', inte: 'not', ej: 'not', icke: 'not', av: 'of', till: 'to', i: 'in', på: 'on', för: 'for',
    med: 'with', från: 'from', om: 'about', efter: 'after', före: 'before', innan: 'before', sedan: 'since', tills: 'until', över: 'over',
    under: 'under', mellan: 'between', utan: 'without', mot: 'against', genom: 'through', vid: 'at', hos: 'at', enligt: 'according',
    kring: 'around', omkring: 'around', som: 'as', att: 'that', där: 'there', här: 'here', en: 'a', ett: 'a', den: 'it', det: 'it',
    de: 'they', jag: 'i', mig: 'me', vi: 'we', oss: 'us', du: 'you', dig: 'you', han: 'he', honom: 'him', hon: 'she',
    henne: 'her', dem: 'them', sig: 'self', sin: 'own', sitt: 'own', sina: 'own', hans: 'his', hennes: 'hers', deras: 'their',
    vår: 'our', vårt: 'our', våra: 'our', min: 'my', mitt: 'my', mina: 'my', är: 'is', var: 'was', varit: 'been', vara: 'be',
    har: 'has', hade: 'had', ha: 'have', haft: 'had', blir: 'becomes', bli: 'become', blev: 'became', blivit: 'become', vill: 'will',
    ville: 'would', ska: 'shall', skall: 'shall', skulle: 'should', kan: 'can', kunde: 'could', måste: 'must', vad: 'what', vem: 'who',
    när: 'when', då: 'when', hur: 'how', varför: 'why', vilken: 'which', vilket: 'which', vilka: 'which', också: 'also',
    även: 'also', bara: 'only', endast: 'only', nu: 'now', så: 'so', fortfarande: 'still', redan: 'already', mer: 'more', mera: 'more',
    fler: 'more', flera: 'more', mest: 'most', än: 'than', mycket: 'much', väldigt: 'much', ingen: 'none', inget: 'none', inga: 'none',
    någon: 'some', något: 'some', några: 'some', alla: 'all', allt: 'all', varje: 'each', denna: 'this', detta: 'this', dessa: 'this',
    samma: 'same', annan: 'other', annat: 'other', andra: 'other', egen: 'own', eget: 'own', egna: 'own', många: 'many',
    därmed: 'thereby', därför: 'therefore', upp: 'up', ut: 'out', in: 'in', ned: 'down', ner: 'down', igen: 'again', ännu: 'yet',
    dock: 'though', ändå: 'though',
  },
  contentWords: {
    polisen: 'police', polis: 'police', säger: 'say', sade: 'say', sa: 'say', säga: 'say', vecka: 'week', veckor: 'week',
    veckan: 'week', lördag: 'saturday', tisdag: 'tuesday', måndag: 'monday', söndag: 'sunday', två: '2', tre: '3', fyra: '4',
    fem: '5', sex: '6', sju: '7', åtta: '8', nio: '9', tio: '10', tjugo: '20', trettio: '30', hundra: '100', tusen: '1000',
    miljon: 'million', miljoner: 'million', miljard: 'billion', miljarder: 'billion', kronor: 'krone', kr: 'krone', procent: 'percent',
    väg: 'road', vägen: 'road', vägar: 'road', barn: 'children', regeringen: 'government', regering: 'government', folk: 'people',
    personer: 'persons', dag: 'day', dagar: 'day', väntas: 'expected', förväntar: 'expect',
    sjukhus: 'hospital', sjukhuset: 'hospital', sjukhusen: 'hospital', sjuksköterskor: 'nurses', cirka: 'around', ca: 'around',
    lastbilarna: 'trucks', lastbilar: 'trucks',
    ordförande: 'chair', ordföranden: 'chair', köra: 'drive', kör: 'drive',
  },
};
