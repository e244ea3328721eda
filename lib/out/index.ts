// What leaves Roster Sync: the mOS CSV of a draft, written to mOS's template or to the page's own, and the
// summaries and report of who goes and who cannot.
export * from './produce-csv';
export * from './summary';
export { MOS_SAMPLE_CSV, MOS_SAMPLE_ROWS, neutraliseFormula, toMosCsv } from './csv';
export { describeTemplateFit, fitToPageTemplate, type TemplateFit } from './page-template';
