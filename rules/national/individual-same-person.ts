import { defineRule } from '../engine/types';
import { idKey, nameKey } from './_identity';
import { people } from './_services';

/**
 * A personal filing has one person in every role: the subject (主办者) is the person, the
 * 主体负责人 must be that person (S6), and so must every website or app principal (S6,
 * Huawei: 个人备案的负责人须为备案人本人). The face check is done by the service principal
 * and compared with the subject, so a second person fails it.
 */
export default defineRule({
  id: 'national/individual-same-person',
  severity: 'error',
  family: 'principal',
  scope: { natures: ['individual'] },
  reads: ['subject.name', 'subject.certNumber', 'subject.principal.name', 'subject.principal.idNumber'],
  alsoReads: [
    'apps[].principal.idNumber',
    'apps[].principal.idType',
    'apps[].principal.name',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.certType',
    'subject.principal.idType',
    'websites[].principal.idNumber',
    'websites[].principal.idType',
    'websites[].principal.name',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '个人备案的主体负责人和网站/APP负责人须为备案人本人',
      messages: {
        nameDiffers: '{owner}的姓名与主办者姓名不一致。个人备案的负责人必须是备案人本人。',
        idDiffers: '{owner}的证件号码与主办者证件号码不一致。个人备案的负责人必须是备案人本人。',
        idTypeDiffers: '{owner}的证件类型与主办者证件类型不一致，请使用同一证件。',
      },
      why: '个人备案中，主办者、主体负责人和互联网信息服务负责人都是备案人本人；真实性核验也由本人完成。填写他人信息会被驳回。',
      fix: '将各负责人的姓名、证件类型和证件号码改为与主办者完全一致；如需由他人负责网站，应由其本人以个人身份另行备案。',
    },
    en: {
      title: 'In a personal filing every principal is the filing person',
      messages: {
        nameDiffers: "The {owner}'s name differs from the subject's name. In a personal filing every principal must be the filing person.",
        idDiffers: "The {owner}'s ID number differs from the subject's certificate number. In a personal filing every principal must be the filing person.",
        idTypeDiffers: "The {owner}'s ID type differs from the subject's certificate type; use the same ID.",
      },
      why: 'In a personal filing the subject, the subject principal and every website/app principal are the same person, who also does the face check. Someone else’s details are rejected.',
      fix: "Make every principal's name, ID type and number identical to the subject's; someone else who runs the site must file in their own name.",
    },
  },
  sources: ['S6', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form) {
    const subject = form.subject;
    const name = nameKey(subject?.name);
    const number = idKey(subject?.certNumber);
    const type = subject?.certType;
    return people(form).flatMap(({ path, principal: person, owner }) => {
      const params = { owner };
      const issues = [];
      const personName = nameKey(person.name);
      if (name && personName && personName !== name) issues.push({ field: `${path}.name`, message: 'nameDiffers' as const, params });
      const personNumber = idKey(person.idNumber);
      if (number && personNumber && personNumber !== number) issues.push({ field: `${path}.idNumber`, message: 'idDiffers' as const, params });
      if (type && person.idType && person.idType !== type) issues.push({ field: `${path}.idType`, message: 'idTypeDiffers' as const, params });
      return issues;
    });
  },
});
