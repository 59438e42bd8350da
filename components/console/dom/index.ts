/**
 * The only place that knows component-library CSS. Three families, from
 * console-fields.md §4.1 and §5.3: Tiny3 / TinyNG (`ti3-*`, Angular, the console today),
 * TinyVue (`tiny-*`, a possible rewrite and our demo console), and plain HTML.
 * Readers return what the user sees (display text, checked boxes, file counts) and never
 * judge it.
 */

/** An element that labels a field, found by one of the libraries' label patterns. */
export interface LabelHit {
  readonly label: Element;
  readonly text: string;
  /** Where the field's controls are (a table cell, a form-item content, a wrapper). */
  readonly container: Element;
}

export type Reading =
  | { readonly kind: 'text'; readonly value: string; readonly el: Element }
  /** A custom select / cascader: its display text; '' when only a placeholder shows. */
  | { readonly kind: 'choice'; readonly value: string; readonly el: Element }
  /** A date display; '' when only a placeholder shows. */
  | { readonly kind: 'date'; readonly value: string; readonly el: Element }
  | { readonly kind: 'check'; readonly label: string; readonly checked: boolean; readonly el: Element }
  /** Tags of a multi-select. */
  | { readonly kind: 'tags'; readonly values: readonly string[]; readonly el: Element };

/** Our own inline-warning hosts, shown or idle (components/inline-warnings.tsx): never read, never count as page changes. */
export const OWN_HOST_SELECTOR = '[data-beian-precheck-field], [data-beian-precheck-idle]';

/** Label elements, per library. Plain `label` comes last: TinyVue labels are `label` too. */
const LABEL_SELECTOR = [
  'td.ti3-form-label',
  '.ti3-form-top-text',
  '.ti3-form-label',
  '.tiny-form-item__label',
  'label',
  '.form-label',
  '[data-label]',
].join(',');

/** Option panels and pickers; TinyVue keeps them inside the component (hidden) until first opened. */
const POPUP_SELECTOR = '[class*="dropdown"], [class*="dropsearch"], [class*="popper"], [class*="picker-panel"], [role="listbox"], [role="menu"], [role="dialog"]';

/** Option layers, dropdown portals and step bars hold texts that look like labels or headings. */
const NOT_FORM_SELECTOR = [
  OWN_HOST_SELECTOR,
  '[class*="dropdown"]',
  '[class*="dropsearch"]',
  '[class*="popper"]',
  '[class*="steps"]',
  '[role="listbox"]',
  '[role="menu"]',
  'nav',
].join(',');

const CONTROL_SELECTOR = 'input, textarea, select, [class*="dominator"], .ti3-date-show, .ti3-date-placeholder-container, [class*="upload"], [contenteditable="true"]';

/** Hidden by itself or an ancestor; with `upTo`, only ancestors below `upTo` are looked at. */
export function isHidden(el: Element, upTo?: Element): boolean {
  for (let node: Element | null = el; node && node !== upTo; node = node.parentElement) {
    if (node instanceof HTMLElement && (node.hidden || node.style.display === 'none')) return true;
  }
  return false;
}

function isChoiceLabel(el: Element): boolean {
  // A `label` around a checkbox or radio names an option, not a field.
  if (el.tagName === 'LABEL' && el.querySelector('input[type="checkbox"], input[type="radio"]')) return true;
  if (el.closest('.tiny-checkbox, .tiny-radio, .ti3-checkbox, .ti3-radio, [class*="checkbox"], [class*="radio"]')) return true;
  const target = el.getAttribute('for') ? el.ownerDocument.getElementById(el.getAttribute('for')!) : null;
  return target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
}

function hasControl(el: Element | null | undefined): boolean {
  return !!el && (el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR) !== null);
}

