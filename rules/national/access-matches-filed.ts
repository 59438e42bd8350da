import { defineRule, type Issue } from '../engine/types';
import { compactCode } from '../model/normalize';
import { filedWebsiteOf, sameSubjectName } from './_filed';

type Message = 'subjectNameDiffers' | 'certNumberDiffers' | 'siteNameDiffers';

/**
 * 接入商信息不一致 (P07): when Huawei is added as access provider (新增接入), or a
 * website is added to a subject filed at another provider (新增网站), some 管局 require the
 * data to equal the existing record and reject differences; others allow corrections
 * during access ("接入时允许变更", P40). Sources disagree by province, hence a warning.
 * A certificate number that differs from the record is what the console reports as
 * 域名已备案,证件未备案 (P35) or MIIT as 工信部已存在备案记录 (K-驳回).
 * New access and a separate change order cannot be submitted together (P17).
 */
export default defineRule({
  id: 'national/access-matches-filed',
  severity: 'warning',
  family: 'filing-type',
  scope: { filingTypes: ['add-access', 'add-service'] },
  reads: ['filed'],
  alsoReads: ['subject.certNumber', 'subject.name', 'websites[].domains[]', 'websites[].name'],
  texts: {
    'zh-CN': {
      title: '接入备案的信息应与已备案信息一致',
      messages: {
        subjectNameDiffers: '主办单位名称与已备案的“{filed}”不同；部分管局要求接入时信息与原备案一致，否则以“接入商信息不一致”驳回。',
        certNumberDiffers: '主办单位证件号码与已备案的号码不同；请使用原备案所用的证件类型和号码（可向原接入商确认）。',
        siteNameDiffers: '网站名称与已备案的“{filed}”不同；部分管局要求接入时网站信息与原备案一致。',
      },
      why: '新增接入或在其他接入商已备案的主体下新增网站时，部分管局要求填写的信息与原备案信息一致，不一致会以“接入商信息不一致”驳回；也有管局允许接入时变更信息。证件号码与原备案不同时，系统会提示“域名已备案，证件未备案”。',
      fix: '按已备案信息填写；确需修改的，先在原接入商处提交变更备案，完成后再办理接入（接入与变更不能同时提交）。原备案信息无法找回且主体名称或证件已变更的，可在原接入商处变更，或注销后重新备案。',
    },
    en: {
      title: 'An access filing should match the filed record',
      messages: {
        subjectNameDiffers:
          'The subject name differs from the filed "{filed}"; some regulators require access filings to match the original record and reject differences.',
        certNumberDiffers:
          'The subject certificate number differs from the filed one; use the certificate type and number of the original filing (ask the original provider).',
        siteNameDiffers: 'The website name differs from the filed "{filed}"; some regulators require website details to match the original record on access.',
      },
      why: 'When adding {provider} as access provider, or adding a website to a subject filed elsewhere, some regulators require the data to equal the existing record and reject differences as inconsistent access information; others allow corrections during access. A differing certificate number makes the console report the domain as filed under another certificate.',
      fix: 'Enter the filed data; to change it, submit a change at the original provider first and file access afterwards (access and a change cannot be submitted together). If the old data cannot be recovered and the name or certificate has changed, change it at the original provider or cancel and file again.',
    },
  },
  sources: ['P07', 'P40', 'P17', 'P35', 'K-迁移', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form) {
    const filed = form.filed;
    if (!filed) return [];
    const issues: Issue<Message>[] = [];
    const name = form.subject?.name?.trim();
    if (name && filed.subjectName?.trim() && !sameSubjectName(name, filed.subjectName)) {
      issues.push({ field: 'subject.name', message: 'subjectNameDiffers', params: { filed: filed.subjectName.trim() } });
    }
    const cert = form.subject?.certNumber;
    if (cert?.trim() && filed.certNumber?.trim() && compactCode(cert) !== compactCode(filed.certNumber)) {
      issues.push({ field: 'subject.certNumber', message: 'certNumberDiffers' });
    }
    // Only an access filing carries already-filed websites; a new website has no record to match.
    if (form.filingType === 'add-access') {
      (form.websites ?? []).forEach((site, i) => {
        const before = filedWebsiteOf(form, i)?.name?.trim();
        if (before && site.name?.trim() && !sameSubjectName(site.name, before))
          issues.push({ field: `websites[${i}].name`, message: 'siteNameDiffers', params: { filed: before } });
      });
    }
    return issues;
  },
});
