import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { prng } from '../bench/page/data';
import {
  crawlControlSchema,
  crawlStartSchema,
  highlightRequestSchema,
  MAX_PAGE_INVITEES,
  mosPageRequestSchema,
  panelFrameMessageSchema,
  panelLookMessageSchema,
  PANEL_LOOK_MESSAGE,
  panelTokenMessageSchema,
  PANEL_FRAME_MESSAGE,
  PANEL_TOKEN_MESSAGE,
} from './page-messages';
import type { Check } from './small-check';

z.config({ jitless: true });

// The zod form of each page message: the rules the small checks must keep, word for word as they were.
const invitee = z.object({
  first_name: z.string().max(256),
  last_name: z.string().max(256),
  email: z.string().max(320),
  job_title: z.string().max(256),
  permissions: z.string().min(1).max(64),
  mos_enable: z.boolean(),
  mos_opportunity: z.boolean(),
  programs: z.array(z.string().max(128)).max(20),
});
const tableRef = z.union([
  z.object({ index: z.number().int().min(0).max(10_000), signature: z.string().max(20_000) }),
  z.object({ nearest: z.literal(true) }),
]);
const zodForms: Array<[string, Check<unknown>, z.ZodType]> = [
  [
    'mOS page request',
    mosPageRequestSchema,
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('mos/read-members') }),
      z.object({ type: z.literal('mos/read-template') }),
      z.object({ type: z.literal('mos/highlight-member'), email: z.string().min(3).max(320) }),
      z.object({
        type: z.literal('mos/attach-csv'),
        fileName: z.string().min(1).max(255).regex(/\.csv$/i),
        csv: z.string().max(64 * 1024 * 1024),
        watchEmails: z.array(z.string().max(320)).max(200_000).optional(),
      }),
      z.object({ type: z.literal('mos/probe') }),
      z.object({ type: z.literal('mos/fill-invite'), people: z.array(invitee).min(1).max(MAX_PAGE_INVITEES), pressInvite: z.boolean() }),
    ]),
  ],
  [
    'crawl start',
    crawlStartSchema,
    z.object({
      type: z.literal('crawl/start'),
      crawlId: z.string().min(8).max(64),
      table: tableRef,
      limits: z
        .object({
          maxRows: z.number().int().min(1).max(1_000_000),
          maxPages: z.number().int().min(1).max(100_000),
          maxMs: z.number().int().min(1000).max(24 * 3600_000),
        })
        .partial()
        .optional(),
    }),
  ],
  ['crawl stop', crawlControlSchema, z.object({ type: z.literal('crawl/stop') })],
  [
    'highlight request',
    highlightRequestSchema,
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('highlight/show'), index: z.number().int().min(0).max(10_000), label: z.string().max(1000).optional() }),
      z.object({ type: z.literal('highlight/clear') }),
    ]),
  ],
  ['panel size', panelFrameMessageSchema, z.object({ type: z.literal(PANEL_FRAME_MESSAGE), collapsed: z.boolean() })],
  [
    'panel look',
    panelLookMessageSchema,
    z.object({ type: z.literal(PANEL_LOOK_MESSAGE), dark: z.boolean(), heldShut: z.enum(['dialog', 'aside', 'no']) }),
  ],
  ['panel token', panelTokenMessageSchema, z.object({ type: z.literal(PANEL_TOKEN_MESSAGE), token: z.string().min(8).max(64) })],
];

