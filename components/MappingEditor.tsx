import {
  KEPT_FIELDS,
  KEPT_FIELD_LABELS,
  MAPPABLE_FIELDS,
  MAPPED_FIELDS,
  confidenceLevel,
  decodeSource,
  encodeSource,
  sameSource,
  sampleValues,
  sourceOptions,
  sourceStanding,
  type ColumnMapping,
  type FieldSource,
  type MappedField,
  type MappingSuggestion,
  type SourceOption,
  type SourceStanding,
} from '@/lib/mapping';
import { MOS_FIELD_LABELS } from '@/lib/mos/schema';
import './mapping.css';

export interface MappingEditorProps {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  mapping: ColumnMapping;
  suggestion: MappingSuggestion;
  /** The mapping remembered for this kind of source, if any. */
  remembered?: ColumnMapping;
  busy?: boolean;
  onChange(field: MappedField, source: FieldSource | undefined): void;
  /** Go back to the engine's own suggestion for every field. */
  onReset(): void;
}

const GROUP_LABELS: Record<Exclude<SourceOption['group'], 'none'>, string> = {
  combination: 'Combined columns',
  column: 'Columns',
  split: 'Split a full name',
};

function labelOf(field: MappedField): string {
  return field in MOS_FIELD_LABELS ? MOS_FIELD_LABELS[field as keyof typeof MOS_FIELD_LABELS] : KEPT_FIELD_LABELS[field as keyof typeof KEPT_FIELD_LABELS];
}

function Standing({ standing }: { standing: SourceStanding }) {
  if (standing.kind === 'none') return <span class="muted">—</span>;
  if (standing.kind === 'remembered') return <span class="confidence chosen">Remembered from last time</span>;
  if (standing.kind === 'chosen') return <span class="confidence chosen">Set by you</span>;
  const { confidence, basis } = standing.detail;
  const level = confidenceLevel(confidence);
  const how = basis === 'values' ? 'from the values' : basis === 'similar-header' ? 'similar header' : 'header';
  const word = { high: 'Sure', medium: 'Likely', low: 'Unsure — please check' }[level];
  return (
    <span class={`confidence ${level}`} title={`Matched by ${how}`} data-confidence={confidence}>
      {word} · {Math.round(confidence * 100)}%
    </span>
  );
}

function SourcePicker(props: { field: MappedField; options: SourceOption[]; value: string; busy?: boolean; onPick(value: string): void }) {
  const groups = (['combination', 'column', 'split'] as const).filter((g) => props.options.some((o) => o.group === g));
  return (
    <select
      aria-label={`Source of ${labelOf(props.field)}`}
      data-field={props.field}
      value={props.value}
      disabled={props.busy}
      onChange={(e) => props.onPick(e.currentTarget.value)}
    >
      <option value="">Not in this file</option>
      {groups.map((group) => (
        <optgroup key={group} label={GROUP_LABELS[group]}>
          {props.options
            .filter((o) => o.group === group)
            .map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

function FieldRow(props: MappingEditorProps & { field: MappedField }) {
  const { field, headers, rows, mapping, suggestion, remembered } = props;
  const current = mapping[field];
  const options = sourceOptions(field, headers, rows, current, suggestion.mapping[field]);
  const samples = sampleValues(rows, mapping, field, 3);
  return (
    <tr data-testid="mapping-field" data-field={field} data-source={encodeSource(current)}>
      <th scope="row">{labelOf(field)}</th>
      <td>
        <SourcePicker
          field={field}
          options={options}
          value={encodeSource(current)}
          busy={props.busy}
          onPick={(value) => props.onChange(field, decodeSource(value))}
        />
      </td>
      <td>
        <Standing standing={sourceStanding(field, mapping, suggestion, remembered)} />
      </td>
      <td class="samples" title={samples.join('\n')}>
        {samples.length > 0 ? samples.join(' · ') : current === undefined ? '' : 'All blank'}
      </td>
    </tr>
  );
}

function FieldTable(props: MappingEditorProps & { fields: readonly MappedField[]; caption: string }) {
  return (
    <table class="mapping-grid">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Comes from</th>
          <th scope="col">Match</th>
          <th scope="col">Examples</th>
        </tr>
      </thead>
      <tbody>
        {props.fields.map((field) => (
          <FieldRow key={field} {...props} field={field} />
        ))}
      </tbody>
    </table>
  );
}

/** Each mOS field with the column (or columns) it comes from, how sure that is, and example values. */
export function MappingEditor(props: MappingEditorProps) {
  const noEmail = props.mapping.email === undefined;
  const changed = MAPPED_FIELDS.some((f) => !sameSource(props.mapping[f], props.suggestion.mapping[f]));
  return (
    <section class="card stack" data-testid="mapping-editor" aria-labelledby="mapping-title">
      <h2 id="mapping-title">Columns</h2>
      <div class="row">
        <p class="muted">Each mOS field and the column it is read from. Change any of them; the rows below follow.</p>
        {changed && (
          <button type="button" class="secondary" data-testid="reset-mapping" disabled={props.busy} onClick={props.onReset}>
            Use the suggested columns
          </button>
        )}
      </div>
      {noEmail && (
        <p role="alert" class="error">
          No column gives the email address. Choose one: mOS invites people by email.
        </p>
      )}
      <FieldTable {...props} fields={MAPPABLE_FIELDS} caption="mOS fields" />
      <details class="kept">
        <summary>Also kept for exclusions and roster sync: {KEPT_FIELDS.filter((f) => props.mapping[f] !== undefined).map(labelOf).join(', ') || 'none found'}</summary>
        <FieldTable {...props} fields={KEPT_FIELDS} caption="Kept columns" />
      </details>
    </section>
  );
}
