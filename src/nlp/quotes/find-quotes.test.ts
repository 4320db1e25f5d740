import { describe, expect, it } from 'vitest';
import { newArticle, type EntityMention, type EntityType } from '../../doc/model.js';
import { splitSentences, tokenize } from '../sentences/index.js';
import { findQuotes } from './index.js';

/** An article with mentions for the given names (typed PER unless stated). */
function quotes(text: string, lang: string, names: (string | [string, EntityType])[] = []) {
  const article = newArticle({ id: 't', source: 't', outlet: null, title: null, published: null, lang, url: null, body: { kind: 'text', text } }, text);
  article.lang = lang;
  article.tokens = tokenize(text);
  article.sentences = splitSentences(text, article.tokens);
  const mentions: EntityMention[] = [];
  for (const entry of names) {
    const [name, type] = typeof entry === 'string' ? [entry, 'PER' as EntityType] : entry;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, type, text: name });
  }
  article.mentions = mentions.sort((a, b) => a.start - b.start);
  return findQuotes(article).map((q) => ({
    text: q.text,
    direct: q.direct,
    speaker: q.speakerMention === null ? null : article.mentions[q.speakerMention].text,
    speakerText: q.speakerText,
    cue: q.cue,
    slices: text.slice(q.start, q.end) === q.text,
  }));
}

describe('findQuotes: direct speech', () => {
  it('reads Danish guillemets with the attribution after them', () => {
    expect(quotes('Beredskabschef Anne Holm var på stedet. »Det er meget alvorligt for hele byen,« siger Anne Holm.', 'da', ['Anne Holm'])).toEqual([
      { text: 'Det er meget alvorligt for hele byen', direct: true, speaker: 'Anne Holm', speakerText: 'Anne Holm', cue: 'siger', slices: true },
    ]);
  });

  it('reads Norwegian dash paragraphs and resolves the pronoun to the last person', () => {
    const text = 'Beredskapsleder Kari Nordmann ber folk holde seg inne.\n\n– Situasjonen er svært alvorlig, sier hun til NTB.';
    expect(quotes(text, 'nb', ['Kari Nordmann'])).toEqual([
      { text: 'Situasjonen er svært alvorlig', direct: true, speaker: 'Kari Nordmann', speakerText: 'hun', cue: 'sier', slices: true },
    ]);
  });

  it('reads Nynorsk dash paragraphs with "seier ho"', () => {
    const text = 'Ordførar Ingrid Vik var ute i natt.\n– Situasjonen er svært alvorleg, seier ho til NTB.';
    expect(quotes(text, 'nn', ['Ingrid Vik'])[0]).toMatchObject({ text: 'Situasjonen er svært alvorleg', speaker: 'Ingrid Vik', speakerText: 'ho', cue: 'seier' });
  });

  it('keeps the speaker for a continuation paragraph without a cue', () => {
    const text = '– Vi har aldrig set noget lignende, siger borgmester Jens Dahl.\n– Nu skal vi hjælpe hinanden igennem natten.';
    const found = quotes(text, 'da', ['Jens Dahl']);
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['Vi har aldrig set noget lignende', 'Jens Dahl'],
      ['Nu skal vi hjælpe hinanden igennem natten.', 'Jens Dahl'],
    ]);
  });

  it('reads interrupted quotes as two spans of one speaker', () => {
    const text = '»Vi er klar til at hjælpe,« siger Mette Lund, »men vi mangler stadig folk.«';
    expect(quotes(text, 'da', ['Mette Lund']).map((q) => [q.text, q.speaker])).toEqual([
      ['Vi er klar til at hjælpe', 'Mette Lund'],
      ['men vi mangler stadig folk.', 'Mette Lund'],
    ]);
  });

  it('reads Swedish ”…” quotes and English “…” quotes with the speaker before the verb', () => {
    expect(quotes('”Vi söker fortfarande efter de saknade”, säger Anna Berg.', 'sv', ['Anna Berg'])[0]).toMatchObject({ speaker: 'Anna Berg', cue: 'säger' });
    expect(quotes('“We are doing everything we can,” she said. Earlier, Mark Wilson arrived.', 'en')[0]).toMatchObject({ speakerText: 'she', cue: 'said' });
    expect(quotes('Mark Wilson spoke first. “We are doing everything we can,” Wilson said.', 'en', ['Mark Wilson', 'Wilson'])[0]).toMatchObject({ speaker: 'Wilson', cue: 'said' });
  });

  it('takes an attribution before the quote', () => {
    expect(quotes('Statsministeren Mette Lund siger: »Vi står sammen i denne svære tid.«', 'da', ['Mette Lund'])[0]).toMatchObject({ speaker: 'Mette Lund', cue: 'siger' });
  });

  it('resolves a role noun to the person introduced with that title', () => {
    const text = 'Forsvarsminister Per Holm mødte pressen. Også professor Eva Dal var der.\n\n– Vi sender flere soldater nu, siger ministeren.';
    expect(quotes(text, 'da', ['Per Holm', 'Eva Dal'])[0]).toMatchObject({ speaker: 'Per Holm', speakerText: 'ministeren' });
  });

  it('ignores scare quotes and titles', () => {
    expect(quotes('Stormen »Helga« ramte kysten, og filmen »Den store storm« blev aflyst.', 'da')).toEqual([]);
  });
});

