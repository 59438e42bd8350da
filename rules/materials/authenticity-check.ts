import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';
import { serviceLabel, services } from '../national/_services';

/**
 * S5, P30, P04, P39: the authenticity face check (工信部电管〔2010〕64号) is done by each
 * website's or app's principal in person in the Huawei Cloud app — not necessarily the
 * legal representative, but exactly the person named in the form (P04).
 */
export default defineRule({
  id: 'materials/authenticity-check',
  severity: 'error',
  family: 'materials',
  scope: { serviceKinds: ['website', 'app'], filingTypes: [...NEW_FILING_TYPES] },
  reads: [],
  alsoReads: ['apps[]', 'websites[]'],
  texts: {
    'zh-CN': {
      title: '每个网站/APP的负责人需本人完成真实性核验',
      messages: {
        faceCheck: '{service}的负责人需本人在{providerApp}中完成真实性核验（人脸核验）。',
      },
      why: '按工信部要求，新增备案须由互联网信息服务负责人本人完成真实性核验；核验人与表单中的负责人不一致会导致“真实性核验不通过”。',
      fix: '由表单中填写的负责人本人，在纯白背景前、衣着整齐、露出双肩，在{providerApp}中按提示完成核验（华为云帮助中心写明其核验二维码10分钟内有效）。',
    },
    en: {
      title: 'Each website/app principal does the face check in person',
      messages: {
        faceCheck: 'The principal of {service} must complete the authenticity face check in person in {providerApp}.',
      },
      why: 'MIIT requires the website/app principal named in the form to complete the face check for every new filing; anyone else fails it.',
      fix: "The principal named in the form completes the check in {providerApp}, in front of a plain white background, shoulders visible, following the prompts (Huawei Cloud's help centre says its verification QR code is valid for 10 minutes).",
    },
  },
  citations: { 'zh-CN': ['华为云帮助中心写明'], en: ["Huawei Cloud's help centre says"] },
  sources: ['S5', 'P04', 'P11', 'P39'],
  reviewedAt: '2026-11-29',
  check(form) {
    return services(form).map((s) => ({
      material: 'authenticity-check',
      for: s.path,
      message: 'faceCheck' as const,
      params: { service: serviceLabel(s.kind, s.index) },
    }));
  },
});
