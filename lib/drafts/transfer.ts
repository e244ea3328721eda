import { z } from 'zod';
import { MAPPABLE_FIELDS, type ColumnMapping } from '../mapping';
import { describeFileIssue } from '../file-problems';
import { jsonPlaceSentence } from '../json-place';
import { sourceOriginSchema } from '../sources/source-table';
import type { Said } from '../said';
import { sayJob, sayJobWords } from './job-wording';
import type { RosterDatabase } from './db';
import { draftFileNameOf } from './draft-names';
import { saveWholeDraft, withCounts } from './store';
import { DEFAULT_POLICY, type Draft, type DraftMeta, type DraftRow, type RowPolicy } from './types';

export const DRAFT_FILE_FORMAT = 'roster-sync-draft';
export const DRAFT_FILE_VERSION = 1;

const MAX_TEXT = 100_000;
const cellText = z.string().max(MAX_TEXT);
const fieldEdits = z.partialRecord(z.enum(MAPPABLE_FIELDS), cellText);

const draftFileSchema = z.object({
  format: z.literal(DRAFT_FILE_FORMAT, { error: 'this is not a Roster Sync draft file' }),
  version: z.literal(DRAFT_FILE_VERSION, { error: `only version ${DRAFT_FILE_VERSION} draft files can be read` }),
  exportedAt: z.string().max(64).optional(),
  draft: z.object({
    name: z.string().trim().min(1, 'the draft has no name').max(200),
    origin: sourceOriginSchema,
    headers: z.array(z.string().max(4096)).max(1000),
    // The mapping's own shape belongs to lib/mapping; here it only has to be a plain object of fields.
    mapping: z.partialRecord(z.enum(MAPPABLE_FIELDS), z.json()),
    defaults: z.object({
      mos_enable: z.boolean(),
      mos_opportunity: z.boolean(),
      course_enrollments: z.array(z.string().max(200)).max(50),
    }),
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
  }),
  rows: z
    .array(
      z.object({
        cells: z.array(cellText).max(1000),
        edits: fieldEdits,
        excluded: z.boolean(),
        // Files from before "left out by default" have none: the rules judge the row.
        putBack: z.boolean().optional(),
        preset: z.partialRecord(z.enum(['mos_enable', 'mos_opportunity', 'course_enrollments']), cellText).optional(),
      }),
    )
    .max(1_000_000),
});

export type DraftFile = z.infer<typeof draftFileSchema>;

export class DraftFileError extends Error {
  constructor(
    message: string,
    /** The message as a key, for the screen to translate. */
    readonly said?: Said,
    /** Or as sentences, one key each: what is wrong, then each problem found, in our words. */
    readonly sentences?: Said[],
  ) {
    super(message);
    this.name = 'DraftFileError';
  }
}

const draftFileError = (...args: Parameters<typeof sayJob>) => {
  const { text, said } = sayJob(...args);
  return new DraftFileError(text, said);
};

/** A file that is not a draft we can take: which file, then why, sentence by sentence. */
function refusedFile(fileName: string, reasons: ReadonlyArray<{ text: string; said: Said }>): DraftFileError {
  const told = [sayJobWords('cannotImport', { file: fileName }), ...reasons];
  return new DraftFileError(told.map((t) => t.text).join(' '), undefined, told.map((t) => t.said));
}

/** The problems zod found, in our words: the first three, then how many more. */
function fileProblems(issues: readonly z.core.$ZodIssue[], data: unknown) {
  const shown = issues.slice(0, 3).map((issue) => describeFileIssue(issue, data));
  const more = issues.length - shown.length;
  return more === 0 ? shown : [...shown, more === 1 ? sayJobWords('oneMoreProblem') : sayJobWords('moreProblems', { count: more })];
}

/** The draft as a self-contained JSON file the admin can keep or move to another browser. */
export function draftToJson(draft: Draft, now = new Date()): string {
  const { meta } = draft;
  const file: DraftFile = {
    format: DRAFT_FILE_FORMAT,
    version: DRAFT_FILE_VERSION,
    exportedAt: now.toISOString(),
    draft: {
      name: meta.name,
      origin: meta.origin,
      headers: meta.headers,
      mapping: meta.mapping as DraftFile['draft']['mapping'],
      defaults: meta.defaults,
      createdAt: meta.createdAt,
      updatedAt: meta.updatedAt,
    },
    rows: draft.rows.map(({ cells, edits, excluded, putBack, preset }) => ({ cells, edits, excluded, ...(putBack && { putBack }), ...(preset && { preset }) })),
  };
  return JSON.stringify(file);
}

/** Reads and checks a draft file; throws a DraftFileError that says what is wrong and where. */
export function parseDraftJson(text: string, fileName = 'The file'): DraftFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const place = jsonPlaceSentence(text, e);
    if (!place) throw draftFileError('notJson', { file: fileName });
    const told = [sayJob('notJson', { file: fileName }), place];
    throw new DraftFileError(told.map((t) => t.text).join(' '), undefined, told.map((t) => t.said));
  }
  // Another kind of JSON, or a newer draft file, is said as such, not as a list of fields it lacks.
  const { format, version } = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown };
  if (format !== DRAFT_FILE_FORMAT) throw refusedFile(fileName, [sayJobWords('notDraftFile')]);
  if (version !== DRAFT_FILE_VERSION) throw refusedFile(fileName, [sayJobWords('onlyVersion', { version: DRAFT_FILE_VERSION })]);
  const parsed = draftFileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw refusedFile(fileName, fileProblems(parsed.error.issues, data));
}

/** Saves a checked draft file as a new draft; its retention clock starts now. */
export async function importDraftFile(
  db: RosterDatabase,
  file: DraftFile,
  { now = Date.now(), policy = DEFAULT_POLICY, id = crypto.randomUUID() }: { now?: number; policy?: RowPolicy; id?: string } = {},
): Promise<DraftMeta> {
  const rows: DraftRow[] = file.rows.map((row, index) => ({ draftId: id, index, rev: 0, ...row }));
  const meta = await withCounts({
    id,
    name: file.draft.name,
    origin: file.draft.origin,
    headers: file.draft.headers,
    mapping: file.draft.mapping as ColumnMapping,
    defaults: file.draft.defaults,
    rowCount: rows.length,
    createdAt: file.draft.createdAt,
    updatedAt: now,
    errorCount: 0,
    excludedCount: 0,
    revision: 0,
  }, rows, policy);
  await saveWholeDraft(db, meta, rows);
  return meta;
}

/** A file name for the draft file: the draft's name made safe, and the date. */
export const draftFileName = (draftName: string, date = new Date()): string => draftFileNameOf(draftName, 'draft', 'json', date);
