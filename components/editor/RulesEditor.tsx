import { PROGRAMS } from '@/lib/mos/programs';
import {
  SEAT_CHOICES,
  TITLE_MATCH_KINDS,
  TITLE_MATCH_LABELS,
  describeTitleRule,
  newTitleRule,
  type SeatChoice,
  type TitleRule,
} from '@/lib/rules/title-rules';

const SEAT_LABELS: Record<SeatChoice, string> = { keep: 'Leave as it is', yes: 'Give the seat', no: 'No seat' };

export interface RulesEditorProps {
  rules: readonly TitleRule[];
  opportunityLicenses: boolean;
  onChange(rules: TitleRule[]): void;
}

/** "Job title matches … → programs and seats", applied to the rows of every new draft. */
export function RulesEditor({ rules, opportunityLicenses, onChange }: RulesEditorProps) {
  const update = (i: number, change: Partial<TitleRule>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const move = (i: number, by: number) => {
    const next = [...rules];
    const [rule] = next.splice(i, 1);
    next.splice(i + by, 0, rule!);
    onChange(next);
  };
  return (
    <div class="stack" data-testid="rules-editor">
      {rules.length === 0 && <p class="muted">No rules yet.</p>}
      <ol class="rules">
        {rules.map((rule, i) => (
          <li key={rule.id} class="rule card stack" data-testid="rule">
            <fieldset class="stack">
              <legend>Rule {i + 1}</legend>
              <div class="row">
                <span>When the job title</span>
                <select
                  aria-label={`Rule ${i + 1}: how the job title is matched`}
                  value={rule.match}
                  onChange={(e) => update(i, { match: e.currentTarget.value as TitleRule['match'] })}
                >
                  {TITLE_MATCH_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {TITLE_MATCH_LABELS[kind]}
                    </option>
                  ))}
                </select>
                <input
                  type="text"
                  aria-label={`Rule ${i + 1}: job title text`}
                  data-testid="rule-text"
                  value={rule.text}
                  placeholder="e.g. Sales"
                  onChange={(e) => update(i, { text: e.currentTarget.value })}
                />
              </div>
              <div class="rule-programs" role="group" aria-label={`Rule ${i + 1}: programs to add`}>
                {PROGRAMS.map((p) => (
                  <label key={p.slug} class="small">
                    <input
                      type="checkbox"
                      data-slug={p.slug}
                      checked={rule.programs.includes(p.slug)}
                      onChange={(e) =>
                        update(i, {
                          programs: e.currentTarget.checked
                            ? PROGRAMS.map((q) => q.slug).filter((s) => s === p.slug || rule.programs.includes(s))
                            : rule.programs.filter((s) => s !== p.slug),
                        })
                      }
                    />{' '}
                    {p.name}
                  </label>
                ))}
              </div>
              <div class="row">
                <label>
                  Enable seat{' '}
                  <select value={rule.enable} data-testid="rule-enable" onChange={(e) => update(i, { enable: e.currentTarget.value as SeatChoice })}>
                    {SEAT_CHOICES.map((c) => (
                      <option key={c} value={c}>
                        {SEAT_LABELS[c]}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Opportunity seat{' '}
                  <select
                    value={rule.opportunity}
                    disabled={!opportunityLicenses}
                    onChange={(e) => update(i, { opportunity: e.currentTarget.value as SeatChoice })}
                  >
                    {SEAT_CHOICES.map((c) => (
                      <option key={c} value={c}>
                        {SEAT_LABELS[c]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <p class="muted small">{describeTitleRule(rule)}</p>
              <div class="row">
                <button type="button" class="secondary" disabled={i === 0} onClick={() => move(i, -1)}>
                  Move up
                </button>
                <button type="button" class="secondary" disabled={i === rules.length - 1} onClick={() => move(i, 1)}>
                  Move down
                </button>
                <button type="button" class="secondary danger-text" onClick={() => onChange(rules.filter((_, j) => j !== i))}>
                  Delete rule {i + 1}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" class="secondary" data-testid="add-rule" onClick={() => onChange([...rules, newTitleRule()])}>
        Add a rule
      </button>
    </div>
  );
}
