/**
 * Tea (`tea-component`, Tencent's React library, https://tea-design.github.io): the Tencent Cloud
 * filing console's library (https://console.cloud.tencent.com/beian). Tea names every part
 * `<prefix>-<part>`, the prefix set by its ConfigProvider (`classPrefix`, default `tea`); the
 * filing console renames it `app-beian`. So this reader matches part suffixes, never a prefix:
 * `[class*="-form__item"]`, not `.tea-form__item`.
 *
 * A Form.Item is `div.<p>-form__item` > `div.<p>-form__label > label` and
 * `div.<p>-form__controls [.is-error]`, the control first, then the item's own status icon,
 * message (`div.<p>-form__help-text`) and extra text (`<p>-form__help-extra`): those are in the
 * controls element, so the readers below never read them and plain text skips them (index.ts).
 * Selects are a dropdown showing the chosen text in `<p>-dropdown__value` (a placeholder as
 * `<p>-text-weak`), cascaders the path in `<p>-cascader__value`, checkboxes and radios native
 * inputs in `label.<p>-form-check` with their text in `<p>-form-check__label`. Uploads have no
 * list of their own: a page shows each file with the Upload.File preset (the name as its input's
 * placeholder) or the Upload.Image preset (the name in `<p>-form-upload__file`). The Stepper marks
 * the current step `<p>-step__item.is-current`, its name in `<p>-step__title`.
 * DOM as tea-component 2.8.0 renders it (lib/form/FormItem.js, FormControl.js, select/SimulateSelect.js,
 * cascader, checkbox, radio, upload/preset, stepper), checked on its own server render
 * (dom/tea.test.tsx; the fixture pages test/fixtures/consoles/tencent/*.html) with both prefixes.
 */
import { withoutPlaceholder, type DomLibrary, type Reading } from './library';

/** A Tea part of any prefix: the class list has a class ending in `-<part>`. */
const part = (name: string) => `[class$="-${name}"], [class*="-${name} "]`;

/** A Select's own elements that are not its value: the placeholder and the arrow. */
const NOT_VALUE = '[class*="-text-weak"], svg, [class*="-icon"]';

function readSelect(el: Element): Reading[] {
  const value = el.querySelector('[class*="-dropdown__value"]');
  return [{ kind: 'choice', value: value ? withoutPlaceholder(value, NOT_VALUE) : '', el }];
}

/** The path a cascader shows ("广东省 / 深圳市 / 南山区"); pages that type it into the trigger input keep it there. */
function readCascader(el: Element): Reading[] {
  const shown = el.querySelector('[class*="-cascader__value"]');
  const text = shown ? withoutPlaceholder(shown, NOT_VALUE) : '';
  const input = el.querySelector('input') as HTMLInputElement | null;
  return [{ kind: 'choice', value: text || (input?.value.trim() ?? ''), el }];
}

export const tea: DomLibrary = {
  id: 'tea',
  labels: '[class*="-form__label"] > label',
  controls: [part('dropdown'), part('cascader'), part('form-check-group'), part('form-upload'), part('form-upload-img'), part('form-upload-drag')].join(', '),
  containers: [
    // Form item: the label part → the controls part of the same item.
    (label) => label.closest('[class*="-form__item"]')?.querySelector(':scope > [class*="-form__controls"]') ?? undefined,
  ],
  readers: [
    // Select (a dropdown): not the options layer (`<p>-dropdown-box`, in the overlay root).
    { selector: part('dropdown'), read: readSelect },
    { selector: part('cascader'), read: readCascader },
  ],
  choiceWrappers: 'label[class*="-form-check"]',
  choiceLabels: '[class*="-form-check__label"]',
  // One file: the Image preset with a name, or the File preset whose input shows a name.
  uploadItems: '[class*="-form-upload__file"], [class*="-form-upload__inner"] > input[placeholder]:not([placeholder=""])',
  currentStep: '[class*="-step__item"].is-current',
  stepNames: '[class*="-step__title"]',
  // Tea marks a greyed Select or Cascader `is-disabled`; greyed inputs and options carry `disabled` (native.ts).
  disabled: '[class*="-dropdown"].is-disabled, [class*="-cascader"].is-disabled',
};
