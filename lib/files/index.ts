export * from './read-file';
export { describeEncoding } from './decode';
export { describeDelimiter } from './delimited';
export type { SheetSummary } from './workbook';
