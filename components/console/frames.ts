/**
 * Which frame of a tab speaks for the console. The content script runs in every frame the
 * console's match patterns cover (`allFrames`: a form the console puts in a same-origin
 * iframe is read there), and the background keeps one state per tab, so a frame that shows
 * no form while another frame may show it must stay silent: its empty read would replace the
 * form's. A child frame may be one of several; a top page may embed the console in a frame.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { ConsoleDefinition } from './define-console';

const patterns = new WeakMap<ConsoleDefinition, readonly MatchPattern[]>();

/** Whether `url` is one of the console's pages (its content-script match patterns). */
export function isConsolePage(def: ConsoleDefinition, url: string): boolean {
  let list = patterns.get(def);
  if (!list) patterns.set(def, (list = def.matches.map((p) => new MatchPattern(p))));
  try {
    return list.some((p) => p.includes(url));
  } catch {
    return false; // not a URL a pattern can test (about:blank, srcdoc)
  }
}

/**
 * Whether the console's form may be in another frame of the tab than `win`'s: `win` is a
 * child frame, or its page embeds a frame showing one of the console's pages. Such a frame
 * reports nothing until its own page shows something of the form (runtime.ts).
 */
export function formMayBeElsewhere(def: ConsoleDefinition, win: Window): boolean {
  if (win.top !== win) return true;
  return Array.from(win.document.querySelectorAll('iframe[src], frame[src]')).some((frame) => {
    try {
      return isConsolePage(def, new URL(frame.getAttribute('src')!, win.document.baseURI).href);
    } catch {
      return false; // not a URL
    }
  });
}
