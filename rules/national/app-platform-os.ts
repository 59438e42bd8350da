import { defineRule } from '../engine/types';
import { appPlatforms } from './_apps';

/**
 * 平台 means the operating system the app runs on (Android, iOS, HarmonyOS), never the
 * store it is sold in (P02, P23, P33, K-APP). A store entered as the platform draws the rectification
 * notice APP平台信息无效 (P02, P23). "Other" is allowed by the console for real other
 * systems, so this is a warning asking the user to make sure.
 */
export default defineRule({
  id: 'national/app-platform-os',
  severity: 'warning',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].platforms'],
  texts: {
    'zh-CN': {
      title: 'APP平台应选择运行的操作系统，而不是应用商店',
      messages: {
        other: '平台选择了“其他”：平台指APP运行的操作系统（安卓、iOS、鸿蒙），不是应用市场；请确认不是把应用商店当成了平台。',
      },
      why: '平台信息须填写APP运行的操作系统；填写应用商店（如某某应用市场）会收到“APP平台信息无效”整改通知，需要变更备案。',
      fix: '按安装包类型选择平台：.apk 选安卓，.ipa 选iOS，.hap 选鸿蒙；同一APP的多个系统版本在同一备案中分别添加。',
    },
    en: {
      title: 'The app platform is the operating system, not an app store',
      messages: {
        other:
          '"Other" is chosen as platform: the platform is the operating system the app runs on (Android, iOS, HarmonyOS), not a store. Make sure a store was not entered as the platform.',
      },
      why: 'Platform information must name the operating system the app runs on; naming an app store draws an "invalid platform information" rectification notice and a change filing.',
      fix: 'Choose by package type: .apk → Android, .ipa → iOS, .hap → HarmonyOS; list each system version of the app in the same filing.',
    },
  },
  sources: ['P02', 'P23', 'P33', 'K-APP'],
  reviewedAt: '2026-11-29',
  check(form) {
    return appPlatforms(form).flatMap(({ path, entry }) => (entry.platform === 'other' ? [{ field: `${path}.platform`, message: 'other' as const }] : []));
  },
});
