/**
 * A filing typed into the demo console step by step. All data is synthetic: numbers are built
 * by test/support/synthetic-ids, phones use reserved-looking 1380000xxxx numbers, mail goes to
 * example.com, IPs come from the documentation range 192.0.2.0/24.
 */
import type { Page } from 'playwright-core';
import { makeCreditCode } from '../support/synthetic-ids';
import {
  choose,
  chooseCascader,
  closeAppPrompt,
  control,
  field,
  stepButton,
  tick,
  tickStandalone,
  type,
  typeDateRange,
  typeInto,
  upload,
  waitForRoute,
} from './console-driver';

/** A valid synthetic ID number with its check character swapped for a wrong one (the console accepts it). */
export function withWrongCheckDigit(id: string): string {
  return id.slice(0, -1) + (id.endsWith('0') ? '1' : '0');
}

export interface PersonInput {
  /** Leave undefined to let the simulated OCR fill name, ID type, number and validity. */
  name?: string;
  idNumber?: string;
  validFrom?: string;
  validTo?: string;
  mobile: string;
  emergencyPhone: string;
  email: string;
}

export interface FilingInput {
  province: string;
  nature: string;
  subjectName: string;
  certType: string;
  certNumber: string;
  resourceType: string;
  /** 服务类型 (default 网站). */
  serviceType?: 'website' | 'app';
  /** 域名 checked on step 1 (websites). */
  domain: string;
  /** APP名称 checked on step 1 (apps). */
  appName?: string;
  certAddress: string;
  mailing: readonly [string, string, string];
  mailingDetail: string;
  investor: string;
  subjectPrincipal: PersonInput;
  website: {
    name: string;
    domain: string;
    subDomains: readonly string[];
    homepageUrl: string;
    ip: string;
    serviceContent: readonly string[];
    languages: readonly string[];
    /** Pre-approval checkbox texts; ['以上都不涉及'] when none. */
    preApprovals: readonly string[];
    /** undefined = tick 同主体负责人. */
    principal?: PersonInput;
  };
  app?: {
    platform: string;
    packageName: string;
    publicKey: string;
    signatureMd5: string;
    domain: string;
    ip: string;
    serviceContent: readonly string[];
    languages: readonly string[];
    preApprovals: readonly string[];
  };
}

export const VALID_FILING: FilingInput = {
  province: '广东省',
  nature: '企业',
  subjectName: '深圳演示科技有限公司',
  certType: '营业执照（个人或企业）',
  certNumber: makeCreditCode(),
  resourceType: '弹性云服务器',
  domain: 'example.com',
  certAddress: '广东省深圳市南山区演示路1号演示大厦101室',
  mailing: ['广东省', '深圳市', '南山区'],
  mailingDetail: '演示路1号演示大厦101室',
  investor: '深圳演示科技有限公司',
  subjectPrincipal: { mobile: '13800000001', emergencyPhone: '13900000002', email: 'owner@example.com' },
  website: {
    name: '演示科技官网',
    domain: 'example.com',
    subDomains: [],
    homepageUrl: 'example.com',
    ip: '192.0.2.10',
    serviceContent: ['单位门户网站'],
    languages: ['中文简体'],
    preApprovals: ['以上都不涉及'],
  },
};

/** 验证备案类型: mouse for the selects, keyboard for the text fields. Stays on the step. */
export async function fillVerify(page: Page, f: FilingInput): Promise<void> {
  await choose(page, '地域', f.province);
  await closeAppPrompt(page);
  await choose(page, '主办单位性质', f.nature);
  await type(page, '主办单位名称', f.subjectName);
  await choose(page, '证件类型', f.certType);
  await type(page, '证件号码', f.certNumber);
  await choose(page, '资源类型', f.resourceType);
  if (f.serviceType === 'app') {
    await field(page, '服务类型').locator('label.tiny-radio', { hasText: 'APP' }).click();
    await type(page, 'APP名称', f.appName ?? '');
  } else {
    await type(page, '域名', f.domain);
  }
}

async function fillPerson(page: Page, block: ReturnType<Page['locator']>, p: PersonInput, uploadName: string): Promise<void> {
  if (p.name === undefined) {
    // The simulated OCR fills name, ID type, number and validity after a delay, without events.
    await upload(block, '证件照片', uploadName);
    await page.waitForFunction((el) => (el as HTMLInputElement).value !== '', await control(block, '姓名').elementHandle());
  } else {
    await type(block, '姓名', p.name);
    await choose(block, '证件类型', '居民身份证');
    await type(block, '证件号码', p.idNumber ?? '');
  }
  if (p.validFrom && p.validTo) await typeDateRange(block, '证件有效期', p.validFrom, p.validTo);
  await type(block, '手机号码', p.mobile);
  await field(block, '手机号码').locator('button', { hasText: '获取验证码' }).click();
  await type(block, '验证码', '123456');
  await type(block, '应急联系电话', p.emergencyPhone);
  await type(block, '电子邮箱', p.email);
}