describe('findQuotes: press conventions measured on the gold', () => {
  it('reads DDT-style detached straight marks and a close whose opening was lost', () => {
    const found = quotes('Vi har ventet længe. Nu sker der noget, "siger Pelle Voigt. "Det er godt," sagde Eva Dal.', 'da', ['Pelle Voigt', 'Eva Dal']);
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['Nu sker der noget', 'Pelle Voigt'],
      ['Det er godt', 'Eva Dal'],
    ]);
  });

  it('reads a particle cue around its subject ("held han fram")', () => {
    const text = 'Tarjei Skræi er oppgitt.\n- Det er lågmål, held han fram.';
    expect(quotes(text, 'nn', ['Tarjei Skræi'])[0]).toMatchObject({ text: 'Det er lågmål', speaker: 'Tarjei Skræi', cue: 'held fram' });
  });

  it('gives a dash headline the speaker the article quotes first, and stops a quote at the reporter\'s next sentence', () => {
    const text = '- Kan bli best\nSportssjef Clas Brede Bråthen roser hoppkometen.\n- Han kan bli den beste, sa Clas Brede Bråthen.\n- Han har alt. Bråthen smilte bredt etter rennet.';
    const found = quotes(text, 'nb', ['Clas Brede Bråthen', 'Bråthen']);
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['Kan bli best', 'Clas Brede Bråthen'],
      ['Han kan bli den beste', 'Clas Brede Bråthen'],
      ['Han har alt.', 'Clas Brede Bråthen'],
    ]);
  });

  it('takes a colon introduction on the line before a dash paragraph as its attribution', () => {
    const text = 'Justisminister Grete Faremo svarer:\n- Det er stor gjensidig forståelse for dette.';
    expect(quotes(text, 'nb', ['Grete Faremo'])[0]).toMatchObject({ speaker: 'Grete Faremo', cue: 'svarer' });
  });

  it('does not take a name inside a quote as the antecedent of "hun"', () => {
    const text = 'Shabana Rehman giftet seg i august.\n- Dagfinn Nordbø var viktig for meg. Hun svarer med en gang:\n- Jeg tør på grunn av kjærligheten.';
    const found = quotes(text, 'nb', ['Shabana Rehman', 'Dagfinn Nordbø']);
    expect(found[found.length - 1]).toMatchObject({ text: 'Jeg tør på grunn av kjærligheten.', speaker: 'Shabana Rehman', speakerText: 'Hun' });
  });

  it('resolves a plural pronoun to the two people named together', () => {
    const text = 'Historikerne Andronik Mirganjan og Igor Klamkin skriver bøker. De hævder, at demokratiet må vente.';
    expect(quotes(text, 'da', ['Andronik Mirganjan', 'Igor Klamkin'])[0]).toMatchObject({ direct: false, speakerText: 'Andronik Mirganjan og Igor Klamkin' });
  });

  it('leaves Title Case names in marks and lower-case scare quotes alone', () => {
    expect(quotes('"No Fuel Left For The Pilgrims" har solgt godt. Denne person benævnes "anmelderen" i loven.', 'da')).toEqual([]);
  });
});

describe('findQuotes: reported speech', () => {
  it('reads "ifølge X" and "enligt X"', () => {
    expect(quotes('Mindst fem er omkommet, ifølge politiet.', 'da')[0]).toMatchObject({ text: 'Mindst fem er omkommet', direct: false, speakerText: 'politiet', cue: 'ifølge' });
    expect(quotes('Fyra personer saknas, enligt Kustbevakningen.', 'sv', [['Kustbevakningen', 'ORG']])[0]).toMatchObject({ direct: false, speaker: 'Kustbevakningen' });
  });

  it('reads "X siger, at …"', () => {
    expect(quotes('Anne Holm siger, at byen er klar til næste storm.', 'da', ['Anne Holm'])[0]).toMatchObject({ text: 'byen er klar til næste storm', direct: false, speaker: 'Anne Holm', cue: 'siger' });
    expect(quotes('Kari Nordmann mener at regjeringen må gjøre mer.', 'nb', ['Kari Nordmann'])[0]).toMatchObject({ text: 'regjeringen må gjøre mer', speaker: 'Kari Nordmann', cue: 'mener' });
  });
});

describe('findQuotes: speakers in interviews and dialogue', () => {
  it('gives interview answers before anyone is named to the first answer that names its speaker', () => {
    const text = [
      '– Men fekk Union støtte frå staten?',
      '– Dette kjem an på korleis du ser det. Det er ein del av jobben til styresmaktene.',
      '– Er det urimeleg?',
      '– Eg synest det er positivt av styresmaktene, seier informasjonssjef Tom Bratlie i Norske Skog.',
      'Nina Witoszek er professor. Nina Witoszek skriv bøker. Nina Witoszek bur i Oslo.',
    ].join('\n');
    const found = quotes(text, 'nn', ['Tom Bratlie', 'Nina Witoszek']);
    expect(found.find((q) => q.text.startsWith('Dette kjem'))).toMatchObject({ speaker: 'Tom Bratlie' });
    expect(found.find((q) => q.text.startsWith('Eg synest'))).toMatchObject({ speaker: 'Tom Bratlie', cue: 'seier' });
  });

  it('does not give a quote to the person it addresses, and answers a question with the other party', () => {
    const text = [
      '– Se her, sier pappa Tore. Espen har vært på Hemsedal.',
      '– Du er grei og full av humør, Espen, sier pappa.',
      '– Hva må du trene på da? spør pappa.',
      '– Med munnen min, sier han.',
    ].join('\n');
    const found = quotes(text, 'nb', ['Tore', 'Espen']);
    expect(found.find((q) => q.text.startsWith('Du er grei'))).toMatchObject({ speaker: 'Tore', speakerText: 'pappa' });
    expect(found.find((q) => q.text.startsWith('Med munnen'))).toMatchObject({ speaker: 'Espen', speakerText: 'han' });
  });

  it('resolves "hun" past a man named more recently, by the first-name list', () => {
    const text = 'Kari Holm leder arbeidet. Hun møtte Per Olsen i går.\n– Det er svært alvorlig, sier hun.';
    expect(quotes(text, 'nb', ['Kari Holm', 'Per Olsen'])[0]).toMatchObject({ speaker: 'Kari Holm', speakerText: 'hun' });
  });

  it('does not take an adjective after a comma for a cue ("svarte tak")', () => {
    const text = 'Staveland kjører bilen.\n– Vi kjører forbi hus med grå skifertak, svarte tak, røde. Det er fint her.';
    expect(quotes(text, 'nb', ['Staveland'])[0]).toMatchObject({ speaker: 'Staveland', cue: null });
  });

  it('reads an attribution sentence of its own and a role noun after an organisation', () => {
    const first = quotes('– Så lenge ledelsen ikke svarer, vil bevegelsen fortsette. Det sa Camila Vallejo til Reuters torsdag.', 'nb', ['Camila Vallejo']);
    expect(first[0]).toMatchObject({ text: 'Så lenge ledelsen ikke svarer, vil bevegelsen fortsette.', speaker: 'Camila Vallejo', cue: 'sa' });
    const text = 'Knausgårds forlagssjef Geir Berdahl er tilbakeholden.\n– Det kan hende at det vil vise seg noen berøringspunkter, sier Oktober-sjefen.';
    expect(quotes(text, 'nb', ['Geir Berdahl'])[0]).toMatchObject({ speaker: 'Geir Berdahl', speakerText: 'Oktober-sjefen' });
  });

  it('resolves a role noun in a lead to the person later introduced with that title', () => {
    const text = 'Det kan bidra til å øke bevisstheten, mener dansk litteraturkritiker. – Det er klart at vi må lese boka nå, sier litteraturkritiker i danske Jyllands-Posten Jon Helt Haarder.';
    const found = quotes(text, 'nb', ['Jon Helt Haarder', ['Jyllands-Posten', 'ORG']]);
    expect(found.find((q) => !q.direct)).toMatchObject({ speaker: 'Jon Helt Haarder', cue: 'mener' });
  });
});

