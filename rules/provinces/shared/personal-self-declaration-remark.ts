import { charLength } from '../../checks/text';
import { defineRule, type Issue, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { provinceEntry, provincesOf, tableSources } from '../_site';

/**
 * Personal website remarks that must carry the self-declaration ("本网站为个人网站，不含
 * 企业/单位信息；如有虚假，愿意接受注销/列入黑名单") and, in some provinces, a minimum
 * length:
 * - 广西: UCloud 2024-04-01, TC, TC17.
 * - 天津: required since 2011-09-08 (QC, TC17) ⚠ removed from UCloud 2024.
 * - 内蒙古: TC — remark of at least 30 characters including the declaration.
 * - 山东: TC.
 * - 黑龙江: TC — at least 30 characters describing the content (no declaration).
 * Only 广西's is current; the others are older pages, so the rule is a warning.
 */
interface Entry {
  readonly declaration: boolean;
  readonly minLength?: number;
  readonly sources: readonly SourceRef[];
}

export const PROVINCES: Partial<Record<ProvinceCode, Entry>> = {
  GX: { declaration: true, sources: [PROVINCE_SOURCES.GX.UC, PROVINCE_SOURCES.GX.TC] },
  TJ: { declaration: true, sources: [PROVINCE_SOURCES.TJ.QC, PROVINCE_SOURCES.TJ.TC17, PROVINCE_SOURCES.TJ.UC] },
  NM: { declaration: true, minLength: 30, sources: [PROVINCE_SOURCES.NM.TC] },
  SD: { declaration: true, sources: [PROVINCE_SOURCES.SD.TC] },
  HL: { declaration: false, minLength: 30, sources: [PROVINCE_SOURCES.HL.TC] },
};

/** The declaration is recognised by its two parts: "personal site / no company content" and "accept cancellation". */
const PERSONAL_PART = /个人(?:网站|站点)|不含(?:企业|公司|单位)|无(?:企业|公司|单位)|不涉及(?:企业|公司|单位)/u;
const CONSEQUENCE_PART = /注销|黑名单|关闭|承担/u;

export default defineRule({
  id: 'provinces/shared/personal-self-declaration-remark',
  severity: 'warning',
  family: 'service-content',
  scope: { provinces: provincesOf(PROVINCES), natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].remark'],
  texts: {
    'zh-CN': {
      title: '个人网站备注须含自我声明或足够的内容说明',
      messages: {
        missingDeclaration: '网站{n}的备注缺少个人网站声明，例如“本网站为个人网站，不含企业信息；如有虚假，愿意接受注销和列入黑名单”。',
        tooShort: '网站{n}的备注只有{length}个字，本省要求至少{min}个字描述网站内容。',
      },
      why: '该省要求个人网站在备注中声明网站性质（部分省份还要求备注字数），以确认网站不属于单位或经营性网站。',
      fix: '在网站备注中写明网站内容，并加上声明：“本网站为个人网站，不含企业信息；如有虚假，愿意接受注销和列入黑名单。”',
    },
    en: {
      title: 'Personal website remarks need the self-declaration or enough description',
      messages: {
        missingDeclaration:
          'The remark of website {n} lacks the personal-site declaration, e.g. "this is a personal site without company content; if false I accept cancellation and blacklisting".',
        tooShort: 'The remark of website {n} has {length} characters; this province wants at least {min} describing the content.',
      },
      why: 'The province asks personal sites to declare their nature in the remark (some also set a minimum length), to confirm the site is neither a unit’s nor commercial.',
      fix: 'Describe the content in the website remark and add: "本网站为个人网站，不含企业信息；如有虚假，愿意接受注销和列入黑名单。"',
    },
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    const entry = provinceEntry(PROVINCES, form);
    if (!entry) return [];
    return (form.websites ?? []).flatMap((site, i): Issue<'missingDeclaration' | 'tooShort'>[] => {
      const remark = site.remark ?? '';
      const field = `websites[${i}].remark`;
      const issues: Issue<'missingDeclaration' | 'tooShort'>[] = [];
      if (entry.declaration && !(PERSONAL_PART.test(remark) && CONSEQUENCE_PART.test(remark)))
        issues.push({ field, message: 'missingDeclaration', params: { n: i + 1 } });
      if (entry.minLength && charLength(remark) < entry.minLength)
        issues.push({ field, message: 'tooShort', params: { n: i + 1, length: charLength(remark), min: entry.minLength } });
      return issues;
    });
  },
});
