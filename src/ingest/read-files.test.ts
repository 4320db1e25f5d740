import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readSources, sniffFormat, type ReadEvent } from './index.js';

async function collect(paths: string[], stdin?: NodeJS.ReadableStream): Promise<ReadEvent[]> {
  const events: ReadEvent[] = [];
  for await (const event of readSources(paths, stdin)) events.push(event);
  return events;
}

const articles = (events: ReadEvent[]) => events.flatMap((e) => (e.kind === 'article' ? [e.raw] : []));
const errors = (events: ReadEvent[]) => events.flatMap((e) => (e.kind === 'error' ? [e.error.describe()] : []));

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tidende-read-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'a.txt'), 'Overskrift\n\nBrødtekst her.');
  writeFileSync(join(dir, 'nested', 'b.html'), '<html><body><p>Hei</p></body></html>');
  writeFileSync(join(dir, 'c.jsonl'), '{"id":"c1","text":"En"}\n\n{"title":"T","html":"<p>To</p>","outlet":"NTB"}\n');
  writeFileSync(join(dir, 'README.md'), '# not an article');
  writeFileSync(join(dir, '.hidden.txt'), 'skip me');
  return dir;
}

describe('readSources', () => {
  it('reads text, HTML and JSONL files from a directory, recursively and in name order', async () => {
    const events = await collect([corpus()]);
    expect(errors(events)).toEqual([]);
    const raws = articles(events);
    expect(raws.map((r) => r.id)).toEqual(['a', 'c1', 'c-3', 'b']);
    expect(raws[0].body).toEqual({ kind: 'text', text: 'Overskrift\n\nBrødtekst her.' });
    expect(raws[2]).toMatchObject({ title: 'T', outlet: 'NTB', body: { kind: 'html', html: '<p>To</p>' } });
    expect(raws[2].source).toMatch(/c\.jsonl:3$/);
    expect(raws[3].body.kind).toBe('html');
  });

  it('reads JSONL from stdin for "-"', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"Fra stdin"}\n')]);
    const raws = articles(await collect(['-'], stdin));
    expect(raws).toHaveLength(1);
    expect(raws[0]).toMatchObject({ id: 's1', source: '-:1' });
  });

  it('sniffs files with unknown extensions instead of guessing from the name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidende-sniff-'));
    writeFileSync(join(dir, 'page.php'), '<!DOCTYPE html><html><body><p>Tekst</p></body></html>');
    writeFileSync(join(dir, 'dump.data'), '{"text":"JSON line"}\n{"text":"another"}');
    writeFileSync(join(dir, 'note'), 'Plain words.');
    const raws = articles(await collect([dir]));
    expect(raws.map((r) => [r.id, r.body.kind])).toEqual([
      ['dump-1', 'text'],
      ['dump-2', 'text'],
      ['note', 'text'],
      ['page', 'html'],
    ]);
    expect(sniffFormat('  <p>hi</p>')).toBe('html');
    expect(sniffFormat('{not json')).toBe('text');
  });

  it('reports each bad input on its own, naming file and line, and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidende-bad-'));
    writeFileSync(join(dir, '1-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, '2-latin1.txt'), Buffer.from('Bl\xe5b\xe6rgr\xf8d', 'latin1'));
    writeFileSync(join(dir, '3-empty.txt'), '  \n');
    writeFileSync(join(dir, '4-feed.jsonl'), '{"text":"ok"}\n{broken\n[1,2]\n{"title":"no body"}\n{"text":5}\n{"text":"fine","extra":true}\n');
    writeFileSync(join(dir, '5-good.txt'), 'Alt i orden.');
    const events = await collect([dir, join(dir, 'missing.txt')]);
    const messages = errors(events);
    expect(messages).toEqual([
      expect.stringMatching(/1-binary\.txt: binary file .*\(E_INPUT_BINARY\)$/),
      expect.stringMatching(/2-latin1\.txt: invalid UTF-8 near byte 0; convert the file to UTF-8 \(E_INPUT_ENCODING\)$/),
      expect.stringMatching(/3-empty\.txt: empty file \(E_INPUT_EMPTY\)$/),
      expect.stringMatching(/4-feed\.jsonl:2: malformed JSON: .*\(E_INPUT_JSON\)$/),
      expect.stringMatching(/4-feed\.jsonl:3: a record must be a JSON object \(E_INPUT_RECORD\)$/),
      expect.stringMatching(/4-feed\.jsonl:4: record has no "text" or "html" \(E_INPUT_EMPTY\)$/),
      expect.stringMatching(/4-feed\.jsonl:5: field "text": .*\(E_INPUT_RECORD\)$/),
      expect.stringMatching(/missing\.txt: no such file or directory \(E_INPUT_NOT_FOUND\)$/),
    ]);
    const warnings = events.flatMap((e) => (e.kind === 'warning' ? [e.warning.describe()] : []));
    expect(warnings).toEqual([expect.stringMatching(/4-feed\.jsonl:6: unknown field\(s\) ignored: extra/)]);
    expect(articles(events).map((r) => r.id)).toEqual(['4-feed-1', '4-feed-6', '5-good']);
  });
});
