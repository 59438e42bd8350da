/**
 * What a hostile console page does, shared by its e2e test (hostile-page.test.ts) and the
 * bench's longest-task figure (test/bench/hostile.ts): functions run in the page's own world
 * before any of its scripts (recordMessages, claimOldHostTag), and changes made to the demo
 * console once it shows the subject step. Every value is synthetic.
 */
import type { Page } from 'playwright-core';

/** Runs in the page's own world before any of its scripts: records every window message it gets. */
export function recordMessages() {
  const seen: unknown[] = [];
  (window as unknown as { __seenMessages: unknown[] }).__seenMessages = seen;
  window.addEventListener('message', (event) => {
    try {
      seen.push(JSON.parse(JSON.stringify(event.data ?? null)));
    } catch {
      seen.push(String(event.data));
    }
  });
}

/**
 * Runs in the page's own world before any of its scripts: claims the tag name the warnings'
 * hosts once had, taking each such element's shadow root in its constructor.
 */
export function claimOldHostTag() {
  const counter = { constructed: 0 };
  (window as unknown as { __constructed: typeof counter }).__constructed = counter;
  customElements.define(
    'beian-precheck-warning',
    class extends HTMLElement {
      constructor() {
        super();
        counter.constructed += 1;
        this.attachShadow({ mode: 'closed' });
      }
    },
  );
}

/** Replays the "a newer copy of this script started" event WXT's content-script context listens for. */
export async function replayScriptStarted(page: Page, extensionId: string): Promise<void> {
  await page.evaluate((id) => {
    document.dispatchEvent(new CustomEvent(`${id}:huawei:wxt:content-script-started`, { detail: { contentScriptName: 'huawei', messageId: 'page' } }));
  }, extensionId);
}

/** Plants the warning hosts' attributes on the 应急联系电话 form item of the subject step. */
export async function forgeHostAttributes(page: Page): Promise<void> {
  await page
    .locator('.principal-block .tiny-form-item')
    .filter({ hasText: '应急联系电话' })
    .first()
    .evaluate((item) => {
      item.setAttribute('data-beian-precheck-idle', 'subject.principal.emergencyPhone');
      item.setAttribute('data-beian-precheck-field', 'subject.principal.emergencyPhone');
    });
}

/**
 * Plants huge and odd text on the subject step: a 「网站100000」 heading, form items labelled
 * constructor, __proto__ and toString, an upload slot listing 4,000 files, and a
 * 30,000-character email address (filled at once: typing 30,000 keys would only time the
 * driver).
 */
export async function plantHugeText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const form = document.querySelector('.principal-block')!.parentElement!;
    const heading = document.createElement('h3');
    heading.textContent = '网站100000';
    form.append(heading);
    // Form items labelled with names every plain object inherits.
    const model = document.querySelector('.principal-block .tiny-form-item')!;
    for (const word of ['constructor', '__proto__', 'toString']) {
      const item = model.cloneNode(true) as HTMLElement;
      const label = item.querySelector('label, .tiny-form-item__label');
      if (label) label.textContent = word;
      form.append(item);
    }
    // One upload slot with 4,000 listed files.
    const slot = document.createElement('div');
    slot.className = 'tiny-form-item';
    slot.innerHTML = '<label class="tiny-form-item__label">主体负责人证件</label><div class="tiny-form-item__content"><ul class="tiny-upload-list"></ul></div>';
    const list = slot.querySelector('ul')!;
    for (let i = 0; i < 4000; i++) {
      const li = document.createElement('li');
      li.className = 'tiny-upload-list__item';
      li.textContent = `scan-${i}.png`;
      list.append(li);
    }
    form.append(slot);
  });
  await page
    .locator('.principal-block .tiny-form-item')
    .filter({ hasText: '电子邮箱' })
    .first()
    .locator('input')
    .fill(`${'a'.repeat(30_000)}@example.com`);
}