describe('findQuotes: detached marks, Swedish closes and sources inside the clause', () => {
  it('pairs straight marks printed as words of their own (tokenised DDT train text)', () => {
    const text = 'Han kom sent hjem. " Jeg vidste godt, at de kunne rappe. " Alene i Hamburg var der skrald. Det er et paradis for " klorofyl-turister " og andre.';
    const found = quotes(text, 'da');
    expect(found.map((q) => q.text)).toEqual(['Jeg vidste godt, at de kunne rappe.']);
    expect(found[0].direct).toBe(true);
  });

  it('takes a detached close after a question mark with the sentence before it', () => {
    const text = 'Prisen gik til ham. Hvad er det rigtige niveau for vores penge? " spurgte Dalmark.';
    expect(quotes(text, 'da', ['Dalmark'])).toEqual([
      { text: 'Hvad er det rigtige niveau for vores penge?', direct: true, speaker: 'Dalmark', speakerText: 'Dalmark', cue: 'spurgte', slices: true },
    ]);
  });

  it('reads "den 25-årige Bettina Jørgensen" as a name after an article, not the pronoun "den"', () => {
    const text = '" Man kan næsten se, at de tænker noget, " siger den 25-årige Bettina Jørgensen fra Hammel.';
    expect(quotes(text, 'da', ['Bettina Jørgensen'])[0]).toMatchObject({ speaker: 'Bettina Jørgensen', cue: 'siger' });
  });

  it('reports a sentence whose source stands inside it ("enligt polisen", "ifølge GfK")', () => {
    expect(quotes('Mannen togs enligt polisen på bar gärning av en spanare.', 'sv')).toEqual([
      { text: 'Mannen togs enligt polisen på bar gärning av en spanare', direct: false, speaker: null, speakerText: 'polisen', cue: 'enligt', slices: true },
    ]);
    expect(quotes('Partiet CD får i følge GfK det laveste resultat siden valget.', 'da', [['GfK', 'ORG']])[0]).toMatchObject({ direct: false, speaker: 'GfK', cue: 'i følge' });
  });

  it('starts a Swedish quote whose opening mark was lost at its sentence (`klubb ”, sade han`)', () => {
    expect(quotes('Det var en svår höst. Att bygga upp en helt ny klubb ”, sade Lars Ek i går.', 'sv', ['Lars Ek'])).toEqual([
      { text: 'Att bygga upp en helt ny klubb', direct: true, speaker: 'Lars Ek', speakerText: 'Lars Ek', cue: 'sade', slices: true },
    ]);
  });

  it('reads the Swedish cues "anser" and "framhåller" as reported speech', () => {
    expect(quotes('Kvinnan anser att hon blev uppsagd på grund av graviditeten.', 'sv')[0]).toMatchObject({ direct: false, cue: 'anser', text: 'hon blev uppsagd på grund av graviditeten' });
  });
});

describe('findQuotes: attribution rules learnt from the fourth dev batch', () => {
  it('keeps a first-person "mener vi" inside the quote and takes the cue after it', () => {
    const text = 'Sjeføkonom Per Holm i banken venter mer fall.\n– Ja, prisene skal ned, mener vi. Det tar mange år, sier Holm.';
    expect(quotes(text, 'nb', ['Per Holm', 'Holm'])[0]).toMatchObject({ speaker: 'Holm', cue: 'sier' });
  });

  it('resolves a pronoun to the subject after a fronted adverbial, not a caption byline', () => {
    const text = 'Foto: Ola Fotograf\nDe siste fire årene har Jens Berg leid en leilighet i Spania.\n– Jeg skal kjøpe noe selv neste år, sier han.';
    expect(quotes(text, 'nb', ['Ola Fotograf', 'Jens Berg'])[0]).toMatchObject({ speaker: 'Jens Berg', speakerText: 'han' });
  });

  it('gives a surname alone the gender of the full name it shortens', () => {
    const text = 'Forskeren Kari Lie har lest boka til Anders Dahl. Dahl skriver om krig.\n– Det er ikke teknologien som fører en dit, sier hun.';
    expect(quotes(text, 'nb', ['Kari Lie', 'Anders Dahl', 'Dahl'])[0]).toMatchObject({ speaker: 'Kari Lie', speakerText: 'hun' });
  });

  it('gives a cue-less answer after a new headline to the person the new story is about', () => {
    const text = '– Jeg kjørte dårlig i dag, sier Ola Berg.\nNy sak om boksing\nSliter med sykdom. Kari Holm kommer ikke til stevnet.\n– Jeg har vært syk i over en uke og har ikke trent.';
    expect(quotes(text, 'nb', ['Ola Berg', 'Kari Holm']).map((q) => q.speaker)).toEqual(['Ola Berg', 'Kari Holm']);
  });

  it('reads a bare role noun closing a lead as a speaker named later', () => {
    const text = '– Forbudet vil virke mot sin hensikt, hevder tobakksforsker.\nSkeptisk: Tobakksforsker Karl Lund er kritisk.';
    expect(quotes(text, 'nb', ['Karl Lund'])[0]).toMatchObject({ speaker: 'Karl Lund', cue: 'hevder' });
  });

  it('reads reported speech after an apposition, an adverb or a fronted phrase', () => {
    const found = quotes(
      'Kari Holm, leder i forbundet, mener at koplingen er overdrevet. Holm mener likevel at debatten er nyttig. I Sverige mener partiet Venstre at reformen vil hjelpe. Ola Berg, advokat i Oslo, mener det er nødvendig å endre loven.',
      'nb',
      ['Kari Holm', 'Holm', ['Venstre', 'ORG'], 'Ola Berg'],
    );
    expect(found.map((q) => [q.text, q.speakerText])).toEqual([
      ['koplingen er overdrevet', 'Kari Holm'],
      ['debatten er nyttig', 'Holm'],
      ['reformen vil hjelpe', 'Venstre'],
      ['det er nødvendig å endre loven', 'Ola Berg'],
    ]);
  });
});

