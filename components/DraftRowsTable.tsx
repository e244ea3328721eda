import { MOS_FIELD_LABELS } from '@/lib/mos/schema';
import type { MappableField } from '@/lib/mapping';

export interface DraftRowView {
  index: number;
  values: Record<MappableField, string>;
  issues: { field: string; message: string }[];
  excluded: boolean;
  /** A short aside per field, e.g. the legal name beside a preferred first name. */
  notes?: Partial<Record<MappableField, string>>;
}

export interface DraftRowsTableProps {
  columns: readonly MappableField[];
  rows: readonly DraftRowView[];
}

/** The draft's rows in the mOS columns, with each row's problems spelled out. */
export function DraftRowsTable({ columns, rows }: DraftRowsTableProps) {
  return (
    <table class="grid" data-testid="draft-rows">
      <thead>
        <tr>
          <th scope="col">#</th>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {MOS_FIELD_LABELS[c]}
            </th>
          ))}
          <th scope="col">Problems</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.index} class={row.issues.length > 0 ? 'invalid' : undefined} data-row={row.index}>
            <td>{row.index + 1}</td>
            {columns.map((c) => (
              <td key={c}>
                {row.values[c]}
                {row.notes?.[c] && <span class="muted"> ({row.notes[c]})</span>}
              </td>
            ))}
            <td class="error">{row.issues.map((i) => `${MOS_FIELD_LABELS[i.field as MappableField] ?? i.field}: ${i.message}`).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
