export * from './read-file';
export * from './describe';
export * from './import-file';
export { describeEncoding } from './decode';
export { describeDelimiter } from './delimited';
export type { SheetSummary } from './workbook';
