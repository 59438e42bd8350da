import { flatMap } from '../checks/arrays';
import { isHkMoTravelPermit, isTwTravelPermit } from '../checks/permits';
import { defineRule, type Issue } from '../engine/types';
import { personalIdDocuments } from './_identity';
import { HK_MO_PERMIT_SOURCE, TW_PERMIT_SOURCE } from './_permit-sources';

/**
 * Number shapes of the two mainland travel permits, which Huawei accepts for Hong Kong,
 * Macao and (per other providers) Taiwan residents. The formats come from third-party
 * reprints of the issuing rules, so a mismatch is a warning: it usually means the
 * residence-permit number, the HK/Macao identity-card number or an old booklet number
 * was typed instead.
 */
export default defineRule({
  id: 'national/travel-permit-format',
  severity: 'warning',
  family: 'identity',
  scope: {},
  reads: ['subject.principal.idType', 'subject.principal.idNumber'],
  alsoReads: [
    'apps[].principal.idNumber',
    'apps[].principal.idType',
    'apps[].principal.name',
    'apps[].principal.sameAsSubjectPrincipal',
    'subject.certNumber',
    'subject.certType',
    'subject.name',
    'subject.principal.name',
    'websites[].principal.idNumber',
    'websites[].principal.idType',
    'websites[].principal.name',
    'websites[].principal.sameAsSubjectPrincipal',
  ],
  texts: {
    'zh-CN': {
      title: '港澳、台湾居民来往内地（大陆）通行证号码格式',
      messages: {
        hkMoPermit: '{owner}的港澳居民来往内地通行证号码应为 H 或 M 加 8 位数字（证件上的 2 位换证次数可一并填写）。',
        twPermit: '{owner}的台湾居民来往大陆通行证号码应为 8 位数字。',
      },
      why: '港澳居民来往内地通行证号码由 H（香港）或 M（澳门）加 8 位终身号组成，其后 2 位为换证次数；台湾居民来往大陆通行证自2008年起使用 8 位终身号。格式不符通常是误填了居住证号码、港澳身份证号码或旧证号码。',
      fix: '对照通行证原件填写证件号码；若持有港澳台居民居住证，请改选居住证类型并填写 18 位号码。',
    },
    en: {
      title: 'Number format of the HK/Macao and Taiwan mainland travel permits',
      messages: {
        hkMoPermit:
          "The {owner}'s HK/Macao travel permit number must be H or M followed by 8 digits (the 2-digit issue count printed after it may be included).",
        twPermit: "The {owner}'s Taiwan travel permit number must be 8 digits.",
      },
      why: 'HK/Macao travel permits carry H (Hong Kong) or M (Macao) and an 8-digit lifetime number, followed by a 2-digit issue count; Taiwan travel permits have used an 8-digit lifetime number since 2008. Another shape usually means the residence-permit number, the HK/Macao identity-card number or an old permit number was typed.',
      fix: 'Copy the number from the permit itself; if you hold a residence permit instead, choose that type and enter its 18-character number.',
    },
  },
  sources: [HK_MO_PERMIT_SOURCE, TW_PERMIT_SOURCE, 'R-rules'],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(personalIdDocuments(form), (doc): Issue<'hkMoPermit' | 'twPermit'>[] => {
      const params = { owner: doc.owner };
      if (doc.type === 'hk-mo-travel-permit' && !isHkMoTravelPermit(doc.number)) return [{ field: doc.field, message: 'hkMoPermit' as const, params }];
      if (doc.type === 'tw-travel-permit' && !isTwTravelPermit(doc.number)) return [{ field: doc.field, message: 'twPermit' as const, params }];
      return [];
    });
  },
});
