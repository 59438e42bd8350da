/**
 * Remembering pure validators across engine runs. The engine runs on every key press, and
 * between two runs nearly every value of the form is the same text as before: an ID number
 * or a phone number parsed once need not be parsed again for the next run or the next rule.
 *
 * Only for pure functions of a string (the same text always gives the same answer). The
 * remembered answers are frozen (an object, an array and the objects in it, one level
 * deep), so a caller that tried to change one would fail loudly instead of changing what
 * the next caller gets. The cache is bounded: past `limit` texts it starts afresh.
 */

/** Freezes an answer the way it is shared: the value, and the objects it holds one level down. */
function freezeAnswer<R>(value: R): R {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const item of Object.values(value)) if (typeof item === 'object' && item !== null) Object.freeze(item);
  return Object.freeze(value);
}

/** `fn` remembered by its argument text (answers frozen, see above). */
export function memoByText<R>(fn: (text: string) => R, limit = 512): (text: string) => R {
  const answers = new Map<string, R>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as R;
    const answer = freezeAnswer(fn(text));
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
