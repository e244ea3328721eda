import { sayer, type Said } from '../../said';

/** What the popup's invite form tells the admin, in English; the same texts are under said.invite in locales/en.yml. */
export const INVITE_MESSAGES = {
  typeFirst: 'Type the person’s details first: at least their email address.',
  fixMarked: 'Fix the marked fields first.',
  onTheList: '{name} is on the list. Add the next person, or invite now.',
  clearFormFirst: 'Add or clear the person in the form first, then edit.',
  noEmailPasted: 'No email address was found in the pasted text.',
  filledFromPaste: 'Filled in {name} from the pasted text.',
  addedFromPasteOne: 'Added 1 person from the pasted text.',
  addedFromPaste: 'Added {count} people from the pasted text.',
  listedHasProblem: '{name} on the list has a problem. Edit or remove them first.',
  fixMarkedOrClear: 'Fix the marked fields first, or clear them.',
  nobodyYet: 'Nobody to invite yet. Type a person’s details, or paste them.',
  nobodyLeft: 'Nobody left to invite: everyone on the list is already in mOS.',
  tooManyForForm: 'The mOS invite form takes up to {max} people at a time. Add them to a draft instead, then use Import CSV on the page.',
  draftNotSaved: 'The draft could not be saved: {error} Everyone is still on your list.',
  addedToDraftOne: 'Added 1 person to “{draft}”.',
  addedToDraft: 'Added {count} people to “{draft}”.',
  alreadyInDraftOne: '{emails} was already in it.',
  alreadyInDraft: '{emails} were already in it.',
  noPermissionsInFile: 'The import file carries no permissions; set them in mOS after the import.',
} as const;

export const sayInvite = sayer(INVITE_MESSAGES, 'said.invite');

/** More of the invite form's words, under words.invite in locales/en.yml. */
export const INVITE_WORDS = {
  draftNotSaved: 'The draft could not be saved.',
  stillListed: 'Everyone is still on your list.',
} as const;

const sayInviteWords = sayer(INVITE_WORDS, 'words.invite');

/** Why adding to a draft failed, as sentences when the error carries its key, so all of it is translated. */
export function draftNotSaved(error: unknown): { text: string; said?: Said; sentences?: Said[] } {
  const said = (error as { said?: Said } | undefined)?.said;
  const message = error instanceof Error ? error.message : String(error);
  if (!said) return sayInvite('draftNotSaved', { error: message });
  const told = [sayInviteWords('draftNotSaved'), { text: message, said }, sayInviteWords('stillListed')];
  return { text: told.map((t) => t.text).join(' '), sentences: told.map((t) => t.said) };
}
