/**
 * Picking mode: the user shows the extension a field's control on the page (the side panel's
 * 「在页面上指定」). A hint bar says what to click; the control under the pointer (or with the
 * keyboard focus) is outlined; a click on a control, or Enter in one, picks it; Escape or the
 * bar's 取消 button cancels. The bar and the outline are ours: a built-in host with a closed
 * shadow root (host.ts), and only trusted (user) events count, so a page script cannot pick.
 */
import { claimHost, HOST_TAG, inOwnHost } from './host';

export interface PickerOptions {
  readonly doc: Document;
  /** Elements that count as a control: input, select, textarea and the libraries' control roots. */
  readonly controls: string;
  readonly hint: string;
  readonly cancelLabel: string;
  readonly onPick: (control: Element) => void;
  readonly onCancel: () => void;
  /**
   * Records the bar's host as ours where the content script's watchers can tell (host.ts): this
   * module may run in another bundle (entrypoints/page-engine.ts), with its own record.
   */
  readonly claim?: (host: Element) => void;
}

export interface Picker {
  stop(): void;
}

const STYLE =
  '.bar{position:fixed;top:0;left:0;right:0;z-index:2147483647;display:flex;gap:12px;align-items:center;justify-content:center;padding:8px 12px;background:#1f2937;color:#fff;font:14px/1.4 system-ui,sans-serif}' +
  '.bar button{font:inherit;padding:2px 10px;border:1px solid #fff;border-radius:4px;background:none;color:#fff}' +
  '.bar button:focus-visible{outline:2px solid #fbbf24}.outline{position:fixed;z-index:2147483646;pointer-events:none;border:2px solid #f59e0b;display:none}';

export function startPicker(options: PickerOptions): Picker {
  const { doc, controls } = options;
  const win = doc.defaultView ?? window;
  const host = doc.createElement(HOST_TAG);
  claimHost(host);
  options.claim?.(host);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  const text = doc.createElement('span');
  text.textContent = options.hint;
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = options.cancelLabel;
  bar.append(text, cancel);
  const outline = doc.createElement('div');
  outline.className = 'outline';
  root.append(style, bar, outline);
  (doc.body ?? doc.documentElement).append(host);

  const controlOf = (target: EventTarget | null): Element | undefined => {
    if (!(target instanceof win.Element) || inOwnHost(target)) return undefined;
    return target.closest(controls) ?? undefined;
  };
  const show = (control: Element | undefined) => {
    const rect = control?.getBoundingClientRect();
    outline.style.cssText = rect ? `display:block;top:${rect.top - 3}px;left:${rect.left - 3}px;width:${rect.width + 2}px;height:${rect.height + 2}px` : '';
  };

  let stopped = false;
  const listening = new AbortController();
  const stop = () => {
    if (stopped) return;
    stopped = true;
    listening.abort();
    host.remove();
  };
  const pick = (control: Element, event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
    options.onPick(control);
  };
  const onOver = (event: Event) => show(controlOf(event.target));
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted) return;
    // Our bar: its button has its own listener.
    if (inOwnHost(event.target as Node)) return;
    const control = controlOf(event.target);
    if (control) pick(control, event);
  };
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      stop();
      options.onCancel();
      return;
    }
    if (event.key !== 'Enter' || inOwnHost(event.target as Node)) return;
    const control = controlOf(event.target);
    if (control) pick(control, event);
  };
  cancel.addEventListener('click', () => {
    stop();
    options.onCancel();
  });
  const on = { capture: true, signal: listening.signal };
  win.addEventListener('mouseover', onOver, on);
  win.addEventListener('focusin', onOver, on);
  win.addEventListener('click', onClick, on);
  win.addEventListener('keydown', onKey, on);
  return { stop };
}
