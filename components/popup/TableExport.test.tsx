// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { CandidateSummary, ExportState } from '@/lib/messages';
import { TableExport } from './TableExport';

const table = (index: number): CandidateSummary => ({ index, kind: 'table', label: `Table ${index}`, headers: ['Name'], rowCount: 2, signature: `s${index}` });

async function shown(props: Partial<Parameters<typeof TableExport>[0]>) {
  const root = document.createElement('div');
  document.body.append(root);
  const handlers = { onPick: vi.fn(), onExport: vi.fn(), onStop: vi.fn(), onResume: vi.fn(), onKeep: vi.fn() };
  await act(() => render(<TableExport picked={0} {...handlers} {...props} />, root));
  return { root, ...handlers };
}

describe('TableExport', () => {
  it('says when the list of tables is cut, and from how many', async () => {
    const tables = Array.from({ length: 200 }, (_, i) => table(i));
    const { root } = await shown({ page: { site: 'hr.example.com', title: 'People', tables, found: 3001 } });
    expect(root.querySelector('[data-testid=tables-capped]')?.textContent).toBe('Showing the 200 most employee-like of 3,001 tables.');
    const { root: all } = await shown({ page: { site: 'hr.example.com', title: 'People', tables: [table(0)] } });
    expect(all.querySelector('[data-testid=tables-capped]')).toBeNull();
  });

  it('keeps Export in the footer, outside the scroll area, however many tables are listed', async () => {
    const tables = Array.from({ length: 200 }, (_, i) => table(i));
    const { root, onExport } = await shown({ page: { site: 'hr.example.com', title: 'People', tables } });
    const button = root.querySelector<HTMLButtonElement>('[data-testid=export-table]')!;
    expect(button.closest('.popup-footer')).not.toBeNull();
    expect(button.closest('.popup-scroll')).toBeNull();
    expect(root.querySelectorAll('.popup-scroll [data-testid=table-candidate]').length).toBeGreaterThan(0);
    await act(() => button.click());
    expect(onExport).toHaveBeenCalledOnce();
  });

  it('shows where an interrupted export stopped, with Resume and Keep what was read', async () => {
    const state: ExportState = { type: 'export/state', tabId: 3, phase: 'interrupted', rows: 40, page: 2, message: 'Export stopped after 40 rows on page 2.' };
    const { root, onResume, onKeep } = await shown({ state });
    const notice = root.querySelector('[data-testid=export-interrupted]')!;
    expect(notice.textContent).toContain('Export stopped after 40 rows on page 2.');
    await act(() => (root.querySelector('[data-testid=export-resume]') as HTMLButtonElement).click());
    expect(onResume).toHaveBeenCalledOnce();
    await act(() => (root.querySelector('[data-testid=export-keep]') as HTMLButtonElement).click());
    expect(onKeep).toHaveBeenCalledOnce();
    expect(root.querySelector('[data-testid=export-table]')).toBeNull();
  });
});
