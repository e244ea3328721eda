import { describe, expect, it } from 'vitest';
import { JobCancelled, readJobResponse, runJobInWorker, unlessCancelled } from './job-client';

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

  it('passes progress on as it comes, then the answer', async () => {
    const worker = new FakeWorker(() => ({ data: { ok: true, json: '{}', fileName: 'x.json' } }));
    const seen: number[] = [];
    const pending = runJobInWorker(() => worker as unknown as Worker, { type: 'export-json', draftId: 'd' }, { onProgress: (p) => seen.push(p) });
    worker.onmessage?.({ data: { progress: 40 } } as MessageEvent<unknown>);
    worker.onmessage?.({ data: { progress: 90 } } as MessageEvent<unknown>);
    expect(await pending).toEqual({ ok: true, json: '{}', fileName: 'x.json' });
    expect(seen).toEqual([40, 90]);
  });

  it('on Cancel ends the worker at once and drops its late answer', async () => {
    let answer: ((e: MessageEvent<unknown>) => void) | null = null;
    const worker = new FakeWorker(() => ({}));
    worker.postMessage = () => {
      answer = worker.onmessage;
    };
    const controller = new AbortController();
    const seen: number[] = [];
    const pending = runJobInWorker(() => worker as unknown as Worker, { type: 'export-json', draftId: 'd' }, { signal: controller.signal, onProgress: (p) => seen.push(p) });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(JobCancelled);
    expect(worker.terminated).toBe(true);
    answer!({ data: { progress: 50 } } as MessageEvent<unknown>);
    answer!({ data: { ok: true, json: '{}', fileName: 'x.json' } } as MessageEvent<unknown>);
    expect(seen).toEqual([]);
  });

  it('starts no worker for a job cancelled before it began', async () => {
    const controller = new AbortController();
    controller.abort();
    let made = 0;
    const pending = runJobInWorker(() => (made++, new FakeWorker(() => ({})) as unknown as Worker), { type: 'export-json', draftId: 'd' }, { signal: controller.signal });
    await expect(pending).rejects.toBeInstanceOf(JobCancelled);
    expect(made).toBe(0);
  });
});

describe('unlessCancelled', () => {
  it('gives the answer of a job that ends, and undefined for a cancelled one after undoing its work', async () => {
    const undone: string[] = [];
    const undo = async () => void undone.push('draft removed');
    expect(await unlessCancelled(Promise.resolve(7), undo)).toBe(7);
    expect(undone).toEqual([]);
    expect(await unlessCancelled(Promise.reject(new JobCancelled()), undo)).toBeUndefined();
    expect(undone).toEqual(['draft removed']);
  });

  it('lets any other failure through, undoing nothing', async () => {
    const undone: string[] = [];
    await expect(unlessCancelled(Promise.reject(new Error('disk full')), async () => void undone.push('x'))).rejects.toThrow('disk full');
    expect(undone).toEqual([]);
  });
});
