/**
 * The demo console reproduces what Huawei's help pages document for its console: the labels the
 * extension's adapter looks for, the option lists, and the dynamic behaviours (app prompt,
 * dependent options, repeated cards, 同主体负责人, pre-approval details, local uploads).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRE_APPROVAL_CATEGORIES, SERVICE_CONTENT } from '../../rules/model/vocabulary';
import { PROVINCES } from '../../rules/model/provinces';
import { launch, type Harness } from './harness';
import { choose, control, field, selectOptions, stepButton, tick, tickStandalone, toastText, type, upload } from './console-driver';

const POLL = { timeout: 15_000 };
let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Own label texts of every form item on the page, in document order. */
async function labels(page: Page): Promise<string[]> {
  return page.locator('.tiny-form-item > label.tiny-form-item__label').evaluateAll((ls) => ls.map((l) => (l.textContent ?? '').trim()));
}

async function checkboxTexts(page: Page, label: string): Promise<string[]> {
  return field(page, label).locator('.tiny-checkbox__label').allInnerTexts();
}

describe('labels match the documented console', () => {
  it('验证备案类型', async () => {
    const page = await h.openConsole();
    expect(await labels(page)).toEqual(['地域', '主办单位性质', '主办单位名称', '证件类型', '证件号码', '资源类型', '服务类型', '域名']);
    await choose(page, '资源类型', '备案授权码');
    await field(page, '服务类型').getByText('APP', { exact: true }).click();
    expect(await labels(page)).toEqual(['地域', '主办单位性质', '主办单位名称', '证件类型', '证件号码', '资源类型', '备案授权码', '服务类型', 'APP名称']);
    await page.close();
  });

  it('填写主体信息: carried-over values, subject and 主体负责人', async () => {
    const page = await h.openConsole('#/subject');
    expect(await labels(page)).toEqual([
      '主办单位证件',
      '地域',
      '主办单位性质',
      '主办单位名称',
      '证件类型',
      '证件号码',
      '证件住所',
      '通讯地址',
      '投资者或上级主管单位',
      '证件照片',
      '姓名',
      '证件类型',
      '证件号码',
      '证件有效期',
      '手机号码',
      '验证码',
      '应急联系电话',
      '电子邮箱',
      '办公室电话',
      '备注',
    ]);
    expect(await page.locator('.section-title').allInnerTexts()).toEqual(['主办单位信息', '主体负责人信息']);
    await page.close();
  });

  it('填写网站信息: site fields and 互联网信息服务负责人', async () => {
    const page = await h.openConsole('#/website');
    const all = await labels(page);
    expect(all.slice(0, 9)).toEqual(['网站名称', '网站域名', '从域名', '网站首页URL', 'IP地址段', '网站服务内容', '网站语言', '前置审批', '备注']);
    expect(all.slice(9)).toEqual(['证件照片', '姓名', '证件类型', '证件号码', '证件有效期', '手机号码', '验证码', '应急联系电话', '电子邮箱', '办公室电话']);
    await page.close();
  });

  it('填写APP信息: app, platform rows, domains, IPs and APP负责人', async () => {
    const page = await h.openConsole('#/app');
    // The item holding 添加平台 has no label: TinyVue then renders no label element at all.
    expect((await labels(page)).slice(0, 12)).toEqual([
      'APP名称',
      'APP图标',
      '平台',
      '包名',
      '公钥',
      '签名MD5',
      '域名',
      'IP地址',
      '服务内容',
      'APP语言',
      '前置审批',
      '备注',
    ]);
    expect(await page.locator('.section-title').allInnerTexts()).toEqual(['APP信息', 'APP负责人信息\n同主体负责人']);
    await page.close();
  });
});

describe('option lists', () => {
  it('地域 lists the 31 provinces; choosing one opens the app prompt, 关闭 and the close icon dismiss it', async () => {
    const page = await h.openConsole();
    expect(await selectOptions(page, '地域')).toEqual(PROVINCES.map((p) => p.full));
    await choose(page, '地域', '西藏自治区');
    const dialog = page.locator('.app-prompt .tiny-dialog-box');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('华为云App');
    await dialog.locator('.tiny-dialog-box__headerbtn').click();
    await dialog.waitFor({ state: 'hidden' });
    await choose(page, '地域', '广东省');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await control(page, '地域').inputValue()).toBe('广东省');
    await page.close();
  });

  it('证件类型 options follow 主办单位性质', async () => {
    const page = await h.openConsole();
    expect(await control(page, '证件类型').isDisabled()).toBe(true);
    await choose(page, '主办单位性质', '个人');
    expect(await selectOptions(page, '证件类型')).toContain('居民身份证');
    await choose(page, '主办单位性质', '企业');
    expect(await selectOptions(page, '证件类型')).toEqual(['营业执照（个人或企业）', '组织机构代码证', '外国企业常驻代表机构登记证']);
    await page.close();
  });

  it('网站服务内容 and 前置审批 use the national lists from the vocabulary', async () => {
    const page = await h.openConsole('#/website');
    expect(await checkboxTexts(page, '网站服务内容')).toEqual(
      Object.values(SERVICE_CONTENT)
        .map((t) => t.zh)
        .filter((zh) => zh !== 'APP'),
    );
    expect(await checkboxTexts(page, '前置审批')).toEqual([...Object.values(PRE_APPROVAL_CATEGORIES).map((t) => t.zh), '以上都不涉及']);
    await page.close();
  });
});

