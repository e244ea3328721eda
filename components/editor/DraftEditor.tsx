import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { fieldLabel, formatNumber, say } from '../format';
import type { Change } from '@/lib/drafts/changes';
import {
  exclusionEdit,
  fromRowsAsSeen,
  keepOneEdit,
  nearestProgramEdit,
  programsEdit,
  programsOf,
  putBackKindEdit,
  rowsAsSeen,
  rulesEdit,
  seatEdit,
  seatOf,
  textEdit,
  type ProgramChoice,
  type SeatField,
} from '@/lib/drafts/editor/intents';
import { undoKey, type CellPosition } from '@/lib/drafts/editor/keyboard';
import type { DraftModel } from '@/lib/drafts/editor/model';
import { EMPTY_SELECTION, clickRow, keepExisting, type Selection } from '@/lib/drafts/editor/selection';
import type { SessionSnapshot } from '@/lib/drafts/editor/session';
import { DEFAULT_QUERY, buildView, type Filter, type SortKey, type ViewQuery } from '@/lib/drafts/editor/view';
import type { ExportSummary } from '@/lib/out/summary';
import type { DraftRow } from '@/lib/drafts/types';
import type { UserIdPreview } from '@/lib/drafts/user-ids';
import { PROGRAMS, type ProgramSlug } from '@/lib/mos/programs';
import type { OrgSettings, OrgSettingsChange } from '@/lib/settings/org';
import { describeOrigin, describeOriginSaid } from '@/lib/sources/source-table';
import { originName } from '../source-label';
import { BulkBar } from './BulkBar';
import { GRID_COLUMNS } from './columns';
import { DraftGrid, personName } from './DraftGrid';
import { DuplicateChooser, type DuplicateCandidate } from './DuplicateChooser';
import { ExportPanel, NextStepBar } from './ExportPanel';
import { KeyboardHelp } from './KeyboardHelp';
import { FilterBar } from './FilterBar';
import { DoneAction, Modal } from './Modal';
import { OrgSettingsPanel } from './OrgSettingsPanel';
import { ProgramPicker } from './ProgramPicker';
import { SaveStatus } from './SaveStatus';
import { JobProgress, type JobProgressState } from '../JobProgress';
import { LEFT_OUT_LABELS, LeftOutPanel } from './LeftOutPanel';
import type { LeftOutKind } from '@/lib/drafts/left-out';
import './editor.css';

export interface DraftEditorProps {
  snapshot: SessionSnapshot;
  model: DraftModel;
  settings: OrgSettings;
  summary?: { summary: ExportSummary; ids: UserIdPreview };
  summaryUpdating: boolean;
  /** A download or export is running. */
  busy: boolean;
  message?: { kind: 'ok' | 'error'; text: string };
  /** Where the column mapping panel plugs in, when the page has one. */
  mappingSlot?: ComponentChildren;
  onApply(changes: readonly Change[], label: string): void;
  onUndo(): void;
  onRedo(): void;
  onRetry(): void;
  onDismissFailure(): void;
  onUseMine(id: number): void;
  onKeepTheirs(id: number): void;
  onDownloadCsv(): void;
  onErrorReport(): void;
  onExportJson(): void;
  /** A download or export under way in the worker, with its Cancel. */
  progress?: JobProgressState;
  onCancelJob?(): void;
  onSettingsChange(change: OrgSettingsChange): void;
  /** Settings IT set by policy. */
  lockedSettings?: ReadonlySet<keyof OrgSettings>;
  /** Why the latest settings change could not be saved. */
  settingsProblem?: string;
  /** The admin's mOS address, from the settings, where the file is imported next. */
  mosAddress?: string;
}

/** Dialogs keep the rows as they were on opening, so a change another tab makes meanwhile is not overwritten. */
type Dialog =
  | { kind: 'programs'; positions: number[]; seen: Map<number, DraftRow> }
  | { kind: 'duplicates'; pos: number; seen: Map<number, DraftRow> }
  | { kind: 'settings' }
  | { kind: 'keys' };

