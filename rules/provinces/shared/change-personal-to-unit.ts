import { defineRule } from '../../engine/types';
import { CHANGE_FILING_TYPES, UNIT_NATURES } from '../../model/vocabulary';
import { provincesOf } from '../_site';
import { PERSONAL_TO_UNIT_BY_CHANGE } from './_change-exceptions';

/** The province table this rule is scoped by (the meta-tests compare the two). */
export { PERSONAL_TO_UNIT_BY_CHANGE };

/**
 * Where a province allows a personal filing to become a unit's by a change (S2, S3), the
 * national refusal (national/change-nature-unit-personal, S3, S2, P17, R-rules) stays silent and this
 * warns instead: Huawei's general pages still say "cancel and file anew", so the two
 * sources disagree, and 江西 allows it only when the person is the new unit's legal
 * representative.
 */
export default defineRule({
  id: 'provinces/shared/change-personal-to-unit',
  severity: 'warning',
  family: 'filing-type',
  scope: { provinces: provincesOf(PERSONAL_TO_UNIT_BY_CHANGE), filingTypes: CHANGE_FILING_TYPES, natures: UNIT_NATURES },
  reads: ['filed.subjectNature'],
  texts: {
    'zh-CN': {
      title: '个人备案变更为单位：本省允许，但须先确认',
      messages: {
        allowed: '已备案主体是个人，本次改为单位。本省管局允许这种变更，但华为云的通用说明要求注销后重新备案；提交前请向{provider}确认。',
        legalRepresentativeOnly: '已备案主体是个人，本次改为单位。本省只在该个人是新单位的法定代表人时允许这种变更，否则须注销后以单位重新备案。',
      },
      why: '华为云的通用说明不接受个人与单位之间的变更；本省的管局要求页面另有规定，两者不一致时以确认结果为准。',
      fix: '向{provider}确认本省当前是否受理；江西须由原备案个人担任新单位的法定代表人。不满足时，注销原备案后以单位做首次备案。',
    },
    en: {
      title: 'A personal filing changed to a unit: allowed in this province, confirm first',
      messages: {
        allowed:
          'The filed subject is a person and this change makes it a unit. The provincial rules allow it, but Huawei’s general pages say to cancel and file anew; confirm with {provider} before submitting.',
        legalRepresentativeOnly:
          'The filed subject is a person and this change makes it a unit. This province allows that only when the person is the new unit’s legal representative; otherwise cancel and file the unit anew.',
      },
      why: 'Huawei’s general pages accept no change between a person and a unit; this province’s own requirements page says otherwise. Where they disagree, confirm before submitting.',
      fix: 'Ask {provider} whether the province currently accepts it; in Jiangxi the person who filed must be the new unit’s legal representative. If not, cancel the filing and file the unit as a first filing.',
    },
  },
  citations: { 'zh-CN': ['华为云的通用说明'], en: ['Huawei’s general pages'] },
  sources: ['S2', 'S3', 'P17'],
  reviewedAt: '2026-11-29',
  check(form) {
    if (form.filed?.subjectNature !== 'individual' || !form.province) return [];
    const exception = (PERSONAL_TO_UNIT_BY_CHANGE as Partial<Record<string, (typeof PERSONAL_TO_UNIT_BY_CHANGE)[keyof typeof PERSONAL_TO_UNIT_BY_CHANGE]>>)[
      form.province
    ];
    if (!exception) return [];
    return [{ field: 'subject.nature', message: exception.condition === 'any' ? ('allowed' as const) : ('legalRepresentativeOnly' as const) }];
  },
});
