/**
 * `npm run demo -- --console aliyun`: the extension on the Aliyun demo console
 * (test/demo-console-aliyun, served at https://beian.aliyun.com/pcContainer/). A sample first
 * filing with typical mistakes, typed step by step; `report` prints the inline warnings of each
 * step and saves a screenshot. All data is synthetic.
 */
import type { Page } from 'playwright-core';
import { aliyunRoute, antChoose, antField, antType } from '../e2e/antd-driver';
import type { Harness } from '../e2e/harness';
import { makeCreditCode, makeIdNumber, withWrongCheckChar } from '../support/synthetic-ids';

export const ALIYUN_MISTAKES = [
  '域名 typed with www. (www.demo-example.cn) instead of the registered domain',
  '主体负责人: 证件号码 with a wrong check character (the console itself only counts 18 characters)',
  '主体负责人: 应急联系电话 is the same number as 手机号码',
  '网站名称 uses 中国 without being a national body',
  '网站负责人 has the same mobile number as the 主体负责人 while being another person',
];

const MOBILE = '13800000001';
const ID = makeIdNumber({ region: '440305', birth: '1985-03-15' });
const WRONG_ID = withWrongCheckChar(ID);

async function next(page: Page, button: string, route: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  for (let waited = 0; (await aliyunRoute(page)) !== route; waited += 200) {
    if (waited > 10_000) throw new Error(`${button} did not lead to ${route}`);
    await page.waitForTimeout(200);
  }
}

export async function runAliyunDemo(h: Harness, report: (page: Page, step: string, shot: string) => Promise<number>): Promise<number> {
  let total = 0;
  const page = await h.openAliyunConsole();
  for (const [i, place] of ['广东省', '深圳市', '南山区'].entries()) await antChoose(page, '主办者所在地域', place, { index: i });
  await antChoose(page, '主办单位性质', '企业');
  await antChoose(page, '证件类型', '营业执照（个人或企业）');
  await antType(page, '证件号码', makeCreditCode());
  await antType(page, '主办单位或主办人名称', '深圳演示科技有限公司');
  await antType(page, '主办单位证件住所', '广东省深圳市南山区演示路1号演示大厦101室');
  await antType(page, '域名', 'www.demo-example.cn');
  total += await report(page, '基础信息校验', 'aliyun-1-verify.png');
  await next(page, '信息校验', 'subject');

  await antType(page, '主办单位通讯地址', '演示路1号演示大厦101室');
  const subject = page.locator('.principal-block');
  await antType(subject, '姓名', '李演示');
  await antChoose(subject, '证件类型', '居民身份证');
  await antType(subject, '证件号码', WRONG_ID);
  await antType(subject, '手机号码', MOBILE);
  await antType(subject, '应急联系电话', MOBILE);
  await antType(subject, '电子邮箱', 'owner@example.com');
  total += await report(page, '填写主办者信息', 'aliyun-2-subject.png');
  await next(page, '下一步', 'website');

  await antType(page, '网站名称', '中国演示科技网');
  await antChoose(page, '网站内容', '单位门户网站');
  await antField(page, '前置审批').locator('.ant-checkbox-wrapper', { hasText: '以上都不涉及' }).click();
  const site = page.locator('.principal-block');
  await antType(site, '姓名', '王示例');
  await antChoose(site, '证件类型', '居民身份证');
  await antType(site, '证件号码', makeIdNumber({ region: '440304', birth: '1992-07-08', sequence: '456' }));
  await antType(site, '手机号码', MOBILE);
  await antType(site, '应急联系电话', '13900000003');
  await antType(site, '电子邮箱', 'site-owner@example.com');
  total += await report(page, '填写网站信息', 'aliyun-3-website.png');
  await next(page, '下一步', 'upload');

  const png = { mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') };
  await antField(page, '主办单位证件')
    .locator('input[type=file]')
    .setInputFiles({ name: 'licence.png', ...png });
  await antField(page, '主体负责人证件')
    .locator('input[type=file]')
    .setInputFiles({ name: 'id-front.png', ...png });
  total += await report(page, '上传资料', 'aliyun-4-upload.png');

  await page.evaluate(() => (location.hash = '#/website'));
  return total;
}
