/**
 * TinyVue (`tiny-*`, Vue): a possible rewrite of the Huawei console, and the library of
 * our demo console (test/demo-console). Form items with a label and a content, selects
 * and cascaders holding the chosen label in a readonly input, checkbox components whose
 * state is a class.
 * DOM as rendered by @opentiny/vue (https://opentiny.design/tiny-vue).
 */
import { ownText, type DomLibrary } from './library';

export const tinyvue: DomLibrary = {
  id: 'tinyvue',
  labels: '.tiny-form-item__label',
  containers: [
    // Form item → its content (and lookalikes: Tiny3's ti3-form-item, any *form-item*).
    // `for` is the prop name, not an id. (From the parent: `label.tiny-form-item__label`
    // itself matches [class*="form-item"].) An item's content is the container even when
    // it holds no control yet (从域名 with no rows).
    (label) => {
      const item = label.parentElement?.closest('.tiny-form-item, .ti3-form-item, [class*="form-item"], [class*="form__item"]');
      if (!item) return undefined;
      const content = item.querySelector(
        ':scope > .tiny-form-item__content, :scope > [class*="form-item__content"], :scope > [class*="form__controls"], :scope > [class*="form-content"]',
      );
      return content && !content.contains(label) ? content : undefined;
    },
  ],
  readers: [
    // Date editor (single or range): its inputs hold the formatted dates.
    {
      selector: '.tiny-date-editor, .tiny-range-editor',
      read: (el) =>
        Array.from(el.querySelectorAll('input')).map((input) => ({ kind: 'date' as const, value: (input as HTMLInputElement).value.trim(), el: input })),
    },
    // Select / cascader: a readonly input holds the chosen label; multiple select shows tags.
    {
      selector: '.tiny-select, .tiny-cascader',
      read: (el) => {
        const tags = Array.from(el.querySelectorAll('.tiny-tag, .tiny-select__tags-text, .tiny-cascader__tags .tiny-tag')).map(ownText).filter(Boolean);
        if (tags.length) return [{ kind: 'tags', values: [...new Set(tags)], el }];
        const input = el.querySelector('input.tiny-input__inner, input') as HTMLInputElement | null;
        return [{ kind: 'choice', value: input?.value.trim() ?? ownText(el), el }];
      },
    },
    // Checkbox / radio without a reachable native state.
    {
      selector: '.tiny-checkbox, .tiny-radio',
      read: (el) => {
        const input = el.querySelector('input') as HTMLInputElement | null;
        const checked = (input?.checked ?? false) || el.classList.contains('is-checked') || !!el.querySelector('.is-checked');
        return [{ kind: 'check', label: ownText(el.querySelector('.tiny-checkbox__label, .tiny-radio__label') ?? el), checked, el }];
      },
    },
  ],
  choiceWrappers: '.tiny-checkbox, .tiny-radio',
  choiceLabels: '.tiny-checkbox__label, .tiny-radio__label',
  checkboxComponents: '.tiny-checkbox',
  uploadItems: '.tiny-upload-list__li, .tiny-upload-list__item',
  currentStep: '.tiny-steps-block.active, .tiny-steps .is-process, .tiny-steps .is-active, .tiny-steps-normal .active',
  stepNames: '.tiny-steps-text-name',
  disabled: '.is-disabled',
};
