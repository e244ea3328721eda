import { i18n } from '#i18n';
import { formatNumber, say } from '@/components/format';
import type { Said } from '@/lib/said';
import type { EditorSession } from '@/lib/drafts/editor/session';
import { DEFAULT_ORG_KEY, type RowPolicy } from '@/lib/drafts/types';
import { JobCancelled, type JobWatch } from '@/lib/drafts/job-client';
import { ROW_MESSAGES } from '@/lib/mos/row-wording';
import type { ReportWords } from '@/lib/drafts/summary';
import { runJob, saveFile } from './jobs';

export type Message = { kind: 'ok' | 'error'; text: string; said?: Said };

const people = (n: number) => i18n.t('common.people', n, [formatNumber(n)]);

/** Cancel means no file: the worker is ended and nothing is saved. */
async function unlessCancelled(work: () => Promise<Message>): Promise<Message> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof JobCancelled) return { kind: 'ok', text: i18n.t('perf.exportCancelled') };
    throw error;
  }
}

type Untranslated = (key: string) => string;

/** The error report's words in the UI's language: the worker that writes it cannot read them itself. */
function reportWords(): ReportWords {
  const template = i18n.t as unknown as Untranslated;
  return {
    header: [i18n.t('editor.errorReport.row'), i18n.t('editor.errorReport.column'), i18n.t('editor.errorReport.message')],
    checks: Object.fromEntries(Object.keys(ROW_MESSAGES).map((key) => [key, template(`editor.checks.${key}`)])),
    fileWord: i18n.t('editor.errorReport.fileWord'),
  };
}

/**
 * The draft page's downloads; each waits for pending saves so the file matches what the admin sees.
 * `watch` carries the progress bar and the Cancel of the page.
 */
export function draftJobs(session: EditorSession, policy: RowPolicy, onDownloaded: () => void) {
  const draftId = session.draftId;
  const jobs = {
    async downloadCsv(watch?: JobWatch): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'export-csv', draftId, orgKey: DEFAULT_ORG_KEY, policy }, watch);
      if (!result.ok) return { kind: 'error', text: i18n.t('editor.csvFailed', { error: say(result.error, result.said) }) };
      saveFile(result.fileName, result.csv);
      onDownloaded();
      return { kind: 'ok', text: i18n.t('editor.csvDone', { file: result.fileName, people: people(result.people) }) };
    },
    async errorReport(watch?: JobWatch): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'error-report', draftId, policy, words: reportWords() }, watch);
      if (!result.ok) return { kind: 'error', text: i18n.t('editor.reportFailed', { error: say(result.error, result.said) }) };
      saveFile(result.fileName, result.csv);
      return { kind: 'ok', text: i18n.t('editor.reportDone', result.lines, { file: result.fileName }) };
    },
    async exportJson(watch?: JobWatch): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'export-json', draftId }, watch);
      if (!result.ok) return { kind: 'error', text: i18n.t('library.exportFailed', { error: say(result.error, result.said) }) };
      saveFile(result.fileName, result.json, 'application/json');
      return { kind: 'ok', text: i18n.t('library.exported', { file: result.fileName }) };
    },
  };
  return {
    downloadCsv: (watch?: JobWatch) => unlessCancelled(() => jobs.downloadCsv(watch)),
    errorReport: (watch?: JobWatch) => unlessCancelled(() => jobs.errorReport(watch)),
    exportJson: (watch?: JobWatch) => unlessCancelled(() => jobs.exportJson(watch)),
  };
}
