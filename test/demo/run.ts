/**
 * `npm run demo`: the extension at work on the demo console.
 *
 * Builds the extension and the demo console when missing or older than their sources, starts
 * Debian's Chromium with the extension (headed when DISPLAY is set, else headless), serves the
 * demo console at https://console.huaweicloud.com/beian/, types a sample filing with typical
 * mistakes step by step, prints the inline warnings the extension shows on each step (read from
 * its shadow roots) and saves screenshots to .output/demo/. All data is synthetic.
 * `npm run demo -- --console aliyun` does the same on the Aliyun demo console (aliyun.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { makeCreditCode, makeIdNumber } from '../support/synthetic-ids';
import { ensureBuilds, launch, ROOT } from '../e2e/harness';
import { fillSubject, fillUploads, fillVerify, fillWebsite, next, type FilingInput } from '../e2e/sample-filing';
import { waitForRoute } from '../e2e/console-driver';
import { settledWarnings } from '../e2e/inline-warnings';
import { ALIYUN_MISTAKES, runAliyunDemo } from './aliyun';

const OUT = join(ROOT, '.output', 'demo');
/** `--console aliyun` (or `--console=aliyun`): the Aliyun demo console instead of Huawei's. */
const CONSOLE = (() => {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === '--console' || a.startsWith('--console='));
  const value = at < 0 ? 'huawei' : args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
  if (value !== 'huawei' && value !== 'aliyun') throw new Error(`--console must be huawei or aliyun, not ${value}`);
  return value;
})();

/** An ID card that expires 40 days from now: under the 3 months of validity the 管局 want. */
const day = (d: Date) => d.toISOString().slice(0, 10);
const EXPIRES = new Date(Date.now() + 40 * 86_400_000);
const ISSUED = new Date(EXPIRES);
ISSUED.setUTCFullYear(EXPIRES.getUTCFullYear() - 10);

/** The mistakes this filing makes on purpose; the extension should flag each of them. */
const MISTAKES = [
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

async function report(page: Page, step: string, shot: string): Promise<number> {
  const warnings = await settledWarnings(page);
  console.log(`\n── ${step}`);
  if (warnings.length === 0) console.log('   no inline warnings found (no [data-beian-precheck-field] hosts on this step)');
  for (const w of warnings) console.log(`   [${w.severity}] ${w.field}: ${w.message}`);
  // The sticky step bar would float mid-page in a full-page shot: unstick it for the shot only.
  await page.screenshot({ path: join(OUT, shot), fullPage: true, style: '.footer-bar { position: static !important; }' });
  console.log(`   screenshot: ${join('.output', 'demo', shot)}`);
  return warnings.length;
}

async function main(): Promise<void> {
  ensureBuilds({ stale: true });
  mkdirSync(OUT, { recursive: true });
  const headed = Boolean(process.env.DISPLAY);
  const aliyun = CONSOLE === 'aliyun';
  console.log(
    `Beian Precheck demo — Chromium ${headed ? 'headed' : 'headless'} with the extension, demo console at ${aliyun ? 'https://beian.aliyun.com/pcContainer/' : 'https://console.huaweicloud.com/beian/'}`,
  );
  console.log('Planted mistakes:');
  for (const m of aliyun ? ALIYUN_MISTAKES : MISTAKES) console.log(`   • ${m}`);

  const h = await launch({ headless: !headed, slowMo: headed ? 40 : undefined });
  let total = 0;
  try {
    if (aliyun) {
      total += await runAliyunDemo(h, report);
      const page = h.context.pages().find((p) => p.url().startsWith('https://beian.aliyun.com/'))!;
      await page.waitForFunction(() => location.hash === '#/website');
      const panel = await h.openSidePanel(page);
      await panel.waitForTimeout(2_000);
      await panel.screenshot({ path: join(OUT, 'aliyun-5-sidepanel.png'), fullPage: true });
      console.log(`\nSide panel page (for the 填写网站信息 step): ${join('.output', 'demo', 'aliyun-5-sidepanel.png')}`);
      console.log(`\n${total} inline warning(s) seen in all. External requests attempted: ${h.requests.filter((r) => r.outcome === 'aborted').length}.`);
      return;
    }
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

    // The panel shows the active tab's results: open it, then put the console back in front.
    await page.evaluate(() => (location.hash = '#/website'));
    await waitForRoute(page, 'website');
    const panel = await h.openSidePanel(page);
    await panel.waitForTimeout(2_000);
    await panel.screenshot({ path: join(OUT, '5-sidepanel.png'), fullPage: true });
    console.log(`\nSide panel page (for the 填写网站信息 step): ${join('.output', 'demo', '5-sidepanel.png')}`);

    console.log(`\n${total} inline warning(s) seen in all. External requests attempted: ${h.requests.filter((r) => r.outcome === 'aborted').length}.`);
    if (headed && process.stdin.isTTY) {
      console.log('Press Enter to close the browser.');
      await new Promise((resolve) => process.stdin.once('data', resolve));
    }
  } finally {
    await h.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
