import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeFileIssue, fieldPlace } from './file-problems';

const firstProblem = (schema: z.ZodType, data: unknown) => {
  const parsed = schema.safeParse(data);
  if (parsed.success) throw new Error('the data was taken');
  return describeFileIssue(parsed.error.issues[0]!, data);
};

describe('problems of a file, in our words', () => {
  it('names a field by its path, list entries counted from 1', () => {
    expect(fieldPlace(['rows', 2, 'email'])).toBe('rows › 3 › email');
  });

  it('tells a missing field from one of the wrong kind, which zod words alike', () => {
    const schema = z.object({ rows: z.array(z.object({ email: z.string() })) });
    expect(firstProblem(schema, { rows: [{}] }).text).toBe('rows › 1 › email is missing.');
    expect(firstProblem(schema, { rows: [{ email: null }] }).text).toBe('rows › 1 › email should be text.');
  });

  it('says which values are allowed, and how many entries or characters at most or at least', () => {
    expect(firstProblem(z.object({ format: z.literal('a') }), { format: 'b' }).text).toBe('format holds a value that is not allowed here (allowed: "a").');
    expect(firstProblem(z.object({ list: z.array(z.string()).max(1) }), { list: ['a', 'b'] }).said).toEqual({
      key: 'words.fileProblem.tooMany',
      subs: { path: 'list', max: 1 },
    });
    expect(firstProblem(z.object({ list: z.array(z.string()).min(2) }), { list: ['a'] }).text).toBe('list has too few entries: at least 2.');
    expect(firstProblem(z.object({ name: z.string().trim().min(1) }), { name: ' ' }).text).toBe('name is empty.');
  });

  it('says so when the file as a whole has the wrong shape', () => {
    expect(firstProblem(z.object({ a: z.string() }), [1]).said).toEqual({ key: 'words.fileProblem.wholeFile' });
  });

  it('falls back to "not valid" for checks of other kinds', () => {
    expect(firstProblem(z.object({ id: z.string().regex(/^x/) }), { id: 'y' }).text).toBe('id is not valid.');
  });
});
