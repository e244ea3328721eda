import { similarity } from './fuzzy';
import { headerWords } from './normalise';

/** What a source column holds, as far as the mapping cares. */
export type ColumnKind =
  | 'given_name'
  | 'family_name'
  | 'second_family_name'
  | 'name_particle'
  | 'middle_name'
  | 'full_name'
  | 'preferred_name'
  | 'work_email'
  | 'email'
  | 'personal_email'
  | 'other_email'
  | 'login'
  | 'job_title'
  | 'department'
  | 'status'
  | 'employment_type'
  | 'account_enabled'
  | 'account_disabled'
  | 'employee_id'
  | 'manager'
  | 'mos_enable'
  | 'mos_opportunity'
  | 'course_enrollments'
  /** Known columns of no use here (phones, dates, addresses): named so they are never guessed as names. */
  | 'other';

/**
 * Header wordings per kind, in English, German, French, Spanish and Dutch, as HR systems, directories
 * and CRMs write them. Case, accents, punctuation, camelCase and notes in brackets do not matter.
 */
const PHRASES: Record<ColumnKind, readonly string[]> = {
  given_name: [
    'first name', 'firstname', 'first', 'given name', 'forename', 'legal first name', 'first name legal',
    'employee first name', 'user first name', 'fname', 'christian name', 'legal given name',
    'vorname', 'vornamen', 'prenom', 'prenoms', 'prenom legal', 'nombre', 'nombres', 'primer nombre',
    'nombre de pila', 'voornaam', 'voornamen', 'given names',
  ],
  family_name: [
    'last name', 'lastname', 'last', 'surname', 'family name', 'legal last name', 'last name legal',
    'employee last name', 'user last name', 'lname', 'legal family name',
    'nachname', 'familienname', 'zuname', 'nom', 'nom de famille', 'nom legal', 'apellido', 'apellidos',
    'primer apellido', 'achternaam', 'familienaam', 'geslachtsnaam',
  ],
  second_family_name: ['second last name', 'second surname', 'segundo apellido', 'maternal last name'],
  name_particle: [
    'tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels', 'surname prefix', 'last name prefix',
    'name particle', 'namenszusatz', 'vorsatzwort',
  ],
  middle_name: [
    'middle name', 'middle names', 'middle initial', 'middle', 'legal middle name', 'zweiter vorname',
    'weitere vornamen', 'deuxieme prenom', 'segundo nombre', 'tweede voornaam',
  ],
  full_name: [
    'name', 'full name', 'fullname', 'employee name', 'employee full name', 'worker name', 'worker@0.95',
    'display name@0.95', 'legal name', 'legal full name', 'user full name', 'member name', 'staff name',
    'associate name', 'person name', 'complete name', 'employee@0.9', 'team member', 'contact name', 'member@0.9',
    'user@0.9', 'person@0.9', 'benutzer@0.9', 'utilisateur@0.9', 'gebruiker@0.9',
    'vollstandiger name', 'mitarbeiter', 'mitarbeitername', 'mitarbeiter name', 'name vorname',
    'nom complet', 'nom et prenom', 'nom prenom', 'prenom nom', 'salarie', 'collaborateur',
    'nombre completo', 'nombre y apellidos', 'apellidos y nombre', 'empleado', 'nombre del empleado',
    'volledige naam', 'naam', 'medewerker', 'naam medewerker', 'werknemer', 'volledige naam medewerker',
  ],
  preferred_name: [
    'preferred name', 'preferred first name', 'nickname', 'nick name', 'known as', 'goes by', 'chosen name',
    'preferred', 'first name preferred', 'preferred given name', 'display first name',
    'rufname', 'bevorzugter name', 'bevorzugter vorname', 'spitzname', 'prenom usuel', 'prenom d usage',
    'nombre preferido', 'apodo', 'roepnaam', 'voorkeursnaam',
  ],
  work_email: [
    'work email', 'work email address', 'business email', 'company email', 'corporate email', 'office email',
    'primary work email', 'email work', 'professional email', 'work e mail', 'primary email',
    'primary email address', 'mail', 'work contact work email', 'email business',
    'geschaftliche e mail', 'e mail geschaftlich', 'dienstliche e mail', 'e mail dienstlich', 'firmen e mail',
    'e mail firma', 'e mail adresse geschaftlich', 'email professionnel', 'e mail professionnel',
    'courriel professionnel', 'adresse e mail professionnelle', 'mail professionnel',
    'correo corporativo', 'correo electronico corporativo', 'correo de trabajo', 'correo electronico de trabajo',
    'correo empresa', 'email corporativo', 'zakelijk e mailadres', 'zakelijk emailadres', 'e mailadres werk',
    'werk e mail', 'zakelijke e mail', 'e mail zakelijk',
  ],
  email: [
    'email', 'e mail', 'email address', 'e mail address', 'mail address', 'emails', 'emailadresse',
    'e mail adresse', 'courriel', 'adresse courriel', 'adresse e mail', 'adresse mail', 'correo',
    'correo electronico', 'e mailadres', 'emailadres', 'e mail adres', 'best email', 'contact email',
    'user email', 'employee email', 'email id', 'mailadres',
  ],
  personal_email: [
    'personal email', 'home email', 'private email', 'personal email address', 'private e mail', 'e mail privat',
    'private e mail adresse', 'privat e mail', 'email personnel', 'courriel personnel', 'email perso',
    'correo personal', 'prive e mail', 'persoonlijk e mailadres', 'prive emailadres', 'personal contact email',
    'e mailadres prive', 'email prive', 'personal contact personal email',
  ],
  other_email: [
    'secondary email', 'second email', 'alternate email', 'alternative email', 'recovery email', 'backup email',
    'other email', 'work secondary email', 'home secondary email', 'new primary email', 'alternate email address',
    'alternate email addresses', 'proxy addresses', 'cc email',
  ],
  login: [
    'username', 'user name', 'login', 'login name', 'user principal name', 'upn', 'sign in name', 'logon name',
    'sign in', 'benutzername', 'anmeldename', 'identifiant', 'nom d utilisateur', 'usuario', 'nombre de usuario',
    'gebruikersnaam', 'account name', 'sam account name', 'user login', 'handle',
  ],
  job_title: [
    'job title', 'title', 'jobtitle', 'position', 'position title', 'business title', 'job', 'job name',
    'job position', 'designation', 'occupation', 'employee title', 'job title description', 'current job title',
    'role title', 'job role', 'stellenbezeichnung', 'berufsbezeichnung', 'jobtitel', 'job titel', 'funktion',
    'stelle', 'positionsbezeichnung', 'intitule de poste', 'intitule du poste', 'poste', 'fonction',
    'titre du poste', 'emploi', 'cargo', 'puesto', 'titulo del puesto', 'puesto de trabajo', 'funcion',
    'functie', 'functietitel', 'functienaam', 'functieomschrijving',
    // Also a permission level ("Admin", "Viewer"): the values decide (suggest.ts).
    'role@0.9', 'rolle@0.9', 'rol@0.9', 'titel@0.9', 'titre', 'titulo', 'job function', 'profession', 'beruf',
    'metier', 'ocupacion', 'profesion', 'beroep', 'designacion',
  ],
  department: [
    'department', 'dept', 'division@0.9', 'team@0.9', 'business unit@0.95', 'org unit@0.95',
    'supervisory organization', 'department name', 'teams@0.9', 'group@0.85', 'unit@0.85', 'department team',
    'home department', 'abteilung', 'bereich@0.9', 'organisationseinheit', 'departement', 'service@0.9',
    'direction@0.85', 'equipe@0.9', 'departamento', 'area@0.85', 'equipo@0.9', 'afdeling', 'afdelingsnaam',
  ],
  status: [
    'status', 'employment status', 'employee status', 'worker status', 'lifecycle status', 'account status',
    'user status', 'active status', 'position status', 'member status', 'hr status', 'new status',
    'employment state', 'role state', 'mitarbeiterstatus', 'beschaftigungsstatus', 'statut', 'statut du salarie',
    'estado', 'estado del empleado', 'situacion', 'status medewerker', 'dienstverband status',
  ],
  employment_type: [
    'employment type', 'employee type', 'worker type', 'worker category', 'employee category', 'contract type',
    'type of employment', 'employment category', 'user type', 'employee class', 'worker sub type',
    'employment status@0.97', 'worker category description',
    'beschaftigungsart', 'vertragsart', 'anstellungsart', 'mitarbeitertyp', 'mitarbeiterart', 'type de contrat',
    'type d emploi', 'type de salarie', 'tipo de contrato', 'tipo de empleado', 'tipo de empleo',
    'dienstverband', 'contractsoort', 'soort dienstverband', 'type medewerker', 'soort contract',
  ],
  account_enabled: [
    'active', 'is active', 'enabled', 'account enabled', 'user active', 'active user', 'billing active',
    'active status',
    'aktiv', 'actif', 'activo', 'actief',
  ],
  account_disabled: [
    'suspended', 'is suspended', 'disabled', 'deactivated', 'blocked', 'block credential', 'sign in blocked',
    'archived', 'gesperrt', 'deaktiviert', 'suspendu', 'desactive', 'suspendido', 'bloqueado', 'geblokkeerd',
    'gedeactiveerd',
  ],
  employee_id: [
    'employee id', 'employee number', 'employee no', 'emp id', 'emp no', 'staff id', 'staff number',
    'personnel number', 'worker id', 'employee code', 'badge number', 'file number', 'associate id',
    'person number', 'payroll id', 'payroll number', 'employee reference', 'employee identifier', 'id@0.85',
    'user id@0.85', 'external id@0.9', 'employee id number', 'personalnummer', 'mitarbeiternummer', 'personal nr',
    'mitarbeiter id', 'matricule', 'numero d employe', 'identifiant salarie', 'id employe', 'numero de empleado',
    'id de empleado', 'legajo', 'numero de personal', 'personeelsnummer', 'medewerkernummer', 'werknemernummer',
    'personeelsnr',
  ],
  manager: [
    'manager', 'manager name', 'reports to', 'reporting to', 'supervisor', 'line manager', 'direct manager',
    'manager email', 'manager work email', 'supervisor email', 'reports to email', 'manager s email',
    'manager id@0.9', 'supervisor name', 'reports to name', 'direct supervisor', 'managers email',
    'vorgesetzter', 'vorgesetzte', 'fuhrungskraft', 'teamleiter', 'disziplinarischer vorgesetzter',
    'responsable', 'superieur hierarchique', 'manager direct', 'jefe', 'jefe directo', 'responsable directo',
    'leidinggevende', 'direct leidinggevende',
  ],
  mos_enable: ['mos enable', 'enable', 'enable seat', 'mos enable seat'],
  mos_opportunity: ['mos opportunity', 'opportunity', 'opportunity seat', 'mos opportunity seat'],
  course_enrollments: [
    'course enrollments', 'courses', 'course', 'programs', 'programmes', 'program', 'programme', 'course slugs',
    'enrollments', 'mos programs', 'mos courses', 'course enrolments', 'enrolments', 'training', 'trainings',
    'training programs', 'training programmes', 'training courses', 'learning', 'learning enrollments',
    'learning programs', 'learning paths', 'assigned courses', 'assigned training', 'sales training', 'mos training',
    'schulungen', 'schulung', 'kurse', 'weiterbildungen', 'trainingsprogramme', 'lernpfade', 'formations',
    'formation', 'cours', 'programmes de formation', 'cursos', 'curso', 'formaciones', 'formacion', 'programas',
    'opleidingen', 'opleiding', 'cursussen', 'trainingen', 'programmas',
  ],
  other: [
    'phone', 'mobile', 'mobile phone', 'work phone', 'home phone', 'telephone', 'telephone number', 'phone number',
    'cell', 'fax', 'hire date', 'start date', 'original hire date', 'birth date', 'date of birth', 'birthday',
    'termination date', 'end date', 'last login', 'last sign in', 'last seen', 'last active', 'last activity',
    'created', 'created date', 'created date time', 'last modified', 'location', 'site', 'office', 'city',
    'country', 'state province', 'address', 'street address', 'postal code', 'zip', 'gender', 'salary', 'pay rate',
    'cost center', 'password', 'password hash function', 'company', 'company name', 'legal entity', 'time zone',
    'usage location', 'licenses', 'seats', 'permissions', 'profile', 'roles', 'user role', 'object id',
    'email usage', 'two sv enrolled', 'change password at next sign in', 'anrede', 'salutation',
    'civilite', 'tratamiento', 'aanhef', 'eintrittsdatum', 'austrittsdatum', 'geburtsdatum', 'telefon',
    'standort', 'date d entree', 'fecha de alta', 'datum in dienst', 'telefoonnummer', 'ethnicity', 'age',
    'creation type', 'invitation state', 'directory synced', 'identity issuer', 'age group', 'department id',
    'job code', 'job profile', 'state', 'position id', 'position number', 'job id', 'organization',
    'organisation', 'org unit path', 'preferred language', 'preferred data location', 'preferred contact method',
    'pronouns', 'date of joining', 'telefono', 'honorific prefix', 'honorific suffix', 'locale', 'timezone',
    'profile url', 'cost centre', 'company code', 'division code', 'dir sync enabled', 'password never expires',
    'building id', 'floor name', 'floor section', 'expiration timestamp', 'has 2fa', 'has sso', 'alias', 'cost center code', 'flsa status', 'aca status', 'time type', 'fte', 'notes',
  ],
};

