/** The Huawei Cloud filing console, and nothing else: the only pages the extension reads. */
export const HUAWEI_CONSOLE_MATCHES = [
  'https://beian.huaweicloud.com/*',
  'https://console.huaweicloud.com/beian*',
  'https://console.huaweicloud.com/icp*',
];

/**
 * The console's origins. Chrome's web_accessible_resources take whole origins only: the
 * page-engine file may be loaded from any page of these two hosts. The build derives them
 * from the matches (wxt.config.ts); test/build/manifest.test.ts checks that they agree.
 */
export const HUAWEI_CONSOLE_ORIGINS = ['https://beian.huaweicloud.com/*', 'https://console.huaweicloud.com/*'];
