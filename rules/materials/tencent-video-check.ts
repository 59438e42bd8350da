import { defineRule } from '../engine/types';
import { NEW_FILING_TYPES } from '../model/vocabulary';
import { authenticityCheckNeeds } from './_authenticity-check';

/**
 * Tencent Cloud takes the principals' video check (视频核身) in its WeChat mini-program only, and
 * lists what fails it (TC-mini-program): an ID card not held upright, a background that is not
 * plain white or badly lit, a face covered by a fringe, hat, mask, glasses or the like, anyone else
 * in the picture. It adds a reason to the checklist item of materials/authenticity-check (the needs
 * merge by material and service), so the user reads Tencent Cloud's requirements next to the check.
 */
export default defineRule({
  id: 'materials/tencent-video-check',
  severity: 'error',
  family: 'materials',
  scope: { providers: ['tencent'], serviceKinds: ['website', 'app'], filingTypes: [...NEW_FILING_TYPES] },
  reads: [],
  alsoReads: ['apps[]', 'websites[]'],
  texts: {
    'zh-CN': {
      title: '视频核身在{providerApp}中完成：纯白背景，面部无遮挡，画面中只有本人',
      messages: {
        videoCheck:
          '{service}的负责人需在{providerApp}中完成视频核身：证件摆正后上传，纯白背景、光线适中，刘海、帽子、口罩、眼镜等不遮挡面部，画面中不出现其他人。',
      },
      why: '{provider}的视频核身只在{providerApp}中进行；证件方向不正、背景不是纯白或光线过亮过暗、面部被遮挡、画面中有其他人时，系统审核不通过，需要重新核验。',
      fix: '由表单中填写的负责人本人打开{providerApp}，先把身份证摆正再上传，在白墙或白色背景前、光线适中处，摘下帽子、口罩和眼镜，露出面部，确认画面中只有自己后再开始核验。',
    },
    en: {
      title: 'The video check is done in {providerApp}: plain white background, face uncovered, nobody else in view',
      messages: {
        videoCheck:
          'The principal of {service} does the video check in {providerApp}: upload the ID card held upright; plain white background, moderate light; no fringe, hat, mask or glasses over the face; nobody else in the picture.',
      },
      why: "{provider}'s video check runs only in {providerApp}; an ID card not held upright, a background that is not plain white, light too bright or too dark, a covered face or another person in the picture makes the system reject it, and the check has to be done again.",
      fix: 'The principal named in the form opens {providerApp}, uploads the ID card held upright, stands before a white wall or backdrop in moderate light, takes off hat, mask and glasses, keeps the face uncovered and makes sure nobody else is in view before starting.',
    },
  },
  sources: ['TC-mini-program'],
  reviewedAt: '2026-12-07',
  check(form) {
    return authenticityCheckNeeds(form, 'videoCheck' as const);
  },
});