describe('findQuotes: lexicon and nesting (dev batch 5 round)', () => {
  it('keeps an inner pair of guillemets inside the outer quote, also when print merges the closes', () => {
    const text = 'Det sa han i radio. «Om jeg skulle beskrive «Mein Kampf» i en setning, finnes det ikke noe «du», sa Karl Ove Knausgård i programmet «Sommar i P1» i august.';
    expect(quotes(text, 'nb', ['Karl Ove Knausgård'])).toEqual([
      // The one » closes both quotes, so the outer quote's text ends before it, as the gold does.
      { text: 'Om jeg skulle beskrive «Mein Kampf» i en setning, finnes det ikke noe «du', direct: true, speaker: 'Karl Ove Knausgård', speakerText: 'Karl Ove Knausgård', cue: 'sa', slices: true },
    ]);
  });

  it('closes a balanced nested quote at its own mark', () => {
    const text = '«Vi kalte boka «Sult» fordi alle var sultne den vinteren», sier Knut Hamsen.';
    expect(quotes(text, 'nb', ['Knut Hamsen'])[0]).toMatchObject({ text: 'Vi kalte boka «Sult» fordi alle var sultne den vinteren', speaker: 'Knut Hamsen' });
  });

  it('reads forecasts as reporting ("spår", "anslår")', () => {
    expect(quotes('Prisene kommer til å falle mye mer, spår sjeføkonom Steinar Juel.', 'nb', ['Steinar Juel'])[0]).toMatchObject({ direct: false, speaker: 'Steinar Juel', cue: 'spår' });
    expect(quotes('Robert Larsen er megler. Han anslår at prisene har falt med 50 prosent.', 'nb', ['Robert Larsen'])[0]).toMatchObject({ text: 'prisene har falt med 50 prosent', speaker: 'Robert Larsen', cue: 'anslår' });
  });

  it('resolves an object pronoun after "ifølge"/"enligt" by gender, and "ham selv" to the clause subject', () => {
    const nb = 'Torill Mortensen forsker på spill. Som ung tok Anders Breivik ifølge ham selv ett år fri for å spille.';
    expect(quotes(nb, 'nb', ['Torill Mortensen', 'Anders Breivik'])[0]).toMatchObject({ direct: false, speaker: 'Anders Breivik', cue: 'ifølge' });
    const sv = 'Stefan Lövgren ledde laget i tio år. Klubben står nu på ruinens brant, enligt honom.';
    expect(quotes(sv, 'sv', ['Stefan Lövgren'])[0]).toMatchObject({ direct: false, speaker: 'Stefan Lövgren', cue: 'enligt' });
  });

  it('reads the clause after a fronted phrase, cue and subject ("…, spår Juel og hans kolleger at …")', () => {
    const text = 'Steinar Juel er sjeføkonom. I en analyse forrige uke, spår Juel og hans kolleger at Spania vil slite mer enn antatt.';
    expect(quotes(text, 'nb', ['Steinar Juel', 'Juel'])[0]).toMatchObject({ text: 'Spania vil slite mer enn antatt', speaker: 'Juel', cue: 'spår' });
  });

  it('reads a reported clause without "at" after a subject and an opinion cue', () => {
    expect(quotes('Hege Storhaug er informasjonsleder. Storhaug mener det må ha vært planlagt.', 'nb', ['Hege Storhaug', 'Storhaug'])[0])
      .toMatchObject({ text: 'det må ha vært planlagt', direct: false, speaker: 'Storhaug', cue: 'mener' });
    expect(quotes('Nå mener han det er for seint.', 'nb')[0]?.speakerText ?? null).not.toBe('Nå');
    expect(quotes('Han sier det til NTB i dag.', 'nb')).toEqual([]);
  });

  it('lets the answer after a dash headline keep the voice before the headline', () => {
    const text = '- Vi blir konfrontert med at folk flyttar frå fylket, sa Anne Viken.\n- Smekkfullt av nissar\nHo meiner det er eit stort problem. Og ikkje som heimkommunen:\n- Gaular kommune har ikkje klart å skaffe meg Internett.';
    const found = quotes(text, 'nn', ['Anne Viken', 'Berit Hårklau']);
    expect(found.find((q) => q.text.startsWith('Gaular'))?.speaker).toBe('Anne Viken');
  });
});

describe('findQuotes: continuations and anaphora (issue #6)', () => {
  it('does not count the name in the quote-before\'s own attribution as narration that keeps that speaker', () => {
    const text = '– Det var tungt for ham, sier pappa Tore. Festen ødela mye, men likevel hadde Espen flaks. Det vet han.\n– Jeg føler meg heldig, sier han.';
    expect(quotes(text, 'nb', ['Tore', 'Espen']).map((q) => [q.text, q.speaker])).toEqual([
      ['Det var tungt for ham', 'Tore'],
      ['Jeg føler meg heldig', 'Espen'],
    ]);
  });

  it('resolves a plural pronoun to a person named with a pronoun, and to an organisation opening a sentence', () => {
    const pair = '– Vi samarbeider godt med foreldra, seier Wienenga. Men både ho og Hagen er opptatt av ansvaret. «Det må koma heimafrå, det må ligge noko i botnen», understrekar dei.';
    expect(quotes(pair, 'nn', ['Wienenga', 'Hagen']).at(-1)).toMatchObject({ text: 'Det må koma heimafrå, det må ligge noko i botnen', speakerText: 'Wienenga og Hagen' });
    const body = 'Fagforeninger på Aker universitetssykehus er bekymret for sammenslåingen. Forskningsmiljøet risikerer å forsvinne hvis Aker mister status, mener de.';
    expect(quotes(body, 'nb', [['Aker universitetssykehus', 'ORG']]).at(-1)).toMatchObject({ speaker: 'Aker universitetssykehus' });
  });

  it('reads an answer that only ends in a rhetorical question as the speaker\'s, not an interviewer\'s', () => {
    const text = '– Folk flytter herfra, freste Viken.\n– Eg trur ein ikkje må ha så mange kompleks. Det er å drite seg ut. Det er som å betale ein fyr for ein date. Kvifor ikkje heller overtyde han?';
    expect(quotes(text, 'nn', ['Viken']).map((q) => q.speaker)).toEqual(['Viken', 'Viken']);
  });

  it('skips an adverb of example between a colon introduction\'s cue and its subject', () => {
    const text = 'Ågot Valle er kritisk. I eit svar på e-post skriv til dømes utvalsmedlem Finn Martin Vallersnes, Høgre: «Jeg mener disse rutinene er forsvarlige.»';
    expect(quotes(text, 'nn', ['Ågot Valle', 'Finn Martin Vallersnes']).at(-1)).toMatchObject({ speaker: 'Finn Martin Vallersnes' });
  });

  it('ends a dash quote at a narrative sentence that opens with a title and a name', () => {
    const text = '– Andredagen var han så morsk, seier Berit.\nAnne Viken går hardt ut mot Sp.\n– Dei er kjipe og treige. Skribent og samfunnsdebattant Anne Viken tok eit oppgjer i Førde fredag.';
    expect(quotes(text, 'nn', ['Berit', 'Anne Viken']).at(-1)).toMatchObject({ text: 'Dei er kjipe og treige.', speaker: 'Anne Viken' });
  });

  it('gives a marked quote with nobody named and nobody before to the person the text is about', () => {
    const text = 'Flere gange har Brian Sand været på ski med sin hund. Og der vakte hunden opsigt, fordi Brian Sand gav den tørklæde på. Og hunden elskede at fare efter familien ned ad bakkerne. "Der er tit nogle, der siger, at hunden ligner en gris."';
    expect(quotes(text, 'da', ['Brian Sand']).at(-1)).toMatchObject({ speaker: 'Brian Sand' });
  });
});

