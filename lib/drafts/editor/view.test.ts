import { describe, expect, it } from 'vitest';
import { editorDraft } from '../fixtures/editor-draft';
import { DraftModel } from './model';
import { DEFAULT_QUERY, buildView, sortKey, type ViewQuery } from './view';

async function checkedModel() {
  const model = new DraftModel(editorDraft());
  await model.checkPending();
  return model;
}

const indexes = (model: DraftModel, query: Partial<ViewQuery>) =>
  buildView(model, { ...DEFAULT_QUERY, ...query }).map((pos) => model.rowAt(pos).index);

describe('buildView', () => {
  it('filters all, errors, warnings, duplicates and excluded rows', async () => {
    const model = await checkedModel();
    expect(indexes(model, { filter: 'all' })).toEqual([0, 1, 2, 3, 4, 5]);
    expect(indexes(model, { filter: 'errors' })).toEqual([1, 5]);
    expect(indexes(model, { filter: 'warnings' })).toEqual([2, 3, 5]);
    expect(indexes(model, { filter: 'duplicates' })).toEqual([2, 3]);
    expect(indexes(model, { filter: 'excluded' })).toEqual([4]);
  });

  it('searches every field, ignoring case', async () => {
    const model = await checkedModel();
    expect(indexes(model, { search: 'LIMA' })).toEqual([2, 3]);
    expect(indexes(model, { search: 'masterclass' })).toEqual([0]);
    expect(indexes(model, { search: 'engineer', filter: 'errors' })).toEqual([1]);
    expect(indexes(model, { search: '  ' })).toHaveLength(6);
  });

  it('sorts by a column with numbers in order, accents folded, and row order for ties', async () => {
    const model = await checkedModel();
    expect(indexes(model, { sort: { key: 'job_title', direction: 'ascending' } })).toEqual([3, 4, 5, 2, 1, 0]);
    expect(indexes(model, { sort: { key: 'first_name', direction: 'descending' } })).toEqual([4, 1, 0, 2, 3, 5]);
    expect(indexes(model, { sort: { key: 'index', direction: 'descending' } })).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it('sorts by status, problems first', async () => {
    const model = await checkedModel();
    expect(indexes(model, { sort: { key: 'status', direction: 'ascending' } })).toEqual([1, 5, 2, 3, 0, 4]);
  });
});

describe('sortKey', () => {
  it('orders numbers by value and folds case and accents', () => {
    expect(sortKey('Engineer 2') < sortKey('engineer 10')).toBe(true);
    expect(sortKey('Émile')).toBe('emile');
    expect(sortKey(['a', 'b'])).toBe('a,b');
    expect(sortKey(true)).toBe('true');
  });
});
