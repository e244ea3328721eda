import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/page/data';
import { cleanEmail, mappedFieldValue } from './apply';
import { hasFirstWord, holdsPhrase, isNoteKind, mayNameNotPerson, nameVerdict, phraseList, startsWithPhrase, suggestExclusions, suggestExclusionsInChunks, WORD_LISTS, type ExclusionKind } from './exclusions';
import { plainText } from './normalise';
import { unnamedColumn } from '../sources/unnamed-column';
import type { ColumnMapping } from './types';

const HEADERS = ['Email', 'Status', 'Type', 'Enabled', 'Suspended'];
const MAPPING: ColumnMapping = { email: 0, status: 1, employment_type: 2, account_enabled: 3, account_disabled: 4 };
const row = (status = '', type = '', enabled = '', suspended = '') => ['x@example.com', status, type, enabled, suspended];

const verdicts = (rows: string[][], mapping = MAPPING) =>
  suggestExclusions(rows, mapping, HEADERS).map(({ index, kind, reason }) => [index, kind, reason]);

describe('suggestExclusions', () => {
  it('judges leavers, contractors, guests and disabled accounts, each with its column and value', () => {
    expect(
      verdicts([
        row('Active', 'Full-Time'),
        row('Terminated - Voluntary'),
        row('Active', 'Independent Contractor'),
        row('Single-Channel Guest'),
        row('', '', 'FALSE'),
        row('', '', '', 'True'),
        row('On Leave', 'Part-Time', 'TRUE', 'FALSE'),
      ]),
    ).toEqual([
      [1, 'left', 'Status: Terminated - Voluntary'],
      [2, 'contractor', 'Type: Independent Contractor'],
      [3, 'guest', 'Status: Single-Channel Guest'],
      [4, 'left', 'Enabled: FALSE'],
      [5, 'left', 'Suspended: True'],
      [6, 'leave', 'Status: On Leave'],
    ]);
  });

  it.each([
    ['German', 'ausgetreten'],
    ['German', 'Inaktiv'],
    ['French', 'Sorti'],
    ['French', 'Inactif'],
    ['Spanish', 'Baja'],
    ['Spanish', 'Inactivo'],
    ['Dutch', 'Uit dienst'],
    ['Dutch', 'Inactief'],
    ['Okta', 'DEPROVISIONED'],
    ['Gusto', 'Dismissed'],
  ])('reads a %s leaver status (%s)', (_, status) => {
    expect(verdicts([row(status)])).toEqual([[0, 'left', `Status: ${status}`]]);
  });

  it.each(['Freelancer', 'Prestataire', 'Autónomo', 'ZZP', 'Contingent Worker', 'Externer Mitarbeiter'])('reads contractor type %s', (type) => {
    expect(verdicts([row('', type)])[0]?.[1]).toBe('contractor');
  });

  it('keeps people on leave and new starters in with a note, and leaves locked-out users alone', () => {
    expect(verdicts([row('On Leave'), row('Hired'), row('PASSWORD_EXPIRED'), row('LOCKED_OUT'), row('Employed', 'Permanent'), row('Beurlaubt')])).toEqual([
      [0, 'leave', 'Status: On Leave'],
      [1, 'future', 'Status: Hired'],
      [5, 'leave', 'Status: Beurlaubt'],
    ]);
    expect(['contractor', 'leave', 'future'].every((k) => isNoteKind(k as ExclusionKind))).toBe(true);
    expect(['left', 'guest', 'notPerson'].some((k) => isNoteKind(k as ExclusionKind))).toBe(false);
  });

  it.each([
    ['Okta', 'status', 'SUSPENDED'],
    ['Entra', 'accountEnabled', 'False'],
    ['German', 'Status', 'Gesperrt'],
    ['French', 'Statut', 'Désactivé'],
    ['Spanish', 'Estado', 'Suspendido'],
    ['Dutch', 'Status', 'Gedeactiveerd'],
  ])('reads a shut account (%s: %s %s)', (_, header, value) => {
    const enabled = header === 'accountEnabled';
    const mapping: ColumnMapping = enabled ? { email: 0, account_enabled: 1 } : { email: 0, status: 1 };
    expect(suggestExclusions([['x@example.com', value]], mapping, ['Email', header])).toMatchObject([{ kind: 'left', reason: `${header}: ${value}` }]);
  });

  it('finds guest accounts by type and by #EXT# in the sign-in name, in any column', () => {
    const headers = ['userPrincipalName', 'mail', 'userType'];
    const mapping: ColumnMapping = { email: 1, employment_type: 2 };
    const rows = [
      ['ann@acme.example', 'ann@acme.example', 'Member'],
      ['gia_partner.example#EXT#@acme.onmicrosoft.com', '', 'Member'],
      ['lou@acme.example', 'lou@other.example', 'Guest'],
    ];
    expect(suggestExclusions(rows, mapping, headers).map(({ index, kind, column }) => [index, kind, column])).toEqual([
      [1, 'guest', 'userPrincipalName'],
      [2, 'guest', 'userType'],
    ]);
  });

  it('finds mailboxes, rooms, resources and service accounts by a type, org unit or group column', () => {
    const headers = ['Name', 'Email', 'Recipient type', 'Org unit path', 'Title'];
    const mapping: ColumnMapping = { first_name: { column: 0, part: 'given' }, last_name: { column: 0, part: 'family' }, email: 1, job_title: 4 };
    const rows = [
      ['Ann Lee', 'ann@acme.example', 'UserMailbox', '/Staff', 'Resource Planner'],
      ['Support', 'support@acme.example', 'SharedMailbox', '/Staff', ''],
      ['Board Room', 'board@acme.example', 'Room', '/Facilities', ''],
      ['Projector', 'projector@acme.example', 'Equipment', '/', ''],
      ['CI Bot', 'ci@acme.example', 'UserMailbox', '/Service Accounts', ''],
      ['Ben Ode', 'ben@acme.example', 'UserMailbox', '/Staff/Resources Team', ''],
    ];
    expect(suggestExclusions(rows, mapping, headers).map(({ index, kind, value }) => [index, kind, value])).toEqual([
      [1, 'notPerson', 'SharedMailbox'],
      [2, 'notPerson', 'Room'],
      [3, 'notPerson', 'Equipment'],
      [4, 'notPerson', '/Service Accounts'],
    ]);
  });

  it('finds placeholder and totals rows where a name would be', () => {
    const headers = ['First', 'Last', 'Email', 'Title'];
    const mapping: ColumnMapping = { first_name: 0, last_name: 1, email: 2, job_title: 3 };
    const rows = [
      ['Open', 'Position', '', 'Engineer'],
      ['TBH', '', '', 'Sales Rep'],
      ['Vacancy', '', '', ''],
      ['To be hired', '', '', 'AE'],
      ['Total', '', '', '42'],
      ['Summe: 42', '', '', ''],
      ['Tobias', 'Total', 'tobias.total@acme.example', 'Analyst'],
    ];
    expect(suggestExclusions(rows, mapping, headers).map(({ index, kind }) => [index, kind])).toEqual([
      [0, 'notPerson'],
      [1, 'notPerson'],
      [2, 'notPerson'],
      [3, 'notPerson'],
      [4, 'notPerson'],
      [5, 'notPerson'],
    ]);
  });

  it('reads no status when no status or type column is mapped', () => {
    expect(suggestExclusions([row('Terminated')], { email: 0 }, HEADERS)).toEqual([]);
  });

  it('finds a status column at index 0', () => {
    expect(suggestExclusions([['Terminated']], { status: 0 }, ['Status'])).toEqual([{ index: 0, kind: 'left', reason: 'Status: Terminated', column: 'Status', value: 'Terminated' }]);
  });
});

