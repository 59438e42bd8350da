import { defineRule, type Issue } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';
import { isPersonal } from '../_site';

/**
 * 天津's emergency-contact formula (UCloud 2024-04-01; JD, QC, TC agree): a unit gives a
 * third employee's mobile and a remark naming that employee of the company; an individual
 * gives a close relative's mobile and a remark naming the person and the relationship.
 * Since 2024 UCloud asks for the remark in the website/app remark field. That the number
 * belongs to nobody else in the filing is checked by national/emergency-phone-differs and
 * provinces/shared/emergency-not-another-principal.
 */
const EMERGENCY_WORDS = ['应急', '紧急'];
const RELATION_WORDS = ['父', '母', '爸', '妈', '妻', '夫', '丈夫', '配偶', '兄', '弟', '姐', '妹', '儿子', '女儿', '子女', '亲属', '家属', '亲戚'];
const EMPLOYEE_WORDS = ['员工', '职员', '同事', '公司'];

export default defineRule({
  id: 'provinces/tj/emergency-phone-remark',
  severity: 'warning',
  family: 'contacts',
  scope: { provinces: ['TJ'], serviceKinds: ['website'] },
  reads: ['websites[].remark', 'subject.nature'],
  texts: {
    'zh-CN': {
      title: '天津：应急联系电话须在网站备注中说明联系人',
      messages: {
        missingRemark: '网站{n}的备注没有说明应急联系人；天津要求写明应急联系电话属于谁。',
        personalRelation: '网站{n}的备注提到应急联系人，但没有写明与本人的关系（如“父亲”“配偶”）。',
        unitEmployee: '网站{n}的备注提到应急联系人，但没有写明是本单位哪位员工。',
      },
      why: 'UCloud 2024年天津规则：单位的应急联系电话须为第三名员工的手机，并在备注写明“应急联系人为XX公司员工XXX”；个人须为直系亲属的手机，并写明姓名和关系。',
      fix: '在网站备注中补充，例如单位：“应急联系电话为本公司员工王五的手机号码”；个人：“应急联系电话为本人父亲张某的手机号码”。',
    },
    en: {
      title: 'Tianjin: name the emergency contact in the website remark',
      messages: {
        missingRemark: 'The remark of website {n} does not say whose emergency number it is; Tianjin requires it.',
        personalRelation: 'The remark of website {n} mentions the emergency contact but not the relationship to you (father, spouse …).',
        unitEmployee: 'The remark of website {n} mentions the emergency contact but not which employee of the unit it is.',
      },
      why: "UCloud's 2024 Tianjin rules: units give a third employee's mobile as emergency number and write 'emergency contact: employee X of company Y'; individuals give a close relative's mobile with name and relationship.",
      fix: 'Add it to the website remark, e.g. for a unit "应急联系电话为本公司员工王五的手机号码", for a person "应急联系电话为本人父亲张某的手机号码".',
    },
  },
  sources: [PROVINCE_SOURCES.TJ.UC, PROVINCE_SOURCES.TJ.JD, PROVINCE_SOURCES.TJ.QC, PROVINCE_SOURCES.TJ.TC],
  reviewedAt: '2026-11-29',
  check(form) {
    if (!form.subject?.nature) return [];
    const personal = isPersonal(form);
    return (form.websites ?? []).flatMap((site, i): Issue<'missingRemark' | 'personalRelation' | 'unitEmployee'>[] => {
      const n = i + 1;
      const field = `websites[${i}].remark`;
      const remark = site.remark ?? '';
      if (!EMERGENCY_WORDS.some((w) => remark.includes(w))) return [{ field, message: 'missingRemark', params: { n } }];
      if (personal && !RELATION_WORDS.some((w) => remark.includes(w))) return [{ field, message: 'personalRelation', params: { n } }];
      if (!personal && !EMPLOYEE_WORDS.some((w) => remark.includes(w))) return [{ field, message: 'unitEmployee', params: { n } }];
      return [];
    });
  },
});
