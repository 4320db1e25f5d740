// /api/openapi.json: the API described from the same zod schemas that validate its inputs.
import { z } from 'zod';
import { articleInput, feedSearchQuery, searchQuery, storyListQuery } from './schemas.js';

type JsonSchema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

function queryParameters(schema: z.ZodType): object[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    description: property.description,
    schema: property,
  }));
}

const idPath = (what: string) => [{ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } }];
const errorResponse = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const json = (description: string) => ({ description, content: { 'application/json': {} } });
const atom = (description: string) => ({ description, content: { 'application/atom+xml': {} } });

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Tidende', version: '1', description: 'Stories, articles, entities and search over a Tidende store. Shapes follow the report contract (tidende/1).' },
    paths: {
      '/healthz': { get: { summary: 'liveness and counts', responses: { 200: json('ok') } } },
      '/api/stories': { get: { summary: 'stories by latest activity, filtered, cursor-paginated', parameters: queryParameters(storyListQuery), responses: { 200: json('a page of stories and the next cursor'), 400: errorResponse } } },
      '/api/stories/{id}': { get: { summary: 'one story: articles, summary, facts, quotes, entities, reuse', parameters: idPath('story'), responses: { 200: json('the story report'), 404: errorResponse } } },
      '/api/articles': {
        post: {
          summary: 'ingest one article through the pipeline (JSON record, or text/html or text/plain with metadata in the query)',
          security: [{ bearer: [] }, {}],
          requestBody: {
            content: {
              'application/json': { schema: z.toJSONSchema(articleInput, { io: 'input', unrepresentable: 'any' }) },
              'text/html': { schema: { type: 'string' } },
              'text/plain': { schema: { type: 'string' } },
            },
          },
          responses: { 201: json('stored'), 200: json('already stored'), 400: errorResponse, 401: errorResponse, 403: errorResponse, 413: errorResponse, 415: errorResponse, 422: errorResponse },
        },
      },
      '/api/articles/{id}': { get: { summary: 'one article with its entity mentions, quotes and figures', parameters: idPath('article'), responses: { 200: json('the article'), 404: errorResponse } } },
      '/api/entities/{id}': { get: { summary: 'one entity: variants, its newest mentions, articles and quotes (with whole-store mentionCount and articleCount), entities named with it in its newest articles', parameters: idPath('entity ("TYPE:name", or "TYPE:variant")'), responses: { 200: json('the entity'), 404: errorResponse } } },
      '/api/search': { get: { summary: 'full-text search with highlights', parameters: queryParameters(searchQuery), responses: { 200: json('hits'), 400: errorResponse } } },
      '/api/events': { get: { summary: 'server-sent events: `story` events for created and updated stories', responses: { 200: { description: 'event stream', content: { 'text/event-stream': {} } } } } },
      '/feeds/stories.atom': { get: { summary: 'latest stories', responses: { 200: atom('feed') } } },
      '/feeds/search.atom': { get: { summary: 'a saved search', parameters: queryParameters(feedSearchQuery), responses: { 200: atom('feed'), 400: errorResponse } } },
      '/feeds/story/{id}.atom': { get: { summary: "a story's articles", parameters: idPath('story'), responses: { 200: atom('feed'), 404: errorResponse } } },
      '/feeds/entity/{id}.atom': { get: { summary: 'articles naming an entity', parameters: idPath('entity'), responses: { 200: atom('feed'), 404: errorResponse } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
      },
    },
  };
}
