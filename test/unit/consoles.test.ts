// @vitest-environment happy-dom
/**
 * Meta-test of the consoles: each entrypoints/<id>.content/ folder holds a definition
 * (console.ts) whose id is the folder's name; each console has a fixture page for every
 * step its wizard has; each of its label synonyms is on a fixture page, or its line in
 * labels.ts says where the console was documented to use it (`// from docs: <url>`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { domOf } from '../../components/console/dom';
import { normalizeLabel } from '../../components/console/local-keys';
import { CONSOLES, FIXTURE_PAIRS } from '../support/consoles';

/**
 * Synonyms on no fixture page and with no documentation found (see the labels.ts comment):
 * kept as defensive synonyms, listed so that the list can only shrink. A synonym that gets a
 * fixture page or a `// from docs:` URL must leave this list; a new one may not join it.
 */
const KNOWN_UNSOURCED: Readonly<Record<string, readonly string[]>> = {
  huawei: [
    '备案类型',
    '订单类型',
    '备案订单类型',
    '业务类型',
    '主体备案编号',
    '备案号',
    'ICP备案号',
    'APP备案号',
    '其他接入商',
    '其他接入服务商',
    '备案地域',
    '所在地域',
    '省份',
    '备案云服务',
    '授权码',
    '主办者性质',
    '主体性质',
    '单位性质',
    '主办者名称',
    '主体名称',
    '单位名称',
    '主办单位证件类型',
    '主办者证件类型',
    '主办单位证件号码',
    '主办者证件号码',
    '证件地址',
    '主办单位证件住所',
    '主办单位证件地址',
    '主办单位通讯地址',
    '主办单位通信地址',
    '主办者通信地址',
    '投资者或上级主管单位',
    '投资人或上级主管单位',
    '主体备注',
    '网站备注',
    'APP备注',
    '主体负责人姓名',
    '法人姓名',
    '互联网信息服务负责人姓名',
    '网站负责人姓名',
    'APP负责人姓名',
    '负责人证件类型',
    '负责人证件号码',
    '证件有效期限',
    '有效期',
    '手机号',
    '联系方式1',
    '移动电话号码',
    '联系方式',
    '应急电话',
    '应急电话号码',
    '电子邮件',
    '邮箱',
    '邮箱地址',
    '办公室电话',
    '固定电话',
    '同主体负责人',
    '同主体负责人信息',
    '是否法定代表人',
    '是否为法定代表人',
    '主域名',
    '其他域名',
    '首页URL',
    '网站首页地址',
    'IP地址',
    '网站IP地址',
    '起始IP',
    '终止IP',
    'APP服务内容',
    '语言类别',
    'APP语言',
    '前置或专项审批',
    '前置审批项',
    '前置审批号',
    '前置审批文件',
    '运行平台',
    'BundleID',
    'APP公钥',
    '签名MD5',
    '签名MD5值',
    '负责人证件照片',
    '身份证照片',
    '主办者证件',
    '主体证件',
    '营业执照',
    '主体负责人身份证',
    '主体负责人证件照片',
    '网站负责人证件',
    'APP负责人证件',
    '互联网信息服务负责人身份证',
    '网站负责人身份证',
    '网站负责人授权书',
    'ICP负责人授权书',
    '互联网信息服务负责人授权书',
    '域名实名认证截图',
    '前置审批文件',
    '不涉及前置审批承诺书',
    '网站建设方案书',
    '居住证',
    '居住证明',
    'APP图标',
    '上海市互联网信息服务备案承诺书',
    '河南网站备案承诺书',
  ],
};

const CONSOLE_FOLDERS = readdirSync('entrypoints')
  .filter((name) => name.endsWith('.content'))
  .map((name) => name.slice(0, -'.content'.length));

/** The normalised texts of every label the console's readers find on its fixture pages. */
function labelsOnFixtures(id: string): Set<string> {
  const def = CONSOLES.get(id)!;
  const dom = domOf(def.libraries);
  const seen = new Set<string>();
  for (const pair of FIXTURE_PAIRS.filter((p) => p.console === id)) {
    document.body.innerHTML = pair.body;
    for (const hit of dom.findLabels(document.body)) seen.add(normalizeLabel(hit.text));
  }
  return seen;
}

/** Synonym → whether its entry in labels.ts cites a documentation URL (on its line or the comment lines right above). */
function documented(id: string): (label: string) => boolean {
  const lines = readFileSync(`entrypoints/${id}.content/labels.ts`, 'utf8').split('\n');
  return (label) => {
    const at = lines.findIndex((line) => new RegExp(`^\\s*'?${label}'?\\s*:`).test(line));
    if (at < 0) return false;
    for (let i = at; i >= 0 && (i === at || /^\s*\/\//.test(lines[i]!)); i--) if (/\/\/ from docs: https?:\/\/\S+/.test(lines[i]!)) return true;
    return false;
  };
}

describe.each(CONSOLE_FOLDERS)('console %s', (id) => {
  it('has a definition whose id is its folder name', () => {
    expect(existsSync(`entrypoints/${id}.content/console.ts`)).toBe(true);
    expect(CONSOLES.get(id)?.id).toBe(id);
  });

  it('its content script tells the page nothing: no "script started" message with the extension id', () => {
    const entry = readFileSync(`entrypoints/${id}.content/index.ts`, 'utf8');
    expect(entry.split('\n').map((line) => line.trim())).toContain('noScriptStartedPostMessage: true,');
    expect(entry).not.toMatch(/main: \(ctx\)/);
  });

  it('has a fixture page, with its expected read, for every step of its wizard', () => {
    const def = CONSOLES.get(id)!;
    const steps = Object.keys(def.steps.expected).filter((step) => step !== 'servicePrincipal');
    const covered = new Set(FIXTURE_PAIRS.filter((p) => p.console === id && p.expected).map((p) => p.expected!.step));
    expect(steps.filter((step) => !covered.has(step))).toEqual([]);
  });

  it('shows every label synonym on a fixture page, or cites where it is documented (known debt excepted)', () => {
    const def = CONSOLES.get(id)!;
    const seen = labelsOnFixtures(id);
    const prefixed = (label: string) => [...seen].some((text) => def.labels.ownerPrefixes.some(([prefix]) => text === prefix + label));
    const isDocumented = documented(id);
    const unsourced = [...Object.keys(def.labels.synonyms), ...Object.keys(def.labels.uploads)].filter(
      (label) => !seen.has(label) && !prefixed(label) && !isDocumented(label),
    );
    const known = new Set(KNOWN_UNSOURCED[id] ?? []);
    expect(
      unsourced.filter((label) => !known.has(label)),
      'new synonyms without a fixture or a source',
    ).toEqual([]);
    expect(
      [...known].filter((label) => !unsourced.includes(label)),
      'sourced now: remove from KNOWN_UNSOURCED',
    ).toEqual([]);
  });
});
