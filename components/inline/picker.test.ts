// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOwnHost } from './host';
import { startPicker } from './picker';

afterEach(() => {
  document.body.innerHTML = '';
});

function start() {
  document.body.innerHTML = '<div class="item"><label>手机号码</label><input id="mobile"></div>';
  const onPick = vi.fn();
  const onCancel = vi.fn();
  const picker = startPicker({ doc: document, controls: 'input', hint: '点击', cancelLabel: '取消', onPick, onCancel });
  return { picker, onPick, onCancel, input: document.getElementById('mobile')! };
}

describe('picking mode', () => {
  it('shows its bar in a host of ours, and takes it away when stopped', () => {
    const { picker } = start();
    const host = document.body.lastElementChild!;
    expect(isOwnHost(host)).toBe(true);
    // A closed shadow root: the page sees none.
    expect(host.shadowRoot).toBeNull();
    picker.stop();
    expect(document.body.contains(host)).toBe(false);
  });

  it('ignores clicks and keys a page script makes up (not trusted): the page cannot pick or cancel', () => {
    const { picker, onPick, onCancel, input } = start();
    input.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onPick).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
    expect(isOwnHost(document.body.lastElementChild)).toBe(true);
    picker.stop();
  });
});
