import { defineRule, type Bilingual, type CheckResult } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { provincesOf } from '../_site';
import { distinctPeople, idInfo, provinceName } from './_people';

/**
 * Unit filings whose responsible persons hold ID cards from another province
 * (the province pages below). Mostly single or older sources: warning.
 *  - 内蒙古 (UC 2024-04-01, QC): a 法人 with an out-of-region ID gives a valid residence permit or a
 *    photo holding licence and ID card.
 *  - 江西 (JD c. 2023; QC for the website principal): every responsible person without a Jiangxi ID
 *    needs a Jiangxi 居住证.
 *  - 山西 (QC only ⚠): both principals must hold Shanxi-issued IDs.
 *  - 甘肃 (TC c. 2019): the applicant's own ID address must be in Gansu.
 */
interface Policy {
  readonly who: 'subject' | 'all';
  readonly kind: 'permit' | 'local';
  readonly note: Bilingual;
}

export const POLICIES: Partial<Record<ProvinceCode, Policy>> = {
  NM: {
    who: 'subject',
    kind: 'permit',
    note: {
      'zh-CN': '（UCloud 2024年资料：也可用法定代表人手持营业执照和身份证的照片）',
      en: '(UCloud 2024: a photo of the legal representative holding licence and ID card also works)',
    },
  },
  JX: { who: 'all', kind: 'permit', note: { 'zh-CN': '（京东云资料）', en: '(JD Cloud)' } },
  SX: { who: 'all', kind: 'local', note: { 'zh-CN': '（仅青云资料）', en: '(QingCloud only)' } },
  GS: { who: 'subject', kind: 'local', note: { 'zh-CN': '（腾讯云较早资料）', en: '(older Tencent Cloud page)' } },
};

export default defineRule({
  id: 'provinces/shared/unit-principal-out-of-province',
  severity: 'warning',
  family: 'cross-province',
  scope: { provinces: provincesOf(POLICIES), natures: UNIT_NATURES },
  reads: ['subject.principal.idNumber'],
  alsoReads: [
    'apps[].principal.idNumber',
    'apps[].principal.idType',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.principal.idType',
    'websites[].principal.idNumber',
    'websites[].principal.idType',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '单位负责人持外省身份证',
      messages: {
        permitNeeded: '{owner}的身份证不是{province}签发的：{province}要求提供本地居住证。{note}',
        localIdWanted: '{owner}的身份证不是{province}签发的：有资料称{province}要求负责人持本省身份证。{note}',
      },
      why: '少数省份对单位备案的负责人也有属地要求：外省身份证须附本地居住证，或干脆要求本省身份证；这些说法多来自单一或较早的资料。',
      fix: '准备该负责人的本地居住证；或改由持本省身份证的人担任负责人（主体负责人须为法定代表人时除外）。',
    },
    en: {
      title: 'Unit principals with ID cards from another province',
      messages: {
        permitNeeded: 'The {owner}’s ID card was not issued in {province}: {province} asks for a local residence permit. {note}',
        localIdWanted: 'The {owner}’s ID card was not issued in {province}: a source says {province} wants principals with local ID cards. {note}',
      },
      why: 'A few provinces also apply a locality rule to unit principals: an out-of-province ID needs a local permit, or a local ID is wanted; these come from single or older sources.',
      fix: 'Prepare the person’s local residence permit, or name a principal with a local ID card (except where the subject principal must be the legal representative).',
    },
  },
  sources: [P.NM.UC, P.NM.QC, P.JX.JD, P.JX.QC, P.SX.QC, P.GS.TC],
  reviewedAt: '2026-11-29',
  check(form, ctx): CheckResult<'permitNeeded' | 'localIdWanted'>[] {
    const code = form.province;
    const policy = code ? POLICIES[code] : undefined;
    if (!code || !policy) return [];
    const province = provinceName(code);
    return distinctPeople(form)
      .filter((p) => policy.who === 'all' || p.role === 'subject')
      .filter((p) => {
        const issued = idInfo(p.person.idType, p.person.idNumber, ctx.today)?.provinceCode;
        return issued !== undefined && issued !== code;
      })
      .map((p) => {
        const params = { owner: p.owner, province, note: policy.note };
        return policy.kind === 'permit'
          ? { material: 'residence-proof', for: p.service, message: 'permitNeeded' as const, params }
          : { field: `${p.path}.idNumber`, message: 'localIdWanted' as const, params };
      });
  },
});
