import {
  KEPT_FIELDS,
  MAPPABLE_FIELDS,
  MAPPED_FIELDS,
  confidenceLevel,
  decodeSource,
  encodeSource,
  sameSource,
  sampleValues,
  sourceOptions,
  sourceRefs,
  sourceStanding,
  type ColumnMapping,
  type FieldSource,
  type MappedField,
  type MappingSuggestion,
  type ReadOptions,
  type SourceOption,
  type SourceStanding,
} from '@/lib/mapping';
import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import { fieldLabel } from './format';
import { columnName, sampleLabel, sourceLabel } from './source-label';
import './mapping.css';

export interface MappingEditorProps {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  mapping: ColumnMapping;
  suggestion: MappingSuggestion;
  /** The mapping remembered for this kind of source, if any. */
  remembered?: ColumnMapping;
  /** How the organisation reads names, so the examples are what the file will get. */
  readOptions?: ReadOptions;
  busy?: boolean;
  onChange(field: MappedField, source: FieldSource | undefined): void;
  /** Go back to the engine's own suggestion for every field. */
  onReset(): void;
}

const GROUP_LABELS: Record<Exclude<SourceOption['group'], 'none'>, () => string> = {
  combination: () => i18n.t('mapping.groupCombination'),
  column: () => i18n.t('mapping.groupColumn'),
  split: () => i18n.t('mapping.groupSplit'),
};

const labelOf = (field: MappedField): string => fieldLabel(field);

function Standing({ standing }: { standing: SourceStanding }) {
  if (standing.kind === 'none') return <span class="muted">—</span>;
  if (standing.kind === 'remembered') return <span class="confidence chosen">{i18n.t('mapping.remembered')}</span>;
  if (standing.kind === 'chosen') return <span class="confidence chosen">{i18n.t('mapping.chosen')}</span>;
  const { confidence, basis } = standing.detail;
  const level = confidenceLevel(confidence);
  const how = basis === 'values' ? i18n.t('mapping.basisValues') : basis === 'similar-header' ? i18n.t('mapping.basisSimilar') : i18n.t('mapping.basisHeader');
  const word = { high: i18n.t('mapping.sure'), medium: i18n.t('mapping.likely'), low: i18n.t('mapping.unsure') }[level];
  return (
    <span class={`confidence ${level}`} title={i18n.t('mapping.matchedBy', { how })} data-confidence={confidence}>
      {word} · {Math.round(confidence * 100)}%
    </span>
  );
}

