import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRosterDb } from './db';
import { invitationsOf, markInvited } from './invitations';
import { createDraft, deleteDraft } from './store';

const freshDb = () => openRosterDb(`invitations-test-${crypto.randomUUID()}`);
const table = { headers: ['Email'], rows: [['a@x.example']], origin: { kind: 'file' as const, fileName: 'a.csv', signature: 'email' } };

describe('invitations', () => {
  it('keeps the first time each person was seen invited, per draft', async () => {
    const db = await freshDb();
    expect(await markInvited(db, 'd1', ['Ada@X.example', 'ada@x.example', 'bo@x.example'], 1000)).toBe(2);
    expect(await markInvited(db, 'd1', ['ada@x.example', 'cy@x.example'], 2000)).toBe(1);
    await markInvited(db, 'd2', ['ada@x.example'], 3000);
    expect(await invitationsOf(db, 'd1')).toEqual(
      new Map([
        ['ada@x.example', 1000],
        ['bo@x.example', 1000],
        ['cy@x.example', 2000],
      ]),
    );
  });

  it('go with their draft', async () => {
    const db = await freshDb();
    const meta = await createDraft(db, { name: 'x', table, mapping: { email: 0 } });
    await markInvited(db, meta.id, ['a@x.example']);
    await markInvited(db, 'other', ['a@x.example']);
    await deleteDraft(db, meta.id);
    expect((await invitationsOf(db, meta.id)).size).toBe(0);
    expect((await invitationsOf(db, 'other')).size).toBe(1);
  });
});
