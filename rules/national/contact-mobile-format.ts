import { isMobile } from '../checks/phone';
import { defineRule } from '../engine/types';
import { people } from './_services';

/**
 * 手机号码 (P01, P22): a real mainland mobile of the person. MIIT's SMS verification goes to
 * it and reviewers call it, so a landline, a foreign number or a mistyped digit fails
 * the filing. Only the format is checked here; the province number-segment preference
 * (联系电话 驳回原因一) needs a segment table and is not judged.
 */
export default defineRule({
  id: 'national/contact-mobile-format',
  severity: 'error',
  family: 'contacts',
  scope: {},
  reads: ['subject.principal.mobile'],
  alsoReads: [
    'apps[].principal.mobile',
    'apps[].principal.sameAsSubjectPrincipal',
    'websites[].principal.mobile',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '手机号码须是有效的中国大陆手机号',
      messages: {
        notMobile: '{owner}的手机号码不是有效的11位中国大陆手机号。',
      },
      why: '工信部短信核验和审核人员电话核实都使用该手机号码；座机、境外号码或位数不对的号码无法完成核验，订单会被驳回。',
      fix: '填写负责人本人长期使用、能接收短信的11位大陆手机号（可带 +86，空格和连字符会被忽略）。',
    },
    en: {
      title: 'Mobile numbers must be valid mainland mobiles',
      messages: {
        notMobile: 'The {owner}’s mobile number is not a valid 11-digit mainland mobile number.',
      },
      why: 'MIIT SMS verification and the reviewer’s call both use this number; a landline, a foreign number or a wrong digit count cannot be verified and the order is rejected.',
      fix: "Enter the person's own long-used 11-digit mainland mobile that receives SMS (+86, spaces and dashes are fine).",
    },
  },
  sources: ['P01', 'P22', 'K-短信'],
  reviewedAt: '2026-11-29',
  check(form) {
    return people(form)
      .filter(({ principal }) => principal.mobile !== undefined && principal.mobile.trim() !== '' && !isMobile(principal.mobile))
      .map(({ path, owner }) => ({ field: `${path}.mobile`, message: 'notMobile' as const, params: { owner } }));
  },
});
