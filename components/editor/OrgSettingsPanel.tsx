import { useEffect, useState } from 'preact/hooks';
import { PROGRAMS } from '@/lib/mos/programs';
import { MAX_RETENTION_DAYS, type OrgSettings } from '@/lib/settings/org';
import { LockNote } from '../options/LockNote';
import { RulesEditor } from './RulesEditor';

export interface OrgSettingsPanelProps {
  settings: OrgSettings;
  onChange(change: Partial<OrgSettings>): void;
  /** Settings IT set by policy: shown, never changeable here. */
  locked?: ReadonlySet<keyof OrgSettings>;
}

const NOTHING_LOCKED: ReadonlySet<keyof OrgSettings> = new Set();

/** Settings for the whole organisation: licenses, how long drafts are kept, defaults and rules for new drafts. */
export function OrgSettingsPanel({ settings, onChange, locked = NOTHING_LOCKED }: OrgSettingsPanelProps) {
  // A disabled fieldset disables every control inside it, the rules editor's too.
  const lock = (key: keyof OrgSettings) => ({ disabled: locked.has(key), 'data-locked': locked.has(key) || undefined });
  const [days, setDays] = useState(String(settings.retentionDays));
  useEffect(() => setDays(String(settings.retentionDays)), [settings.retentionDays]);
  const dayCount = Number(days);
  const daysValid = Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= MAX_RETENTION_DAYS;

  return (
    <div class="stack org-settings" data-testid="org-settings">
      <fieldset class="stack" {...lock('hasOpportunityLicenses')}>
        <legend>Licenses</legend>
        {locked.has('hasOpportunityLicenses') && <LockNote />}
        <label class="row">
          <input
            type="checkbox"
            data-testid="setting-opportunity-licenses"
            checked={settings.hasOpportunityLicenses}
            onChange={(e) => onChange({ hasOpportunityLicenses: e.currentTarget.checked })}
          />
          We have mOS Opportunity licenses
        </label>
        <p class="muted small">
          When this is off, every file says FALSE for the Opportunity seat, as mOS asks of teams without these licenses.
        </p>
      </fieldset>

      <fieldset class="stack" {...lock('retentionDays')}>
        <legend>Keeping drafts</legend>
        {locked.has('retentionDays') && <LockNote />}
        <label class="row">
          Delete drafts not changed for
          <input
            type="number"
            min={1}
            max={MAX_RETENTION_DAYS}
            class="narrow"
            data-testid="setting-retention-days"
            aria-invalid={!daysValid || undefined}
            aria-describedby="retention-help"
            value={days}
            onInput={(e) => setDays(e.currentTarget.value)}
            onChange={() => daysValid && onChange({ retentionDays: dayCount })}
          />
          days
        </label>
        <p id="retention-help" class={daysValid ? 'muted small' : 'error small'}>
          {daysValid
            ? 'Rosters hold colleagues’ personal data, so drafts are deleted from this browser once they have not been changed for this long.'
            : `Enter a whole number of days from 1 to ${MAX_RETENTION_DAYS}.`}
        </p>
      </fieldset>

      <fieldset class="stack">
        <legend>New drafts</legend>
        <p class="muted small">What rows get when the file says nothing about seats or programs.</p>
        <fieldset class="stack plain" {...lock('defaultSeats')}>
          {locked.has('defaultSeats') && <LockNote />}
          <label class="row">
            <input
              type="checkbox"
              checked={settings.defaultSeats.mos_enable}
              onChange={(e) => onChange({ defaultSeats: { ...settings.defaultSeats, mos_enable: e.currentTarget.checked } })}
            />
            Enable seat
          </label>
          <label class="row">
            <input
              type="checkbox"
              disabled={!settings.hasOpportunityLicenses}
              checked={settings.defaultSeats.mos_opportunity && settings.hasOpportunityLicenses}
              onChange={(e) => onChange({ defaultSeats: { ...settings.defaultSeats, mos_opportunity: e.currentTarget.checked } })}
            />
            Opportunity seat
          </label>
        </fieldset>
        <fieldset class="stack plain" {...lock('defaultPrograms')}>
          {locked.has('defaultPrograms') && <LockNote />}
          <p class="small">Programs:</p>
          <div role="group" aria-label="Programs for new rows" class="rule-programs">
            {PROGRAMS.map((p) => (
              <label key={p.slug} class="small">
                <input
                  type="checkbox"
                  checked={settings.defaultPrograms.includes(p.slug)}
                  onChange={(e) =>
                    onChange({
                      defaultPrograms: e.currentTarget.checked
                        ? PROGRAMS.map((q) => q.slug).filter((s) => s === p.slug || settings.defaultPrograms.includes(s))
                        : settings.defaultPrograms.filter((s) => s !== p.slug),
                    })
                  }
                />{' '}
                {p.name}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset class="stack" {...lock('rules')}>
        <legend>Job-title rules</legend>
        {locked.has('rules') && <LockNote />}
        <p class="muted small">
          Applied to the rows of every new draft, where the file says nothing itself. Every matching rule adds its programs;
          the first matching rule that sets a seat decides it. In a draft, select rows and press “Apply job-title rules” to
          apply them there.
        </p>
        <RulesEditor
          rules={settings.rules}
          opportunityLicenses={settings.hasOpportunityLicenses}
          onChange={(rules) => onChange({ rules })}
        />
      </fieldset>
    </div>
  );
}
