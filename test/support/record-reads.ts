/**
 * Records which fields of a form a check reads, to hold every rule to the inputs it
 * declares (rules/engine/inputs.ts): the engine skips a rule whose inputs did not change,
 * so a read beyond them would leave a stale finding on screen.
 *
 * The form is handed to the check behind proxies that note each property read as a
 * field-id pattern (`websites[].principal.mobile`: any index is `[]`), and each listing of
 * an object's keys (spread, Object.keys, for…in) as a read of the whole object.
 */
import type { Rule, RuleContext } from '../../rules/engine/types';
import { parseFieldPath, type PathStep } from '../../rules/model/field-path';
import type { FilingForm } from '../../rules/model/filing-form';

export interface RecordedReads {
  /** Fields read (or tested with `in` / Object.hasOwn), including the objects on the way to them. */
  readonly values: Set<string>;
  /** Objects and arrays whose keys were listed: the check may depend on any of their content. */
  readonly wholes: Set<string>;
}

export const newRecordedReads = (): RecordedReads => ({ values: new Set(), wholes: new Set() });

const childPath = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** Whether `key` names something every object has (a prototype method), not a field. */
const isInherited = (target: object, key: string) => !Object.hasOwn(target, key) && key in target;

/** `form` behind recording proxies; the same object always gives the same proxy (checks may compare them). */
export function recordingForm<T extends object>(form: T, into: RecordedReads): T {
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown, path: string): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, handler(path));
      proxies.set(value, proxy);
    }
    return proxy;
  };
  const keyPath = (target: object, path: string, key: string) => (Array.isArray(target) && /^\d+$/.test(key) ? `${path}[]` : childPath(path, key));
  const handler = (path: string): ProxyHandler<object> => ({
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol') return value;
      if (Array.isArray(target) && key === 'length') {
        into.values.add(path);
        return value;
      }
      if (isInherited(target, key)) return value;
      const at = keyPath(target, path, key);
      into.values.add(at);
      return wrap(value, at);
    },
    has(target, key) {
      if (typeof key === 'string') into.values.add(keyPath(target, path, key));
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') into.values.add(keyPath(target, path, key));
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      into.wholes.add(path);
      return Reflect.ownKeys(target);
    },
  });
  // A plain copy: the proxies may then hand out wrapped values for every property (a frozen one would refuse).
  return wrap(structuredClone(form), '') as T;
}

/** `rule` with its check reading through recordingForm(), everything else as it is. */
export function recordingRule<R extends Pick<Rule, 'check'>>(rule: R, into: RecordedReads): R {
  return { ...rule, check: (form: FilingForm, ctx: RuleContext) => rule.check(recordingForm(form, into), ctx) };
}

const startsWith = (steps: readonly PathStep[], prefix: readonly PathStep[]) => prefix.length <= steps.length && prefix.every((step, i) => steps[i] === step);

/**
 * The reads no input pattern covers, as rules/engine/inputs.ts compares patterns. A field
 * is covered by a pattern that leads through it or ends at it (the engine compares the
 * kind of every object on a pattern's way, and list lengths), or by one that ends above it
 * and not in `[]` (such an end is compared in depth). A listing of keys is covered only by
 * the latter.
 */
export function undeclaredReads(reads: RecordedReads, inputs: readonly string[]): string[] {
  const patterns = inputs.map(parseFieldPath);
  const deep = patterns.filter((pattern) => pattern[pattern.length - 1] !== '[]');
  const undeclared: string[] = [];
  for (const path of reads.values) {
    const steps = parseFieldPath(path);
    if (!patterns.some((pattern) => startsWith(pattern, steps)) && !deep.some((pattern) => startsWith(steps, pattern))) undeclared.push(path);
  }
  for (const path of reads.wholes) {
    if (!deep.some((pattern) => startsWith(parseFieldPath(path), pattern))) undeclared.push(`${path === '' ? '(the whole form)' : path} (its keys)`);
  }
  return undeclared.sort();
}
