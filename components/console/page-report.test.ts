// @vitest-environment happy-dom
/**
 * The page report (导出页面结构) keeps the page's structure and none of the user's data: on
 * every console's fixture pages, with marked values typed into every text field and planted
 * where a console shows values (display texts, file names, links, images, headings that
 * echo a value), no marked value survives in the file, neither as text nor in an attribute
 * nor in a URL; the labels, headings and option texts do, and a read of the file finds the
 * fields a read of the page finds.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CONSOLES, FIXTURE_PAIRS } from '../../test/support/consoles';
import { makeCreditCode, makeIdNumber } from '../../test/support/synthetic-ids';
import { claimHost, isOwnHost } from '../inline/host';
import { MAX_ELEMENTS, pageReport } from './page-report';
import { readPage } from './read-page';

const ID = makeIdNumber({ region: '110105', birth: '1987-06-05', sequence: '417' });
const CREDIT = makeCreditCode({ body: 'MA7RPT2Q4' });
/** Values no fixture page holds, typed and planted; none may reach the report. */
const MARKED = [ID, CREDIT, '13912345678', '欧阳秘密', 'secret.person@example.org', '秘密路77号', 'secret-site.cn', '秘密小站', 'qsecret=1'];

const context = (id: string) => ({ libraries: CONSOLES.get(id)!.libraries, console: id, step: 'subject', date: '2026-12-07', version: '0.1.0' });

/** Types a marked value into every text box of the page (as the property, like a user), and plants the rest where consoles show values. */
function plantValues(doc: Document): void {
  const boxes = Array.from(doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type]), input[type="text"], input[type="tel"], textarea'));
  boxes.forEach((box, i) => {
    box.value = MARKED[i % 6]!;
  });
  const planted = doc.createElement('div');
  doc.body.append(planted);
  planted.insertAdjacentHTML(
    'beforeend',
    `<input type="text" class="site-name"><span class="ti3-select-display-text" title="${MARKED[3]}">${MARKED[3]}</span>` +
      `<ul class="ant-upload-list"><li class="ant-upload-list-item"><span class="ant-upload-list-item-name">${MARKED[7]}身份证.jpg</span></li></ul>` +
      `<a href="https://${MARKED[6]}/path?${MARKED[8]}" data-user="${MARKED[1]}" aria-label="${MARKED[2]}">${MARKED[5]}</a>` +
      `<img src="data:image/png;base64,${MARKED[0]}" alt="${MARKED[4]}">` +
      `<h3 class="section-title">网站（${MARKED[7]}）</h3>` +
      `<input type="text" value="${MARKED[2]}" placeholder="${MARKED[4]}" name="x">` +
      `<textarea>${MARKED[5]}</textarea>` +
      `<!-- ${MARKED[0]} -->` +
      `<div id="${MARKED[1]}" aria-valuetext="${MARKED[0]}">${MARKED[0]}</div>` +
      `<span class="tag tag-${MARKED[2]}" role="note ${MARKED[0]}"><input type="checkbox" name="agree-${MARKED[2]}"></span>`,
  );
  // The heading above echoes what was typed into the site name box.
  planted.querySelector<HTMLInputElement>('input.site-name')!.value = MARKED[7]!;
}

