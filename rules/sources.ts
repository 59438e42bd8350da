/**
 * Source documents the rules cite, by key. Keys: S = Huawei help pages, P = Huawei
 * site-search pages quoting help pages, K-/R- = Huawei's public ICP knowledge base,
 * T = third-party pages. A rule may also cite a source inline (province pages).
 *
 * `evidence`: F = the provider's own published text, K = the provider's knowledge-base
 * summary, T = third party, MIIT = national regulation, I = inference from a standard.
 * `retrieved` is the date the source was read into this rule set (from the reference notes).
 */
export interface Source {
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly evidence: 'F' | 'K' | 'T' | 'MIIT' | 'I';
  /** Date the document itself carries, when it has one. */
  readonly published?: string;
  readonly retrieved: string;
  /**
   * The title in Chinese, for the Chinese UI, where the source has one: its own title when
   * that is Chinese; for a Huawei site-search page or a knowledge-base file, the same words
   * in Chinese (chineseTitle()). Absent: the source has no
   * Chinese title and `title` is shown.
   */
  readonly titleZh?: string;
  /** The publisher in Chinese, where it has a Chinese name. */
  readonly publisherZh?: string;
}

const RETRIEVED = '2026-11-29';

const huawei = {
  S1: {
    url: 'https://support.huaweicloud.com/prepare-icp/icp_02_0023.html',
    title: '海南管局要求',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    published: '2021-01-29',
    retrieved: RETRIEVED,
  },
  S2: {
    url: 'https://www.huaweicloud.com/guide/productsdesc-bms_f7e104d677767156cbda3e0152851873support1',
    title: 'mirror of `support.huaweicloud.com/prepare-icp/icp_02_0021.html` 广东管局要求:个人用户',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    published: '2025-05-27',
    retrieved: RETRIEVED,
  },
  S3: {
    url: 'https://huaweicloud.com/guide/productsdesc-bms_7eeb1e30d3a6875e703072cafc84c8d8support1',
    title: 'mirror of `prepare-icp/icp_02_0019.html` 江西管局要求:个人用户',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    published: '2025-03-13',
    retrieved: RETRIEVED,
  },
  S4: {
    url: 'https://huaweicloud.com/guide/productsdesc-bms_712944ee581561ed06ae3b88bda71b25support0',
    title: 'mirror of `pi-icp/icp_03_0022.html` 迁移备案:约束与限制',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    published: '2024-07-19',
    retrieved: RETRIEVED,
  },
  S5: {
    url: 'https://support.huaweicloud.com/icp_faq/icp_05_0121.html',
    title: '为什么要进行视频核验',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    published: '2024-04-16',
    retrieved: RETRIEVED,
  },
  S6: { url: 'https://huaweicloud.com/special/icp-chaxun.html', title: '网站备案基本概念', publisher: 'Huawei Cloud', evidence: 'F', retrieved: RETRIEVED },
  S7: {
    url: 'https://support.huaweicloud.com/intl/ar-mena/icprb-icp/icp_01_0008.html',
    title: 'Constraints (English)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  S8: {
    url: 'https://support.huaweicloud.com/intl/en-us/icprb-icp/icp_01_0013.html',
    title: 'Using Huawei Cloud CDN',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    published: '2022-03-23',
    retrieved: RETRIEVED,
  },
  S9: {
    url: 'https://support.huaweicloud.com/intl/es-us/prepare-icp/icp_02_0047.html',
    title: 'Registering an account / real-name (English)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  S10: {
    url: 'https://support.huaweicloud.com/usermanual-domain/domain_ug_320002.html',
    title: '域名实名认证填写规范',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    published: '2022-08-16',
    retrieved: RETRIEVED,
  },
  S11: {
    url: 'https://github.com/huaweicloudDocs/domains/blob/master/cn.zh-cn/用户指南/如何挑选及命名域名.md',
    title: 'Huawei domain doc (finance words in domain prefix)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P01: {
    url: 'https://huaweicloud.com/s/JeaXoOmcgOWunuWQjeiupOivgeeahOWfn-WQjSU/t_30_p_14/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P01)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P02: {
    url: 'https://huaweicloud.com/s/JWlt5Z-f5ZCN5aSH5qGIJQ/t_30_p_19/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P02)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P03: {
    url: 'https://huaweicloud.com/s/JeWfn-WQjeWNh-e6p-iuv-mXriU/t_30_p_12/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P03)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P04: {
    url: 'https://huaweicloud.com/s/JeWmguS9leeUqOWFtuS7luaJi-acuuS9v-eUqOWNjuS4uuS6keacjeWKoSU/t_30_p_12/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P04)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P05: {
    url: 'https://huaweicloud.com/s/JeWNjuS4uumhueebrueuoeeQhuezu-e7nyU/t_30_p_14/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P05)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P06: {
    url: 'https://huaweicloud.com/s/JeWNjuS4uuS6kW9ic-S4iuS8oOayoeWPjeW6lCU/t_30_p_10/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P06)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P07: {
    url: 'https://huaweicloud.com/s/JeWNjuS4uuS6keacjeWKoeW9lemfs-WmguS9leWQjOatpSU/t_30_p_10/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P07)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P08: {
    url: 'https://huaweicloud.com/s/JeWfn-WQjeWuieWFqOajgOa1i-ezu-e7nyU/t_30_p_11/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P08)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P09: {
    url: 'https://huaweicloud.com/s/JXTlnovluIPlsYDnvZHnq5kl/t_30_p_2/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P09)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P10: {
    url: 'https://huaweicloud.com/s/JWNvbeWSjHh5euWfn-WQjeWQjue8gOacieS7gOS5iOWMuuWIqyU/t_30_p_7/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P10)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P11: {
    url: 'https://huaweicloud.com/s/JeW7uuiuvuS6keS4quS6uuacjeWKoeW5s-WPsCU/t_30_p_15/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P11)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P12: {
    url: 'https://huaweicloud.com/s/JW15c3Fs5bu65peg5a2X5q616KGoJQ/t_30_p_2/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P12)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P13: {
    url: 'https://portal.huaweicloud.com/s/JeWMuuWdl-mTviDpk77ku6PnoIEl/t_30_p_3/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P13)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P14: {
    url: 'https://huaweicloud.com/s/JeWmguS9leWwhueUteiEkeiuvue9ruS4uuS6keWtmOWCqOacjeWKoeWZqCU/t_30_p_8/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P14)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P15: {
    url: 'https://huaweicloud.com/s/JeWNjuS4uuS6keW5s-WPsOeUqOaIt-aJi-WGjCU/t_30_p_7/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P15)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P16: {
    url: 'https://huaweicloud.com/guide/category-a730ff83634e764e176e8d92e39d1f72d846f9cca19f174b9db878417a03e0cc-1',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P16) (guide page quoting 验证备案类型 table)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P17: {
    url: 'https://huaweicloud.com/s/JWUtbW9iaWxlN-acjeWKoeWZqOWcsOWdgOaAjuS5iOWhqyU/t_30_p_7/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P17)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P18: {
    url: 'https://huaweicloud.com/s/JeWbuuWumklQ5ZKM5Zu65a6a5Z-f5ZCN55qE5Yy65YirJQ/t_30_p_11/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P18)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P19: {
    url: 'https://huaweicloud.com/s/Jei3r-eUsei0n-i9veWdh-ihoeWSjOS4u-WkhyU/t_30_p_3/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P19)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P20: {
    url: 'https://huaweicloud.com/s/JW1vZGVsYXJ0c-euoeeQhuaOp-WItuWPsCU/t_30_p_2/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P20)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P21: {
    url: 'https://huaweicloud.com/s/JeS4quS6uue9keermeWkh-ahiOWQjeensOWkp-WFqCU/t_30_p_14/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P21)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P22: {
    url: 'https://huaweicloud.com/s/Jea3seW6puWtpuS5oOaYr-iwgeaPkOWHuueahCU/t_30_p_11/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P22)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P23: {
    url: 'https://huaweicloud.com/s/JW15c3Fs5pu05pS55a2X5q615Li6bG9uZ3RleHQl/t_30_p_1/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P23)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P24: {
    url: 'https://huaweicloud.com/s/JeaAjuS5iOmAmui_h-Wfn-WQjeiuv-mXrmZ0cCU/t_30_p_7/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P24)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P25: {
    url: 'https://huaweicloud.com/s/JeS6keacjeWKoeS4reW_gyU/t_30_p_12/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P25)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P26: {
    url: 'https://huaweicloud.com/s/JeiBlOmAmuacjeWKoeWZqOS6keacjeWKoeWZqCU/t_30_p_10/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P26)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P27: {
    url: 'https://huaweicloud.com/s/JWphc3BlcueJqeiBlOe9keW5s-WPsCU/t_30_p_5/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P27)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P28: {
    url: 'https://huaweicloud.com/s/JXRla2xh5aSa55So5oi35pyN5Yqh5ZmoJQ/t_30_p_8/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P28)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P29: {
    url: 'https://huaweicloud.com/s/JeaJi-acuuWPt-eggemqjOivgeeggeeUn-aIkOWZqCU/t_30_p_1/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P29)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P30: {
    url: 'https://huaweicloud.com/s/JeivhuWIq-WbvueJh-S4reaWh-Wtl29wZW5jdiU/t_30_p_2/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P30)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P31: {
    url: 'https://huaweicloud.com/s/JeWfn-aOp-acjeWKoeWZqOiuvue9rueUqOaIt-WvhueggeacieaViOacnyU/t_30_p_9/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P31)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P32: {
    url: 'https://huaweicloud.com/s/JWFwcGtleeiOt-WPliU/t_30_p_1/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P32)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P33: {
    url: 'https://huaweicloud.com/s/JeaCqOWwneivleiuv-mXrueahOe9keermeexu-Wei-WxnuS6jiU/t_30_p_14/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P33)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P34: {
    url: 'https://huaweicloud.com/s/JeaAjuS5iOafpeeci-acjeWKoeWZqOacuuWZqOeggSU/t_30_p_6/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P34)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P35: {
    url: 'https://huaweicloud.com/s/Jei9pueJjOivhuWIq-ezu-e7n-WTgeeJjCU/t_30_p_1/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P35)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P36: {
    url: 'https://huaweicloud.com/s/JWdw5pWw5o2u5bqT5p-l55yL6KGo57uT5p6EJQ/t_30_p_2/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P36)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P37: {
    url: 'https://huaweicloud.com/s/JeWumuaXtuS7u-WKoeeuoeeQhuezu-e7nyU/t_30_p_3/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P37)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P38: {
    url: 'https://huaweicloud.com/s/JXdpbmRvd3PlhbPpl61zc2zor4Hkuabpqozor4El/t_30_p_2/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P38)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P39: {
    url: 'https://huaweicloud.com/s/JemAmueUqOWei-WSjOiuoeeul-Wei-eahOWMuuWIqyU/t_30_p_4/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P39)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P40: {
    url: 'https://huaweicloud.com/s/Jeafpeeci-Wfn-WQjeWkh-ahiOaOpeWFpeWVhiU/t_30_p_10/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P40)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P41: {
    url: 'https://huaweicloud.com/s/JWFwcGtleeiOt-WPliU/t_30_p_5/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P41)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P42: {
    url: 'https://huaweicloud.com/s/Jeafpeeci-acquiiq-WNoOeUqOeahOerr-WPo-WPtyU/t_30_p_2/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P42)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P43: {
    url: 'https://huaweicloud.com/s/JeebkeaOp-mHjOeahOaZuuiDveajgOe0ouaYr-S7gOS5iOWKn-iDvSU/t_30_p_7/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P43)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P44: {
    url: 'https://huaweicloud.com/s/Jee9keermeWQjuWPsOW4uOeUqOWvhueggSU/t_30_p_13/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P44)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P45: {
    url: 'https://huaweicloud.com/s/JWh0dHBz572R56uZ5a6J5YWo5qOA5rWL5bel5YW3JQ/t_30_p_1/JUlDUOWkh-ahiCU',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P45)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  P46: {
    url: 'https://huaweicloud.com/s/JUFQSee9keWFsyDnu5_kuIDouqvku70l/t_30_p_499',
    title: 'Huawei Cloud site-search page quoting ICP help pages (P46)',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'K-管局': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md',
    title: 'Huawei ICP knowledge base: 备案管局咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-驳回': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案驳回咨询.md',
    title: 'Huawei ICP knowledge base: 备案驳回咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-错误': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/错误提示FAQ.md',
    title: 'Huawei ICP knowledge base: 错误提示FAQ.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-材料': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案材料咨询.md',
    title: 'Huawei ICP knowledge base: 备案材料咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-准备': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案前准备咨询.md',
    title: 'Huawei ICP knowledge base: 备案前准备咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-流程': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案流程咨询.md',
    title: 'Huawei ICP knowledge base: 备案流程咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-短信': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案短信核验.md',
    title: 'Huawei ICP knowledge base: 备案短信核验.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-APP': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/App备案咨询.md',
    title: 'Huawei ICP knowledge base: App备案咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-条件': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案条件咨询.md',
    title: 'Huawei ICP knowledge base: 备案条件咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-政策': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案政策咨询.md',
    title: 'Huawei ICP knowledge base: 备案政策咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-常见': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案常见问题.md',
    title: 'Huawei ICP knowledge base: 备案常见问题.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-变更': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案变更咨询.md',
    title: 'Huawei ICP knowledge base: 备案变更咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-域名': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案域名咨询.md',
    title: 'Huawei ICP knowledge base: 备案域名咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-成功后': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案成功后咨询.md',
    title: 'Huawei ICP knowledge base: 备案成功后咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-注销': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案注销咨询.md',
    title: 'Huawei ICP knowledge base: 备案注销咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-进度': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案进度查询.md',
    title: 'Huawei ICP knowledge base: 备案进度查询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-迁移': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/迁移备案咨询.md',
    title: 'Huawei ICP knowledge base: 迁移备案咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-认领': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/认领备案咨询.md',
    title: 'Huawei ICP knowledge base: 认领备案咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'K-转移': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/转移备案咨询.md',
    title: 'Huawei ICP knowledge base: 转移备案咨询.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'R-rules': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-rule-consult/references/filing-rules.yml',
    title: 'Huawei ICP knowledge base: filing-rules.yml',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'R-kb': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-rule-consult/references/knowledge-base.md',
    title: 'Huawei ICP knowledge base: knowledge-base.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  'R-docs': {
    url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-rule-consult/references/doc-commands.md',
    title: 'Huawei ICP knowledge base: doc-commands.md',
    publisher: 'Huawei Cloud (huaweicloud-skills)',
    evidence: 'K',
    published: '2026-08-23',
    retrieved: RETRIEVED,
  },
  T1: {
    url: 'https://www.volcengine.com/docs/6428/68754',
    title: 'SMS-verification table, another access provider',
    publisher: 'third party',
    evidence: 'T',
    retrieved: RETRIEVED,
  },
  T2: {
    url: 'https://www.volcengine.com/docs/6428/70978',
    title: 'MIIT domain-verification scope table',
    publisher: 'third party',
    evidence: 'T',
    retrieved: RETRIEVED,
  },
  T3: {
    url: 'https://help.zzy.cn/app/right_homepage_page.php?type=1&level=2&id=43&aid=733',
    title: 'pre-approval category→authority→licence table, 2017',
    publisher: 'third party',
    evidence: 'T',
    retrieved: RETRIEVED,
  },
  T8: {
    url: 'https://renwen.com/faq/beian/rumen/gediquguanjubeianyaoqiu/212.html',
    title: 'Shanghai rules as listed by another provider',
    publisher: 'third party',
    evidence: 'T',
    retrieved: RETRIEVED,
  },
  T9: {
    url: 'https://finclip.com/mop/document/operate/city-guidelines/gansu.html',
    title: 'Gansu rules as listed by another provider',
    publisher: 'third party',
    evidence: 'T',
    retrieved: RETRIEVED,
  },
  T10: { url: 'https://hsy.com/help/13-30-67', title: 'MIIT domain-verification 5 conditions', publisher: 'third party', evidence: 'T', retrieved: RETRIEVED },
  T11: {
    url: 'https://www.xinnet.com/service/cjwt/icp/zbnr/2009.html',
    title: 'website-name rules incl. nationwide banned words',
    publisher: 'third party',
    evidence: 'T',
    retrieved: RETRIEVED,
  },
} as const satisfies Record<string, Source>;

