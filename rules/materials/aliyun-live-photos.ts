import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';
import { authenticityCheckNeeds } from './_authenticity-check';

/**
 * Alibaba Cloud takes the principals' live photos (现场拍照) and the face check only in its
 * app, against a white background, without a hat, a fringe over the forehead or glasses
 * (ALI-upload). It adds a reason to the checklist item of materials/authenticity-check (the
 * needs merge by material and service), so the user reads one item with Alibaba Cloud's
 * photo requirements next to the face check.
 */
export default defineRule({
  id: 'materials/aliyun-live-photos',
  severity: 'error',
  family: 'materials',
  scope: { providers: ['aliyun'], serviceKinds: ['website', 'app'], filingTypes: [...NEW_FILING_TYPES] },
  reads: [],
  alsoReads: ['apps[]', 'websites[]'],
  texts: {
    'zh-CN': {
      title: '现场照片只能在{providerApp}中拍摄，白色背景',
      messages: {
        livePhoto: '{service}的负责人需在{providerApp}中拍摄现场照片并完成核验：纯白背景，不戴帽子和眼镜，刘海不遮挡额头。',
      },
      why: '{provider}只接受在{providerApp}中现场拍摄的负责人照片；背景不是白色、戴帽子或眼镜、刘海遮住额头的照片会被退回重拍。',
      fix: '由表单中填写的负责人本人打开{providerApp}，在白墙或白色背景布前、光线充足处，摘下帽子和眼镜、露出额头，按提示拍照并完成人脸核验。',
    },
    en: {
      title: 'Live photos are taken only in {providerApp}, against a white background',
      messages: {
        livePhoto:
          'The principal of {service} takes the live photo and the face check in {providerApp}: plain white background, no hat, no glasses, forehead not hidden by hair.',
      },
      why: '{provider} accepts only principal photos taken live in {providerApp}; a photo without a white background, or with a hat, glasses or a fringe over the forehead, is sent back to be retaken.',
      fix: 'The principal named in the form opens {providerApp} in front of a white wall or backdrop in good light, takes off hat and glasses, keeps the forehead free and follows the prompts for the photo and the face check.',
    },
  },
  sources: ['ALI-upload'],
  reviewedAt: '2026-12-07',
  check(form) {
    return authenticityCheckNeeds(form, 'livePhoto' as const);
  },
});
