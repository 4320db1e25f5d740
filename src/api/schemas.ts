// Every input the HTTP API accepts, as zod schemas: parsed once at the edge of each route, and
// the same schemas describe the API in /api/openapi.json.
import { z } from 'zod';
import { timeOf } from '../corpus/stories/index.js';

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'an ISO 8601 date such as 2024-03-12')
  .refine((value) => timeOf(value) !== null, 'an ISO 8601 date such as 2024-03-12');

const shortText = (max: number) => z.string().trim().min(1).max(max);

export const storyListQuery = z
  .object({
    q: shortText(200).optional().describe('full-text query: stories with a matching article'),
    lang: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code such as da').optional(),
    entity: shortText(300).optional().describe('entity id: stories that mention it'),
    outlet: shortText(200).optional(),
    since: isoDate.optional().describe('stories active on or after this date'),
    until: isoDate.optional().describe('stories begun on or before this date'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(500).regex(/^[A-Za-z0-9_-]+$/, 'a cursor from a previous page').optional(),
  })
  .strict();

export const searchQuery = z
  .object({
    q: shortText(200).describe('words to find; inflected forms match too'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict();

export const feedSearchQuery = z.object({ q: shortText(200) }).strict();

export const idParam = z.object({ id: z.string().min(1).max(300) }).strict();

/** An article to ingest: the JSONL record of the CLI, `text` or `html`. */
export const articleInput = z
  .object({
    id: z.union([z.string().min(1).max(200), z.number()]).optional(),
    title: z.string().max(1000).nullable().optional(),
    text: z.string().min(1).max(1_000_000).optional(),
    html: z.string().min(1).max(2_000_000).optional(),
    url: z.url({ protocol: /^https?$/ }).max(2000).nullable().optional(),
    published: isoDate.nullable().optional(),
    outlet: z.string().max(200).nullable().optional(),
    lang: z.string().regex(/^[a-z]{2,3}$/).nullable().optional(),
  })
  .strict()
  .refine(
    (a) => (a.text === undefined) !== (a.html === undefined) || (a.text === undefined && a.html === undefined && typeof a.url === 'string'),
    'exactly one of "text" and "html" is required, or only "url" to have the server fetch the page',
  );

export type StoryListQuery = z.infer<typeof storyListQuery>;
export type ArticleInput = z.infer<typeof articleInput>;

/** Metadata of an article posted as text/html or text/plain, in the query string. */
export const articleMetaQuery = z
  .object({
    id: z.string().min(1).max(200).optional(),
    title: z.string().max(1000).optional(),
    url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
    published: isoDate.optional(),
    outlet: z.string().max(200).optional(),
    lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
  })
  .strict();
