import { describe, expect, it } from 'vitest';
import { describeStorageFailure } from './storage-errors';

describe('describeStorageFailure', () => {
  it('recognises a full disk or quota, directly or as the cause of an aborted transaction', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(describeStorageFailure(quota).kind).toBe('quota');
    const aborted = Object.assign(new DOMException('aborted', 'AbortError'), { cause: quota });
    expect(describeStorageFailure(aborted).kind).toBe('quota');
    expect(describeStorageFailure({ name: 'AbortError', error: quota }).kind).toBe('quota');
    expect(describeStorageFailure(quota).message).toContain('Everything saved before it is safe.');
  });

  it('asks for a reload when the database was closed for an update', () => {
    const failure = describeStorageFailure(new DOMException('closing', 'InvalidStateError'));
    expect(failure).toMatchObject({ kind: 'closed' });
    expect(failure.message).toContain('Reload this page');
  });

  it('names anything else, still saying what was kept', () => {
    expect(describeStorageFailure(new Error('boom')).message).toBe(
      'This change could not be saved (Error: boom). Everything saved before it is safe.',
    );
    expect(describeStorageFailure(new DOMException('x', 'AbortError')).message).toContain('stopped this save');
  });
});