/** From a label element to the element holding its field's controls (console-fields.md §5.1 "container resolution"). */
export function resolveContainer(label: Element): Element | undefined {
  // Tiny3 table form: label cell → the content cell of the same row.
  if (label.matches('td.ti3-form-label, td[class*="form-label"]')) {
    const row = label.closest('tr');
    const cell = row && Array.from(row.children).find((c) => c !== label && c.matches('td.ti3-form-content, td[class*="form-content"]'));
    if (cell) return cell;
    let next = label.nextElementSibling;
    while (next && !hasControl(next)) next = next.nextElementSibling;
    if (next) return next;
  }
  // Tiny3 vertical layout: the text sits above the content.
  if (label.matches('.ti3-form-top-text')) {
    const sibling = label.nextElementSibling;
    if (sibling && hasControl(sibling)) return sibling;
    const top = label.closest('.ti3-form-top-label') ?? label.parentElement;
    const content = top?.querySelector('.ti3-form-content') ?? top?.nextElementSibling;
    if (content && hasControl(content)) return content;
  }
  // TinyVue (and lookalikes): form item → its content. `for` is the prop name, not an id.
  // (From the parent: `label.tiny-form-item__label` itself matches [class*="form-item"].) An item's
  // content is the container even when it holds no control yet (从域名 with no rows).
  const item = label.parentElement?.closest('.tiny-form-item, .ti3-form-item, [class*="form-item"], [class*="form__item"]');
  if (item) {
    const content = item.querySelector(':scope > .tiny-form-item__content, :scope > [class*="form-item__content"], :scope > [class*="form__controls"], :scope > [class*="form-content"]');
    if (content && !content.contains(label)) return content;
  }
  // label[for] whose target exists.
  const forId = label.getAttribute('for');
  const target = forId ? label.ownerDocument.getElementById(forId) : null;
  if (target && !target.contains(label)) {
    const parent = label.parentElement;
    return parent && parent.contains(target) && parent !== label.ownerDocument.body ? parent : target;
  }
  // A label wrapping its own control.
  if (label.tagName === 'LABEL' && label.querySelector('input, select, textarea')) return label;
  // Generic: the next sibling that holds a control, else the parent's next sibling.
  for (let next = label.nextElementSibling; next; next = next.nextElementSibling) if (hasControl(next)) return next;
  const parentNext = label.parentElement?.nextElementSibling;
  return parentNext && hasControl(parentNext) ? parentNext : undefined;
}

/** Own text of a label without its star and help-icon children (their glyphs are not part of the name). */
function labelText(label: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child instanceof Element) {
        if (child.matches('tp-helptip, [class*="helptip"], [class*="help-tip"], [class*="tooltip"], [class*="staricon"], [class*="required"], [class*="icon"], svg, input, select, textarea')) continue;
        walk(child);
      }
    }
  };
  walk(label);
  return parts.join('');
}

/** Every visible field label of the page, in document order, with its container. */
export function findLabels(root: ParentNode): LabelHit[] {
  const hits: LabelHit[] = [];
  const seen = new Set<Element>();
  for (const label of Array.from(root.querySelectorAll(LABEL_SELECTOR))) {
    if (seen.has(label) || label.closest(NOT_FORM_SELECTOR) || isHidden(label) || isChoiceLabel(label)) continue;
    // Nested label patterns (a `label` inside td.ti3-form-label): keep the outer one.
    for (const inner of Array.from(label.querySelectorAll(LABEL_SELECTOR))) seen.add(inner);
    const text = label.getAttribute('data-label') ?? labelText(label);
    const container = resolveContainer(label);
    if (!container || container.closest(OWN_HOST_SELECTOR)) continue;
    hits.push({ label, text, container });
  }
  return hits;
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
  return textWithout(container, '[role="alert"], [role="tooltip"], [class*="error"], [class*="hint"], [class*="helptip"], [class*="help-tip"], tp-helptip, button, svg, ' + POPUP_SELECTOR);
}

/** Heading-like elements (titles of cards and sections), in document order. */
export function findHeadingCandidates(root: ParentNode): Element[] {
  return Array.from(
    root.querySelectorAll('h1, h2, h3, h4, h5, h6, legend, caption, [role="heading"], [class*="title"], [class*="header"], [class*="heading"]'),
  ).filter((el) => !el.closest(NOT_FORM_SELECTOR) && !el.matches(LABEL_SELECTOR) && !isHidden(el) && (el.textContent ?? '').length <= 40);
}

