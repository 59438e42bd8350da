/**
 * 导出页面结构: the console page's structure as an HTML file with every piece of user data
 * removed, for a user to send when the console has changed and the extension no longer
 * reads it. Pure DOM → string (no browser.*, no network); the content script calls it when
 * the side panel asks (PanelToContent `report-page`), the panel shows it before it is saved,
 * and `npm run fixture` turns it into a fixture pair (test/support/report-to-fixture.ts).
 *
 * What is kept (what the readers need to find fields, sections and steps):
 * - every element's tag name (the body's, and the title's text);
 * - attributes that shape layout and reading: `class` and `role` (plain tokens only),
 *   `type`, `name`, `for`, `colspan`/`rowspan`, `tabindex`, `contenteditable`, `aria-*`
 *   states whose value is a short word or a small number (aria-checked, aria-expanded, …), `style` only as
 *   `display: none` (the readers skip hidden fields), and the boolean states `disabled`,
 *   `readonly`, `required`, `multiple`, `hidden`, `open`; `checked` and `selected` as the
 *   control shows them now, as boolean attributes only;
 * - ids: a word of letters (`mobile`, `main`) as it is, any other (generated: `tiny-id-3`,
 *   `rc_select_12`) as a placeholder `gen-N`, the same one wherever it is referenced
 *   (`for`, aria-labelledby, …), so a label still points at its control;
 * - texts of labels (the console's libraries' label patterns, dom/*.ts), section headings
 *   (h1–h6 and what the readers take for one), step bars, crumbs (the order type), options of selects and of
 *   checkbox and radio groups, and `data-label` (a plain-HTML label).
 *
 * What is removed: every value (input `value`, textarea content, `placeholder`, which
 * shows an upload's file name in Tea), every other text (display texts of selects and
 * dates, read-only values, file names, help and error texts), `title`, `alt`, aria-label,
 * aria-valuetext and any other attribute, every URL (href, src, action, srcset: dropped,
 * not shortened), the content of images, media, canvases and SVGs, scripts, styles,
 * templates, comments, shadow roots, our own warning hosts, and other-origin frames' content.
 * `data-*` attributes are dropped too (Vue's `data-v-…` hashes, test ids): no reader uses
 * them but `data-label`.
 *
 * Even a kept text is dropped when it could carry what the user typed: longer than
 * MAX_TEXT, holding five digits in a row, an `@` or a domain, or holding a value typed on
 * the page (a heading that echoes the site's name).
 *
 * A same-origin frame's body (a form the console puts in an iframe; frames.ts) is written in
 * the frame element's place as `<div data-report-frame="N">`, so one read of the file sees it.
 *
 * Bounds (the page is untrusted and may be huge): at most MAX_ELEMENTS elements, MAX_DEPTH
 * levels, MAX_FRAMES frames and MAX_CHARS characters; a file cut short says so at its end.
 */
import { domOf, type DomLibrary } from './dom';

export const MAX_ELEMENTS = 10_000;
export const MAX_DEPTH = 64;
export const MAX_FRAMES = 8;
export const MAX_CHARS = 1_500_000;
/** The longest kept text: labels, headings and options are short. */
export const MAX_TEXT = 80;
/** Typed values remembered to drop the texts that echo them. */
const MAX_TYPED = 500;

export interface PageReportContext {
  /** The console's libraries (its definition's), for its label, step and option patterns. */
  readonly libraries: readonly DomLibrary[];
  readonly console: string;
  /** The wizard step the extension read on the page. */
  readonly step: string;
  /** YYYY-MM-DD, the user's local date. */
  readonly date: string;
  readonly version: string;
  /**
   * Our warning hosts (components/inline/host.ts isOwnHost), left out. Passed in: hosts are
   * known by reference in the content script's own module, and this one runs in page-engine.js
   * (page-report-slot.ts).
   */
  readonly ownHost?: (node: Node) => boolean;
}

