import { personLabel, pickKeptValues, resolveSource } from './apply';
import { nameSuffix } from './names';
import { plainText } from './normalise';
import { KEPT_FIELD_LABELS, sourceRefs, type ColumnMapping, type KeptField } from './types';

/** Why a row is probably not someone to invite. */
export type ExclusionKind = 'left' | 'contractor' | 'guest' | 'disabled';

export interface ExclusionSuggestion {
  /** Position of the row in the rows given. */
  index: number;
  kind: ExclusionKind;
  /** The column and value behind it, e.g. "Employment Status: Contractor". */
  reason: string;
  /** That column's header as stored ("Column 3" for one without), for a screen to word in its language. */
  column: string;
  value: string;
}

export const EXCLUSION_LABELS: Record<ExclusionKind, string> = {
  left: 'Has left or is inactive',
  contractor: 'Contractor',
  guest: 'Guest account',
  disabled: 'Account disabled',
};

/** Statuses of people who have left or whose account is shut, in the languages we read. */
const GONE = [
  'terminated', 'termed', 'inactive', 'deactivated', 'disabled', 'suspended', 'deprovisioned', 'deleted',
  'archived', 'left', 'leaver', 'former', 'former employee', 'resigned', 'retired', 'dismissed', 'laid off',
  'offboarded', 'separated', 'withdrawn', 'no longer employed', 'not active', 'nicht aktiv', 'no activo',
  'niet actief',
  'ausgetreten', 'inaktiv', 'gekundigt', 'beendet', 'ehemalig', 'ehemaliger mitarbeiter', 'deaktiviert', 'gesperrt',
  'ausgeschieden', 'inactif', 'inactive', 'parti', 'partie', 'sorti', 'sortie', 'licencie', 'demissionnaire',
  'resilie', 'termine', 'desactive', 'suspendu', 'ancien salarie', 'inactivo', 'inactiva', 'baja', 'de baja',
  'dado de baja', 'despedido', 'terminado', 'cesado', 'suspendido', 'desactivado', 'ex empleado', 'inactief',
  'uit dienst', 'beeindigd', 'ontslagen', 'gedeactiveerd', 'geschorst', 'vertrokken',
];

/** Employment types of people who are not employees of the organisation. */
const CONTRACTORS = [
  'contractor', 'independent contractor', 'contingent', 'contingent worker', 'freelance', 'freelancer',
  'consultant', 'external', 'external consultant', 'vendor', 'agency', 'agency worker', '1099', 'contract worker',
  'freiberufler', 'freier mitarbeiter', 'externer mitarbeiter', 'extern', 'externe', 'auftragnehmer', 'werkvertrag',
  'prestataire', 'consultant externe', 'independant', 'contratista', 'autonomo', 'externo', 'zzp', 'zzp er',
  'zzper', 'inhuur', 'gedetacheerd', 'uitzendkracht',
];

const GUESTS = ['guest', 'gast', 'invite', 'invitado'];

const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'nein', 'falsch', 'non', 'faux', 'falso', 'nee', 'onwaar']);
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'ja', 'wahr', 'oui', 'vrai', 'si', 'verdadero', 'waar', 'x']);

/** Whether a value holds one of the phrases as whole words ("Terminated - Voluntary" holds "terminated"). */
function holdsPhrase(value: string, phrases: readonly string[]): boolean {
  const text = ` ${plainText(value)} `;
  return phrases.some((phrase) => text.includes(` ${phrase} `));
}

const WATCHED = ['status', 'employment_type', 'account_enabled', 'account_disabled'] as const;

type Verdict = { kind: ExclusionKind; field: KeptField } | undefined;

function verdict(kept: Partial<Record<KeptField, string>>): Verdict {
  const typed = (['status', 'employment_type'] as const).filter((f) => kept[f]);
  for (const field of typed) if (holdsPhrase(kept[field]!, GONE)) return { kind: 'left', field };
  for (const field of typed) if (holdsPhrase(kept[field]!, CONTRACTORS)) return { kind: 'contractor', field };
  for (const field of typed) if (holdsPhrase(kept[field]!, GUESTS)) return { kind: 'guest', field };
  if (kept.account_enabled !== undefined && FALSE_WORDS.has(plainText(kept.account_enabled))) {
    return { kind: 'disabled', field: 'account_enabled' };
  }
  if (kept.account_disabled !== undefined && TRUE_WORDS.has(plainText(kept.account_disabled))) {
    return { kind: 'disabled', field: 'account_disabled' };
  }
  return undefined;
}

/** A status or role written after a name, as in "Sam Ortiz (Terminated)", and the column it is in. */
interface NameSuffix {
  column: number;
  suffix: string;
}

