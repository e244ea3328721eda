import { peopleCsv } from './csv';
import type { MatchableMember } from '../mos/member-match';
import type { MosRow } from '../mos/schema';
import type { RosterDatabase } from '../drafts/db';
import { draftFileNameOf } from '../drafts/draft-names';
import { planImport, type ImportPlan } from '../drafts/rows';
import type { Draft, RowPolicy } from '../drafts/types';
import { userIdsInOrder } from '../drafts/user-ids';

export interface ProducedCsv {
  csv: string;
  /** The file's rows as objects, made when first asked for: the file is written without them. */
  readonly rows: MosRow[];
  plan: ImportPlan;
}

export interface ProduceOptions {
  orgKey: string;
  /** Members and pending invitations of the mOS organisation: already there, so not in the file. */
  members?: readonly MatchableMember[];
  /** The columns of the template the mOS page offers, when it differs from ours. */
  columns?: readonly string[];
  /** Organisation-wide rules, such as "no Opportunity licenses"; the defaults change nothing. */
  policy?: RowPolicy;
}

/** The one way out: a draft becomes the mOS template CSV, with user_ids given out now. */
export async function produceMosCsv(
  db: RosterDatabase,
  draft: Draft,
  { orgKey, members, columns, policy }: ProduceOptions,
): Promise<ProducedCsv> {
  const plan = planImport(draft, members, policy);
  const { people } = plan;
  const emails = new Array<string>(people.length);
  for (let i = 0; i < people.length; i++) emails[i] = people[i]!.email;
  // The history on the options page names the file each ID was first written to.
  const ids = await userIdsInOrder(db, orgKey, emails, Date.now(), csvFileName(draft.meta.name));
  let rows: MosRow[] | undefined;
  return {
    csv: peopleCsv(people, ids, columns),
    // Field by field rather than spread: one object of one shape per person of a big draft.
    get rows() {
      return (rows ??= people.map(
        (p, i): MosRow => ({
          user_id: ids[i]!,
          first_name: p.first_name,
          last_name: p.last_name,
          email: p.email,
          job_title: p.job_title,
          mos_enable: p.mos_enable,
          mos_opportunity: p.mos_opportunity,
          course_enrollments: p.course_enrollments,
        }),
      ));
    },
    plan,
  };
}

/** The mOS import file's name: the draft's name, made safe, and the date. */
export const csvFileName = (draftName: string, date = new Date()): string => draftFileNameOf(draftName, 'mos-import', 'csv', date);
