// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { huawei } from '../../entrypoints/huawei.content/console';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadFixture } from '../../test/fixtures/consoles/load';
import { missingFields, readPage, toIsoDate, type PageRead } from './read-page';
import changeFixedFields from '../../rules/national/change-fixed-fields';
import changeRenamedSubject from '../../rules/national/change-renamed-subject';
import { run } from '../../rules/engine/run';
import { smsRecipients } from '../../rules/verification';
import { TODAY } from '../../test/support/make-form';
import demoVerify from '../../test/demo-console/snapshots/1-verify.html?raw';
import demoUpload from '../../test/demo-console/snapshots/5-upload.html?raw';
import { classifyHeading, FILING_TYPE_TITLES } from '../../entrypoints/huawei.content/labels';
import { filingTypeFromTitle as titleType } from './layout';
import { normalizeLabel } from './local-keys';
import { HUAWEI_STEPS } from '../../entrypoints/huawei.content/steps';
import { OrderModel } from './order-model';
import { domOf } from './dom';
import { detectStep as detect, inferStep } from './steps';

const filingTypeFromTitle = (raw: string) => titleType(FILING_TYPE_TITLES, raw);
const detectStep = (marked: string | undefined, headings: readonly string[]) => detect(HUAWEI_STEPS, marked, headings);

/** The FilingForm one read yields (through the order model, as the content script does). */
function formOf(read: PageRead) {
  const order = new OrderModel();
  order.merge(read);
  return order.form();
}

const missing = missingFields;
const anchorText = (read: PageRead, field: string) => {
  const el = read.anchors.get(field);
  return el && (el as HTMLInputElement).value !== undefined && el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el?.textContent?.trim();
};

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

describe('labels', () => {
  it('normalises stars, colons, spaces, parenthesised hints and help glyphs', () => {
    expect(normalizeLabel(' ＊主办单位名称： ')).toBe('主办单位名称');
    expect(normalizeLabel('* 备注（选填）')).toBe('备注');
    expect(normalizeLabel('办公电话 (optional) ?')).toBe('办公电话');
    expect(normalizeLabel('电子邮箱ⓘ')).toBe('电子邮箱');
    expect(normalizeLabel('《ICP备案信息真实性责任告知书》')).toBe('ICP备案信息真实性责任告知书');
  });

  it('classifies section headings: cards, principal blocks, subject block', () => {
    expect(classifyHeading('网站2')).toEqual({ kind: 'service', service: 'websites', index: 1 });
    expect(classifyHeading('APP1')).toEqual({ kind: 'service', service: 'apps', index: 0 });
    expect(classifyHeading('互联网信息服务负责人信息')).toEqual({ kind: 'block', block: 'service-principal' });
    expect(classifyHeading('网站负责人')).toEqual({ kind: 'block', block: 'service-principal' });
    expect(classifyHeading('主体负责人信息')).toEqual({ kind: 'block', block: 'subject-principal' });
    expect(classifyHeading('主办单位信息')).toEqual({ kind: 'block', block: 'subject' });
    expect(classifyHeading('平台信息')).toEqual({ kind: 'service', service: 'apps', index: -1 });
    expect(classifyHeading('提示')).toBeUndefined();
  });

  it('writes dates as YYYY-MM-DD', () => {
    expect(toIsoDate('2020/5/1')).toBe('2020-05-01');
    expect(toIsoDate('2020年05月01日')).toBe('2020-05-01');
    expect(toIsoDate('2020.05.01')).toBe('2020-05-01');
    expect(toIsoDate('请选择日期')).toBeUndefined();
  });
});

