import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SourceOrigin } from '../sources/source-table';
import {
  MAX_REMEMBERED,
  forgetMapping,
  recallMapping,
  rememberMapping,
  recallSheets,
  rememberSheet,
  rememberedMappings,
  sourceKey,
} from './remembered-mappings';

const FILE: SourceOrigin = { kind: 'file', fileName: 'people-2024-05.csv', signature: 'name|work email|title' };
const SAME_REPORT_NEXT_MONTH: SourceOrigin = { ...FILE, fileName: 'people-2024-06.csv' };
const PAGE: SourceOrigin = { kind: 'page', site: 'acme.bamboohr.com', title: 'Employees', signature: 'name|work email|title' };

describe('remembered mappings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keys files by their header signature, and pages by site and signature', () => {
    expect(sourceKey(FILE)).toBe(sourceKey(SAME_REPORT_NEXT_MONTH));
    expect(sourceKey(FILE)).not.toBe(sourceKey(PAGE));
    expect(sourceKey(PAGE)).not.toBe(sourceKey({ ...PAGE, site: 'other.bamboohr.com' }));
  });

  it('recalls a saved mapping for the next file of the same kind', async () => {
    const mapping = { first_name: { column: 0, part: 'given' as const }, last_name: { column: 0, part: 'family' as const }, email: 1 };
    await rememberMapping(FILE, mapping);
    expect(await recallMapping(SAME_REPORT_NEXT_MONTH, 3)).toEqual(mapping);
    expect(await recallMapping(PAGE, 3)).toBeUndefined();
  });

  it('ignores a saved mapping that reads columns the table does not have', async () => {
    await rememberMapping(FILE, { email: 5 });
    expect(await recallMapping(FILE, 3)).toBeUndefined();
  });

  it('drops malformed entries instead of failing', async () => {
    await rememberedMappings.setValue({ [sourceKey(FILE)]: { mapping: { email: 'x', first_name: 0 } as never, savedAt: 1 } });
    expect(await recallMapping(FILE, 3)).toEqual({ first_name: 0 });
  });

  it('forgets the oldest beyond the limit, and on request', async () => {
    for (let i = 0; i <= MAX_REMEMBERED; i++) {
      await rememberMapping({ ...FILE, signature: `sig ${i}` }, { email: 0 }, 1000 + i);
    }
    expect(Object.keys(await rememberedMappings.getValue())).toHaveLength(MAX_REMEMBERED);
    expect(await recallMapping({ ...FILE, signature: 'sig 0' }, 1)).toBeUndefined();
    expect(await recallMapping({ ...FILE, signature: `sig ${MAX_REMEMBERED}` }, 1)).toEqual({ email: 0 });
    await forgetMapping({ ...FILE, signature: `sig ${MAX_REMEMBERED}` });
    expect(await recallMapping({ ...FILE, signature: `sig ${MAX_REMEMBERED}` }, 1)).toBeUndefined();
  });

  it('remembers the sheet picked per workbook layout, across tabs, the newest pick winning', async () => {
    expect(await recallSheets()).toEqual({});
    await rememberSheet('People:name|email\nLeavers:name|email', 'Leavers', 1);
    await rememberSheet('Summary:\nStaff:name|mail', 'Staff', 2);
    await rememberSheet('People:name|email\nLeavers:name|email', 'People', 3);
    expect(await recallSheets()).toEqual({ 'People:name|email\nLeavers:name|email': 'People', 'Summary:\nStaff:name|mail': 'Staff' });
  });

  it('keeps at most MAX_REMEMBERED sheet picks, forgetting the oldest', async () => {
    for (let i = 0; i <= MAX_REMEMBERED; i++) await rememberSheet(`book ${i}`, 'Sheet1', i);
    const kept = await recallSheets();
    expect(Object.keys(kept)).toHaveLength(MAX_REMEMBERED);
    expect(kept['book 0']).toBeUndefined();
    expect(kept[`book ${MAX_REMEMBERED}`]).toBe('Sheet1');
  });
});
