import { flatMap } from '../checks/arrays';
import { isPhone } from '../checks/phone';
import { defineRule } from '../engine/types';
import { people } from './_services';

/**
 * 办公室电话 (P01) and 应急联系电话 (P26, P27, P28, S3, P01, P22): reviewers call them, so they must be numbers
 * that can ring — a landline with area code or a mobile. The office phone is optional
 * for individuals, so only a value that was typed is checked.
 */
const PHONE_KEYS = ['officePhone', 'emergencyPhone'] as const;

export default defineRule({
  id: 'national/contact-phone-format',
  severity: 'error',
  family: 'contacts',
  scope: {},
  // 办公电话 is a conditional field some consoles do not show: checked when read, never required.
  reads: ['subject.principal.emergencyPhone'],
  alsoReads: [
    'apps[].principal.emergencyPhone',
    'apps[].principal.officePhone',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.principal.officePhone',
    'websites[].principal.emergencyPhone',
    'websites[].principal.officePhone',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '办公室电话和应急联系电话须是有效号码',
      messages: {
        officePhone: '{owner}的办公室电话不是有效的座机（带区号）或手机号码。',
        emergencyPhone: '{owner}的应急联系电话不是有效的座机（带区号）或手机号码。',
      },
      why: '审核人员会拨打这些号码核实信息，号码须真实有效；格式不对的号码无法接通，会以电话核验问题驳回。',
      fix: '座机请带区号填写（如 0755-86001234，分机可写“转123”），或填写11位手机号码。',
    },
    en: {
      title: 'Office and emergency phones must be valid numbers',
      messages: {
        officePhone: 'The {owner}’s office phone is not a valid landline (with area code) or mobile number.',
        emergencyPhone: 'The {owner}’s emergency phone is not a valid landline (with area code) or mobile number.',
      },
      why: 'Reviewers call these numbers to verify the filing; a malformed number cannot be reached and the order is rejected for failed phone verification.',
      fix: 'Write landlines with the area code (e.g. 0755-86001234, extension as "转123"), or enter an 11-digit mobile.',
    },
  },
  sources: ['P01', 'P22', 'P26'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(people(form), ({ path, principal, owner }) =>
      PHONE_KEYS.filter((key) => principal[key] !== undefined && principal[key]!.trim() !== '' && !isPhone(principal[key]!)).map((key) => ({
        field: `${path}.${key}`,
        message: key,
        params: { owner },
      })),
    );
  },
});
