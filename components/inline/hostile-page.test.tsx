// @vitest-environment happy-dom
/**
 * The console page runs its own scripts beside the inline warnings: it must not be able to
 * read them, claim their hosts, or make us take its elements for ours.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shadowOf } from '../../test/support/shadow-roots';
import { messyForm, resultFor } from '../../test/support/ui-results';
import { extensionLifetime } from '../console/lifetime';
import { HOST_ATTRIBUTE, IDLE_HOST_ATTRIBUTE, isOwnHost } from './host';
import { createInlineWarnings, type InlineWarnings } from './inline-warnings';

const FIELDS = ['subject.name', 'subject.principal.emergencyPhone', 'websites[0].name', 'websites[0].remark'];

function setUpPage() {
  document.body.innerHTML = '';
  const anchors = new Map<string, Element>();
  for (const field of FIELDS) {
    const row = document.createElement('div');
    const input = document.createElement('input');
    input.name = field;
    row.append(input);
    document.body.append(row);
    anchors.set(field, input);
  }
  return anchors;
}

const hosts = () => [...document.querySelectorAll<HTMLElement>(`[${HOST_ATTRIBUTE}]`)];

let ui: InlineWarnings;
let anchors: Map<string, Element>;
beforeEach(() => {
  anchors = setUpPage();
  ui = createInlineWarnings(extensionLifetime(() => true));
});
afterEach(() => ui.destroy());

describe('the inline warnings on a hostile page', () => {
  it('hosts are built-in elements whose shadow root the page cannot reach', () => {
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    expect(hosts().length).toBe(FIELDS.length);
    for (const host of hosts()) {
      expect(host.localName).not.toContain('-');
      expect(host.shadowRoot).toBeNull();
      expect(isOwnHost(host)).toBe(true);
      expect(shadowOf(host)?.textContent).not.toBe('');
    }
  });

  it('a page that pre-defines our old custom-element tag still gets warnings', () => {
    const constructed: string[] = [];
    customElements.define(
      'beian-precheck-warning',
      class extends HTMLElement {
        constructor() {
          super();
          constructed.push('constructed');
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    expect(constructed).toEqual([]);
    expect(hosts().length).toBe(FIELDS.length);
    expect(shadowOf(hosts()[0])?.textContent).not.toBe('');
  });

  it('elements the page marks with our attributes are not taken for our hosts', () => {
    const planted = document.createElement('span');
    planted.setAttribute(HOST_ATTRIBUTE, 'subject.name');
    const idle = document.createElement('span');
    idle.setAttribute(IDLE_HOST_ATTRIBUTE, 'subject.name');
    expect(isOwnHost(planted)).toBe(false);
    expect(isOwnHost(idle)).toBe(false);
    // Planted right after an anchor, it does not push our host away from its field.
    anchors.get('subject.name')!.after(planted);
    ui.update({ anchors, findings: resultFor(messyForm()).findings, lang: 'zh-CN' });
    const ours = hosts().find((h) => h !== planted && h.getAttribute(HOST_ATTRIBUTE) === 'subject.name')!;
    expect(ours.previousElementSibling).toBe(anchors.get('subject.name'));
  });
});