/* ---------------------------------------------------------------- value readers */

const ownText = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function withoutPlaceholder(el: Element, placeholder: string): string {
  const clone = el.cloneNode(true) as Element;
  for (const p of Array.from(clone.querySelectorAll(placeholder))) p.remove();
  return ownText(clone);
}

function checkLabel(input: Element): string {
  const wrapper = input.closest('label, .tiny-checkbox, .tiny-radio, .ti3-checkbox, .ti3-radio');
  if (wrapper) {
    const inner = wrapper.querySelector('.tiny-checkbox__label, .tiny-radio__label, [class*="checkbox-label"], [class*="radio-label"]');
    return ownText(inner ?? wrapper);
  }
  const id = input.getAttribute('id');
  const forLabel = id ? input.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  if (forLabel) return ownText(forLabel);
  return ownText(input.nextElementSibling) || (input.nextSibling?.textContent ?? '').trim();
}

interface Reader {
  readonly selector: string;
  read(el: Element): Reading[];
}

const READERS: readonly Reader[] = [
  // Tiny3 select / cascader: display text in the dominator, placeholder span is not a value.
  {
    selector: '.ti3-select-dominator-text, .ti3-cascader-dominator-text, [class*="dominator-text"]',
    read: (el) => {
      const tags = Array.from(el.querySelectorAll('.ti3-tag, [class*="tag-text"]')).map(ownText).filter(Boolean);
      if (tags.length) return [{ kind: 'tags', values: tags, el }];
      const titled = el.querySelector('.ti3-overflow-padding > span[title]:not(.ti3-placeholder)');
      const value = titled ? titled.getAttribute('title') || ownText(titled) : withoutPlaceholder(el, '.ti3-placeholder, [class*="placeholder"]');
      return [{ kind: 'choice', value, el }];
    },
  },
  // Tiny3 dates: value in .ti3-date-show, placeholder container when empty.
  {
    selector: '.ti3-date-show, .ti3-date-placeholder-container',
    read: (el) => [{ kind: 'date', value: el.matches('.ti3-date-placeholder-container') ? '' : withoutPlaceholder(el, '[class*="placeholder"]'), el }],
  },
  // TinyVue date editor (single or range): its inputs hold the formatted dates.
  {
    selector: '.tiny-date-editor, .tiny-range-editor',
    read: (el) =>
      Array.from(el.querySelectorAll('input')).map((input) => ({ kind: 'date' as const, value: (input as HTMLInputElement).value.trim(), el: input })),
  },
  // TinyVue select / cascader: a readonly input holds the chosen label; multiple select shows tags.
  {
    selector: '.tiny-select, .tiny-cascader',
    read: (el) => {
      const tags = Array.from(el.querySelectorAll('.tiny-tag, .tiny-select__tags-text, .tiny-cascader__tags .tiny-tag')).map(ownText).filter(Boolean);
      if (tags.length) return [{ kind: 'tags', values: [...new Set(tags)], el }];
      const input = el.querySelector('input.tiny-input__inner, input') as HTMLInputElement | null;
      return [{ kind: 'choice', value: input?.value.trim() ?? ownText(el), el }];
    },
  },
  // TinyVue checkbox / radio without a reachable native state.
  {
    selector: '.tiny-checkbox, .tiny-radio',
    read: (el) => {
      const input = el.querySelector('input') as HTMLInputElement | null;
      const checked = (input?.checked ?? false) || el.classList.contains('is-checked') || !!el.querySelector('.is-checked');
      return [{ kind: 'check', label: ownText(el.querySelector('.tiny-checkbox__label, .tiny-radio__label') ?? el), checked, el }];
    },
  },
  // Plain HTML (Tiny3's tiText / tiCheckbox are native inputs too).
  {
    selector: 'input, textarea, select',
    read: (el) => {
      if (el instanceof HTMLSelectElement) {
        const option = el.selectedOptions[0];
        return [{ kind: 'choice', value: option && option.value !== '' ? ownText(option) : '', el }];
      }
      const input = el as HTMLInputElement;
      const type = (input.getAttribute('type') ?? 'text').toLowerCase();
      if (['hidden', 'file', 'button', 'submit', 'reset', 'image'].includes(type)) return [];
      if (type === 'checkbox' || type === 'radio') return [{ kind: 'check', label: checkLabel(input), checked: input.checked, el }];
      return [{ kind: 'text', value: input.value, el }];
    },
  },
];

