import { describe, expect, it } from 'vitest';
import type { Change } from '../changes';
import { UndoHistory } from './history';

const change = (index: number): Change => ({ index, key: 'excluded', from: false, to: true });

describe('UndoHistory', () => {
  it('undoes and redoes steps in order, and a new step clears redo', () => {
    const history = new UndoHistory();
    history.record({ label: 'one', changes: [change(1)] });
    history.record({ label: 'two', changes: [change(2)] });
    const two = history.takeUndo()!;
    history.undone(two);
    expect(two.label).toBe('two');
    expect(history.nextRedo?.label).toBe('two');
    expect(history.nextUndo?.label).toBe('one');
    const redo = history.takeRedo()!;
    history.redone(redo);
    expect(history.nextUndo?.label).toBe('two');
    history.undone(history.takeUndo()!);
    history.record({ label: 'three', changes: [change(3)] });
    expect(history.nextRedo).toBeUndefined();
  });

  it('ignores empty steps and keeps only the newest steps past its limit', () => {
    const history = new UndoHistory(2);
    history.record({ label: 'empty', changes: [] });
    expect(history.nextUndo).toBeUndefined();
    ['a', 'b', 'c'].forEach((label, i) => history.record({ label, changes: [change(i)] }));
    expect(history.takeUndo()?.label).toBe('c');
    expect(history.takeUndo()?.label).toBe('b');
    expect(history.takeUndo()).toBeUndefined();
  });

  it('gives a step back when it could not be applied', () => {
    const history = new UndoHistory();
    history.record({ label: 'kept', changes: [change(1)] });
    const entry = history.takeUndo()!;
    history.restoreUndo(entry);
    expect(history.nextUndo?.label).toBe('kept');
    expect(history.nextRedo).toBeUndefined();
  });
});
