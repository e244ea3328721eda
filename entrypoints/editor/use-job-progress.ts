import { useRef, useState } from 'preact/hooks';
import type { JobProgressState } from '@/components/JobProgress';
import type { JobWatch } from '@/lib/drafts/job-client';

/** The progress bar and Cancel of one worker job at a time (the page is busy meanwhile). */
export function useJobProgress() {
  const [progress, setProgress] = useState<JobProgressState>();
  const running = useRef<AbortController | undefined>(undefined);
  /** Starts showing a job: pass what it returns to runJob. */
  const watch = (label: string, nearDownload = false): JobWatch => {
    const controller = new AbortController();
    running.current = controller;
    setProgress({ label, percent: 0, nearDownload });
    return {
      signal: controller.signal,
      onProgress: (percent) => running.current === controller && setProgress({ label, percent, nearDownload }),
    };
  };
  const done = () => {
    running.current = undefined;
    setProgress(undefined);
  };
  const cancel = () => running.current?.abort();
  return { progress, watch, done, cancel };
}
