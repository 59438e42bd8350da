/**
 * Verification after submitting (demo console, synthetic data): a change order is
 * submitted, the console's verification page shows the MIIT SMS check and the notice
 * 「华为云初审要求视频核验」; in the side panel the user says Huawei asked for a video check,
 * types date, time and the order number shown on the page, and gets the booking mail:
 * to beian@huaweicloud.com, subject 【华为云视频核验】, body with 备案主体名称 / 备案订单号 /
 * 核验日期 / 核验时间, and a mailto: link (its href is checked; it is never opened).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { field, stepButton, waitForRoute } from './console-driver';
import { openFromRecords, panelFor, POLL } from './order-pages';
import { openSections } from './panel-driver';

const SUBJECT_NAME = '深圳演示科技有限公司';
let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** A date a week from now (YYYY-MM-DD): the panel flags booking dates in the past. */
function nextWeek(): string {
  const d = new Date(Date.now() + 7 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('verification after submitting', () => {
  it('shows SMS and video-check notices, and the panel drafts the video-check booking mail', async () => {
    const page = await openFromRecords(h, '变更网站');
    await stepButton(page, '提交变更');
    await waitForRoute(page, 'verification');
    const sms = page.locator('.sms-notice');
    expect(await sms.innerText()).toContain('工信部短信核验');
    expect(await sms.innerText()).toContain('互联网信息服务负责人');
    expect(await page.locator('.video-notice').innerText()).toContain('华为云初审要求视频核验');
    const orderNumber = (await field(page, '备案订单号').locator('.tiny-form-item__content').innerText()).trim();
    expect(orderNumber).toMatch(/^DEMO\d+$/);

    const panel = await panelFor(h, page);

    // The reference sections (SMS, video check, …) start closed: open them, as the user would.

    await openSections(panel);
    await panel.locator('#video-requested').check();
    const date = nextWeek();
    await panel.locator('#video-date').fill(date);
    await panel.locator('#video-time').fill('14:30');
    await panel.locator('#video-order').fill(orderNumber);

    await expect.poll(() => panel.locator('.mail-body').innerText(), POLL).toContain(`【备案订单号】${orderNumber}`);
    expect(await panel.locator('.mail-to').innerText()).toBe('beian@huaweicloud.com');
    expect(await panel.locator('.mail-subject').innerText()).toBe('【华为云视频核验】');
    const lines = (await panel.locator('.mail-body').innerText()).trim().split('\n');
    expect(lines).toEqual([`【备案主体名称】${SUBJECT_NAME}`, `【备案订单号】${orderNumber}`, `【核验日期】${date}`, `【核验时间】14:30`]);
    // No problem with the four body fields (the sender address is the form's business).
    const problems = await panel.locator('.video-problems li').evaluateAll((li) => li.map((x) => x.getAttribute('data-problem')));
    expect(problems.filter((p) => !p?.startsWith('from:'))).toEqual([]);

    const href = await panel.locator('a.mailto').getAttribute('href');
    const body = lines.join('\r\n');
    expect(href).toBe(`mailto:beian@huaweicloud.com?subject=${encodeURIComponent('【华为云视频核验】')}&body=${encodeURIComponent(body)}`);
    await panel.close();
    await page.close();
  });
});
