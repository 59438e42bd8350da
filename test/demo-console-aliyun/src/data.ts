/**
 * Option lists of the demo console. The region table is a small excerpt (enough for the demo and
 * the tests); the natures and certificate types are MIIT's. [I] Aliyun's exact option texts are
 * unconfirmed.
 */
export const REGIONS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  浙江省: { 杭州市: ['西湖区', '滨江区', '余杭区'], 宁波市: ['海曙区', '鄞州区'] },
  广东省: { 深圳市: ['南山区', '福田区'], 广州市: ['天河区', '越秀区'] },
  北京市: { 北京市: ['朝阳区', '海淀区'] },
};

export const NATURES = ['企业', '个人', '事业单位', '政府机关', '社会团体'];

export const CERT_TYPES: Readonly<Record<string, readonly string[]>> = {
  企业: ['营业执照（个人或企业）', '组织机构代码证'],
  个人: ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证'],
  事业单位: ['事业单位法人证书'],
  政府机关: ['统一社会信用代码证书'],
  社会团体: ['社会团体法人登记证书'],
};

export const ID_TYPES = ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证'];

export const SITE_CONTENTS = ['单位门户网站', '博客/个人空间', '网络新闻', '网络教育', '其他'];

export const PRE_APPROVALS = ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '文化', '广播电影电视节目', '以上都不涉及'];

export const options = (labels: readonly string[]) => labels.map((label) => ({ value: label, label }));
