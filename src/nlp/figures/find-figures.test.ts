import { describe, expect, it } from 'vitest';
import { newArticle } from '../../doc/model.js';
import { splitSentences, tokenize } from '../sentences/index.js';
import { findFigures } from './index.js';

function figures(text: string, lang: string) {
  const article = newArticle({ id: 't', source: 't', outlet: null, title: null, published: '2024-03-12', lang, url: null, body: { kind: 'text', text } }, text);
  article.lang = lang;
  article.tokens = tokenize(text);
  article.sentences = splitSentences(text, article.tokens);
  return findFigures(article).map((f) => ({ kind: f.kind, min: f.min, max: f.max, approximate: f.approximate, group: f.group, source: f.sourceText }));
}

describe('findFigures', () => {
  it.each([
    ['da', '1.347 personer er anholdt, oplyser politiet.', { kind: 'arrested', min: 1347, max: 1347, group: 'people', source: 'politiet' }],
    ['da', 'Mindst 40 er dræbt ifølge sundhedsministeriet.', { kind: 'killed', min: 40, max: null, group: 'people', source: 'sundhedsministeriet' }],
    ['da', 'Stormen har kostet mindst tre mennesker livet.', { kind: 'killed', min: 3, max: null, group: 'people' }],
    ['da', 'Dødstallet er steget til fem.', { kind: 'killed', min: 5, max: 5 }],
    ['da', 'Politiet anholdt hundredvis af demonstranter natten til fredag.', { kind: 'arrested', min: 200, max: 999, approximate: true, group: 'protesters' }],
    ['nb', 'Flere hundre skadde ble fraktet bort.', { kind: 'injured', min: 200, max: 999, approximate: true }],
    ['nb', 'Mer enn 2 100 personer er pågrepet, ifølge politiet.', { kind: 'arrested', min: 2100, max: null, source: 'politiet' }],
    ['nb', 'Rundt 350 personer er evakuert i Kinn.', { kind: 'evacuated', min: 350, max: 350, approximate: true }],
    ['nb', 'Norge sender 300 soldater til Finland.', { kind: 'deployed', min: 300, max: 300, group: 'soldiers' }],
    ['nn', 'Om lag 40 vart skadde i uvêret, opplyser politiet.', { kind: 'injured', min: 40, max: 40, approximate: true, source: 'politiet' }],
    ['sv', 'Hundratals demonstranter greps under natten.', { kind: 'arrested', min: 200, max: 999, group: 'protesters' }],
    ['sv', 'Fyra personer saknas, enligt Kustbevakningen.', { kind: 'missing', min: 4, max: 4, source: 'Kustbevakningen' }],
    ['sv', '31 personer vårdas på sjukhus.', { kind: 'hospitalized', min: 31, max: 31 }],
    ['en', 'At least seven people have been killed, police said.', { kind: 'killed', min: 7, max: null, source: 'police' }],
    ['en', 'More than 2,100 protesters were arrested.', { kind: 'arrested', min: 2100, max: null, group: 'protesters' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(figures(text, lang)).toEqual([expect.objectContaining(expected)]);
  });

  it('separates two figures in one sentence', () => {
    expect(figures('Tre er dræbt og omkring 40 er såret.', 'da').map((f) => [f.kind, f.min])).toEqual([
      ['killed', 3],
      ['injured', 40],
    ]);
  });

  it.each([
    ['da', 'En 58-årig mand blev fundet død i går.'],
    ['da', 'Vinden nåede 40 meter i sekundet, og 12 huse er ødelagt.'],
    ['da', 'Regeringen afsætter 4.712 mio. kr. til de ramte.'],
    ['nb', 'Møtet startet kl. 10.15 i Oslo.'],
    ['nb', 'I 2023 døde færre i trafikken.'],
    ['sv', 'Färjan har 300 hytter och åtta däck.'],
    ['en', 'Turnout was 65 percent.'],
  ])('leaves numbers that are no figures alone (%s: %s)', (lang, text) => {
    expect(figures(text, lang)).toEqual([]);
  });
});

describe('findFigures: sources, clauses and counts that are no figures', () => {
  it.each([
    ['nb', 'Nerdal opplyser at 14 personer så langt er pågrepet.', { kind: 'arrested', min: 14, source: 'Nerdal' }],
    ['sv', 'Polisen uppger att 41 poliser har skadats.', { kind: 'injured', min: 41, group: 'police', source: 'Polisen' }],
    ['en', 'The death toll has risen to 63, officials said on Tuesday.', { kind: 'killed', min: 63, source: 'officials' }],
    ['nn', 'I følgje politiet er minst to personar skadde.', { kind: 'injured', min: 2, max: null, source: 'politiet' }],
    ['sv', 'Två av de döda var barn.', { kind: 'killed', min: 2, max: 2, group: 'children' }],
    ['en', 'Two of the dead were children.', { kind: 'killed', min: 2, max: 2, group: 'children' }],
    ['da', 'Over 60 mennesker er indlagt med hedeslag, oplyser Region Hovedstaden.', { kind: 'hospitalized', min: 60, source: 'Region Hovedstaden' }],
  ])('%s: %s', (lang, text, expected) => {
    expect(figures(text, lang)).toEqual([expect.objectContaining(expected)]);
  });

  it('takes the kind after a quantity rather than one before it across "og"', () => {
    expect(figures('Over 450 mennesker ble arrestert og et titall mennesker ble skadet.', 'nb').map((f) => [f.kind, f.min])).toEqual([
      ['arrested', 450],
      ['injured', 10],
    ]);
  });

  it('reaches a kind in a relative clause on the counted noun', () => {
    expect(figures('Saken gjelder 30 unge menn og kvinner fra hele landet som ble drept.', 'nb')).toEqual([expect.objectContaining({ kind: 'killed', min: 30 })]);
    expect(figures('Saken gjelder 30 unge menn og kvinner fra hele landet, og mange ble drept.', 'nb')).toEqual([]);
  });

  it('reads nouns of refugees and arrests as kinds', () => {
    expect(figures('UNHCR har ansvaret for 3,8 millioner palestinske flyktninger.', 'nb')).toEqual([expect.objectContaining({ kind: 'displaced', min: 3.8e6 })]);
    expect(figures('Så langt har det vært fire pågripelser i Nord-Trøndelag.', 'nb')).toEqual([expect.objectContaining({ kind: 'arrested', min: 4 })]);
  });

  it('does not let a headline without a full stop take the source of the lead', () => {
    const found = figures('Snøskred: 12 savnet\n\n12 personer er savnet, opplyser politiet.', 'nb');
    expect(found.map((f) => f.source)).toEqual([null, 'politiet']);
  });

  it.each([
    ['nb', 'Mannen ble varetektsfengslet i fire nye uker.'],
    ['nb', 'En politimann ble skutt og drept av en person til fots.'],
    ['nb', 'Han er siktet for overgrep mot et barn under 14 år.'],
    ['nb', 'Nerdal opplyser at personer er pågrepet i ti politidistrikter.'],
    ['nb', 'Han ble arrestert, tiltalt for elleve grove forbrytelser.'],
    ['nn', 'Familien har vore evakuerte i to veker.'],
    ['nn', 'Mannen døydde etter fall frå eit tre torsdag.'],
  ])('leaves numbers that count no people alone (%s: %s)', (lang, text) => {
    expect(figures(text, lang)).toEqual([]);
  });

  it("names the quote's speaker as the source of a figure inside the quote", () => {
    const text = '«Vi har tatt imot over 70 skadde i dag», sier sykehusdirektør Samir Aziz.';
    const article = newArticle({ id: 't', source: 't', outlet: null, title: null, published: null, lang: 'nb', url: null, body: { kind: 'text', text } }, text);
    article.lang = 'nb';
    article.tokens = tokenize(text);
    article.sentences = splitSentences(text, article.tokens);
    article.quotes = [{ start: 1, end: 38, text: text.slice(1, 38), direct: true, speakerMention: null, speakerText: 'Samir Aziz', cue: 'sier' }];
    expect(findFigures(article)).toEqual([expect.objectContaining({ kind: 'injured', min: 70, max: null, sourceText: 'Samir Aziz' })]);
  });
});

describe('findFigures: asides, partitives, look-alikes and dates', () => {
  it('reads past an aside on the counted noun, and gives a part the group of the whole', () => {
    expect(figures('4000 utanlandske soldatar, av dei meir enn 900 frå Frankrike, er drepne.', 'nn').map((f) => [f.kind, f.min, f.max, f.group])).toEqual([
      ['killed', 4000, 4000, 'soldiers'],
      ['killed', 900, null, 'soldiers'],
    ]);
  });

  it('reaches a relative clause after a comma and a name', () => {
    expect(figures('Han fikk frigitt de to reporterne Ola Dahl og Kari Lie, som ble fengslet i mars.', 'nb')).toEqual([expect.objectContaining({ kind: 'arrested', min: 2 })]);
  });

  it('reads "av dei to" as the set one is taken from', () => {
    expect(figures('Den eine av dei to brørne vart drepen i krigen.', 'nn')).toEqual([]);
  });

  it('does not cross into a clause with a subject of its own', () => {
    expect(figures('Der er ikke tvivl om de tre paragraffer, han er sigtet efter.', 'da')).toEqual([]);
  });

  it('counts a group of two kinds of people as people', () => {
    expect(figures('Bombene drepte tusenvis, både soldater og sivile.', 'nb')).toEqual([expect.objectContaining({ kind: 'killed', group: 'people' })]);
  });

  it('lets a kind right after the number outweigh a running count before it', () => {
    expect(figures('Kriget har lett till tusentals dödsfall, många tusen skadade och gripna.', 'sv').map((f) => [f.kind, f.min])).toEqual([
      ['killed', 2000],
      ['injured', 2000],
    ]);
  });

  it.each([
    ['da', 'Han udsendte et par advarsler til sine naboer.'],
    ['sv', 'Det händer kanske en gång i livet att man gör fyra mål.'],
    ['sv', 'Enligt forskarna har fem liv räddats med vaccinet.'],
    ['sv', 'Författaren avled den 23 november i en ålder av 81.'],
    ['sv', 'De båda pojkarna, fyra respektive åtta år gamla, anmäldes som försvunna.'],
    ['sv', 'I hamnen hittades fyra döda svanar.'],
    ['nb', 'Opprøret i 2007 – 2008 krevde liv.'],
    ['nb', 'Sju hvaler døde på stranden.'],
    ['en', 'Six lives saved by the new rules, the report said.'],
  ])('leaves look-alikes, dates, ages and animals alone (%s: %s)', (lang, text) => {
    expect(figures(text, lang)).toEqual([]);
  });

  it.each([
    ['sv', 'Minst tolv människor dödades i attacken, meddelar lokal polis.', { kind: 'killed', min: 12, max: null, source: 'lokal polis' }],
    ['sv', 'Två personer avled och sex skadades i olyckan.', { kind: 'killed', min: 2 }],
    ['sv', 'Rebeller har tillfångatagit ett 30-tal soldater.', { kind: 'arrested', min: 30, max: 30, approximate: true, group: 'soldiers' }],
    ['da', 'Militsen myrdede fem tilfældige forbipasserende.', { kind: 'killed', min: 5 }],
    ['da', 'Forhandlingerne gælder 40 soldater, der var taget til fange.', { kind: 'arrested', min: 40, group: 'soldiers' }],
    ['nn', 'Ein mann drep fleire titals menneske.', { kind: 'killed', min: 20, max: 99 }],
    ['nb', 'Fem personer savnes etter raset.', { kind: 'missing', min: 5 }],
  ])('reads more kind words and vague counts (%s: %s)', (lang, text, expected) => {
    expect(figures(text, lang)[0]).toEqual(expect.objectContaining(expected));
  });
});

describe('findFigures: third round (Swedish news)', () => {
  it.each([
    ['sv', 'Dödssiffran efter stormen som drabbade Filippinerna på juldagen har stigit till 20, sade myndigheterna.', { kind: 'killed', min: 20, max: 20, source: 'myndigheterna' }],
    ['sv', 'Dödsoffren uppgår nu till 45, enligt Röda korset.', { kind: 'killed', min: 45, max: 45, source: 'Röda korset' }],
    ['nb', 'Antallet døde har steget til 120, opplyser politiet.', { kind: 'killed', min: 120, max: 120, source: 'politiet' }],
    ['sv', 'Våldet har resulterat i tusentals dödsfall.', { kind: 'killed', min: 2000, max: 9999 }],
    ['sv', 'Polisen har gripit fyra personer misstänkta för rånet.', { kind: 'arrested', min: 4, max: 4 }],
    ['sv', 'Två män, 28 och 61 år, har anhållits misstänkta för två våldtäkter.', { kind: 'arrested', min: 2, max: 2 }],
    ['sv', 'Under året avrättades 43 fångar.', { kind: 'killed', min: 43 }],
    ['sv', 'Pirater har tillfångatagit fyra sjömän.', { kind: 'arrested', min: 4, group: 'crew' }],
    ['sv', 'Två personer fick föras med ambulanshelikopter till sjukhuset, uppger polisen i Göteborg.', { kind: 'hospitalized', min: 2, source: 'polisen i Göteborg' }],
    ['sv', 'Regeringen kräver att de två fängslade journalisterna friges, rapporterar Sveriges Radio:s Ekot.', { kind: 'arrested', min: 2, source: 'Sveriges Radio:s Ekot' }],
    ['sv', 'Myndigheterna beräknar att 2.182 kvinnor och barn har dödats.', { kind: 'killed', min: 2182, group: 'people' }],
    ['sv', 'Soldaten anklagas för mord på 16 civila afghaner.', { kind: 'killed', min: 16, group: 'civilians' }],
  ])('reads value counts, genitive names, age asides and more kind words (%s: %s)', (lang, text, expected) => {
    expect(figures(text, lang)[0]).toEqual(expect.objectContaining(expected));
  });

  it('counts "en" coordinated after another count and before its own kind', () => {
    expect(figures('Tre av dem dödades och en skadades i attacken.', 'sv').map((f) => [f.kind, f.min])).toEqual([
      ['killed', 3],
      ['injured', 1],
    ]);
  });

  it('names no pronoun as the source of a figure in a quote', () => {
    expect(figures('– Vi beräknar att 959 män har dödats, sade han på fredagen.', 'sv')[0]).toEqual(expect.objectContaining({ kind: 'killed', min: 959, source: null }));
  });

  it.each([
    ['sv', 'Drygt 8 600 abonnenter saknade vid lunchtid ström.'],
    ['sv', 'Han misstänks ha försökt döda sina två tonårsbarn.'],
    ['sv', 'De tre män som misstänkts för medhjälp begärdes häktade men släpptes.'],
    ['sv', 'Åtalet gällde krigsbrott – 31 mord på ett bräde.'],
    ['sv', 'Två personbilar skadades i branden.'],
    ['nb', 'Mannen forsøkte å drepe sine to barn.'],
  ])('leaves customers, attempts, refused detentions and counts of offences alone (%s: %s)', (lang, text) => {
    expect(figures(text, lang)).toEqual([]);
  });
});