/** Elements left out with their content. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'base', 'head', 'slot']);
/** Elements kept as an empty element (their content is pixels, a picture, or another document). */
const OPAQUE = new Set([
  'img',
  'svg',
  'canvas',
  'video',
  'audio',
  'picture',
  'object',
  'embed',
  'math',
  'iframe',
  'frame',
  'textarea',
  'map',
  'source',
  'track',
]);
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
/** Inline elements: the file breaks lines before every other element outside a kept text (a break there changes no text a reader takes). */
const INLINE = new Set(['span', 'a', 'b', 'i', 'em', 'strong', 'small', 'label', 'abbr', 'code', 'sup', 'sub', 'img', 'svg', 'br', 'wbr']);

const BOOLEAN_ATTRIBUTES = ['disabled', 'readonly', 'required', 'multiple', 'hidden', 'open'];
/** aria-* attributes that carry text (a value, a name): dropped; the others are kept when their value is a short word or a small number (ARIA_VALUE). */
const ARIA_TEXTS = new Set([
  'aria-label',
  'aria-valuetext',
  'aria-valuenow',
  'aria-placeholder',
  'aria-description',
  'aria-roledescription',
  'aria-keyshortcuts',
  'aria-braillelabel',
]);
/** Attributes holding id references: mapped like the ids. */
const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'list'];

const TAG = /^[a-z][a-z0-9-]{0,40}$/;
const TOKEN = /^[A-Za-z_][\w-]{0,63}$/;
const MAX_TOKENS = 32;
const WORD_ID = /^[A-Za-z][A-Za-z_-]{0,31}$/;
const ARIA_VALUE = /^(?:[a-z]{1,16}|\d{1,2})$/;
const NAME = /^[\w.[\]-]{1,64}$/;
/** What a typed value may look like inside a kept text: a number (ID, phone, licence), an email, a domain. */
const LOOKS_TYPED = /\d{5}|@|[\w-]\.[a-z]{2}/i;
/** Input types whose value is typed text (not a checkbox's or a button's fixed value). */
const TYPED_INPUTS = new Set(['', 'text', 'search', 'tel', 'email', 'url', 'number', 'password', 'date', 'datetime-local', 'month', 'week', 'time']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
/** A value written inside the header comment: it cannot end the comment. */
const inComment = (text: string) => text.replace(/-->|--|[<>]/g, ' ').slice(0, 40);
const tokens = (value: string, pattern: RegExp) =>
  value
    .split(/\s+/)
    // A long number is no class name a library writes: it may be a value bound into one.
    .filter((token) => pattern.test(token) && !/\d{5}/.test(token))
    .slice(0, MAX_TOKENS)
    .join(' ');

/** Every value typed on the page (of `doc` and its same-origin frames), to drop texts that echo one. */
function typedValues(doc: Document): string[] {
  const values = new Set<string>();
  const add = (value: string | null | undefined) => {
    const text = (value ?? '').trim();
    if (text.length >= 2 && values.size < MAX_TYPED) values.add(text.slice(0, 200));
  };
  const visit = (d: Document, frames: number) => {
    for (const el of Array.from(d.querySelectorAll('input, textarea, [contenteditable]'))) {
      if (values.size >= MAX_TYPED) return;
      if (el.tagName === 'TEXTAREA') add((el as HTMLTextAreaElement).value);
      else if (el.tagName === 'INPUT') {
        if (!TYPED_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase())) continue;
        add((el as HTMLInputElement).value);
        add(el.getAttribute('value'));
      } else add(el.textContent);
    }
    for (const frame of Array.from(d.querySelectorAll('iframe, frame')).slice(0, MAX_FRAMES - frames)) {
      const inner = frameDocument(frame);
      if (inner) visit(inner, frames + 1);
    }
  };
  visit(doc, 0);
  return [...values];
}

/** A frame's document when the page may read it (same origin), else undefined. */
function frameDocument(frame: Element): Document | undefined {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined; // another origin
  }
}

