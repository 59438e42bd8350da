import { parseCreditCode } from '../checks/credit-code';
import { defineRule } from '../engine/types';
import { provinceByCode } from '../model/provinces';
import { UNIT_NATURES } from '../model/vocabulary';
import { unitCreditCode } from './_identity';

/**
 * A unit files only in the province that issued its certificate (P16, P40, Huawei: any other
 * province is not allowed). Characters 3–8 of the credit code are the division where the
 * code was first assigned; 100000 marks central registrations, which file where they
 * are based. A unit that moved to another province keeps its code, so a mismatch is a
 * warning, not a verdict.
 */
export default defineRule({
  id: 'national/credit-code-province',
  severity: 'warning',
  family: 'cross-province',
  scope: { natures: UNIT_NATURES },
  reads: ['province', 'subject.certType', 'subject.certNumber'],
  texts: {
    'zh-CN': {
      title: '单位应在发证地所在省份备案',
      messages: {
        otherProvince: '统一社会信用代码显示单位登记在{codeProvince}，但备案地域选的是{province}。单位只能在证件发证地所在省份备案。',
      },
      why: '华为云的备案说明规定单位主体的备案地域为证件（如营业执照）发证地所在省份，选择其他省份不能备案。统一社会信用代码第3至8位是赋码时的行政区划代码。',
      fix: '将地域改为证件发证地所在省份。若单位已迁址、现行证件由所选省份的登记机关签发，可保留当前选择。',
    },
    en: {
      title: 'A unit files in the province that issued its certificate',
      messages: {
        otherProvince:
          'The credit code shows the unit was registered in {codeProvince}, but the filing province chosen is {province}. A unit can file only in the province that issued its certificate.',
      },
      why: "Huawei Cloud's filing documentation requires a unit to file in the province where its certificate (e.g. business licence) was issued; other provinces are not allowed. Characters 3–8 of the credit code are the administrative division where the code was assigned.",
      fix: 'Change the province to the one that issued the certificate. If the unit has moved and its current certificate was issued in the chosen province, keep it.',
    },
  },
  citations: { 'zh-CN': ['华为云的备案说明'], en: ["Huawei Cloud's filing documentation"] },
  sources: ['P16', 'P40', 'GB-32100'],
  reviewedAt: '2026-11-29',
  check(form) {
    const code = unitCreditCode(form);
    if (!code || !form.province) return [];
    const parsed = parseCreditCode(code);
    if (!parsed.ok || !parsed.info.provinceCode || parsed.info.provinceCode === form.province) return [];
    const from = provinceByCode(parsed.info.provinceCode as typeof form.province);
    const chosen = provinceByCode(form.province);
    return [
      {
        field: 'province',
        message: 'otherProvince' as const,
        params: { codeProvince: { 'zh-CN': from.zh, en: from.en }, province: { 'zh-CN': chosen.zh, en: chosen.en } },
      },
    ];
  },
});
