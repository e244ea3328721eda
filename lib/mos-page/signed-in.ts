import { accessibleName, visibleText } from '../dom/semantic';

/** Who the page says is signed in: an account menu or avatar named for them. */
export interface SignedIn {
  email?: string;
  name?: string;
}

/** Words an account control uses for the person signed in, in the languages we read. */
const SIGNED_IN = /\b(?:signed in as|logged in as|account(?: menu)?(?: for)?|your account|profile(?: menu)?|user menu|angemeldet als|konto|connecté en tant que|compte|sesión iniciada como|cuenta|ingelogd als|account van)\b[\s:,-]*/i;
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * The signed-in person, read as a person reads the page: a control whose name or tooltip says whose account
 * it is ("Account menu, signed in as Jordan Blake (jordan@acme.example)"). Undefined when the page shows none.
 */
export function readSignedIn(doc: Document): SignedIn | undefined {
  for (const el of Array.from(doc.querySelectorAll('[aria-label], [title]'))) {
    if (el.closest('table, [role="table"], [role="grid"], [role="dialog"]')) continue;
    const said = [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''].find((text) => SIGNED_IN.test(text));
    if (!said) continue;
    const all = `${said} ${accessibleName(el)} ${visibleText(el)}`;
    const email = EMAIL_IN_TEXT.exec(all)?.[0]?.toLowerCase();
    const rest = said.slice(said.search(SIGNED_IN)).replace(SIGNED_IN, '');
    const name = rest.replace(EMAIL_IN_TEXT, '').replace(/[()<>]/g, '').replace(/\bsigned in as\b/i, '').replace(/^[\s,:-]+|[\s,:-]+$/g, '').trim();
    if (email || name) return { ...(email && { email }), ...(name && { name }) };
  }
  return undefined;
}

/** Which of the members is the signed-in person: by email, else by a name only one member has. */
export function signedInMember<M extends { email: string; name: string }>(members: readonly M[], you: SignedIn | undefined): M | undefined {
  if (!you) return undefined;
  if (you.email) return members.find((m) => m.email.toLowerCase() === you.email);
  const named = members.filter((m) => you.name && m.name.trim().toLowerCase() === you.name.toLowerCase());
  return named.length === 1 ? named[0] : undefined;
}