describe('Tiny3 step 1 (验证备案类型)', () => {
  it('the domain / APP name asked on step 1 are left to the service steps', () => {
    loadFixture('huawei/tiny3-verify');
    const domainCell = Array.from(document.querySelectorAll('td.ti3-form-label')).find((c) => c.textContent === '域名')!; // already on the page
    domainCell
      .closest('tbody')!
      .insertAdjacentHTML(
        'beforeend',
        '<tr><td class="ti3-form-require"></td><td class="ti3-form-label">APP名称</td><td class="ti3-form-content"><input value="示例助手"></td></tr>',
      );
    const read = readPage(huawei, document);
    expect([...read.values.keys()].filter((k) => k.startsWith('websites') || k.startsWith('apps'))).toEqual([]);
  });

  it('anchors each field at its control, never at the label cell', () => {
    loadFixture('huawei/tiny3-verify');
    const read = readPage(huawei, document);
    expect(read.anchors.get('subject.name')).toBe(document.getElementById('ti_auto_id_12'));
    expect(read.anchors.get('subject.nature')).toBe(document.getElementById('ti_auto_id_7'));
    expect(read.anchors.get('province')).toBe(document.getElementById('region'));
    expect([...read.anchors.values()].some((el) => el.matches('td.ti3-form-label'))).toBe(false);
  });

  it('reports a removed field and a renamed label in health', () => {
    loadFixture('huawei/tiny3-verify');
    document.getElementById('ti_auto_id_14')!.closest('tr')!.remove();
    const cells = Array.from(document.querySelectorAll('td.ti3-form-label'));
    cells.find((c) => c.textContent!.includes('主办单位性质'))!.textContent = '单位类别';
    const read = readPage(huawei, document);
    expect(missing(read)).toEqual(['subject.nature', 'subject.certNumber']);
    expect(formOf(read).subject).toEqual({ name: '深圳市示例科技有限公司', certType: 'business-licence' });
  });
});

describe('Tiny3 step 2 (填写主体信息)', () => {
  it('anchors: the same label under two headings gets two anchors; the phone anchor is the mobile, not the SMS code', () => {
    loadFixture('huawei/tiny3-subject');
    const read = readPage(huawei, document);
    expect(anchorText(read, 'subject.certNumber')).toBe('91440300MA5F0QX3K7');
    expect(anchorText(read, 'subject.principal.idNumber')).toBe('440305198506151233');
    expect(anchorText(read, 'subject.principal.mobile')).toBe('13800138000');
    expect(anchorText(read, 'subject.principal.email')).toBe('wangwu@example.com');
    expect(read.anchors.get('subject.principal.idValidFrom')?.tagName).toBe('TI-DATE-RANGE');
    expect(read.anchors.get('subject.principal.idLongTerm')).toBe(document.getElementById('long-term'));
  });

  it('reads a ti-date-range as its two dates, each anchored at the range', () => {
    loadFixture('huawei/tiny3-subject');
    const read = readPage(huawei, document);
    expect(document.querySelector('#valid .ti3-date-show')!.textContent).toBe('2020-05-01 \u2500 2040-05-01');
    expect(read.values.get('subject.principal.idValidFrom')).toBe('2020-05-01');
    expect(read.values.get('subject.principal.idValidTo')).toBe('2040-05-01');
    expect(read.anchors.get('subject.principal.idValidTo')).toBe(document.getElementById('valid'));
  });

  it('reads 长期: ticked → long-term, no end date', () => {
    loadFixture('huawei/tiny3-subject');
    (document.getElementById('long-term') as HTMLInputElement).checked = true;
    const principal = formOf(readPage(huawei, document)).subject!.principal!;
    expect(principal.idLongTerm).toBe(true);
    expect(principal.idValidFrom).toBe('2020-05-01');
    expect(principal).not.toHaveProperty('idValidTo');
  });

  it('an empty date range shows its placeholder: the dates are unknown, not wrong values; 长期 stays unticked', () => {
    loadFixture('huawei/tiny3-subject');
    const show = document.querySelector('#valid .ti3-date-show')!;
    show.classList.add('ti3-date-placeholder-container');
    show.textContent = '开始日期 \u2500 结束日期';
    const principal = formOf(readPage(huawei, document)).subject!.principal!;
    expect(principal).not.toHaveProperty('idValidFrom');
    expect(principal).not.toHaveProperty('idValidTo');
    expect(principal.idLongTerm).toBe(false);
  });

  it('reports a renamed 网站域名 even though 从域名 still gives the website domains', () => {
    loadFixture('huawei/tinyvue-website');
    expect(missing(readPage(huawei, document))).toEqual([]);
    const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent === '网站域名')!;
    label.textContent = '站点地址';
    const read = readPage(huawei, document);
    expect(read.found.has('websites[0].domains')).toBe(true);
    expect(missing(read)).toContain('websites[0].domains');
  });

  it('reports the 主体负责人 block as missing when its heading is renamed (labels alone are ambiguous)', () => {
    loadFixture('huawei/tiny3-subject');
    const heading = Array.from(document.querySelectorAll('h3')).find((h) => h.textContent === '主体负责人信息')!;
    heading.remove();
    const read = readPage(huawei, document);
    // Without the heading the principal's 证件类型/证件号码 read as the subject's (the later ones do not overwrite).
    expect(missing(read)).toEqual(['subject.principal.idType', 'subject.principal.idNumber']);
    expect(formOf(read).subject!.certNumber).toBe('91440300MA5F0QX3K7');
  });
});