describe('findQuotes: speakers named by apposition, genitive, clause and organisation (issue #6, round 4)', () => {
  it('takes the name in commas after a description that "ifølge" opens', () => {
    const text = 'Moskeen ble skadet. Ifølge en talsmann for politiet, Mickey Rosenfeld, tok flere gjerningsmenn seg inn i moskeen natt til mandag.';
    expect(quotes(text, 'nb', ['Mickey Rosenfeld'])[0]).toMatchObject({ text: 'tok flere gjerningsmenn seg inn i moskeen natt til mandag', speaker: 'Mickey Rosenfeld', direct: false });
  });

  it('reads a genitive before a noun as whose the speaker is, not as the speaker', () => {
    const text = 'Dommer Tor Bertelsen er sykmeldt. «Vi klager på vedtaket», mener Bertelsens advokat, Georg Kvande.';
    expect(quotes(text, 'nb', ['Tor Bertelsen', 'Bertelsens', 'Georg Kvande'])[0]).toMatchObject({ speaker: 'Georg Kvande' });
    const bare = 'Dommer Tor Bertelsen er sykmeldt. «Vi klager på vedtaket», mener Bertelsens advokat.';
    expect(quotes(bare, 'nb', ['Tor Bertelsen', 'Bertelsens'])[0]).toMatchObject({ speaker: null, speakerText: 'Bertelsens advokat' });
  });

  it('resolves a pronoun to the only person its own sentence names before it', () => {
    const text = 'Stalin skapte en slavestat. Tanken går igjen hos kommunisten Brecht når han sier: «Synk ned i skitt, omfavn morderen!»';
    expect(quotes(text, 'nb', ['Stalin', 'Brecht'])[0]).toMatchObject({ speaker: 'Brecht', speakerText: 'han' });
  });

  it('reads the subject after the cue when one fronted word stands before it ("Der hevder han at …")', () => {
    const text = 'Ove Kjell Hole skriver senere et notat om hendelsen. Der hevder han at Bertelsen «prøvde å skubbe meg».';
    const found = quotes(text, 'nb', ['Ove Kjell Hole', 'Bertelsen']);
    expect(found.find((q) => q.text.includes('prøvde'))).toMatchObject({ speaker: 'Ove Kjell Hole', speakerText: 'han', cue: 'hevder' });
  });

  it('does not read "it" after a cue inside a dash quote as an attribution', () => {
    const text = 'Ingrid Kristine Hasund har skrive bok om banning.\n- Når faen blir omskrive til faem, stadfestar det i røynda krafta i det opphavlege ordet.';
    expect(quotes(text, 'nn', ['Ingrid Kristine Hasund'])).toEqual([
      expect.objectContaining({ text: 'Når faen blir omskrive til faem, stadfestar det i røynda krafta i det opphavlege ordet.', speaker: 'Ingrid Kristine Hasund' }),
    ]);
  });

  it('reads a definite noun heading an organisation\'s compound name as that organisation', () => {
    const text = 'Justisdepartementet har kritisert beskrivelsen av saken. «Vi stiller spørsmål ved om beskrivelsen gir et riktig bilde», skriver departementet.';
    expect(quotes(text, 'nb', [['Justisdepartementet', 'ORG']])[0]).toMatchObject({ speaker: 'Justisdepartementet', speakerText: 'Justisdepartementet' });
  });
});

describe('findQuotes: long titles, kin after a genitive, title synonyms (issue #6, round 5)', () => {
  it('takes the full name after a long title and a comma', () => {
    const text = 'Asbjørn Aarnes har halde føredrag om Snorre.\n- Synspunkta til Aarnes held fagleg mål, seier professor i allmenn litteraturvitskap ved Universitetet i Bergen, Per Buvik.';
    expect(quotes(text, 'nn', ['Asbjørn Aarnes', 'Aarnes', 'Per Buvik'])[0]).toMatchObject({ text: 'Synspunkta til Aarnes held fagleg mål', speaker: 'Per Buvik', cue: 'seier' });
  });

  it('reads a genitive before a three-letter kin noun as whose the speaker is', () => {
    const text = 'Hannah Jones sa nei til operasjonen.\n- Hun tok denne avgjørelsen selv, sier Hannahs far, Andrew Jones.';
    expect(quotes(text, 'nb', ['Hannah Jones', 'Hannahs', 'Andrew Jones'])[0]).toMatchObject({ speaker: 'Andrew Jones' });
  });

  it('knows "spøker" as a cue', () => {
    const text = 'Espen fikk en ny skalle.\n- Nå skal vi vise hvorfor jeg fikk dårlig karakter i sløyd, spøker nevrokirurg Christian Helland.';
    expect(quotes(text, 'nb', ['Espen', 'Christian Helland'])[0]).toMatchObject({ speaker: 'Christian Helland', cue: 'spøker' });
  });

  it('resolves "statsråden" to the person introduced as a minister', () => {
    const text = 'Kulturminister Trond Giske la fram meldinga i går. Ola Nordmann var til stades.\n- Dette er den viktigaste meldinga i fireårsperioden, slo statsråden fast.';
    expect(quotes(text, 'nn', ['Trond Giske', 'Ola Nordmann'])[0]).toMatchObject({ speaker: 'Trond Giske', speakerText: 'statsråden' });
  });
});

describe('findQuotes: objects after a cue, short kin titles, admitting (issue #6, round 5)', () => {
  it('does not read "det" after a cue before a colon as the speaker', () => {
    const text = 'Espen Dale har lært av ulykken. Espen sier det han har sagt det mange ganger:\n- Forbann spriten! Det må du fortelle leserne.';
    expect(quotes(text, 'nb', ['Espen Dale', 'Espen'])[0]).toMatchObject({ speaker: 'Espen', cue: 'sier' });
  });

  it('resolves "faren" to the person introduced as someone\'s "far"', () => {
    const text = 'Hannah Jones er syk.\n- Vi støtter henne, sier Hannahs far, Andrew Jones. Hannah har tre søsken.\n- Hele familien har sett fram til dette, sier faren.';
    expect(quotes(text, 'nb', ['Hannah Jones', 'Hannahs', 'Andrew Jones', 'Hannah']).at(-1)).toMatchObject({ speaker: 'Andrew Jones', speakerText: 'faren' });
  });

  it('knows "medgjev" as a cue', () => {
    const text = 'Ottar Kåsa vann klassen sin. Det viste årets landskappleik.\n- Ei veldig fin bursdagsgåve, medgjev Sara Telnes Fjågesund frå Seljord.';
    expect(quotes(text, 'nn', ['Ottar Kåsa', 'Sara Telnes Fjågesund'])[0]).toMatchObject({ speaker: 'Sara Telnes Fjågesund', cue: 'medgjev' });
  });
});

