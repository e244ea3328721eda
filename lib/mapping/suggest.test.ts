import { describe, expect, it } from 'vitest';
import { pickMappedValues, type ReadOptions } from './apply';
import { suggestMapping } from './suggest';

/** The mapping for a header row, with one plausible data row so values can speak. */
function mapOf(headers: string[], ...rows: string[][]) {
  return suggestMapping(headers, rows).mapping;
}

const people = (headers: string[], rows: string[][], options: ReadOptions = {}) => {
  const { mapping } = suggestMapping(headers, rows);
  return rows.map((r) => pickMappedValues(r, mapping, options));
};

describe('suggestMapping: header wordings', () => {
  it.each([
    ['English', ['First Name', 'Last Name', 'Work Email', 'Job Title']],
    ['camelCase', ['firstName', 'lastName', 'email', 'title']],
    ['snake_case', ['first_name', 'last_name', 'email_address', 'job_title']],
    ['German', ['Vorname', 'Nachname', 'E-Mail', 'Position']],
    ['French', ['Prénom', 'Nom', 'Courriel', 'Intitulé du poste']],
    ['Spanish', ['Nombre', 'Apellidos', 'Correo electrónico', 'Puesto']],
    ['Dutch', ['Voornaam', 'Achternaam', 'E-mailadres', 'Functie']],
    ['typos', ['Frist Name', 'Lastname', 'Emial', 'Job Titel']],
  ])('maps %s headers', (_, headers) => {
    expect(mapOf(headers, ['Jane', 'Doe', 'jane@example.com', 'Engineer'])).toMatchObject({ first_name: 0, last_name: 1, email: 2, job_title: 3 });
  });

  it('maps the mOS template itself, seats and programs included', () => {
    const headers = ['user_id', 'first_name', 'last_name', 'email', 'job_title', 'mos_enable', 'mos_opportunity', 'course_enrollments'];
    expect(mapOf(headers, ['EXT00001', 'Jane', 'Doe', 'jane@example.com', 'CEO', 'TRUE', 'FALSE', 'meddpicc-masterclass'])).toMatchObject({
      first_name: 1,
      last_name: 2,
      email: 3,
      job_title: 4,
      mos_enable: 5,
      mos_opportunity: 6,
      course_enrollments: 7,
    });
  });

  it('keeps department, status, employee id and manager for rules and sync', () => {
    const mapping = mapOf(
      ['Employee #', 'Name', 'Email', 'Department', 'Status', 'Reports To', 'Employment Type'],
      ['17', 'Jane Doe', 'jane@example.com', 'Sales', 'Active', 'John Roe', 'Full-Time'],
    );
    expect(mapping).toMatchObject({ employee_id: 0, department: 3, status: 4, manager: 5, employment_type: 6 });
  });

  it('gives each field a confidence: exact headers high, typos lower, values alone lower still', () => {
    const { details } = suggestMapping(['First Name', 'Frist Nmae', 'Contact'], [['Jane', 'x', 'jane@example.com']]);
    expect(details.first_name?.confidence).toBe(1);
    expect(details.first_name?.basis).toBe('header');
    expect(details.email?.basis).toBe('values');
    expect(details.email!.confidence).toBeLessThan(0.9);
    expect(suggestMapping(['Frist Name'], [['Jane']]).details.first_name).toMatchObject({ basis: 'similar-header' });
  });
});

