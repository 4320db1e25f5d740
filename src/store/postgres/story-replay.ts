// Story assignment that gives the same stories in every process. The story index is a
// deterministic function of the articles it was fed, in order, but part of its state (cached
// norms, the dormancy clock, stories touched since the last merge step) is not in the rows. So a
// process does not rebuild the index from story rows: it feeds it the article rows it has not
// seen, in `articles.seq` order (the order they were assigned, as assignment holds the story
// lock from the article's insert to its commit). A process that has kept up replays nothing; one
// that starts, or lost its index to a rollback, replays from the first article.
import { StoryIndex, type StoryArticle } from '../../corpus/stories/index.js';
import { StoreError } from '../store.js';
import type { PostgresClient } from './postgres-store.js';

/** Articles read per query while replaying. */
const REPLAY_PAGE = 1000;

interface ClockRow {
  version: string;
  next_id: string;
  documents: string;
}

/** Every field the story stage reads, and whether it is a text or a jsonb column: a field added
 * to `StoryArticle` fails to compile here until replay and the clustering consumer read it too. */
const storyFields: Readonly<Record<keyof StoryArticle, 'text' | 'jsonb'>> = {
  id: 'text',
  title: 'text',
  text: 'text',
  lang: 'text',
  published: 'text',
  mentions: 'jsonb',
  figures: 'jsonb',
};

/** The story fields as columns of `articles` (named as the fields, lower case). */
const storyColumns = Object.keys(storyFields).join(', ');

/** The story fields of an Article held as jsonb in `column`, named as the fields. */
export function storyFieldsOf(column: string): string {
  return Object.entries(storyFields)
    .map(([field, kind]) => `${column}${kind === 'text' ? '->>' : '->'}'${field}' AS "${field}"`)
    .join(', ');
}

type ReplayRow = StoryArticle & { seq: string };

export interface StoryClock {
  /** `articles.seq` of the last article assigned. */
  version: number;
  nextId: number;
  documents: number;
}

export class StoryReplay {
  private index: StoryIndex | null = null;
  /** `articles.seq` of the last article the index was fed. */
  private position = 0;
  /** Articles replayed since the process started, for workers' statistics. */
  replayed = 0;

  /**
   * The index as of every committed assignment. The caller holds the story lock, so nothing is
   * assigned meanwhile, and the articles above our position are all committed.
   */
  async catchUp(client: PostgresClient): Promise<StoryIndex> {
    const clock = await readClock(client);
    if (this.index === null) {
      this.index = new StoryIndex();
      this.position = 0;
    }
    const index = this.index;
    while (this.position < clock.version) {
      const { rows } = await client.query<ReplayRow>(
        `SELECT seq, ${storyColumns} FROM articles WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3`,
        [this.position, clock.version, REPLAY_PAGE],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        index.assign(row);
        index.drainMerges();
        this.position = Number(row.seq);
        this.replayed++;
      }
    }
    const state = index.exportState();
    if (this.position !== clock.version || state.nextId !== clock.nextId || state.documents !== clock.documents) {
      this.index = null;
      throw new StoreError(
        'E_STORE_SCHEMA',
        `the story index replayed from the articles (article ${this.position}, next story s${state.nextId}, ${state.documents} documents) disagrees with the story clock (${clock.version}, s${clock.nextId}, ${clock.documents}); stories were assigned by another version of Tidende`,
      );
    }
    return index;
  }

  /** The index took an article whose row is now in the database (the caller commits). */
  advance(seq: number): void {
    this.position = seq;
  }

  /** The index is ahead of the database (a rolled-back assignment): the next catch-up replays all. */
  discard(): void {
    this.index = null;
  }
}

export async function readClock(client: PostgresClient): Promise<StoryClock> {
  const row = (await client.query<ClockRow>('SELECT version, next_id, documents FROM story_clock')).rows[0];
  return { version: Number(row.version), nextId: Number(row.next_id), documents: Number(row.documents) };
}