describe('findQuotes: institutions named by a common noun (issue #6, round 5)', () => {
  it('keeps "fylkeskommunen" after a cue as the speaker, not the person named before', () => {
    const text = 'Karin Flølo har fått pengar til ei løe. Fire av prosjekta ligg i verdsarvområdet, melder fylkeskommunen.';
    expect(quotes(text, 'nn', ['Karin Flølo'])[0]).toMatchObject({ speaker: null, speakerText: 'fylkeskommunen', cue: 'melder' });
  });
});

describe('findQuotes: the previous voice in text order (issue #6, round 6)', () => {
  it('gives a cue-less dash answer to the person quoted in marks just before, not to the dash speaker before that', () => {
    const text = '- Jeg ville bare hjelpe, sier Bertelsen.\nBertelsen ringer advokat Monica Mæland. «Han presenterte seg som dommer, men sa at han ringte privat», sa Monica Mæland til BT den gang. I dag er Mæland byrådsleder, men fortsatt kritisk til Bertelsen.\n- Saken var spesiell, og jeg var en ganske ung advokat på denne tiden.';
    expect(quotes(text, 'nb', ['Bertelsen', 'Monica Mæland', 'Mæland']).at(-1)).toMatchObject({ speaker: 'Monica Mæland', cue: null });
  });

  it('keeps an answer after an interviewer\'s question with the interviewee, not a person reported in the narration', () => {
    const text = '- Jol kan feirast på så mange måtar, meiner Hallvard Mosdøl. Husmor Tone Engedal avslører at det står både ribbe og kalkun på menyen.\n- Kva med menneske som kun går i kyrkja joleftan?\n- Det er flott at folk går i kyrkja denne dagen.';
    expect(quotes(text, 'nn', ['Hallvard Mosdøl', 'Tone Engedal']).at(-1)).toMatchObject({ speaker: 'Hallvard Mosdøl', cue: null });
  });
});

describe('findQuotes: sources after "ifølge" and dash headlines (issue #6, round 6)', () => {
  it('reads "ifølge", a title, a comma and the name as the source', () => {
    const text = 'Avfallet blir destruert på dagen. I stedet kan det bli liggende i uker, ifølge informasjonskonsulent i Energigjenvinningsetaten, Rikke Dahl Monsen.';
    expect(quotes(text, 'nb', ['Rikke Dahl Monsen', ['Energigjenvinningsetaten', 'ORG']])[0]).toMatchObject({
      text: 'I stedet kan det bli liggende i uker', direct: false, speaker: 'Rikke Dahl Monsen', cue: 'ifølge',
    });
  });

  it('gives a dash headline to the first person quoted by name, not to a body named by a common noun before', () => {
    const text = 'Thomas Ulsrud vant igjen. Ulsrud er klar for sluttspillet.\n- Blod er farlig for våre folk\nKlinikken kaster avfall i søpla. Posen var umerket, ifølge politiet. Det er viktig at avfallet er pakket riktig, sier informasjonskonsulent Rikke Dahl Monsen.';
    expect(quotes(text, 'nb', ['Thomas Ulsrud', 'Ulsrud', 'Rikke Dahl Monsen'])[0]).toMatchObject({ text: 'Blod er farlig for våre folk', speaker: 'Rikke Dahl Monsen' });
  });
});

describe('findQuotes: role nouns that open a sentence (issue #6, round 6)', () => {
  it('resolves a capitalised role noun at a sentence start to the person introduced with that title', () => {
    const text = 'Fylkeslege Petter Øgar har trekt denne konklusjonen. I februar slo dei tilsette alarm. Fylkeslegen slår fast at sjukehuset har ein uakseptabel utstyrssituasjon.';
    expect(quotes(text, 'nn', ['Petter Øgar'])[0]).toMatchObject({ direct: false, speaker: 'Petter Øgar', speakerText: 'Fylkeslegen' });
  });

  it('does not take a four-letter stem inside another word for the title ("eier" in "seier")', () => {
    const text = 'Thomas Ulsrud tok en overbevisende seier mot Irland. Klinikken har skjerpet rutinene. Eieren erkjenner også at rutinene har vært mangelfulle.';
    expect(quotes(text, 'nb', ['Thomas Ulsrud'])[0]).toMatchObject({ direct: false, speaker: null, speakerText: 'Eieren' });
  });
});

describe('findQuotes: a named subject introducing a dash quote with a long clause (issue #6, round 6)', () => {
  it('takes the name before the cue, not the words after it, when the introduction runs long before its colon', () => {
    const text = 'Marianne Nordli Hansen er stipendiat.\nKortare tid\nNordli Hansen meiner òg det er ein fordel ved reforma at ein ynskjer å korte ned det samla studieløpet:\n- Hittil har det vore slik at ein må vere student i nærare 20 år.';
    expect(quotes(text, 'nn', ['Marianne Nordli Hansen', 'Nordli Hansen'])[0]).toMatchObject({ speaker: 'Nordli Hansen', cue: 'meiner' });
  });
});

describe('findQuotes: interview answers before anyone is named (issue #6, round 6)', () => {
  it('does not give them to a person of a dialogue the narration tells after them', () => {
    const text = 'Det låter fint.\n- Jeg var 16 år og oppdaget en verden utenfor fotballen.\n- Jeg ville finne en identitet. Martin Bengtsson lyttet heller til Kurt Cobain. Hans agent Patrik ringte.\n- Hvilken klubb er det? spurte Martin.\n- Vil du virkelig vite det? svarte Patrik.\n- Det er Inter, sa han. Martin Bengtsson ble Inter-fan i en fei.';
    const found = quotes(text, 'nb', ['Martin Bengtsson', 'Kurt Cobain', 'Patrik', 'Martin']);
    expect(found[0].speaker).toMatch(/^Martin/);
    expect(found[1].speaker).toMatch(/^Martin/);
  });
});

describe('findQuotes: objections as cues (issue #6, round 6)', () => {
  it('knows "innvender" as a cue', () => {
    const text = 'Venninnen Noreen Walsh er ikke enig.\n- Jeg elsker røyken min.\n- Men det vil komme mange nye folk på pubene nå, innvender Linda Cullen.';
    expect(quotes(text, 'nb', ['Noreen Walsh', 'Linda Cullen']).at(-1)).toMatchObject({ speaker: 'Linda Cullen', cue: 'innvender' });
  });
});

