// Dormant stories on disk: the SQLite side of the clustering's `DormantStories` hook. A story quiet
// for the active window keeps its row in `stories` (marked dormant) and files its centroid terms
// as postings (term, story, weight) in `dormant_story_terms`, so the in-memory index holds only
// the window while an article about an old event can still find and wake it. Every call runs
// inside the store's per-article transaction (the index calls it from `assign`), so a failed
// write leaves the postings as they were (the store then calls `reset`). The length of each
// posting read so far is kept in memory: most lookup terms are in more than `maxPostings`
// dormant stories, and knowing it saves reading them (one number per term, like the index's
// document frequencies). So is the span of the dormant stories' latest times (with the undated
// ones by id): an article in order of publication is far from all of them, and the index then
// skips the lookup.
//
// Only postings a lookup can read are filed. A term in more than `postingCap` dormant stories
// (the index's `maxPostings`) is never read, and most centroid terms are such common words: at
// 200k generated articles, 95% of the postings filed went to terms already that common, and
// filing them was half the stories stage's cost. Such a term is marked saturated once
// (`dormant_saturated_terms`), its postings are deleted, and it is not filed again — also if
// stories waking later bring it back under the cap (the reference hook in memory does the same).
import type Database from 'better-sqlite3';
import { storyDefaults, type DormantSpan, type DormantStories, type StoryState } from '../../corpus/stories/index.js';

type Db = Database.Database;

interface StoryRow {
  id: string;
  centroid: string;
  articles: string;
  last_time: number | null;
}

export class SqliteDormantStories implements DormantStories {
  private readonly statements;
  /** Dormant stories per term, for the terms looked up or filed since the last reset. */
  private readonly postingSizes = new Map<string, number>();
  /** Bounds on the dated dormant stories' latest times (only ever widened; wider is allowed) and
   * the undated dormant stories; null until read from the table (again after a reset). */
  private known: { earliest: number | null; latest: number | null; undated: Set<string> } | null = null;
  /** Terms no longer filed (see above); null until read from the table (again after a reset). */
  private saturatedTerms: Set<string> | null = null;
  private readonly db: Db;

  /** `postingCap`: the largest `maxPostings` that `find` will be asked for. */
  constructor(
    db: Db,
    private readonly postingCap: number = storyDefaults.maxPostings,
  ) {
    this.db = db;
    this.statements = {
      // The whole row, not just the flag: the hook keeps everything `find` hands back.
      markDormant: db.prepare(
        `INSERT INTO stories (id, centroid, articles, last_time, dormant) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT(id) DO UPDATE SET centroid = excluded.centroid, articles = excluded.articles, last_time = excluded.last_time, dormant = 1`,
      ),
      markActive: db.prepare('UPDATE stories SET dormant = 0 WHERE id = ?'),
      addPosting: db.prepare('INSERT INTO dormant_story_terms (term, story, weight) VALUES (?, ?, ?) ON CONFLICT(term, story) DO UPDATE SET weight = excluded.weight'),
      dropPostings: db.prepare('DELETE FROM dormant_story_terms WHERE story = ?'),
      termsOf: db.prepare('SELECT term FROM dormant_story_terms WHERE story = ?').pluck(),
      postingSize: db.prepare('SELECT count(*) FROM dormant_story_terms WHERE term = ?').pluck(),
      // Read only when its length is known to be within `maxPostings`; the limit is a guard.
      posting: db.prepare('SELECT story FROM dormant_story_terms WHERE term = ? LIMIT ?').pluck(),
      story: db.prepare('SELECT id, centroid, articles, last_time FROM stories WHERE id = ? AND dormant = 1'),
      count: db.prepare('SELECT count(*) FROM stories WHERE dormant = 1').pluck(),
      saturatedTerms: db.prepare('SELECT term FROM dormant_saturated_terms').pluck(),
      saturate: db.prepare('INSERT INTO dormant_saturated_terms (term) VALUES (?) ON CONFLICT(term) DO NOTHING'),
      dropTerm: db.prepare('DELETE FROM dormant_story_terms WHERE term = ?'),
    };
  }

