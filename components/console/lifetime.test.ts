// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { extensionLifetime } from './lifetime';

describe('the content script lifetime', () => {
  it('ignores every event the page can dispatch, WXT\'s "newer script started" included', () => {
    const lifetime = extensionLifetime(() => true);
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    for (const name of [
      'huawei:wxt:content-script-started',
      'abcdefghijklmnopabcdefghijklmnop:huawei:wxt:content-script-started',
      'beian-precheck@beian-precheck.invalid:huawei:wxt:content-script-started',
    ]) {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'huawei', messageId: 'page' } }));
      window.postMessage({ type: name, contentScriptName: 'huawei', messageId: 'page' }, '*');
    }
    expect(lifetime.isValid).toBe(true);
    expect(ended).not.toHaveBeenCalled();
  });

  it('ends once the runtime has no id (the extension was reloaded or removed)', () => {
    let alive = true;
    const lifetime = extensionLifetime(() => alive);
    const ended = vi.fn();
    lifetime.onInvalidated(ended);
    expect(lifetime.isValid).toBe(true);
    alive = false;
    expect(lifetime.isValid).toBe(false);
    expect(lifetime.isValid).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('ends when the content script says so (port gone, context invalidated), each listener once, even if one throws', () => {
    const lifetime = extensionLifetime(() => true);
    const first = vi.fn(() => {
      throw new Error('boom');
    });
    const second = vi.fn();
    const removed = vi.fn();
    lifetime.onInvalidated(first);
    lifetime.onInvalidated(second);
    lifetime.onInvalidated(removed)();
    lifetime.end();
    lifetime.end();
    expect(lifetime.isValid).toBe(false);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });
});