describe('findQuotes: verbs that only attribute (issue #6, round 7)', () => {
  it('reads a manner or thought verb after a dash quote\'s comma as its cue', () => {
    const text = 'Hasan Ibrahim driv bilpleie i Førde.\n- Nokon har frakta skiltet heilt til Naustdal i bil, fortvilar Ibrahim.';
    expect(quotes(text, 'nn', ['Hasan Ibrahim', 'Ibrahim']).at(-1)).toMatchObject({ speaker: 'Ibrahim', cue: 'fortvilar' });
  });

  it('does not read one as a cue without the comma, nor as reporting speech of its own', () => {
    const text = 'Graeme Le Saux skriver om Chelsea. «Jeg tenker på hetsen jeg fikk fra tilskuere på banen.» Og han husker Robbie Fowlers hån. Le Saux tror at ligaen har endret seg.';
    const found = quotes(text, 'nb', ['Graeme Le Saux', 'Robbie Fowlers', 'Le Saux']);
    expect(found.find((q) => q.text.startsWith('Jeg tenker'))?.cue).toBeNull();
    expect(found.some((q) => q.text.includes('ligaen'))).toBe(false);
  });
});

describe('findQuotes: colon introductions with the cue in a relative clause or after a conjunction (issue #6, round 7)', () => {
  it('takes the name before ", som hevder …:" and before "og Moore innrømmer at …:"', () => {
    const text = 'Gamespot har snakket med EA Sports-sjef Peter Moore, som hevder spillet er et flott alternativ til «Wii Fit»:\n- Det er en helt annen treningsopplevelse. Spillet fokuserer på styrke, og Moore innrømmer at husmødre er målgruppen:\n- Denne greia er for alle.';
    const found = quotes(text, 'nb', ['Peter Moore', 'Moore']);
    expect(found.find((q) => q.text.startsWith('Det er en helt'))).toMatchObject({ speaker: 'Peter Moore', cue: 'hevder' });
    expect(found.find((q) => q.text.startsWith('Denne greia'))).toMatchObject({ speaker: 'Moore', cue: 'innrømmer' });
  });
});

describe('findQuotes: the person the reporter meets is who the next lines are about (issue #6, round 7)', () => {
  it('resolves "Han forteller at" to the person met in the sentence before, not an earlier subject', () => {
    const text = 'Tyler Kennedy får pucken og banker til i lengste kryss. I VIP-området inne på arenaen treffer vi Damion Potter, som er kommunikasjonssjef i ESPN. Han forteller at kanalen skal bytte navn i februar.';
    expect(quotes(text, 'nb', ['Tyler Kennedy', 'Damion Potter']).at(-1)).toMatchObject({ direct: false, speaker: 'Damion Potter', speakerText: 'Han' });
  });

  it('gives cue-less answers after the meeting to the new interviewee, and the question to nobody', () => {
    const text = 'Russell Wolff er direktør i ESPN.\n- Vi gjør det vi kan for NHL i Europa, sier Russell Wolff.\n- Det blir bra. Like etter treffer vi NHL-direktøren Kenneth Yaffe på nytt.\n- Er du fornøyd med Stockholm?\n- Absolutt. Vi solgte ut kampene på et blunk.';
    const found = quotes(text, 'nb', ['Russell Wolff', 'Kenneth Yaffe']);
    expect(found.find((q) => q.text.startsWith('Er du'))?.speaker).toBeNull();
    expect(found.find((q) => q.text.startsWith('Absolutt'))?.speaker).toBe('Kenneth Yaffe');
    expect(found.find((q) => q.text.startsWith('Det blir bra'))?.text).toBe('Det blir bra.');
  });
});

describe('findQuotes: a cleft naming a person is narration (issue #6, round 7)', () => {
  it('ends a dash quote at "Det var Sigvald Kidøy frå Eivindvik som …" and resolves the next "han" to him', () => {
    const text = 'Hasan Ibrahim har fått skilta stolne.\n- Ular så høgt når posten kjem at lyden måtte forsinkast. Det var Sigvald Kidøy frå Eivindvik som ikkje kunne dy seg då han var på besøk.\n- Eg synest denne var så stilig at eg ville dele den, seier han.';
    const found = quotes(text, 'nn', ['Hasan Ibrahim', 'Sigvald Kidøy']);
    expect(found[0].text).toBe('Ular så høgt når posten kjem at lyden måtte forsinkast.');
    expect(found.at(-1)).toMatchObject({ speaker: 'Sigvald Kidøy', speakerText: 'han' });
  });
});

describe('findQuotes: dash headlines and the body quote they sum up (issue #6, round 8)', () => {
  it('gives a headline the speaker of the body quote holding its words, inflected, not the first one quoted', () => {
    const text = 'Krev redusert produksjon\n- Situasjonen er ute av kontroll, seier generalsekretær Bjarne Oppegård i NJFF.\n- Skjerp klørne\nNJFF skriv at produksjonen må reduserast.\n- Det er på høg tid at Mattilsynet skjerpar klørne, uttaler Oppegård.';
    const found = quotes(text, 'nn', ['Bjarne Oppegård', ['NJFF', 'ORG'], 'Oppegård']);
    expect(found.find((q) => q.text.startsWith('Skjerp'))).toMatchObject({ speaker: 'Oppegård' });
  });

  it('reads a short exclamation over a headline group as a headline', () => {
    const text = '- Det er ikkje sikkert me har lag, meiner Haugen.\n- Få folk forbanna!\nUtan Ap og H\nMeldinga frå Mette Westlie var klar fredag kveld:\n- Få folk forbanna!\n- Distriktspolitikken er feilslått, refsa Mette Westlie.';
    const found = quotes(text, 'nn', ['Haugen', 'Mette Westlie']);
    expect(found.find((q) => q.text.startsWith('Få folk'))).toMatchObject({ speaker: 'Mette Westlie' });
  });
});

