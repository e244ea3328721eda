import { z } from 'zod';
import type { RosterDatabase } from './db';
import { csvFileName, produceMosCsv } from '../out/produce-csv';
import { planImport } from './rows';
import { countRows } from './counts';
import { loadDraft, storeDraftCounts } from './store';
import { errorReportCsv, errorReportLines, reportWordsSchema, summarisePlan, type ExportSummary, type ReportWords } from '../out/summary';
import { announceListChange } from './tab-channel';
import { draftFileName, draftToJson, importDraftFile, parseDraftJson } from './transfer';
import type { Draft } from './types';
import { previewUserIds, type UserIdPreview } from './user-ids';
import type { Said } from '../said';
import { LEAVE_OUT_KINDS } from '../mapping/exclusions';
import { draftGoneError } from './job-wording';

/**
 * Jobs that read a whole draft (planning, producing the CSV, JSON in and out) take hundreds of
 * milliseconds at 50,000 rows, so the editor runs them in a worker, which opens the database itself.
 */
const id = z.string().min(1).max(64);
const policy = z.object({
  opportunityLicenses: z.boolean(),
  preferredFirstNames: z.boolean().optional(),
  leaveOut: z.array(z.enum(LEAVE_OUT_KINDS)).max(10).readonly().optional(),
});

export const jobRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('summary'), draftId: id, orgKey: id, policy }),
  z.object({ type: z.literal('export-csv'), draftId: id, orgKey: id, policy }),
  // Words that do not pass leave the report in English rather than refuse it.
  z.object({ type: z.literal('error-report'), draftId: id, policy, words: reportWordsSchema.optional().catch(undefined) }),
  z.object({ type: z.literal('export-json'), draftId: id }),
  z.object({ type: z.literal('count'), draftId: id, policy }),
  // draftId: chosen by the page, so a cancelled import can be removed even if it was saved as Cancel was pressed.
  z.object({ type: z.literal('import-json'), text: z.string().max(512 * 1024 * 1024), fileName: z.string().max(1024), policy, draftId: id.optional() }),
]);
export type JobRequest = z.infer<typeof jobRequestSchema>;

export interface JobResults {
  summary: { summary: ExportSummary; ids: UserIdPreview };
  'export-csv': { csv: string; fileName: string; people: number; summary: ExportSummary };
  'error-report': { csv: string; fileName: string; lines: number };
  'export-json': { json: string; fileName: string };
  count: { errorCount: number; excludedCount: number; stored: boolean };
  'import-json': { draftId: string; name: string; rows: number };
}

export type JobResponse<T extends JobRequest['type']> = ({ ok: true } & JobResults[T]) | { ok: false; error: string; said?: Said; sentences?: Said[] };

async function requireDraft(db: RosterDatabase, draftId: string): Promise<Draft> {
  const draft = await loadDraft(db, draftId);
  if (!draft) throw draftGoneError();
  return draft;
}

function reportName(draftName: string, words?: ReportWords): string {
  return csvFileName(draftName).replace(/-mos-import-/, `-${words?.fileWord ?? 'rows-that-cannot-go'}-`);
}

/** Reports how far a job is, 0–100, for the page's progress bar. */
export type JobProgress = (percent: number) => void;

async function run(db: RosterDatabase, request: JobRequest, progress: JobProgress): Promise<JobResults[JobRequest['type']]> {
  switch (request.type) {
    case 'summary': {
      const draft = await requireDraft(db, request.draftId);
      const plan = planImport(draft, undefined, request.policy);
      const ids = await previewUserIds(db, request.orgKey, plan.people.map((p) => p.email));
      return { summary: summarisePlan(plan, draft.rows.length), ids };
    }
    case 'export-csv': {
      progress(5);
      const draft = await requireDraft(db, request.draftId);
      progress(40);
      const produced = await produceMosCsv(db, draft, { orgKey: request.orgKey, policy: request.policy });
      return {
        csv: produced.csv,
        fileName: csvFileName(draft.meta.name),
        people: produced.plan.people.length,
        summary: summarisePlan(produced.plan, draft.rows.length),
      };
    }
    case 'error-report': {
      const draft = await requireDraft(db, request.draftId);
      progress(40);
      const plan = planImport(draft, undefined, request.policy);
      progress(80);
      return { csv: errorReportCsv(plan, request.words), fileName: reportName(draft.meta.name, request.words), lines: errorReportLines(plan).length };
    }
    case 'export-json': {
      progress(5);
      const draft = await requireDraft(db, request.draftId);
      progress(50);
      return { json: draftToJson(draft), fileName: draftFileName(draft.meta.name) };
    }
    case 'count': {
      // A big draft is saved before it is counted; this counts it where the page does not wait.
      const draft = await requireDraft(db, request.draftId);
      const counts = await countRows(draft.rows, draft.meta, request.policy);
      const stored = await storeDraftCounts(db, request.draftId, counts, draft.meta.revision);
      if (stored) announceListChange();
      return { ...counts, stored };
    }
    case 'import-json': {
      progress(5);
      const file = parseDraftJson(request.text, request.fileName);
      progress(50);
      const meta = await importDraftFile(db, file, { policy: request.policy, id: request.draftId });
      announceListChange();
      return { draftId: meta.id, name: meta.name, rows: meta.rowCount };
    }
  }
}

/** Runs one job; every failure comes back as a message, never as a thrown error. */
export async function runJob<R extends JobRequest>(
  db: RosterDatabase,
  request: R,
  progress: JobProgress = () => {},
): Promise<JobResponse<R['type']>> {
  try {
    return { ok: true, ...(await run(db, request, progress)) } as unknown as JobResponse<R['type']>;
  } catch (error) {
    const { said, sentences } = (error ?? {}) as { said?: Said; sentences?: Said[] };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message, ...(said && { said }), ...(sentences && { sentences }) } as JobResponse<R['type']>;
  }
}
