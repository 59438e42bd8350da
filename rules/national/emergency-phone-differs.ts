import { samePhone } from '../checks/phone';
import { defineRule, type Bilingual } from '../engine/types';
import type { Principal } from '../model/filing-form';

/**
 * 应急联系电话 must be a second way to reach the person: reviewers call both numbers, and
 * an emergency number equal to the principal's mobile is rejected (联系电话 驳回原因三).
 * Several provinces state it explicitly (西藏, 安徽, 湖北, 宁夏, 江西); Huawei's rejection
 * FAQ states it for all.
 */
export default defineRule({
  id: 'national/emergency-phone-differs',
  severity: 'error',
  family: 'contacts',
  scope: {},
  reads: ['subject.principal.mobile', 'subject.principal.emergencyPhone'],
  alsoReads: ['websites[].principal.emergencyPhone', 'websites[].principal.mobile'],
  texts: {
    'zh-CN': {
      title: '应急联系电话不能与负责人手机号码相同',
      messages: {
        sameAsMobile: '{owner}的应急联系电话与其手机号码相同，请填写另一个能联系到的号码。',
      },
      why: '审核人员会分别拨打手机号码和应急联系电话；两者相同会被以“联系电话”原因驳回，多个管局明确要求两者不同。',
      fix: '填写本人或可联系到本人的另一个号码（如家人或同事的手机、办公座机），不要与手机号码重复。',
    },
    en: {
      title: "The emergency phone must differ from the principal's mobile",
      messages: {
        sameAsMobile: "The {owner}'s emergency phone is the same as the mobile number; give another number that reaches them.",
      },
      why: 'Reviewers call both the mobile and the emergency number; the same number twice is rejected as a contact-phone problem, and several provinces require them to differ.',
      fix: 'Enter another number that reaches the person (a relative’s or colleague’s mobile, an office landline), not the mobile again.',
    },
  },
  sources: ['K-驳回', 'P26', 'P27', 'P28', 'S3'],
  reviewedAt: '2026-11-29',
  check(form) {
    const people: [string, Principal | undefined, Bilingual][] = [
      ['subject.principal', form.subject?.principal, { 'zh-CN': '主体负责人', en: 'subject principal' }],
      ...(form.websites ?? []).map((w, i): [string, Principal | undefined, Bilingual] => [
        `websites[${i}].principal`,
        w.principal,
        { 'zh-CN': `网站${i + 1}的互联网信息服务负责人`, en: `principal of website ${i + 1}` },
      ]),
    ];
    return people
      .filter(([, person]) => person?.mobile && person.emergencyPhone && samePhone(person.mobile, person.emergencyPhone))
      .map(([path, , owner]) => ({ field: `${path}.emergencyPhone`, message: 'sameAsMobile' as const, params: { owner } }));
  },
});
