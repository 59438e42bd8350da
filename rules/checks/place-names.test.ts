import { describe, expect, it } from 'vitest';
import { latinWordIn, placeNameIn } from './place-names';

describe('place names', () => {
  it('finds provinces, cities and XX市 tokens', () => {
    expect(placeNameIn('广东美食分享')).toBe('广东');
    expect(placeNameIn('深圳生活笔记')).toBe('深圳');
    expect(placeNameIn('怒江网', ['怒江'])).toBe('怒江');
    expect(placeNameIn('清溪县风光')).toBe('清溪县');
  });

  it('leaves common words alone', () => {
    expect(placeNameIn('我的城市笔记')).toBeUndefined();
    expect(placeNameIn('张三的技术笔记')).toBeUndefined();
    expect(placeNameIn('社区超市导购')).toBeUndefined();
  });

  it('finds Latin letters', () => {
    expect(latinWordIn('张三de笔记')).toBe('de');
    expect(latinWordIn('张三的笔记')).toBeUndefined();
  });
});
