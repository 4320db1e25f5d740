import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from './read-files.js';
import { readWarcRecords } from './read-warc.js';

/** One WARC record as bytes, the way Common Crawl writes them. */
function warcRecord(type: string, headers: Record<string, string>, block: Buffer): Buffer {
  const head = [`WARC/1.0`, `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

function httpResponse(status: number, contentType: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status} X\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
}

const page = (title: string): Buffer =>
  Buffer.from(`<html><head><title>${title}</title></head><body><article><p>${'Regeringen fremlagde i dag et nyt udspil om klimaet. '.repeat(8)}</p></article></body></html>`);

const records = [
  warcRecord('warcinfo', { 'WARC-Record-ID': '<urn:uuid:info>' }, Buffer.from('software: test\r\n')),
  warcRecord('request', { 'WARC-Target-URI': 'https://a.dk/1' }, Buffer.from('GET /1 HTTP/1.1\r\n\r\n')),
  warcRecord('response', { 'WARC-Target-URI': 'https://a.dk/1', 'WARC-Record-ID': '<urn:uuid:rec-1>', 'WARC-Date': '2024-03-12T08:00:00Z' }, httpResponse(200, 'text/html; charset=utf-8', page('Klima'))),
  warcRecord('response', { 'WARC-Target-URI': 'https://a.dk/logo.png', 'WARC-Record-ID': '<urn:uuid:rec-2>' }, httpResponse(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))),
  warcRecord('response', { 'WARC-Target-URI': 'https://a.dk/gone', 'WARC-Record-ID': '<urn:uuid:rec-3>' }, httpResponse(404, 'text/html', Buffer.from('<p>404</p>'))),
  warcRecord('response', { 'WARC-Target-URI': 'https://b.se/2', 'WARC-Record-ID': '<urn:uuid:rec-4>' }, httpResponse(200, 'text/html; charset=iso-8859-1', Buffer.from('<p>Räksmörgås</p>', 'latin1'))),
];

const dir = mkdtempSync(join(tmpdir(), 'tidende-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(path: string) {
  const events = [];
  for await (const event of readSources([path])) events.push(event);
  return events;
}

describe('WARC reader', () => {
  it('reads HTML response records from a .warc.gz of per-record gzip members, and from a plain .warc', async () => {
    const gz = join(dir, 'news.warc.gz');
    writeFileSync(gz, Buffer.concat(records.map((record) => gzipSync(record))));
    const plain = join(dir, 'news.warc');
    writeFileSync(plain, Buffer.concat(records));
    for (const path of [gz, plain]) {
      const events = await collect(path);
      expect(events.map((e) => e.kind)).toEqual(['article', 'article']);
      const [first, second] = events.map((e) => (e.kind === 'article' ? e.raw : null));
      expect(first?.url).toBe('https://a.dk/1');
      expect(first?.id).toBe('rec-1');
      expect(first?.published).toBe('2024-03-12T08:00:00Z');
      expect(first?.body.kind === 'html' && first.body.html).toContain('<title>Klima</title>');
      expect(second?.body.kind === 'html' && second.body.html).toContain('Räksmörgås');
    }
  });

  it('reports a truncated archive as one input error after the whole records', async () => {
    const path = join(dir, 'cut.warc');
    const whole = Buffer.concat(records);
    writeFileSync(path, whole.subarray(0, whole.length - 40));
    const events = await collect(path);
    expect(events.filter((e) => e.kind === 'article')).toHaveLength(1);
    expect(events.at(-1)?.kind).toBe('error');
  });

  it('parses records split across arbitrary chunk boundaries', async () => {
    const bytes = Buffer.concat(records);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const types: string[] = [];
    for await (const record of readWarcRecords(Readable.from(chunks))) types.push(record.headers.get('warc-type') ?? '');
    expect(types).toEqual(['warcinfo', 'request', 'response', 'response', 'response', 'response']);
  });
});
