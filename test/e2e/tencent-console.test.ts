/**
 * The built extension on the Tencent demo console (Tea with the console's app-beian prefix,
 * served at https://console.cloud.tencent.com/beian/manage/ by the harness): a wrong ID number
 * gets an inline warning next to 证件号码 and loses it once fixed; the console's own 「保存并下一步」
 * still works with a warning on the page; nothing leaves the machine. Field ids come from
 * rules/model/fields.ts; message wording is the rules' business.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, withWrongCheckChar } from '../support/synthetic-ids';
import { externalRequests, launch, type Harness } from './harness';
import { readWarnings } from './inline-warnings';
import { activeState } from './panel-driver';
import { teaControl, teaErrors, teaType, tencentRoute } from './tea-driver';

const POLL = { timeout: 20_000 };
const ID = makeIdNumber({ region: '440305', birth: '1985-06-15' });
/** The same number with another check character: the console's own check (its shape) accepts it. */
const WRONG_ID = withWrongCheckChar(ID);
const FIELD = 'subject.principal.idNumber';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const warned = async (page: Page) => (await readWarnings(page)).map((w) => w.field);

/** Fills the 填写主体信息 step with synthetic values, the principal's ID number as given. */
async function fillSubject(page: Page, idNumber: string): Promise<void> {
  await teaType(page, '单位名称', '深圳示例科技有限公司');
  await teaType(page, '证件住址', '广东省深圳市南山区科技园路1号');
  await teaType(page, '投资人或主管单位', '深圳示例科技有限公司');
  await teaType(page, '通信地址', '广东省深圳市南山区科技园路1号示例大厦5楼');
  const block = page.locator('.principal-block');
  await teaType(block, '负责人姓名', '张三');
  await teaType(block, '证件号码', idNumber);
  await teaType(block, '联系方式', '13900000001');
  await teaType(block, '电子邮箱', 'zhangsan@example.com');
}

describe('extension on the Tencent demo console', () => {
  it('reads the page as Tencent (provider tencent), the step from the Tea stepper, the region the console filled in', async () => {
    const page = await h.openTencentConsole('#/subject');
    await teaType(page.locator('.principal-block'), '负责人姓名', '张三');
    const panel = await h.openSidePanel(page);
    await expect.poll(async () => (await activeState(panel))?.console, POLL).toBe('tencent');
    const state = await activeState(panel);
    expect(state?.provider).toBe('tencent');
    expect(state?.step).toBe('subject');
    expect(state?.form.province).toBe('GD');
    expect(state?.form.subject?.principal?.name).toBe('张三');
    await panel.close();
    await page.close();
  });

  it('warns of an ID number with a wrong check character next to 证件号码, and drops the warning once fixed', async () => {
    const page = await h.openTencentConsole('#/subject');
    const block = page.locator('.principal-block');
    await teaType(block, '证件号码', WRONG_ID);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    // The host sits inside the 证件号码 form item, after the console's own input; typing went through.
    const label = await page
      .locator(`[data-beian-precheck-field="${FIELD}"]`)
      .first()
      .evaluate((host) => host.closest('.app-beian-form__item')?.querySelector('.app-beian-form__label > label')?.textContent);
    expect(label).toBe('证件号码');
    expect(await teaControl(block, '证件号码').inputValue()).toBe(WRONG_ID);

    await teaType(block, '证件号码', ID);
    await expect.poll(() => warned(page), POLL).not.toContain(FIELD);
    await page.close();
  });

  it('leaves the console its own validation and its 保存并下一步 while a warning is shown', async () => {
    const page = await h.openTencentConsole('#/subject');
    const next = page.getByRole('button', { name: '保存并下一步，填写网站信息' });
    // On an empty form: the console's own messages, and it stays.
    await next.click();
    await expect.poll(() => teaErrors(page.locator('.principal-block'), '负责人姓名'), POLL).toEqual(['请输入负责人姓名']);
    expect(await tencentRoute(page)).toBe('subject');

    await fillSubject(page, WRONG_ID);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    await next.click();
    await expect.poll(() => tencentRoute(page), POLL).toBe('website');
    await expect.poll(() => page.locator('.app-beian-step__item.is-current .app-beian-step__title').innerText(), POLL).toBe('填写网站信息');
    await page.close();
  });

  it('made no request off the machine: the demo is served from its build, everything else was aborted and there was none', () => {
    const tencent = h.requests.filter((r) => new URL(r.url).hostname === 'console.cloud.tencent.com');
    expect(tencent.length).toBeGreaterThan(0);
    expect(tencent.filter((r) => r.outcome !== 'served' && r.outcome !== 'missing')).toEqual([]);
    expect(externalRequests(h.requests)).toEqual([]);
  });
});
