/**
 * The 31 provincial-level divisions of mainland China that have a 通信管理局 (管局).
 * `code` is the ISO 3166-2:CN subdivision code (without the "CN-" prefix),
 * `gb` the first two digits of the GB/T 2260 administrative division code, which
 * is also the prefix of ID-card numbers and of characters 3–4 of a unified
 * social credit code.
 */
export const PROVINCES = [
  { code: 'BJ', gb: '11', zh: '北京', full: '北京市', en: 'Beijing', short: '京' },
  { code: 'TJ', gb: '12', zh: '天津', full: '天津市', en: 'Tianjin', short: '津' },
  { code: 'HE', gb: '13', zh: '河北', full: '河北省', en: 'Hebei', short: '冀' },
  { code: 'SX', gb: '14', zh: '山西', full: '山西省', en: 'Shanxi', short: '晋' },
  { code: 'NM', gb: '15', zh: '内蒙古', full: '内蒙古自治区', en: 'Inner Mongolia', short: '蒙' },
  { code: 'LN', gb: '21', zh: '辽宁', full: '辽宁省', en: 'Liaoning', short: '辽' },
  { code: 'JL', gb: '22', zh: '吉林', full: '吉林省', en: 'Jilin', short: '吉' },
  { code: 'HL', gb: '23', zh: '黑龙江', full: '黑龙江省', en: 'Heilongjiang', short: '黑' },
  { code: 'SH', gb: '31', zh: '上海', full: '上海市', en: 'Shanghai', short: '沪' },
  { code: 'JS', gb: '32', zh: '江苏', full: '江苏省', en: 'Jiangsu', short: '苏' },
  { code: 'ZJ', gb: '33', zh: '浙江', full: '浙江省', en: 'Zhejiang', short: '浙' },
  { code: 'AH', gb: '34', zh: '安徽', full: '安徽省', en: 'Anhui', short: '皖' },
  { code: 'FJ', gb: '35', zh: '福建', full: '福建省', en: 'Fujian', short: '闽' },
  { code: 'JX', gb: '36', zh: '江西', full: '江西省', en: 'Jiangxi', short: '赣' },
  { code: 'SD', gb: '37', zh: '山东', full: '山东省', en: 'Shandong', short: '鲁' },
  { code: 'HA', gb: '41', zh: '河南', full: '河南省', en: 'Henan', short: '豫' },
  { code: 'HB', gb: '42', zh: '湖北', full: '湖北省', en: 'Hubei', short: '鄂' },
  { code: 'HN', gb: '43', zh: '湖南', full: '湖南省', en: 'Hunan', short: '湘' },
  { code: 'GD', gb: '44', zh: '广东', full: '广东省', en: 'Guangdong', short: '粤' },
  { code: 'GX', gb: '45', zh: '广西', full: '广西壮族自治区', en: 'Guangxi', short: '桂' },
  { code: 'HI', gb: '46', zh: '海南', full: '海南省', en: 'Hainan', short: '琼' },
  { code: 'CQ', gb: '50', zh: '重庆', full: '重庆市', en: 'Chongqing', short: '渝' },
  { code: 'SC', gb: '51', zh: '四川', full: '四川省', en: 'Sichuan', short: '川' },
  { code: 'GZ', gb: '52', zh: '贵州', full: '贵州省', en: 'Guizhou', short: '黔' },
  { code: 'YN', gb: '53', zh: '云南', full: '云南省', en: 'Yunnan', short: '滇' },
  { code: 'XZ', gb: '54', zh: '西藏', full: '西藏自治区', en: 'Tibet', short: '藏' },
  { code: 'SN', gb: '61', zh: '陕西', full: '陕西省', en: 'Shaanxi', short: '陕' },
  { code: 'GS', gb: '62', zh: '甘肃', full: '甘肃省', en: 'Gansu', short: '甘' },
  { code: 'QH', gb: '63', zh: '青海', full: '青海省', en: 'Qinghai', short: '青' },
  { code: 'NX', gb: '64', zh: '宁夏', full: '宁夏回族自治区', en: 'Ningxia', short: '宁' },
  { code: 'XJ', gb: '65', zh: '新疆', full: '新疆维吾尔自治区', en: 'Xinjiang', short: '新' },
] as const;

export type ProvinceCode = (typeof PROVINCES)[number]['code'];
export type Province = (typeof PROVINCES)[number];

export const PROVINCE_CODES = PROVINCES.map((p) => p.code) as ProvinceCode[];

const byCode = new Map<string, Province>(PROVINCES.map((p) => [p.code, p]));
const byGb = new Map<string, Province>(PROVINCES.map((p) => [p.gb, p]));

export function provinceByCode(code: ProvinceCode): Province {
  return byCode.get(code)!;
}

/** Province for a two-digit GB/T 2260 prefix ("44" → Guangdong); undefined for 81/82/83 and unknown prefixes. */
export function provinceByGbPrefix(prefix: string): Province | undefined {
  return byGb.get(prefix.slice(0, 2));
}

/**
 * Accepts what people type for a province: "GD", "gd", "CN-GD", "广东", "广东省",
 * "粤", "Guangdong". Returns undefined when nothing matches.
 */
export function parseProvince(input: string): ProvinceCode | undefined {
  const text = input.trim().replace(/\s+/g, '');
  if (!text) return undefined;
  const upper = text.toUpperCase().replace(/^CN-/, '');
  if (byCode.has(upper)) return upper as ProvinceCode;
  for (const p of PROVINCES) {
    if (text === p.zh || text === p.full || text === p.short || text.toLowerCase() === p.en.toLowerCase()) {
      return p.code;
    }
  }
  // "广东省深圳市…" (a whole address) starts with the province name.
  for (const p of PROVINCES) if (text.startsWith(p.zh)) return p.code;
  return undefined;
}
