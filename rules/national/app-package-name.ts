import { defineRule, type Issue } from '../engine/types';
import { appPlatforms } from './_apps';

/** Android applicationId: two or more segments, each starting with a letter; letters, digits, underscores. */
const ANDROID = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/;
/** iOS bundle ID: reverse-DNS, letters, digits, hyphens and full stops only (Apple's character set). */
const IOS = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
/** HarmonyOS bundleName: reverse-DNS starting with a letter; letters, digits, underscores; 7–128 characters. */
const HARMONYOS = /^(?=.{7,128}$)[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$/;

const FORMATS = { android: ANDROID, ios: IOS, harmonyos: HARMONYOS } as const;

/**
 * 包名 is required per platform (P32, K-APP, R-kb): the Android package name, the iOS Bundle ID, the
 * HarmonyOS bundle name. A store link, an app name or a value with spaces is not a
 * package name, and a wrong one draws the rectification notice APP包名不准确 after
 * filing. The format is the platforms' own naming rule [I]; "other" platforms are not
 * judged.
 */
export default defineRule({
  id: 'national/app-package-name',
  severity: 'error',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].platforms'],
  texts: {
    'zh-CN': {
      title: 'APP包名须符合平台的包名格式',
      messages: {
        missing: '未填写包名，每个平台都须填写。',
        android: '“{value}”不是有效的安卓包名，应为 com.example.app 这样以点分隔、各段以字母开头的形式。',
        ios: '“{value}”不是有效的iOS Bundle ID，应为 com.example.app 这样的反向域名形式（字母、数字、连字符和点）。',
        harmonyos: '“{value}”不是有效的鸿蒙包名（bundleName），应为以字母开头的反向域名形式，长度7–128个字符。',
      },
      why: '每个平台都须填写真实的包名：安卓为应用包名，iOS为Bundle ID，鸿蒙为AppGallery Connect中的包名；包名不准确会收到“APP包名不准确”整改通知。',
      fix: '安卓在 build.gradle 的 applicationId 或应用市场详情中查看；iOS在Xcode或App Store Connect中查看Bundle ID；鸿蒙在AppGallery Connect“我的项目”中查看。',
    },
    en: {
      title: "App package names must follow the platform's format",
      messages: {
        missing: 'No package name given; every platform needs one.',
        android: '"{value}" is not a valid Android package name; use dot-separated segments starting with a letter, like com.example.app.',
        ios: '"{value}" is not a valid iOS bundle ID; use reverse-DNS form like com.example.app (letters, digits, hyphens, dots).',
        harmonyos: '"{value}" is not a valid HarmonyOS bundle name; use reverse-DNS form starting with a letter, 7–128 characters.',
      },
      why: 'Every platform needs the real package name: the Android package name, the iOS Bundle ID, the HarmonyOS bundle name from AppGallery Connect. A wrong one draws an "inaccurate package name" rectification notice.',
      fix: 'Android: applicationId in build.gradle or the store listing; iOS: the Bundle ID in Xcode or App Store Connect; HarmonyOS: AppGallery Connect > My projects.',
    },
  },
  sources: ['P32', 'K-APP', 'R-kb', 'HW-app-features'],
  reviewedAt: '2026-11-29',
  check(form) {
    return appPlatforms(form).flatMap(({ path, entry: p }): Issue<'missing' | 'android' | 'ios' | 'harmonyos'>[] => {
      const value = p.packageName?.trim();
      if (value === undefined || !p.platform) return [];
      const field = `${path}.packageName`;
      if (value === '') return [{ field, message: 'missing' }];
      if (p.platform === 'other' || FORMATS[p.platform].test(value)) return [];
      return [{ field, message: p.platform, params: { value } }];
    });
  },
});
