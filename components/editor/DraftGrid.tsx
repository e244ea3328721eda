import { i18n } from '#i18n';
import { LEFT_OUT_LABELS, leftOutText, noteText } from './LeftOutPanel';
import { say } from '../format';
import { otherFirstName } from '@/lib/mapping';
import { readOptionsOf } from '@/lib/drafts/rows';
import { otherNameNote } from '../source-label';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent, TargetedMouseEvent } from 'preact';
import { TEXT_FIELDS, programsOf, seatOf, type SeatField, type TextField } from '@/lib/drafts/editor/intents';
import { moveCell, type CellPosition } from '@/lib/drafts/editor/keyboard';
import type { DraftModel } from '@/lib/drafts/editor/model';
import type { DraftRow } from '@/lib/drafts/types';
import type { ClickModifiers, Selection } from '@/lib/drafts/editor/selection';
import type { SortKey, SortSpec } from '@/lib/drafts/editor/view';
import { rowWindow, scrollToShow } from '@/lib/drafts/editor/window';
import { PROGRAMS, nearestProgram, type ProgramSlug } from '@/lib/mos/programs';
import { GRID_COLUMNS, HEADER_HEIGHT, MAX_RENDERED_ROWS, OVERSCAN, PINNED_LEFT, ROW_HEIGHT, cellId, type ColumnId, type GridColumn } from './columns';

export interface DraftGridProps {
  model: DraftModel;
  /** Changes whenever the model does, so the grid draws again. */
  version: number;
  /** Positions in the model, in the order shown. */
  shown: readonly number[];
  selection: Selection;
  active: CellPosition;
  sort: SortSpec;
  opportunityLicenses: boolean;
  label: string;
  onActiveChange(cell: CellPosition): void;
  onSort(key: SortKey): void;
  onRowSelect(index: number, mods: ClickModifiers): void;
  onSelectAllShown(select: boolean): void;
  onClearSelection(): void;
  /** Clears the filter and search, offered when they hide every row. */
  onShowAll?(): void;
  /** `seen` is the row as it was when editing began, so another tab's newer value is not overwritten. */
  onCommitText(pos: number, field: TextField, text: string, seen: DraftRow): void;
  onToggleSeat(pos: number, field: SeatField): void;
  onToggleInclude(pos: number): void;
  onOpenPrograms(pos: number): void;
  /** Puts the program it most likely means in place of a name that is not a program, on every row with it. */
  onUseNearest(course: string, slug: ProgramSlug): void;
  onChooseDuplicate(pos: number): void;
}

interface Editing {
  pos: number;
  field: TextField;
  text: string;
  seen: DraftRow;
}

const GRID_WIDTH = GRID_COLUMNS.reduce((sum, c) => sum + c.width, 0);
const LAST_PINNED = [...PINNED_LEFT.keys()].at(-1);

/** A pinned column's class and place, so the name stays in view while the grid scrolls sideways. */
function pinning(id: ColumnId): { class: string; style?: { left: string } } {
  const left = PINNED_LEFT.get(id);
  if (left === undefined) return { class: '' };
  return { class: id === LAST_PINNED ? ' pinned pinned-last' : ' pinned', style: { left: `${left}px` } };
}
const PROGRAM_NAME = new Map<string, string>(PROGRAMS.map((p) => [p.slug, p.name]));
const isTextField = (id: ColumnId): id is TextField => (TEXT_FIELDS as readonly string[]).includes(id);
const isSeatField = (id: ColumnId): id is SeatField => id === 'mos_enable' || id === 'mos_opportunity';

export function personName(model: DraftModel, pos: number): string {
  const { values, row } = model.state(pos);
  const name = `${String(values.first_name)} ${String(values.last_name)}`.trim();
  return name || String(values.email) || i18n.t('editor.rowN', { row: row.index + 1 });
}

