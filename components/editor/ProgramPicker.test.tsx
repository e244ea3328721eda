// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ProgramPicker } from './ProgramPicker';

function box(root: HTMLElement, slug: string): HTMLInputElement {
  return root.querySelector(`[data-slug="${slug}"] input`) as HTMLInputElement;
}

describe('ProgramPicker', () => {
  it('shows a program some selected rows have as mixed, leaves it alone unless changed, and emits slugs', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onApply = vi.fn();
    await act(() =>
      render(
        <ProgramPicker
          title="Programs for 3 rows"
          counts={new Map([['meddpicc-masterclass', 3], ['Meddicc-go-live-plan', 1]])}
          total={3}
          unknown={['basket weaving']}
          onApply={onApply}
          onCancel={() => undefined}
        />,
        root,
      ),
    );
    expect(box(root, 'meddpicc-masterclass').checked).toBe(true);
    expect(box(root, 'Meddicc-go-live-plan').indeterminate).toBe(true);
    expect(root.textContent).toContain('1 of 3 have it; left as it is');
    expect(root.textContent).toContain('Not mOS programs, removed when you apply: “basket weaving”');

    // Mixed → all → none → back to mixed; a plain one just flips.
    const goLive = box(root, 'Meddicc-go-live-plan');
    await act(() => goLive.click());
    expect(goLive.checked).toBe(true);
    await act(() => goLive.click());
    expect(goLive.checked).toBe(false);
    expect(goLive.indeterminate).toBe(false);
    await act(() => goLive.click());
    expect(goLive.indeterminate).toBe(true);
    await act(() => box(root, 'value-pyramid-program').click());

    await act(() => (root.querySelector('[data-testid=apply-programs]') as HTMLButtonElement).click());
    const choices = onApply.mock.calls[0]![0] as Map<string, string>;
    expect(Object.fromEntries(choices)).toEqual({
      'meddpicc-leadership-and-enablement-toolkit': 'remove',
      'meddpicc-leadership-and-enablement-program': 'remove',
      'meddicc-value-program': 'remove',
      'meddpicc-masterclass': 'add',
      'Meddicc-go-live-plan': 'leave',
      'value-pyramid-program': 'add',
    });
    render(null, root);
  });
});
