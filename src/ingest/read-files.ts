// Readers: plain text, HTML and JSONL files, directories (recursive) and JSONL on stdin, each
// yielding raw articles or input errors, so one bad file never stops the rest.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import type { RawArticle } from '../doc/model.js';
import { InputError } from './errors.js';
import { readWarc, WARC_FILE } from './read-warc.js';

export type ReadEvent =
  | { kind: 'article'; raw: RawArticle }
  | { kind: 'error'; error: InputError }
  | { kind: 'warning'; warning: InputError };

type Format = 'text' | 'html' | 'jsonl';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Files a directory walk passes over: documentation and media sit beside corpora. */
const SKIPPED_IN_DIRECTORIES = /^(readme|license|licence|changelog)(\..*)?$|\.(md|png|jpe?g|gif|webp|svg|pdf|zip|gz|mp3|mp4|css|js)$/i;

const SNIFF_BYTES = 8192;

/** Format from content, for files whose extension says nothing. */
export function sniffFormat(text: string): Format {
  const head = text.slice(0, SNIFF_BYTES).trimStart();
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head) || /<(body|article|p|div)[\s>]/i.test(head) && /<\/\w+>/.test(head)) return 'html';
  const firstLine = head.split('\n', 1)[0].trim();
  if (firstLine.startsWith('{') && firstLine.endsWith('}')) {
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      // Looks like JSON but is not: read it as text and let the text reader judge.
    }
  }
  return 'text';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text, or an error saying why not (binary content, invalid UTF-8). */
function decode(bytes: Buffer, source: string): string {
  const probe = bytes.subarray(0, SNIFF_BYTES);
  if (probe.includes(0)) throw new InputError('E_INPUT_BINARY', source, 'binary file (contains NUL bytes), not text');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError('E_INPUT_ENCODING', source, `invalid UTF-8 near byte ${firstInvalidByte(bytes)}; convert the file to UTF-8`);
  }
}

/** Offset of the chunk where UTF-8 decoding first fails, to point the user at the spot. */
function firstInvalidByte(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const CHUNK = 64;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    try {
      decoder.decode(bytes.subarray(offset, offset + CHUNK), { stream: true });
    } catch {
      return offset;
    }
  }
  return bytes.length;
}

const idFromPath = (path: string): string => basename(path, extname(path));

function rawArticle(fields: Partial<RawArticle> & Pick<RawArticle, 'id' | 'source' | 'body'>): RawArticle {
  return { outlet: null, title: null, published: null, lang: null, url: null, ...fields };
}

const jsonlRecord = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  title: z.string().nullable().optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  url: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  lang: z.string().nullable().optional(),
});
const KNOWN_FIELDS = new Set(Object.keys(jsonlRecord.shape));

/** One JSONL line to an article, a warning about unknown fields, or an error. */
export function* parseJsonlLines(text: string, source: string): Generator<ReadEvent> {
  const lines = text.split('\n');
  const stem = source === '-' ? 'stdin' : idFromPath(source);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const lineNo = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { kind: 'error', error: new InputError('E_INPUT_JSON', source, `malformed JSON: ${(error as Error).message}`, lineNo) };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { kind: 'error', error: new InputError('E_INPUT_RECORD', source, 'a record must be a JSON object', lineNo) };
      continue;
    }
    const parsed = jsonlRecord.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      yield { kind: 'error', error: new InputError('E_INPUT_RECORD', source, `field "${issue.path.join('.')}": ${issue.message}`, lineNo) };
      continue;
    }
    const unknown = Object.keys(value).filter((key) => !KNOWN_FIELDS.has(key));
    if (unknown.length > 0) {
      yield { kind: 'warning', warning: new InputError('E_INPUT_RECORD', source, `unknown field(s) ignored: ${unknown.join(', ')}`, lineNo) };
    }
    const record = parsed.data;
    const body = record.text !== undefined && record.text.trim() !== '' ? { kind: 'text' as const, text: record.text } : record.html !== undefined && record.html.trim() !== '' ? { kind: 'html' as const, html: record.html } : null;
    if (body === null) {
      yield { kind: 'error', error: new InputError('E_INPUT_EMPTY', source, 'record has no "text" or "html"', lineNo) };
      continue;
    }
    yield {
      kind: 'article',
      raw: rawArticle({
        id: record.id === undefined ? `${stem}-${lineNo}` : String(record.id),
        source: `${source}:${lineNo}`,
        body,
        title: record.title ?? null,
        url: record.url ?? null,
        published: record.published ?? null,
        outlet: record.outlet ?? null,
        lang: record.lang ?? null,
      }),
    };
  }
}

async function* readFileEvents(path: string): AsyncGenerator<ReadEvent> {
  if (WARC_FILE.test(path)) {
    yield* readWarc(path);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield { kind: 'error', error: new InputError('E_INPUT_UNREADABLE', path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`) };
    return;
  }
  let text: string;
  try {
    text = decode(bytes, path);
  } catch (error) {
    yield { kind: 'error', error: error as InputError };
    return;
  }
  if (text.trim() === '') {
    yield { kind: 'error', error: new InputError('E_INPUT_EMPTY', path, 'empty file') };
    return;
  }
  const format = FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? sniffFormat(text);
  if (format === 'jsonl') {
    yield* parseJsonlLines(text, path);
  } else if (format === 'html') {
    yield { kind: 'article', raw: rawArticle({ id: idFromPath(path), source: path, body: { kind: 'html', html: text } }) };
  } else {
    yield { kind: 'article', raw: rawArticle({ id: idFromPath(path), source: path, body: { kind: 'text', text } }) };
  }
}

async function* walk(directory: string): AsyncGenerator<string> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && (WARC_FILE.test(entry.name) || !SKIPPED_IN_DIRECTORIES.test(entry.name))) yield path;
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Every article in the given paths, in order; `-` reads JSONL from `stdin`. */
export async function* readSources(paths: readonly string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<ReadEvent> {
  for (const path of paths) {
    if (path === '-') {
      let text: string;
      try {
        text = decode(await readStream(stdin), '-');
      } catch (error) {
        yield { kind: 'error', error: error instanceof InputError ? error : new InputError('E_INPUT_UNREADABLE', '-', (error as Error).message) };
        continue;
      }
      yield* parseJsonlLines(text, '-');
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { kind: 'error', error: new InputError('E_INPUT_NOT_FOUND', path, 'no such file or directory') };
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield* readFileEvents(file);
    } else {
      yield* readFileEvents(path);
    }
  }
}
