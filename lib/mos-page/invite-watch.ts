import { readMemberList } from '../sources/mos-members/members';

export interface InviteWatch {
  stop(): void;
}

/**
 * After the admin presses the page's Import, the new people show up in the member list as
 * "Pending invitation". Reports each expected email once, as it appears, then stops by itself.
 */
export function watchForInvitations(
  doc: Document,
  expected: readonly string[],
  onSeen: (emails: string[]) => void,
  timeoutMs = 30 * 60_000,
): InviteWatch {
  const waiting = new Set(expected.map((e) => e.toLowerCase()));
  let scheduled = false;
  const check = () => {
    scheduled = false;
    const seen = readMemberList(doc)
      .filter((m) => waiting.has(m.email) && m.status !== 'inactive')
      .map((m) => m.email);
    if (seen.length === 0) return;
    for (const email of seen) waiting.delete(email);
    onSeen(seen);
    if (waiting.size === 0) stop();
  };
  const observer = new doc.defaultView!.MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(check, 250);
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(doc.body, { subtree: true, childList: true, characterData: true });
  check();
  return { stop };
}
