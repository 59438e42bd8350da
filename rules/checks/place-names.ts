/**
 * Place names in website names. Several 管局 refuse site names that name a region the
 * applicant has no authority over (a trading company calling its site "怒江网"), and
 * 广东 refuses personal site names with village names, pinyin or place names on access.
 * Detection is a list plus an "XX省/市/县" pattern: it finds the common cases, not all.
 */
import { PROVINCES } from '../model/provinces';

/** Provincial capitals and other large cities people put in site names. */
export const MAJOR_CITIES = [
  '石家庄',
  '太原',
  '呼和浩特',
  '沈阳',
  '大连',
  '长春',
  '哈尔滨',
  '南京',
  '苏州',
  '无锡',
  '杭州',
  '宁波',
  '温州',
  '合肥',
  '福州',
  '厦门',
  '泉州',
  '南昌',
  '济南',
  '青岛',
  '郑州',
  '洛阳',
  '武汉',
  '长沙',
  '广州',
  '深圳',
  '东莞',
  '佛山',
  '南宁',
  '桂林',
  '海口',
  '三亚',
  '成都',
  '贵阳',
  '昆明',
  '拉萨',
  '西安',
  '兰州',
  '西宁',
  '银川',
  '乌鲁木齐',
] as const;

const PATTERN_EXCEPTIONS = ['超市', '城市', '都市', '夜市', '集市', '股市', '上市', '门市', '花市', '车市', '楼市'];

/** The first place name in `text`: a province, a listed city, one of `extra`, or an "XX省/市/县" token. */
export function placeNameIn(text: string, extra: readonly string[] = []): string | undefined {
  const province = PROVINCES.find((p) => text.includes(p.zh));
  if (province) return province.zh;
  const listed = [...extra, ...MAJOR_CITIES].find((city) => text.includes(city));
  if (listed) return listed;
  let rest = text;
  for (const word of PATTERN_EXCEPTIONS) rest = rest.split(word).join('　');
  return /[\u4e00-\u9fff]{2,3}(?:省|市|县)/u.exec(rest)?.[0];
}

/** A run of two or more Latin letters: pinyin or English in a Chinese site name. */
export function latinWordIn(text: string): string | undefined {
  return /[A-Za-z]{2,}/.exec(text)?.[0];
}
