// Sentences written for the tests, one set per language: news-style, each with the markers a
// reader would use to tell the written standards apart. Shared by the unit tests and the
// conformance check of the shipped model.
export const EXAMPLE_SENTENCES: Record<string, readonly string[]> = {
  da: [
    'Regeringen vil i næste uge fremlægge et nyt forslag om skattelettelser til de laveste indkomster.',
    'Politiet efterlyser vidner til et indbrud i en villa i Aarhus natten til søndag.',
    'Jeg ved ikke, hvad der skete, men nu er det vigtigt, at vi hjælper hinanden.',
    'Statsministeren sagde efter mødet, at situationen er meget alvorlig for landets økonomi.',
    'Det kommer til at koste kommunen omkring tre millioner kroner om året, oplyser borgmesteren.',
    'Mange forældre er bekymrede over, at skolerne mangler lærere efter sommerferien.',
  ],
  nb: [
    'Regjeringen vil neste uke legge fram et nytt forslag om skattelette for dem med lavest inntekt.',
    'Politiet etterlyser vitner etter et innbrudd i en enebolig i Bergen natt til søndag.',
    'Jeg vet ikke hva som skjedde, men nå er det viktig at vi hjelper hverandre.',
    'Statsministeren sa etter møtet at situasjonen er svært alvorlig for landets økonomi.',
    'Det kommer til å koste kommunen rundt tre millioner kroner i året, opplyser ordføreren.',
    'Mange foreldre er bekymret for at skolene mangler lærere etter sommerferien.',
  ],
  nn: [
    'Regjeringa vil neste veke leggje fram eit nytt forslag om skattelette for dei med lågast inntekt.',
    'Politiet etterlyser vitne etter eit innbrot i ein einebustad i Bergen natt til søndag.',
    'Eg veit ikkje kva som skjedde, men no er det viktig at vi hjelper kvarandre.',
    'Statsministeren sa etter møtet at situasjonen er svært alvorleg for økonomien i landet.',
    'Det kjem til å koste kommunen kring tre millionar kroner i året, opplyser ordføraren.',
    'Mange foreldre er uroa over at skulane manglar lærarar etter sommarferien.',
  ],
  sv: [
    'Regeringen vill nästa vecka lägga fram ett nytt förslag om skattesänkningar för dem med lägst inkomst.',
    'Polisen söker vittnen efter ett inbrott i en villa i Göteborg natten till söndag.',
    'Jag vet inte vad som hände, men nu är det viktigt att vi hjälper varandra.',
    'Statsministern sa efter mötet att situationen är mycket allvarlig för landets ekonomi.',
    'Det kommer att kosta kommunen omkring tre miljoner kronor om året, uppger kommunalrådet.',
    'Många föräldrar är oroliga för att skolorna saknar lärare efter sommarlovet.',
  ],
  en: [
    'The government will present a new proposal on tax cuts for the lowest incomes next week.',
    'Police are looking for witnesses after a burglary at a house in Leeds on Saturday night.',
    "I don't know what happened, but now it is important that we help each other.",
    'The prime minister said after the meeting that the situation is very serious for the economy.',
    'It will cost the council around three million pounds a year, the mayor said.',
    'Many parents are worried that schools are short of teachers after the summer holidays.',
  ],
};

/** Latin-script text in languages the Nordic model was never shown: CLD2 must take over. */
export const OTHER_LANGUAGE_SENTENCES: Record<string, string> = {
  de: 'Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.',
  fr: 'Le gouvernement a présenté mercredi un nouveau projet de loi sur les énergies renouvelables.',
  fi: 'Hallitus esitteli keskiviikkona uuden lakiesityksen uusiutuvan energian tukemisesta.',
  es: 'El gobierno presentó el miércoles un nuevo proyecto de ley sobre energías renovables.',
  nl: 'De regering heeft woensdag een nieuw wetsvoorstel over duurzame energie gepresenteerd.',
};

/** Text in other scripts: a non-Nordic code (or und), never a Nordic label and never a crash. */
export const OTHER_SCRIPT_SENTENCES: Record<string, string> = {
  ru: 'Правительство России объявило о новых мерах поддержки экономики страны.',
  el: 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στήριξη της οικονομίας της χώρας.',
  ar: 'أعلنت الحكومة عن إجراءات جديدة لدعم اقتصاد البلاد.',
};

/** Inputs with no language in them. */
export const UNDETERMINED_INPUTS: readonly string[] = [
  '',
  '   \n\t ',
  '12345 678,90 2024-05-01',
  '<div class="x"><br/><img src="a.png"/></div>',
  '&nbsp;&amp;&#8212;',
  '!!! ??? ... --- ***',
  '😀😀 👍',
  'https://www.example.com/path?query=1',
];
