// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { employeeScore } from './rank';

const EMPLOYEES = {
  headers: ['Name', 'Email', 'Job Title', 'Department'],
  rows: [
    ['Jane Doe', 'jane@example.com', 'Engineer II', 'R&D'],
    ['John Smith', 'john@example.com', 'Legal Assistant', 'Legal'],
    ['Ana Ruiz', 'ana@example.com', 'Account Executive', 'Sales'],
  ],
};

const HOLIDAYS = {
  headers: ['Date', 'Holiday', 'Day'],
  rows: [
    ['2024-01-01', "New Year's Day", 'Monday'],
    ['2024-05-27', 'Memorial Day', 'Monday'],
    ['2024-12-25', 'Christmas Day', 'Wednesday'],
  ],
};

describe('employeeScore', () => {
  it('ranks an employee table (email, name, title) above a 3-row holiday table', () => {
    const employees = employeeScore(EMPLOYEES.headers, EMPLOYEES.rows);
    const holidays = employeeScore(HOLIDAYS.headers, HOLIDAYS.rows);
    expect(employees).toBeGreaterThan(holidays);
    // Email, name and title columns are worth far more than size alone.
    expect(employees - holidays).toBeGreaterThanOrEqual(40 + 25 + 15);
  });

  it('counts an email column found by its values when the header does not say so', () => {
    const rows = [['Jane', 'jane@example.com'], ['John', 'john@example.com']];
    expect(employeeScore(['Who', 'Contact'], rows)).toBeGreaterThanOrEqual(40);
    expect(employeeScore(['Who', 'Contact'], [['Jane', 'x'], ['John', 'y']])).toBeLessThan(40);
  });

  it('recognises name and title headers in other languages', () => {
    const base = employeeScore(['A', 'B'], [['1', '2']]);
    expect(employeeScore(['Vorname', 'B'], [['1', '2']])).toBe(base + 25);
    expect(employeeScore(['A', 'Poste'], [['1', '2']])).toBe(base + 15);
    expect(employeeScore(['Correo', 'B'], [['1', '2']])).toBe(base + 40);
  });

  it('grows with the number of rows, within a cap', () => {
    const headers = ['Name'];
    const few = employeeScore(headers, [['a']]);
    const many = employeeScore(headers, Array.from({ length: 100 }, (_, i) => [`p${i}`]));
    const lots = employeeScore(headers, Array.from({ length: 100_000 }, (_, i) => [`p${i}`]));
    expect(many).toBeGreaterThan(few);
    expect(lots - few).toBeLessThanOrEqual(20);
  });

  it('finds the email column in stacked cells (name over email)', () => {
    const rows = [['Jane Doe\njane@example.com'], ['John Smith\njohn@example.com']];
    expect(employeeScore(['Person'], rows)).toBeGreaterThanOrEqual(40);
  });

  it('counts the rows the page states, and how much of the view the table fills', () => {
    const rows = [['Jane', 'jane@example.com']];
    const plain = employeeScore(['Name', 'Email'], rows);
    expect(employeeScore(['Name', 'Email'], rows, { statedTotal: 5000 })).toBeGreaterThan(plain);
    expect(employeeScore(['Name', 'Email'], rows, { viewportShare: 0.8 })).toBe(plain + 4);
  });

  it('is a whole number', () => {
    expect(Number.isInteger(employeeScore(EMPLOYEES.headers, EMPLOYEES.rows))).toBe(true);
  });
});