describe('a status written after the name', () => {
  const headers = ['Worker', 'Email', 'Status'];
  const mapping: ColumnMapping = { first_name: { column: 0, part: 'given' }, last_name: { column: 0, part: 'family' }, email: 1, status: 2 };
  const judged = (name: string, status = '') =>
    suggestExclusions([[name, 'x@example.com', status]], mapping, headers).map(({ kind, reason, column, value }) => [kind, reason, column, value]);

  it.each([
    ['Sam Ortiz (Terminated)', 'left', 'Terminated'],
    ['Sam Ortiz - Terminated', 'left', 'Terminated'],
    ['Sam Ortiz (Inactive)', 'left', 'Inactive'],
    ['Jonas Weber (Ausgetreten)', 'left', 'Ausgetreten'],
    ['Léa Martin (Sorti)', 'left', 'Sorti'],
    ['Lee Chan (Contractor)', 'contractor', 'Contractor'],
  ])('judges "%s" with the status words of a status column', (name, kind, value) => {
    expect(judged(name)).toEqual([[kind, `Worker: ${value}`, 'Worker', value]]);
  });

  it('keeps people on leave in with a note, and leaves role notes alone', () => {
    expect(judged('Aoife Kavanagh (On Leave)')).toEqual([['leave', 'Worker: On Leave', 'Worker', 'On Leave']]);
    expect(judged('Ravi Shah (Admin)')).toEqual([]);
    expect(judged('Jane Doe')).toEqual([]);
  });

  it('names the status column first when both say something', () => {
    expect(judged('Sam Ortiz (Contractor)', 'Terminated')).toEqual([['left', 'Status: Terminated', 'Status', 'Terminated']]);
  });

  it('reads the suffix of a separate last-name column too, with no status column mapped', () => {
    const found = suggestExclusions([['Sam', 'Ortiz (Terminated)', 'sam@example.com']], { first_name: 0, last_name: 1, email: 2 }, ['First', 'Last', 'Email']);
    expect(found.map((f) => f.reason)).toEqual(['Last: Terminated']);
  });
});