/** The elements whose text is kept: labels, headings, step bars, options and choices, as the console's libraries draw them. */
function textKeepers(doc: Document, libraries: readonly DomLibrary[]): Set<Element> {
  const dom = domOf(libraries);
  const list = (key: 'choiceWrappers' | 'choiceLabels' | 'stepNames' | 'currentStep') =>
    libraries
      .map((library) => library[key])
      .filter(Boolean)
      .join(', ');
  const keep = new Set<Element>();
  for (const hit of dom.findLabels(doc)) keep.add(hit.label);
  for (const heading of dom.findHeadingCandidates(doc)) keep.add(heading);
  const selectors = [
    'title, h1, h2, h3, h4, h5, h6, legend, [role="heading"], option, optgroup, [role="option"], [role="tab"]',
    // The page's crumb names the order type (首次备案, 变更备案).
    'ti-crumb, [class*="crumb"]',
    // Step bars (the readers' step markers, and what dom/index.ts keeps out of the form for being one).
    '[class*="steps"] li, [class*="-step__item"], [aria-current="step"]',
    list('stepNames'),
    list('currentStep'),
    list('choiceLabels'),
    // A wrapping label names its checkbox or radio; the other wrappers are the libraries' own.
    list('choiceWrappers')
      .split(', ')
      .filter((selector) => selector && selector !== 'label')
      .join(', '),
    'label',
  ].filter(Boolean);
  for (const el of Array.from(doc.querySelectorAll(selectors.join(', ')))) {
    // A `label` is kept as a field's label (found above) or as a checkbox's or radio's.
    if (el.tagName === 'LABEL' && !keep.has(el) && !el.querySelector('input[type="checkbox"], input[type="radio"]')) continue;
    keep.add(el);
  }
  return keep;
}

/** Upload list items: their texts are file names, whatever wraps them. */
const uploadItemsOf = (libraries: readonly DomLibrary[]) =>
  libraries
    .map((library) => library.uploadItems)
    .filter(Boolean)
    .join(', ');

