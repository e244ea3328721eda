import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { PROGRAMS, withProgram } from '@/lib/mos/programs';
import { fieldLabel } from '../format';
import {
  SEAT_CHOICES,
  TITLE_MATCH_KINDS,
  newTitleRule,
  type SeatChoice,
  type TitleRule,
} from '@/lib/rules/title-rules';

const SEAT_LABELS: Record<SeatChoice, () => string> = {
  keep: () => i18n.t('editor.seatKeep'),
  yes: () => i18n.t('editor.seatYes'),
  no: () => i18n.t('editor.seatNo'),
};
const MATCH_LABELS: Record<TitleRule['match'], () => string> = {
  contains: () => i18n.t('editor.matchContains'),
  is: () => i18n.t('editor.matchIs'),
  'starts-with': () => i18n.t('editor.matchStartsWith'),
};

function SeatSelect({ label, value, disabled, testId, onPick }: {
  label: string;
  value: SeatChoice;
  disabled?: boolean;
  testId?: string;
  onPick(choice: SeatChoice): void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} disabled={disabled} data-testid={testId} onChange={(e) => onPick(e.currentTarget.value as SeatChoice)}>
        {SEAT_CHOICES.map((c) => (
          <option key={c} value={c}>
            {SEAT_LABELS[c]()}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface RulesEditorProps {
  rules: readonly TitleRule[];
  opportunityLicenses: boolean;
  /** Gets the edit rather than the new list, so it applies to the rules as last saved, not as last drawn. */
  onChange(edit: (rules: readonly TitleRule[]) => TitleRule[]): void;
}

function seatPhrase(field: 'mos_enable' | 'mos_opportunity', choice: SeatChoice): string | undefined {
  if (choice === 'keep') return undefined;
  return choice === 'yes' ? fieldLabel(field) : i18n.t('editor.withoutSeat', { seat: fieldLabel(field) });
}

/** A sentence an admin can check: `Job title contains "sales" → MEDDPICC Masterclass, Enable seat`. */
function describeRule(rule: TitleRule): string {
  const names = rule.programs.map((slug) => PROGRAMS.find((p) => p.slug === slug)?.name ?? slug);
  const outcomes = [...names, seatPhrase('mos_enable', rule.enable), seatPhrase('mos_opportunity', rule.opportunity)].filter(Boolean);
  return i18n.t('editor.ruleSummary', {
    match: MATCH_LABELS[rule.match](),
    text: rule.text.trim(),
    outcomes: outcomes.length > 0 ? outcomes.join(', ') : i18n.t('editor.ruleNothing'),
  });
}

/**
 * The rule's words, kept here while typed and saved when the field is left: a redraw meanwhile (the save
 * of another control, a change from another tab) must not put the saved words back over the typed ones.
 */
function RuleText({ label, saved, onCommit }: { label: string; saved: string; onCommit(text: string): void }) {
  const [text, setText] = useState(saved);
  useEffect(() => setText(saved), [saved]);
  return (
    <input
      type="text"
      aria-label={label}
      data-testid="rule-text"
      value={text}
      placeholder={i18n.t('editor.rulePlaceholder')}
      onInput={(e) => setText(e.currentTarget.value)}
      onChange={(e) => onCommit(e.currentTarget.value)}
    />
  );
}

/** "Job title matches … → programs and seats", applied to the rows of every new draft. */
export function RulesEditor({ rules, opportunityLicenses, onChange }: RulesEditorProps) {
  const update = (id: string, change: (rule: TitleRule) => Partial<TitleRule>) =>
    onChange((now) => now.map((r) => (r.id === id ? { ...r, ...change(r) } : r)));
  const move = (id: string, by: number) =>
    onChange((now) => {
      const next = [...now];
      const from = next.findIndex((r) => r.id === id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= next.length) return next;
      next.splice(to, 0, ...next.splice(from, 1));
      return next;
    });
  return (
    <div class="stack" data-testid="rules-editor">
      {rules.length === 0 && <p class="muted">{i18n.t('editor.noRules')}</p>}
      <ol class="rules">
        {rules.map((rule, i) => (
          <li key={rule.id} class="rule card stack" data-testid="rule">
            <fieldset class="stack">
              <legend>{i18n.t('editor.ruleN', { n: i + 1 })}</legend>
              <div class="row">
                <span>{i18n.t('editor.whenTitle')}</span>
                <select
                  aria-label={i18n.t('editor.ruleMatch', { n: i + 1 })}
                  value={rule.match}
                  onChange={(e) => {
                    const match = e.currentTarget.value as TitleRule['match'];
                    update(rule.id, () => ({ match }));
                  }}
                >
                  {TITLE_MATCH_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {MATCH_LABELS[kind]()}
                    </option>
                  ))}
                </select>
                <RuleText
                  label={i18n.t('editor.ruleText', { n: i + 1 })}
                  saved={rule.text}
                  onCommit={(text) => update(rule.id, () => ({ text }))}
                />
              </div>
              <div class="rule-programs" role="group" aria-label={i18n.t('editor.rulePrograms', { n: i + 1 })}>
                {PROGRAMS.map((p) => (
                  <label key={p.slug} class="small">
                    <input
                      type="checkbox"
                      data-slug={p.slug}
                      checked={rule.programs.includes(p.slug)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        update(rule.id, (now) => ({ programs: withProgram(now.programs, p.slug, on) }));
                      }}
                    />{' '}
                    {p.name}
                  </label>
                ))}
              </div>
              <div class="row">
                <SeatSelect
                  label={i18n.t('editor.seatEnable')}
                  value={rule.enable}
                  testId="rule-enable"
                  onPick={(enable) => update(rule.id, () => ({ enable }))}
                />
                <SeatSelect
                  label={i18n.t('editor.seatOpportunity')}
                  value={rule.opportunity}
                  disabled={!opportunityLicenses}
                  onPick={(opportunity) => update(rule.id, () => ({ opportunity }))}
                />
              </div>
              <p class="muted small">{describeRule(rule)}</p>
              <div class="row">
                <button type="button" class="secondary" disabled={i === 0} onClick={() => move(rule.id, -1)}>
                  {i18n.t('editor.moveUp')}
                </button>
                <button type="button" class="secondary" disabled={i === rules.length - 1} onClick={() => move(rule.id, 1)}>
                  {i18n.t('editor.moveDown')}
                </button>
                <button type="button" class="secondary danger-text" onClick={() => onChange((now) => now.filter((r) => r.id !== rule.id))}>
                  {i18n.t('editor.deleteRule', { n: i + 1 })}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="secondary"
        data-testid="add-rule"
        onClick={() => {
          const added = newTitleRule();
          onChange((now) => [...now, added]);
        }}
      >
        {i18n.t('editor.addRule')}
      </button>
    </div>
  );
}
