import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';
import { serviceLabel, services } from '../national/_services';

/**
 * P12, K-流程: each website or app uploads its principal's ID (互联网信息服务负责人 / APP负责人),
 * even when that person is also the subject principal: the console has one upload slot
 * per service.
 */
export default defineRule({
  id: 'materials/service-principal-id',
  severity: 'error',
  family: 'materials',
  scope: { serviceKinds: ['website', 'app'], filingTypes: [...NEW_FILING_TYPES, 'change-service', 'change-filing'] },
  reads: [],
  alsoReads: ['apps[]', 'websites[]'],
  texts: {
    'zh-CN': {
      title: '每个网站/APP需上传其负责人证件',
      messages: {
        principalId: '需上传{service}负责人证件原件正反面的彩色照片，剩余有效期须超过3个月。',
      },
      why: '每个网站或APP都须上传互联网信息服务负责人（APP负责人）的身份证件，要求与主体负责人证件相同。',
      fix: '在该网站/APP的上传位置上传负责人证件原件正反面彩色照片；与主体负责人为同一人时也需上传。',
    },
    en: {
      title: "Each website/app uploads its principal's ID",
      messages: {
        principalId: 'Upload colour photos of both sides of the original ID of the principal of {service}, with more than 3 months of validity left.',
      },
      why: "Every website or app uploads its principal's ID, under the same rules as the subject principal's.",
      fix: "Upload both sides of the principal's original ID in that website's or app's slot, even when the principal is also the subject principal.",
    },
  },
  sources: ['P12', 'K-流程', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form) {
    return services(form).map((s) => ({
      material: 'service-principal-id',
      for: s.path,
      message: 'principalId' as const,
      params: { service: serviceLabel(s.kind, s.index) },
    }));
  },
});
