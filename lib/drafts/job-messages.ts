import { sayer } from '../said';

/** Why a draft job or a draft file failed, in English; the same texts are under said.jobs in locales/en.yml. */
export const JOB_MESSAGES = {
  draftGone: 'This draft no longer exists. It may have been deleted in another tab.',
  unexpected: 'The background job sent back something unexpected. Please try again.',
  workerFailed: 'The background job failed. Please try again.',
  workerFailedBecause: 'The background job failed: {reason}. Please try again.',
  notJson: '{file} is not a Roster Sync draft: it is not valid JSON.',
  notDraft: '{file} cannot be imported as a draft. {problems}.',
} as const;

export const sayJob = sayer(JOB_MESSAGES, 'said.jobs');
