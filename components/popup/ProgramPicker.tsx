import { i18n } from '#i18n';
import { PROGRAMS, withProgram, type ProgramSlug } from '@/lib/mos/programs';

export interface ProgramPickerProps {
  chosen: readonly ProgramSlug[];
  onChange(next: ProgramSlug[]): void;
  name?: string;
}

/** The six mOS programs by name; what it emits are their slugs. */
export function ProgramPicker({ chosen, onChange, name = 'course_enrollments' }: ProgramPickerProps) {
  const toggle = (slug: ProgramSlug, on: boolean) => onChange(withProgram(chosen, slug, on));
  return (
    <fieldset class="choices" data-testid="program-picker">
      <legend>{i18n.t('popup.person.programs')}</legend>
      {PROGRAMS.map((program) => (
        <label key={program.slug} class="choice">
          <input
            type="checkbox"
            name={name}
            value={program.slug}
            checked={chosen.includes(program.slug)}
            onChange={(e) => toggle(program.slug, e.currentTarget.checked)}
          />
          <span>{program.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
