import { defineRule, type MaterialNeed, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { NEW_SITE_FILING_TYPES, type SubjectNature } from '../../model/vocabulary';
import { PROVINCE_SOURCES } from '../_sources';
import { provinceEntry, provincesOf, tableSources } from '../_site';

interface Entry {
  readonly natures: readonly SubjectNature[];
  readonly materials: readonly string[];
  readonly sources: readonly SourceRef[];
}

/**
 * Party/government bodies and public institutions must obtain approval to open a
 * website before filing (UC-pre-approval and the province pages):
 * - 黑龙江: 编办-approved 网站开办资格申请表 (黑公信安〔2015〕10号; UC 2024, TC; Huawei P25).
 * - 江西: 机构编制 approval (UC 2024, Huawei KB); the 政府网站域名业务审核表 every government
 *   site needs is asked by materials/government-site-documents.
 * - 云南: 编办 approval (UC 2024).
 * - 内蒙古: 编办 approval (UC 2024, TC, Huawei KB); sites for internal use only may give a
 *   written explanation instead (UC). The 事业单位 form is provinces/nm/institution-site-application.
 * - 天津: government websites need the approval of the municipal government general office (UC 2024).
 */
export const ENTRIES: Partial<Record<ProvinceCode, Entry>> = {
  HL: { natures: ['government', 'institution'], materials: ['establishment-office-proof'], sources: [PROVINCE_SOURCES.HL.UC, PROVINCE_SOURCES.HL.TC, 'P25'] },
  JX: { natures: ['government', 'institution'], materials: ['establishment-office-proof'], sources: [PROVINCE_SOURCES.JX.UC, PROVINCE_SOURCES.JX.HW] },
  YN: { natures: ['government', 'institution'], materials: ['establishment-office-proof'], sources: [PROVINCE_SOURCES.YN.UC] },
  NM: {
    natures: ['government', 'institution'],
    materials: ['establishment-office-proof'],
    sources: [PROVINCE_SOURCES.NM.UC, PROVINCE_SOURCES.NM.TC, PROVINCE_SOURCES.NM.HW],
  },
  TJ: { natures: ['government'], materials: ['tj-government-office-approval'], sources: [PROVINCE_SOURCES.TJ.UC] },
};

export default defineRule({
  id: 'provinces/shared/establishment-office-approval',
  severity: 'error',
  family: 'materials',
  scope: { provinces: provincesOf(ENTRIES), natures: ['government', 'institution'], filingTypes: [...NEW_SITE_FILING_TYPES] },
  reads: ['subject.nature'],
  texts: {
    'zh-CN': {
      title: '党政机关、事业单位开办网站须先取得审批',
      messages: {
        approval: '本省要求{nature}开办网站前取得机构编制部门（编办）的批准，并上传批准文件。',
        municipalApproval: '天津的政府网站须先取得市政府办公厅的批准，并上传批准文件。',
      },
      why: '该省规定党政机关、事业单位开办网站须经主管部门审批，备案信息须与批准文件一致，否则初审驳回。',
      fix: '向同级机构编制部门（天津：市政府办公厅）申请开办网站的批准，取得文件后与备案信息核对一致再上传；该文件由编办出具，不是云服务商的模板。',
    },
    en: {
      title: 'Government bodies and public institutions need approval to open a website',
      messages: {
        approval: 'This province requires a {nature} to obtain the establishment office’s approval before opening a website, and to upload it.',
        municipalApproval: 'Tianjin government websites need the approval of the municipal government general office first; upload it.',
      },
      why: 'The province requires approval from the competent office before such units open a website; the filing must match the approval, otherwise it is rejected at first review.',
      fix: 'Apply to the establishment office at your level (Tianjin: the municipal general office), check the approval matches the filing, then upload it; the office issues it, it is not a cloud provider’s template.',
    },
  },
  sources: tableSources(ENTRIES),
  reviewedAt: '2026-11-29',
  materials: {
    'tj-government-office-approval': {
      zh: '天津市政府办公厅开办网站批准文件',
      en: 'Approval of the Tianjin municipal government general office for the website',
    },
  },
  check(form) {
    const entry = provinceEntry(ENTRIES, form);
    const nature = form.subject?.nature;
    if (!entry || !nature) return [];
    const label = nature === 'government' ? { 'zh-CN': '党政机关', en: 'government body' } : { 'zh-CN': '事业单位', en: 'public institution' };
    return entry.materials.map((material): MaterialNeed<'approval' | 'municipalApproval'> =>
      material === 'tj-government-office-approval' ? { material, message: 'municipalApproval' } : { material, message: 'approval', params: { nature: label } },
    );
  },
});
