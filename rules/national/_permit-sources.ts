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
