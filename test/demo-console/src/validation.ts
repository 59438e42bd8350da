/**
 * The console's own checks: required fields and a few formats, shown under the field and
 * summed up in a toast. They are deliberately shallow (the real console accepts many
 * values a 管局 later rejects — that gap is what the extension covers).
 */
import { message } from '@opentiny/vue-modal';
import type { Ref } from 'vue';

type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;
export interface Rule {
  required?: boolean;
  message?: string;
  trigger?: string | string[];
  validator?: Validator;
  type?: string;
}

export function required(what: string, trigger: string | string[] = ['blur', 'change']): Rule[] {
  return [{ required: true, message: `请${what}`, trigger }];
}

export function requiredList(what: string): Rule[] {
  return [{ required: true, type: 'array', message: `请${what}`, trigger: 'change' }];
}

function pattern(re: RegExp, msg: string): Rule {
  return {
    trigger: 'blur',
    validator: (_rule, value, callback) => {
      const text = typeof value === 'string' ? value.trim() : '';
      callback(text === '' || re.test(text) ? undefined : new Error(msg));
    },
  };
}

export const MOBILE_RULES: Rule[] = [...required('输入手机号码'), pattern(/^1\d{10}$/, '请输入正确的手机号码')];
export const EMAIL_RULES: Rule[] = [...required('输入电子邮箱'), pattern(/^[^@\s]+@[^@\s][^@\s.]*\.[^@\s]+$/, '请输入正确的电子邮箱')];
export const SMS_RULES: Rule[] = [...required('输入验证码'), pattern(/^\d{6}$/, '验证码为6位数字')];

interface FormLike {
  validate(callback: (valid: boolean) => void): void;
}

/** Validates a TinyVue form; on failure shows the console's toast and stays on the step. */
export function validateStep(form: Ref<FormLike | undefined>, onValid: () => void): void {
  if (!form.value) return;
  form.value.validate((valid) => {
    if (valid) onValid();
    else toastError('请完善页面中标红的必填信息后再继续');
  });
}

export function toastError(text: string): void {
  void message({ message: text, status: 'error', id: 'demo-console-toast' });
}

export function toastInfo(text: string): void {
  void message({ message: text, status: 'info' });
}
