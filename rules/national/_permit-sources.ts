/**
 * Third-party sources for exit-entry document numbers (third-party reprints of the NIA formats). The
 * reprints the reference notes cite are served over http only; the rules cite https
 * pages with the same content where one was found, and name the http reprint in a note.
 */
import type { SourceRef } from '../engine/types';

const RETRIEVED = '2026-11-29';

export const PASSPORT_FORMAT_SOURCE: SourceRef = {
  url: 'https://www.cwdbkk.com/html_2/chongwuchuguo/4933/list/8.html',
  title: '中国护照号码格式（E+8位数字；2017-04-05起 E+字母+7位数字；旧版 G+8位数字）',
  publisher: 'third party',
  evidence: 'T',
  retrieved: RETRIEVED,
  note: 'The reference notes cite the NIA handbook reprint http://www.jemws.com/news/detail-133.html (T5, http only).',
};

export const HK_MO_PERMIT_SOURCE: SourceRef = {
  url: 'https://www.nia.gov.cn/',
  title: '港澳居民来往内地通行证号码规则（公安部出入境管理局）: H/M + 8位终身号 + 2位换证次数',
  publisher: 'National Immigration Administration (issuer); rule text via third-party reprints',
  evidence: 'T',
  published: '2010-03-10',
  retrieved: RETRIEVED,
  note: 'Announced by the MPS exit-entry bureau on 2010-03-10 (中新网); read in reprints served over http only: http://lhoil.com/law/law_view.asp?id=324224 and T5 http://www.jemws.com/news/detail-133.html.',
};

export const TW_PERMIT_SOURCE: SourceRef = {
  url: 'https://www.nia.gov.cn/',
  title: '台湾居民来往大陆通行证号码自2008-09-25起为8位终身号（一人一号、终身不变）',
  publisher: 'National Immigration Administration (issuer); announcement via 中新网 reprints',
  evidence: 'T',
  published: '2008-09-12',
  retrieved: RETRIEVED,
  note: 'Read in 中新网 reprints served over http only, e.g. http://www.ncdzx.com/sy/rdxw/200809/t20080912_742862.htm.',
};

/**
 * The number of the 外国人永久居留身份证. The https page (Beijing's foreign-affairs office,
 * reprinting Beijing Daily on the NIA press conference of 2023-09-15) gives the switch from 15 to
 * 18 characters on 2023-12-01 and that older cards stay valid; the structure (first digit 9, MOD
 * 11-2 check character) is in the NIA's machine-readable rules for the new card, read in
 * card-reader vendors' reprints served over http only (named in the note).
 */
export const PERMANENT_RESIDENCE_CARD_SOURCE: SourceRef = {
  url: 'https://wb.beijing.gov.cn/en/express/202312/t20231211_3495770.html',
  title:
    '新版外国人永久居留身份证 2023-12-01 起签发，号码由15位（3位拉丁字母+12位数字）调整为18位（17位数字+1位校验位），首位为9，校验码按 MOD 11-2 计算，与公民身份号码相同（《新版外国人永久居留身份证机读信息规则（2023版）》）',
  publisher: 'National Immigration Administration (issuer); via Beijing Municipal Government and third-party reprints',
  evidence: 'T',
  published: '2023-09-18',
  retrieved: '2026-12-07',
  note: 'The machine-readable rules (first digit 9, MOD 11-2) were read in reprints served over http only: http://www.eastcoms.com/service/pro/840.html (2023-10-20) and http://gzwubang.com/service/pro/840.html.',
};
