import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../changes';
import { openRosterDb } from '../db';
import { judgeRows, type LeftOutKind, type RowNote } from '../left-out';
import { createDraft, loadDraft } from '../store';
import { DEFAULT_POLICY, type DraftMeta, type DraftRow, type RowPolicy } from '../types';
import { DraftModel, type ModelCounts } from './model';
import { EditorSession } from './session';

const sessions: EditorSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

/** A small seeded generator, so a failing sequence can be run again. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(xs: readonly T[]) => xs[int(xs.length)]!;
  return { next, int, pick };
}

const HEADERS = ['First', 'Last', 'Email', 'Status', 'Title'];
const MAPPING = { first_name: 0, last_name: 1, email: 2, status: 3, job_title: 4 };
// Few emails for many rows, so repeats and duplicates come and go with every edit.
const EMAILS = ['ann@example.com', 'ANN@example.com ', 'bo@example.com', 'cy@example.com', 'di@example.com', 'nope', ''];
const STATUSES = ['Active', 'Active', 'Active', 'Terminated', 'Guest', 'Room', 'Contractor', 'On Leave', ''];

function generatedCells(size: number, rnd: ReturnType<typeof random>): string[][] {
  return Array.from({ length: size }, (_, i) => [rnd.pick(['Ann', 'Bo', '', 'Cy']), `Row${i}`, rnd.pick(EMAILS), rnd.pick(STATUSES), rnd.pick(['Engineer', 'CFO', ''])]);
}

/** The verdicts and counts worked out from scratch over every row, the way the editor once did after each change. */
function recomputed(rows: readonly DraftRow[], meta: DraftMeta, policy: RowPolicy) {
  const verdicts = judgeRows(rows, meta, policy);
  // A row's own state depends on that row alone: a fresh model checks each.
  const fresh = new DraftModel({ meta, rows: [...rows] }, policy);
  const states = rows.map((_, pos) => fresh.state(pos));
  const goingWith = new Map<string, number>();
  rows.forEach((_, pos) => {
    if (!verdicts.leftOut[pos]) goingWith.set(states[pos]!.emailKey, (goingWith.get(states[pos]!.emailKey) ?? 0) + 1);
  });
  const duplicate = (pos: number) => !verdicts.leftOut[pos] && states[pos]!.emailKey !== '' && goingWith.get(states[pos]!.emailKey)! > 1;
  const counts: ModelCounts = { rows: rows.length, errors: 0, cannotGo: 0, warnings: 0, duplicates: 0, excluded: 0, leftOutByKind: {}, unchecked: 0 };
  const going = new Set<string>();
  const notes = new Map<RowNote['kind'], number>();
  const byKind = new Map<LeftOutKind, number>();
  for (let pos = 0; pos < rows.length; pos++) {
    const why = verdicts.leftOut[pos];
    if (why) {
      counts.excluded++;
      counts.leftOutByKind[why.kind] = (counts.leftOutByKind[why.kind] ?? 0) + 1;
      if (why.kind !== 'chosen') byKind.set(why.kind, (byKind.get(why.kind) ?? 0) + 1);
      continue;
    }
    const note = verdicts.notes[pos];
    if (note) notes.set(note.kind, (notes.get(note.kind) ?? 0) + 1);
    const state = states[pos]!;
    if (state.issues.length > 0) {
      counts.errors++;
      counts.cannotGo++;
    } else if (going.has(state.emailKey)) counts.cannotGo++;
    else going.add(state.emailKey);
    if (duplicate(pos)) counts.duplicates++;
    if (duplicate(pos) || state.ownWarnings.length > 0) counts.warnings++;
  }
  const listed = rows.flatMap((_, pos) => (verdicts.leftOut[pos] && verdicts.leftOut[pos]!.kind !== 'chosen' ? [pos] : [])).slice(0, 50);
  return { verdicts, counts, duplicate, states, notes, byKind, listed };
}

/** Every answer the page reads from the model, as a fresh pass over the saved rows gives it. */
function expectSameAsRecomputed(model: DraftModel, rows: readonly DraftRow[], policy: RowPolicy, step: string) {
  expect(model.allRows().map((r) => [r.index, r.rev]), step).toEqual(rows.map((r) => [r.index, r.rev]));
  const want = recomputed(rows, model.meta, policy);
  expect(model.counts(), step).toEqual(want.counts);
  for (let pos = 0; pos < rows.length; pos++) {
    expect(model.leftOut(pos), `${step}: row ${pos}`).toEqual(want.verdicts.leftOut[pos]);
    expect(model.note(pos), `${step}: row ${pos}`).toEqual(want.verdicts.notes[pos]);
    expect(model.isDuplicate(pos), `${step}: row ${pos}`).toBe(want.duplicate(pos));
    expect(model.hasWarnings(pos), `${step}: row ${pos}`).toBe(!want.verdicts.leftOut[pos] && (want.duplicate(pos) || want.states[pos]!.ownWarnings.length > 0));
  }
  const summary = model.leftOutSummary(50);
  expect(summary.listed.map((l) => l.pos), step).toEqual(want.listed);
  expect(summary.byKind, step).toEqual(want.byKind);
  expect(summary.notes, step).toEqual(want.notes);
}

