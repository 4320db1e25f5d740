// WARC files (e.g. Common Crawl News): response records carrying HTML become raw articles.
// Streaming: the file is read chunk by chunk (a .warc.gz is a series of gzip members, one per
// record, which Node's gunzip reads in sequence) and only the current record is held, so memory
// stays flat however large the archive is; records over the size cap are skipped unread.
import { createReadStream } from 'node:fs';
import { gunzipSync, createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { RawArticle } from '../doc/model.js';
import { decodeBody } from '../fetch/charset.js';
import { InputError } from './errors.js';
import type { ReadEvent } from './read-files.js';

export const WARC_FILE = /\.warc(\.gz)?$/i;

/** Records larger than this (videos, PDFs) are skipped without being held in memory. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
const MAX_HEADER_BYTES = 64 * 1024;

export interface WarcRecord {
  headers: Map<string, string>;
  /** The record block; null when it was over the cap and skipped. */
  block: Buffer | null;
  offset: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/** WARC records from a byte stream, one at a time. */
export async function* readWarcRecords(stream: AsyncIterable<Buffer | string>): AsyncGenerator<WarcRecord> {
  let buffer: Buffer = Buffer.alloc(0);
  let consumed = 0;
  let pendingSkip = 0;
  const iterator = stream[Symbol.asyncIterator]();
  const more = async (): Promise<boolean> => {
    const next = await iterator.next();
    if (next.done) return false;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    return true;
  };
  for (;;) {
    while (pendingSkip > 0) {
      if (buffer.length === 0 && !(await more())) return;
      const take = Math.min(pendingSkip, buffer.length);
      buffer = buffer.subarray(take);
      consumed += take;
      pendingSkip -= take;
    }
    // Skip the blank lines between records, which may straddle chunks.
    for (;;) {
      let start = 0;
      while (start < buffer.length && (buffer[start] === 0x0d || buffer[start] === 0x0a)) start++;
      buffer = buffer.subarray(start);
      consumed += start;
      if (buffer.length > 0) break;
      if (!(await more())) return;
    }
    let headerEnd = buffer.indexOf(CRLF2);
    while (headerEnd < 0) {
      if (buffer.length > MAX_HEADER_BYTES) throw new Error(`WARC header over ${MAX_HEADER_BYTES} bytes at offset ${consumed}`);
      if (!(await more())) {
        if (buffer.toString('latin1').trim() !== '') throw new Error(`truncated WARC record at offset ${consumed}`);
        return;
      }
      headerEnd = buffer.indexOf(CRLF2);
    }
    const headerLines = buffer.subarray(0, headerEnd).toString('utf8').split('\r\n');
    if (!/^WARC\/\d/.test(headerLines[0])) throw new Error(`not a WARC record at offset ${consumed} (starts "${headerLines[0].slice(0, 20)}")`);
    const headers = new Map<string, string>();
    for (const line of headerLines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const length = Number(headers.get('content-length') ?? NaN);
    if (!Number.isFinite(length) || length < 0) throw new Error(`WARC record without Content-Length at offset ${consumed}`);
    const offset = consumed;
    buffer = buffer.subarray(headerEnd + 4);
    consumed += headerEnd + 4;
    if (length > MAX_RECORD_BYTES) {
      pendingSkip = length;
      yield { headers, block: null, offset };
      continue;
    }
    while (buffer.length < length) {
      if (!(await more())) throw new Error(`truncated WARC record at offset ${offset}`);
    }
    const block = Buffer.from(buffer.subarray(0, length));
    buffer = buffer.subarray(length);
    consumed += length;
    yield { headers, block, offset };
  }
}

interface HttpPayload {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

function parseHttpResponse(block: Buffer): HttpPayload | null {
  const end = block.indexOf(CRLF2);
  if (end < 0) return null;
  const lines = block.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(lines[0]);
  if (!status) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = block.subarray(end + 4);
  if (/gzip/i.test(headers.get('content-encoding') ?? '')) {
    try {
      body = gunzipSync(body, { maxOutputLength: MAX_RECORD_BYTES * 4 });
    } catch {
      return null;
    }
  }
  return { status: Number(status[1]), headers, body };
}

/** Raw articles from a WARC file's HTML response records; other records are passed over. */
export async function* readWarc(path: string, open: (path: string) => Readable = (p) => createReadStream(p)): AsyncGenerator<ReadEvent> {
  const file = open(path);
  const stream: Readable = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
  file.on('error', (error) => stream.destroy(error));
  let index = 0;
  try {
    for await (const record of readWarcRecords(stream)) {
      if (record.headers.get('warc-type') !== 'response') continue;
      const uri = (record.headers.get('warc-target-uri') ?? '').replace(/^<|>$/g, '');
      const source = `${path}@${record.offset}`;
      if (record.block === null) continue;
      const http = parseHttpResponse(record.block);
      if (!http || http.status !== 200) continue;
      const contentType = http.headers.get('content-type') ?? null;
      if (contentType && !/html/i.test(contentType)) continue;
      index++;
      const { text } = decodeBody(http.body, contentType);
      const raw: RawArticle = {
        id: record.headers.get('warc-record-id')?.replace(/^<urn:uuid:|>$/g, '') ?? `warc-${index}`,
        source,
        outlet: null,
        title: null,
        published: record.headers.get('warc-date') ?? null,
        lang: null,
        url: uri || null,
        body: { kind: 'html', html: text },
      };
      yield { kind: 'article', raw };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield { kind: 'error', error: new InputError('E_INPUT_UNREADABLE', path, code === 'ENOENT' ? 'no such file' : `WARC: ${(error as Error).message}`) };
  } finally {
    stream.destroy();
    file.destroy();
  }
}
