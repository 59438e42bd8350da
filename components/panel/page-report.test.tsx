// @vitest-environment happy-dom
/**
 * The panel's 导出页面结构: the button asks the tab, the preview shows the file with its size
 * and takes the focus, 保存 saves exactly the previewed text under a name that holds no
 * value, 关闭预览 gives the focus back; a tab that does not answer says so.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReportReply } from '../messaging/protocol';
import { PageReportSection, reportFileName, saveAsFile } from './page-report';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const REPLY: PageReportReply = {
  report: '<!-- no values -->\n<body>\n<label>手机号码</label>\n</body>\n',
  console: 'huawei',
  step: 'subject',
  date: '2026-12-07',
};

async function press(button: Element | null) {
  await act(async () => {
    (button as HTMLButtonElement).click();
    await Promise.resolve();
  });
}

describe('page report in the panel', () => {
  it('previews the file with its size, focused, and saves exactly that text', async () => {
    const save = vi.fn();
    act(() => render(<PageReportSection lang="zh-CN" request={() => Promise.resolve(REPLY)} save={save} />, container));
    expect(container.querySelector('h2')!.textContent).toBe('页面结构报告');
    expect(container.querySelector('.report-preview')!.hasAttribute('hidden')).toBe(true);
    const button = container.querySelector('.report-button')!;
    expect(button.textContent).toBe('导出页面结构');
    await press(button);
    const pre = container.querySelector('pre.report-text')!;
    expect(pre.textContent).toBe(REPLY.report);
    expect(document.activeElement).toBe(pre);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('.report-size')!.textContent).toMatch(/^\d+\.\d KB，5 行$/);
    await press(container.querySelector('.report-save'));
    expect(save).toHaveBeenCalledWith(REPLY.report, 'beian-page-huawei-subject-2026-12-07.html');
    await press(container.querySelector('.report-close'));
    expect(container.querySelector('pre')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('says so when the tab does not answer', async () => {
    act(() => render(<PageReportSection lang="en" request={() => Promise.resolve(undefined)} />, container));
    await press(container.querySelector('.report-button'));
    expect(container.querySelector('[role="status"]')!.textContent).toBe('This page could not be read: reload the console page and try again.');
    expect(container.querySelector('pre')).toBeNull();
  });

  it('names the file by console, step and date only', () => {
    expect(reportFileName({ console: 'aliyun', step: 'unknown', date: '2026-12-07' })).toBe('beian-page-aliyun-unknown-2026-12-07.html');
    expect(reportFileName({ console: 'huawei', step: '../x y' as never, date: '2026-12-07' })).toBe('beian-page-huawei-xy-2026-12-07.html');
  });

  it('saves through a Blob link with the file name, from the panel page', () => {
    const clicked: { href: string; download: string }[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    saveAsFile('text', 'beian-page.html');
    spy.mockRestore();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(clicked[0]!.download).toBe('beian-page.html');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