describe('Tiny3 widgets (values: tiny3-subject-merged and tiny3-website-choices .expected.json)', () => {
  const setCascader = (text: string) => {
    const span = document.querySelector('#mailing_region .ti3-overflow-padding > span')!;
    span.setAttribute('title', text);
    span.textContent = text;
  };

  it('a cascader gives the address levels only from a province on: never a district or a city as the province', () => {
    loadFixture('huawei/tiny3-subject-merged');
    setCascader('广东省/深圳市/南山区');
    expect(formOf(readPage(huawei, document)).subject!.mailingAddress).toEqual({
      province: '广东省',
      city: '深圳市',
      district: '南山区',
      detail: '科技南路88号A座',
    });
    for (const lastLevel of ['南山区', '吉林市', '海南藏族自治州']) {
      setCascader(lastLevel);
      expect(formOf(readPage(huawei, document)).subject!.mailingAddress, lastLevel).toEqual({ detail: '科技南路88号A座' });
    }
  });

  it('an address picked with one select per level reads each level', () => {
    loadFixture('huawei/tiny3-subject-merged');
    const cell = document.getElementById('mailing_region')!.parentElement!;
    const levels = ['广东省', '深圳市', '南山区'].map((level, i) => {
      const select = document.querySelector('#region')!.cloneNode(true) as Element;
      select.id = `mailing_level_${i}`;
      select.querySelector('.ti3-overflow-padding > span')!.setAttribute('title', level);
      return select;
    });
    document.getElementById('mailing_region')!.replaceWith(...levels);
    expect(cell.querySelectorAll('ti-select')).toHaveLength(3);
    expect(formOf(readPage(huawei, document)).subject!.mailingAddress).toEqual({
      province: '广东省',
      city: '深圳市',
      district: '南山区',
      detail: '科技南路88号A座',
    });
  });

  it('a button group reads its active item; none active is no choice; a multiple one reads its active items as a list', () => {
    loadFixture('huawei/tiny3-subject-merged');
    const dom = domOf(huawei.libraries);
    const group = document.getElementById('resource_type')!;
    const items = Array.from(group.querySelectorAll('.ti3-btn-item-container'));
    expect(dom.readContainer(group).map((r) => r.kind === 'choice' && r.value)).toEqual(['弹性云服务器']);
    items[0]!.classList.remove('ti3-active');
    expect(dom.readContainer(group).map((r) => r.kind === 'choice' && r.value)).toEqual(['']);
    for (const item of items.slice(1)) {
      item.classList.add('ti3-active');
      item.querySelector('button')!.className = 'ti3-btn-item ti3-btn-item-checkbox';
    }
    expect(dom.readContainer(group).map((r) => r.kind === 'tags' && r.values)).toEqual([['Flexus应用服务器', '备案授权码']]);
  });
});

