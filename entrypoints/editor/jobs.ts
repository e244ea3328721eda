import { runJobInWorker, type JobWatch } from '@/lib/drafts/job-client';
import type { JobRequest } from '@/lib/drafts/jobs';

const makeWorker = () => new Worker(new URL('./jobs-worker.ts', import.meta.url), { type: 'module' });

export const runJob = <R extends JobRequest>(request: R, watch?: JobWatch) => runJobInWorker(makeWorker, request, watch);

/** Hands text to the browser as a file download. */
export function saveFile(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
