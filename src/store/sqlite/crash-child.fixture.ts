// Test fixture: ingests articles into the store at argv[2] until it is killed.
import { newArticle } from '../../doc/model.js';
import { defaultPipeline } from '../../nlp/default-pipeline.js';
import { SqliteStore } from './sqlite-store.js';

const store = new SqliteStore(process.argv[2]);
const pipeline = defaultPipeline();
for (let i = 0; ; i++) {
  const text = `Artikel nummer ${i} om stormen i Esbjerg. ${'Redningsfolk arbejder hele natten i byen. '.repeat(40)}`;
  const raw = { id: `crash-${i}`, source: 'crash', outlet: null, title: `Overskrift ${i}`, published: null, lang: 'da', url: null, body: { kind: 'text' as const, text } };
  store.ingest(pipeline.run(newArticle(raw, text)));
  if (i === 20) process.stdout.write('ready\n');
}
