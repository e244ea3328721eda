import type { Page } from 'playwright-core';

/** The employees as the demo HR page shows them, read straight from its table cells. */
export async function employeesOnPage(page: Page) {
  return page.$$eval('table', (tables) => {
    const table = tables.find((t) => /email/i.test(t.tHead?.textContent ?? ''))!;
    const headers = Array.from(table.tHead!.rows[0]!.cells, (c) => c.textContent!.trim());
    const col = (name: string) => headers.indexOf(name);
    return Array.from(table.tBodies[0]!.rows, (row) => {
      const cell = (name: string) => row.cells[col(name)]!.textContent!.trim();
      const status = col('Status') >= 0 ? cell('Status') : '';
      return { first: cell('First Name'), last: cell('Last Name'), email: cell('Email'), title: cell('Job Title'), status };
    });
  });
}

export interface AccessibleButton {
  disabled: boolean;
  /** The middle of the button on the page, for a real click with the mouse. */
  x: number;
  y: number;
}

/**
 * A button as assistive technology and the mouse find it, even inside a closed shadow root that no page
 * script (and no selector) can enter: read from the browser's accessibility tree.
 */
export async function accessibleButton(page: Page, name: string): Promise<AccessibleButton | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value?: string }; name?: { value?: string }; properties?: Array<{ name: string; value: { value?: unknown } }>; backendDOMNodeId?: number }>;
    };
    const node = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name && n.backendDOMNodeId !== undefined);
    if (!node) return undefined;
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
    const [x1, y1, , , x3, y3] = model.content as number[];
    return {
      disabled: node.properties?.some((p) => p.name === 'disabled' && p.value.value === true) ?? false,
      x: (x1! + x3!) / 2,
      y: (y1! + y3!) / 2,
    };
  } finally {
    await cdp.detach();
  }
}