/** One random step of an admin's work: text edits, leaving out, putting back, many rows at once. */
function randomChanges(model: DraftModel, rnd: ReturnType<typeof random>): Change[] {
  const many = rnd.next() < 0.15;
  const count = many ? 1100 + rnd.int(300) : 1 + rnd.int(4);
  const positions = [...new Set(Array.from({ length: count }, () => rnd.int(model.size)))];
  const kind = rnd.pick(['email', 'email', 'excluded', 'putBack', 'first_name'] as const);
  return positions.map((pos): Change => {
    const row = model.rowAt(pos);
    if (kind === 'excluded') return { index: row.index, key: 'excluded', from: row.excluded, to: !row.excluded };
    if (kind === 'putBack') return { index: row.index, key: 'putBack', from: row.putBack ?? false, to: !(row.putBack ?? false) };
    const to = kind === 'email' ? rnd.pick([...EMAILS, null]) : rnd.pick(['Zed', '', null]);
    return { index: row.index, key: kind, from: row.edits[kind] ?? null, to };
  });
}

async function settled(session: EditorSession): Promise<void> {
  await session.whenIdle();
  // Big steps leave rows to the background pass, which the page runs; here it is awaited.
  while (!(await session.model!.checkPending()));
}

describe('DraftModel kept up to date row by row', () => {
  it('gives what a full recomputation gives after every edit, undo, redo, bulk change, settings and mapping change', async () => {
    for (const seed of [1, 2, 3]) {
      const rnd = random(seed);
      const name = `incremental-${seed}-${crypto.randomUUID()}`;
      const db = await openRosterDb(name);
      const meta = await createDraft(db, {
        name: 'Generated',
        table: { headers: HEADERS, rows: generatedCells(900, rnd), origin: { kind: 'file', fileName: 'generated.csv', signature: 'x' } },
        mapping: MAPPING,
      });
      let policy: RowPolicy = DEFAULT_POLICY;
      const session = new EditorSession(db, meta.id, policy);
      sessions.push(session);
      await session.open();
      await settled(session);
      const model = session.model!;
      const check = async (step: string) => expectSameAsRecomputed(model, (await loadDraft(db, meta.id))!.rows, policy, `seed ${seed}, ${step}`);
      await check('opened');
      for (let step = 0; step < 40; step++) {
        const roll = rnd.next();
        let what: string;
        if (roll < 0.15) {
          what = 'undo';
          await session.undo();
        } else if (roll < 0.25) {
          what = 'redo';
          await session.redo();
        } else if (roll < 0.28) {
          what = 'settings';
          policy = { ...policy, leaveOut: rnd.pick([undefined, ['left', 'guest', 'noWorkEmail'], ['repeat', 'notPerson']]) };
          session.setPolicy(policy);
        } else if (roll < 0.3) {
          what = 'mapping';
          await session.updateMeta({ mapping: rnd.next() < 0.5 ? { ...MAPPING, email: 4 } : MAPPING });
        } else {
          const changes = randomChanges(model, rnd);
          what = `${changes.length} × ${changes[0]!.key}`;
          await session.apply(changes, what);
        }
        await settled(session);
        await check(`step ${step} (${what})`);
      }
    }
  }, 120_000);

  it('keeps repeats right while a big draft is judged in order, and when a row before them is judged on demand', async () => {
    const rnd = random(7);
    const cells = generatedCells(3000, rnd);
    const rows = cells.map((c, index): DraftRow => ({ draftId: 'd', index, cells: c, edits: {}, excluded: false, rev: 0 }));
    const meta: DraftMeta = {
      id: 'd',
      name: 'Big',
      origin: { kind: 'file', fileName: 'big.csv', signature: 'x' },
      headers: HEADERS,
      mapping: MAPPING,
      defaults: { mos_enable: true, mos_opportunity: false, course_enrollments: [] },
      rowCount: rows.length,
      createdAt: 0,
      updatedAt: 0,
      errorCount: 0,
      excludedCount: 0,
      revision: 0,
    };
    const model = new DraftModel({ meta, rows: [...rows] });
    // Rows on screen far down are judged first, then the pass reaches the rows before them.
    for (const pos of [2999, 2500, 1500]) model.leftOut(pos);
    await model.checkPending();
    expectSameAsRecomputed(model, rows, DEFAULT_POLICY, 'after the pass');
  });
});