describe('page report', () => {
  beforeEach(() => {
    document.head.innerHTML = '<title>ICP备案</title>';
  });

  describe.each([...CONSOLES.keys()])('%s fixture pages', (id) => {
    const pairs = FIXTURE_PAIRS.filter((pair) => pair.console === id);
    it.each(pairs.map((pair) => [pair.name, pair] as const))('%s: no typed or shown value survives, the structure does', (_name, pair) => {
      const def = CONSOLES.get(id)!;
      document.body.innerHTML = pair.body;
      const fixtureValues = Array.from(document.querySelectorAll('input[value]'))
        .filter((input) => !/checkbox|radio|hidden|button|submit/.test(input.getAttribute('type') ?? ''))
        .map((input) => input.getAttribute('value')!)
        .filter((value) => value.trim().length >= 4);
      const before = readPage(def, document);
      plantValues(document);
      const report = pageReport(document, context(id));

      for (const value of [...MARKED, ...fixtureValues]) expect(report, `value ${value}`).not.toContain(value);
      expect(report).not.toMatch(/\b(?:href|src|srcset|action|title|alt|placeholder|value)=/);
      expect(report).not.toMatch(/\d{5}/);
      // Labels survive: a read of the file finds the fields a read of the page finds.
      document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(report)![1]!;
      const after = readPage(def, document);
      expect([...after.found].sort()).toEqual([...before.found].sort());
      expect(after.step).toBe(before.step);
    });
  });

  it('keeps the texts of options, checkbox and radio labels, headings and steps', () => {
    document.body.innerHTML = `
      <ul class="tiny-steps"><li class="active"><span class="tiny-steps-text-name">填写主体信息</span></li></ul>
      <h2>主办者信息</h2>
      <div class="tiny-form-item"><label class="tiny-form-item__label" for="tiny-id-7">证件类型</label>
        <div class="tiny-form-item__content"><select id="tiny-id-7"><option value="1">居民身份证</option><option value="2" selected>护照</option></select></div></div>
      <label class="tiny-radio"><input type="radio" name="nature" checked><span class="tiny-radio__label">个人</span></label>
      <label><input type="checkbox">长期</label>`;
    const report = pageReport(document, context('huawei'));
    for (const text of ['填写主体信息', '主办者信息', '证件类型', '居民身份证', '护照', '个人', '长期']) expect(report).toContain(text);
    expect(report).toContain('<option selected>护照</option>');
    expect(report).toMatch(/<input type="radio" name="nature" checked>/);
  });

  it('replaces generated ids by placeholders, the same wherever they are referenced', () => {
    document.body.innerHTML = '<label for="rc_select_12">手机号码</label><input id="rc_select_12" aria-describedby="rc_select_12 help"><p id="help"></p>';
    const report = pageReport(document, context('aliyun'));
    expect(report).not.toContain('rc_select_12');
    expect(report).toContain('<label for="gen-1">手机号码</label>');
    expect(report).toContain('<input id="gen-1" aria-describedby="gen-1 help">');
    expect(report).toContain('<p id="help">');
  });

  it('drops a label or heading that echoes a typed value, and one that looks like a number, email or domain', () => {
    document.body.innerHTML = '<h3>我的小站</h3><h3>网站 example.com</h3><h3>备案号 12345678</h3><h3>网站信息</h3><input type="text">';
    document.querySelector('input')!.value = '我的小站';
    const report = pageReport(document, context('huawei'));
    expect(report).toContain('<h3>网站信息</h3>');
    expect(report).not.toMatch(/我的小站|example\.com|12345678/);
  });

  it('leaves out our warning hosts, scripts, styles and comments', () => {
    document.body.innerHTML = '<div><script>var secret = 1</script><style>.x{}</style><!-- note --></div>';
    const host = document.createElement('span');
    host.className = 'ours';
    claimHost(host);
    document.body.append(host);
    const report = pageReport(document, { ...context('huawei'), ownHost: isOwnHost });
    expect(report).not.toMatch(/secret|\.x\{|note|ours/);
  });

  it('writes a same-origin frame’s body in the frame’s place', () => {
    document.body.innerHTML = '<iframe></iframe>';
    // happy-dom loads no page into a frame: the frame gets a document of its own, as a same-origin one has.
    const frameDoc = document.implementation.createHTMLDocument('frame');
    Object.defineProperty(document.querySelector('iframe')!, 'contentDocument', { value: frameDoc });
    frameDoc.body.innerHTML = '<h2>网站信息</h2><input type="text">';
    frameDoc.querySelector('input')!.value = MARKED[6]!;
    const report = pageReport(document, context('huawei'));
    expect(report).toContain('<div data-report-frame="1">');
    expect(report).toContain('<h2>网站信息</h2>');
    expect(report).not.toContain(MARKED[6]);
  });

  it('says in its header what it is and that it holds no values', () => {
    document.body.innerHTML = '';
    const report = pageReport(document, { ...context('tencent'), step: 'website' });
    expect(report.startsWith('<!--')).toBe(true);
    expect(report).toMatch(/console: tencent[\s\S]*step: website[\s\S]*date: 2026-12-07[\s\S]*extension: 0\.1\.0[\s\S]*no values/);
  });

  it('stops at its element bound and says so', () => {
    document.body.innerHTML = '<div></div>'.repeat(MAX_ELEMENTS + 5);
    const report = pageReport(document, context('huawei'));
    expect(report.match(/<div>/g)).toHaveLength(MAX_ELEMENTS);
    expect(report).toMatch(/truncated/);
  });
});
