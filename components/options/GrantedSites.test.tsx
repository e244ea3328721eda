// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { GrantedSites, type GrantedSitesText } from './GrantedSites';

const text: GrantedSitesText = {
  empty: 'None yet.',
  remove: 'Remove',
  removeLabel: (site) => `Remove ${site}`,
  address: 'Address',
  grant: 'Allow',
  placeholder: 'https://example.com',
};

async function shown(props: Partial<Parameters<typeof GrantedSites>[0]>) {
  const root = document.createElement('div');
  document.body.append(root);
  const handlers = { onGrant: vi.fn(async () => undefined as string | undefined), onRevoke: vi.fn(async () => undefined) };
  await act(() => render(<GrantedSites kind="site" patterns={[]} text={text} {...handlers} {...props} />, root));
  return { root, ...handlers };
}

async function submit(root: HTMLElement, address: string) {
  const input = root.querySelector<HTMLInputElement>('[data-testid=site-input]')!;
  input.value = address;
  await act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('GrantedSites', () => {
  it('says when nothing is granted, and lists each granted site with its own Remove', async () => {
    expect((await shown({})).root.querySelector('[data-testid=site-empty]')?.textContent).toBe('None yet.');
    const { root, onRevoke } = await shown({ patterns: ['https://hr.example.com/*'] });
    const remove = root.querySelector<HTMLButtonElement>('[data-testid=site-list] button')!;
    expect(remove.getAttribute('aria-label')).toMatch(/^Remove .*hr\.example\.com/);
    await act(() => remove.click());
    expect(onRevoke).toHaveBeenCalledWith('https://hr.example.com/*');
  });

  it('grants the typed address, clears it on success and shows the problem otherwise', async () => {
    const { root, onGrant } = await shown({});
    await submit(root, 'hr.example.com');
    expect(onGrant).toHaveBeenCalledWith('hr.example.com');
    expect(root.querySelector<HTMLInputElement>('[data-testid=site-input]')!.value).toBe('');
    onGrant.mockResolvedValueOnce('That is not a web address.');
    await submit(root, 'nonsense');
    expect(root.textContent).toContain('That is not a web address.');
  });
});