describe('dynamic parts', () => {
  it('a ticked pre-approval reveals 审批号 and 审批文件; 以上都不涉及 clears the others', async () => {
    const page = await h.openConsole('#/website');
    await tick(page, '前置审批', '教育');
    await expect.poll(() => field(page, '审批号').count(), POLL).toBe(1);
    expect(await field(page, '审批文件').locator('input[type=file]').count()).toBe(1);
    await type(page, '审批号', '教审字2026第001号');
    await tick(page, '前置审批', '以上都不涉及');
    await expect.poll(() => field(page, '审批号').count(), POLL).toBe(0);
    expect(await field(page, '前置审批').locator('label.tiny-checkbox.is-checked .tiny-checkbox__label').allInnerTexts()).toEqual(['以上都不涉及']);
    await page.close();
  });

  it('添加网站 adds a second card; 从域名 and IP rows can be added', async () => {
    const page = await h.openConsole('#/website');
    await page.getByRole('button', { name: '添加网站' }).click();
    expect(await page.locator('section.website-card > h3 > span').allInnerTexts()).toEqual(['网站1', '网站2']);
    const second = page.locator('section.website-card').nth(1);
    await field(second, '从域名').getByRole('button', { name: '添加从域名' }).click();
    await field(second, '从域名').getByRole('button', { name: '添加从域名' }).click();
    expect(await field(second, '从域名').locator('input').count()).toBe(2);
    await field(second, 'IP地址段').getByRole('button', { name: '添加IP地址段' }).click();
    expect(await field(second, 'IP地址段').locator('.ip-row').count()).toBe(2);
    expect(await field(page.locator('section.website-card').first(), 'IP地址段').locator('.ip-row').count()).toBe(1);
    await page.close();
  });

  it('同主体负责人 copies the subject principal and greys the block; unticking makes it editable again', async () => {
    const page = await h.openConsole('#/subject');
    const subject = page.locator('.principal-block');
    await type(subject, '姓名', '李演示');
    await type(subject, '手机号码', '13800000001');
    await type(subject, '电子邮箱', 'owner@example.com');
    // Same page, other step: the order lives in memory across hash routes.
    await page.evaluate(() => (location.hash = '#/website'));
    const card = page.locator('section.website-card').first();
    await tickStandalone(card.locator('.section-title', { hasText: '互联网信息服务负责人信息' }), '同主体负责人');
    const site = card.locator('.principal-block');
    await expect.poll(() => control(site, '姓名').inputValue(), POLL).toBe('李演示');
    expect(await control(site, '手机号码').inputValue()).toBe('13800000001');
    expect(await control(site, '电子邮箱').isDisabled()).toBe(true);
    await tickStandalone(card.locator('.section-title', { hasText: '互联网信息服务负责人信息' }), '同主体负责人');
    await expect.poll(() => control(site, '电子邮箱').isDisabled(), POLL).toBe(false);
    await page.close();
  });

  it('长期 replaces the date range by a single start date', async () => {
    const page = await h.openConsole('#/subject');
    const block = page.locator('.principal-block');
    expect(await field(block, '证件有效期').locator('input.tiny-range-input').count()).toBe(2);
    await tickStandalone(field(block, '证件有效期'), '长期');
    await expect.poll(() => field(block, '证件有效期').locator('input.tiny-range-input').count(), POLL).toBe(0);
    expect(await field(block, '证件有效期').locator('.tiny-date-editor--date input').count()).toBe(1);
    await page.close();
  });

  it('a reload refills the form from the saved order, as the console does after a server save', async () => {
    const page = await h.openConsole('#/subject');
    await type(page, '证件住所', '广东省深圳市南山区演示路1号');
    await page.reload();
    await expect.poll(() => control(page, '证件住所').inputValue(), POLL).toBe('广东省深圳市南山区演示路1号');
    await page.close();
  });

  it('uploads stay in the page: the file name is listed, nothing is sent', async () => {
    const page = await h.openConsole('#/upload');
    const before = h.requests.length;
    await upload(page, '主办单位证件', 'licence-demo.png');
    await expect.poll(() => field(page, '主办单位证件').locator('.tiny-upload-list__item-name').innerText(), POLL).toContain('licence-demo.png');
    expect(h.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    await page.close();
  });

  it('the APP step blocks 下一步 while empty and adds platform rows', async () => {
    const page = await h.openConsole('#/app');
    await page.getByRole('button', { name: '添加平台' }).click();
    expect(await page.locator('.platform-row').count()).toBe(2);
    await stepButton(page, '下一步');
    expect(await toastText(page)).toContain('必填');
    expect(await page.evaluate(() => location.hash)).toBe('#/app');
    await page.close();
  });
});
