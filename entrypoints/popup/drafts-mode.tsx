import { useEffect, useState } from 'preact/hooks';
import { ElsewhereMode, type DraftLine, type ElsewhereModeProps } from '@/components/popup/ElsewhereMode';
import { listDrafts, openRosterDb } from '@/lib/drafts';
import { editorUrl } from './tab';

/** Away from HR and mOS pages: the drafts list and the way to the editor. */
export function DraftsMode({ reason }: Pick<ElsewhereModeProps, 'reason'>) {
  const [drafts, setDrafts] = useState<DraftLine[]>();
  useEffect(() => {
    openRosterDb()
      .then(listDrafts)
      .then(setDrafts)
      .catch(() => setDrafts([]));
  }, []);
  return <ElsewhereMode reason={reason} drafts={drafts} editorUrl={editorUrl} />;
}