describe('Tiny3 addresses (values: tiny3-website-ip.expected.json)', () => {
  const ip = (id: string, octets: string[], v6 = false) =>
    `<ti-ip id="${id}">${octets.map((o, i) => `<input type="text" class="${v6 ? 'ti_input_ip_octet_v6' : 'ti_input_ip_octet'} ti_input_ip_anchor" id="${id}_${i}" value="${o}">`).join(`<span class="ti_input_ip_division">${v6 ? ':' : '.'}</span>`)}</ti-ip>`;

  it('a ti-ip reads as one address: joined octets, IPv6 groups, nothing when empty', () => {
    const dom = domOf(huawei.libraries);
    document.body.innerHTML = `<div id="a">${ip('v4', ['203', '0', '113', '9'])}</div><div id="b">${ip('v6', ['2001', 'db8', '0', '0', '0', '0', '0', '1'], true)}</div><div id="c">${ip('none', ['', '', '', ''])}</div>`;
    const value = (id: string) => dom.readContainer(document.getElementById(id)!).map((r) => r.kind === 'text' && r.value);
    expect(value('a')).toEqual(['203.0.113.9']);
    expect(value('b')).toEqual(['2001:db8:0:0:0:0:0:1']);
    expect(value('c')).toEqual(['']);
  });

  it('IP地址段 with two ti-ip is one range; a lone address is a single IP, anchored at its box', () => {
    loadFixture('huawei/tiny3-website-ip');
    const cell = (label: string) =>
      Array.from(document.querySelectorAll('td.ti3-form-label'))
        .find((c) => c.textContent === label)!
        .closest('tr')!
        .querySelector('td.ti3-form-content')!;
    cell('IP地址段起始').closest('tr')!.remove();
    cell('IP地址段终止').innerHTML = ip('range_start', ['192', '0', '2', '10']) + ip('range_end', ['192', '0', '2', '20']);
    cell('IP地址段终止').previousElementSibling!.firstElementChild!.textContent = 'IP地址段';
    const read = readPage(huawei, document);
    expect(read.values.get('websites[0].ipRanges')).toEqual([{ start: '192.0.2.10', end: '192.0.2.20' }]);
    expect(read.anchors.get('websites[0].ipRanges[0].end')?.id).toBe('range_end');
    expect(read.values.get('websites[1].ipRanges')).toEqual([{ start: '198.51.100.7', end: '198.51.100.7' }]);
    expect((read.anchors.get('websites[1].ipRanges[0].end') as HTMLInputElement).value).toBe('198.51.100.7');
  });
});

describe('Tiny3 step 3 (填写网站信息)', () => {
  it('anchors per card and per list item', () => {
    loadFixture('huawei/tiny3-website');
    const read = readPage(huawei, document);
    const site2 = document.getElementById('site-2')!;
    expect(site2.contains(read.anchors.get('websites[1].name')!)).toBe(true);
    expect(document.getElementById('site-1')!.contains(read.anchors.get('websites[0].principal.mobile')!)).toBe(true);
    expect(anchorText(read, 'websites[0].principal.mobile')).toBe('13700137000');
    expect(read.anchors.get('websites[0].domains[1]')?.querySelector('input')?.value).toBe('example-tech.com.cn');
    expect(read.anchors.get('websites[1].ipRanges[1]')?.querySelector('input')?.value).toBe('198.51.100.7');
    expect(read.anchors.get('websites[0].serviceContent')?.tagName).toBe('TI-CHECKBOX-GROUP');
    // A lone tiCheckbox: after the label TinyNG inserts after the input, not between the two.
    expect(read.anchors.get('websites[0].principal.sameAsSubjectPrincipal')).toBe(document.getElementById('s1-same_checkbox'));
    expect(anchorText(read, 'websites[1].preApprovals[0].number')).toBe('教审〔2026〕0001号');
  });

  it('unticking 以上都不涉及 and ticking nothing leaves pre-approvals unknown; ticking 其他 only is kept', () => {
    loadFixture('huawei/tiny3-website');
    const site1 = document.getElementById('site-1')!;
    const boxes = Array.from(site1.querySelectorAll('input[type="checkbox"]')) as HTMLInputElement[];
    const byLabel = (text: string) =>
      boxes.filter((b) => (b.closest('label')?.textContent ?? document.querySelector(`label[for="${b.id}"]`)?.textContent ?? '').includes(text));
    byLabel('以上都不涉及')[0]!.checked = false;
    byLabel('单位门户网站')[0]!.checked = false;
    const site = formOf(readPage(huawei, document)).websites![0]!;
    expect(site).not.toHaveProperty('preApprovals');
    expect(site.serviceContent).toEqual(['other']);
  });

  it('a removed website card drops out of health expectations; a removed field is reported', () => {
    loadFixture('huawei/tiny3-website');
    document.getElementById('site-2')!.remove();
    const site1Name = document.querySelector('#site-1 td.ti3-form-label')!;
    site1Name.textContent = '站点名字';
    const read = readPage(huawei, document);
    expect(missing(read)).toEqual(['websites[0].name']);
    expect(formOf(read).websites).toHaveLength(1);
  });
});

describe('TinyVue step 2', () => {
  it('anchors a TinyVue select at the select component (values: tinyvue-subject.expected.json)', () => {
    loadFixture('huawei/tinyvue-subject');
    const read = readPage(huawei, document);
    expect(read.anchors.get('subject.principal.idType')?.className).toBe('tiny-select');
  });

  it('a TinyVue select showing only its placeholder is unknown', () => {
    loadFixture('huawei/tinyvue-subject');
    const input = document.querySelector(
      '.tiny-form-item:nth-of-type(6) .tiny-select input, label[for="idType"] + .tiny-form-item__content input',
    ) as HTMLInputElement;
    input.value = '';
    const read = readPage(huawei, document);
    expect(read.found.has('subject.principal.idType')).toBe(true);
    expect(formOf(read).subject!.principal).not.toHaveProperty('idType');
  });
});

