import { z } from 'zod';
import type { Check } from './small-check';

// Extension pages forbid eval by CSP; without this zod would try `new Function` first and fail.
z.config({ jitless: true });

/** A page-message check inside a zod schema: the same function decides, and its output is kept. */
export function fromCheck<T>(check: Check<T>) {
  return z.unknown().transform((value, ctx): T => {
    const result = check.safeParse(value);
    if (result.success) return result.data;
    ctx.addIssue({ code: 'custom', message: result.error.message, input: value });
    return z.NEVER;
  });
}

/** A message as a key and its placeholders (lib/said.ts), for a screen to show in the admin's language. */
export const saidSchema = z.object({ key: z.string().max(200), subs: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

/** Any request's failure: the English, and its key when lib words it. */
export const errorResponseSchema = z.object({ ok: z.literal(false), error: z.string().max(2000), said: saidSchema.optional() });