function nameSuffixOf(cells: readonly string[], mapping: ColumnMapping): NameSuffix | undefined {
  for (const source of [mapping.first_name, mapping.last_name]) {
    for (const ref of source === undefined ? [] : sourceRefs(source)) {
      const suffix = nameSuffix(cells[ref.column] ?? '');
      if (suffix !== undefined) return { column: ref.column, suffix };
    }
  }
  return undefined;
}

/** The columns' verdict, else the name suffix's, judged with the same words as a status column ("(On Leave)" stays in). */
function judgeRow(kept: Partial<Record<KeptField, string>>, named: NameSuffix | undefined, mapping: ColumnMapping, headers: readonly string[]) {
  const found = verdict(kept);
  if (found) {
    const column = columnName(mapping, found.field, headers);
    return { kind: found.kind, column, value: kept[found.field]! };
  }
  const bySuffix = named && verdict({ status: named.suffix });
  if (!named || !bySuffix) return undefined;
  return { kind: bySuffix.kind, column: headers[named.column]?.trim() || `Column ${named.column + 1}`, value: named.suffix };
}

function columnName(mapping: ColumnMapping, field: KeptField, headers: readonly string[]): string {
  const source = mapping[field]!;
  const column = sourceRefs(source)[0]!.column;
  return headers[column]?.trim() || KEPT_FIELD_LABELS[field];
}

type Judge = (cells: readonly string[], index: number, into: ExclusionSuggestion[]) => void;

function createJudge(mapping: ColumnMapping, headers: readonly string[]): Judge | undefined {
  const watchedFields = WATCHED.filter((field) => mapping[field] !== undefined);
  const names = mapping.first_name !== undefined || mapping.last_name !== undefined;
  if (watchedFields.length === 0 && !names) return undefined;
  // Statuses repeat across thousands of rows: each distinct combination is judged once.
  const judged = new Map<string, Omit<ExclusionSuggestion, 'index'> | undefined>();
  return (cells, index, into) => {
    const named = names ? nameSuffixOf(cells, mapping) : undefined;
    const key = [...watchedFields.map((field) => resolveSource(cells, mapping[field]!)), named?.column, named?.suffix].join('\u0000');
    if (!judged.has(key)) {
      const found = judgeRow(pickKeptValues(cells, mapping), named, mapping, headers);
      judged.set(key, found && { ...found, reason: `${found.column}: ${found.value}` });
    }
    const judgement = judged.get(key);
    if (judgement) into.push({ index, ...judgement });
  };
}

/**
 * Rows the admin most likely does not want to invite (people who left, contractors, guests,
 * shut accounts), each with the reason, read from the kept status and type columns.
 */
export function suggestExclusions(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  headers: readonly string[] = [],
): ExclusionSuggestion[] {
  const suggestions: ExclusionSuggestion[] = [];
  const judge = createJudge(mapping, headers);
  if (judge) rows.forEach((cells, index) => judge(cells, index, suggestions));
  return suggestions;
}

export interface ChunkOptions {
  chunkSize?: number;
  pause?: () => Promise<void>;
  cancelled?: () => boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same, a few thousand rows at a time, so a page showing a huge roster stays responsive. */
export async function suggestExclusionsInChunks(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  headers: readonly string[] = [],
  { chunkSize = 5000, pause = nextTask, cancelled = (): boolean => false }: ChunkOptions = {},
): Promise<ExclusionSuggestion[]> {
  const suggestions: ExclusionSuggestion[] = [];
  const judge = createJudge(mapping, headers);
  if (!judge) return suggestions;
  for (let start = 0; start < rows.length; start += chunkSize) {
    if (start > 0) await pause();
    if (cancelled()) return [];
    const end = Math.min(rows.length, start + chunkSize);
    for (let index = start; index < end; index++) judge(rows[index]!, index, suggestions);
  }
  return suggestions;
}

/** A suggestion for a draft row, with the person it is about. */
export interface RowExclusion {
  /** The draft row's own index. */
  row: number;
  who: string;
  kind: ExclusionKind;
  reason: string;
  column: string;
  value: string;
}

/** Suggestions for the rows not already left out, in chunks, labelled for the admin. */
export async function suggestRowExclusions(
  rows: readonly { index: number; cells: string[]; excluded: boolean }[],
  mapping: ColumnMapping,
  headers: readonly string[],
  options: ChunkOptions = {},
): Promise<RowExclusion[]> {
  const open = rows.filter((r) => !r.excluded);
  const found = await suggestExclusionsInChunks(open.map((r) => r.cells), mapping, headers, options);
  return found.map(({ index, ...why }) => ({ row: open[index]!.index, who: personLabel(open[index]!.cells, mapping), ...why }));
}
