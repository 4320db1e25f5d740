// Reading story labels: JSONL of `{id, story}` (optionally with the article: title, text,
// published, lang), or the JSON array of Miranda et al. 2018 (`{id, date, lang, title, text,
// cluster}`), so users holding that benchmark can reproduce its published figures.
import type { LabelledStoryArticle } from './evaluate.js';

export interface StoryLabels {
  /** Gold story of every labelled id. */
  gold: Map<string, string>;
  /** The labelled articles whose text came with the labels, ready to be clustered. */
  articles: LabelledStoryArticle[];
  format: 'jsonl' | 'miranda';
}

export class StoryLabelError extends Error {
  constructor(
    readonly code: 'E_STORY_LABELS',
    message: string,
  ) {
    super(message);
  }
}

/** Miranda et al. use ISO 639-2 codes ("eng", "deu", "spa"); the pipeline uses 639-1. */
const LANG_639_1: Readonly<Record<string, string>> = { eng: 'en', deu: 'de', spa: 'es', dan: 'da', nob: 'nb', nno: 'nn', swe: 'sv', nor: 'nb' };

function asArticle(record: Record<string, unknown>, id: string, story: string): LabelledStoryArticle | null {
  if (typeof record.text !== 'string') return null;
  const lang = typeof record.lang === 'string' ? (LANG_639_1[record.lang] ?? record.lang) : 'und';
  const published = typeof record.published === 'string' ? record.published : typeof record.date === 'string' ? record.date : null;
  return { id, eventId: story, title: typeof record.title === 'string' ? record.title : null, text: record.text, lang, published };
}

/** Parses a labels file's content (format recognised by its first character). */
export function parseStoryLabels(content: string): StoryLabels {
  const gold = new Map<string, string>();
  const articles: LabelledStoryArticle[] = [];
  const take = (record: unknown, where: string, storyField: 'story' | 'cluster'): void => {
    if (typeof record !== 'object' || record === null) throw new StoryLabelError('E_STORY_LABELS', `${where}: not an object`);
    const r = record as Record<string, unknown>;
    const id = r.id;
    const story = r[storyField] ?? (storyField === 'story' ? r.cluster : undefined);
    if ((typeof id !== 'string' && typeof id !== 'number') || (typeof story !== 'string' && typeof story !== 'number')) {
      throw new StoryLabelError('E_STORY_LABELS', `${where}: needs "id" and "${storyField}"`);
    }
    if (gold.has(String(id))) throw new StoryLabelError('E_STORY_LABELS', `${where}: id ${id} labelled twice`);
    gold.set(String(id), String(story));
    const article = asArticle(r, String(id), String(story));
    if (article) articles.push(article);
  };
  const trimmed = content.trimStart();
  if (trimmed.startsWith('[')) {
    let records: unknown;
    try {
      records = JSON.parse(content);
    } catch (error) {
      throw new StoryLabelError('E_STORY_LABELS', `not valid JSON: ${(error as Error).message}`);
    }
    (records as unknown[]).forEach((record, i) => take(record, `record ${i + 1}`, 'cluster'));
    return { gold, articles, format: 'miranda' };
  }
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new StoryLabelError('E_STORY_LABELS', `line ${i + 1}: not valid JSON: ${(error as Error).message}`);
    }
    take(record, `line ${i + 1}`, 'story');
  });
  return { gold, articles, format: 'jsonl' };
}
