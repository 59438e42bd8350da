import { latinWordIn, placeNameIn } from '../../checks/place-names';
import { defineRule, type Issue } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 广东 personal access filings (Huawei S2, 2025-05-27): the website name may not contain
 * village or rural names, pinyin, or place names. Pinyin cannot be told from English, so
 * any run of Latin letters is reported.
 */
const VILLAGE_WORDS = ['村', '镇', '屯', '乡村', '农村', '家乡', '乡下'];
const GD_CITIES = [
  '广州',
  '深圳',
  '珠海',
  '汕头',
  '佛山',
  '韶关',
  '湛江',
  '肇庆',
  '江门',
  '茂名',
  '惠州',
  '梅州',
  '汕尾',
  '河源',
  '阳江',
  '清远',
  '东莞',
  '中山',
  '潮州',
  '揭阳',
  '云浮',
  '岭南',
  '潮汕',
];

export default defineRule({
  id: 'provinces/gd/access-name-no-place-names',
  severity: 'error',
  family: 'names',
  scope: { provinces: ['GD'], natures: ['individual'], filingTypes: ['add-access'] },
  reads: ['websites[].name'],
  texts: {
    'zh-CN': {
      title: '广东个人接入备案：网站名称不能含乡村名、拼音或地名',
      messages: {
        village: '网站名称“{name}”含有乡村类词语“{word}”，广东个人接入备案不接受。',
        pinyin: '网站名称“{name}”含有拼音或字母“{word}”，广东个人接入备案不接受。',
        placeName: '网站名称“{name}”含有地名“{word}”，广东个人接入备案不接受。',
      },
      why: '华为云广东管局个人要求写明：接入备案时网站名称不能包含村、乡等乡村名称、拼音或地区信息，否则驳回。',
      fix: '接入前先在原接入商处把网站名称变更为不含地名、拼音的中文名称，或在本次接入时按要求修改。',
    },
    en: {
      title: 'Guangdong personal access filings: no village names, pinyin or place names in the site name',
      messages: {
        village: 'The website name "{name}" contains the rural word "{word}", which Guangdong refuses in personal access filings.',
        pinyin: 'The website name "{name}" contains pinyin or Latin letters ("{word}"), which Guangdong refuses in personal access filings.',
        placeName: 'The website name "{name}" contains the place name "{word}", which Guangdong refuses in personal access filings.',
      },
      why: "Huawei's Guangdong personal page states that on access the site name may not contain village or rural names, pinyin or regional information.",
      fix: 'Rename the site to a Chinese name without place names or pinyin (at the previous provider, or during this access filing).',
    },
  },
  citations: { 'zh-CN': ['华为云广东管局个人要求写明'], en: ["Huawei's Guangdong personal page"] },
  sources: ['S2', PROVINCE_SOURCES.GD.HW],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.websites ?? []).flatMap((site, i): Issue<'village' | 'pinyin' | 'placeName'>[] => {
      const name = site.name ?? '';
      const field = `websites[${i}].name`;
      const village = VILLAGE_WORDS.find((w) => name.includes(w));
      if (village) return [{ field, message: 'village', params: { name, word: village } }];
      const place = placeNameIn(name, GD_CITIES);
      if (place) return [{ field, message: 'placeName', params: { name, word: place } }];
      const latin = latinWordIn(name);
      return latin ? [{ field, message: 'pinyin', params: { name, word: latin } }] : [];
    });
  },
});
