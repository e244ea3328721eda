import { i18n } from '#i18n';
import { formatNumber, say } from '@/components/format';
import type { Said } from '@/lib/said';
import type { EditorSession } from '@/lib/drafts/editor/session';
import { DEFAULT_ORG_KEY, type RowPolicy } from '@/lib/drafts/types';
import { runJob, saveFile } from './jobs';

export type Message = { kind: 'ok' | 'error'; text: string; said?: Said };

const people = (n: number) => i18n.t('common.people', n, [formatNumber(n)]);

/** The draft page's downloads; each waits for pending saves so the file matches what the admin sees. */
export function draftJobs(session: EditorSession, policy: RowPolicy, onDownloaded: () => void) {
  const draftId = session.draftId;
  return {
    async downloadCsv(): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'export-csv', draftId, orgKey: DEFAULT_ORG_KEY, policy });
      if (!result.ok) return { kind: 'error', text: i18n.t('editor.csvFailed', { error: say(result.error, result.said) }) };
      saveFile(result.fileName, result.csv);
      onDownloaded();
      return { kind: 'ok', text: i18n.t('editor.csvDone', { file: result.fileName, people: people(result.people) }) };
    },
    async errorReport(): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'error-report', draftId, policy });
      if (!result.ok) return { kind: 'error', text: i18n.t('editor.reportFailed', { error: say(result.error, result.said) }) };
      saveFile(result.fileName, result.csv);
      return { kind: 'ok', text: i18n.t('editor.reportDone', result.lines, { file: result.fileName }) };
    },
    async exportJson(): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'export-json', draftId });
      if (!result.ok) return { kind: 'error', text: i18n.t('library.exportFailed', { error: say(result.error, result.said) }) };
      saveFile(result.fileName, result.json, 'application/json');
      return { kind: 'ok', text: i18n.t('library.exported', { file: result.fileName }) };
    },
  };
}
