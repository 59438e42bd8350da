import { flatMap } from '../checks/arrays';
import { defineRule, type Issue } from '../engine/types';
import { compactCode } from '../model/normalize';
import { CHANGE_FILING_TYPES } from '../model/vocabulary';

const same = (a: string, b: string) => compactCode(a) === compactCode(b);

/**
 * Domain verification (S7, P24, P43, K-驳回, K-域名, T10) compares the registrar's real-name record with the filing
 * subject and returns the order automatically when they differ (域名未实名认证 驳回原因一:
 * K-驳回): a person files only domains held in their own name (S10, K-准备), a unit domains
 * held in the unit's name (K-准备, K-管局, K-政策, P26, S3, T10). A unit domain held by its legal representative is
 * accepted by some provinces (福建, 广东, 青海, 甘肃) and refused by others (宁夏, 西藏,
 * 湖北); that case — also while the panel has not yet asked whether the principal is
 * the legal representative — is left to the province rules and not reported here. In a change order of a
 * renamed unit, a holder still carrying the filed (old) name is reported by
 * national/change-renamed-subject with the rename steps instead.
 *
 * One line of K-准备 (域名核验) lets a unit's domain be held by the unit "incl. shareholders",
 * its principal or senior executives; the knowledge base contradicts itself there (K-材料,
 * K-条件, K-错误 require the unit's own name), and this rule follows the majority. The
 * principal-as-holder case is not reported here (above), which covers most of that line.
 */
export default defineRule({
  id: 'national/domain-holder-matches-subject',
  severity: 'error',
  family: 'domains',
  scope: {},
  reads: ['domainRecords[].holder', 'subject.name'],
  alsoReads: [
    'domainRecords[].domain',
    'domainRecords[].holderCertNumber',
    'filed.subjectName',
    'subject.certNumber',
    'subject.principal.isLegalRepresentative',
    'subject.principal.name',
  ],
  texts: {
    'zh-CN': {
      title: '域名持有者须与备案主体一致',
      messages: {
        personHolder: '域名 {domain} 的持有者不是备案人本人；个人备案只能使用本人实名认证的域名。',
        unitHolder: '域名 {domain} 的持有者不是主办单位“{subject}”；单位备案须使用以单位名称实名认证的域名。',
        certDiffers: '域名 {domain} 实名认证的证件号码与主办单位证件号码不一致。',
      },
      why: '工信部域名核验会比对域名实名信息（持有者名称、证件类型、证件号码）与备案主体，不一致的订单会被系统自动退回（域名未实名认证）。',
      fix: '在域名注册商处把域名持有者变更（过户）为备案主体并重新完成实名认证，等待信息同步后再提交；或改用主体本身持有的域名。',
    },
    en: {
      title: 'The domain holder must be the filing subject',
      messages: {
        personHolder: 'The domain {domain} is not held by the filing person; a personal filing may only use domains verified in the person’s own name.',
        unitHolder: 'The domain {domain} is not held by the unit "{subject}"; a unit files only domains verified in the unit’s name.',
        certDiffers: 'The certificate number of the real-name record of {domain} differs from the subject’s certificate number.',
      },
      why: "MIIT's domain verification compares the domain's real-name record (holder, certificate type and number) with the filing subject; a mismatch is returned automatically as an unverified domain.",
      fix: 'Transfer the domain to the filing subject at the registrar and redo the real-name verification, wait for it to sync, then submit; or use a domain the subject holds.',
    },
  },
  sources: ['S10', 'K-准备', 'K-驳回', 'K-域名', 'S7'],
  reviewedAt: '2026-11-29',
  check(form) {
    const subject = form.subject;
    const name = subject?.name?.trim();
    const personal = subject?.nature === 'individual';
    // Held by the unit's principal (the legal representative, or not yet said): province rules decide.
    const legalRep = !personal && subject?.principal?.isLegalRepresentative !== false ? subject?.principal?.name : undefined;
    const oldName = !personal && form.filingType && CHANGE_FILING_TYPES.includes(form.filingType) ? form.filed?.subjectName?.trim() : undefined;
    return flatMap(form.domainRecords ?? [], (record, i): Issue<'personHolder' | 'unitHolder' | 'certDiffers'>[] => {
      const domain = record.domain;
      const out: Issue<'personHolder' | 'unitHolder' | 'certDiffers'>[] = [];
      const holder = record.holder?.trim();
      if (name && holder && !same(holder, name) && !(legalRep && same(holder, legalRep)) && !(oldName && same(holder, oldName))) {
        out.push(
          personal
            ? { field: `domainRecords[${i}].holder`, message: 'personHolder', params: { domain } }
            : { field: `domainRecords[${i}].holder`, message: 'unitHolder', params: { domain, subject: name } },
        );
      }
      const cert = subject?.certNumber?.trim();
      const holderCert = record.holderCertNumber?.trim();
      if (cert && holderCert && !same(cert, holderCert) && !(legalRep && holder && same(holder, legalRep))) {
        out.push({ field: `domainRecords[${i}].holderCertNumber`, message: 'certDiffers', params: { domain } });
      }
      return out;
    });
  },
});
