import { describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS, type OrgSettings } from './org';
import { SETTINGS_FILE_FORMAT, parseSettingsJson, settingsToJson } from './transfer';

const SETTINGS: OrgSettings = {
  ...DEFAULT_ORG_SETTINGS,
  retentionDays: 14,
  defaultPrograms: ['meddpicc-masterclass'],
  rules: [{ id: 'r1', match: 'starts-with', text: 'Sales', programs: ['meddicc-value-program'], enable: 'yes', opportunity: 'no' }],
};

const fileWith = (change: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(settingsToJson(SETTINGS, 42)), ...change });

describe('settings files', () => {
  it('round-trips the settings and the next user_id, marked and versioned', () => {
    const text = settingsToJson(SETTINGS, 42, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ format: SETTINGS_FILE_FORMAT, version: 1, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(parseSettingsJson(text)).toEqual({ ok: true, file: { settings: SETTINGS, nextUserId: 42 } });
  });

  it('names the bad field', () => {
    const rules = [{ ...SETTINGS.rules[0], match: 'sounds-like' }];
    const result = parseSettingsJson(fileWith({ settings: { ...SETTINGS, rules } }));
    expect(result).toMatchObject({ ok: false, reason: 'bad-field', field: 'settings.rules[0].match' });
    const days = parseSettingsJson(fileWith({ settings: { ...SETTINGS, retentionDays: 0 } }));
    expect(days).toMatchObject({ ok: false, field: 'settings.retentionDays' });
  });

  it('refuses anything that is not settings, such as people slipped into the file', () => {
    const withPeople = parseSettingsJson(fileWith({ people: [{ email: 'jane@example.com' }] }));
    expect(withPeople).toMatchObject({ ok: false, reason: 'bad-field', field: 'people' });
    const inSettings = parseSettingsJson(fileWith({ settings: { ...SETTINGS, rows: [] } }));
    expect(inSettings).toMatchObject({ ok: false, field: 'settings.rows' });
  });

  it('tells a broken file, another kind of file and a newer version apart', () => {
    expect(parseSettingsJson('{ nope')).toMatchObject({ ok: false, reason: 'not-json', problem: 'This file is not valid JSON. The error is near line 1, column 3.' });
    expect(parseSettingsJson('PK\u0003\u0004')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(parseSettingsJson('{"drafts":[]}')).toMatchObject({ ok: false, reason: 'not-settings', field: 'format' });
    expect(parseSettingsJson(fileWith({ version: 2 }))).toMatchObject({ ok: false, reason: 'newer-version' });
  });

  it('takes a file without a next user_id', () => {
    const { nextUserId: _n, ...rest } = JSON.parse(settingsToJson(SETTINGS, 42));
    expect(parseSettingsJson(JSON.stringify(rest))).toEqual({ ok: true, file: { settings: SETTINGS } });
  });
});