describe('suggestExclusionsInChunks', () => {
  it('gives the same suggestions, pausing between chunks', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => row(i % 4 === 0 ? 'Terminated' : 'Active'));
    let pauses = 0;
    const chunked = await suggestExclusionsInChunks(rows, MAPPING, HEADERS, { chunkSize: 10, pause: async () => void pauses++ });
    expect(chunked).toEqual(suggestExclusions(rows, MAPPING, HEADERS));
    expect(pauses).toBe(2);
  });

  it('stops when cancelled', async () => {
    const rows = Array.from({ length: 25 }, () => row('Terminated'));
    expect(await suggestExclusionsInChunks(rows, MAPPING, HEADERS, { chunkSize: 10, cancelled: () => true })).toEqual([]);
  });
});

describe('phrase lookups and the placeholder check, against the plain search', () => {
  // The plain rules the quick ones replaced: every phrase searched for in the spaced text.
  const holdsPlain = (value: string, phrases: readonly string[]) => phrases.some((p) => ` ${plainText(value)} `.includes(` ${p} `));
  const startsPlain = (value: string, phrases: readonly string[]) => phrases.some((p) => `${plainText(value)} `.startsWith(`${p} `));
  const headerOf = (headers: readonly string[], column: number) => headers[column]?.trim() || unnamedColumn(column);
  function nameVerdictPlain(cells: readonly string[], mapping: ColumnMapping, headers: readonly string[], where: string | undefined, titleColumns: ReadonlySet<number>) {
    const rawEmail = mappedFieldValue(cells, mapping, 'email');
    const mapped = {
      first_name: mappedFieldValue(cells, mapping, 'first_name'),
      last_name: mappedFieldValue(cells, mapping, 'last_name'),
      job_title: mappedFieldValue(cells, mapping, 'job_title'),
      email: rawEmail === undefined ? undefined : cleanEmail(rawEmail),
    };
    const name = [mapped.first_name, mapped.last_name].filter((v) => v && v.trim() !== '').join(' ');
    if (name !== '' && where !== undefined) {
      if (holdsPlain(name, WORD_LISTS.PLACEHOLDERS) || (mapped.job_title !== undefined && holdsPlain(mapped.job_title, WORD_LISTS.OPEN_TITLES) && !/@/.test(mapped.email ?? ''))) {
        return { kind: 'notPerson', column: where, value: name.trim() };
      }
    }
    if (/@/.test(mapped.email ?? '')) return undefined;
    const first = cells.findIndex((c, i) => c.trim() !== '' && !titleColumns.has(i));
    if (first >= 0 && startsPlain(cells[first]!, WORD_LISTS.TOTALS)) return { kind: 'notPerson', column: headerOf(headers, first), value: cells[first]!.trim() };
    return undefined;
  }

  // Seeded, so the generated cases are the same on every run.
  const next = prng(23);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const allPhrases = Object.values(WORD_LISTS).flat();
  const piece = () =>
    pick([
      () => pick(allPhrases),
      () => pick(allPhrases).toUpperCase(),
      () => pick(allPhrases).split(' ')[0]!,
      () => pick(['Ana', 'Müller', 'José', 'N.', 'n', 'a', 'Total:', 'Summe', 'ß', 'Straße', 'Ωmega', '1099', '42', 'to', 'open']),
      () => pick([' ', '  ', '-', '_', '/', '(', ')', ', ', '\t', '.', '@', '<a@x.io>', 'mailto:', '#EXT#', '']),
    ])();
  const value = () => Array.from({ length: Math.floor(next() * 5) }, piece).join(pick(['', ' ', '-', '  ']));

  it('finds a phrase in a value exactly where searching the spaced text for each finds one', () => {
    const lists = Object.values(WORD_LISTS);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const phrases = pick(lists);
      const list = phraseList(phrases);
      const v = value();
      expect([v, holdsPhrase(v, list), startsWithPhrase(v, list)]).toEqual([v, holdsPlain(v, phrases), startsPlain(v, phrases)]);
      if (holdsPlain(v, phrases)) found++;
    }
    // Both answers are well represented.
    expect(found).toBeGreaterThan(2_000);
    expect(found).toBeLessThan(18_000);
  });

  const placeholderList = phraseList(WORD_LISTS.PLACEHOLDERS);
  const firstWords = new Map<string, boolean>();
  const rememberedFirstWord = (part: string) => firstWords.get(part) ?? firstWords.set(part, hasFirstWord(part, placeholderList)).get(part)!;

  it('finds placeholder names and totals lines exactly as the plain rules do', () => {
    const headers = ['First', 'Last', 'Email', 'Title', ''];
    const mappings: ColumnMapping[] = [
      { first_name: 0, last_name: 1, email: 2, job_title: 3 },
      { first_name: 0, email: 2 },
      { last_name: 1, job_title: 3 },
      { first_name: { join: [0, 4] }, last_name: 1, email: { firstOf: [2, 4] }, job_title: 3 },
      {},
    ] as ColumnMapping[];
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const mapping = pick(mappings);
      const cells = Array.from({ length: Math.floor(next() * 6) }, value);
      const where = next() < 0.2 ? undefined : 'First';
      const titles = new Set(next() < 0.5 ? [3] : []);
      const openTitle = (title: string) => holdsPlain(title, WORD_LISTS.OPEN_TITLES);
      const plain = nameVerdictPlain(cells, mapping, headers, where, titles);
      expect([cells, nameVerdict(cells, mapping, headers, where, titles, openTitle)]).toEqual([cells, plain]);
      // As the judge asks it: with each name part's answer remembered across rows.
      expect([cells, nameVerdict(cells, mapping, headers, where, titles, openTitle, rememberedFirstWord)]).toEqual([cells, plain]);
      if (plain) found++;
    }
    expect(found).toBeGreaterThan(1_000);
    expect(found).toBeLessThan(19_000);
  });
});

describe('values that cannot name a mailbox, room or account', () => {
  it('are only values the full check finds no such name in, while values with a digit in a path still can', () => {
    const next = prng(24);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const pieces = ['Room', 'Shared Mailbox', 'resources', 'E100042', '2024-01-31', '42', 'Sales', '/', ' ', '-', 'Raum 3', 'ß', 'Salle'];
    let skipped = 0;
    let found = 0;
    for (let i = 0; i < 5_000; i++) {
      const v = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(pieces)).join('');
      const judged = suggestExclusions([[v]], {} as ColumnMapping).some((s) => s.kind === 'notPerson');
      if (judged) found++;
      if (!mayNameNotPerson(v)) {
        skipped++;
        expect([v, judged]).toEqual([v, false]);
      }
    }
    expect(skipped).toBeGreaterThan(500);
    expect(found).toBeGreaterThan(100);
    expect(suggestExclusions([['Floor 2/Rooms']], {} as ColumnMapping)[0]?.kind).toBe('notPerson');
    expect(mayNameNotPerson('Floor 2/Rooms')).toBe(true);
  });
});
