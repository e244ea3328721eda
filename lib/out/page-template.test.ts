import { describe, expect, it } from 'vitest';
import { toMosCsv } from './csv';
import { describeTemplateFit, fitToPageTemplate } from './page-template';
import { MOS_COLUMNS } from '../mos/template';
import type { MosRow } from '../mos/schema';

const row: MosRow = {
  user_id: 'EXT00001',
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane.doe@example.com',
  job_title: '=Boss',
  mos_enable: true,
  mos_opportunity: false,
  course_enrollments: ['meddpicc-masterclass', 'value-pyramid-program'],
};

describe('fitToPageTemplate', () => {
  it('recognises our own template, whatever the case and spacing', () => {
    const fit = fitToPageTemplate(MOS_COLUMNS.map((c) => ` ${c.toUpperCase()} `));
    expect(fit).toEqual({ columns: [...MOS_COLUMNS], unknown: [], missing: [], matchesOurs: true });
    expect(describeTemplateFit(fit)).toEqual([]);
  });

  it('follows a reordered template with an extra column and one missing', () => {
    const fit = fitToPageTemplate(['email', 'user_id', 'first_name', 'last_name', 'job_title', 'mos_enable', 'course_enrollments', 'department']);
    expect(fit.columns).toEqual(['email', 'user_id', 'first_name', 'last_name', 'job_title', 'mos_enable', 'course_enrollments', 'department']);
    expect(fit.unknown).toEqual(['department']);
    expect(fit.missing).toEqual(['mos_opportunity']);
    expect(fit.matchesOurs).toBe(false);
    expect(describeTemplateFit(fit)).toEqual([
      'The mOS template has columns we cannot fill, left empty: department.',
      'The mOS template has no mos_opportunity column, so that is not sent.',
    ]);
    expect(toMosCsv([row], fit.columns)).toBe(
      [
        'email,user_id,first_name,last_name,job_title,mos_enable,course_enrollments,department',
        `jane.doe@example.com,EXT00001,Jane,Doe,'=Boss,TRUE,"meddpicc-masterclass,value-pyramid-program",`,
      ].join('\n'),
    );
  });

  it('says so when only the order differs', () => {
    const reversed = [...MOS_COLUMNS].reverse();
    expect(describeTemplateFit(fitToPageTemplate(reversed))).toEqual([
      'The mOS template orders its columns differently; the file follows it.',
    ]);
  });

  it.each(['=HYPERLINK("http://evil.example","Click")', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', ' =1'])(
    'refuses a template with a formula-like column %j: the file keeps our own columns, and says why',
    (hostile) => {
      const fit = fitToPageTemplate(['email', hostile, 'first_name']);
      expect(fit.columns).toEqual([...MOS_COLUMNS]);
      expect(fit.refused).toEqual([hostile.trim()]);
      const notes = describeTemplateFit(fit);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain('looks like a spreadsheet formula');
      expect(toMosCsv([row], fit.columns).split('\n')[0]).toBe(MOS_COLUMNS.join(','));
    },
  );
});
