import { parseCourseList } from '../mos/programs';
import { plainText } from './normalise';

/** What a column's values look like, as shares of its non-blank sample values (0–1). */
export interface ValueProfile {
  /** Non-blank values looked at. */
  count: number;
  email: number;
  /** Words with letters only, as in names ("Jane", "van der Berg", "O'Brien"). */
  nameLike: number;
  /** Names of two or more words, or "Doe, Jane". */
  fullNameLike: number;
  /** Any letters at all: labels and titles rather than numbers or dates. */
  text: number;
  numberOrDate: number;
  boolean: number;
  status: number;
  honorific: number;
  /** mOS program names or slugs, one or several, and nothing else. */
  programs: number;
  /** Access levels of an app ("Admin", "Viewer", "Owner") rather than jobs. */
  permission: number;
  distinct: number;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;
const NUMBER_OR_DATE = /^[\d\s.,:/+\-()%$€£]+$/;
const LETTER = /\p{L}/u;
const BOOLEAN_WORDS = new Set([
  'true', 'false', 'yes', 'no', 'y', 'n', '1', '0', 'ja', 'nein', 'oui', 'non', 'si', 'sí', 'ja', 'nee', 'wahr',
  'falsch', 'vrai', 'faux', 'verdadero', 'falso', 'waar', 'onwaar', 'x',
]);
const HONORIFIC_VALUES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'herr', 'frau', 'm', 'mme', 'mlle', 'sr', 'sra', 'srta', 'dhr', 'mevr']);

/** Words an HR system puts in a status column, in the languages we read. */
export const STATUS_WORDS = new Set([
  'active', 'inactive', 'terminated', 'on leave', 'leave', 'leave of absence', 'suspended', 'deprovisioned',
  'provisioned', 'staged', 'pending', 'hired', 'employed', 'accepted', 'onboarding', 'offboarding', 'retired',
  'resigned', 'deactivated', 'disabled', 'enabled', 'locked out', 'password expired', 'recovery', 'invited',
  'former', 'current', 'left', 'aktiv', 'inaktiv', 'ausgetreten', 'beendet', 'ruhend', 'elternzeit', 'gekundigt',
  'actif', 'inactif', 'sorti', 'parti', 'en conge', 'suspendu', 'activo', 'inactivo', 'baja', 'alta',
  'de baja', 'excedencia', 'actief', 'inactief', 'uit dienst', 'in dienst', 'met verlof', 'draft',
]);

function isProgramList(value: string): boolean {
  // Cheap first: every program name and slug holds "medd" or "program".
  if (!/medd|program/i.test(value)) return false;
  const { slugs, unknown } = parseCourseList(value);
  return slugs.length > 0 && unknown.length === 0;
}

/** Access levels apps give users, in the languages we read. */
const PERMISSION_WORDS = new Set([
  'admin', 'administrator', 'super admin', 'superadmin', 'owner', 'account owner', 'co owner', 'member', 'viewer',
  'editor', 'user', 'guest', 'standard', 'standard user', 'basic', 'read only', 'contributor', 'collaborator',
  'billing', 'billing admin', 'full access', 'limited', 'restricted', 'none', 'no access', 'custom',
  'benutzer', 'gast', 'mitglied', 'betrachter', 'bearbeiter', 'eigentumer', 'administrateur', 'membre', 'lecteur',
  'editeur', 'proprietaire', 'invite', 'utilisateur', 'administrador', 'miembro', 'lector', 'propietario',
  'invitado', 'usuario', 'beheerder', 'lid', 'lezer', 'bewerker', 'eigenaar', 'gebruiker',
]);

/** "Admin", or a level named after a team: "Sales User", "Marketing Admin"; `plain` is the value's plainText. */
function isPermissionLevel(plain: string): boolean {
  if (PERMISSION_WORDS.has(plain)) return true;
  const last = plain.split(' ').pop() ?? '';
  return plain.includes(' ') && PERMISSION_WORDS.has(last) && !['none', 'custom', 'limited', 'basic', 'standard'].includes(last);
}

function isNameLike(value: string): boolean {
  const words = value.split(/\s+/);
  return words.length <= 5 && words.every((w) => NAME_WORD.test(w) || w === ',' || /^[\p{L}'’.-]+,$/u.test(w));
}

function isFullNameLike(value: string): boolean {
  if (!isNameLike(value)) return false;
  return value.includes(',') || value.trim().split(/\s+/).length >= 2;
}

/** Profiles a column from up to `limit` non-blank values, spread through the rows. */
export function profileValues(values: readonly string[], limit = 200): ValueProfile {
  const step = Math.max(1, Math.floor(values.length / limit));
  const sample: string[] = [];
  for (let i = 0; i < values.length && sample.length < limit; i += step) {
    const value = values[i]!.trim();
    if (value !== '') sample.push(value);
  }
  // Each value's plainText worked out once: four of the tests below compare it with word lists.
  const plains = sample.map(plainText);
  const share = (test: (v: string, plain: string) => boolean) => {
    let count = 0;
    for (let i = 0; i < sample.length; i++) if (test(sample[i]!, plains[i]!)) count++;
    return sample.length === 0 ? 0 : count / sample.length;
  };
  return {
    count: sample.length,
    email: share((v) => EMAIL.test(v) || /<[^\s@<>]+@[^\s@<>]+>/.test(v)),
    nameLike: share(isNameLike),
    fullNameLike: share(isFullNameLike),
    text: share((v) => LETTER.test(v) && !EMAIL.test(v)),
    numberOrDate: share((v) => NUMBER_OR_DATE.test(v)),
    boolean: share((v) => BOOLEAN_WORDS.has(v.toLowerCase())),
    status: share((_, plain) => STATUS_WORDS.has(plain) || /^(active|inactive|terminated)\b/.test(plain)),
    honorific: share((_, plain) => HONORIFIC_VALUES.has(plain)),
    programs: share(isProgramList),
    permission: share((_, plain) => isPermissionLevel(plain)),
    distinct: sample.length === 0 ? 0 : new Set(sample.map((v) => v.toLowerCase())).size / sample.length,
  };
}
