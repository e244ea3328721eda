import { z } from 'zod';

/** Extension pages, their workers and the background talk about drafts on this channel (same origin only). */
export const DRAFTS_CHANNEL = 'roster-sync-drafts';

const id = z.string().min(1).max(64);
const MAX_ROWS = 2_000_000;

export const draftEventSchema = z.discriminatedUnion('type', [
  /** Rows saved by one tab; others reload them if they hold an older revision. */
  z.object({
    type: z.literal('rows'),
    from: id,
    draftId: id,
    indexes: z.array(z.number().int().nonnegative()).max(MAX_ROWS),
    revs: z.array(z.number().int().nonnegative()).max(MAX_ROWS),
    revision: z.number().int().nonnegative(),
  }),
  /** The draft's own fields changed (name, mapping, defaults). */
  z.object({ type: z.literal('meta'), from: id, draftId: id, revision: z.number().int().nonnegative() }),
  /** Drafts were created, copied, imported or deleted: lists should refresh. */
  z.object({ type: z.literal('list'), from: id, deleted: z.array(id).max(100_000) }),
  /** Presence: a tab opened a draft, answers that it has it open too, or leaves. */
  z.object({ type: z.literal('hello'), from: id, draftId: id }),
  z.object({ type: z.literal('here'), from: id, draftId: id }),
  z.object({ type: z.literal('bye'), from: id, draftId: id }),
]);
export type DraftEvent = z.infer<typeof draftEventSchema>;
type Outgoing = DraftEvent extends infer E ? (E extends { from: string } ? Omit<E, 'from'> : never) : never;

/** One tab's end of the drafts channel: every message in is checked, its own messages are never heard back. */
export class DraftChannel {
  readonly tabId: string;
  private channel: BroadcastChannel | undefined;
  private listeners = new Set<(event: DraftEvent) => void>();

  constructor(tabId: string = crypto.randomUUID()) {
    this.tabId = tabId;
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(DRAFTS_CHANNEL);
    this.channel.onmessage = (message: MessageEvent<unknown>) => {
      const parsed = draftEventSchema.safeParse(message.data);
      if (!parsed.success || parsed.data.from === this.tabId) return;
      for (const listener of this.listeners) listener(parsed.data);
    };
  }

  post(event: Outgoing): void {
    this.channel?.postMessage({ ...event, from: this.tabId });
  }

  subscribe(listener: (event: DraftEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
    this.channel = undefined;
  }
}

/** Posts one event from a channel of its own, for code that only tells and never listens. */
function announce(event: Outgoing): void {
  const channel = new DraftChannel();
  channel.post(event);
  channel.close();
}

/** Tells every page showing a draft that its own fields or its row count changed elsewhere. */
export const announceMetaChange = (draftId: string, revision: number): void => announce({ type: 'meta', draftId, revision });

/** Tells every open draft page that drafts were created or deleted. */
export const announceListChange = (deleted: readonly string[] = []): void => announce({ type: 'list', deleted: [...deleted] });

/**
 * Runs `then` once the events `wanted` have stopped arriving for `settleMs` (a save is often several
 * messages); returns how to stop listening.
 */
export function whenDraftEventsSettle(wanted: (event: DraftEvent) => boolean, then: () => void, settleMs: number): () => void {
  const channel = new DraftChannel();
  let soon: ReturnType<typeof setTimeout> | undefined;
  channel.subscribe((event) => {
    if (!wanted(event)) return;
    clearTimeout(soon);
    soon = setTimeout(then, settleMs);
  });
  return () => {
    clearTimeout(soon);
    channel.close();
  };
}
