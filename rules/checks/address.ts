/**
 * Chinese postal addresses as typed in 证件住所 (one line) and 通讯地址 (cascader +
 * detail). Only what the address rules need: the province and the prefecture-level
 * city an address names. Municipalities (北京, 天津, 上海, 重庆) are their own city.
 */
import { PROVINCES, type Province } from '../model/provinces';

const MUNICIPALITIES = new Set(['BJ', 'TJ', 'SH', 'CQ']);
/** Placeholders a cascader shows instead of a city for municipalities. */
const NO_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** A digit, or a Chinese numeral before 号 (十二号): one numeral is enough, so no repeated run is scanned. */
const DOOR_NUMBER = /\d|[一二三四五六七八九十百]号/u;

/** Whether the street part of an address gives a door number (门牌号): "科技园路1号", "中山路十二号". */
export function hasDoorNumber(detail: string): boolean {
  return DOOR_NUMBER.test(detail);
}

/** The province an address starts with ("广东省…", "广东…", "北京市…"), or undefined. */
export function provinceOfAddress(address: string): Province | undefined {
  const text = address.trim();
  return PROVINCES.find((p) => text.startsWith(p.full) || text.startsWith(p.zh));
}

/** "广东省深圳市南山区…" → "深圳市"; "北京市朝阳区…" → "北京市"; undefined when no city is named. */
export function cityOfAddress(address: string): string | undefined {
  let text = address.trim();
  const province = provinceOfAddress(text);
  if (province) {
    if (MUNICIPALITIES.has(province.code)) return province.full;
    text = text.slice(text.startsWith(province.full) ? province.full.length : province.zh.length);
  }
  const match = /^([\u4e00-\u9fff]{2,12}?(?:自治州|地区|盟|市))/u.exec(text);
  return match?.[1];
}

/** "深圳市" → "深圳", "延边朝鲜族自治州" → "延边朝鲜族", "锡林郭勒盟" → "锡林郭勒". */
export function cityStem(city: string): string {
  return city.trim().replace(/(?:自治州|地区|盟|市|州)$/u, '');
}

/** The city of a structured mailing address; a municipality's cascader may give 市辖区 or nothing. */
export function mailingCity(address: { province?: string; city?: string } | undefined): string | undefined {
  const city = address?.city?.trim();
  if (city && !NO_CITY.has(city)) return city;
  const province = address?.province ? provinceOfAddress(address.province) : undefined;
  return province && MUNICIPALITIES.has(province.code) ? province.full : undefined;
}

/**
 * Whether a one-line address lies in `city`: true or false when the address says so,
 * undefined when it names no city at all (a reviewer would have to ask).
 */
export function addressInCity(address: string, city: string): boolean | undefined {
  const stem = cityStem(city);
  if (stem.length >= 2 && address.includes(stem)) return true;
  const named = cityOfAddress(address);
  if (!named) return undefined;
  return cityStem(named) === stem;
}