describe('findQuotes: a definite noun for a kind of body is the organisation named before (issue #6, round 8)', () => {
  it('resolves "TV-kanalen mener at" to the channel that opens a clause, not to a body named in passing', () => {
    const text = 'CNNs prognoser viser nå at Demokratene vil beholde flertallet i Senatet. TV-kanalen mener at Senatet vil bestå av 48 demokrater.';
    const found = quotes(text, 'nb', [['CNNs', 'ORG'], ['Demokratene', 'ORG'], ['Senatet', 'ORG'], ['Senatet', 'ORG']]);
    expect(found.at(-1)).toMatchObject({ direct: false, speaker: 'CNNs', speakerText: 'TV-kanalen' });
  });

  it('never takes a body whose name says it is another kind ("Luster kommune" for "hotellet")', () => {
    const text = 'Luster kommune bad hotellet om ei forklaring. Ole Walaker seier det var lukka lag.\n- Vi inviterte kontrolløren tilbake, svarar hotellet. Men han skriv også at dei skal bli betre.';
    const found = quotes(text, 'nn', [['Luster kommune', 'ORG'], 'Ole Walaker']);
    expect(found.find((q) => q.text.startsWith('Vi inviterte'))?.speaker).not.toBe('Luster kommune');
    // "Men" opening the clause is no speaker: "han" is.
    expect(found.at(-1)).toMatchObject({ speaker: 'Ole Walaker', speakerText: 'han' });
  });
});

describe('findQuotes: particle cues around a full name, and questions in a dash line (issue #6, round 8)', () => {
  it('reads "slo Tone Edland fast" as the cue "slo fast" with its subject, ending the quote there', () => {
    const text = 'Solveig Hellevik var òg med.\n- Då veit me kva parti me ikkje skal stemme på, slo Tone Edland fast. Medan KrF sende eit brev, takka Ap nei.';
    const found = quotes(text, 'nn', ['Solveig Hellevik', 'Tone Edland']);
    expect(found[0]).toMatchObject({ text: 'Då veit me kva parti me ikkje skal stemme på', speaker: 'Tone Edland', cue: 'slo fast' });
  });

  it('keeps a closing question naming someone in the interviewer\'s turn, so the answer is not theirs', () => {
    const text = 'Psykiater Arne Thorvik er kritisk.\n- Eg har ikkje møtt Breivik, seier Thorvik.\n- Riddarfantasiane var Breivik åleine om. Blir Breivik ein apolitisk figur no?\n- Det blir ei psykiatrisering av han som person.';
    const found = quotes(text, 'nn', ['Arne Thorvik', 'Thorvik', 'Breivik']);
    expect(found.find((q) => q.text.startsWith('Riddar'))?.text).toBe('Riddarfantasiane var Breivik åleine om. Blir Breivik ein apolitisk figur no?');
    expect(found.at(-1)?.speaker).toBe('Thorvik');
  });
});

describe('findQuotes: "Det seier …" goes on with the quote unless someone says it (issue #6, round 8)', () => {
  it('keeps "Det seier noko om …" in the quote and ends it at "Det fortel filmarkivar Kjell Billing"', () => {
    const text = 'Gunn Hellestad er nestleiar.\n- Me er bekymra. Det seier noko om kor alvorleg situasjonen er. Me vil ha fleire meldingar, seier Synnøve Bratland.\n- Eg var på premieren i Cannes. Det fortel filmarkivar Kjell Billing ved Filminstituttet.';
    const found = quotes(text, 'nn', ['Gunn Hellestad', 'Synnøve Bratland', 'Kjell Billing']);
    expect(found[0]).toMatchObject({ speaker: 'Synnøve Bratland', cue: 'seier' });
    expect(found[1].text).toBe('Eg var på premieren i Cannes.');
  });
});

describe('findQuotes: "Det meiner X at …" (issue #6, round 8)', () => {
  it('takes the words between the cue and "at" as the subject after a pointing "Det"', () => {
    const found = quotes('Talet på saker aukar. Det meiner leiar Kari Holm at ikkje har noko med fattigdom å gjere.', 'nn', ['Kari Holm']);
    expect(found.at(-1)).toMatchObject({ direct: false, speaker: 'Kari Holm', cue: 'meiner' });
  });
});

describe('findQuotes: attributions the speaker phrase used to miss (issue #6, round 9)', () => {
  it('closes a dash quote at a later sentence ending in the attribution, past sentences that read as narration', () => {
    const text = 'Bertelsen kom for sent.\n- I våre saker har han vært konstruktiv. Bertelsen tør også å gi uttrykk for usikkerhet. For meg er dette positivt, sier advokat Trygve Langeland Matre. Han er daglig leder i firmaet.';
    const found = quotes(text, 'nb', ['Bertelsen', 'Bertelsen', 'Trygve Langeland Matre']);
    expect(found[0]).toMatchObject({ speaker: 'Trygve Langeland Matre', cue: 'sier' });
    expect(found[0].text).toMatch(/^I våre saker .* positivt$/);
  });

  it('stops at a sentence with a cue of its own before the attribution', () => {
    const text = 'Kari Holm er leiar.\n- Vi er glade. Per Dahl sier noe annet. Det er bra, sier Holm.';
    const found = quotes(text, 'nb', ['Kari Holm', 'Per Dahl', 'Holm']);
    expect(found[0].text).toBe('Vi er glade.');
  });

  it('reads an ordinal inside a title as part of the speaker phrase ("for 3. klasse …, Sigrid Eikeland")', () => {
    const text = 'Elevane reagerer.\n- Skuffande, seier tillitsvald for 3. klasse på medielinja, Sigrid Eikeland til Firda tysdag.';
    const found = quotes(text, 'nn', ['Sigrid Eikeland']);
    expect(found[0]).toMatchObject({ speaker: 'Sigrid Eikeland', cue: 'seier' });
  });

  it('reads two titles joined by "og" before the name as the name\'s title', () => {
    const text = 'Varaordførar Knut Martin Felle er open for alt.\n- Me bør ikkje vere redde for å drøfte dette, meinte varaordførar i Kviteseid og Høgre-politikar Gunnar Ruud.';
    const found = quotes(text, 'nn', ['Knut Martin Felle', 'Gunnar Ruud']);
    expect(found[0]).toMatchObject({ speaker: 'Gunnar Ruud', cue: 'meinte' });
  });
});

describe('findQuotes: reported clauses without "at" (issue #6, round 9)', () => {
  it('finds them after a conjunction, after an adverb, and with a definite noun as their subject', () => {
    const text = 'Margot Eriksson jobber deltid. Og Eriksson mener også det påvirker arbeidsmiljøet at så mange jobber deltid. Eriksson mener vedtaket ikke kommer en dag for tidlig.';
    const found = quotes(text, 'nb', ['Margot Eriksson', 'Eriksson', 'Eriksson']);
    expect(found.map((q) => [q.text, q.speaker, q.direct])).toEqual([
      ['det påvirker arbeidsmiljøet at så mange jobber deltid', 'Eriksson', false],
      ['vedtaket ikke kommer en dag for tidlig', 'Eriksson', false],
    ]);
  });

  it('does not read a definite object after the cue as a clause ("forteller historien om …")', () => {
    const found = quotes('Kari Holm forteller historien om krigen til barna.', 'nb', ['Kari Holm']);
    expect(found).toEqual([]);
  });
});
