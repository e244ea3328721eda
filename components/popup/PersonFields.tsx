import { i18n } from '#i18n';
import type { FieldErrors, InviteField, InviteValues, TextField } from '@/lib/sources/invite/person';
import { ProgramPicker } from './ProgramPicker';

export interface PersonFieldsProps {
  values: InviteValues;
  /** Problems to show now (touched fields, or all after an attempt). */
  errors: FieldErrors;
  /** A note under the email field, e.g. that the person is already in mOS. */
  emailNote?: string;
  permissionChoices: readonly string[];
  onChange<F extends InviteField>(field: F, value: InviteValues[F]): void;
  onBlur(field: InviteField): void;
}

interface TextInputProps extends Pick<PersonFieldsProps, 'values' | 'errors' | 'onChange' | 'onBlur'> {
  field: TextField;
  label: string;
  type?: 'text' | 'email';
  autoComplete?: string;
  list?: string;
  note?: string;
  required?: boolean;
}

function TextInput({ field, label, type = 'text', autoComplete = 'off', list, note, required, values, errors, onChange, onBlur }: TextInputProps) {
  const id = `invite-${field}`;
  const error = errors[field];
  const describedBy = [error ? `${id}-error` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field field-${field}`}>
      <label for={id}>
        {label}
        {required && <span class="required" aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        name={field}
        type={type}
        value={values[field]}
        list={list}
        autoComplete={autoComplete}
        spellcheck={false}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onChange(field, e.currentTarget.value)}
        onBlur={() => onBlur(field)}
      />
      {error && (
        <span id={`${id}-error`} class="field-error" data-testid="field-error" data-field={field}>
          {error}
        </span>
      )}
      {note && !error && (
        <span id={`${id}-note`} class="field-note" data-testid="existing-note">
          {note}
        </span>
      )}
    </div>
  );
}

/** One person's mOS fields, seat toggles and programs. */
export function PersonFields(props: PersonFieldsProps) {
  const { values, errors, emailNote, permissionChoices, onChange } = props;
  return (
    <>
      <div class="field-row">
        <TextInput {...props} field="first_name" label={i18n.t('popup.person.firstName')} />
        <TextInput {...props} field="last_name" label={i18n.t('popup.person.lastName')} />
      </div>
      <TextInput {...props} field="email" label={i18n.t('popup.person.email')} type="email" required note={emailNote} />
      <TextInput {...props} field="job_title" label={i18n.t('popup.person.jobTitle')} />
      <TextInput {...props} field="permissions" label={i18n.t('popup.person.permissions')} list="permission-choices" required />
      <datalist id="permission-choices">
        {permissionChoices.map((choice) => (
          <option key={choice} value={choice} />
        ))}
      </datalist>
      <fieldset class="choices seats">
        <legend>{i18n.t('popup.person.seats')}</legend>
        <label class="choice">
          <input type="checkbox" name="mos_enable" checked={values.mos_enable} onChange={(e) => onChange('mos_enable', e.currentTarget.checked)} />
          <span>{i18n.t('popup.person.enable')}</span>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            name="mos_opportunity"
            checked={values.mos_opportunity}
            onChange={(e) => onChange('mos_opportunity', e.currentTarget.checked)}
          />
          <span>{i18n.t('popup.person.opportunity')}</span>
        </label>
      </fieldset>
      {errors.course_enrollments && <span class="field-error">{errors.course_enrollments}</span>}
      <ProgramPicker chosen={values.course_enrollments} onChange={(next) => onChange('course_enrollments', next)} />
    </>
  );
}