describe('suggestMapping: values', () => {
  it('takes a column of email addresses as the email, whatever its header', () => {
    expect(mapOf(['Who', 'Reach me at'], ['Jane', 'jane@example.com'], ['John', 'john@example.com']).email).toBe(1);
  });

  it('does not take an "Email" header whose values are not addresses', () => {
    expect(mapOf(['Email Usage', 'Mail'], ['1.2 GB', 'jane@example.com'], ['0 MB', 'john@example.com']).email).toBe(1);
  });

  it('takes a column of statuses as the status', () => {
    expect(mapOf(['Email', 'Flag'], ['a@example.com', 'Active'], ['b@example.com', 'Terminated'], ['c@example.com', 'Active']).status).toBe(1);
  });

  it('reads a Yes/No "Active Status" as an active flag, not a status', () => {
    expect(mapOf(['Email', 'Active Status'], ['a@example.com', 'Yes'], ['b@example.com', 'No'])).toMatchObject({ account_enabled: 1 });
  });

  it('does not take honorifics as job titles', () => {
    expect(mapOf(['Title', 'First Name', 'Email'], ['Mr', 'John', 'j@example.com'], ['Ms', 'Jane', 'k@example.com']).job_title).toBeUndefined();
  });

  it('maps a file without a header row from its values', () => {
    const rows = [
      ['Jane Doe', 'jane@example.com', 'CEO'],
      ['John Roe', 'john@example.com', 'CFO'],
    ];
    expect(people(['Column 1', 'Column 2', 'Column 3'], rows)).toEqual([
      { first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com' },
      { first_name: 'John', last_name: 'Roe', email: 'john@example.com' },
    ]);
  });
});

describe('suggestMapping: names', () => {
  it('splits a full-name column when there are no first and last name columns', () => {
    expect(people(['Employee Name', 'Email'], [['Doe, Jane', 'jane@example.com'], ['Ludwig van Beethoven', 'l@example.com']])).toEqual([
      { first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com' },
      { first_name: 'Ludwig', last_name: 'van Beethoven', email: 'l@example.com' },
    ]);
  });

  it('uses the legal first name, and the preferred one when the organisation says so or the legal one is blank', () => {
    const headers = ['First Name', 'Preferred Name', 'Last Name', 'Email'];
    const rows = [
      ['Katherine', 'Kate', 'Caldwell', 'kate@example.com'],
      ['Quoc Bao', 'Bao', 'Tran', 'bao@example.com'],
      ['Ryan', '', 'Ford', 'ryan@example.com'],
      ['', 'Sam', 'Ortiz', 'sam@example.com'],
    ];
    expect(people(headers, rows).map((p) => p.first_name)).toEqual(['Katherine', 'Quoc Bao', 'Ryan', 'Sam']);
    expect(people(headers, rows, { preferredFirstNames: true }).map((p) => p.first_name)).toEqual(['Kate', 'Bao', 'Ryan', 'Sam']);
  });

  it('takes the first name from a legal or a preferred full name', () => {
    const rows = [['Robert Johnson', 'Bob Johnson', 'bob@example.com']];
    expect(people(['Legal Name', 'Preferred Name', 'Email'], rows)[0]).toMatchObject({ first_name: 'Robert', last_name: 'Johnson' });
    expect(people(['Legal Name', 'Preferred Name', 'Email'], rows, { preferredFirstNames: true })[0]).toMatchObject({ first_name: 'Bob' });
  });

  it('joins a Dutch surname prefix and two Spanish surnames into the last name', () => {
    expect(people(['Voornaam', 'Tussenvoegsel', 'Achternaam', 'E-mail'], [['Jan', 'van der', 'Berg', 'jan@example.com']])[0]!.last_name).toBe(
      'van der Berg',
    );
    expect(
      people(['Nombre', 'Primer apellido', 'Segundo apellido', 'Correo'], [['Ana', 'García', 'López', 'ana@example.com']])[0]!.last_name,
    ).toBe('García López');
  });

  it('reads German "Name; Vorname" as last name and first name', () => {
    expect(people(['Name', 'Vorname', 'E-Mail'], [['Müller', 'Jürgen', 'j@example.com'], ['Weiß', 'Björn', 'b@example.com']])).toEqual([
      { first_name: 'Jürgen', last_name: 'Müller', email: 'j@example.com' },
      { first_name: 'Björn', last_name: 'Weiß', email: 'b@example.com' },
    ]);
  });

  it('reads a Spanish "Nombre" holding whole names as a full name', () => {
    expect(people(['Nombre', 'Correo'], [['Ana García López', 'ana@example.com'], ['Luis Ruiz', 'luis@example.com']])[1]).toEqual({
      first_name: 'Luis',
      last_name: 'Ruiz',
      email: 'luis@example.com',
    });
  });
});

describe('suggestMapping: emails', () => {
  it('prefers the work email over a personal one', () => {
    expect(mapOf(['Personal Email', 'Work Email'], ['jane@gmail.example', 'jane@acme.example']).email).toBe(1);
    expect(mapOf(['Home Email', 'Email'], ['jane@gmail.example', 'jane@acme.example']).email).toBe(1);
  });

  it('fills a blank work email from the sign-in name when that is an address', () => {
    const rows = [
      ['AdeleV@contoso.example', 'AdeleV@contoso.example'],
      ['DiegoS@contoso.example', ''],
    ];
    expect(people(['userPrincipalName', 'mail'], rows).map((p) => p.email)).toEqual(['adelev@contoso.example', 'diegos@contoso.example']);
  });

  it('never falls back to a personal email: the login would go there, so the row has no work email', () => {
    const { mapping } = suggestMapping(['Name', 'Private Email'], [['Jane Doe', 'jane@gmail.example']]);
    expect(mapping.email).toBeUndefined();
    expect(mapOf(['Name', 'Work Email', 'Home Email'], ['Jane Doe', '', 'jane@gmail.example']).email).toBe(1);
  });

  it('never takes a manager’s or a recovery email as the person’s email', () => {
    const mapping = mapOf(['Manager Email', 'Recovery Email', 'Email'], ['boss@example.com', 'me@gmail.example', 'me@example.com']);
    expect(mapping).toMatchObject({ email: 2, manager: 0 });
  });
});

describe('suggestMapping: what it leaves alone', () => {
  it('maps nothing from headers and values that say nothing', () => {
    expect(mapOf(['Who', 'Contact'], ['x', 'y'])).toEqual({});
    expect(mapOf([], [])).toEqual({});
  });

  it('does not take look-alike columns for names', () => {
    const mapping = mapOf(
      ['Last Sign In', 'Preferred Language', 'Company Name', 'First Name', 'Last Name', 'Email'],
      ['2024-04-30', 'en-US', 'Acme Inc', 'Jane', 'Doe', 'jane@example.com'],
    );
    expect(mapping).toEqual({ first_name: 3, last_name: 4, email: 5 });
  });
});

describe('suggestMapping: programs', () => {
  it.each(['Training', 'Programs', 'Courses', 'Course enrollments', 'Schulungen', 'Formations', 'Cursos', 'Opleidingen', 'Learning Enrollments'])(
    'reads a "%s" column of program names as course_enrollments',
    (header) => {
      const rows = [
        ['Ana', 'ana@example.com', 'MEDDPICC Masterclass; meddicc value program'],
        ['Ben', 'ben@example.com', 'Meddicc-go-live-plan'],
      ];
      expect(mapOf(['Name', 'Email', header], ...rows).course_enrollments).toBe(2);
    },
  );

  it('reads program names from their values when the header says nothing', () => {
    const rows = [
      ['Ana', 'ana@example.com', 'MEDDPICC Masterclass, MEDDICC Value Program'],
      ['Ben', 'ben@example.com', 'value-pyramid-program'],
      ['Cy', 'cy@example.com', 'meddpicc-masterclass'],
    ];
    expect(mapOf(['Name', 'Email', 'Assigned'], ...rows).course_enrollments).toBe(2);
  });

  it('still reads a training column whose names are not all programs, so they can be flagged', () => {
    expect(mapOf(['Name', 'Email', 'Training'], ['Ana', 'ana@example.com', 'Masterclass']).course_enrollments).toBe(2);
  });

  it('leaves a training column of hours or dates alone', () => {
    const rows = [
      ['Ana', 'ana@example.com', '12', '2024-01-03'],
      ['Ben', 'ben@example.com', '4', '2023-11-20'],
    ];
    expect(mapOf(['Name', 'Email', 'Training Hours', 'Training'], ...rows).course_enrollments).toBeUndefined();
  });
});

describe('suggestMapping: job-title columns under other names', () => {
  it.each([
    'Role', 'Position', 'Title', 'Designation', 'Job', // English
    'Rolle', 'Stelle', 'Titel', 'Beruf', 'Funktion', // German
    'Rôle', 'Poste', 'Titre', 'Fonction', 'Métier', // French
    'Rol', 'Puesto', 'Cargo', 'Título', 'Designación', // Spanish
    'Functie', 'Beroep', // Dutch ("Rol" and "Titel" are spelt as above)
  ])('maps a column headed %s holding job titles to job_title', (header) => {
    const rows = [
      ['Jane Doe', 'jane@example.com', 'Account Executive'],
      ['John Roe', 'john@example.com', 'Sales Manager'],
      ['Ana Lima', 'ana@example.com', 'Engineer II'],
    ];
    expect(mapOf(['Name', 'Email', header], ...rows).job_title).toBe(2);
  });

  it('leaves a Role column of access levels (Admin, Viewer) out of job_title, deciding by its values', () => {
    const rows = [
      ['Jane Doe', 'jane@example.com', 'Admin'],
      ['John Roe', 'john@example.com', 'Viewer'],
      ['Ana Lima', 'ana@example.com', 'Member'],
      ['Sam Lee', 'sam@example.com', 'Super Admin'],
    ];
    expect(mapOf(['Name', 'Email', 'Role'], ...rows).job_title).toBeUndefined();
    expect(mapOf(['Name', 'Email', 'Rolle'], ...rows.map((r) => [r[0]!, r[1]!, 'Benutzer'])).job_title).toBeUndefined();
  });

  it('takes a Role column for the job title over a Title column of honorifics', () => {
    const rows = [
      ['Jane Doe', 'Ms', 'Account Executive'],
      ['John Roe', 'Mr', 'Sales Manager'],
    ];
    expect(mapOf(['Name', 'Title', 'Role'], ...rows).job_title).toBe(2);
  });

  it('reads a CRM users table: the User column is the name', () => {
    const mapping = mapOf(['User', 'Email', 'Role'], ['Jane Doe', 'jane@example.com', 'Account Executive']);
    expect(mapping).toMatchObject({ first_name: { column: 0, part: 'given' }, last_name: { column: 0, part: 'family' }, email: 1, job_title: 2 });
  });
});