/** Forged messages: good ones, and good ones with one value swapped for an odd one, at any depth. */
function forgeries(count: number, seed: number): unknown[] {
  const next = prng(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const odd = (): unknown =>
    pick([
      undefined, null, '', 'x', 'a.csv', 'a.CSV', 'a.csv.exe', 'x'.repeat(65), 'x'.repeat(257), 'x'.repeat(321),
      0, -1, 1, 1.5, 999, 1000, 10_000, 10_001, 1_000_001, 24 * 3600_000 + 1, NaN, Infinity, 2 ** 53,
      true, false, [], [1], ['x'], {}, { nearest: true }, { nearest: false }, { index: 2, signature: 's' },
      'mos/probe', 'crawl/start', 'crawl-0001', 'highlight/show', PANEL_FRAME_MESSAGE, Array(21).fill('p'),
    ]);
  const person = () => ({
    first_name: 'Jane', last_name: 'Doe', email: 'jane@acme.com', job_title: 'AE', permissions: 'Member',
    mos_enable: true, mos_opportunity: false, programs: ['MEDDPICC Masterclass'],
  });
  const good = (): Record<string, unknown> =>
    pick<() => Record<string, unknown>>([
      () => ({ type: 'mos/read-members' }),
      () => ({ type: 'mos/read-template' }),
      () => ({ type: 'mos/probe', extra: 1 }),
      () => ({ type: 'mos/highlight-member', email: 'a@b.co' }),
      () => ({ type: 'mos/attach-csv', fileName: 'q4.csv', csv: 'a,b', watchEmails: ['a@b.co'] }),
      () => ({ type: 'mos/attach-csv', fileName: 'Q4.CSV', csv: '' }),
      () => ({ type: 'mos/fill-invite', people: Array.from({ length: 1 + Math.floor(next() * 3) }, person), pressInvite: false }),
      () => ({ type: 'crawl/start', crawlId: 'crawl-0001', table: { index: 3, signature: 'table|a' } }),
      () => ({ type: 'crawl/start', crawlId: 'crawl-0001', table: { nearest: true }, limits: { maxRows: 10, maxMs: 5000 } }),
      () => ({ type: 'crawl/stop' }),
      () => ({ type: 'highlight/show', index: 4 }),
      () => ({ type: 'highlight/show', index: 4, label: 'Staff (12 rows)' }),
      () => ({ type: 'highlight/clear' }),
      () => ({ type: PANEL_FRAME_MESSAGE, collapsed: true }),
      () => ({ type: PANEL_LOOK_MESSAGE, dark: next() < 0.5, heldShut: pick(['dialog', 'aside', 'no']) }),
      () => ({ type: PANEL_TOKEN_MESSAGE, token: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' }),
    ])();
  const mutate = (value: unknown, depth: number): unknown => {
    if (depth > 0 && next() < 0.3) return odd();
    if (Array.isArray(value)) {
      if (value.length === 0 || next() < 0.2) return [...value, odd()];
      const i = Math.floor(next() * value.length);
      return value.map((v, j) => (j === i ? mutate(v, depth + 1) : v));
    }
    if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      if (next() < 0.15) return { ...value, [pick(['type', 'extra', 'limits', 'table', 'index'])]: odd() };
      const key = pick(keys);
      if (next() < 0.1) {
        const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
        return rest;
      }
      return { ...value, [key]: mutate((value as Record<string, unknown>)[key], depth + 1) };
    }
    return odd();
  };
  return Array.from({ length: count }, () => (next() < 0.25 ? good() : next() < 0.05 ? odd() : mutate(good(), 0)));
}

describe('the page messages checked without zod', () => {
  const messages = forgeries(6000, 20260101);

  it.each(zodForms)('accept and reject the %s exactly as its zod form does, and give the same value', (_name, check, schema) => {
    let accepted = 0;
    for (const message of messages) {
      const ours = check.safeParse(message);
      const theirs = schema.safeParse(message);
      expect({ message, success: ours.success }).toEqual({ message, success: theirs.success });
      if (ours.success && theirs.success) {
        expect(ours.data).toEqual(theirs.data);
        accepted++;
      }
    }
    // The forgeries must exercise both answers for every message kind.
    expect(accepted).toBeGreaterThan(20);
    expect(messages.length - accepted).toBeGreaterThan(1000);
  });

  it('drop keys they do not know, as zod does', () => {
    expect(crawlControlSchema.parse({ type: 'crawl/stop', evil: '<img>' })).toEqual({ type: 'crawl/stop' });
  });

  it('throw on parse of a forged message', () => {
    expect(() => highlightRequestSchema.parse({ type: 'highlight/show', index: -1 })).toThrow();
  });
});
