import {
  attachResponseSchema,
  fillResponseSchema,
  highlightResponseSchema,
  readMembersResponseSchema,
  readTemplateResponseSchema,
  type MosPageRequest,
} from '../messages';
import { rememberSentInvites } from './invitations';
import type { MosTab } from './requests';

/** Sends one request to the mOS page adapter in a tab's top frame and gives back its raw answer. */
export type AskMosPage = (request: MosPageRequest) => Promise<unknown>;

/**
 * One mOS tab as the panel service uses it: each request goes to the tab's page adapter and each answer is
 * checked before use, as the page could have answered anything.
 */
export function mosTab(tabId: number, ask: AskMosPage, remember = rememberSentInvites): MosTab {
  return {
    async readMembers() {
      return readMembersResponseSchema.parse(await ask({ type: 'mos/read-members' })).members;
    },
    async fillInvite(people) {
      return fillResponseSchema.parse(await ask({ type: 'mos/fill-invite', people, pressInvite: false }));
    },
    async highlightMember(email) {
      return highlightResponseSchema.parse(await ask({ type: 'mos/highlight-member', email })).found;
    },
    async readTemplate() {
      return readTemplateResponseSchema.parse(await ask({ type: 'mos/read-template' })).header;
    },
    async attachCsv(fileName, csv, invites) {
      await remember(tabId, invites);
      return attachResponseSchema.parse(await ask({ type: 'mos/attach-csv', fileName, csv, watchEmails: [...invites.emails] }));
    },
  };
}