  put(story: StoryState): void {
    this.statements.markDormant.run(story.id, JSON.stringify(story.centroid), JSON.stringify(story.articles), story.lastTime);
    this.dropPostings(story.id);
    const saturated = this.saturated();
    for (const [term, weight] of Object.entries(story.centroid)) {
      if (saturated.has(term)) continue;
      // The size first (read once per term), so that a term already over the cap in a store
      // written before saturation existed is saturated here rather than filed once more.
      const size = this.postingSize(term);
      if (size < 0) continue;
      this.statements.addPosting.run(term, story.id, weight);
      this.postingSizes.set(term, size + 1);
      if (size + 1 > this.postingCap) this.saturate(term);
    }
    const known = this.known;
    if (known === null) return;
    known.undated.delete(story.id);
    if (story.lastTime === null) known.undated.add(story.id);
    else {
      if (known.earliest === null || story.lastTime < known.earliest) known.earliest = story.lastTime;
      if (known.latest === null || story.lastTime > known.latest) known.latest = story.lastTime;
    }
  }

  find(terms: readonly (readonly [string, number])[], limit: number, maxPostings: number, wanted?: (lastTime: number | null) => boolean): StoryState[] {
    if (maxPostings > this.postingCap) throw new Error(`dormant stories: maxPostings ${maxPostings} is above the posting cap ${this.postingCap}`);
    const score = new Map<string, number>();
    for (const [term, weight] of terms) {
      const size = this.postingSize(term);
      if (size <= 0 || size > maxPostings) continue;
      for (const id of this.statements.posting.all(term, maxPostings + 1) as string[]) score.set(id, (score.get(id) ?? 0) + weight);
    }
    const ranked = [...score].map(([id, value]) => ({ id, value, number: storyNumber(id) }));
    ranked.sort((a, b) => b.value - a.value || a.number - b.number);
    const found: StoryState[] = [];
    for (let i = 0; i < ranked.length && i < limit; i++) {
      const row = this.statements.story.get(ranked[i].id) as StoryRow | undefined;
      // A story the index would not compare is not parsed.
      if (row && (wanted === undefined || wanted(row.last_time))) {
        found.push({ id: row.id, centroid: JSON.parse(row.centroid) as Record<string, number>, articles: JSON.parse(row.articles) as string[], lastTime: row.last_time });
      }
    }
    return found;
  }

  remove(id: string): void {
    this.dropPostings(id);
    this.statements.markActive.run(id);
    this.known?.undated.delete(id);
  }

  span(): DormantSpan {
    if (this.known === null) {
      const range = this.db.prepare('SELECT min(last_time) AS earliest, max(last_time) AS latest FROM stories WHERE dormant = 1').get() as { earliest: number | null; latest: number | null };
      const undated = this.db.prepare('SELECT id FROM stories WHERE dormant = 1 AND last_time IS NULL').pluck().all() as string[];
      this.known = { earliest: range.earliest, latest: range.latest, undated: new Set(undated) };
    }
    return { earliest: this.known.earliest, latest: this.known.latest, undated: this.known.undated.size > 0 };
  }

  /** Forgets what it knows of the postings and the span (after a rolled-back write): they are
   * read again. */
  reset(): void {
    this.postingSizes.clear();
    this.known = null;
    this.saturatedTerms = null;
  }

  /** Dormant stories filed under a term, or -1 for a saturated term. */
  private postingSize(term: string): number {
    let size = this.postingSizes.get(term);
    if (size !== undefined) return size;
    if (this.saturated().has(term)) return -1;
    size = this.statements.postingSize.get(term) as number;
    if (size > this.postingCap) {
      this.saturate(term);
      return -1;
    }
    this.postingSizes.set(term, size);
    return size;
  }

  private saturated(): Set<string> {
    return (this.saturatedTerms ??= new Set(this.statements.saturatedTerms.all() as string[]));
  }

  private saturate(term: string): void {
    this.statements.saturate.run(term);
    this.statements.dropTerm.run(term);
    this.saturated().add(term);
    this.postingSizes.delete(term);
  }

  private dropPostings(id: string): void {
    for (const term of this.statements.termsOf.all(id) as string[]) {
      const size = this.postingSizes.get(term);
      if (size !== undefined) this.postingSizes.set(term, size - 1);
    }
    this.statements.dropPostings.run(id);
  }

  /** Dormant stories kept. */
  get size(): number {
    return this.statements.count.get() as number;
  }
}

/** "s12" → 12, for ties broken towards the older story. */
function storyNumber(id: string): number {
  const n = Number(id.replace(/^\D+/u, ''));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}
