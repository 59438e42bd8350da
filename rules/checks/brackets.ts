/** Bracketed parts of a text, removed in linear time: unit names (unit-name.ts) and the console's field labels. */

/**
 * Removes each bracketed part, from an opening bracket to the next closing one:
 * 示例科技（深圳）有限公司 → 示例科技有限公司. One pass from left to right, so the work is
 * linear in the length (`/[（(][^）)]*[）)]/g` rescans the rest of the text from every opening
 * bracket that is never closed). Removes the same text as that pattern: once an opening
 * bracket has no closing one after it, no later one has.
 */
export function withoutBracketed(text: string): string {
  const opening = /[（(]/g;
  const closing = /[）)]/g;
  let out = '';
  let from = 0;
  for (;;) {
    opening.lastIndex = from;
    const open = opening.exec(text);
    if (!open) break;
    closing.lastIndex = open.index + 1;
    const close = closing.exec(text);
    if (!close) break;
    out += text.slice(from, open.index);
    from = close.index + 1;
  }
  return out + text.slice(from);
}
