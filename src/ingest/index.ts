// Readers: everything that turns input into raw articles.
export { readSources, parseJsonlLines, sniffFormat, type ReadEvent } from './read-files.js';
export { InputError, type InputErrorCode } from './errors.js';
export { readWarc, readWarcRecords, WARC_FILE, type WarcRecord } from './read-warc.js';