function SourcePicker(props: {
  field: MappedField;
  headers: readonly string[];
  options: SourceOption[];
  value: string;
  busy?: boolean;
  readOptions?: ReadOptions;
  onPick(value: string): void;
}) {
  const groups = (['combination', 'column', 'split'] as const).filter((g) => props.options.some((o) => o.group === g));
  return (
    <select
      aria-label={i18n.t('mapping.sourceOf', { field: labelOf(props.field) })}
      data-field={props.field}
      value={props.value}
      disabled={props.busy}
      onChange={(e) => props.onPick(e.currentTarget.value)}
    >
      <option value="">{i18n.t('mapping.notInFile')}</option>
      {groups.map((group) => (
        <optgroup key={group} label={GROUP_LABELS[group]()}>
          {props.options
            .filter((o) => o.group === group)
            .map((o) => (
              <option key={o.value} value={o.value}>
                {o.source === undefined ? i18n.t('mapping.notInFile') : sourceLabel(o.source, props.headers, props.readOptions)}
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
  // Worked out again only when what they read changes: the draft page renders this on every edit, and a
  // column with few distinct values is read to its end for examples (250,000 rows in a big draft).
  const options = useMemo(
    () => sourceOptions(field, headers, rows, current, suggestion.mapping[field]),
    [field, headers.join('\u0000'), rows, encodeSource(current), encodeSource(suggestion.mapping[field])],
  );
  const samples = useMemo(
    () => sampleValues(rows, mapping, field, 3, props.readOptions).map(sampleLabel),
    [field, rows, JSON.stringify(mapping), JSON.stringify(props.readOptions ?? {})],
  );
  return (
    <tr data-testid="mapping-field" data-field={field} data-source={encodeSource(current)}>
      <th scope="row">{labelOf(field)}</th>
      <td>
        <SourcePicker
          field={field}
          headers={headers}
          options={options}
          value={encodeSource(current)}
          busy={props.busy}
          readOptions={props.readOptions}
          onPick={(value) => props.onChange(field, decodeSource(value))}
        />
      </td>
      <td>
        <Standing standing={sourceStanding(field, mapping, suggestion, remembered)} />
      </td>
      <td class="samples" title={samples.join('\n')}>
        {samples.length > 0 ? samples.join(' · ') : current === undefined ? '' : i18n.t('mapping.allBlank')}
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
          <th scope="col">{i18n.t('mapping.colField')}</th>
          <th scope="col">{i18n.t('mapping.colFrom')}</th>
          <th scope="col">{i18n.t('mapping.colMatch')}</th>
          <th scope="col">{i18n.t('mapping.colExamples')}</th>
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

/** Columns the mapping reads nothing from, each with a one-click "use it as…". */
function UnusedColumns({ headers, rows, mapping, busy, onChange }: MappingEditorProps) {
  const used = new Set(Object.values(mapping).flatMap((source) => sourceRefs(source!).map((r) => r.column)));
  const unused = headers.map((_, column) => column).filter((column) => !used.has(column));
  // The first filled cell, without mapping every row of a big draft; once per column, not on every render
  // (an empty column is read to its end).
  const examples = useMemo(() => new Map<number, string | undefined>(), [rows, headers.length]);
  if (unused.length === 0) return null;
  const example = (column: number) => {
    if (examples.has(column)) return examples.get(column);
    let found: string | undefined;
    for (const row of rows) {
      const value = row[column]?.trim() ?? '';
      if (value !== '') {
        found = value;
        break;
      }
    }
    examples.set(column, found);
    return found;
  };
  return (
    <section class="stack unused-columns" data-testid="unused-columns" aria-labelledby="unused-title">
      <h3 id="unused-title">{i18n.t('mapping.unusedTitle', unused.length)}</h3>
      <p class="muted small">{i18n.t('mapping.unusedHelp')}</p>
      <ul>
        {unused.map((column) => {
          const name = columnName(headers, column);
          const sample = example(column);
          return (
            <li key={column} class="row" data-testid="unused-column" data-column={column}>
              <span>{name}</span>
              <span class="confidence chosen">{i18n.t('mapping.notUsed')}</span>
              {sample !== undefined && <span class="muted small samples">{sample}</span>}
              <select
                aria-label={i18n.t('mapping.useAsLabel', { column: name })}
                data-testid="use-column-as"
                value=""
                disabled={busy}
                onChange={(e) => {
                  const field = e.currentTarget.value as MappedField;
                  if (field) onChange(field, column);
                }}
              >
                <option value="">{i18n.t('mapping.useAs')}</option>
                {MAPPED_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {labelOf(field)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Each mOS field with the column (or columns) it comes from, how sure that is, and example values. */
export function MappingEditor(props: MappingEditorProps) {
  const noEmail = props.mapping.email === undefined;
  const changed = MAPPED_FIELDS.some((f) => !sameSource(props.mapping[f], props.suggestion.mapping[f]));
  return (
    <section class="card stack" data-testid="mapping-editor" aria-labelledby="mapping-title" aria-busy={props.busy ? 'true' : undefined}>
      <h2 id="mapping-title">{i18n.t('mapping.columnsTitle')}</h2>
      <div class="row">
        <p class="muted">{i18n.t('mapping.columnsHelp')}</p>
        {changed && (
          <button type="button" class="secondary" data-testid="reset-mapping" disabled={props.busy} onClick={props.onReset}>
            {i18n.t('mapping.useSuggested')}
          </button>
        )}
      </div>
      {noEmail && (
        <p role="alert" class="error">
          {i18n.t('mapping.noEmail')}
        </p>
      )}
      <FieldTable {...props} fields={MAPPABLE_FIELDS} caption={i18n.t('mapping.mosFields')} />
      <UnusedColumns {...props} />
      <details class="kept">
        <summary>{i18n.t('mapping.alsoKept', { fields: KEPT_FIELDS.filter((f) => props.mapping[f] !== undefined).map(labelOf).join(', ') || i18n.t('mapping.noneFound') })}</summary>
        <FieldTable {...props} fields={KEPT_FIELDS} caption={i18n.t('mapping.keptColumns')} />
      </details>
    </section>
  );
}
