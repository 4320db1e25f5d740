// A seeded corpus of short Danish news for the worker tests: events that run for days (so stories
// grow, fall dormant and merge), one-off articles, exact copies under other ids (duplicates) and
// different articles under a taken id (renamed "id~2"): every decision that depends on order.
import { mulberry32 } from '../bench/generate-news.js';
import type { RawArticle } from '../src/doc/model.js';

const TOPICS = ['stormflod', 'skovbrand', 'togulykke', 'bankrøveri', 'havnestrejke', 'oversvømmelse', 'gasudslip', 'fængselsflugt', 'broforlis', 'vandforurening', 'lægemangel', 'skoleluk'] as const;
const PLACES = ['Esbjerg', 'Odense', 'Aalborg', 'Vejle', 'Herning', 'Randers', 'Kolding', 'Horsens', 'Næstved', 'Roskilde', 'Svendborg', 'Thisted'] as const;
const PEOPLE = ['Jens Hansen', 'Mette Lund', 'Søren Dahl', 'Karen Holm', 'Anders Bak', 'Lone Friis', 'Peter Krag', 'Hanne Vind', 'Ole Brask', 'Birgit Sand', 'Niels Thorup', 'Ida Mørk'] as const;
const DETAILS = [
  'Redningsfolk arbejder hele natten, og flere veje er spærret.',
  'Politiet beder borgerne holde sig væk fra området.',
  'Kommunen har åbnet et krisecenter på rådhuset.',
  'Beredskabet venter flere meldinger i løbet af dagen.',
  'Naboerne fortæller om en lang og urolig nat.',
  'Myndighederne vil gennemgå forløbet i næste uge.',
] as const;
const OUTLETS = ['DR', 'TV 2', 'Politiken', 'Berlingske', 'Jyllands-Posten'] as const;
const ONE_OFF = ['kunstudstilling', 'håndboldkamp', 'bogmesse', 'jazzkoncert', 'madmarked', 'cykelløb', 'teaterpremiere', 'loppemarked'] as const;
const VENUES = ['Musikhuset', 'Kulturværftet', 'Idrætsparken', 'Pakhuset', 'Bibliotekssalen', 'Hallen'] as const;
/** Made-up compound words, one per event or one-off article (16 × 16 of them), so that events
 * differ by more than their topic, place and person. */
const WORD_HEADS = ['sand', 'flod', 'skinne', 'bro', 'gas', 'vand', 'havne', 'skole', 'fjord', 'mose', 'klit', 'eng', 'lyng', 'sten', 'salt', 'tang'] as const;
const WORD_TAILS = ['sække', 'pumper', 'vogne', 'piller', 'masker', 'tanke', 'kraner', 'porte', 'diger', 'sluser', 'master', 'ruder', 'bænke', 'lamper', 'tårne', 'kar'] as const;

const HOUR_MS = 3_600_000;
const START_MS = Date.UTC(2024, 2, 1, 6);

interface NewsEvent {
  word: string;
  topic: string;
  place: string;
  person: string;
  figure: number;
  startMs: number;
}

/**
 * `count` raw articles in arrival order (roughly chronological, as feeds deliver them), ids
 * `${prefix}-${n}`. Every 97th is a copy of an earlier article under a new id; every 101st takes
 * an earlier article's id with a text of its own.
 */
export function workerCorpus(count: number, prefix: string, seed = 11): RawArticle[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const madeUpWord = (): string => `${pick(WORD_HEADS)}${pick(WORD_TAILS)}`;
  const events: NewsEvent[] = [];
  const articles: RawArticle[] = [];
  // About 40 days; a new event every ~20 articles, each covered for a few days.
  const spanMs = 40 * 24 * HOUR_MS;
  for (let n = 0; n < count; n++) {
    const nowMs = START_MS + Math.floor((n / count) * spanMs);
    const id = `${prefix}-${n}`;
    const source = `${prefix}.jsonl:${n + 1}`;
    if (n > 0 && n % 97 === 0) {
      const copied = articles[Math.floor(random() * articles.length)];
      articles.push({ ...copied, id, source });
      continue;
    }
    const takenId = n > 0 && n % 101 === 0 ? articles[Math.floor(random() * articles.length)].id : id;
    const published = new Date(nowMs + Math.floor(random() * 6 * HOUR_MS)).toISOString();
    if (random() < 0.1) {
      const what = pick(ONE_OFF);
      const where = pick(VENUES);
      const theme = madeUpWord();
      const text = `Lørdag åbner ${what} med ${theme} på ${where} for ${n * 13 + 7}. gang. Arrangørerne lover ${theme} til alle. Billetter koster ${50 + (n % 200)} kroner.`;
      articles.push({ id: takenId, source, outlet: pick(OUTLETS), title: `${what}: ${theme} (${n})`, published, lang: 'da', url: null, body: { kind: 'text', text } });
      continue;
    }
    const recent = events.filter((e) => nowMs - e.startMs < 4 * 24 * HOUR_MS);
    let event: NewsEvent;
    if (recent.length === 0 || random() < 0.05) {
      event = { word: madeUpWord(), topic: pick(TOPICS), place: pick(PLACES), person: pick(PEOPLE), figure: 10 + Math.floor(random() * 990), startMs: nowMs };
      events.push(event);
    } else event = pick(recent);
    const day = Math.floor((nowMs - event.startMs) / (24 * HOUR_MS)) + 1;
    const text =
      `${event.topic} i ${event.place}: ${event.figure} personer er berørt, oplyser ${event.person} fra beredskabet. ` +
      `${pick(DETAILS)} Der mangler ${event.word} i ${event.place}. Det er dag ${day} efter ${event.topic}. »Vi gør, hvad vi kan,« siger ${event.person}. Opdatering nummer ${n}.`;
    articles.push({ id: takenId, source, outlet: pick(OUTLETS), title: `${event.topic} i ${event.place}: ${event.word} ${pick(['nyt', 'status', 'overblik', 'seneste'])} (${n})`, published, lang: 'da', url: null, body: { kind: 'text', text } });
  }
  return articles;
}