interface Phrase {
  kind: ColumnKind;
  words: string[];
  compact: string;
  /** Below 1 for wordings that mean this kind less surely ("division" for department). */
  weight: number;
}

const ALL_PHRASES: Phrase[] = (Object.entries(PHRASES) as [ColumnKind, readonly string[]][]).flatMap(([kind, list]) =>
  list.map((entry) => {
    const [text, weight] = entry.split('@');
    const words = headerWords(text!);
    return { kind, words, compact: words.join(''), weight: weight ? Number(weight) : 1 };
  }),
);

/** Typos allowed for a fuzzy match: none for short words, one for medium, two for long. */
function allowedEdits(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** How well a header's words match one wording, from 1 (the same) down to 0. */
function phraseScore(words: readonly string[], compact: string, phrase: Phrase): number {
  if (compact === phrase.compact) return 1;
  if (words.length === phrase.words.length && phrase.words.every((w) => words.includes(w))) return 0.97;
  const extra = words.length - phrase.words.length;
  if (extra > 0 && phrase.words.every((w) => words.includes(w))) {
    // "Work Email Address" holds "work email"; a lone generic word ("name", "email") counts for less.
    return phrase.words.length === 1 ? Math.max(0.4, 0.72 - 0.1 * (extra - 1)) : Math.max(0.5, 0.9 - 0.06 * (extra - 1));
  }
  const edits = allowedEdits(Math.min(compact.length, phrase.compact.length));
  if (edits > 0 && Math.abs(compact.length - phrase.compact.length) <= edits) {
    const score = similarity(compact, phrase.compact);
    const distance = Math.round((1 - score) * Math.max(compact.length, phrase.compact.length));
    if (distance <= edits) return 0.8 - 0.05 * distance;
  }
  return 0;
}

/** The best score per kind that a header reaches. */
export function headerKindScores(header: string): Map<ColumnKind, number> {
  const words = headerWords(header);
  const compact = words.join('');
  const scores = new Map<ColumnKind, number>();
  if (compact === '') return scores;
  for (const phrase of ALL_PHRASES) {
    const score = phraseScore(words, compact, phrase) * phrase.weight;
    if (score > (scores.get(phrase.kind) ?? 0)) scores.set(phrase.kind, score);
  }
  return scores;
}

/** Headers we made up for a file without a header row: they say nothing about the column. */
export function isGeneratedHeader(header: string): boolean {
  return /^Column \d+$/.test(header);
}