function sortState(sort: SortSpec, column: GridColumn): 'ascending' | 'descending' | undefined {
  return column.sortKey !== undefined && sort.key === column.sortKey ? sort.direction : undefined;
}

// A cell shows the start of a long value (the whole is in the edit box): a long text costs every paint.
const SHOWN_CHARS = 300;
const TITLE_CHARS = 2000;
const shortened = (value: string, max: number) => (value.length > max ? `${value.slice(0, max)}…` : value);

/** A cell's own problems and warnings, as text under its value. */
function cellNotes(model: DraftModel, pos: number, field: ColumnId) {
  const state = model.state(pos);
  const errors = model.isLeftOut(pos) ? [] : state.issues.filter((i) => i.field === field).map((i) => say(i.message, i.said));
  const warnings = model.warnings(pos).filter((w) => w.field === field).map((w) => say(w.message, w.said));
  return { errors, warnings };
}

function Notes({ errors, warnings }: { errors: string[]; warnings: string[] }) {
  if (errors.length > 0) return <span class="cell-note cell-note-error">{errors.join(' ')}</span>;
  if (warnings.length > 0) return <span class="cell-note cell-note-warning">{warnings.join(' ')}</span>;
  return null;
}

/** The status cell's whole text on hover, as its column may cut it. */
function statusTitle(model: DraftModel, pos: number): string | undefined {
  const why = model.leftOut(pos);
  if (why) return leftOutText(why);
  const note = model.note(pos);
  return note ? noteText(note) : undefined;
}

function StatusBadge({ model, pos }: { model: DraftModel; pos: number }) {
  const why = model.leftOut(pos);
  if (why) {
    return (
      <span class="badge badge-excluded" data-testid="left-out-badge" data-kind={why.kind} title={why.kind === 'chosen' ? undefined : i18n.t('leftout.badge', { kind: LEFT_OUT_LABELS[why.kind]() })}>
        {why.kind === 'chosen' ? (
          i18n.t('editor.badgeExcluded')
        ) : (
          <>
            {i18n.t('leftout.badgeShort')}
            {/* The kind is said in full; on screen the column's width leaves room for the word alone. */}
            <span class="sr-only">{i18n.t('leftout.badgeKind', { kind: LEFT_OUT_LABELS[why.kind]() })}</span>
          </>
        )}
      </span>
    );
  }
  if (model.hasErrors(pos)) return <span class="badge badge-error">{i18n.t('editor.badgeError')}</span>;
  if (model.isDuplicate(pos)) return <span class="badge badge-warning">{i18n.t('editor.badgeDuplicate')}</span>;
  if (model.hasWarnings(pos)) return <span class="badge badge-warning">{i18n.t('editor.badgeCheck')}</span>;
  return <span class="badge badge-ok">{i18n.t('editor.badgeReady')}</span>;
}

/**
 * The draft's rows as an ARIA grid, drawn in a window: only the visible rows (never more than
 * MAX_RENDERED_ROWS) are in the DOM, so it stays quick at 50,000 rows. Focus stays on the grid and the
 * active cell is named with aria-activedescendant, so scrolling never loses it.
 */
