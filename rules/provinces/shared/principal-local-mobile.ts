import { defineRule, type SourceRef } from '../../engine/types';
import type { ProvinceCode } from '../../model/provinces';
import { PROVINCE_SOURCES } from '../_sources';
import { notLocalMobile, provinceEntry, provinceName, provincesOf, tableSources } from '../_site';

/**
 * ⚠ Local mobile numbers where the newest sources disagree:
 * - 湖南: Huawei KB (2025-12-31) says responsible persons' mobiles must be Hunan numbers
 *   (also JD, QC, TC17); UCloud 2024-04-01 deleted the line.
 * - 河北: Huawei KB (2025-12-31) says the 互联网信息服务负责人's number must be a Hebei
 *   number; UCloud 2024-04-01 deleted its local-mobile line.
 * The newer Huawei pages decide what is checked; a warning because the sources disagree.
 */
export const PROVINCES = {
  HN: { fields: 'all', sources: [PROVINCE_SOURCES.HN.HW, 'K-管局', PROVINCE_SOURCES.HN.UC] },
  HE: { fields: 'service', sources: [PROVINCE_SOURCES.HE.HW, PROVINCE_SOURCES.HE.UC] },
} satisfies Partial<Record<ProvinceCode, { fields: 'all' | 'service'; sources: SourceRef[] }>>;

export default defineRule({
  id: 'provinces/shared/principal-local-mobile',
  evidence: 'disputed',
  severity: 'warning',
  family: 'contacts',
  scope: { provinces: provincesOf(PROVINCES) },
  reads: ['declarations.mobilesLocal'],
  alsoReads: ['websites[]'],
  texts: {
    'zh-CN': {
      title: '负责人手机号码可能须为本省号码（来源不一致）',
      messages: { notLocal: '您表示负责人手机号码不是{province}号码；华为云2025年资料要求使用本省号码（UCloud 2024年已删除该要求）。' },
      why: '华为云知识库（2025年）仍列出该省的手机号码归属地要求，UCloud 2024年的页面已删除；以较新的华为云资料为准。',
      fix: '尽量使用本省办理的手机号码；如只能用外省号码，提交前向{provider}备案客服确认。',
    },
    en: {
      title: "The responsible person's mobile may have to be a local number (sources disagree)",
      messages: {
        notLocal:
          "You said the mobile number is not registered in {province}; Huawei's 2025 material asks for a local number (UCloud deleted the requirement in 2024).",
      },
      why: "Huawei's 2025 knowledge base still lists a phone-region requirement for this province; UCloud's 2024 page deleted it. The newer Huawei material is followed.",
      fix: 'Use a locally registered mobile if you can; otherwise ask {provider} filing support before submitting.',
    },
  },
  citations: {
    'zh-CN': ['华为云2025年资料', '华为云知识库（2025年）', '较新的华为云资料'],
    en: ["Huawei's 2025 material", "Huawei's 2025 knowledge base", 'newer Huawei material'],
  },
  sources: tableSources(PROVINCES),
  reviewedAt: '2026-11-29',
  check(form) {
    const entry = provinceEntry<{ fields: 'all' | 'service' }>(PROVINCES, form);
    if (!entry) return [];
    const services = (form.websites ?? []).map((_, i) => `websites[${i}].principal.mobile`);
    const fields = entry.fields === 'all' ? ['subject.principal.mobile', ...services] : services;
    return notLocalMobile(form, fields, 'notLocal' as const, provinceName(form));
  },
});
