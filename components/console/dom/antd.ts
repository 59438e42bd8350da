/**
 * Ant Design (`ant-*`, React): the Alibaba Cloud filing console's library (its form pages
 * under https://beian.aliyun.com/pcContainer/). A Form.Item is a row of a label column
 * (`.ant-form-item-label > label[for][title]`, `for` naming the control's id when the item has
 * a `name`) and a control column whose `.ant-form-item-control-input-content` holds the
 * control; the item's own messages (`.ant-form-item-explain-error`, `-extra`) sit beside that
 * content, so they are never read as a value. Selects show their value as text (never in their
 * search input), dates in the picker's inputs, upload lists one item per file.
 * DOM as antd renders it: components/form/FormItem/{ItemHolder,FormItemLabel,FormItemInput}.tsx,
 * components/select, components/date-picker, components/upload/UploadList in
 * https://github.com/ant-design/ant-design (6.x; 5.x where it differs, noted below). The fixture
 * pages test/fixtures/consoles/aliyun/*.html are antd 6.6.8's own server render.
 */
import { cityOfAddress, provinceOfAddress } from '../../../rules/checks/address';
import { ownText, withoutPlaceholder, type DomLibrary, type Reading } from './library';

/** The part of a form item that holds its control (never its label, errors or extra text). */
const CONTENT = '.ant-form-item-control-input-content';

/** A Select's or Cascader's own elements that are not its value: placeholder, search input, arrow, clear button. */
const SELECT_NOT_VALUE =
  '.ant-select-placeholder, .ant-select-selection-placeholder, input, .ant-select-suffix, .ant-select-arrow, .ant-select-clear, [aria-hidden="true"]';

/** The chosen value of a single Select or Cascader: 5.x `.ant-select-selection-item`, 6.x the text of `.ant-select-content`. */
function selectValue(el: Element): string {
  const item = el.querySelector('.ant-select-selection-item');
  if (item) return item.getAttribute('title') || ownText(item);
  const content = el.querySelector('.ant-select-content, .ant-select-selector');
  return content ? withoutPlaceholder(content, SELECT_NOT_VALUE) : '';
}

function readSelect(el: Element): Reading[] {
  if (el.matches('.ant-select-multiple')) {
    // One tag per choice; 5.x's "+ 2 ..." (maxTagCount) is a count, not a choice.
    const tags = Array.from(el.querySelectorAll('.ant-select-selection-item-content'))
      .filter((tag) => !tag.closest('.ant-select-selection-overflow-item-rest'))
      .map(ownText)
      .filter(Boolean);
    return [{ kind: 'tags', values: tags, el }];
  }
  return [{ kind: 'choice', value: selectValue(el), el }];
}

/** A checkbox or radio wrapper: its input's state (rc-checkbox keeps it in sync), or the wrapper's checked class. */
function readCheck(el: Element): Reading[] {
  const input = el.querySelector('input') as HTMLInputElement | null;
  const checked = (input?.checked ?? false) || /-wrapper-checked\b/.test(el.className);
  const label = el.querySelector('.ant-checkbox-label, .ant-radio-label, .ant-radio-button-label');
  // 5.x has no label class: the text is the span after the box.
  return [{ kind: 'check', label: ownText(label ?? el), checked, el: input ?? el }];
}

/**
 * Aliyun's address prefix (`span.address-prefix` before the 通讯地址 input): the province, city
 * and district chosen earlier, as one fixed text ("浙江省杭州市西湖区"); the full address is the
 * prefix and the input. Read as the path a cascader shows, "浙江省 / 杭州市 / 西湖区" (a
 * municipality is its own city), or as it is when it does not start with a province.
 */
function readAddressPrefix(el: Element): Reading[] {
  const text = ownText(el).replace(/\s+/g, '');
  const province = provinceOfAddress(text);
  if (!province) return [{ kind: 'choice', value: text, el }];
  const rest = text.slice(text.startsWith(province.full) ? province.full.length : province.zh.length);
  const city = cityOfAddress(text);
  const municipality = city === province.full;
  const district = municipality || !city ? rest : rest.slice(city.length);
  const parts = [province.full, city ?? '', district].filter(Boolean);
  return [{ kind: 'choice', value: parts.join(' / '), el }];
}

export const antd: DomLibrary = {
  id: 'antd',
  labels: '.ant-form-item-label > label',
  controls: '.ant-select, .ant-picker, .ant-upload-wrapper, .ant-checkbox-group, .ant-radio-group',
  containers: [
    // Form item: the label column → the control column's content of the same row. A label
    // with a `for` outside any form item (a custom layout) goes to the element with that id.
    (label) => {
      const row = label.closest('.ant-form-item-row, .ant-form-item');
      const content = row?.querySelector(`:scope > .ant-form-item-control ${CONTENT}, :scope > .ant-row > .ant-form-item-control ${CONTENT}`);
      if (content) return content;
      const forId = label.getAttribute('for');
      const target = forId ? label.ownerDocument.getElementById(forId) : null;
      return target?.closest(CONTENT) ?? undefined;
    },
  ],
  readers: [
    // Select and Cascader (a Cascader is `ant-select ant-cascader`, its path "广东省 / 深圳市 / 南山区").
    // Not the option popup (`.ant-select-dropdown`, rendered at the end of <body>).
    { selector: '.ant-select:not(.ant-select-dropdown)', read: readSelect },
    // DatePicker (one input) and RangePicker (start and end inputs): the inputs hold the formatted dates.
    {
      selector: '.ant-picker:not(.ant-picker-dropdown)',
      read: (el) =>
        Array.from(el.querySelectorAll('.ant-picker-input > input')).map((input) => ({
          kind: 'date' as const,
          value: (input as HTMLInputElement).value.trim(),
          el: input,
        })),
    },
    { selector: '.ant-checkbox-wrapper, .ant-radio-wrapper, .ant-radio-button-wrapper', read: readCheck },
    // Aliyun's own wrapper around an antd input.
    { selector: 'span.address-prefix', read: readAddressPrefix },
  ],
  choiceWrappers: '.ant-checkbox-wrapper, .ant-radio-wrapper, .ant-radio-button-wrapper',
  choiceLabels: '.ant-checkbox-label, .ant-radio-label, .ant-radio-button-label',
  checkboxComponents: '.ant-checkbox-wrapper',
  // UploadList: one .ant-upload-list-item-container per file, its item marked -done, -error,
  // -uploading (or -removed while it animates out). The file input is cleared after each pick.
  uploadItems: '.ant-upload-list-item-container, .ant-upload-list-item',
  failedUploads: '.ant-upload-list-item-error, .ant-upload-list-item-uploading, .ant-upload-list-item-removed',
  // Steps: the current item is -process (6.x also -active); its name in .ant-steps-item-title.
  currentStep: '.ant-steps-item-process, .ant-steps-item-active',
  stepNames: '.ant-steps-item-title',
  disabled:
    '.ant-input-disabled, .ant-input-affix-wrapper-disabled, .ant-input-number-disabled, .ant-select-disabled, .ant-picker-disabled, .ant-checkbox-wrapper-disabled, .ant-radio-wrapper-disabled, .ant-radio-button-wrapper-disabled, .ant-upload-disabled',
};
