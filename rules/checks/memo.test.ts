import { describe, expect, it } from 'vitest';
import { memoByText } from './memo';

describe('memoByText', () => {
  it('works a text out once and gives the same answer again', () => {
    let calls = 0;
    const length = memoByText((text) => (calls++, text.length));
    expect([length('abc'), length('abc'), length('de')]).toEqual([3, 3, 2]);
    expect(calls).toBe(2);
  });

  it('remembers an undefined answer too', () => {
    let calls = 0;
    const none = memoByText(() => void calls++);
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('freezes object answers one level deep, so no caller can change what the next one gets', () => {
    const parse = memoByText((text) => ({ text, parts: text.split('') }));
    const answer = parse('ab');
    expect(Object.isFrozen(answer) && Object.isFrozen(answer.parts)).toBe(true);
    expect(() => (answer.parts as string[]).push('c')).toThrow(TypeError);
    expect(parse('ab')).toEqual({ text: 'ab', parts: ['a', 'b'] });
    const list = memoByText((text) => [{ text }])('a');
    expect(Object.isFrozen(list) && Object.isFrozen(list[0])).toBe(true);
  });

  it('starts afresh past its limit instead of growing', () => {
    let calls = 0;
    const same = memoByText((text) => (calls++, text), 2);
    for (const text of ['a', 'b', 'c', 'a']) same(text);
    // a, b remembered; c clears and is remembered; a again is worked out anew.
    expect(calls).toBe(4);
  });
});