/** The report of `doc` (and its same-origin frames): an HTML file without values (see the top of this file). */
export function pageReport(doc: Document, context: PageReportContext): string {
  const typed = typedValues(doc);
  const uploadItems = uploadItemsOf(context.libraries);
  const ids = new Map<string, string>();
  const idFor = (id: string) => {
    let mapped = ids.get(id);
    if (mapped === undefined) ids.set(id, (mapped = WORD_ID.test(id) ? id : `gen-${ids.size + 1}`));
    return mapped;
  };
  const safeText = (text: string): string | undefined => {
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > MAX_TEXT || LOOKS_TYPED.test(trimmed)) return undefined;
    if (typed.some((value) => trimmed.includes(value))) return undefined;
    return text.replace(/\s+/g, ' ');
  };

  let elements = 0;
  let frames = 0;
  let truncated = false;
  let length = 0;
  const out: string[] = [];
  const push = (text: string) => {
    if (truncated) return;
    if (length + text.length > MAX_CHARS) {
      truncated = true;
      return;
    }
    out.push(text);
    length += text.length;
  };

  const attributesOf = (el: Element, tag: string): string => {
    const parts: string[] = [];
    const add = (name: string, value?: string) => parts.push(value === undefined ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`);
    const id = el.getAttribute('id');
    if (id) add('id', idFor(id));
    const classes = tokens(el.getAttribute('class') ?? '', TOKEN);
    if (classes) add('class', classes);
    const role = tokens(el.getAttribute('role') ?? '', /^[a-z-]{1,20}$/);
    if (role) add('role', role);
    const type = el.getAttribute('type')?.toLowerCase();
    if (type && /^[a-z-]{1,16}$/.test(type)) add('type', type);
    const name = el.getAttribute('name');
    if (name && NAME.test(name) && !/\d{5}/.test(name)) add('name', name);
    for (const reference of ID_REFERENCES) {
      const value = el.getAttribute(reference);
      if (value) add(reference, value.split(/\s+/).filter(Boolean).slice(0, MAX_TOKENS).map(idFor).join(' '));
    }
    for (const { name: attribute, value } of Array.from(el.attributes)) {
      if (attribute.startsWith('aria-') && !ARIA_TEXTS.has(attribute) && !ID_REFERENCES.includes(attribute) && ARIA_VALUE.test(value)) add(attribute, value);
    }
    for (const span of ['colspan', 'rowspan']) {
      const value = el.getAttribute(span);
      if (value && /^\d{1,2}$/.test(value)) add(span, value);
    }
    const tabindex = el.getAttribute('tabindex');
    if (tabindex !== null && /^-?\d$/.test(tabindex)) add('tabindex', tabindex);
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && /^(?:true|false|plaintext-only)?$/.test(editable)) add('contenteditable', editable);
    if ((el as HTMLElement).style?.display === 'none') add('style', 'display: none');
    for (const flag of BOOLEAN_ATTRIBUTES) if (el.hasAttribute(flag)) add(flag);
    // The state the control shows now, which the attribute may not (a click changes the property only).
    if (tag === 'input' && (el as HTMLInputElement).checked) add('checked');
    if (tag === 'option' && (el as HTMLOptionElement).selected) add('selected');
    const label = el.getAttribute('data-label');
    if (label !== null) add('data-label', safeText(label) ?? '');
    return parts.join('');
  };

  const newline = (depth: number) => '\n' + '  '.repeat(Math.min(depth, 30));

  const writeChildren = (parent: Node, depth: number, keepers: Set<Element>, keepText: boolean, inUpload: boolean) => {
    for (const child of Array.from(parent.childNodes)) {
      if (truncated) return;
      if (child.nodeType === 3) {
        if (!keepText || inUpload) continue;
        const text = safeText(child.textContent ?? '');
        if (text) push(escapeText(text));
      } else if (child.nodeType === 1) writeElement(child as Element, depth, keepers, keepText, inUpload);
      // Comments, processing instructions: left out.
    }
  };

  const writeElement = (el: Element, depth: number, keepers: Set<Element>, keepText: boolean, inUpload: boolean) => {
    if (depth > MAX_DEPTH || context.ownHost?.(el)) return;
    if (elements >= MAX_ELEMENTS) {
      truncated = true;
      return;
    }
    const raw = el.localName.toLowerCase();
    if (SKIPPED.has(raw)) return;
    elements += 1;
    const tag = TAG.test(raw) ? raw : 'x-element';
    if (!keepText && !INLINE.has(tag)) push(newline(depth));
    if (tag === 'iframe' || tag === 'frame') {
      const inner = frames < MAX_FRAMES ? frameDocument(el) : undefined;
      if (inner?.body) {
        frames += 1;
        push(`<div data-report-frame="${frames}"${attributesOf(el, tag)}>`);
        writeChildren(inner.body, depth + 1, new Set([...keepers, ...textKeepers(inner, context.libraries)]), false, false);
        push(`${newline(depth)}</div>`);
        return;
      }
    }
    push(`<${tag}${attributesOf(el, tag)}>`);
    if (VOID.has(tag)) return;
    if (!OPAQUE.has(tag)) {
      const keeps = keepText || keepers.has(el);
      writeChildren(el, depth + 1, keepers, keeps, inUpload || (!!uploadItems && el.matches(uploadItems)));
      if (!keeps && [...el.children].some((c) => !INLINE.has(c.localName))) push(newline(depth));
    }
    push(`</${tag}>`);
  };

  const keepers = textKeepers(doc, context.libraries);
  const title = doc.querySelector('title');
  const titleText = title ? safeText(title.textContent ?? '') : undefined;
  const header = [
    '<!--',
    '  备案预检 页面结构报告 · Beian Precheck page structure report',
    `  console: ${inComment(context.console)}`,
    `  step: ${inComment(context.step)}`,
    `  date: ${inComment(context.date)}`,
    `  extension: ${inComment(context.version)}`,
    '  no values: every typed value, every text but labels, headings, steps and options, every URL and image removed (ticked options stay marked)',
    '  不含任何填写的内容：已删除所有输入值、除标签/标题/步骤/选项外的文字、所有网址和图片（保留勾选状态）',
    '-->',
  ].join('\n');
  push(header);
  push('\n<!doctype html>\n<html>\n<head><meta charset="utf-8"><title>');
  if (titleText) push(escapeText(titleText));
  push('</title></head>\n<body>');
  if (doc.body) writeChildren(doc.body, 1, keepers, false, false);
  push('\n</body>\n</html>\n');
  if (truncated) out.push(`<!-- truncated: more than ${MAX_ELEMENTS} elements or ${MAX_CHARS} characters -->\n`);
  return out.join('');
}
