/**
 * The table, then the ever wider parts of the page around it, nearest first; a shadow root the table sits
 * in counts as a part of its own, since a query from its host does not reach inside it.
 */
export function scopesAround(table: Element, levels = 6): ParentNode[] {
  const scopes: ParentNode[] = [table];
  let node: Node = table;
  for (let level = 0; level < levels; level++) {
    const parent = node.parentNode as (Node & { host?: Element }) | null;
    if (!parent || parent.nodeType === 9) break;
    if (parent.nodeType === 11) {
      if (!parent.host) break;
      scopes.push(parent as unknown as ParentNode);
      node = parent.host;
      scopes.push(node as Element);
    } else {
      node = parent;
      scopes.push(parent as Element);
    }
  }
  return scopes;
}
