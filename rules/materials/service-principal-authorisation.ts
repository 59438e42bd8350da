import { flatMap } from '../checks/arrays';
import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES, UNIT_NATURES } from '../model/vocabulary';
import { serviceLabel, services } from '../national/_services';

/**
 * P06, K-管局, K-政策: a unit's website/app principal who is not the legal representative needs a
 * 互联网信息服务负责人授权书 (网站负责人授权书) in many provinces (江苏, 宁夏, 湖北, 青海, 上海
 * with its own form, 内蒙古, 甘肃, 安徽, 湖南, 山东 …); at least one province does not ask
 * for it. National baseline, refined by province rules: a warning.
 */
export default defineRule({
  id: 'materials/service-principal-authorisation',
  severity: 'warning',
  family: 'materials',
  scope: { natures: UNIT_NATURES, serviceKinds: ['website', 'app'], filingTypes: [...NEW_FILING_TYPES, 'change-service', 'change-filing'] },
  reads: ['subject.principal.isLegalRepresentative'],
  alsoReads: [
    'apps[].principal.isLegalRepresentative',
    'apps[].principal.sameAsSubjectPrincipal',
    'websites[].principal.isLegalRepresentative',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '网站/APP负责人不是法定代表人时需上传负责人授权书',
      messages: {
        notLegalRep: '{service}的负责人不是法定代表人：多数省份要求上传由法定代表人签字并加盖公章的互联网信息服务负责人授权书。',
      },
      why: '互联网信息服务负责人须为本单位人员；不是法定代表人的，江苏、宁夏、湖北、青海、上海、内蒙古、甘肃、安徽、湖南、山东等省份要求上传法定代表人签署的授权书。',
      fix: '下载{providerTemplates}中的“ICP负责人授权书”（网站负责人授权书）模板（上海使用本市专用模板），由法定代表人签字、加盖公章后在该网站/APP的资料中上传。',
    },
    en: {
      title: 'A website/app principal who is not the legal representative needs an authorisation letter',
      messages: {
        notLegalRep:
          "The principal of {service} is not the legal representative: most provinces require the website principal's authorisation letter, signed by the legal representative and stamped.",
      },
      why: 'The website/app principal must work for the unit; when that person is not the legal representative, provinces such as Jiangsu, Ningxia, Hubei, Qinghai, Shanghai, Inner Mongolia, Gansu, Anhui, Hunan and Shandong require an authorisation letter signed by the legal representative.',
      fix: "Use the website-principal authorisation template from {providerTemplates} (Shanghai has its own form), have the legal representative sign and stamp it, and upload it with that website's or app's materials.",
    },
  },
  sources: ['K-管局', 'K-政策', 'P26', 'P27', 'P28', 'P06'],
  reviewedAt: '2026-11-29',
  check(form) {
    const subjectIsLegalRep = form.subject?.principal?.isLegalRepresentative;
    return flatMap(services(form), (s) => {
      // A principal ticked 同主体负责人 is the subject principal and shares that answer.
      const isLegalRep = s.principal?.sameAsSubjectPrincipal === true ? subjectIsLegalRep : s.principal?.isLegalRepresentative;
      return isLegalRep === false
        ? [{ material: 'service-principal-authorisation', for: s.path, message: 'notLegalRep' as const, params: { service: serviceLabel(s.kind, s.index) } }]
        : [];
    });
  },
});
