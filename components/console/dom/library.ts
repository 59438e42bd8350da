/**
 * What a component-library reader is: the selectors and rules by which one library
 * (Tiny3, TinyVue, plain HTML; Ant Design or Tea next) shows labels, controls, values,
 * upload lists, step bars and greyed fields. A console lists the libraries its pages use
 * (ConsoleDefinition.libraries); dom/index.ts composes them. Readers return what the user
 * sees (display text, checked boxes, file counts) and never judge it.
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
  | { readonly kind: 'tags'; readonly values: readonly string[]; readonly el: Element }
  /** A control no reader knows (a component of another library, a console's own widget): the field is there, its value unreadable. */
  | { readonly kind: 'widget'; readonly el: Element };

/** The composed selectors a reader may need beyond its own element (an option's label may sit in another library's wrapper). */
export interface ChoiceSelectors {
  /** Elements wrapping one checkbox or radio with its text. */
  readonly choiceWrapper: string;
  /** The text part inside such a wrapper. */
  readonly choiceLabel: string;
}

/** Reads one control (or custom component, as a whole) of the elements `selector` matches. */
export interface Reader {
  readonly selector: string;
  read(el: Element, dom: ChoiceSelectors): Reading[];
}

/** From a label element to the element holding its field's controls; undefined: not this rule's layout. */
export type ContainerRule = (label: Element, hasControl: (el: Element | null | undefined) => boolean) => Element | undefined;

/** Selector lists are comma-separated; a library leaves out what it has none of. */
export interface DomLibrary {
  readonly id: string;
  /** Elements that label a field. */
  readonly labels?: string;
  /** Elements that are (or wrap) a control: a container holds one of these. */
  readonly controls?: string;
  /** Label → container rules, tried in the order the console lists its libraries. */
  readonly containers: readonly ContainerRule[];
  /** Value readers; the first whose selector matches reads the element. */
  readonly readers: readonly Reader[];
  /** Elements wrapping one checkbox or radio with its text. */
  readonly choiceWrappers?: string;
  /** The text part inside such a wrapper. */
  readonly choiceLabels?: string;
  /** Checkbox components read as a whole (a lone 同主体负责人 box in a heading). */
  readonly checkboxComponents?: string;
  /** One uploaded file in an upload list (never the list itself). */
  readonly uploadItems?: string;
  /** Inside (or on) an upload item: the file failed or is still uploading, so it does not count. */
  readonly failedUploads?: string;
  /** The current item of a step bar. */
  readonly currentStep?: string;
  /** The name part of a step bar item. */
  readonly stepNames?: string;
  /** Greyed (disabled or read-only) controls. */
  readonly disabled?: string;
  /** The library's custom elements that hold no value (wrappers, icons, help tips): never an unknown control. */
  readonly passive?: string;
}

export const ownText = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function withoutPlaceholder(el: Element, placeholder: string): string {
  const clone = el.cloneNode(true) as Element;
  for (const p of Array.from(clone.querySelectorAll(placeholder))) p.remove();
  return ownText(clone);
}

/**
 * The text of a native checkbox or radio: its wrapper's label part, a label[for], else the text
 * after it. Tiny3 inserts label.ti3-checkbox (skin + label part) right after the input, and a
 * page may leave that label part empty and show the option's text beside it: in the wrapping
 * `label` (a <strong>), or after the inserted label (a group's item template).
 * https://github.com/opentiny/ng/blob/main/src/checkbox/lib/src/checkbox.html,
 * https://github.com/opentiny/ng/blob/main/src/checkbox/lib/src/checkboxgroup.html
 */
export function checkLabel(input: Element, dom: ChoiceSelectors): string {
  const wrapper = input.closest(dom.choiceWrapper);
  if (wrapper) {
    const inner = dom.choiceLabel ? wrapper.querySelector(dom.choiceLabel) : null;
    const text = ownText(inner) || ownText(wrapper);
    if (text) return text;
  }
  const id = input.getAttribute('id');
  const forLabel = id ? input.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  const text = ownText(forLabel);
  if (text) return text;
  // The first sibling after it that shows text, before the next control.
  for (let node = input.nextSibling; node; node = node.nextSibling) {
    if (node instanceof Element && (node.matches('input, select, textarea') || node.querySelector('input, select, textarea'))) break;
    const after = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (after) return after;
  }
  return '';
}
