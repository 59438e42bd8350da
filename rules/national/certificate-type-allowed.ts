import { defineRule, type Issue } from '../engine/types';
import { CERTIFICATE_TYPES, CERTIFICATE_TYPES_BY_NATURE, PERSONAL_ID_TYPES, SUBJECT_NATURES, type CertificateType } from '../model/vocabulary';
import { listOf } from './_identity';
import { people } from './_services';

const label = (type: CertificateType) => ({ 'zh-CN': CERTIFICATE_TYPES[type].zh, en: CERTIFICATE_TYPES[type].en });

/**
 * 证件类型 must match 主办单位性质 (P16, Huawei). Which certificates belong to which
 * nature is read from the order of the national code list (as rules/model/vocabulary.ts groups it), not
 * stated by Huawei, so a mismatch is a warning. Principals are persons: their ID must be
 * one of the personal document types.
 */
export default defineRule({
  id: 'national/certificate-type-allowed',
  severity: 'warning',
  family: 'identity',
  scope: {},
  reads: ['subject.nature', 'subject.certType'],
  alsoReads: [
    'apps[].principal.idType',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.principal.idType',
    'websites[].principal.idType',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '证件类型须与主办单位性质相符',
      messages: {
        subjectType: '主办单位性质为“{nature}”时，证件类型通常为{allowed}，不应选“{type}”。',
        principalType:
          '{owner}是自然人，证件类型应为居民身份证、护照、港澳台居民来往内地（大陆）通行证、港澳台居民居住证或外国人永久居留身份证，不应选“{type}”。',
      },
      why: '华为云的备案说明要求证件类型按主办单位性质选择：企业法人选“企业”并使用营业执照，事业单位法人选“事业单位”并使用事业单位法人证书。负责人须使用本人的有效身份证件。',
      fix: '先确认主办单位性质，再选择与手中证件一致的证件类型；负责人选择其本人身份证件的类型。',
    },
    en: {
      title: 'The certificate type must fit the subject nature',
      messages: {
        subjectType: 'For the subject nature "{nature}" the certificate type is usually {allowed}, not "{type}".',
        principalType:
          'The {owner} is a person: the ID type must be a resident ID card, passport, HK/Macao/Taiwan travel permit or residence permit, or foreign permanent resident card, not "{type}".',
      },
      why: "Huawei Cloud's filing documentation requires the certificate type to follow the subject nature: an enterprise legal person files as an enterprise with its business licence, a public institution with its public-institution certificate. Principals use their own identity documents.",
      fix: 'Confirm the subject nature first, then pick the type of the certificate you hold; for principals pick the type of their own ID.',
    },
  },
  citations: { 'zh-CN': ['华为云的备案说明'], en: ["Huawei Cloud's filing documentation"] },
  sources: ['P16', 'HW-verify-type'],
  reviewedAt: '2026-11-29',
  check(form) {
    const issues: Issue<'subjectType' | 'principalType'>[] = [];
    const nature = form.subject?.nature;
    const type = form.subject?.certType;
    if (nature && type && !CERTIFICATE_TYPES_BY_NATURE[nature].includes(type)) {
      const allowed = CERTIFICATE_TYPES_BY_NATURE[nature];
      issues.push({
        field: 'subject.certType',
        message: 'subjectType' as const,
        params: {
          nature: { 'zh-CN': SUBJECT_NATURES[nature].zh, en: SUBJECT_NATURES[nature].en },
          type: label(type),
          allowed: {
            'zh-CN': listOf(
              allowed.map((t) => `“${CERTIFICATE_TYPES[t].zh}”`),
              '、',
              '或',
            ),
            en: listOf(
              allowed.map((t) => `"${CERTIFICATE_TYPES[t].en}"`),
              ', ',
              ' or ',
            ),
          },
        },
      });
    }
    for (const { path, principal, owner } of people(form)) {
      const idType = principal.idType;
      if (idType && !(PERSONAL_ID_TYPES as readonly CertificateType[]).includes(idType)) {
        issues.push({ field: `${path}.idType`, message: 'principalType' as const, params: { owner, type: label(idType) } });
      }
    }
    return issues;
  },
});