describe('plain HTML step 3b (APP)', () => {
  it('anchors platform rows by order', () => {
    loadFixture('huawei/plain-app');
    const read = readPage(huawei, document);
    // Values and health (no 应急联系电话 for the APP负责人): plain-app.expected.json.
    expect(read.anchors.get('apps[0].platforms[1].packageName')).toBe(document.getElementById('p2-pkg'));
  });
});

describe('upload step', () => {
  it('anchors an upload slot at its upload component (counts: tiny3-upload.expected.json)', () => {
    loadFixture('huawei/tiny3-upload');
    const read = readPage(huawei, document);
    expect(read.anchors.get('materials.subject-principal-id')?.tagName).toBe('TI-UPLOAD');
  });

  it('a page handing the uploads to the app says so by a label, a heading, a button or a QR image (tiny3-upload-in-app.expected.json)', () => {
    const elsewhere = (body: string) => {
      document.body.innerHTML = body;
      const read = readPage(huawei, document);
      return { step: read.step, elsewhere: read.materialsElsewhere ?? false, expected: read.expected };
    };
    // No step bar: the QR code names the upload step, and no material is expected on the page.
    expect(elsewhere('<div class="config-title">核验二维码</div><img alt="" src="data:,">')).toEqual({ step: 'upload', elsewhere: true, expected: [] });
    expect(elsewhere('<p>请扫码</p><button type="button" class="ti3-btn-primary">去核验</button>')).toMatchObject({ elsewhere: true });
    expect(elsewhere('<img alt="核验二维码" src="data:,">')).toMatchObject({ elsewhere: true });
    // Hidden, or other words: nothing is handed off.
    expect(elsewhere('<button type="button" hidden>去核验</button>')).toMatchObject({ elsewhere: false });
    expect(elsewhere('<button type="button">核验说明</button>')).toMatchObject({ elsewhere: false });
  });

  it('a page with upload slots keeps its counts even when it also offers a face check by QR code (the demo console)', () => {
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(demoUpload)![1]!;
    expect(document.body.textContent).toContain('去核验');
    const read = readPage(huawei, document);
    expect(read.step).toBe('upload');
    expect(read.materialsElsewhere).toBeUndefined();
    expect(read.expected).toEqual(['materials.subject-certificate', 'materials.subject-principal-id']);
  });
});

describe('step detection', () => {
  it('uses the step bar, then page headings, then the fields found', () => {
    expect(detectStep('填写主体信息', [])).toBe('subject');
    expect(detectStep('上传资料及真实性核验', [])).toBe('upload');
    expect(detectStep(undefined, ['网站1', '填写APP信息'])).toBe('app');
    expect(detectStep(undefined, ['网站1'])).toBeUndefined();
    expect(inferStep(['province', 'subject.name'])).toBe('verify');
    expect(inferStep(['service.name', 'principal.mobile'])).toBe('website');
    expect(inferStep([])).toBe('unknown');
  });

  it("reads Tiny3's bar by its named step, never by the active line before it (tiny3-app: no step heading)", () => {
    loadFixture('huawei/tiny3-website');
    const active = Array.from(document.querySelectorAll('ul.ti3-steps > .ti3-steps-active'));
    expect(active.map((li) => li.className)).toEqual(['ti3-steps-line ti3-steps-active', 'ti3-steps-explain ti3-steps-active']);
    expect(domOf(huawei.libraries).currentStepText(document.body)).toBe('填写网站信息');
    expect(readPage(huawei, document).step).toBe('website');
  });

  it('a service step named 填写互联网信息服务 is the app step when its 服务类型 says App应用服务', () => {
    const page = (kind: string) => {
      loadFixture('huawei/tiny3-verify-option-texts');
      for (const li of Array.from(document.querySelectorAll('ul.ti3-steps > li'))) li.classList.toggle('ti3-steps-active', li.id === 'icp_steps_2');
      for (const item of Array.from(document.querySelectorAll('#service_type .ti3-btn-item-container')))
        item.classList.toggle('ti3-active', item.textContent === kind);
      for (const row of Array.from(document.querySelectorAll('tr'))) if (!/服务类型|域名/.test(row.textContent ?? '')) row.remove();
      return readPage(huawei, document);
    };
    const app = page('App应用服务');
    expect(app.step).toBe('app');
    expect([...app.found]).toEqual(['apps[0].domains']);
    const site = page('网站应用服务');
    expect(site.step).toBe('website');
    expect([...site.found]).toEqual(['websites[0].domains']);
  });

  it('maps option texts with full-width brackets (NFKC) and reports those that map to nothing under their field and label', () => {
    loadFixture('huawei/tiny3-verify-option-texts');
    document.querySelector('#resource_type span[title]')!.textContent = '华为云Flexus应用服务器（L实例）';
    document.querySelector('#resource_type span[title]')!.setAttribute('title', '华为云Flexus应用服务器（L实例）');
    document.querySelector('#region span[title]')!.setAttribute('title', '华南-广州');
    const read = readPage(huawei, document);
    expect(read.values.get('resource.type')).toBe('flexus');
    expect(read.values.has('province')).toBe(false);
    expect(read.unread).toEqual([{ field: 'province', label: '地域', text: '华南-广州' }]);
  });

  it('infers the step when the page has no step bar', () => {
    loadFixture('huawei/tiny3-website');
    document.querySelector('.ti3-steps')!.remove();
    expect(readPage(huawei, document).step).toBe('website');
    loadFixture('huawei/tiny3-verify');
    document.querySelector('.ti3-steps')!.remove();
    document.querySelector('h2')!.remove();
    expect(readPage(huawei, document).step).toBe('verify');
  });
});

