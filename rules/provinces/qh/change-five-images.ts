import { defineRule, type MaterialNeed } from '../../engine/types';
import { CHANGE_FILING_TYPES } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { VERIFICATION_SHEET } from '../_site';

/**
 * 青海 change filings must upload the complete "five images" — unit certificate, subject
 * principal's ID, verification sheet and each website principal's ID — even for fields
 * that did not change (Huawei P17; the KB adds that only 变更备案 can then be submitted).
 */
export default defineRule({
  id: 'provinces/qh/change-five-images',
  severity: 'error',
  family: 'materials',
  scope: { provinces: ['QH'] },
  reads: ['filingType'],
  alsoReads: ['websites[]'],
  texts: {
    'zh-CN': {
      title: '青海变更备案须上传完整的“五图”',
      messages: {
        certificate: '青海变更备案须重新上传主办单位证件（个人为身份证件）。',
        principalId: '青海变更备案须重新上传主体负责人证件。',
        sheet: '青海变更备案须上传网站{n}的真实性核验单。',
        servicePrincipalId: '青海变更备案须重新上传网站{n}负责人的证件。',
      },
      why: '华为云青海管局要求：变更备案须提交完整的“五图”资料，即使相关信息没有变化，缺少任何一项都会被驳回。',
      fix: '按清单重新上传全部证件原件的彩色照片或扫描件和核验单，不要只上传变更的部分。',
    },
    en: {
      title: 'Qinghai change filings need the complete “five images”',
      messages: {
        certificate: 'Qinghai change filings must upload the subject certificate (individuals: ID) again.',
        principalId: "Qinghai change filings must upload the subject principal's ID again.",
        sheet: 'Qinghai change filings must upload the verification sheet of website {n}.',
        servicePrincipalId: "Qinghai change filings must upload the ID of website {n}'s principal again.",
      },
      why: "Huawei's Qinghai page: change filings must carry the full set of five images even for unchanged data; any missing one is rejected.",
      fix: 'Upload colour photos or scans of all originals and the verification sheets again, not only what changed.',
    },
  },
  citations: { 'zh-CN': ['华为云青海管局要求'], en: ["Huawei's Qinghai page"] },
  sources: ['P17', PROVINCE_SOURCES.QH.HW],
  reviewedAt: '2026-11-29',
  materials: { 'verification-sheet': VERIFICATION_SHEET },
  check(form) {
    // Other filing types get their materials from the national rules; only changes differ here.
    if (!form.filingType || !CHANGE_FILING_TYPES.includes(form.filingType)) return [];
    const needs: MaterialNeed<'certificate' | 'principalId' | 'sheet' | 'servicePrincipalId'>[] = [
      { material: 'subject-certificate', message: 'certificate' },
      { material: 'subject-principal-id', message: 'principalId' },
    ];
    (form.websites ?? []).forEach((_, i) => {
      needs.push({ material: 'verification-sheet', for: `websites[${i}]`, message: 'sheet', params: { n: i + 1 } });
      needs.push({ material: 'service-principal-id', for: `websites[${i}]`, message: 'servicePrincipalId', params: { n: i + 1 } });
    });
    return needs;
  },
});