const FIRST_NAME_COL = GRID_COLUMNS.findIndex((c) => c.id === 'first_name');
const rowsWord = (n: number) => i18n.t('common.rows', n, [formatNumber(n)]);
const isTrivial = (q: ViewQuery) => q.filter === 'all' && q.search.trim() === '' && q.sort.key === 'index' && q.sort.direction === 'ascending';

function nextSort(query: ViewQuery, key: SortKey): ViewQuery['sort'] {
  if (query.sort.key !== key) return { key, direction: 'ascending' };
  if (query.sort.direction === 'ascending') return { key, direction: 'descending' };
  return DEFAULT_QUERY.sort;
}

function candidatesFor(model: DraftModel, pos: number): { email: string; candidates: DuplicateCandidate[] } {
  const email = model.state(pos).emailKey;
  const candidates = model.rowsWithEmail(email).map((index) => {
    const p = model.posOf(index)!;
    const { values } = model.state(p);
    const enable = seatOf(model, p, 'mos_enable');
    const opportunity = seatOf(model, p, 'mos_opportunity');
    const seats = enable && opportunity ? i18n.t('editor.seatsBoth') : enable ? i18n.t('editor.seatEnable') : opportunity ? i18n.t('editor.seatOpportunity') : i18n.t('editor.seatNone');
    return {
      index,
      name: `${String(values.first_name)} ${String(values.last_name)}`.trim(),
      jobTitle: String(values.job_title),
      seats,
      programs: programsOf(model, p)
        .slugs.map((s) => PROGRAMS.find((x) => x.slug === s)?.name ?? s)
        .join(', '),
      excluded: model.isLeftOut(p),
    };
  });
  return { email, candidates };
}

