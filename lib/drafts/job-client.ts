import { z } from 'zod';
import type { JobRequest, JobResponse } from './jobs';
import { sayJob } from './job-wording';

const summarySchema = z.object({
  rows: z.number(),
  excluded: z.number(),
  leftOutByKind: z.partialRecord(z.enum(['left', 'guest', 'notPerson', 'noWorkEmail', 'repeat', 'chosen']), z.number()),
  cannotGo: z.number(),
  toImport: z.number(),
  invalid: z.number(),
  duplicates: z.number(),
  alreadyMembers: z.number(),
  enableSeats: z.number(),
  opportunitySeats: z.number(),
  perProgram: z.array(z.object({ slug: z.string(), name: z.string(), people: z.number() })),
});

const okSchemas = {
  summary: z.object({
    summary: summarySchema,
    ids: z.object({ keeping: z.number(), fresh: z.number(), firstNew: z.string().optional(), lastNew: z.string().optional() }),
  }),
  'export-csv': z.object({ csv: z.string(), fileName: z.string(), people: z.number(), summary: summarySchema }),
  'error-report': z.object({ csv: z.string(), fileName: z.string(), lines: z.number() }),
  'export-json': z.object({ json: z.string(), fileName: z.string() }),
  count: z.object({ errorCount: z.number(), excludedCount: z.number(), stored: z.boolean() }),
  'import-json': z.object({ draftId: z.string(), name: z.string(), rows: z.number() }),
} as const;

const saidSchema = z.object({ key: z.string().max(200), subs: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
const failureSchema = z.object({ ok: z.literal(false), error: z.string(), said: saidSchema.optional(), sentences: z.array(saidSchema).max(10).optional() });

/** Checks what the worker sent back, as every message crossing a boundary is checked. */
export function readJobResponse<T extends JobRequest['type']>(type: T, data: unknown): JobResponse<T> {
  const failure = failureSchema.safeParse(data);
  if (failure.success) return failure.data as JobResponse<T>;
  const ok = okSchemas[type].safeParse(data);
  if (ok.success && (data as { ok?: unknown }).ok === true) return { ok: true, ...ok.data } as unknown as JobResponse<T>;
  const { text, said } = sayJob('unexpected');
  return { ok: false, error: text, said } as JobResponse<T>;
}

const progressSchema = z.object({ progress: z.number().min(0).max(100) });

/** The admin pressed Cancel: the worker is ended and its answer, if any, is dropped. */
export class JobCancelled extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelled';
  }
}

export interface JobWatch {
  /** How far the job is, 0–100, as the worker reports it. */
  onProgress?(percent: number): void;
  /** Aborting ends the worker and rejects with JobCancelled. */
  signal?: AbortSignal;
}

/** Runs one job in a fresh worker and ends the worker when it answers or is cancelled. */
export function runJobInWorker<R extends JobRequest>(
  makeWorker: () => Worker,
  request: R,
  { onProgress, signal }: JobWatch = {},
): Promise<JobResponse<R['type']>> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new JobCancelled());
    const worker = makeWorker();
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      settle();
    };
    const cancel = () => finish(() => reject(new JobCancelled()));
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const progress = progressSchema.safeParse(event.data);
      if (progress.success) {
        if (!settled) onProgress?.(progress.data.progress);
        return;
      }
      finish(() => resolve(readJobResponse(request.type, event.data)));
    };
    worker.onerror = (event) => {
      const { text, said } = event.message ? sayJob('workerFailedBecause', { reason: event.message }) : sayJob('workerFailed');
      finish(() => resolve({ ok: false, error: text, said } as JobResponse<R['type']>));
    };
    worker.postMessage(request);
  });
}

/**
 * A job's answer, or undefined when the admin cancelled it; any other failure goes on. `onCancel` undoes
 * what the ended worker may have saved just as Cancel was pressed (a draft it imported).
 */
export async function unlessCancelled<T>(job: Promise<T>, onCancel: () => Promise<unknown> = async () => undefined): Promise<T | undefined> {
  try {
    return await job;
  } catch (error) {
    if (!(error instanceof JobCancelled)) throw error;
    await onCancel();
    return undefined;
  }
}
