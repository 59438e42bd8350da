/**
 * The Huawei demo filing (test/demo-console, served at https://console.huaweicloud.com/beian/):
 * a sample first filing with typical mistakes, typed step by step; `report` prints the inline
 * warnings of each step and saves a screenshot. Shared by `npm run demo` and
 * `npm run store:assets`. All data is synthetic.
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../e2e/harness';
import { fillSubject, fillUploads, fillVerify, fillWebsite, next, type FilingInput } from '../e2e/sample-filing';
import { makeCreditCode, makeIdNumber } from '../support/synthetic-ids';

/** An ID card that expires 40 days from now: under the 3 months of validity the 管局 want. */
const day = (d: Date) => d.toISOString().slice(0, 10);
const EXPIRES = new Date(Date.now() + 40 * 86_400_000);
const ISSUED = new Date(EXPIRES);
ISSUED.setUTCFullYear(EXPIRES.getUTCFullYear() - 10);

/** The mistakes this filing makes on purpose; the extension should flag each of them. */
export const HUAWEI_MISTAKES = [
  '域名 typed with www. (www.demo-example.cn) instead of the registered domain',
  '主体负责人: 应急联系电话 is the same number as 手机号码',
  `主体负责人: ID card valid only until ${day(EXPIRES)} (less than 3 months from today)`,
  '网站名称 uses 中国 without being a national body',
  '互联网信息服务负责人 has the same mobile number as the 主体负责人 while being another person',
  'IP地址段 is a documentation (reserved) address, not a public server IP',
];

const MOBILE = '13800000001';
const FILING: FilingInput = {
  province: '广东省',
  nature: '企业',
  subjectName: '深圳演示科技有限公司',
  certType: '营业执照（个人或企业）',
  certNumber: makeCreditCode(),
  resourceType: '弹性云服务器',
  domain: 'www.demo-example.cn',
  certAddress: '广东省深圳市南山区演示路1号演示大厦101室',
  mailing: ['广东省', '深圳市', '南山区'],
  mailingDetail: '演示路1号演示大厦101室',
  investor: '深圳演示科技有限公司',
  subjectPrincipal: {
    name: '李演示',
    idNumber: makeIdNumber({ region: '440305', birth: '1985-03-15', sequence: '123' }),
    validFrom: day(ISSUED),
    validTo: day(EXPIRES),
    mobile: MOBILE,
    emergencyPhone: MOBILE,
    email: 'owner@example.com',
  },
  website: {
    name: '中国演示科技网',
    domain: 'www.demo-example.cn',
    subDomains: [],
    homepageUrl: 'www.demo-example.cn',
    ip: '192.0.2.10',
    serviceContent: ['单位门户网站'],
    languages: ['中文简体'],
    preApprovals: ['以上都不涉及'],
    principal: {
      name: '王示例',
      idNumber: makeIdNumber({ region: '440304', birth: '1992-07-08', sequence: '456' }),
      validFrom: '2020-03-01',
      validTo: '2040-03-01',
      mobile: MOBILE,
      emergencyPhone: '13900000003',
      email: 'site-owner@example.com',
    },
  },
};

/** Types the filing through all four steps; returns the console page (on 上传资料) and the warnings seen. */
export async function runHuaweiDemo(h: Harness, report: (page: Page, step: string, shot: string) => Promise<number>): Promise<{ page: Page; total: number }> {
  let total = 0;
  const page = await h.openConsole();
  await fillVerify(page, FILING);
  total += await report(page, '验证备案类型', '1-verify.png');
  await next(page, '验证备案类型', 'subject');

  await fillSubject(page, FILING);
  total += await report(page, '填写主体信息', '2-subject.png');
  await next(page, '下一步', 'website');

  await fillWebsite(page, FILING);
  total += await report(page, '填写网站信息', '3-website.png');
  await next(page, '下一步', 'upload');

  await fillUploads(page);
  total += await report(page, '上传资料', '4-upload.png');
  return { page, total };
}
