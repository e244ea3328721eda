import { i18n } from '#i18n';
import { formatNumber, say, saySentences } from '@/components/format';
import { saveTextFile } from '@/lib/browser/save-file';
import type { Said } from '@/lib/said';
import type { EditorSession } from '@/lib/drafts/editor/session';
import { DEFAULT_ORG_KEY, type RowPolicy } from '@/lib/drafts/types';
import { unlessCancelled, type JobWatch } from '@/lib/drafts/job-client';
import type { RosterDatabase } from '@/lib/drafts/db';
import { libraryActions } from '@/lib/drafts/library';
import { ROW_MESSAGES } from '@/lib/mos/row-wording';
import type { ReportWords } from '@/lib/out/summary';
import { runJob } from './jobs';

export type Message = { kind: 'ok' | 'error'; text: string; said?: Said };

const people = (n: number) => i18n.t('common.people', n, [formatNumber(n)]);

/** Cancel means no file: the worker is ended and nothing is saved. */
export const orCancelled = async (work: Promise<Message>): Promise<Message> =>
  (await unlessCancelled(work)) ?? { kind: 'ok', text: i18n.t('perf.exportCancelled') };

/** The draft as a JSON file, from the draft list or the draft page. */
export async function exportDraftJson(draftId: string, watch?: JobWatch): Promise<Message> {
  const result = await runJob({ type: 'export-json', draftId }, watch);
  if (!result.ok) return { kind: 'error', text: i18n.t('library.exportFailed', { error: say(result.error, result.said) }) };
  saveTextFile(result.fileName, result.json, 'application/json');
  return { kind: 'ok', text: i18n.t('library.exported', { file: result.fileName }) };
}

/** A draft file read back as a new draft; Cancel keeps nothing of it. */
export async function importDraftJson(db: RosterDatabase, file: File, policy: RowPolicy, watch?: JobWatch): Promise<Message> {
  const draftId = crypto.randomUUID();
  const text = await file.text();
  const job = runJob({ type: 'import-json', text, fileName: file.name, policy, draftId }, watch);
  // The worker is ended; this removes the draft in case it was saved just as Cancel was pressed.
  const result = await unlessCancelled(job, () => libraryActions.remove(db, draftId));
  if (!result) return { kind: 'ok', text: i18n.t('perf.cancelled') };
  if (!result.ok) return { kind: 'error', text: result.sentences ? saySentences(result.error, result.sentences) : say(result.error, result.said) };
  return { kind: 'ok', text: i18n.t('library.imported', { name: result.name, rows: i18n.t('common.rows', result.rows, [formatNumber(result.rows)]) }) };
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
      saveTextFile(result.fileName, result.csv);
      onDownloaded();
      return { kind: 'ok', text: i18n.t('editor.csvDone', { file: result.fileName, people: people(result.people) }) };
    },
    async errorReport(watch?: JobWatch): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'error-report', draftId, policy, words: reportWords() }, watch);
      if (!result.ok) return { kind: 'error', text: i18n.t('editor.reportFailed', { error: say(result.error, result.said) }) };
      saveTextFile(result.fileName, result.csv);
      return { kind: 'ok', text: i18n.t('editor.reportDone', result.lines, { file: result.fileName }) };
    },
    async exportJson(watch?: JobWatch): Promise<Message> {
      await session.whenIdle();
      return exportDraftJson(draftId, watch);
    },
  };
  return {
    downloadCsv: (watch?: JobWatch) => orCancelled(jobs.downloadCsv(watch)),
    errorReport: (watch?: JobWatch) => orCancelled(jobs.errorReport(watch)),
    exportJson: (watch?: JobWatch) => orCancelled(jobs.exportJson(watch)),
  };
}
