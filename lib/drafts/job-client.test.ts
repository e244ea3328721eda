import { describe, expect, it } from 'vitest';
import { readJobResponse, runJobInWorker } from './job-client';

class FakeWorker {
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly answer: (request: unknown) => { data?: unknown; error?: string }) {}
  postMessage(request: unknown) {
    const { data, error } = this.answer(request);
    queueMicrotask(() => {
      if (error !== undefined) this.onerror?.({ message: error } as ErrorEvent);
      else this.onmessage?.({ data } as MessageEvent<unknown>);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('job client', () => {
  it('passes on a well-formed answer and ends the worker', async () => {
    const worker = new FakeWorker(() => ({ data: { ok: true, json: '{}', fileName: 'x.json' } }));
    const result = await runJobInWorker(() => worker as unknown as Worker, { type: 'export-json', draftId: 'd' });
    expect(result).toEqual({ ok: true, json: '{}', fileName: 'x.json' });
    expect(worker.terminated).toBe(true);
  });

  it('turns a malformed answer or a crashed worker into a clear error', async () => {
    expect(readJobResponse('export-json', { ok: true, json: 5 })).toEqual({
      ok: false,
      error: 'The background job sent back something unexpected. Please try again.',
      said: { key: 'said.jobs.unexpected' },
    });
    expect(readJobResponse('export-json', { ok: false, error: 'Draft gone' })).toEqual({ ok: false, error: 'Draft gone' });
    const crashed = new FakeWorker(() => ({ error: 'out of memory' }));
    expect(await runJobInWorker(() => crashed as unknown as Worker, { type: 'export-json', draftId: 'd' })).toEqual({
      ok: false,
      error: 'The background job failed: out of memory. Please try again.',
      said: { key: 'said.jobs.workerFailedBecause', subs: { reason: 'out of memory' } },
    });
  });
});
