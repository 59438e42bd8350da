import { describe, expect, it } from 'vitest';
import { addressInCity, cityOfAddress, cityStem, mailingCity, provinceOfAddress } from './address';

describe('addresses', () => {
  it('finds the province an address starts with', () => {
    expect(provinceOfAddress('广东省深圳市南山区')?.code).toBe('GD');
    expect(provinceOfAddress('内蒙古自治区呼和浩特市')?.code).toBe('NM');
    expect(provinceOfAddress('深圳市南山区')).toBeUndefined();
  });

  it('finds the prefecture-level city', () => {
    expect(cityOfAddress('广东省深圳市南山区科技园路1号')).toBe('深圳市');
    expect(cityOfAddress('深圳市南山区粤海街道')).toBe('深圳市');
    expect(cityOfAddress('北京市朝阳区建国路1号')).toBe('北京市');
    expect(cityOfAddress('吉林省延边朝鲜族自治州延吉市')).toBe('延边朝鲜族自治州');
    expect(cityOfAddress('内蒙古自治区锡林郭勒盟锡林浩特市')).toBe('锡林郭勒盟');
    expect(cityOfAddress('南山区科技园路1号')).toBeUndefined();
  });

  it('compares by stem', () => {
    expect(cityStem('深圳市')).toBe('深圳');
    expect(addressInCity('河南省郑州市新郑市龙湖镇', '郑州市')).toBe(true);
    expect(addressInCity('河南省洛阳市西工区', '郑州市')).toBe(false);
    expect(addressInCity('西工区凯旋路', '郑州市')).toBeUndefined();
  });

  it('reads the mailing city, municipalities included', () => {
    expect(mailingCity({ province: '广东省', city: '深圳市' })).toBe('深圳市');
    expect(mailingCity({ province: '北京市', city: '市辖区' })).toBe('北京市');
    expect(mailingCity({ province: '广东省' })).toBeUndefined();
    expect(mailingCity(undefined)).toBeUndefined();
  });
});