/** Official pages named by Huawei's knowledge base (R-docs) and national standards. */
const more = {
  'HW-province-index': {
    url: 'https://support.huaweicloud.com/prepare-icp/icp_02_0005.html',
    title: '各地区管局备案要求',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  // The personal-filing materials page: ID types by residence, and "其它材料" (云南、陕西、广东: more than five domains of
  // different prefixes → every domain's certificate and a 网站建设方案书). The excerpt this was read from carries no
  // address; the URL is the prepare-icp page between 0003 (servers) and 0005 (province index), not re-checked online.
  // TODO(2027-01-31): confirm this address on the live help centre (no network on the build machines) or replace it.
  'HW-personal-materials': {
    url: 'https://support.huaweicloud.com/prepare-icp/icp_02_0004.html',
    title: '个人备案准备资料：证件类型与其它材料',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
  'HW-pre-approval': {
    url: 'https://support.huaweicloud.com/prepare-icp/zh-cn_topic_0000002085124433.html',
    title: '前置审批',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'HW-verify-type': {
    url: 'https://support.huaweicloud.com/usermanual-icp/zh-cn_topic_0000002127792637.html',
    title: '基础信息校验',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'HW-first-filing': {
    url: 'https://support.huaweicloud.com/usermanual-icp/zh-cn_topic_0000002581754184.html',
    title: '首次备案',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'HW-first-filing-steps': {
    url: 'https://support.huaweicloud.com/pi-icp/icp_03_0002.html',
    title: '首次备案：验证备案类型参数说明',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'HW-app-features': {
    url: 'https://support.huaweicloud.com/usermanual-icp/zh-cn_topic_0000002085120221.html',
    title: 'APP特征信息',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'HW-change': {
    url: 'https://support.huaweicloud.com/pi-icp/icp_03_0007.html',
    title: '变更备案',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'HW-cancel-service': {
    url: 'https://support.huaweicloud.com/pi-icp/icp_03_0003.html',
    title: '注销互联网信息服务',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'HW-cancel-subject': {
    url: 'https://support.huaweicloud.com/pi-icp/icp_03_0009.html',
    title: '注销主体',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'HW-one-account-one-subject': {
    url: 'https://support.huaweicloud.com/icp_faq/icp_05_0829.html',
    title: '一个账号只能备案一个主体',
    publisher: 'Huawei Cloud',
    evidence: 'F',
    retrieved: RETRIEVED,
  },
  'GB-11643': {
    url: 'https://openstd.samr.gov.cn/bzgk/gb/',
    title: 'GB 11643-1999 公民身份号码 (national standard; full text on the national standards portal)',
    titleZh: 'GB 11643-1999 公民身份号码（国家标准，全文见国家标准全文公开系统）',
    publisher: 'SAMR / SAC',
    evidence: 'I',
    published: '1999-07-01',
    retrieved: RETRIEVED,
  },
  'GB-32100': {
    url: 'https://openstd.samr.gov.cn/bzgk/gb/',
    title: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则 (national standard; full text on the national standards portal)',
    titleZh: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则（国家标准，全文见国家标准全文公开系统）',
    publisher: 'SAMR / SAC',
    evidence: 'I',
    published: '2015-10-01',
    retrieved: RETRIEVED,
  },
  'MIIT-33': {
    url: 'https://docs.ucloud.cn/beian1/regulations/regulations1',
    title: '《非经营性互联网信息服务备案管理办法》(信息产业部令第33号), as reproduced by UCloud',
    titleZh: '《非经营性互联网信息服务备案管理办法》（信息产业部令第33号），UCloud转载',
    publisher: 'MIIT (via UCloud)',
    evidence: 'MIIT',
    published: '2005-03-20',
    retrieved: RETRIEVED,
  },
  'MIIT-domain-notice': {
    url: 'https://cloud.tencent.com/document/product/243/4109',
    title: '工业和信息化部关于规范互联网信息服务使用域名的通知, as reproduced by Tencent Cloud',
    titleZh: '工业和信息化部关于规范互联网信息服务使用域名的通知，腾讯云转载',
    publisher: 'MIIT (via Tencent Cloud)',
    evidence: 'MIIT',
    retrieved: RETRIEVED,
  },
  'UC-pre-approval': { url: 'https://docs.ucloud.cn/beian1/basics/knowledge2', title: '前置审批', publisher: 'UCloud', evidence: 'T', retrieved: RETRIEVED },
  'UC-limits': { url: 'https://docs.ucloud.cn/beian1/problem/problem8', title: '备案限制说明', publisher: 'UCloud', evidence: 'T', retrieved: RETRIEVED },
  'UC-templates': {
    url: 'https://docs.ucloud.cn/beian1/problem/problem9',
    title: '情况说明承诺书模板',
    publisher: 'UCloud',
    evidence: 'T',
    retrieved: RETRIEVED,
  },
  'TC-naming': {
    url: 'https://cloud.tencent.com/document/product/243/11740',
    title: '网站名称命名要求',
    publisher: 'Tencent Cloud',
    evidence: 'T',
    retrieved: RETRIEVED,
  },
  'TC-gov-domain': {
    url: 'https://cloud.tencent.com.cn/developer/information/%E6%94%BF%E5%BA%9C%E5%9F%9F%E5%90%8D%E7%94%B3%E8%AF%B7%E6%B5%81%E7%A8%8B%E6%98%AF%E4%BB%80%E4%B9%88',
    title: '政府域名申请流程：经机构编制部门和政务和公益机构域名注册管理中心（CONAC）审核，申请单位须为政府机关单位（机关法人）',
    publisher: 'Tencent Cloud',
    evidence: 'T',
    retrieved: '2026-12-07',
  },
  'TC-provinces': {
    url: 'https://cloud.tencent.com/document/product/243/3474',
    title: '各省管局要求',
    publisher: 'Tencent Cloud',
    evidence: 'T',
    retrieved: RETRIEVED,
  },
  'TC-server': {
    url: 'https://cloud.tencent.com/document/product/243/18908',
    title: '备案云服务器要求（中国大陆地域、公网IP）',
    publisher: 'Tencent Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
  // Alibaba Cloud's own filing help (rules scoped to providers: ['aliyun']).
  'ALI-website-info': {
    url: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/fill-in-the-website-information-2',
    title: '填写网站信息（网站名称规范、禁用词）',
    publisher: 'Alibaba Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
  'ALI-address': {
    url: 'https://developer.aliyun.com/ask/22898',
    title: '主办单位证件住所与通讯地址须在同一省份；通讯地址无门牌号须在备注中说明 (copy of an Alibaba Cloud help text on its developer forum)',
    titleZh: '主办单位证件住所与通讯地址须在同一省份；通讯地址无门牌号须在备注中说明（阿里云帮助文本，转载于阿里云开发者社区）',
    publisher: 'Alibaba Cloud developer community',
    evidence: 'T',
    retrieved: '2026-12-07',
  },
  'ALI-upload': {
    url: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/upload-data-and-authenticity-verification',
    title: '上传资料及真实性核验（阿里云App拍摄、白色背景）',
    publisher: 'Alibaba Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
  'ALI-sms-check': {
    url: 'https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/sms-check',
    title: 'SMS check (工信部短信核验 within 24 hours)',
    titleZh: '工信部短信核验（24小时内完成）',
    publisher: 'Alibaba Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
  'ALI-ip': {
    url: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/appendix-choice-of-cloud-services-and-ip-address',
    title: '附录：云服务及IP地址的选择（中国内地地域的阿里云资源及其公网IP）',
    publisher: 'Alibaba Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
  // Tencent Cloud's own filing help, from its documentation repository (rules scoped to providers: ['tencent']).
  'TC-auth-code': {
    url: 'https://github.com/tencentyun/qcloud-documents/blob/HEAD/product/域名与网站/网站备案/常见问题/备案授权码.md',
    title: '备案授权码：1个授权码对应1个网站的备案，1个网站仅包含1个域名；授权码由企业实名认证账号的服务器生成',
    publisher: 'Tencent Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
  'TC-website-info': {
    url: 'https://github.com/tencentyun/qcloud-documents/blob/HEAD/product/域名与网站/网站备案/常见问题/备案流程/网站信息/网站信息.md',
    title: '网站信息：单位备案每个订单最多10个网站，个人备案每个订单最多1个网站，每个网站只能提交1个域名',
    publisher: 'Tencent Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
  'TC-subject-info': {
    url: 'https://github.com/tencentyun/qcloud-documents/blob/HEAD/product/域名与网站/网站备案/常见问题/备案流程/主体信息/主体信息.md',
    title: '主体信息：通信地址没有门牌号时在备注中说明通信地址已为最详细地址',
    publisher: 'Tencent Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
  'TC-mini-program': {
    url: 'https://github.com/tencentyun/qcloud-documents/blob/HEAD/product/域名与网站/网站备案/常见问题/备案小程序类.md',
    title: '备案小程序类：视频核验时身份证摆正、纯白背景、光线适当、面部无大面积遮挡、画面中无多余人物',
    publisher: 'Tencent Cloud',
    evidence: 'F',
    retrieved: '2026-12-07',
  },
} as const satisfies Record<string, Source>;

const HAN = /[\u3400-\u9fff]/;

/** A source's Chinese title, from what the source itself carries (see Source.titleZh); undefined when it has none. */
export function chineseTitle(source: Source): string | undefined {
  const search = /^Huawei Cloud site-search page quoting ICP help pages \((P\d+)\)/.exec(source.title);
  if (search) return `华为云站内搜索页（引用ICP备案帮助文档，${search[1]}）`;
  const knowledgeBase = /^Huawei ICP knowledge base: (.+?)(?:\.md)?$/.exec(source.title);
  if (knowledgeBase) return `华为云备案知识库：${knowledgeBase[1]}`;
  const mirror = /^mirror of `[^`]*` (.+)$/.exec(source.title);
  if (mirror && HAN.test(mirror[1]!)) return `${mirror[1]!.replace(/:/g, '：')}（华为云帮助文档镜像）`;
  return HAN.test(source.title) ? source.title : undefined;
}

const PUBLISHER_ZH: Readonly<Record<string, string>> = {
  'Huawei Cloud': '华为云',
  'Huawei Cloud (huaweicloud-skills)': '华为云（huaweicloud-skills）',
  'Alibaba Cloud': '阿里云',
  'Alibaba Cloud developer community': '阿里云开发者社区',
  'Tencent Cloud': '腾讯云',
  UCloud: 'UCloud优刻得',
  'MIIT (via Tencent Cloud)': '工信部（经腾讯云转载）',
  'MIIT (via UCloud)': '工信部（经UCloud转载）',
  'SAMR / SAC': '国家市场监督管理总局 / 国家标准化管理委员会',
  'third party': '第三方',
};

/** The source with its Chinese title and publisher added where it has them. */
export function withChinese(source: Source): Source {
  const titleZh = source.titleZh ?? chineseTitle(source);
  const publisherZh = source.publisherZh ?? PUBLISHER_ZH[source.publisher];
  return { ...source, ...(titleZh ? { titleZh } : {}), ...(publisherZh ? { publisherZh } : {}) };
}

export const SOURCES: Readonly<Record<string, Source>> = Object.fromEntries(
  Object.entries({ ...huawei, ...more } as Record<string, Source>).map(([key, source]) => [key, withChinese(source)]),
);
export type SourceKey = keyof typeof huawei | keyof typeof more;

/** A rule's source as cited: a key of SOURCES, or a source written out in the rule. */
export function resolveSource(ref: SourceKey | Source): Source {
  if (typeof ref !== 'string') return withChinese(ref);
  const source = SOURCES[ref];
  if (!source) throw new Error(`unknown source key ${ref}`);
  return source;
}
