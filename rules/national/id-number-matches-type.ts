import { flatMap } from '../checks/arrays';
import { parseIdNumber } from '../checks/id-card';
import { defineRule, type Issue } from '../engine/types';
import { personalIdDocuments } from './_identity';

/**
 * The residence permits of Hong Kong, Macao and Taiwan residents carry a 公民身份号码
 * with the address code 810000, 820000 or 830000 (《港澳台居民居住证申领发放办法》, as
 * reprinted by a third party — hence a warning). A resident ID card never carries these
 * codes, so a number and a document type that disagree mean the wrong type was chosen.
 */
export default defineRule({
  id: 'national/id-number-matches-type',
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
      title: '证件类型须与证件号码相符（居民身份证与港澳台居民居住证）',
      messages: {
        residentIdWithPermitCode: '{owner}的证件类型是居民身份证，但号码以{code}开头，这是{permit}的号码；请改选对应的证件类型。',
        hkMoPermitCode: '{owner}的证件类型是港澳居民居住证，号码应以810000（香港）或820000（澳门）开头。',
        twPermitCode: '{owner}的证件类型是台湾居民居住证，号码应以830000开头。',
      },
      why: '港澳台居民居住证的公民身份号码地址码固定为810000（香港）、820000（澳门）、830000（台湾），居民身份证不会使用这些地址码。证件类型与号码不符时身份核验无法通过。',
      fix: '按手中证件的实际种类选择证件类型，并按证件原件填写号码。',
    },
    en: {
      title: 'The ID type must fit the ID number (resident ID card vs HK/Macao/Taiwan residence permit)',
      messages: {
        residentIdWithPermitCode:
          "The {owner}'s ID type is the resident ID card, but the number starts with {code}, which is a {permit} number; choose that document type instead.",
        hkMoPermitCode: "The {owner}'s ID type is the HK/Macao residence permit; its number must start with 810000 (Hong Kong) or 820000 (Macao).",
        twPermitCode: "The {owner}'s ID type is the Taiwan residence permit; its number must start with 830000.",
      },
      why: 'Residence permits of Hong Kong, Macao and Taiwan residents use the fixed address codes 810000, 820000 and 830000; resident ID cards never do. When type and number disagree, identity verification fails.',
      fix: 'Choose the type of the document you actually hold and copy its number from the original.',
    },
  },
  sources: [
    'GB-11643',
    {
      url: 'https://cidian.kuaisou.com/%E5%B1%85%E6%B0%91%E5%B1%85%E4%BD%8F%E8%AF%81%E5%8F%B7',
      title: '港澳台居民居住证号码规则（地址码 810000 / 820000 / 830000）',
      publisher: 'third party',
      evidence: 'T',
      retrieved: '2026-11-29',
      note: 'Quotes article 3 of 《港澳台居民居住证申领发放办法》 (国办发〔2018〕81号); the reference notes cite the Xinhua reprint T4, http only.',
    },
  ],
  reviewedAt: '2026-11-29',
  check(form) {
    return flatMap(personalIdDocuments(form), (doc): Issue<'residentIdWithPermitCode' | 'hkMoPermitCode' | 'twPermitCode'>[] => {
      const parsed = parseIdNumber(doc.number);
      if (!parsed.ok) return [];
      const region = parsed.info.permitRegion;
      const params = { owner: doc.owner };
      if (doc.type === 'resident-id' && region) {
        const permit =
          region === 'TW' ? { 'zh-CN': '台湾居民居住证', en: 'Taiwan residence permit' } : { 'zh-CN': '港澳居民居住证', en: 'HK/Macao residence permit' };
        return [{ field: doc.field, message: 'residentIdWithPermitCode' as const, params: { ...params, code: doc.number.slice(0, 6), permit } }];
      }
      if (doc.type === 'hk-mo-residence-permit' && region !== 'HK' && region !== 'MO')
        return [{ field: doc.field, message: 'hkMoPermitCode' as const, params }];
      if (doc.type === 'tw-residence-permit' && region !== 'TW') return [{ field: doc.field, message: 'twPermitCode' as const, params }];
      return [];
    });
  },
});
