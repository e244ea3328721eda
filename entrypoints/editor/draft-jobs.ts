import type { EditorSession } from '@/lib/drafts/editor/session';
import { DEFAULT_ORG_KEY, type RowPolicy } from '@/lib/drafts/types';
import { runJob, saveFile } from './jobs';

export type Message = { kind: 'ok' | 'error'; text: string };

const people = (n: number) => (n === 1 ? '1 person' : `${n.toLocaleString('en-GB')} people`);

/** The draft page's downloads; each waits for pending saves so the file matches what the admin sees. */
export function draftJobs(session: EditorSession, policy: RowPolicy, onDownloaded: () => void) {
  const draftId = session.draftId;
  return {
    async downloadCsv(): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'export-csv', draftId, orgKey: DEFAULT_ORG_KEY, policy });
      if (!result.ok) return { kind: 'error', text: `The file could not be made: ${result.error}` };
      saveFile(result.fileName, result.csv);
      onDownloaded();
      return { kind: 'ok', text: `Downloaded ${result.fileName} with ${people(result.people)}.` };
    },
    async errorReport(): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'error-report', draftId, policy });
      if (!result.ok) return { kind: 'error', text: `The report could not be made: ${result.error}` };
      saveFile(result.fileName, result.csv);
      return { kind: 'ok', text: `Downloaded ${result.fileName}: ${result.lines === 1 ? '1 problem' : `${result.lines} problems`} to fix.` };
    },
    async exportJson(): Promise<Message> {
      await session.whenIdle();
      const result = await runJob({ type: 'export-json', draftId });
      if (!result.ok) return { kind: 'error', text: `The draft could not be exported: ${result.error}` };
      saveFile(result.fileName, result.json, 'application/json');
      return { kind: 'ok', text: `Exported ${result.fileName}. It holds colleagues’ personal data: keep it safe.` };
    },
  };
}