export function DraftGrid(props: DraftGridProps) {
  const { model, shown, selection, active, sort, label } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);
  const [editing, setEditingState] = useState<Editing>();
  // Blur follows Enter and Escape synchronously; the ref tells it the edit is already over.
  const editingRef = useRef<Editing | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const frame = useRef(0);
  const setEditing = (next: Editing | undefined) => {
    editingRef.current = next;
    setEditingState(next);
  };

  // Layout effect: the input must have focus before the next key arrives.
  useLayoutEffect(() => {
    if (editing && document.activeElement !== input.current) input.current?.focus();
  }, [editing?.pos, editing?.field]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewportHeight(el.clientHeight));
    observer.observe(el);
    setViewportHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  const win = rowWindow({
    total: shown.length,
    scrollTop,
    viewportHeight,
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    overscan: OVERSCAN,
    maxRows: MAX_RENDERED_ROWS,
  });
  const activePos = shown[active.row];
  const activeColumn = GRID_COLUMNS[active.col]!;
  const activeId =
    activePos !== undefined && active.row >= win.start && active.row < win.end
      ? cellId(model.rowAt(activePos).index, activeColumn.id)
      : undefined;

  // Keeps the active cell in view as it moves, horizontally too.
  useLayoutEffect(() => {
    if (!activeId) return;
    document.getElementById(activeId)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [activeId]);

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(scroller.current?.scrollTop ?? 0));
  };

  const focusGrid = () => grid.current?.focus({ preventScroll: true });

  const goTo = (cell: CellPosition) => {
    const el = scroller.current;
    if (el) {
      const target = scrollToShow(cell.row, { scrollTop: el.scrollTop, viewportHeight: el.clientHeight, rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT });
      if (target !== undefined) {
        el.scrollTop = target;
        setScrollTop(target);
      }
    }
    props.onActiveChange(cell);
  };

  const startEdit = (pos: number, field: TextField, text?: string) =>
    setEditing({ pos, field, text: text ?? String(model.state(pos).values[field]), seen: model.rowAt(pos) });

  const commitEdit = (moveBy?: CellPosition) => {
    const current = editingRef.current;
    if (!current) return;
    setEditing(undefined);
    props.onCommitText(current.pos, current.field, current.text, current.seen);
    focusGrid();
    if (moveBy) goTo(moveBy);
  };

  const cancelEdit = () => {
    setEditing(undefined);
    focusGrid();
  };

  /** Enter, F2 or a click on an already active cell: do what the cell is for. */
  const activate = (pos: number, column: ColumnId) => {
    const index = model.rowAt(pos).index;
    if (isTextField(column)) startEdit(pos, column);
    else if (isSeatField(column)) {
      if (column === 'mos_opportunity' && !props.opportunityLicenses) return;
      props.onToggleSeat(pos, column);
    } else if (column === 'course_enrollments') props.onOpenPrograms(pos);
    else if (column === 'include') props.onToggleInclude(pos);
    else if (column === 'select') props.onRowSelect(index, { range: false, toggle: true });
    else if (column === 'status' && model.sharesEmail(pos)) props.onChooseDuplicate(pos);
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLTableElement>) => {
    if (event.target !== grid.current || activePos === undefined) return;
    const pendingEdit = editingRef.current;
    if (pendingEdit && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      // Keys typed before the cell's input took focus still belong to the edit.
      event.preventDefault();
      return setEditing({ ...pendingEdit, text: pendingEdit.text + event.key });
    }
    const index = model.rowAt(activePos).index;
    const column = activeColumn.id;
    if (event.key === ' ') {
      event.preventDefault();
      return props.onRowSelect(index, { range: event.shiftKey, toggle: !event.shiftKey });
    }
    if (event.key === 'Escape' && selection.rows.size > 0) {
      event.preventDefault();
      return props.onClearSelection();
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      return props.onSelectAllShown(true);
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      return activate(activePos, column);
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && isTextField(column)) {
      event.preventDefault();
      return props.onCommitText(activePos, column, '', model.rowAt(activePos));
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && isTextField(column)) {
      // Typing on a cell starts editing it with what was typed, as in a spreadsheet.
      event.preventDefault();
      return startEdit(activePos, column, event.key);
    }
    const next = moveCell(active, event, { rows: shown.length, cols: GRID_COLUMNS.length, page: Math.max(1, Math.floor(viewportHeight / ROW_HEIGHT) - 1) });
    if (!next) return;
    event.preventDefault();
    if (event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      const target = shown[next.row];
      if (target !== undefined) props.onRowSelect(model.rowAt(target).index, { range: true, toggle: false });
    }
    goTo(next);
  };

  const onCellMouseDown = (event: TargetedMouseEvent<HTMLTableCellElement>, row: number, col: number) => {
    const current = editingRef.current;
    if (current && (current.pos !== shown[row] || GRID_COLUMNS[col]!.id !== current.field)) commitEdit();
    if ((event.target as HTMLElement).closest('input[type=text]')) return;
    // Focus stays on the grid; the cell becomes the active descendant.
    event.preventDefault();
    focusGrid();
    const pos = shown[row]!;
    const mods = { range: event.shiftKey, toggle: event.ctrlKey || event.metaKey };
    const id = GRID_COLUMNS[col]!.id;
    if (id === 'index' || mods.range || mods.toggle) props.onRowSelect(model.rowAt(pos).index, mods);
    props.onActiveChange({ row, col });
  };

  const renderCell = (pos: number, row: number, column: GridColumn, col: number) => {
    const state = model.state(pos);
    const index = state.row.index;
    const isActive = row === active.row && col === active.col;
    const pin = pinning(column.id);
    const base = {
      id: cellId(index, column.id),
      role: 'gridcell' as const,
      'aria-colindex': col + 1,
      class: `cell cell-${column.id}${pin.class}${isActive ? ' cell-active' : ''}`,
      style: pin.style,
      onMouseDown: (e: TargetedMouseEvent<HTMLTableCellElement>) => onCellMouseDown(e, row, col),
    };
    const name = personName(model, pos);
    switch (column.id) {
      case 'select':
        return (
          <td {...base}>
            <input
              type="checkbox"
              tabIndex={-1}
              checked={selection.rows.has(index)}
              aria-label={i18n.t('editor.selectRow', { row: index + 1, name })}
              onClick={(e) => {
                // The selection, not the browser, decides what the box shows.
                e.preventDefault();
                props.onRowSelect(index, { range: e.shiftKey, toggle: true });
              }}
            />
          </td>
        );
      case 'index':
        return (
          <td {...base} aria-readonly="true">
            {index + 1}
          </td>
        );
      case 'include':
        return (
          <td {...base}>
            <input
              type="checkbox"
              tabIndex={-1}
              checked={!model.isLeftOut(pos)}
              aria-label={i18n.t('editor.includeName', { name })}
              onClick={(e) => {
                e.preventDefault();
                props.onToggleInclude(pos);
              }}
            />
          </td>
        );
      case 'status':
        return (
          <td {...base} aria-readonly="true" title={statusTitle(model, pos)}>
            {/* A row: the badge and note give way, so "Choose…" always stays in the cell. */}
            <span class="status-cell">
              <StatusBadge model={model} pos={pos} />
              {model.note(pos) && !model.isLeftOut(pos) && (
                <span class="muted small row-note" data-testid="row-note">
                  {' '}
                  {noteText(model.note(pos)!)}
                </span>
              )}
              {model.sharesEmail(pos) && (
                <button type="button" class="link-button" tabIndex={-1} onClick={() => props.onChooseDuplicate(pos)}>
                  {i18n.t('editor.chooseDuplicate')}
                </button>
              )}
            </span>
          </td>
        );
      case 'mos_enable':
      case 'mos_opportunity': {
        const notes = cellNotes(model, pos, column.id);
        const noLicenses = column.id === 'mos_opportunity' && !props.opportunityLicenses;
        const on = seatOf(model, pos, column.id);
        const raw = state.values[column.id];
        return (
          <td {...base} aria-invalid={notes.errors.length > 0 || undefined}>
            <span class="cell-value">
              {on === undefined ? (
                <span>{String(raw)}</span>
              ) : (
                <input
                  type="checkbox"
                  tabIndex={-1}
                  checked={on}
                  disabled={noLicenses}
                  aria-label={i18n.t('editor.seatFor', { column: column.label, name }) + (noLicenses ? i18n.t('editor.noLicensesSuffix') : '')}
                  onClick={(e) => {
                    e.preventDefault();
                    props.onToggleSeat(pos, column.id as SeatField);
                  }}
                />
              )}
              {noLicenses && <span class="muted small">{i18n.t('editor.noLicenses')}</span>}
              {model.sources(pos)[column.id] === 'edit' && <EditedMark />}
            </span>
            <Notes {...notes} />
          </td>
        );
      }
      case 'course_enrollments': {
        const notes = cellNotes(model, pos, column.id);
        const { slugs, unknown } = programsOf(model, pos);
        const sources = model.sources(pos);
        const names = [...slugs.map((s) => PROGRAM_NAME.get(s) ?? s), ...unknown.map((u) => `“${u}”`)];
        return (
          <td {...base} aria-invalid={notes.errors.length > 0 || undefined} title={names.join('\n') || undefined}>
            <button type="button" class="cell-value programs-button" tabIndex={-1} onClick={() => props.onOpenPrograms(pos)}>
              {names.length > 0 ? names.join(', ') : <span class="muted">{i18n.t('editor.none')}</span>}
              {sources.course_enrollments === 'edit' && <EditedMark />}
              {sources.course_enrollments === 'rule' && <span class="rule-mark">{i18n.t('editor.ruleMark')}</span>}
            </button>
            <Notes {...notes} />
            {notes.errors.length > 0 &&
              unknown.map((course) => {
                const near = nearestProgram(course);
                return (
                  near && (
                    <button
                      key={course}
                      type="button"
                      class="link-button"
                      tabIndex={-1}
                      data-testid="use-nearest-program"
                      title={i18n.t('editor.useNearestTitle', { course })}
                      onClick={() => props.onUseNearest(course, near.slug as ProgramSlug)}
                    >
                      {i18n.t('editor.useNearest', { program: near.name })}
                    </button>
                  )
                );
              })}
          </td>
        );
      }
      default: {
        const field = column.id as TextField;
        const notes = cellNotes(model, pos, field);
        if (editing && editing.pos === pos && editing.field === field) {
          return (
            <td {...base} class={`${base.class} cell-editing`}>
              <input
                type="text"
                class="cell-input"
                value={editing.text}
                aria-label={i18n.t('editor.cellEdit', { column: column.label, row: index + 1 })}
                ref={input}
                onInput={(e) => setEditing({ ...editing, text: e.currentTarget.value })}
                onBlur={() => commitEdit()}
                onKeyDown={(e) => {
                  e.stopPropagation();
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    commitEdit();
                  } else if (e.key === 'Escape') {
                    e.preventDefault();
                    cancelEdit();
                  } else if (e.key === 'Tab') {
                    e.preventDefault();
                    commitEdit({ row, col: Math.min(GRID_COLUMNS.length - 1, Math.max(0, col + (e.shiftKey ? -1 : 1))) });
                  }
                }}
              />
              {/* The problem stays in sight while it is being fixed. */}
              <Notes {...notes} />
            </td>
          );
        }
        const value = String(state.values[field]);
        const rowNow = model.rowAt(pos);
        // Where HR holds a legal and a preferred first name, the one not used is shown beside the other.
        const other =
          field === 'first_name' && rowNow.edits.first_name === undefined
            ? otherFirstName(rowNow.cells, model.meta.mapping, readOptionsOf(model.policy))
            : undefined;
        return (
          <td {...base} aria-invalid={notes.errors.length > 0 || undefined} title={shortened(value, TITLE_CHARS) || undefined} onDblClick={() => startEdit(pos, field)}>
            <span class="cell-value">
              {shortened(value, SHOWN_CHARS)}
              {other && <span class="muted small" data-testid="other-first-name"> {otherNameNote(other)}</span>}
              {model.sources(pos)[field] === 'edit' && <EditedMark />}
            </span>
            <Notes {...notes} />
          </td>
        );
      }
    }
  };

  const anySelected = selection.rows.size > 0;
  const allState = anySelected && shown.length > 0 && shown.every((pos) => selection.rows.has(model.rowAt(pos).index));
  const someState = anySelected && !allState && shown.some((pos) => selection.rows.has(model.rowAt(pos).index));

  return (
    <div class="grid-scroll" ref={scroller} onScroll={onScroll}>
      <table
        ref={grid}
        class="draft-grid"
        // The columns' own widths, whatever the cells hold: a column keeps its width while a cell is edited.
        style={{ width: '100%', minWidth: `${GRID_WIDTH}px` }}
        role="grid"
        aria-label={label}
        aria-rowcount={shown.length + 1}
        aria-colcount={GRID_COLUMNS.length}
        aria-multiselectable="true"
        aria-activedescendant={activeId}
        tabIndex={0}
        data-testid="draft-rows"
        onKeyDown={onKeyDown}
      >
        <colgroup>
          {GRID_COLUMNS.map((c) => (
            <col key={c.id} style={{ width: `${c.width}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row" aria-rowindex={1}>
            {GRID_COLUMNS.map((column, col) => (
              <th
                key={column.id}
                role="columnheader"
                scope="col"
                class={pinning(column.id).class.trim() || undefined}
                style={pinning(column.id).style}
                title={column.id === 'select' ? undefined : column.label}
                aria-colindex={col + 1}
                aria-sort={sortState(sort, column)}
              >
                {column.id === 'select' ? (
                  <input
                    type="checkbox"
                    aria-label={i18n.t('editor.selectAllShown', { count: shown.length })}
                    checked={allState}
                    ref={(el) => {
                      if (el) el.indeterminate = someState;
                    }}
                    onChange={() => props.onSelectAllShown(!allState)}
                  />
                ) : column.sortKey ? (
                  <button type="button" class="sort-button" onClick={() => props.onSort(column.sortKey!)}>
                    {column.label}
                    <span aria-hidden="true" class="sort-arrow">
                      {sortState(sort, column) === 'ascending' ? '\u00a0▲' : sortState(sort, column) === 'descending' ? '\u00a0▼' : ''}
                    </span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {win.before > 0 && (
            <tr aria-hidden="true" class="spacer" style={{ height: `${win.before}px` }}>
              <td colSpan={GRID_COLUMNS.length} />
            </tr>
          )}
          {shown.slice(win.start, win.end).map((pos, offset) => {
            const row = win.start + offset;
            const state = model.state(pos);
            const index = state.row.index;
            const classes = [
              'grid-row',
              model.isLeftOut(pos) ? 'excluded' : model.hasErrors(pos) ? 'invalid' : model.hasWarnings(pos) ? 'warning' : '',
              selection.rows.has(index) ? 'selected' : '',
            ];
            return (
              <tr
                key={index}
                role="row"
                aria-rowindex={row + 2}
                aria-selected={selection.rows.has(index)}
                class={classes.filter(Boolean).join(' ')}
                data-row={index}
              >
                {GRID_COLUMNS.map((column, col) => renderCell(pos, row, column, col))}
              </tr>
            );
          })}
          {win.after > 0 && (
            <tr aria-hidden="true" class="spacer" style={{ height: `${win.after}px` }}>
              <td colSpan={GRID_COLUMNS.length} />
            </tr>
          )}
        </tbody>
      </table>
      {shown.length === 0 && (
        <div class="grid-empty row" data-testid="filtered-empty">
          <span>{i18n.t('editor.filteredEmpty')}</span>
          {props.onShowAll && (
            <button type="button" class="secondary" onClick={props.onShowAll}>
              {i18n.t('editor.clearFilter')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function EditedMark() {
  return (
    <span class="edited-mark" title={i18n.t('editor.changedByYou')}>
      <span aria-hidden="true">•</span>
      <span class="sr-only">{i18n.t('editor.edited')}</span>
    </span>
  );
}
