import { z } from 'zod';
import type { JobRequest, JobResponse } from './jobs';
import { sayJob } from './job-messages';

const summarySchema = z.object({
  rows: z.number(),
  excluded: z.number(),
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
const failureSchema = z.object({ ok: z.literal(false), error: z.string(), said: saidSchema.optional() });

/** Checks what the worker sent back, as every message crossing a boundary is checked. */
export function readJobResponse<T extends JobRequest['type']>(type: T, data: unknown): JobResponse<T> {
  const failure = failureSchema.safeParse(data);
  if (failure.success) return failure.data as JobResponse<T>;
  const ok = okSchemas[type].safeParse(data);
  if (ok.success && (data as { ok?: unknown }).ok === true) return { ok: true, ...ok.data } as unknown as JobResponse<T>;
  const { text, said } = sayJob('unexpected');
  return { ok: false, error: text, said } as JobResponse<T>;
}

/** Runs one job in a fresh worker and ends the worker when it answers. */
export function runJobInWorker<R extends JobRequest>(makeWorker: () => Worker, request: R): Promise<JobResponse<R['type']>> {
  return new Promise((resolve) => {
    const worker = makeWorker();
    worker.onmessage = (event: MessageEvent<unknown>) => {
      worker.terminate();
      resolve(readJobResponse(request.type, event.data));
    };
    worker.onerror = (event) => {
      worker.terminate();
      const { text, said } = event.message ? sayJob('workerFailedBecause', { reason: event.message }) : sayJob('workerFailed');
      resolve({ ok: false, error: text, said } as JobResponse<R['type']>);
    };
    worker.postMessage(request);
  });
}