/** The draft editor: the grid with its filters and bulk tools, what is saved, and what the file will hold. */
export function DraftEditor(props: DraftEditorProps) {
  const { snapshot, model, settings } = props;
  const [query, setQuery] = useState<ViewQuery>(DEFAULT_QUERY);
  const [viewKey, setViewKey] = useState(0);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [active, setActive] = useState<CellPosition>({ row: 0, col: FIRST_NAME_COL });
  const [dialog, setDialog] = useState<Dialog>();
  const [preparing, setPreparing] = useState(false);
  const counts = model.counts();
  const checked = counts.unchecked === 0;

  // Rows keep their place while the admin works; the list is rebuilt when asked, or when checking ends.
  const built = useRef({ version: model.version, size: model.size });
  const shown = useMemo(() => {
    built.current = { version: model.version, size: model.size };
    return buildView(model, query);
  }, [model, query, viewKey, checked, model.size]);
  const stale = !isTrivial(query) && built.current.version !== model.version;
  const shownIndexes = useMemo(() => shown.map((pos) => model.rowAt(pos).index), [shown]);

  useEffect(() => setSelection((s) => keepExisting(s, (i) => model.posOf(i) !== undefined)), [model.size]);
  useEffect(() => {
    if (active.row >= shown.length && shown.length > 0) setActive({ ...active, row: shown.length - 1 });
  }, [shown.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input[type=text], input[type=search], input[type=number], textarea, select, dialog')) return;
      const which = undoKey(event);
      if (!which) return;
      event.preventDefault();
      if (which === 'undo') props.onUndo();
      else props.onRedo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [props.onUndo, props.onRedo]);

  const selectedPositions = () =>
    [...selection.rows]
      .map((i) => model.posOf(i))
      .filter((p): p is number => p !== undefined)
      .sort((a, b) => a - b);

  /** Bulk changes are worked out in slices; the page shows it is busy meanwhile. */
  const applyAsync = async (making: Promise<Change[]>, label: string) => {
    setPreparing(true);
    try {
      props.onApply(await making, label);
    } finally {
      setPreparing(false);
    }
  };

  const onToggleSeat = (pos: number, field: SeatField) => {
    const on = !seatOf(model, pos, field);
    const label = { field: fieldLabel(field), row: model.rowAt(pos).index + 1 };
    void applyAsync(seatEdit(model, [pos], field, on), on ? i18n.t('editor.undoGive', label) : i18n.t('editor.undoTake', label));
  };

  const onToggleInclude = (pos: number) => {
    const out = model.isLeftOut(pos);
    const label = { row: model.rowAt(pos).index + 1 };
    void applyAsync(exclusionEdit(model, [pos], !out), out ? i18n.t('editor.undoInclude', label) : i18n.t('editor.undoExclude', label));
  };

  const onPutBackKind = (kind: LeftOutKind) =>
    void applyAsync(putBackKindEdit(model, kind), i18n.t('leftout.undoPutBackKind', { kind: LEFT_OUT_LABELS[kind]() }));

  const programCounts = (positions: readonly number[]) => {
    const tally = new Map<string, number>();
    const unknown = new Set<string>();
    for (const pos of positions) {
      const { slugs, unknown: extra } = programsOf(model, pos);
      slugs.forEach((s) => tally.set(s, (tally.get(s) ?? 0) + 1));
      extra.forEach((u) => unknown.add(u));
    }
    return { tally, unknown: [...unknown] };
  };

  const onPrograms = (positions: number[], seen: Map<number, DraftRow>, choices: Map<ProgramSlug, ProgramChoice>) => {
    setDialog(undefined);
    const label =
      positions.length === 1
        ? i18n.t('editor.undoPrograms', { row: model.rowAt(positions[0]!).index + 1 })
        : i18n.t('editor.undoProgramsMany', { rows: rowsWord(positions.length) });
    void applyAsync(programsEdit(model, positions, choices).then((changes) => fromRowsAsSeen(changes, seen)), label);
  };

  const openPrograms = (positions: number[]) => setDialog({ kind: 'programs', positions, seen: rowsAsSeen(model, positions) });

  const setFilter = (filter: Filter) => {
    setQuery({ ...query, filter });
    setActive({ ...active, row: 0 });
  };

  const activePos = shown[active.row];
  const activeColumn = GRID_COLUMNS[active.col]!;

  const numbers = props.summary?.summary;
  const cellProblems = activePos === undefined ? [] : problemsAt(model, activePos, activeColumn.id);

  return (
    <div class="draft-editor">
      <header class="editor-header">
        <div class="header-top">
          <div class="header-title">
            <p class="back-link">
              <a href="?">{i18n.t('common.allDrafts')}</a>
            </p>
            <h1 data-testid="draft-name">{model.meta.name}</h1>
            {/* The draft's own count: while a big draft's rest is read, the model holds only the rows read so far. */}
            <p class="muted header-source" data-testid="draft-source" title={say(describeOrigin(model.meta.origin), describeOriginSaid(model.meta.origin))}>
              {i18n.t('editor.from', { origin: originName(model.meta.origin, model.meta.name), rows: rowsWord(Math.max(model.size, model.meta.rowCount)) })}
            </p>
          </div>
          <div class="row header-actions">
            <button
              type="button"
              class="secondary icon-button"
              data-testid="keyboard-help"
              aria-label={i18n.t('editor.keysTitle')}
              title={i18n.t('editor.keysTitle')}
              onClick={() => setDialog({ kind: 'keys' })}
            >
              ?
            </button>
            <button type="button" class="secondary" data-testid="open-settings" onClick={() => setDialog({ kind: 'settings' })}>
              {i18n.t('editor.settings')}
            </button>
            <button type="button" class="secondary" data-testid="export-json" disabled={props.busy} onClick={props.onExportJson}>
              {i18n.t('editor.exportJson')}
            </button>
          </div>
        </div>
        <p class="status-line" data-testid="header-status" aria-busy={!numbers || props.summaryUpdating}>
          {!numbers ? (
            <span class="muted">{i18n.t('editor.workingOut')}</span>
          ) : (
            <>
              <strong data-testid="header-to-invite">{i18n.t('editor.statusToInvite', { count: formatNumber(numbers.toImport) })}</strong>
              {numbers.excluded > 0 && (
                <span data-testid="header-left-out">
                  {' · '}
                  {i18n.t('editor.statusLeftOut', { count: formatNumber(numbers.excluded) })}
                </span>
              )}
              {numbers.cannotGo > 0 && (
                <span class="error" data-testid="header-cannot-go">
                  {' · '}
                  {i18n.t('editor.statusNeedFix', numbers.cannotGo, [formatNumber(numbers.cannotGo)])}
                </span>
              )}
            </>
          )}
        </p>
        <SaveStatus
          snapshot={snapshot}
          onRetry={props.onRetry}
          onDismiss={props.onDismissFailure}
          onUseMine={props.onUseMine}
          onKeepTheirs={props.onKeepTheirs}
        />
        {snapshot.loadingRows && (
          <p role="status" class="muted" data-testid="rows-loading">
            {i18n.t('editor.readingRest', { count: formatNumber(snapshot.loaded), total: formatNumber(model.meta.rowCount) })}
          </p>
        )}
        {props.progress && !props.progress.nearDownload && <JobProgress {...props.progress} onCancel={() => props.onCancelJob?.()} />}
        {props.message && (
          <p role={props.message.kind === 'error' ? 'alert' : 'status'} class={props.message.kind} data-testid="editor-message">
            {props.message.text}
          </p>
        )}
      </header>

      {props.mappingSlot}

      <LeftOutPanel
        model={model}
        busy={props.busy || snapshot.loadingRows}
        onPutBack={(pos) =>
          void applyAsync(exclusionEdit(model, [pos], false), i18n.t('leftout.undoPutBack', { row: model.rowAt(pos).index + 1 }))
        }
        onPutBackKind={onPutBackKind}
      />

      <FilterBar
        filter={query.filter}
        search={query.search}
        counts={counts}
        shown={shown.length}
        stale={stale}
        undoLabel={snapshot.undoLabel}
        redoLabel={snapshot.redoLabel}
        onFilter={setFilter}
        onSearch={(search) => setQuery({ ...query, search })}
        onRefresh={() => setViewKey(viewKey + 1)}
        onUndo={props.onUndo}
        onRedo={props.onRedo}
      />

      <BulkBar
        count={selection.rows.size}
        opportunityLicenses={settings.hasOpportunityLicenses}
        hasRules={settings.rules.length > 0}
        busy={preparing || snapshot.saving || snapshot.loadingRows}
        onPrograms={() => openPrograms(selectedPositions())}
        onSeat={(field, on) =>
          void applyAsync(
            seatEdit(model, selectedPositions(), field, on),
            i18n.t(on ? 'editor.undoGiveMany' : 'editor.undoTakeMany', { field: fieldLabel(field), rows: rowsWord(selection.rows.size) }),
          )
        }
        onInclude={(include) =>
          void applyAsync(
            exclusionEdit(model, selectedPositions(), !include),
            i18n.t(include ? 'editor.undoIncludeMany' : 'editor.undoExcludeMany', { rows: rowsWord(selection.rows.size) }),
          )
        }
        onApplyRules={() => void applyAsync(rulesEdit(model, selectedPositions(), settings.rules), i18n.t('editor.undoRules', { rows: rowsWord(selection.rows.size) }))}
        onClear={() => setSelection(EMPTY_SELECTION)}
      />

      <DraftGrid
        model={model}
        version={model.version}
        shown={shown}
        selection={selection}
        active={active}
        sort={query.sort}
        opportunityLicenses={settings.hasOpportunityLicenses}
        label={i18n.t('editor.rowsOf', { name: model.meta.name })}
        onActiveChange={setActive}
        onSort={(key) => setQuery({ ...query, sort: nextSort(query, key) })}
        onRowSelect={(index, mods) => setSelection(clickRow(selection, shownIndexes, index, mods))}
        onSelectAllShown={(select) =>
          setSelection(select ? { rows: new Set([...selection.rows, ...shownIndexes]), anchor: selection.anchor } : EMPTY_SELECTION)
        }
        onClearSelection={() => setSelection(EMPTY_SELECTION)}
        onShowAll={isTrivial(query) ? undefined : () => setQuery({ ...query, filter: 'all', search: '' })}
        onCommitText={(pos, field, text, seen) =>
          props.onApply(
            fromRowsAsSeen(textEdit(model, pos, field, text), new Map([[seen.index, seen]])),
            i18n.t('editor.undoEdit', { field: fieldLabel(field), row: seen.index + 1 }),
          )
        }
        onToggleSeat={onToggleSeat}
        onToggleInclude={onToggleInclude}
        onOpenPrograms={(pos) => openPrograms([pos])}
        onUseNearest={(course, slug) =>
          void applyAsync(
            nearestProgramEdit(model, course, slug),
            i18n.t('editor.undoNearest', { course, program: PROGRAMS.find((p) => p.slug === slug)?.name ?? slug }),
          )
        }
        onChooseDuplicate={(pos) => {
          const group = model.rowsWithEmail(model.state(pos).emailKey).map((i) => model.posOf(i)!);
          setDialog({ kind: 'duplicates', pos, seen: rowsAsSeen(model, group) });
        }}
      />
      {/* The active cell's problems, said to screen readers as the cell changes; the grid shows them on screen. */}
      <p class="sr-only" aria-live="polite" data-testid="cell-details">
        {cellProblems.length > 0 && i18n.t('editor.cellProblems', { row: model.rowAt(activePos!).index + 1, column: activeColumn.label, problems: cellProblems.join(' ') })}
      </p>

      <ExportPanel
        summary={props.summary?.summary}
        ids={props.summary?.ids}
        updating={props.summaryUpdating}
        opportunityLicenses={settings.hasOpportunityLicenses}
      />

      <NextStepBar
        summary={props.summary?.summary}
        busy={props.busy}
        mosAddress={props.mosAddress}
        onDownload={props.onDownloadCsv}
        onErrorReport={props.onErrorReport}
        progress={props.progress?.nearDownload ? <JobProgress {...props.progress} onCancel={() => props.onCancelJob?.()} /> : undefined}
      />

      {dialog?.kind === 'programs' && (() => {
        const { tally, unknown } = programCounts(dialog.positions);
        const single = dialog.positions.length === 1;
        return (
          <ProgramPicker
            title={
              single
                ? i18n.t('editor.programsForPerson', { name: personName(model, dialog.positions[0]!) })
                : i18n.t('editor.programsForRows', { rows: rowsWord(dialog.positions.length) })
            }
            counts={tally}
            total={dialog.positions.length}
            unknown={unknown}
            onApply={(choices) => onPrograms(dialog.positions, dialog.seen, choices)}
            onCancel={() => setDialog(undefined)}
          />
        );
      })()}
      {dialog?.kind === 'duplicates' && (() => {
        const { email, candidates } = candidatesFor(model, dialog.pos);
        return (
          <DuplicateChooser
            email={email}
            candidates={candidates}
            onCancel={() => setDialog(undefined)}
            onKeep={(keep) => {
              setDialog(undefined);
              const changes = fromRowsAsSeen(keepOneEdit(model, candidates.map((c) => c.index), keep), dialog.seen);
              props.onApply(changes, i18n.t('editor.undoKeep', { row: keep + 1, count: candidates.length, email }));
            }}
          />
        );
      })()}
      {dialog?.kind === 'keys' && (
        <Modal title={i18n.t('editor.keysTitle')} onClose={() => setDialog(undefined)} testId="keyboard-help-dialog">
          <KeyboardHelp />
          <DoneAction onDone={() => setDialog(undefined)} />
        </Modal>
      )}
      {dialog?.kind === 'settings' && (
        <Modal title={i18n.t('library.settings')} onClose={() => setDialog(undefined)} testId="settings-dialog" wide>
          <OrgSettingsPanel settings={settings} onChange={props.onSettingsChange} locked={props.lockedSettings} saveProblem={props.settingsProblem} />
          <DoneAction onDone={() => setDialog(undefined)} />
        </Modal>
      )}
    </div>
  );
}

/** The problems and warnings of one cell, in the admin's words. */
function problemsAt(model: DraftModel, pos: number, field: string): string[] {
  const state = model.state(pos);
  return [
    ...state.issues.filter((i) => i.field === field).map((i) => say(i.message, i.said)),
    ...model.warnings(pos).filter((w) => w.field === field).map((w) => say(w.message, w.said)),
  ];
}
