import {
  fillResponseSchema,
  probeResponseSchema,
  readMembersResponseSchema,
  type FillResponse,
  type MosPageRequest,
} from '../../messages';
import type { PageMember } from '../mos-members/members';
import { MOS_PAGE_ERRORS } from '../../mos-page/page-errors';
import { SaidError } from '../../said';
import { programNames, type InvitePerson } from './person';
import type { PageInvitee } from '../../mos-page/invite-form';

/** Sends one request to the mOS page's adapter in the tab (frame 0); rejects when nobody answers. */
export type SendToMosPage = (request: MosPageRequest) => Promise<unknown>;

export interface MosPageClient {
  /** Where the tab is in mOS, or undefined when no adapter answers (not a granted mOS page). */
  probe(): Promise<MosProbe | undefined>;
  readMembers(): Promise<PageMember[]>;
  fill(people: readonly InvitePerson[], pressInvite: boolean): Promise<FillResponse>;
}

const NO_ANSWER = MOS_PAGE_ERRORS.noAnswer;

/** The person as the page's form takes them: program names, not slugs. */
export function toPageInvitee(person: InvitePerson): PageInvitee {
  return {
    first_name: person.first_name,
    last_name: person.last_name,
    email: person.email,
    job_title: person.job_title,
    permissions: person.permissions,
    mos_enable: person.mos_enable,
    mos_opportunity: person.mos_opportunity,
    programs: programNames(person.course_enrollments),
  };
}

export interface MosProbe {
  myOrganization: boolean;
  mosApp: boolean;
}

/** The popup's side of the protocol: every answer is checked before it is used. */
export function mosPageClient(send: SendToMosPage): MosPageClient {
  return {
    async probe() {
      const answer = await send({ type: 'mos/probe' }).catch(() => undefined);
      const parsed = probeResponseSchema.safeParse(answer);
      return parsed.success ? { myOrganization: parsed.data.myOrganization, mosApp: parsed.data.mosApp ?? parsed.data.myOrganization } : undefined;
    },
    async readMembers() {
      const parsed = readMembersResponseSchema.safeParse(await send({ type: 'mos/read-members' }));
      if (!parsed.success) throw new SaidError(NO_ANSWER, { key: 'said.mosPage.noAnswer' });
      return parsed.data.members;
    },
    async fill(people, pressInvite) {
      let answer: unknown;
      try {
        answer = await send({ type: 'mos/fill-invite', people: people.map(toPageInvitee), pressInvite });
      } catch {
        return { ok: false, error: NO_ANSWER };
      }
      const parsed = fillResponseSchema.safeParse(answer);
      return parsed.success ? parsed.data : { ok: false, error: NO_ANSWER };
    },
  };
}