describe('TinyVue demo-console DOM (test/demo-console/DOM-NOTES.md)', () => {
  it('a second card added with 添加网站 (title 网站2 + a 删除网站 button) is websites[1], not merged into websites[0]', () => {
    loadFixture('huawei/tinyvue-website');
    const first = document.querySelector('section.website-card')!;
    const second = first.cloneNode(true) as Element;
    second.querySelector('h3 span')!.textContent = '网站2';
    const name = Array.from(second.querySelectorAll('.tiny-form-item')).find(
      (item) => item.querySelector(':scope > label')?.textContent?.trim() === '网站名称',
    );
    (name!.querySelector('input') as HTMLInputElement).value = '第二示例站';
    first.after(second);
    const form = formOf(readPage(huawei, document));
    expect(form.websites?.map((w) => w.name)).toEqual(['示例云笔记', '第二示例站']);
  });

  it('website step anchors: 同主体负责人 inside the heading, per-category 审批号, 从域名 rows (values: tinyvue-website.expected.json)', () => {
    loadFixture('huawei/tinyvue-website');
    const read = readPage(huawei, document);
    expect(read.anchors.get('websites[0].principal.sameAsSubjectPrincipal')?.matches('label.tiny-checkbox')).toBe(true);
    expect(read.anchors.get('websites[0].preApprovals[1].number')?.querySelector('input')?.value).toBe('文网文〔2026〕0002号');
    expect(read.anchors.get('websites[0].domains[1]')?.querySelector('input')?.value).toBe('example-notes.com.cn');
  });
});

describe('container resolution', () => {
  it('an item with no control yet (从域名 without rows) never borrows the next item’s input', () => {
    loadFixture('huawei/tinyvue-website');
    const extra = Array.from(document.querySelectorAll('label.tiny-form-item__label')).find((l) => l.textContent === '从域名')!;
    const content = extra.parentElement!.querySelector('.tiny-form-item__content')!;
    content.innerHTML = '<div class="tiny-tooltip"></div><button class="tiny-button">添加从域名</button>';
    const read = readPage(huawei, document);
    expect(read.values.get('websites[0].domains')).toEqual(['example-notes.cn']);
    expect(read.values.get('websites[0].homepageUrls')).toEqual(['www.example-notes.cn']);
  });
});

