import { describe, expect, it } from 'vitest';
import { en } from '../assets/ui/strings.en';
import { zhCN } from '../assets/ui/strings.zh-CN';
import { placeholders } from '../rules/engine/format';
import { RULE_FAMILIES } from '../rules/engine/types';
import { fieldList, pick, t, UI_STRINGS } from './i18n';
import { STEP_ORDER } from './panel/model';
import { RESIDENCE_PROOFS } from './panel/questions';

describe('UI strings', () => {
  it('zh-CN and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('zh-CN and en use the same placeholders in every string, and no string is empty', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]).sort(), key).toEqual(placeholders(zhCN[key]).sort());
      expect(zhCN[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('labels every rule family, wizard step and residence-proof option', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const keys = Object.keys(UI_STRINGS[lang]);
      for (const family of RULE_FAMILIES) expect(keys).toContain(`family.${family}`);
      for (const step of [...STEP_ORDER, 'unknown']) expect(keys).toContain(`step.${step}`);
      for (const proof of RESIDENCE_PROOFS) expect(keys).toContain(`residence.${proof}`);
    }
  });

  it('fills placeholders and picks rule texts, falling back to Chinese', () => {
    expect(t('zh-CN', 'finding.effective', { date: '2026-01-01' })).toBe('生效日期：2026-01-01');
    expect(t('en', 'findings.summary', { errors: 1, warnings: 2, infos: 0 })).toBe('1 will be rejected, 2 may be rejected, 0 notes');
    expect(pick({ 'zh-CN': '中', en: '' }, 'en')).toBe('中');
    expect(fieldList(['subject.name', 'websites[1].name'], 'zh-CN')).toBe('主办单位名称、网站 2 · 网站名称');
  });
});
