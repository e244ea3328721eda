import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { PROGRAMS, withProgram } from '@/lib/mos/programs';
import { MAX_RETENTION_DAYS, type OrgSettings, type OrgSettingsChange } from '@/lib/settings/org';
import { Notice } from '../Notice';
import { LockNote } from '../options/LockNote';
import { RulesEditor } from './RulesEditor';
import { LEFT_OUT_LABELS } from './LeftOutPanel';
import { LEAVE_OUT_KINDS } from '@/lib/mapping/exclusions';

export interface OrgSettingsPanelProps {
  settings: OrgSettings;
  /** A change worked out from the settings when it is saved, so quick clicks never undo each other. */
  onChange(change: OrgSettingsChange): void;
  /** Settings IT set by policy: shown, never changeable here. */
  locked?: ReadonlySet<keyof OrgSettings>;
  saveProblem?: string;
}

const NOTHING_LOCKED: ReadonlySet<keyof OrgSettings> = new Set();

// A disabled fieldset disables every control inside it, the rules editor's too.
const lockProps = (locked: ReadonlySet<keyof OrgSettings>, key: keyof OrgSettings) => ({
  disabled: locked.has(key),
  'data-locked': locked.has(key) || undefined,
});

type SwitchName = { [K in keyof OrgSettings]: OrgSettings[K] extends boolean ? K : never }[keyof OrgSettings];

interface Switch {
  name: SwitchName;
  testId: string;
  legend(): string;
  label(): string;
  help(): string;
}

/** The on/off settings, each in its own fieldset. */
const SWITCHES: readonly Switch[] = [
  {
    name: 'hasOpportunityLicenses',
    testId: 'setting-opportunity-licenses',
    legend: () => i18n.t('editor.licenses'),
    label: () => i18n.t('editor.haveOpportunity'),
    help: () => i18n.t('editor.opportunityHelp'),
  },
  {
    name: 'usePreferredFirstNames',
    testId: 'setting-preferred-names',
    legend: () => i18n.t('editor.names'),
    label: () => i18n.t('editor.usePreferredNames'),
    help: () => i18n.t('editor.preferredNamesHelp'),
  },
];

/** One on/off setting in its own fieldset, locked when IT set it. */
function SwitchSetting({ name, testId, legend, label, help, settings, locked, onChange }: Switch & {
  settings: OrgSettings;
  locked: ReadonlySet<keyof OrgSettings>;
  onChange(change: OrgSettingsChange): void;
}) {
  return (
    <fieldset class="stack" {...lockProps(locked, name)}>
      <legend>{legend()}</legend>
      {locked.has(name) && <LockNote />}
      <label class="row">
        <input
          type="checkbox"
          data-testid={testId}
          checked={settings[name]}
          onChange={(e) => onChange({ [name]: e.currentTarget.checked })}
        />
        {label()}
      </label>
      <p class="muted small">{help()}</p>
    </fieldset>
  );
}

/** Settings for the whole organisation: licenses, how long drafts are kept, defaults and rules for new drafts. */
export function OrgSettingsPanel({ settings, onChange, locked = NOTHING_LOCKED, saveProblem }: OrgSettingsPanelProps) {
  const lock = (key: keyof OrgSettings) => lockProps(locked, key);
  const [days, setDays] = useState(String(settings.retentionDays));
  useEffect(() => setDays(String(settings.retentionDays)), [settings.retentionDays]);
  const dayCount = Number(days);
  const daysValid = Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= MAX_RETENTION_DAYS;

  return (
    <div class="stack org-settings" data-testid="org-settings">
      {saveProblem && <Notice kind="error">{saveProblem}</Notice>}
      {SWITCHES.map((one) => (
        <SwitchSetting key={one.name} {...one} settings={settings} locked={locked} onChange={onChange} />
      ))}

      <fieldset class="stack" {...lock('retentionDays')}>
        <legend>{i18n.t('editor.keepingDrafts')}</legend>
        {locked.has('retentionDays') && <LockNote />}
        <label class="row">
          {i18n.t('editor.deleteAfter')}
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
          {i18n.t('editor.days')}
        </label>
        <p id="retention-help" class={daysValid ? 'muted small' : 'error small'}>
          {daysValid
            ? i18n.t('editor.retentionHelp')
            : i18n.t('editor.retentionInvalid', { max: MAX_RETENTION_DAYS })}
        </p>
      </fieldset>

      <fieldset class="stack" {...lock('leaveOut')}>
        <legend>{i18n.t('leftout.settingTitle')}</legend>
        {locked.has('leaveOut') && <LockNote />}
        <p class="muted small">{i18n.t('leftout.settingHelp')}</p>
        {LEAVE_OUT_KINDS.map((kind) => (
          <label class="row" key={kind}>
            <input
              type="checkbox"
              data-testid="setting-leave-out"
              data-kind={kind}
              checked={settings.leaveOut[kind]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                onChange((now) => ({ leaveOut: { ...now.leaveOut, [kind]: on } }));
              }}
            />
            {LEFT_OUT_LABELS[kind]()}
          </label>
        ))}
      </fieldset>

      <fieldset class="stack">
        <legend>{i18n.t('editor.newDrafts')}</legend>
        <p class="muted small">{i18n.t('editor.newDraftsHelp')}</p>
        <fieldset class="stack plain" {...lock('defaultSeats')}>
          {locked.has('defaultSeats') && <LockNote />}
          <label class="row">
            <input
              type="checkbox"
              checked={settings.defaultSeats.mos_enable}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                onChange((now) => ({ defaultSeats: { ...now.defaultSeats, mos_enable: on } }));
              }}
            />
            {i18n.t('editor.seatEnable')}
          </label>
          <label class="row">
            <input
              type="checkbox"
              disabled={!settings.hasOpportunityLicenses}
              checked={settings.defaultSeats.mos_opportunity && settings.hasOpportunityLicenses}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                onChange((now) => ({ defaultSeats: { ...now.defaultSeats, mos_opportunity: on } }));
              }}
            />
            {i18n.t('editor.seatOpportunity')}
          </label>
        </fieldset>
        <fieldset class="stack plain" {...lock('defaultPrograms')}>
          {locked.has('defaultPrograms') && <LockNote />}
          <p class="small">{i18n.t('editor.programsColon')}</p>
          <div role="group" aria-label={i18n.t('editor.programsForNewRows')} class="rule-programs">
            {PROGRAMS.map((p) => (
              <label key={p.slug} class="small">
                <input
                  type="checkbox"
                  checked={settings.defaultPrograms.includes(p.slug)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    onChange((now) => ({ defaultPrograms: withProgram(now.defaultPrograms, p.slug, on) }));
                  }}
                />{' '}
                {p.name}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset class="stack" {...lock('rules')}>
        <legend>{i18n.t('editor.rulesTitle')}</legend>
        {locked.has('rules') && <LockNote />}
        <p class="muted small">
          {i18n.t('editor.rulesHelp')}
        </p>
        <RulesEditor
          rules={settings.rules}
          opportunityLicenses={settings.hasOpportunityLicenses}
          onChange={(edit) => onChange((now) => ({ rules: edit(now.rules) }))}
        />
      </fieldset>
    </div>
  );
}