describe('filing type (rules/sources.ts HW-first-filing-steps)', () => {
  it('names the flow from console titles, breadcrumbs and type labels', () => {
    const cases: [string, string | undefined][] = [
      ['首次备案', 'first'],
      ['新增备案', 'first'],
      ['新增网站', 'add-service'],
      ['新增APP', 'add-service'],
      ['新增互联网信息服务', 'add-service'],
      ['新增接入（原备案不在华为云）', 'add-access'],
      ['接入备案', 'add-access'],
      ['变更主体', 'change-subject'],
      ['变更网站', 'change-service'],
      ['变更互联网信息服务', 'change-service'],
      ['变更互联网信息', 'change-service'],
      ['变更备案', 'change-filing'],
      ['注销互联网信息服务', 'cancel-service'],
      ['注销网站', 'cancel-service'],
      ['注销APP', 'cancel-service'],
      ['注销主体', 'cancel-subject'],
      ['取消接入', 'cancel-access'],
      // The moving orders (S4, P22): the console's menu entry and the help centre's names.
      ['迁移互联网信息服务', 'migrate-service'],
      ['迁移备案', 'migrate-service'],
      ['网站迁移', 'migrate-service'],
      ['转移备案', 'transfer'],
      ['ICP备案 / 注销网站', 'cancel-service'],
      ['我的ICP备案 > 变更备案订单', 'change-filing'],
      ['验证备案类型', undefined],
      ['填写网站信息', undefined],
      ['修改备案订单', undefined],
      ['注销后该网站的备案号立即失效且无法恢复；注销订单提交后不能撤回。', undefined],
    ];
    for (const [title, type] of cases) expect(filingTypeFromTitle(title), title).toBe(type);
  });

  it('reads the demo console’s page title (首次备案) on step 1', () => {
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(demoVerify)![1]!;
    const read = readPage(huawei, document);
    expect(read.values.get('filingType')).toBe('first');
    expect(read.anchors.get('filingType')?.matches('h1.page-title')).toBe(true);
    // A first filing has no record: step 1's values stay out of `filed`.
    expect(formOf(read)).not.toHaveProperty('filed');
  });

  it('a 备案类型 field wins over the page title', () => {
    loadFixture('huawei/tiny3-verify');
    document.querySelector('h2')!.textContent = '首次备案';
    // The row that asked for the domain now shows the type the console detected.
    const label = Array.from(document.querySelectorAll('td.ti3-form-label')).find((c) => c.textContent === '域名')!;
    label.textContent = '备案类型';
    label.nextElementSibling!.innerHTML = '<span class="ti3-text-readonly">新增接入</span>';
    expect(readPage(huawei, document).values.get('filingType')).toBe('add-access');
  });

  it('console chrome names no type: a left menu listing other flows (even with title classes), a crumb or page title that names none', () => {
    loadFixture('huawei/tiny3-help-wording');
    // What an app projects into ti-leftmenu-item is its own: a title class must not make 变更备案 a page title.
    for (const item of Array.from(document.querySelectorAll('ti-leftmenu-item > div'))) item.className = 'menu-title';
    expect(readPage(huawei, document).values.get('filingType')).toBe('first');
    document.getElementById('beian_crumb_last_label')!.textContent = '填写订单';
    const read = readPage(huawei, document);
    expect(read.found.has('filingType')).toBe(false);
  });

  it('no title, no field: the filing type stays unknown', () => {
    loadFixture('huawei/tiny3-subject');
    const read = readPage(huawei, document);
    expect(read.found.has('filingType')).toBe(false);
    expect(formOf(read)).not.toHaveProperty('filingType');
  });
});

describe('change order (变更备案, Tiny3)', () => {
  it('anchors the type at the page title (values, `filed` and greyed fields: tiny3-change-order.expected.json)', () => {
    loadFixture('huawei/tiny3-change-order');
    const read = readPage(huawei, document);
    expect(read.anchors.get('filingType')?.matches('div.cti-header')).toBe(true);
    expect(anchorText(read, 'subject.name')).toBe('深圳市示例智能科技有限公司');
  });

  it('the change rules see the rename and nothing changed that may not change', () => {
    loadFixture('huawei/tiny3-change-order');
    const result = run(formOf(readPage(huawei, document)), { today: TODAY, rules: [changeRenamedSubject, changeFixedFields] });
    expect(result.findings).toEqual([]);
    expect(result.materials.map((m) => [m.key, m.reasons.map((r) => r.ruleId)])).toEqual([['subject-certificate', ['national/change-renamed-subject']]]);
    expect(result.passed.map((p) => p.ruleId)).toContain('national/change-fixed-fields');
  });

  it('an editable (not greyed) province is not taken for the record', () => {
    loadFixture('huawei/tiny3-change-order');
    document.getElementById('region')!.removeAttribute('disabled');
    document.querySelector('#region .ti3-disabled')!.classList.remove('ti3-disabled');
    const form = formOf(readPage(huawei, document));
    expect(form.province).toBe('GD');
    expect(form.filed).not.toHaveProperty('province');
  });
});

