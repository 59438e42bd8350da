/**
 * TDesign (`tdesign-react`, Tencent's other React library, https://tdesign.tencent.com/react): read
 * in case the rebuilt Tencent Cloud filing console uses it instead of Tea. TDesign names every part
 * `<prefix>-<part>`, the prefix set by its ConfigProvider (`globalConfig.classPrefix`, default `t`),
 * so, as with Tea (dom/tea.ts), this reader matches part suffixes, never a prefix.
 *
 * A FormItem is `div.<p>-form__item` > `div.<p>-form__label > label` and `div.<p>-form__controls`,
 * which holds `div.<p>-form__controls-content` (the control) and, beside it, the item's help and
 * extra text (`<p>-input__help`, `<p>-input__extra`): the container is the content part, so a help
 * text is never a value. Inputs, textareas, radios and checkboxes are native elements
 * (`input.<p>-input__inner`; `label.<p>-radio > input.<p>-radio__former + span.<p>-radio__label`),
 * read by native.ts. A single Select and a Cascader show the chosen label (a Cascader its path,
 * "广东省 / 深圳市 / 南山区") as the value of their read-only input, the placeholder as its
 * placeholder; a multiple one shows one `<p>-tag` per choice. A DatePicker shows the date in its
 * input, a DateRangePicker the two dates in two inputs. Uploads show a file as the single-file name
 * (`<p>-upload__single-display-text`, with `<p>-upload__single-progress` while it uploads), an image
 * card (`<p>-upload__card-content`; an unfinished card is a `<p>-upload__card-container`, the add
 * button too) or a row of the file-flow table (its status `<p>-upload__file-flow-<status>`). Steps
 * mark the current item `<p>-steps-item--process`, its name in `<p>-steps-item__title`; greyed
 * parts carry `<p>-is-disabled`.
 * DOM as tdesign-react 1.18.2 renders it in a browser (packages/components/form/FormItem.tsx,
 * select, select-input, tag-input, cascader, date-picker, radio, checkbox, upload/themes, steps in
 * https://github.com/Tencent/tdesign-react), checked on its own client render (dom/tdesign.test.tsx;
 * the fixture pages test/fixtures/consoles/tencent/tdesign-*.html).
 */
import type { DomLibrary, Reading } from './library';

/** A TDesign part of any prefix: the class list has a class ending in `-<part>`. */
const part = (name: string) => `[class$="-${name}"], [class*="-${name} "]`;

/** A Cascader: TDesign's is a select input too (`<p>-cascader <p>-select-input`); Tea's `<p>-cascader` is not, and stays Tea's (dom/tea.ts). */
const CASCADER = '[class*="-cascader "][class*="-select-input"]';

/** The shown value of a Select or Cascader: its input's value, or its tags when it is a multiple one. */
function readSelectInput(el: Element): Reading[] {
  if (el.matches('[class*="-select-input--multiple"]') || el.querySelector('[class*="-tag-input"]')) {
    const tags = Array.from(el.querySelectorAll('[class*="-tag"] > span[title]'))
      .map((span) => (span.getAttribute('title') ?? '').trim())
      // A collapsed rest ("+2", minCollapsedNum) counts choices, it is none.
      .filter((text) => text !== '' && !/^\+\s*\d+$/.test(text));
    return [{ kind: 'tags', values: tags, el }];
  }
  const input = el.querySelector('input') as HTMLInputElement | null;
  return [{ kind: 'choice', value: input?.value.trim() ?? '', el: input ?? el }];
}

/** DatePicker (one input) or DateRangePicker (start and end): the inputs hold the formatted dates. */
function readDates(el: Element): Reading[] {
  return Array.from(el.querySelectorAll('input')).map((input) => ({ kind: 'date' as const, value: input.value.trim(), el: input }));
}

export const tdesign: DomLibrary = {
  id: 'tdesign',
  labels: '[class*="-form__label"] > label',
  controls: [
    part('select__wrap'),
    part('cascader'),
    part('date-picker'),
    part('date-range-picker'),
    part('radio-group'),
    part('checkbox-group'),
    part('upload'),
  ].join(', '),
  containers: [
    // Form item: the label part → the content part of the same item's controls (not its help text).
    (label) => label.closest('[class*="-form__item"]')?.querySelector(':scope > [class*="-form__controls"] > [class*="-form__controls-content"]') ?? undefined,
  ],
  readers: [
    // Not the option layers (`<p>-select__dropdown`, `<p>-cascader__menu` in a `<p>-popup` at the end of <body>).
    { selector: part('select__wrap'), read: readSelectInput },
    { selector: CASCADER, read: readSelectInput },
    { selector: `${part('date-picker')}, ${part('date-range-picker')}`, read: readDates },
  ],
  choiceWrappers:
    'label[class$="-radio"], label[class*="-radio "], label[class$="-radio-button"], label[class*="-radio-button "], label[class$="-checkbox"], label[class*="-checkbox "]',
  choiceLabels: '[class*="-radio__label"], [class*="-radio-button__label"], [class*="-checkbox__label"]',
  uploadItems:
    '[class*="-upload__single-display-text"], [class*="-upload__card-content"], [class*="-upload__flow-table"] > tbody > tr:not([class*="batch-row"])',
  failedUploads:
    '[class*="-upload__single-progress"], [class*="-upload__card-status-wrap"], [class*="-upload__file-flow-progress"], [class*="-upload__file-flow-fail"], [class*="-upload__file-flow-waiting"]',
  currentStep: '[class*="-steps-item--process"]',
  stepNames: '[class*="-steps-item__title"]',
  disabled: '[class*="-is-disabled"]',
};
