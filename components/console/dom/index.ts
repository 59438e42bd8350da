/**
 * The only place that knows component-library CSS: the libraries a console lists
 * (ConsoleDefinition.libraries; tiny3.ts, tinyvue.ts, native.ts, each a DomLibrary)
 * composed into one reader of the page. Readers return what the user sees (display text,
 * checked boxes, file counts) and never judge it.
 */
import { OWN_HOST_SELECTOR } from '../../inline/host';
import type { ChoiceSelectors, DomLibrary, LabelHit, Reader, Reading } from './library';
import { ownText } from './library';

export type { DomLibrary, LabelHit, Reading } from './library';
export { OWN_HOST_SELECTOR };

/** Option panels and pickers; TinyVue keeps them inside the component (hidden) until first opened. */
const POPUP_SELECTOR =
  '[class*="dropdown"], [class*="dropsearch"], [class*="popper"], [class*="picker-panel"], [role="listbox"], [role="menu"], [role="dialog"]';

/** Option layers, dropdown portals and step bars hold texts that look like labels or headings. */
const NOT_FORM_SELECTOR = [
  OWN_HOST_SELECTOR,
  '[class*="dropdown"]',
  '[class*="dropsearch"]',
  '[class*="popper"]',
  '[class*="steps"]',
  // Tea's Stepper (`tea-step__item`, any prefix: dom/tea.ts).
  '[class*="-step__item"]',
  '[role="listbox"]',
  '[role="menu"]',
  'nav',
  // The console's left menu (TinyNG ti-leftmenu, not inside a <nav>) lists other flows (变更备案, 注销网站).
  'ti-leftmenu',
  '[class*="leftmenu"]',
].join(',');

/** The most files counted in one upload slot: the rules ask whether a slot holds a file, or two. */
export const MAX_FILES = 100;

/**
 * What looks like a control to a user of the page: ARIA widget roles, editable text, a focus
 * stop. With a custom element no library knows, what a field holding none of the readers'
 * controls may show instead.
 */
const WIDGET_SELECTOR =
  '[role="combobox"], [role="textbox"], [role="radiogroup"], [role="radio"], [role="checkbox"], [role="switch"], [role="spinbutton"], [role="slider"], [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';
/** Help icons and tooltips are focus stops that hold no value. */
const NOT_A_WIDGET = '[class*="helptip"], [class*="help-tip"], [class*="tooltip"], [role="tooltip"], button, a';
/** Elements looked at for an unknown control: a field's container is small; a huge one is not a field. */
const WIDGET_SCAN_LIMIT = 200;

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, caption, [role="heading"], [class*="title"], [class*="header"], [class*="heading"]';

/** Hidden by itself or an ancestor; with `upTo`, only ancestors below `upTo` are looked at. */
export function isHidden(el: Element, upTo?: Element): boolean {
  for (let node: Element | null = el; node && node !== upTo; node = node.parentElement) {
    if (node instanceof HTMLElement && (node.hidden || node.style.display === 'none')) return true;
  }
  return false;
}

/** Whether `el` or one of its ancestors below `upTo` matches `selector`. */
function within(el: Element, upTo: Element, selector: string): boolean {
  for (let node: Element | null = el; node && node !== upTo; node = node.parentElement) if (node.matches(selector)) return true;
  return false;
}

/** Text of an element without the controls, buttons and hints inside it. */
function textWithout(el: Element, skip: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child instanceof Element && !child.matches(skip)) walk(child);
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A section title's own words: 「互联网信息服务负责人信息 ☐同主体负责人」 → 互联网信息服务负责人信息. */
export function headingText(el: Element): string {
  return textWithout(el, 'label, button, input, [class*="checkbox"], [class*="button"], [class*="extra"], [class*="tip"]');
}

/** Read-only text of a field shown without a control (carry-over summary), minus validation messages and hints. */
export function plainText(container: Element): string {
  // Not [class*="tip"]: TinyVue wraps plain text values in span.tiny-tooltip. Real pop-ups are
  // [role="tooltip"] or poppers (POPUP_SELECTOR); help icons carry helptip classes.
  // Tea keeps an item's message and extra text inside its controls (`tea-form__help-text`).
  return textWithout(
    container,
    '[role="alert"], [role="tooltip"], [class*="error"], [class*="hint"], [class*="helptip"], [class*="help-tip"], [class*="form__help-text"], tp-helptip, button, svg, ' +
      POPUP_SELECTOR,
  );
}

