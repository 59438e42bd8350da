/**
 * Tiny3 / TinyNG (`ti3-*`, Angular): the Huawei console's library today. Table forms
 * (label cell → content cell) and a vertical layout (text above the content), selects and
 * cascaders read through their "dominator" text, dates through .ti3-date-show.
 * DOM as TinyNG's templates render it (https://github.com/opentiny/ng/tree/main/src, one
 * folder per component; the fixture pages test/fixtures/consoles/huawei/tiny3-*.html follow them).
 */
import { ownText, withoutPlaceholder, type DomLibrary } from './library';

export const tiny3: DomLibrary = {
  id: 'tiny3',
  labels: 'td.ti3-form-label, .ti3-form-top-text, .ti3-form-label',
  controls: '[class*="dominator"], .ti3-date-show, .ti3-date-placeholder-container, ti-button-group, ti-ip',
  containers: [
    // Table form: label cell → the content cell of the same row.
    (label, hasControl) => {
      if (!label.matches('td.ti3-form-label, td[class*="form-label"]')) return undefined;
      const row = label.closest('tr');
      const cell = row && Array.from(row.children).find((c) => c !== label && c.matches('td.ti3-form-content, td[class*="form-content"]'));
      if (cell) return cell;
      let next = label.nextElementSibling;
      while (next && !hasControl(next)) next = next.nextElementSibling;
      return next ?? undefined;
    },
    // Vertical layout: the text sits above the content.
    (label, hasControl) => {
      if (!label.matches('.ti3-form-top-text')) return undefined;
      const sibling = label.nextElementSibling;
      if (sibling && hasControl(sibling)) return sibling;
      const top = label.closest('.ti3-form-top-label') ?? label.parentElement;
      const content = top?.querySelector('.ti3-form-content') ?? top?.nextElementSibling;
      return content && hasControl(content) ? content : undefined;
    },
  ],
  readers: [
    // Select / cascader: display text in the dominator, placeholder span is not a value. A
    // multiple select shows one ti-tag (ti3-multiselect-box-cell) per choice, its text in
    // section.ti3-box-cell-key. A cascader shows its levels joined by "/", or only the last one.
    // https://github.com/opentiny/ng/blob/main/src/dominator/lib/src/dominator.html,
    // https://github.com/opentiny/ng/blob/main/src/tag/lib/src/tag.html
    {
      selector: '.ti3-select-dominator-text, .ti3-cascader-dominator-text, [class*="dominator-text"]',
      read: (el) => {
        const tags = Array.from(el.querySelectorAll('.ti3-multiselect-box-cell > .ti3-box-cell-key')).map(ownText).filter(Boolean);
        if (tags.length) return [{ kind: 'tags', values: tags, el }];
        const titled = el.querySelector('.ti3-overflow-padding > span[title]:not(.ti3-placeholder)');
        const value = titled ? titled.getAttribute('title') || ownText(titled) : withoutPlaceholder(el, '.ti3-placeholder, [class*="placeholder"]');
        return [{ kind: 'choice', value, el }];
      },
    },
    // Button group (radio-like choices, or several with `multiple`): the items marked ti3-active.
    // https://github.com/opentiny/ng/blob/main/src/buttongroup/lib/src/buttongroup.html
    {
      selector: 'ti-button-group',
      read: (el) => {
        const active = Array.from(el.querySelectorAll('.ti3-btn-item-container.ti3-active')).map((item) => {
          const text = item.querySelector('.ti3-btn-item-text');
          return (text?.getAttribute('title') || ownText(text ?? item.querySelector('button'))).trim();
        });
        if (el.querySelector('.ti3-btn-item-checkbox')) return [{ kind: 'tags', values: active.filter(Boolean), el }];
        return [{ kind: 'choice', value: active[0] ?? '', el }];
      },
    },
    // IP address: one tiText input per octet (ti_input_ip_octet; IPv6: ti_input_ip_octet_v6 groups),
    // joined by span.ti_input_ip_division: one address, as the component's model joins it (all
    // empty: no address). https://github.com/opentiny/ng/blob/main/src/ip/lib/src/ip.html,
    // https://github.com/opentiny/ng/blob/main/src/ip/lib/src/TiIpComponent.ts
    {
      selector: 'ti-ip',
      read: (el) => {
        const v6 = el.querySelector('input.ti_input_ip_octet_v6') !== null;
        const parts = Array.from(el.querySelectorAll<HTMLInputElement>(v6 ? 'input.ti_input_ip_octet_v6' : 'input.ti_input_ip_octet')).map((input) =>
          input.value.trim(),
        );
        const value = parts.some(Boolean) ? parts.join(v6 ? ':' : '.') : '';
        return [{ kind: 'text', value, el }];
      },
    },
    // Dates: value in .ti3-date-show, placeholder container when empty. A date range shows
    // both dates in one section, "2020-05-01 ─ 2040-05-01" (U+2500): two dates.
    // https://github.com/opentiny/ng/blob/main/src/datedominator/lib/src/datedominator.html,
    // https://github.com/opentiny/ng/blob/main/src/daterange/lib/src/TiDateRangeComponent.ts
    {
      selector: '.ti3-date-show, .ti3-date-placeholder-container',
      read: (el) => {
        if (el.matches('.ti3-date-placeholder-container')) return [{ kind: 'date', value: '', el }];
        const text = withoutPlaceholder(el, '[class*="placeholder"]');
        return text.split('\u2500').map((part) => ({ kind: 'date' as const, value: part.trim(), el }));
      },
    },
  ],
  choiceWrappers: '.ti3-checkbox, .ti3-radio',
  // ti-upload: the button types list li.ti3-file-item in ul.ti3-file-items-container, the input-field
  // ("aui") type li.ti3-aui-file-item (its placeholder li is no file), and the image type
  // (type="block", picture cards) one div.ti3-picture-card-container per file. The file input is
  // cleared after each pick, so only these lists tell what was uploaded.
  // https://github.com/opentiny/ng/blob/main/src/upload/lib/src/upload.html,
  // https://github.com/opentiny/ng/blob/main/src/upload/lib/src/uploadimage.html
  uploadItems: 'li.ti3-file-item, li.ti3-aui-file-item, .ti3-picture-card-container',
  // A failed file (its name marked as an error, the picture card's error class) or one still
  // uploading (a progress bar or pie).
  failedUploads:
    '.ti3-file-state-general-info-error, .ti3-aui-file-state-general-info-error, .ti3-picture-card-item-error, .ti3-file-progress-bar, .ti3-aui-file-progress-pie, .ti3-upload-image-progress',
  // ti-steps: a li.ti3-steps-line before each step but the first, then the step's
  // li.ti3-steps-explain; the line before the current step is ti3-steps-active too, and empty.
  // https://github.com/opentiny/ng/blob/main/src/steps/lib/src/steps.html
  currentStep: 'ul.ti3-steps > li.ti3-steps-explain.ti3-steps-active',
  // The step's name, without the number in its box.
  stepNames: '.ti3-steps-text',
  disabled: '[class*="-disabled"]',
  // A text form's value wrapper (ti-item), the label node, icons and help tips.
  // https://github.com/opentiny/ng/blob/main/src/formfield/lib/src/formfield.html
  passive: 'ti-item, ti-item-label, ti-icon, tp-icon, tp-helptip',
};
