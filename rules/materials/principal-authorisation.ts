import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES, UNIT_NATURES } from '../model/vocabulary';

/**
 * P42, K-驳回, P27, K-管局, K-政策: a unit's 主体负责人 should be its legal representative; where another
 * person is accepted, the legal representative signs a 主体负责人授权书 and the unit
 * stamps it. National baseline: whether a letter is accepted at all is province
 * practice (浙江, 湖南, 上海 refuse; the province rules say so), hence a warning.
 */
export default defineRule({
  id: 'materials/principal-authorisation',
  severity: 'warning',
  family: 'materials',
  scope: { natures: UNIT_NATURES, filingTypes: [...NEW_FILING_TYPES, 'change-subject', 'change-filing'] },
  reads: ['subject.principal.isLegalRepresentative'],
  texts: {
    'zh-CN': {
      title: '主体负责人不是法定代表人时需上传主体负责人授权书',
      messages: {
        notLegalRep: '主体负责人不是法定代表人：需上传由法定代表人签字并加盖单位公章的主体负责人授权书（部分省份不接受授权，只能由法定代表人担任）。',
      },
      why: '单位的主体负责人原则上应为法定代表人，否则以“主体负责人非法定代表人”驳回；允许授权的省份要求上传法定代表人签字、加盖公章的授权书。',
      fix: '将主体负责人改为法定代表人；或在允许授权的省份，下载{providerTemplates}中的“主体负责人授权书”模板，由法定代表人签字、加盖公章后上传。',
    },
    en: {
      title: 'A subject principal who is not the legal representative needs an authorisation letter',
      messages: {
        notLegalRep:
          'The subject principal is not the legal representative: upload the authorisation letter signed by the legal representative and stamped with the unit seal (some provinces accept no substitute at all).',
      },
      why: "A unit's subject principal should be its legal representative, otherwise the order is rejected; provinces that accept another person require the authorisation letter signed by the legal representative and sealed.",
      fix: 'Make the legal representative the subject principal, or, where the province allows it, use the authorisation template from {providerTemplates}, have the legal representative sign it, stamp it and upload it.',
    },
  },
  sources: ['P42', 'K-驳回', 'P27', 'K-管局', 'K-政策'],
  reviewedAt: '2026-11-29',
  check(form) {
    return form.subject?.principal?.isLegalRepresentative === false ? [{ material: 'principal-authorisation', message: 'notLegalRep' as const }] : [];
  },
});
