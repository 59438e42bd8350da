import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';
import { FOREIGN_ID_TYPES } from '../shared/_people';

/** 河北: foreign nationals may not file as individuals (HW 2025 K-管局; JD: non-citizens may not file at all). */
export default defineRule({
  id: 'provinces/he/personal-foreigner-refused',
  severity: 'error',
  family: 'identity',
  scope: { provinces: ['HE'], natures: ['individual'] },
  reads: ['subject.certType'],
  texts: {
    'zh-CN': {
      title: '河北不受理外国人的个人备案',
      messages: { foreignerRefused: '河北管局不受理外国人以个人身份备案（护照或外国人永久居留身份证）。' },
      why: '华为云整理的河北管局要求：外籍人士不能办理个人备案。',
      fix: '由持中国居民身份证的人备案，或以在河北登记的单位名义备案。',
    },
    en: {
      title: 'Hebei does not accept personal filings by foreign nationals',
      messages: { foreignerRefused: 'Hebei does not accept personal filings by foreign nationals (passport or foreign permanent-residence card).' },
      why: 'Huawei’s summary of the Hebei rules: foreigners cannot file as individuals.',
      fix: 'File through a person with a Chinese resident ID card, or as an organisation registered in Hebei.',
    },
  },
  citations: { 'zh-CN': ['华为云整理的河北管局要求'], en: ['Huawei’s summary of the Hebei rules'] },
  sources: [P.HE.HW, 'K-管局', P.HE.JD],
  reviewedAt: '2026-11-29',
  check: (form) => {
    const type = form.subject?.certType;
    return type && FOREIGN_ID_TYPES.includes(type) ? [{ field: 'subject.certType', message: 'foreignerRefused' as const }] : [];
  },
});
