import { isLandline } from '../../checks/phone';
import { defineRule } from '../../engine/types';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';

/** 安徽 (TC, c. 2019): a unit without a landline writes "企业无座机" in the remark. Advice. */
export default defineRule({
  id: 'provinces/ah/no-landline-remark',
  severity: 'info',
  family: 'contacts',
  scope: { provinces: ['AH'], natures: UNIT_NATURES },
  reads: ['subject.principal.officePhone', 'subject.remark'],
  texts: {
    'zh-CN': {
      title: '安徽：单位无座机须在备注注明“企业无座机”',
      messages: { remark: '办公室电话不是固定电话；安徽要求在主体备注中注明“企业无座机”。' },
      why: '腾讯云安徽规则：没有座机的单位须在备注中说明，以免审核时因联系电话被退回。',
      fix: '在主体备注中写“企业无座机”。',
    },
    en: {
      title: 'Anhui: units without a landline write “企业无座机” in the remark',
      messages: { remark: 'The office phone is not a landline; Anhui asks units to write “企业无座机” (no landline) in the subject remark.' },
      why: "Tencent's Anhui rules: units without a landline say so in the remark, so review does not return the order over the contact number.",
      fix: 'Add “企业无座机” to the subject remark.',
    },
  },
  sources: [PROVINCE_SOURCES.AH.TC],
  reviewedAt: '2026-11-29',
  check(form) {
    const office = form.subject?.principal?.officePhone ?? '';
    if (isLandline(office) || (form.subject?.remark ?? '').includes('无座机')) return [];
    return [{ field: 'subject.remark', message: 'remark' as const }];
  },
});