describe('cancellation (注销互联网信息服务, TinyVue)', () => {
  it('anchors the type at the page title (the record in order and `filed`, nothing expected: tinyvue-cancel-service.expected.json)', () => {
    loadFixture('huawei/tinyvue-cancel-service');
    const read = readPage(huawei, document);
    expect(read.anchors.get('filingType')?.matches('h1.page-title')).toBe(true);
  });

  it('the SMS plan names the website principal, masked', () => {
    loadFixture('huawei/tinyvue-cancel-service');
    const plan = smsRecipients(formOf(readPage(huawei, document)));
    expect(plan.recipients.map((r) => [r.path, r.mobileMasked])).toEqual([['websites[0].principal', '*******8000']]);
  });
});

describe('filed record blocks', () => {
  it('取消接入: plain values TinyVue wraps in span.tiny-tooltip are read, and 其他接入商 无 means no other provider', () => {
    document.body.innerHTML = `
      <h1 class="page-title">取消接入</h1>
      <form class="tiny-form">
        <div class="tiny-form-item"><label class="tiny-form-item__label">主体备案号</label><div class="tiny-form-item__content"><span class="tiny-tooltip">粤ICP备00000000号</span></div></div>
        <div class="tiny-form-item"><label class="tiny-form-item__label">其他接入商</label><div class="tiny-form-item__content"><span class="tiny-tooltip">无</span></div></div>
      </form>`;
    const form = formOf(readPage(huawei, document));
    expect(form.filingType).toBe('cancel-access');
    expect(form.filed).toMatchObject({ recordNumber: '粤ICP备00000000号', otherAccessProviders: 0 });
    document.querySelector('.tiny-form-item:nth-of-type(2) span')!.textContent = '阿里云、腾讯云';
    expect(formOf(readPage(huawei, document)).filed?.otherAccessProviders).toBe(2);
  });

  it('numbered 已备案网站 headings fill filed.websites by number; greyed service values then stay out', () => {
    document.body.innerHTML = `
      <h1 class="page-title">新增网站</h1>
      <form class="tiny-form">
        <div class="section-title">已备案网站1</div>
        <div class="tiny-form-item"><label class="tiny-form-item__label">网站名称</label><div class="tiny-form-item__content"><span>示例科技官网</span></div></div>
        <div class="tiny-form-item"><label class="tiny-form-item__label">网站域名</label><div class="tiny-form-item__content"><span>example-tech.cn example-tech.com.cn</span></div></div>
        <div class="tiny-form-item"><label class="tiny-form-item__label">网站备案号</label><div class="tiny-form-item__content"><span>粤ICP备12345678号-1</span></div></div>
        <div class="section-title">已备案网站2</div>
        <div class="tiny-form-item"><label class="tiny-form-item__label">网站名称</label><div class="tiny-form-item__content"><span>示例科技商城</span></div></div>
        <div class="tiny-form-item"><label class="tiny-form-item__label">备案号</label><div class="tiny-form-item__content"><span>粤ICP备12345678号-2</span></div></div>
        <div class="section-title">主办单位信息</div>
        <div class="tiny-form-item is-disabled"><label class="tiny-form-item__label">主办单位名称</label><div class="tiny-form-item__content"><div class="tiny-input is-disabled"><input class="tiny-input__inner" disabled value="深圳市示例科技有限公司"></div></div></div>
        <div class="section-title">网站1</div>
        <div class="tiny-form-item is-disabled"><label class="tiny-form-item__label">网站名称</label><div class="tiny-form-item__content"><div class="tiny-input is-disabled"><input class="tiny-input__inner" disabled value="新站点"></div></div></div>
      </form>`;
    const form = formOf(readPage(huawei, document));
    expect(form.filingType).toBe('add-service');
    expect(form.filed).toEqual({
      subjectName: '深圳市示例科技有限公司',
      websites: [
        { name: '示例科技官网', domains: ['example-tech.cn', 'example-tech.com.cn'], recordNumber: '粤ICP备12345678号-1' },
        { name: '示例科技商城', recordNumber: '粤ICP备12345678号-2' },
      ],
    });
    expect(form.websites).toEqual([{ name: '新站点' }]);
  });
});
