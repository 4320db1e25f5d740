// End to end through the launcher, as a user runs it: bin/tidende on real files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/report/index.js';

const root = resolve(import.meta.dirname, '..');
const launcher = join(root, 'bin', 'tidende');
const schemaPath = resolve(root, '..', 'shared', 'contract', 'report.schema.json');

function tidende(args: string[], input?: string) {
  const run = spawnSync(launcher, args, { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tidende-cli-'));
  writeFileSync(
    join(dir, 'dr-storm.txt'),
    'Stormen Helga rammer Esbjerg\n\nPubliceret 12. marts 2024, kl. 08.41\n\nStormen Helga har kostet mindst tre mennesker livet i Esbjerg, oplyser politiet.\n\nRedningsfolk i Esbjerg. Foto: Jens Olsen Vis mere\n\nLæs også: Sådan sikrer du dit hus\n\n»Det er meget alvorligt,« siger beredskabschef Anne Holm.\n\nRedningsfolk i Esbjerg. Foto: Jens Olsen Vis mere\n\nDel artikel\n\n/ritzau/\n',
  );
  writeFileSync(
    join(dir, 'tv2-storm.txt'),
    'Tre dræbt i stormen Helga i Esbjerg\n\nPubliceret 12. marts 2024, kl. 09.10\n\nStormen Helga har kostet mindst tre mennesker livet i Esbjerg, oplyser politiet.\n\n»Det er meget alvorligt,« siger beredskabschef Anne Holm til TV 2.\n\n/ritzau/\n',
  );
  writeFileSync(
    join(dir, 'nrk-ferje.txt'),
    'Ferje i brann i Østersjøen\n\nPublisert: 14. mars 2024 kl. 07.02\n\nEn ferje med 300 passasjerer om bord tok fyr i natt mellom Stockholm og Turku.\n\n– Vi leter fortsatt etter savnede, sier redningsleder Per Olsen til NTB.\n\nforrige\n\nneste\n\n(NTB)\n',
  );
  return dir;
}

describe('tidende analyze', () => {
  it('prints a schema-valid report whose offsets slice the cleaned text', () => {
    const dirs = [writeCorpus(), ...(existsSync(join(root, 'examples')) ? [join(root, 'examples')] : [])];
    const run = tidende(['analyze', ...dirs, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    if (existsSync(schemaPath)) {
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
      expect(validate(report) ? [] : validate.errors).toEqual([]);
    } else {
      console.warn(`schema not found at ${schemaPath}: validation skipped (needs ../shared beside the repo)`);
    }
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    for (const mention of report.entities.flatMap((e) => e.mentions)) expect(byId.get(mention.article)?.text.slice(mention.start, mention.end)).toBe(mention.text);
    for (const item of [...report.quotes, ...report.figures]) expect(byId.get(item.article)?.text.slice(item.start, item.end)).toBe(item.text);
    for (const article of report.articles) {
      expect(article.text).not.toMatch(/Vis mere|Læs også|Del artikel|\/ritzau\/|^forrige$|^neste$|Publiceret|Publisert/m);
      expect(report.stories.find((s) => s.id === article.story)?.articles).toContain(article.id);
    }
    const storm = byId.get('dr-storm');
    expect(storm).toMatchObject({ title: 'Stormen Helga rammer Esbjerg', published: '2024-03-12T08:41', credits: ['Ritzau'], captions: ['Redningsfolk i Esbjerg. Foto: Jens Olsen'] });
    expect(byId.get('tv2-storm')?.story).toBe(storm?.story);
    const copied = report.reuse.find((r) => r.a === 'dr-storm' && r.b === 'tv2-storm');
    expect(copied?.share).toBeGreaterThan(0.5);
    for (const p of copied?.passages ?? []) expect(byId.get('dr-storm')?.text.slice(p.aStart, p.aEnd)).toMatch(/\S/);
    expect(byId.get('nrk-ferje')?.story).not.toBe(storm?.story);
  });

  it('prints a readable digest', () => {
    const run = tidende(['analyze', writeCorpus()]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^3 articles, 2 stories/);
    expect(run.stdout).toContain('■ ');
    expect(run.stdout).toContain('Ferje i brann i Østersjøen');
  });

  it('reads JSONL from stdin', () => {
    const run = tidende(['analyze', '-', '--format', 'json'], '{"id":"in1","title":"Fra stdin","text":"Regeringen fremlagde i dag sin plan."}\n');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Report).articles.map((a) => a.id)).toEqual(['in1']);
  });

  it('names each bad input on stderr, processes the rest and exits 1; exits 2 when nothing could be read', () => {
    const dir = writeCorpus();
    writeFileSync(join(dir, 'broken.jsonl'), '{"text": "god linje"}\n{oops\n');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    const run = tidende(['analyze', dir, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.jsonl:2: malformed JSON/);
    expect(run.stderr).toMatch(/image\.txt: binary file/);
    expect((JSON.parse(run.stdout) as Report).articles).toHaveLength(4);
    const none = tidende(['analyze', join(dir, 'image.txt'), join(dir, 'nowhere')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/nowhere: no such file or directory/);
  });
});

describe('tidende ingest, search, stories', () => {
  it('stores once, finds inflected forms, and prints the stored corpus as a report', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'tidende-db-')), 'news.db');
    const dir = writeCorpus();
    const first = tidende(['ingest', dir, '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/stored 3 article\(s\), 0 already stored/);
    expect(tidende(['ingest', dir, '--db', db]).stderr).toMatch(/stored 0 article\(s\), 3 already stored/);
    const search = tidende(['search', 'stormene', '--db', db, '--format', 'json']);
    expect(search.status).toBe(0);
    expect((JSON.parse(search.stdout) as { id: string }[]).map((h) => h.id).sort()).toEqual(['dr-storm', 'tv2-storm']);
    const stories = tidende(['stories', '--db', db, '--format', 'json']);
    const report = JSON.parse(stories.stdout) as Report;
    expect(report.articles).toHaveLength(3);
    expect(report.stories).toHaveLength(2);
    const one = JSON.parse(tidende(['stories', '--db', db, '--story', report.articles[0].story, '--format', 'json']).stdout) as Report;
    expect(one.stories).toHaveLength(1);
    expect(tidende(['stories', '--db', db, '--since', '2024-03-13', '--format', 'json']).stdout).toContain('nrk-ferje');
  });
});
