import { describe, expect, it } from 'vitest';
import { entityCore, siteNameRelatesToEntity, tradeName } from './entity-name';

describe('entity names', () => {
  it('strips region and legal form', () => {
    expect(entityCore('深圳市示例科技有限公司')).toBe('示例科技');
    expect(entityCore('广东省广州市天河区蓝鲸网络有限责任公司')).toBe('蓝鲸网络');
    expect(entityCore('示例（北京）科技有限公司')).toBe('示例科技');
    expect(entityCore('城市之光文化传媒有限公司')).toBe('城市之光文化传媒');
  });

  it('finds the trade name', () => {
    expect(tradeName('深圳市示例科技有限公司')).toBe('示例');
    expect(tradeName('城市之光文化传媒有限公司')).toBe('城市之光');
  });

  it('relates a site name to its unit', () => {
    expect(siteNameRelatesToEntity('示例科技官网', '深圳市示例科技有限公司')).toBe(true);
    expect(siteNameRelatesToEntity('示例商城', '深圳市示例科技有限公司')).toBe(true);
    expect(siteNameRelatesToEntity('好物推荐网', '深圳市示例科技有限公司')).toBe(false);
    expect(siteNameRelatesToEntity('', '深圳市示例科技有限公司')).toBe(false);
  });
});
