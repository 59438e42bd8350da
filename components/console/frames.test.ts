// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { huawei } from '../../entrypoints/huawei.content/console';
import { formMayBeElsewhere, isConsolePage } from './frames';

/** A top window showing `html`; its frames as `frame` elements (happy-dom loads no page into them, and says so for an iframe). */
function topWindow(html: string): Window {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html.replace(/<(\/?)iframe\b/g, '<$1frame');
  const win = { document: doc } as { document: Document; top?: unknown };
  win.top = win;
  return win as unknown as Window;
}

describe('which frame speaks for the console', () => {
  it('knows the console pages by its match patterns', () => {
    expect(isConsolePage(huawei, 'https://console.huaweicloud.com/beian/#/subject')).toBe(true);
    expect(isConsolePage(huawei, 'https://beian.huaweicloud.com/')).toBe(true);
    expect(isConsolePage(huawei, 'https://console.huaweicloud.com/ecm/')).toBe(false);
    expect(isConsolePage(huawei, 'about:blank')).toBe(false);
    expect(isConsolePage(huawei, '')).toBe(false);
  });

  it("a top page speaks for itself unless it embeds a frame of the console's pages", () => {
    expect(formMayBeElsewhere(huawei, topWindow('<div class="cti-header">ICP备案</div>'))).toBe(false);
    expect(formMayBeElsewhere(huawei, topWindow('<iframe src="https://example.com/ad"></iframe><iframe srcdoc="<p>x</p>"></iframe>'))).toBe(false);
    expect(
      formMayBeElsewhere(huawei, topWindow('<div class="cti-header">ICP备案</div><iframe src="https://console.huaweicloud.com/beian/#/subject"></iframe>')),
    ).toBe(true);
  });

  it('a child frame may be one of several', () => {
    document.body.innerHTML = '<iframe srcdoc="<p>备案</p>"></iframe>';
    const child = document.querySelector('iframe')!.contentWindow!;
    expect(child.top).not.toBe(child);
    expect(formMayBeElsewhere(huawei, child)).toBe(true);
    document.body.innerHTML = '';
  });
});