/** Own text of a label without its star and help-icon children (their glyphs are not part of the name). */
function labelText(label: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child instanceof Element) {
        if (
          child.matches(
            'tp-helptip, [class*="helptip"], [class*="help-tip"], [class*="tooltip"], [class*="staricon"], [class*="required"], [class*="icon"], svg, input, select, textarea',
          )
        )
          continue;
        walk(child);
      }
    }
  };
  walk(label);
  return parts.join('');
}

/**
 * Inside an option panel / picker that sits within the container (not the container itself being
 * in one). The element itself may carry a popup-like class: Tea's Select is `tea-dropdown`.
 */
function inPopup(el: Element, container: Element): boolean {
  const popup = el.parentElement?.closest(POPUP_SELECTOR) ?? null;
  return popup !== null && container.contains(popup) && popup !== container;
}

/** One console's page reader: its libraries' selectors and rules, composed once. */
export interface Dom extends ChoiceSelectors {
  /** Greyed controls (a disabled or read-only value carried over). */
  readonly disabled: string;
  /** Checkbox components read as a whole; '' when the libraries have none. */
  readonly checkboxComponent: string;
  findLabels(root: ParentNode): LabelHit[];
  resolveContainer(label: Element): Element | undefined;
  findHeadingCandidates(root: ParentNode): Element[];
  readContainer(container: Element): Reading[];
  countFiles(container: Element): number | undefined;
  anchorFor(container: Element, control?: Element): Element;
  currentStepText(root: ParentNode): string | undefined;
}

const composed = new WeakMap<readonly DomLibrary[], Dom>();

/** The reader for a console's libraries, in their order (a console lists `native` last). */
export function domOf(libraries: readonly DomLibrary[]): Dom {
  let dom = composed.get(libraries);
  if (!dom) composed.set(libraries, (dom = compose(libraries)));
  return dom;
}

type SelectorKey = { [K in keyof DomLibrary]-?: DomLibrary[K] extends string | undefined ? K : never }[keyof DomLibrary];
const list = (libraries: readonly DomLibrary[], key: SelectorKey) =>
  libraries
    .map((l) => l[key])
    .filter(Boolean)
    .join(', ');

