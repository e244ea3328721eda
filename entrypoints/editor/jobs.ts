import { runJobInWorker, type JobWatch } from '@/lib/drafts/job-client';
import type { JobRequest } from '@/lib/drafts/jobs';

const makeWorker = () => new Worker(new URL('./jobs-worker.ts', import.meta.url), { type: 'module' });

export const runJob = <R extends JobRequest>(request: R, watch?: JobWatch) => runJobInWorker(makeWorker, request, watch);
