import { describe, expect, it, vi } from 'vitest';
import { runtimeIsGone, takeOverFrom, type CopyRegistry } from './single-copy';

describe('takeOverFrom', () => {
  it('stops the older copy and records the newer one', () => {
    const world: CopyRegistry = {};
    const key = Symbol('copy');
    const older = { stop: vi.fn() };
    const newer = { stop: vi.fn() };
    takeOverFrom(world, key, older);
    expect(older.stop).not.toHaveBeenCalled();
    takeOverFrom(world, key, newer);
    expect(older.stop).toHaveBeenCalledOnce();
    expect(newer.stop).not.toHaveBeenCalled();
    expect(world[key]).toBe(newer);
  });

  it('does not stop a copy that registers itself twice', () => {
    const world: CopyRegistry = {};
    const key = Symbol('copy');
    const copy = { stop: vi.fn() };
    takeOverFrom(world, key, copy);
    takeOverFrom(world, key, copy);
    expect(copy.stop).not.toHaveBeenCalled();
  });
});

describe('runtimeIsGone', () => {
  it('is true only when the extension runtime has no id any more', () => {
    expect(runtimeIsGone({ id: 'abcdef' })).toBe(false);
    expect(runtimeIsGone({})).toBe(true);
    expect(runtimeIsGone(undefined)).toBe(true);
    const throwing = Object.defineProperty({}, 'id', { get: () => { throw new Error('Extension context invalidated.'); } });
    expect(runtimeIsGone(throwing)).toBe(true);
  });
});