function compose(libraries: readonly DomLibrary[]): Dom {
  const labelSelector = list(libraries, 'labels');
  const controlSelector = list(libraries, 'controls');
  const readers: readonly Reader[] = libraries.flatMap((l) => l.readers);
  const readerSelector = readers.map((r) => r.selector).join(',');
  const containerRules = libraries.flatMap((l) => l.containers);
  const choiceWrapper = list(libraries, 'choiceWrappers');
  const choiceLabel = list(libraries, 'choiceLabels');
  const uploadItems = list(libraries, 'uploadItems');
  const failedUploads = list(libraries, 'failedUploads');
  const currentStep = list(libraries, 'currentStep');
  const stepNames = list(libraries, 'stepNames');
  // A label inside a checkbox or radio wrapper names an option (a wrapping `label` is tested on its own below).
  const choiceInside = [...choiceWrapper.split(', ').filter((s) => s !== 'label'), '[class*="checkbox"]', '[class*="radio"]'].join(', ');
  const selectors: ChoiceSelectors = { choiceWrapper, choiceLabel };
  const passive = [list(libraries, 'passive'), NOT_A_WIDGET, OWN_HOST_SELECTOR, POPUP_SELECTOR].filter(Boolean).join(', ');

  /**
   * A control no reader reads, in a container where no reader found anything to read: an
   * element with a widget role, editable text or a focus stop, or a custom element (a name
   * with a hyphen) that no library lists as passive.
   */
  const unknownWidget = (container: Element): Element | undefined => {
    const all = container.querySelectorAll('*');
    for (let i = 0; i < all.length && i < WIDGET_SCAN_LIMIT; i++) {
      const el = all[i]!;
      if (!el.matches(WIDGET_SELECTOR) && !el.tagName.includes('-')) continue;
      if (within(el, container, passive) || isHidden(el, container)) continue;
      return el;
    }
    return undefined;
  };

  const hasControl = (el: Element | null | undefined): boolean =>
    !!el && !!controlSelector && (el.matches(controlSelector) || el.querySelector(controlSelector) !== null);

  const isChoiceLabel = (el: Element): boolean => {
    // A `label` around a checkbox or radio names an option, not a field.
    if (el.tagName === 'LABEL' && el.querySelector('input[type="checkbox"], input[type="radio"]')) return true;
    if (el.closest(choiceInside)) return true;
    const target = el.getAttribute('for') ? el.ownerDocument.getElementById(el.getAttribute('for')!) : null;
    return target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
  };

  const resolveContainer = (label: Element): Element | undefined => {
    for (const rule of containerRules) {
      const container = rule(label, hasControl);
      if (container) return container;
    }
    return undefined;
  };

  return {
    ...selectors,
    disabled: list(libraries, 'disabled'),
    checkboxComponent: list(libraries, 'checkboxComponents'),
    resolveContainer,

    findLabels(root) {
      const hits: LabelHit[] = [];
      const seen = new Set<Element>();
      for (const label of Array.from(root.querySelectorAll(labelSelector))) {
        if (seen.has(label) || label.closest(NOT_FORM_SELECTOR) || isHidden(label) || isChoiceLabel(label)) continue;
        // Nested label patterns (a `label` inside td.ti3-form-label): keep the outer one.
        for (const inner of Array.from(label.querySelectorAll(labelSelector))) seen.add(inner);
        const text = label.getAttribute('data-label') ?? labelText(label);
        const container = resolveContainer(label);
        if (!container || container.closest(OWN_HOST_SELECTOR)) continue;
        hits.push({ label, text, container });
      }
      return hits;
    },

    findHeadingCandidates(root) {
      return Array.from(root.querySelectorAll(HEADING_SELECTOR)).filter(
        (el) => !el.closest(NOT_FORM_SELECTOR) && !el.matches(labelSelector) && !isHidden(el) && (el.textContent ?? '').length <= 40,
      );
    },

    readContainer(container) {
      const out: Reading[] = [];
      const consumed: Element[] = [];
      const candidates = container.matches(readerSelector)
        ? [container, ...Array.from(container.querySelectorAll(readerSelector))]
        : Array.from(container.querySelectorAll(readerSelector));
      // A hidden container hides everything in it; otherwise only the part below it needs a look.
      if (candidates.length > 0 && isHidden(container)) return out;
      // Nothing a reader knows, but a control all the same: its value cannot be read.
      if (candidates.length === 0) {
        const widget = unknownWidget(container);
        if (widget && !isHidden(container)) out.push({ kind: 'widget', el: widget });
        return out;
      }
      for (const el of candidates) {
        if (consumed.some((c) => c.contains(el)) || el.closest(OWN_HOST_SELECTOR) || isHidden(el, container) || inPopup(el, container)) continue;
        const reader = readers.find((r) => el.matches(r.selector))!;
        out.push(...reader.read(el, selectors));
        consumed.push(el);
      }
      return out;
    },

    countFiles(container) {
      // One query per slot, in document order: a file's own parts (TinyVue's li.tiny-upload-list__li
      // > div.tiny-upload-list__item) come right after it, so an item inside the file met last
      // is part of it. Linear in the slot's items, and at most MAX_FILES are counted.
      const items = container.querySelectorAll(uploadItems);
      if (items.length > 0) {
        if (isHidden(container)) return 0;
        let files = 0;
        let file: Element | undefined;
        for (const item of Array.from(items)) {
          if (file?.contains(item)) continue;
          file = item;
          if (isHidden(item, container) || (failedUploads && (item.matches(failedUploads) || item.querySelector(failedUploads) !== null))) continue;
          if (++files >= MAX_FILES) break;
        }
        return files;
      }
      const inputs = Array.from(container.querySelectorAll('input[type="file"]')) as HTMLInputElement[];
      const hasUploadUi = inputs.length > 0 || container.querySelector('[class*="upload"]') !== null;
      if (!hasUploadUi) return undefined;
      return Math.min(
        MAX_FILES,
        inputs.reduce((n, input) => n + (input.files?.length ?? 0), 0),
      );
    },

    /**
     * The element an inline warning should sit after: the top-level child of the container
     * that holds the first control (never inside a custom component's own markup).
     */
    anchorFor(container, control) {
      const target = control ?? container.querySelector(readerSelector) ?? container.querySelector(controlSelector);
      // Read-only text (carry-over shown as text): after its last element, never after a table cell.
      if (!target) return container.lastElementChild ?? container;
      if (target === container) return container;
      let node: Element = target;
      while (node.parentElement && node.parentElement !== container) node = node.parentElement;
      return node;
    },

    /** Text of the wizard's current step, when the page marks one. */
    currentStepText(root) {
      const marked = currentStep ? root.querySelector(currentStep) : null;
      const name = stepNames ? marked?.querySelector(stepNames) : null;
      const text = ownText(name ?? marked);
      return text || undefined;
    },
  };
}
