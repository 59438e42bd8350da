import { defineRule } from '../engine/types';
import { SERVICE_CONTENT, type ServiceContent } from '../model/vocabulary';

const ALLOWED: readonly ServiceContent[] = ['blog', 'other'];

/**
 * Huawei's service-content catalogue allows a personal filing only 博客/个人空间 or 其他
 * (K-准备, S3): everything else (portals, shopping, forums, news …) is beyond what a person
 * may run and is rejected as 网站内容超范围. 江西 also forbids 博客 for persons — a
 * province rule, not checked here.
 */
export default defineRule({
  id: 'national/individual-service-content',
  severity: 'error',
  family: 'service-content',
  scope: { natures: ['individual'], serviceKinds: ['website'] },
  reads: ['websites[].serviceContent'],
  texts: {
    'zh-CN': {
      title: '个人网站的服务内容只能选“博客/个人空间”或“其他”',
      messages: {
        outOfScope: '个人网站不能选择“{items}”，只能选“博客/个人空间”或“其他”。',
      },
      why: '个人备案的网站只能用于个人用途，服务内容只能选择“博客/个人空间”或“其他”（并在备注中说明内容）；选择其他类别会以“网站内容超范围”驳回。',
      fix: '取消其他选项，改选“博客/个人空间”或“其他”；若网站确实涉及企业或经营内容，请以单位主体备案。',
    },
    en: {
      title: 'A personal website may only choose "Blog / personal space" or "Other"',
      messages: {
        outOfScope: 'A personal website may not choose "{items}"; only "Blog / personal space" or "Other".',
      },
      why: 'A personally filed website is for personal use only; its service content may only be "Blog / personal space" or "Other" (described in the remark). Other items are rejected as beyond the scope of a personal site.',
      fix: 'Untick the other items and choose "Blog / personal space" or "Other"; if the site really carries business content, file it under an organisation.',
    },
  },
  sources: ['K-准备', 'S3', 'K-驳回'],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.websites ?? []).flatMap((site, i) => {
      const extra = (site.serviceContent ?? []).filter((item) => !ALLOWED.includes(item));
      if (extra.length === 0) return [];
      const items = { 'zh-CN': extra.map((c) => SERVICE_CONTENT[c].zh).join('”“'), en: extra.map((c) => SERVICE_CONTENT[c].en).join('", "') };
      return [{ field: `websites[${i}].serviceContent`, message: 'outOfScope' as const, params: { items } }];
    });
  },
});
