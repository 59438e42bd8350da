/**
 * The Tencent Cloud filing console (腾讯云 网站备案), and nothing else: its pages live under
 * https://console.cloud.tencent.com/beian (备案管理 /beian/manage, orders /beian/manage/orders,
 * an order in progress /beian/manage/process/<orderId>/…); first filing on the PC:
 * https://cloud.tencent.com/document/product/243/18958.
 */
export const TENCENT_CONSOLE_MATCHES = ['https://console.cloud.tencent.com/beian*'];
