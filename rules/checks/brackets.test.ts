import { describe, expect, it } from 'vitest';
import { withoutBracketed } from './brackets';

describe('withoutBracketed', () => {
  // Each part from an opening bracket to the next closing one goes; an opening bracket never
  // closed, and everything after it, stays (what `/[（(][^）)]*[）)]/g` removed).
  it.each([
    ['示例科技（深圳）有限公司', '示例科技有限公司'],
    ['示例(北京)科技有限公司', '示例科技有限公司'],
    ['示例（深圳）科技（集团）有限公司', '示例科技有限公司'],
    ['示例（深圳科技有限公司', '示例（深圳科技有限公司'],
    ['示例（深圳（分部）科技）有限公司', '示例科技）有限公司'],
    ['示例科技有限公司）', '示例科技有限公司）'],
    ['（）示例', '示例'],
    ['示例（a）（b', '示例（b'],
    ['(a)(b)c', 'c'],
    ['', ''],
  ])('%s → %s', (name, rest) => expect(withoutBracketed(name)).toBe(rest));
});
