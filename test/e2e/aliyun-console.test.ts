/**
 * The built extension on the Aliyun demo console (Ant Design, served at
 * https://beian.aliyun.com/pcContainer/ by the harness): a wrong ID number gets an inline
 * warning next to 证件号码 and loses it once fixed; the console's own 下一步 still works with a
 * warning on the page; a finding in the side panel focuses its field; nothing leaves the machine.
 * Field ids come from rules/model/fields.ts; message wording is the rules' business.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, withWrongCheckChar } from '../support/synthetic-ids';
import { aliyunRoute, antChoose, antControl, antErrors, antField, antFillVerify, antType } from './antd-driver';
import { externalRequests, launch, type Harness } from './harness';
import { readWarnings } from './inline-warnings';
import { activeState, panelClick, panelField } from './panel-driver';

const POLL = { timeout: 20_000 };
const ID = makeIdNumber({ region: '330106', birth: '1985-06-15' });
/** The same number with another check character: the console's own check (18 characters) accepts it. */
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

/** Fills the 主办者信息 step with synthetic values, the principal's ID number as given. */
async function fillSubject(page: Page, idNumber: string): Promise<void> {
  await antType(page, '主办单位通讯地址', '文三路90号示例大厦5楼');
  const block = page.locator('.principal-block');
  await antType(block, '姓名', '张三');
  await antChoose(block, '证件类型', '居民身份证');
  await antType(block, '证件号码', idNumber);
  await antType(block, '手机号码', '13900000001');
  await antType(block, '应急联系电话', '13900000002');
  await antType(block, '电子邮箱', 'zhangsan@example.com');
}

describe('extension on the Aliyun demo console', () => {
  it('reads the page as Aliyun (provider aliyun) and the wizard step from the antd step bar', async () => {
    const page = await h.openAliyunConsole('#/subject');
    await antType(page.locator('.principal-block'), '姓名', '张三');
    const panel = await h.openSidePanel(page);
    await expect.poll(async () => (await activeState(panel))?.console, POLL).toBe('aliyun');
    const state = await activeState(panel);
    expect(state?.provider).toBe('aliyun');
    expect(state?.step).toBe('subject');
    await panel.close();
    await page.close();
  });

  it('warns of an ID number with a wrong check character next to 证件号码, and drops the warning once fixed', async () => {
    const page = await h.openAliyunConsole('#/subject');
    const block = page.locator('.principal-block');
    await antChoose(block, '证件类型', '居民身份证');
    await antType(block, '证件号码', WRONG_ID);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);

    // The host sits inside the 证件号码 form item, after the console's own input; typing went through.
    const label = await page
      .locator(`[data-beian-precheck-field="${FIELD}"]`)
      .first()
      .evaluate((host) => host.closest('.ant-form-item')?.querySelector('.ant-form-item-label > label')?.getAttribute('title'));
    expect(label).toBe('证件号码');
    expect(await antControl(block, '证件号码').inputValue()).toBe(WRONG_ID);
    // The console's own check (18 characters) accepts the number: no error of its own (the one it
    // showed while fewer characters were typed fades out).
    await expect.poll(() => antErrors(block, '证件号码'), POLL).toEqual([]);

    await antType(block, '证件号码', ID);
    await expect.poll(() => warned(page), POLL).not.toContain(FIELD);
    await page.close();
  });

  it('leaves the console its own validation and its 下一步 while a warning is shown', async () => {
    const page = await h.openAliyunConsole('#/subject');
    // 下一步 on an empty form: the console's own errors, and it stays.
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => antErrors(page.locator('.principal-block'), '姓名'), POLL).toEqual(['请输入姓名']);
    expect(await aliyunRoute(page)).toBe('subject');

    await fillSubject(page, WRONG_ID);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => aliyunRoute(page), POLL).toBe('website');
    await expect.poll(() => page.locator('.ant-steps-item-process .ant-steps-item-title').innerText(), POLL).toBe('填写网站信息');
    await page.close();
  });

  it('a finding clicked in the side panel focuses its field in the console page', async () => {
    const page = await h.openAliyunConsole('#/subject');
    const block = page.locator('.principal-block');
    await antChoose(block, '证件类型', '居民身份证');
    await antType(block, '证件号码', WRONG_ID);
    await expect.poll(() => warned(page), POLL).toContain(FIELD);
    // Focus elsewhere first, so the click has something to change.
    await antControl(block, '姓名').click();
    const panel = await h.openSidePanel(page);
    const button = panelField(panel, FIELD, 'subject').locator('button.finding-main').first();
    await button.waitFor({ timeout: POLL.timeout });
    await panelClick(button);
    await expect.poll(() => antControl(block, '证件号码').evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await panel.close();
    await page.close();
  });

  it('reads the 基础信息校验 step: the region from three selects, the subject, and 信息校验 moves on', async () => {
    const page = await h.openAliyunConsole('#/verify');
    await antFillVerify(page, {
      region: ['浙江省', '杭州市', '西湖区'],
      nature: '个人',
      certType: '居民身份证',
      certNumber: ID,
      name: '张三',
      certAddress: '浙江省杭州市西湖区文三路90号',
      domain: 'example.com',
    });
    const panel = await h.openSidePanel(page);
    await expect.poll(async () => (await activeState(panel))?.form.province, POLL).toBe('ZJ');
    const form = (await activeState(panel))!.form;
    expect(form.subject).toMatchObject({ nature: 'individual', certType: 'resident-id', certNumber: ID, name: '张三' });
    await panel.close();
    await page.getByRole('button', { name: '信息校验' }).click();
    await expect.poll(() => aliyunRoute(page), POLL).toBe('subject');
    // The region chosen in step 1 is the 通讯地址 prefix now.
    expect(await antField(page, '主办单位通讯地址').locator('.address-prefix').innerText()).toBe('浙江省杭州市西湖区');
    await page.close();
  });

  it('made no request off the machine: the demo is served from its build, everything else was aborted and there was none', () => {
    const aliyun = h.requests.filter((r) => new URL(r.url).hostname === 'beian.aliyun.com');
    expect(aliyun.length).toBeGreaterThan(0);
    expect(aliyun.filter((r) => r.outcome !== 'served' && r.outcome !== 'missing')).toEqual([]);
    expect(externalRequests(h.requests)).toEqual([]);
  });
});
