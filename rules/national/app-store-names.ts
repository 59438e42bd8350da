import { defineRule, type Issue } from '../engine/types';
import { compact } from '../checks/text';

/**
 * One app, one filing (R-rules, K-APP, P02, P23, P33; Huawei KB doc_0113 "我的App在iOS平台和安卓平台上都有
 * 上架，该怎么备案"): an app sold on several platforms and stores lists every platform in a
 * single filing, under one name that is the same everywhere. Store listings often differ
 * slightly ("记账 安卓版", "记账 HD"); filing each listing as its own app, or filing the
 * name with a platform mark, is what this advises against. Which spelling to file when the
 * listings differ is not stated by Huawei: this rule advises the name shown under the icon
 * after installation, read as "the app's real name" (R-rules, K-APP) [I].
 */
const PLATFORM_WORDS = '安卓|苹果|鸿蒙|华为|小米|oppo|vivo|应用宝|ios|iphone|ipad|android|harmonyos|hd';
/** "（安卓版）", "[iOS]", "【HD】": a bracket holding only a platform or store word. */
const BRACKETED = new RegExp(`[(（[【]\\s*(?:for\\s+)?(?:${PLATFORM_WORDS})\\s*(?:版\\s*)?[)）\\]】]`, 'iu');
/** "安卓版", "iOS版", "HD版" anywhere. */
const VERSION_MARK = new RegExp(`(?:${PLATFORM_WORDS})\\s*版`, 'iu');
/** A trailing Latin platform word: "Ledger HD", "记账 for Android". */
const TRAILING_LATIN = /(?:^|[\s\-_·])(?:for\s+)?(?:android|ios|iphone|ipad|harmonyos|hd)\s*$/iu;

/** The platform or store mark in an app name, as typed. */
function platformMark(name: string): string | undefined {
  for (const pattern of [BRACKETED, VERSION_MARK, TRAILING_LATIN]) {
    const found = pattern.exec(name);
    if (found) return found[0].trim().replace(/^[\s\-_·]+/, '');
  }
  return undefined;
}

/** The name without its platform marks, compacted, for comparing two entries. */
function baseName(name: string): string {
  let out = name;
  for (const pattern of [BRACKETED, VERSION_MARK, TRAILING_LATIN]) out = out.replace(new RegExp(pattern.source, 'giu'), ' ');
  return compact(out).toLowerCase();
}

export default defineRule({
  id: 'national/app-store-names',
  severity: 'info',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].name'],
  texts: {
    'zh-CN': {
      title: '同一APP在多个平台或商店上架，只备案一次，名称以安装后显示的为准',
      messages: {
        platformMark: 'APP名称“{name}”带有平台或商店标注“{mark}”；同一APP在各平台、各应用商店共用一个备案和同一名称，请填写安装后手机桌面上显示的名称。',
        sameApp: '“{name}”与“{other}”像是同一APP在不同平台或商店的名称；同一APP只备案一次，请把各平台信息填在同一个APP中。',
      },
      why: '同一APP在iOS、安卓等不同平台上架时，须在一个备案中填写所有平台信息，且各平台的APP名称须保持一致；备案名称须与APP实际名称一致，工信部会核验APP名称。',
      fix: '以APP安装后在手机桌面上显示的名称作为备案名称，去掉“安卓版”“iOS版”“HD”等平台标注；在同一个APP下添加安卓、iOS、鸿蒙等各平台的包名、公钥和签名，必要时统一各商店中的上架名称。',
    },
    en: {
      title: 'An app listed on several platforms or stores is filed once, under the name shown after installation',
      messages: {
        platformMark:
          'The app name "{name}" carries the platform or store mark "{mark}"; one app shares one filing and one name across platforms and stores. Enter the name shown on the home screen after installation.',
        sameApp:
          '"{name}" and "{other}" look like one app listed under different names on different platforms or stores; file the app once and list every platform under it.',
      },
      why: 'An app released on iOS, Android and other platforms is filed once with every platform listed, and its name must be the same on every platform; the filed name must equal the app’s real name, which MIIT verifies.',
      fix: 'File the name the app shows on the home screen once installed, without marks such as 安卓版, iOS版 or HD; add the package name, public key and signature of each platform (Android, iOS, HarmonyOS) under the same app, and align the store listings if needed.',
    },
  },
  sources: ['K-APP', 'R-rules', 'P12', 'P23'],
  reviewedAt: '2026-11-29',
  check(form) {
    const apps = form.apps ?? [];
    const issues: Issue<'platformMark' | 'sameApp'>[] = [];
    const seen = new Map<string, string>();
    apps.forEach((app, i) => {
      const name = app.name?.trim();
      if (!name) return;
      const field = `apps[${i}].name`;
      const mark = platformMark(name);
      if (mark) issues.push({ field, message: 'platformMark', params: { name, mark } });
      const base = baseName(name);
      const other = base ? seen.get(base) : undefined;
      if (other !== undefined) issues.push({ field, message: 'sameApp', params: { name, other } });
      else if (base) seen.set(base, name);
    });
    return issues;
  },
});
