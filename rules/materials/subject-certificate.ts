import { defineRule } from '../engine/types';
import { CERTIFICATE_TYPES, NEW_FILING_TYPES, UNIT_NATURES } from '../model/vocabulary';

/**
 * P12, R-rules, K-管局: every unit filing, and every change of the subject, uploads the unit's
 * certificate (营业执照, 事业单位法人证书 …) as a colour image of the original, latest
 * version. A personal subject's certificate is the person's ID, which
 * materials/subject-principal-id already asks for.
 */
export default defineRule({
  id: 'materials/subject-certificate',
  severity: 'error',
  family: 'materials',
  scope: { natures: UNIT_NATURES, filingTypes: [...NEW_FILING_TYPES, 'change-subject', 'change-filing'] },
  reads: [],
  alsoReads: ['subject.certType'],
  texts: {
    'zh-CN': {
      title: '单位备案需上传主办单位证件',
      messages: {
        unitCertificate: '需上传主办单位证件（{certificate}）原件的彩色照片或扫描件，须为最新版本。',
      },
      why: '单位备案和主体变更均须上传主办单位证件；复印件、电子执照、翻拍屏幕或非最新版本的证件会以“证件不合格”或“主体证件非最新”驳回。',
      fix: '拍摄或扫描证件原件（彩色、四角完整、无反光），证件信息有变更的先换领最新版本。',
    },
    en: {
      title: "A unit's filing needs the subject certificate",
      messages: {
        unitCertificate: 'Upload a colour photo or scan of the original subject certificate ({certificate}), latest version.',
      },
      why: 'Unit filings and subject changes must upload the unit certificate; photocopies, e-licences, photos of a screen or an outdated version are rejected.',
      fix: 'Photograph or scan the original (colour, all corners, no glare); if its details changed, get the current version first.',
    },
  },
  sources: ['P12', 'R-rules', 'K-驳回', 'P02'],
  reviewedAt: '2026-11-29',
  check(form) {
    const type = form.subject?.certType;
    const certificate = type
      ? { 'zh-CN': CERTIFICATE_TYPES[type].zh, en: CERTIFICATE_TYPES[type].en.toLowerCase() }
      : { 'zh-CN': '营业执照或其他单位证件', en: 'business licence or other unit certificate' };
    return [{ material: 'subject-certificate', message: 'unitCertificate' as const, params: { certificate } }];
  },
});
