/** The Huawei Cloud filing console, and nothing else: the only pages the extension reads. */
export const HUAWEI_CONSOLE_MATCHES = ['https://beian.huaweicloud.com/*', 'https://console.huaweicloud.com/beian*', 'https://console.huaweicloud.com/icp*'];