/** 填写主体信息. Stays on the step. */
export async function fillSubject(page: Page, f: FilingInput): Promise<void> {
  await type(page, '证件住所', f.certAddress);
  await chooseCascader(page, '通讯地址', f.mailing);
  await typeInto(field(page, '通讯地址').locator('.tiny-form-item__content > .tiny-input input'), f.mailingDetail);
  await type(page, '投资者或上级主管单位', f.investor);
  await fillPerson(page, page.locator('.principal-block'), f.subjectPrincipal, 'principal-id-front.png');
}

/** 填写网站信息 (first website card). Stays on the step. */
export async function fillWebsite(page: Page, f: FilingInput): Promise<void> {
  const card = page.locator('section.website-card').first();
  const w = f.website;
  await type(card, '网站名称', w.name);
  if (!(await control(card, '网站域名').isDisabled())) await type(card, '网站域名', w.domain);
  for (const [i, sub] of w.subDomains.entries()) {
    await field(card, '从域名').locator('button', { hasText: '添加从域名' }).click();
    await typeInto(field(card, '从域名').locator('.row input').nth(i), sub);
  }
  await type(card, '网站首页URL', w.homepageUrl);
  const ip = field(card, 'IP地址段').locator('.ip-row').first().locator('input');
  await typeInto(ip.nth(0), w.ip);
  await typeInto(ip.nth(1), w.ip);
  for (const c of w.serviceContent) await tick(card, '网站服务内容', c);
  for (const l of w.languages) await tick(card, '网站语言', l);
  for (const a of w.preApprovals) await tick(card, '前置审批', a);
  if (w.principal) await fillPerson(page, card.locator('.principal-block'), w.principal, 'site-principal-id.png');
  else await tickStandalone(card.locator('.section-title', { hasText: '互联网信息服务负责人信息' }), '同主体负责人');
}

/** 填写APP信息 (the first app; its 负责人 = 同主体负责人). Stays on the step. */
export async function fillApp(page: Page, f: FilingInput): Promise<void> {
  const a = f.app;
  if (!a) throw new Error('no app in this filing');
  const card = page.locator('section.website-card').first();
  await choose(card, '平台', a.platform);
  await type(card, '包名', a.packageName);
  await type(card, '公钥', a.publicKey);
  await type(card, '签名MD5', a.signatureMd5);
  await type(card, '域名', a.domain);
  await type(card, 'IP地址', a.ip);
  for (const c of a.serviceContent) await tick(card, '服务内容', c);
  for (const l of a.languages) await tick(card, 'APP语言', l);
  for (const p of a.preApprovals) await tick(card, '前置审批', p);
  await tickStandalone(card.locator('.section-title', { hasText: 'APP负责人信息' }), '同主体负责人');
}

/** The same subject filing an app instead of a website. */
export const VALID_APP_FILING: FilingInput = {
  ...VALID_FILING,
  serviceType: 'app',
  appName: '演示科技助手',
  app: {
    platform: '安卓',
    packageName: 'com.example.demoassistant',
    publicKey: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAdemoDemoDemoDemo',
    signatureMd5: '0123456789abcdef0123456789abcdef',
    domain: 'api.example.com',
    ip: '192.0.2.20',
    serviceContent: ['网络软件/下载'],
    languages: ['中文简体'],
    preApprovals: ['以上都不涉及'],
  },
};

/** Clicks the step's main button and waits for the next route. */
export async function next(page: Page, button: string, route: string): Promise<void> {
  await stepButton(page, button);
  await waitForRoute(page, route);
}

/** 上传资料: one file per required material. Stays on the step. */
export async function fillUploads(page: Page): Promise<void> {
  const required = page.locator('.tiny-form-item.is-required');
  const count = await required.count();
  for (let i = 0; i < count; i++) {
    const item = required.nth(i);
    if ((await item.locator('.tiny-upload-list__li').count()) > 0) continue;
    await item.locator('input[type=file]').setInputFiles({ name: `material-${i + 1}.png`, mimeType: 'image/png', buffer: Buffer.from('89504e47', 'hex') });
  }
}
