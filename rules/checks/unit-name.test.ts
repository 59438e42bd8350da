import { describe, expect, it } from 'vitest';
import { corePieces, sharesUnitName, unitNameCore } from './unit-name';

describe('unitNameCore', () => {
  it.each([
    ['深圳市示例科技有限公司', [], '示例'],
    ['广东省示例贸易有限公司', [], '示例'],
    ['示例科技（深圳）有限公司', [], '示例'],
    ['北京字节跳动网络技术有限公司', [], '字节跳动'],
    ['深圳市南山区示例餐饮店', ['广东省', '深圳市', '南山区'], '示例'],
    ['东莞市示例电子有限公司', [], '示例'], // city not in the address: the generic 市 rule
    ['示例股份有限公司', [], '示例'],
    ['张三（个体工商户）', [], '张三'],
    ['深圳市第一人民医院', ['广东省', '深圳市'], '第一人民医院'],
    ['上海ACME软件有限公司', [], 'acme'],
  ])('%s → core', (name, regions, core) => {
    expect(unitNameCore(name, regions)).toBe(core);
  });

  it('keeps a trade name that looks like an industry word when nothing else is left', () => {
    expect(unitNameCore('深圳市科技有限公司')).toBe('科技');
  });

  it('does not take a word for a city unless a name follows', () => {
    expect(unitNameCore('北京城市规划设计研究院')).toBe('城市规划');
  });
});

describe('corePieces', () => {
  it('splits a core into bigrams and Latin words', () => {
    expect(corePieces('字节跳动')).toEqual(['字节', '节跳', '跳动']);
    expect(corePieces('华为cloud')).toEqual(['华为', 'cloud']);
    expect(corePieces('鑫')).toEqual(['鑫']);
    expect(corePieces('')).toEqual([]);
  });
});

describe('sharesUnitName', () => {
  it('accepts the full name, the short name and a name built on the trade name', () => {
    expect(sharesUnitName('深圳市示例科技有限公司', '深圳市示例科技有限公司')).toBe(true);
    expect(sharesUnitName('示例科技官网', '深圳市示例科技有限公司')).toBe(true);
    expect(sharesUnitName('字节招聘', '北京字节跳动网络技术有限公司')).toBe(true);
    expect(sharesUnitName('ACME Store', '上海ACME软件有限公司')).toBe(true);
  });

  it('rejects names that share only region, industry or legal form', () => {
    expect(sharesUnitName('深圳科技资讯', '深圳市示例科技有限公司')).toBe(false);
    expect(sharesUnitName('好物优选', '深圳市示例科技有限公司')).toBe(false);
  });

  it('cannot tell when the unit name has no distinctive part', () => {
    expect(sharesUnitName('任意名称', '有限公司')).toBeUndefined();
  });
});
