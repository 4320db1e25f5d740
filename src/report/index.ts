// The report: building it from analysed articles, and printing it.
export { buildReport, type ReportInput } from './build-report.js';
export { formatText } from './format-text.js';
export type * from './types.js';
