import { isEmail } from '../checks/email';
import { defineRule } from '../engine/types';
import { people } from './_services';

/**
 * 电子邮箱 (P22, P01, S2): Huawei's review mails and MIIT's result notice go to it. Huawei
 * publishes no format rule; the check is the common address shape (checks/email.ts),
 * so a Chinese comma, a missing @ or a typed space is caught before the mail bounces.
 */
export default defineRule({
  id: 'national/contact-email-format',
  severity: 'error',
  family: 'contacts',
  scope: {},
  reads: ['subject.principal.email'],
  alsoReads: ['apps[].principal.email', 'apps[].principal.sameAsSubjectPrincipal', 'websites[].principal.email', 'websites[].principal.sameAsSubjectPrincipal'],
  texts: {
    'zh-CN': {
      title: '电子邮箱须是有效的邮箱地址',
      messages: {
        invalid: '{owner}的电子邮箱格式不正确。',
      },
      why: '审核通知和工信部备案结果会发到该邮箱，信息须准确；格式错误的邮箱收不到通知，也会被视为信息不准确。',
      fix: '填写负责人本人常用的邮箱，如 name@example.com；检查是否有空格、中文标点或缺少 @。',
    },
    en: {
      title: 'Email addresses must be valid',
      messages: {
        invalid: 'The {owner}’s email address is not well-formed.',
      },
      why: 'Review notices and the MIIT result are sent to this address and it must be accurate; a malformed address receives nothing and counts as inaccurate information.',
      fix: "Enter the person's own address, e.g. name@example.com; look for spaces, Chinese punctuation or a missing @.",
    },
  },
  sources: ['P22', 'P01', 'S2'],
  reviewedAt: '2026-11-29',
  check(form) {
    return people(form)
      .filter(({ principal }) => principal.email !== undefined && principal.email.trim() !== '' && !isEmail(principal.email))
      .map(({ path, owner }) => ({ field: `${path}.email`, message: 'invalid' as const, params: { owner } }));
  },
});
