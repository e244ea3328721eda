import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ProgramChoice } from '@/lib/drafts/editor/intents';
import { PROGRAMS, type ProgramSlug } from '@/lib/mos/programs';
import { DialogActions, Modal } from './Modal';

type Tick = 'on' | 'off' | 'mixed';

export interface ProgramPickerProps {
  title: string;
  /** How many of the rows being changed have each program now. */
  counts: ReadonlyMap<string, number>;
  total: number;
  /** Text in the rows' programs cells that is not an mOS program; applying removes it. */
  unknown: readonly string[];
  onApply(choices: Map<ProgramSlug, ProgramChoice>): void;
  onCancel(): void;
}

function startTick(count: number, total: number): Tick {
  if (count === 0) return 'off';
  return count >= total ? 'on' : 'mixed';
}

/**
 * Lists the programs by name and hands back slugs. For several rows, a program some of them have shows
 * as mixed and is left alone unless the admin ticks or clears it.
 */
export function ProgramPicker({ title, counts, total, unknown, onApply, onCancel }: ProgramPickerProps) {
  const initial = new Map(PROGRAMS.map((p) => [p.slug, startTick(counts.get(p.slug) ?? 0, total)] as const));
  const [ticks, setTicks] = useState(initial);

  const cycle = (slug: ProgramSlug) => {
    const now = ticks.get(slug)!;
    const wasMixed = initial.get(slug) === 'mixed';
    const next: Tick = now === 'mixed' ? 'on' : now === 'on' ? 'off' : wasMixed ? 'mixed' : 'on';
    setTicks(new Map(ticks).set(slug, next));
  };

  const apply = () => {
    const choices = new Map<ProgramSlug, ProgramChoice>();
    for (const [slug, tick] of ticks) choices.set(slug, tick === 'on' ? 'add' : tick === 'off' ? 'remove' : 'leave');
    onApply(choices);
  };

  return (
    <Modal title={title} onClose={onCancel} testId="program-picker">
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <fieldset class="program-list">
          <legend class="sr-only">{i18n.t('editor.programsLegend')}</legend>
          {PROGRAMS.map((program) => {
            const tick = ticks.get(program.slug)!;
            const have = counts.get(program.slug) ?? 0;
            return (
              <label key={program.slug} class="program-option" data-testid="program-option" data-slug={program.slug}>
                <input
                  type="checkbox"
                  checked={tick === 'on'}
                  ref={(el) => {
                    if (el) el.indeterminate = tick === 'mixed';
                  }}
                  onClick={(e) => {
                    e.preventDefault();
                    cycle(program.slug);
                  }}
                />
                <span>
                  <span class="program-name">{program.name}</span>
                  <code class="program-slug">{program.slug}</code>
                  {total > 1 && (
                    <span class="muted small">
                      {tick === 'mixed' ? i18n.t('editor.mixed', { have, total }) : tick === 'on' ? i18n.t('editor.allN', { total }) : i18n.t('editor.noneWord')}
                    </span>
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
        {unknown.length > 0 && (
          <p class="error">
            {i18n.t('editor.unknownPrograms', { list: unknown.map((u) => i18n.t('editor.quoted', { value: u })).join(', ') })}
          </p>
        )}
        <DialogActions onCancel={onCancel}>
          <button type="submit" data-testid="apply-programs">
            {total > 1 ? i18n.t('editor.applyToRows', { count: total }) : i18n.t('common.apply')}
          </button>
        </DialogActions>
      </form>
    </Modal>
  );
}
