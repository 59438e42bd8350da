/**
 * Plain HTML and the patterns every library shares: `label` / label[for], native inputs
 * (Tiny3's tiText / tiCheckbox are native inputs too), ARIA step markers, the `disabled`
 * attribute. Listed last in a console's libraries: its rules are the fallbacks.
 */
import { checkLabel, ownText, type DomLibrary } from './library';

export const native: DomLibrary = {
  id: 'native',
  labels: 'label, .form-label, [data-label]',
  controls: 'input, textarea, select, [class*="upload"], [contenteditable="true"]',
  containers: [
    // label[for] whose target exists.
    (label) => {
      const forId = label.getAttribute('for');
      const target = forId ? label.ownerDocument.getElementById(forId) : null;
      if (!target || target.contains(label)) return undefined;
      const parent = label.parentElement;
      return parent && parent.contains(target) && parent !== label.ownerDocument.body ? parent : target;
    },
    // A label wrapping its own control.
    (label) => (label.tagName === 'LABEL' && label.querySelector('input, select, textarea') ? label : undefined),
    // The next sibling that holds a control, else the parent's next sibling.
    (label, hasControl) => {
      for (let next = label.nextElementSibling; next; next = next.nextElementSibling) if (hasControl(next)) return next;
      const parentNext = label.parentElement?.nextElementSibling;
      return parentNext && hasControl(parentNext) ? parentNext : undefined;
    },
  ],
  readers: [
    {
      selector: 'input, textarea, select',
      read: (el, dom) => {
        if (el instanceof HTMLSelectElement) {
          const option = el.selectedOptions[0];
          return [{ kind: 'choice', value: option && option.value !== '' ? ownText(option) : '', el }];
        }
        const input = el as HTMLInputElement;
        const type = (input.getAttribute('type') ?? 'text').toLowerCase();
        if (['hidden', 'file', 'button', 'submit', 'reset', 'image'].includes(type)) return [];
        if (type === 'checkbox' || type === 'radio') return [{ kind: 'check', label: checkLabel(input, dom), checked: input.checked, el }];
        return [{ kind: 'text', value: input.value, el }];
      },
    },
  ],
  choiceWrappers: 'label',
  choiceLabels: '[class*="checkbox-label"], [class*="radio-label"]',
  // Not the lists: Tiny3's ul.ti3-file-items-container is a list, not a file.
  uploadItems: '[class*="upload-list"] > li, [class*="upload-list__item"], [class*="file-item"]:not(ul):not(ol)',
  failedUploads: '.is-uploading, .is-fail, .is-error, [class*="is-uploading"], [class*="is-fail"]',
  currentStep: '[aria-current="step"], [class*="steps"] [class*="is-process"], [class*="steps"] .active, [class*="step"][class*="current"]',
  stepNames: '[class*="step-title"], [class*="step__title"]',
  disabled: '[disabled], [readonly][class*="disabled"], [aria-disabled="true"]',
};
