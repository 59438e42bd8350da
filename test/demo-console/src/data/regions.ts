/**
 * Options for the 通讯地址 cascader (province / city / district). Every province has its
 * capital and one or more districts: enough for a demo, not a gazetteer.
 */
import { PROVINCES } from '../../../../rules/model/provinces';

export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

const CITIES: Record<string, Record<string, string[]>> = {
  BJ: { 北京市: ['东城区', '西城区', '朝阳区', '海淀区'] },
  TJ: { 天津市: ['和平区', '河西区', '南开区'] },
  HE: { 石家庄市: ['长安区', '桥西区'], 保定市: ['竞秀区', '莲池区'] },
  SX: { 太原市: ['小店区', '迎泽区'] },
  NM: { 呼和浩特市: ['新城区', '赛罕区'] },
  LN: { 沈阳市: ['和平区', '沈河区'], 大连市: ['中山区', '沙河口区'] },
  JL: { 长春市: ['南关区', '朝阳区'] },
  HL: { 哈尔滨市: ['道里区', '南岗区'] },
  SH: { 上海市: ['黄浦区', '徐汇区', '浦东新区'] },
  JS: { 南京市: ['玄武区', '鼓楼区'], 苏州市: ['姑苏区', '吴中区'] },
  ZJ: { 杭州市: ['上城区', '西湖区', '滨江区'], 宁波市: ['海曙区', '鄞州区'] },
  AH: { 合肥市: ['蜀山区', '包河区'] },
  FJ: { 福州市: ['鼓楼区', '台江区'], 厦门市: ['思明区', '湖里区'] },
  JX: { 南昌市: ['东湖区', '西湖区'] },
  SD: { 济南市: ['历下区', '市中区'], 青岛市: ['市南区', '崂山区'] },
  HA: { 郑州市: ['中原区', '金水区'] },
  HB: { 武汉市: ['江汉区', '武昌区', '洪山区'] },
  HN: { 长沙市: ['芙蓉区', '岳麓区'] },
  GD: { 广州市: ['越秀区', '天河区', '海珠区'], 深圳市: ['福田区', '南山区', '龙岗区'], 东莞市: ['东莞市辖区'] },
  GX: { 南宁市: ['青秀区', '兴宁区'] },
  HI: { 海口市: ['龙华区', '美兰区'] },
  CQ: { 重庆市: ['渝中区', '江北区'] },
  SC: { 成都市: ['锦江区', '武侯区', '高新区'] },
  GZ: { 贵阳市: ['南明区', '云岩区'] },
  YN: { 昆明市: ['五华区', '盘龙区'] },
  XZ: { 拉萨市: ['城关区', '堆龙德庆区'] },
  SN: { 西安市: ['新城区', '雁塔区'] },
  GS: { 兰州市: ['城关区', '七里河区'] },
  QH: { 西宁市: ['城东区', '城西区'] },
  NX: { 银川市: ['兴庆区', '金凤区'] },
  XJ: { 乌鲁木齐市: ['天山区', '沙依巴克区'] },
};

export const REGION_OPTIONS: RegionOption[] = PROVINCES.map((p) => ({
  value: p.full,
  label: p.full,
  children: Object.entries(CITIES[p.code] ?? {}).map(([city, districts]) => ({
    value: city,
    label: city,
    children: districts.map((d) => ({ value: d, label: d })),
  })),
}));
