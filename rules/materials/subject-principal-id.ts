import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';

/**
 * P12, K-驳回, P10: every filing uploads the 主体负责人's ID (both sides of the original, in colour,
 * more than 3 months of validity left). For a personal filing this is the person's own ID.
 */
export default defineRule({
  id: 'materials/subject-principal-id',
  severity: 'error',
  family: 'materials',
  scope: { filingTypes: [...NEW_FILING_TYPES, 'change-subject', 'change-filing'] },
  reads: [],
  texts: {
    'zh-CN': {
      title: '需上传主体负责人证件',
      messages: {
        principalId: '需上传主体负责人证件原件正反面的彩色照片，剩余有效期须超过3个月。',
      },
      why: '每次备案都须上传主体负责人的身份证件；非原件彩色照片、翻拍、过期或有效期不足3个月的证件会以“证件不合格”驳回。',
      fix: '拍摄证件原件正反面（彩色、四角完整、无反光、未遮挡国徽），证件即将到期的先换领新证。',
    },
    en: {
      title: "The subject principal's ID must be uploaded",
      messages: {
        principalId: "Upload colour photos of both sides of the subject principal's original ID, with more than 3 months of validity left.",
      },
      why: "Every filing uploads the subject principal's ID; copies, photos of a screen, expired IDs or IDs with 3 months or less left are rejected.",
      fix: 'Photograph both sides of the original (colour, all corners, no glare, emblem uncovered); renew an ID that is about to expire first.',
    },
  },
  sources: ['P12', 'K-驳回', 'K-材料'],
  reviewedAt: '2026-11-29',
  check() {
    return [{ material: 'subject-principal-id', message: 'principalId' as const }];
  },
});
