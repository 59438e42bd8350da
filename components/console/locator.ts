/**
 * Building a taught field's locator from the control the user picked (taught.ts reads with
 * it). Not in the console's content script: it comes into the page with the rules
 * (entrypoints/page-engine.ts, teach-tools.ts), as picking mode does, so the content script
 * keeps its size budget.
 */
import type { TaughtLocator } from '../messaging/taught';
import { MAX_LABEL_CHARS, MAX_PATH_SEGMENTS } from '../messaging/taught';
import { OWN_HOST_SELECTOR, type Dom } from './dom';
import { normalizeLabel } from './local-keys';
import { labelHitOf } from './taught';

/** Classes that say a state (focus, hover, an error) or look generated (long digit runs, hashes): not part of a locator. */
const UNSTABLE_CLASS =
  /(?:^|[-_])(?:is|has)-|focus|hover|active|error|invalid|valid|disabled|checked|selected|open|visible|\d{3,}|^[a-z]{1,3}-[A-Za-z0-9]{5,}$|^css-|^sc-/;
const CLASS = /^[A-Za-z_][\w-]{0,39}$/;

/** `input.tiny-input__inner`: an element's tag and up to four of its stable classes. */
function segmentOf(el: Element): string {
  const classes = Array.from(el.classList)
    .filter((c) => CLASS.test(c) && !UNSTABLE_CLASS.test(c))
    .slice(0, 4);
  return [el.tagName.toLowerCase(), ...classes].join('.');
}

/** The text right before `el` (a sibling, or its parents' siblings, a few levels up) when it reads like a label. */
function precedingText(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.closest(OWN_HOST_SELECTOR) || prev.querySelector('input, select, textarea')) break;
      const text = normalizeLabel(prev.textContent ?? '');
      if (text) return text.length <= MAX_LABEL_CHARS ? text : '';
    }
  }
  return '';
}

/** What `control` shows or holds, to keep out of the locator whatever the page put next to it. */
function shownValue(control: Element): string {
  return normalizeLabel('value' in control ? String(control.value) : '');
}

/**
 * How to find `control` again: the label of its field (the form item's label the readers
 * find, else the text before it) and the path of the control and its nearest ancestors.
 * Never what the control holds: a label that is the control's value is left out.
 */
export function buildLocator(dom: Dom, body: HTMLElement, control: Element): TaughtLocator {
  const hit = labelHitOf(dom.findLabels(body), control);
  let label = hit ? normalizeLabel(hit.text) : precedingText(control);
  const value = shownValue(control);
  if (label.length > MAX_LABEL_CHARS || (value && (label.includes(value) || value.includes(label)))) label = '';
  const path: string[] = [];
  for (let el: Element | null = control; el && el !== body && path.length < MAX_PATH_SEGMENTS; el = el.parentElement) path.push(segmentOf(el));
  return { label, path };
}
