import { useEffect, useRef, useState } from 'preact/hooks';
import type { JobResults } from '@/lib/drafts/jobs';
import { DEFAULT_ORG_KEY, type RowPolicy } from '@/lib/drafts/types';
import { runJob } from './jobs';

const SETTLE_MS = 300;

/**
 * What the file would hold, worked out in the worker from the saved draft by the same planImport the
 * download uses; refreshed a moment after the admin stops changing things.
 */
export function useExportSummary(draftId: string, refreshKey: string | undefined, saving: boolean, policy: RowPolicy | undefined) {
  const [summary, setSummary] = useState<JobResults['summary']>();
  const [updating, setUpdating] = useState(true);
  const latest = useRef(0);
  useEffect(() => {
    if (refreshKey === undefined || saving || !policy) return;
    setUpdating(true);
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      void runJob({ type: 'summary', draftId, orgKey: DEFAULT_ORG_KEY, policy }).then((result) => {
        if (ticket !== latest.current) return;
        setUpdating(false);
        if (result.ok) setSummary({ summary: result.summary, ids: result.ids });
      });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draftId, refreshKey, saving, policy?.opportunityLicenses, policy?.leaveOut?.join()]);
  return { summary, updating };
}
