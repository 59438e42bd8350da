import { defineRule } from '../../engine/types';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { checkAuthorisedPrincipal, LETTER_MESSAGES } from '../shared/_legal-rep';

/**
 * 江苏: the 主体负责人 may be someone other than the legal representative, but then the website
 * principal must be the same person and a 法人授权书 is needed (UC 2024-04-01, HW 2025 K-政策
 * doc_0221, AL 2023, TC). QC says the principal must be the 法人 "else 授权委托书", which comes to
 * the same letter.
 */
export default defineRule({
  id: 'provinces/js/principal-authorisation',
  severity: 'error',
  family: 'principal',
  scope: { provinces: ['JS'], natures: UNIT_NATURES },
  reads: ['subject.principal.isLegalRepresentative'],
  alsoReads: ['apps[].principal', 'subject.principal', 'websites[].principal'],
  texts: {
    'zh-CN': {
      title: '江苏：非法定代表人担任主体负责人须授权，且须兼任网站负责人',
      messages: LETTER_MESSAGES['zh-CN'],
      why: '江苏管局允许授权他人担任主体负责人，但要求上传法人授权书，并要求该人同时担任互联网信息服务负责人；否则驳回。',
      fix: '上传法定代表人签字并盖章的授权书，并把各网站/APP负责人设为同一人（勾选“同主体负责人”）。',
    },
    en: {
      title: 'Jiangsu: a substitute subject principal needs a letter and must also be the website principal',
      messages: LETTER_MESSAGES.en,
      why: 'Jiangsu accepts a subject principal other than the legal representative only with the legal representative’s authorisation letter and only if the same person is the website principal.',
      fix: 'Upload the letter signed and sealed by the legal representative and make the same person every website/app principal (tick 同主体负责人).',
    },
  },
  sources: [P.JS.UC, P.JS.HW, 'K-政策', P.JS.AL, P.JS.TC, P.JS.QC],
  reviewedAt: '2026-11-29',
  check: (form) => checkAuthorisedPrincipal(form, { JS: { samePerson: true } }),
});