const READER_SELECTOR = READERS.map((r) => r.selector).join(',');

/** Inside an option panel / picker that sits within the container (not the container itself being in one). */
function inPopup(el: Element, container: Element): boolean {
  const popup = el.closest(POPUP_SELECTOR);
  return popup !== null && container.contains(popup) && popup !== container;
}

/** Everything a container shows, in document order; a custom component is read once, as a whole. */
export function readContainer(container: Element): Reading[] {
  const out: Reading[] = [];
  const consumed: Element[] = [];
  const candidates = container.matches(READER_SELECTOR) ? [container, ...Array.from(container.querySelectorAll(READER_SELECTOR))] : Array.from(container.querySelectorAll(READER_SELECTOR));
  // A hidden container hides everything in it; otherwise only the part below it needs a look.
  if (candidates.length > 0 && isHidden(container)) return out;
  for (const el of candidates) {
    if (consumed.some((c) => c.contains(el)) || el.closest(OWN_HOST_SELECTOR) || isHidden(el, container) || inPopup(el, container)) continue;
    const reader = READERS.find((r) => el.matches(r.selector))!;
    out.push(...reader.read(el));
    consumed.push(el);
  }
  return out;
}

/** Files in an upload slot: list items / thumbnails, else the native input's FileList. */
export function countFiles(container: Element): number | undefined {
  const all = Array.from(
    container.querySelectorAll('.ti3-upload-list-item, .ti3-upload-file-item, .tiny-upload-list__li, .tiny-upload-list__item, [class*="upload-list"] > li, [class*="upload-list__item"], [class*="file-item"]'),
  );
  // A TinyVue file is li.tiny-upload-list__li > div.tiny-upload-list__item: count each file once.
  const items = all.filter((i) => !all.some((o) => o !== i && o.contains(i)));
  const failed = '.is-uploading, .is-fail, .is-error, [class*="is-uploading"], [class*="is-fail"]';
  if (items.length) return items.filter((i) => !isHidden(i) && !i.matches(failed) && !i.querySelector(failed)).length;
  const inputs = Array.from(container.querySelectorAll('input[type="file"]')) as HTMLInputElement[];
  const hasUploadUi = inputs.length > 0 || container.querySelector('[class*="upload"]') !== null;
  if (!hasUploadUi) return undefined;
  return inputs.reduce((n, input) => n + (input.files?.length ?? 0), 0);
}

/**
 * The element an inline warning should sit after: the top-level child of the container
 * that holds the first control (never inside a custom component's own markup).
 */
export function anchorFor(container: Element, control?: Element): Element {
  const target = control ?? container.querySelector(READER_SELECTOR) ?? container.querySelector(CONTROL_SELECTOR);
  // Read-only text (carry-over shown as text): after its last element, never after a table cell.
  if (!target) return container.lastElementChild ?? container;
  if (target === container) return container;
  let node: Element = target;
  while (node.parentElement && node.parentElement !== container) node = node.parentElement;
  return node;
}

/* ---------------------------------------------------------------- step bar */

/** Text of the wizard's current step, when the page marks one (Tiny3 / TinyVue / ARIA). */
export function currentStepText(root: ParentNode): string | undefined {
  const marked = root.querySelector(
    '[aria-current="step"], .ti3-steps .ti3-step-active, .ti3-step.active, .ti3-steps .active, .tiny-steps-block.active, .tiny-steps .is-process, .tiny-steps .is-active, .tiny-steps-normal .active, [class*="steps"] [class*="is-process"], [class*="steps"] .active, [class*="step"][class*="current"]',
  );
  const name = marked?.querySelector('.tiny-steps-text-name, [class*="step-title"], [class*="step__title"]');
  const text = ownText(name ?? marked);
  return text || undefined;
}
