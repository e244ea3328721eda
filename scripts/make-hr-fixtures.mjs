// Writes the corpus fixtures that cannot be kept as plain UTF-8 text: an Excel workbook, a German
// export in Windows-1252 and an Excel "Unicode Text" file (UTF-16). Run: node scripts/make-hr-fixtures.mjs
import { writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';

const dir = new URL('../e2e/fixtures/hr-exports/', import.meta.url);

// Windows-1252 differs from Latin-1 in 0x80–0x9F; these are the characters the fixture uses there.
const CP1252_EXTRAS = new Map([['€', 0x80], ['„', 0x84], ['–', 0x96], ['—', 0x97], ['“', 0x93], ['”', 0x94], ['’', 0x92]]);
function windows1252(text) {
  return Buffer.from([...text].map((c) => CP1252_EXTRAS.get(c) ?? c.charCodeAt(0)).map((b) => {
    if (b > 0xff) throw new Error(`not in Windows-1252: ${b}`);
    return b;
  }));
}

function personio() {
  const lines = [
    'ID;Vorname;Nachname;E-Mail;Position;Abteilung;Status;Eintrittsdatum;Vorgesetzter;Beschäftigungsart;Telefon',
    '17;Jürgen;Müller;juergen.mueller@firma-gmbh.example;Vertriebsleiter – DACH;Vertrieb;aktiv;01.03.2019;;Festanstellung;+49 89 1234567',
    '23;Björn;Weiß;bjoern.weiss@firma-gmbh.example;Account Executive;Vertrieb;aktiv;15.08.2021;Jürgen Müller;Festanstellung;0171 2345678',
    '31;Anna-Lena;Schäfer;anna-lena.schaefer@firma-gmbh.example;Marketing Managerin;Marketing;inaktiv;01.02.2020;Jürgen Müller;Teilzeit;',
    '42;Chloé;Dubois;chloe.dubois@firma-gmbh.example;„Sales Enablement“ Beraterin;Vertrieb;aktiv;01.10.2023;Jürgen Müller;Freelancer;',
    '48;Sören;Kühn;;Werkstudent Vertrieb;Vertrieb;aktiv;01.04.2024;Jürgen Müller;Werkstudent;',
  ];
  writeFileSync(new URL('personio-de.csv', dir), windows1252(lines.join('\r\n') + '\r\n'));
}

function excelUnicodeText() {
  const lines = [
    'Full Name\tE-mail\tJob Title\tTeam',
    'Zoë Ångström\tzoe.angstrom@nordic.example\tSolutions Architect\tPresales',
    'Łukasz Żółkiewski\tlukasz.zolkiewski@nordic.example\tAccount Director\tSales',
    'Søren Kierkegaard\tsoren.kierkegaard@nordic.example\tSales Manager\tSales',
    'José Álvarez\tjose.alvarez@nordic.example\tSDR\tSales',
  ];
  const text = lines.join('\r\n') + '\r\n';
  writeFileSync(new URL('excel-unicode-text.txt', dir), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

function workday() {
  const date = (y, m, d) => ({ t: 'n', v: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000, z: 'mm/dd/yyyy' });
  const id = (n) => ({ t: 'n', v: n, z: '000000' });
  const header = ['Worker', 'Employee ID', 'Legal Name - First Name', 'Legal Name - Last Name', 'Preferred Name - First Name',
    'Business Title', 'Primary Work Email', 'Supervisory Organization', 'Manager', 'Worker Type', 'Active Status', 'Hire Date', 'Work Phone'];
  const rows = [
    ['Logan McNeil', id(21001), 'Logan', 'McNeil', '', 'Vice President, Sales', 'logan.mcneil@gms.example', 'Sales (Global Modern Services)', '', 'Employee', 'Yes', date(2012, 3, 1), 14155550101],
    ['Robert Johnson Jr.', id(21002), 'Robert', 'Johnson Jr.', 'Bob', 'Sales Director, EMEA', 'bob.johnson@gms.example', 'Sales EMEA', 'Logan McNeil', 'Employee', 'Yes', date(2015, 6, 15), 442079460002],
    ['Zoë Ångström', id(21003), 'Zoë', 'Ångström', '', 'Solutions Consultant', 'Zoe.Angstrom@GMS.example', 'Sales EMEA', 'Robert Johnson Jr.', 'Employee', 'Yes', date(2019, 9, 2), ''],
    ['Teresa Serrano', id(21004), 'Teresa', 'Serrano', '', 'Sales Trainer', 'teresa.serrano@gms.example', 'Sales Enablement', 'Logan McNeil', 'Contingent Worker', 'Yes', date(2023, 1, 16), ''],
    ['Kenji Watanabe', id(21005), 'Kenji', 'Watanabe', '', 'Account Manager', 'kenji.watanabe@gms.example', 'Sales APAC', 'Logan McNeil', 'Employee', 'No', date(2017, 11, 6), ''],
  ];
  const workers = XLSX.utils.aoa_to_sheet([['Workers by Organization'], ['Effective as of 05/01/2024'], [], header, ...rows]);
  const summary = XLSX.utils.aoa_to_sheet([['Workers by Organization — Global Modern Services'], [], ['Total workers: 5']]);
  const prompts = XLSX.utils.aoa_to_sheet([['Prompt', 'Value'], ['Organization', 'Global Modern Services'], ['Include Subordinate Organizations', 'Yes']]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, summary, 'Summary');
  XLSX.utils.book_append_sheet(book, workers, 'Workers');
  XLSX.utils.book_append_sheet(book, prompts, 'Prompts');
  book.Props = { Title: 'Workers by Organization', Author: 'Workday', CreatedDate: new Date(Date.UTC(2024, 4, 1)) };
  writeFileSync(new URL('workday.xlsx', dir), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

personio();
excelUnicodeText();
workday();
