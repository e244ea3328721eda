import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { invitationsOf, openRosterDb } from '../drafts/index';
import { isFromMosAdapter, recordInvitationsSeen, rememberSentInvites } from './invitations';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const PATTERNS = ['https://app.mos.example/*'];

beforeEach(() => fakeBrowser.reset());

describe('invitations seen on the mOS page', () => {
  it('marks only people the last file sent to that tab invited', async () => {
    const db = await openRosterDb(`inv-service-${crypto.randomUUID()}`);
    await rememberSentInvites(7, { draftId: 'd1', emails: ['ada@x.example', 'bo@x.example'] });
    expect(await recordInvitationsSeen(db, 7, ['ADA@x.example', 'mallory@x.example'], 1000)).toBe(1);
    expect(await recordInvitationsSeen(db, 8, ['bo@x.example'], 1000)).toBe(0);
    expect(await invitationsOf(db, 'd1')).toEqual(new Map([['ada@x.example', 1000]]));
  });

  it('believes only our adapter in a granted tab’s top frame', () => {
    const adapter = { id: EXT, url: 'https://app.mos.example/org', frameId: 0, tab: { id: 7, url: 'https://app.mos.example/org' } };
    expect(isFromMosAdapter(adapter, EXT, PATTERNS)).toBe(true);
    expect(isFromMosAdapter({ ...adapter, frameId: 3 }, EXT, PATTERNS)).toBe(false);
    expect(isFromMosAdapter({ ...adapter, id: 'other' }, EXT, PATTERNS)).toBe(false);
    expect(isFromMosAdapter({ ...adapter, tab: { id: 7, url: 'https://evil.example/' } }, EXT, PATTERNS)).toBe(false);
    expect(isFromMosAdapter({ ...adapter, url: `chrome-extension://${EXT}/mos-panel.html` }, EXT, PATTERNS)).toBe(false);
  });
});
