import Papa from 'papaparse';
import { neutraliseFormula } from '../out/csv';
import type { SyncReport } from './report';

const COLUMNS = ['status', 'email', 'name', 'reason', 'mos_status', 'billing_status', 'progress'];

/** The sync report as a spreadsheet an admin can file or share with HR. */
export function syncReportCsv(report: SyncReport): string {
  const rows = report.entries.map((e) =>
    [
      e.status,
      e.email,
      e.name,
      e.reason,
      e.member?.status ?? '',
      e.member?.billingStatus ?? '',
      e.member?.progress === undefined ? '' : `${e.member.progress}%`,
    ].map(neutraliseFormula),
  );
  return Papa.unparse([COLUMNS, ...rows], { newline: '\n' });
}
