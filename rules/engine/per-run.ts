/**
 * Memoisation for one engine run. During evaluate() the normalised form is a fresh
 * object that about fifty rules read and none changes, so a helper that derives the same
 * list from it for many rules (the people of a form, its services, its named websites)
 * may work it out once per run. Nothing outlives the run: evaluate() ends it, and a form
 * that is not in a run (a check called directly, a helper in a unit test) is computed
 * afresh on every call.
 *
 * Shared results are frozen, so a rule that tried to change one would fail loudly
 * instead of changing what the next rule sees.
 */
/** The form of the run in progress and what was worked out for it, by slot (runs do not nest, but a run saves the outer one). */
let currentForm: object | undefined;
let currentMemo: unknown[] | undefined;
let slots = 0;

export interface RunState {
  readonly form: object | undefined;
  readonly memo: unknown[] | undefined;
}

/** Marks `form` as the form of a run that is starting; returns what endRun() restores. */
export function startRun(form: object): RunState {
  const outer = { form: currentForm, memo: currentMemo };
  currentForm = form;
  currentMemo = [];
  return outer;
}

/** Forgets everything kept for the run that is ending. */
export function endRun(outer: RunState): void {
  currentForm = outer.form;
  currentMemo = outer.memo;
}

/**
 * `compute` made per-run: the returned function gives `compute(form)`, worked out once
 * per run of `form` and frozen one level deep (the array and its entries); outside a run
 * it computes afresh on every call.
 */
export function perRun<F extends object, T>(compute: (form: F) => readonly T[]): (form: F) => T[] {
  const slot = slots++;
  return (form) => {
    const memo = currentMemo;
    if (form !== currentForm || memo === undefined) return compute(form) as T[];
    let value = memo[slot] as T[] | undefined;
    if (value === undefined) {
      value = compute(form) as T[];
      for (const entry of value) if (typeof entry === 'object' && entry !== null) Object.freeze(entry);
      Object.freeze(value);
      memo[slot] = value;
    }
    return value;
  };
}
