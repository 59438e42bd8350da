import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES as P } from '../_sources';

/**
 * 广东, personal filings: Hong Kong and Macao residents file only with the 港澳居民居住证, not the
 * 港澳居民来往内地通行证 (Huawei Guangdong personal page, 2025-05-27, S2).
 */
export default defineRule({
  id: 'provinces/gd/hk-mo-residence-permit-only',
  severity: 'error',
  family: 'identity',
  scope: { provinces: ['GD'], natures: ['individual'] },
  reads: ['subject.certType'],
  texts: {
    'zh-CN': {
      title: '广东：港澳居民个人备案须用港澳居民居住证',
      messages: { residencePermitOnly: '广东管局只接受港澳居民以“港澳居民居住证”办理个人备案，不接受港澳居民来往内地通行证。' },
      why: '华为云广东个人备案要求：港澳居民仅可使用港澳居民居住证备案。',
      fix: '申领港澳居民居住证后，以“港澳居民居住证”为证件类型备案。',
    },
    en: {
      title: 'Guangdong: HK and Macao residents file with the residence permit',
      messages: {
        residencePermitOnly:
          'Guangdong accepts personal filings by Hong Kong and Macao residents only with the residence permit for HK/Macao residents, not the mainland travel permit.',
      },
      why: 'Huawei’s Guangdong personal-filing page: Hong Kong and Macao residents may file only with the 港澳居民居住证.',
      fix: 'Apply for the residence permit for Hong Kong and Macao residents and file with it.',
    },
  },
  citations: { 'zh-CN': ['华为云广东个人备案要求'], en: ['Huawei’s Guangdong personal-filing page'] },
  sources: ['S2', P.GD.HW],
  reviewedAt: '2026-11-29',
  check: (form) => (form.subject?.certType === 'hk-mo-travel-permit' ? [{ field: 'subject.certType', message: 'residencePermitOnly' as const }] : []),
});
