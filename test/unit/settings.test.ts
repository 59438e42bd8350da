import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from '../../components/messaging/settings';
import { SETTINGS_KEY } from '../../components/messaging/protocol';
import { judgePage } from '../../components/engine-client/local';
import { ALL_RULES } from '../../rules/all-rules';
import { currentRuleId, RULE_RENAMES } from '../../rules/renames';

beforeEach(() => fakeBrowser.reset());

describe('stored settings', () => {
  it('keep a renamed rule switched off: an old id reads back as the current one', async () => {
    const [old, current] = Object.entries(RULE_RENAMES)[0]!;
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, lang: 'en', disabledRules: [old, 'national/site-name-length'] } });
    const settings = await loadSettings(currentRuleId);
    expect(settings.disabledRules).toEqual([current, 'national/site-name-length']);
    expect(ALL_RULES.some((rule) => rule.id === current)).toBe(true);
  });

  it('list a rule once when both its old and its current id were stored', async () => {
    const [old, current] = Object.entries(RULE_RENAMES)[0]!;
    await saveSettings({ version: 1, lang: 'zh-CN', disabledRules: [current, old] });
    expect((await loadSettings(currentRuleId)).disabledRules).toEqual([current]);
  });

  it('migrate every renamed id', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, lang: 'en', disabledRules: Object.keys(RULE_RENAMES) } });
    const ids = new Set(ALL_RULES.map((rule) => rule.id));
    expect((await loadSettings(currentRuleId)).disabledRules.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('switch a renamed rule off in the engine when the content script sends the id as stored', () => {
    const [old, current] = Object.entries(RULE_RENAMES)[0]!;
    const judge = judgePage(ALL_RULES);
    const page = {
      console: 'huawei',
      provider: 'huawei',
      step: 'unknown',
      form: {},
      health: { expected: [], missing: [] },
      updatedAt: 0,
      today: '2026-12-07',
    } as const;
    const result = (disabledRules: string[]) => JSON.stringify(judge({ ...page, disabledRules }).result);
    expect(result([old])).toBe(result([current]));
    expect(result([old])).not.toBe(result([]));
  });
});
