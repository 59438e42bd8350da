/**
 * Exit-entry document numbers (NIA formats as reprinted by third parties, the sources in
 * rules/national/_permit-sources.ts; not Huawei text). Values are expected compacted (compactCode: no spaces, upper case).
 */

/**
 * 港澳居民来往内地通行证: H (first issued in Hong Kong) or M (Macao) + 8 digits. The card
 * prints a 2-digit 换证次数 after the number, which people often type along with it.
 */
export function isHkMoTravelPermit(value: string): boolean {
  return /^[HM]\d{8}(\d{2})?$/.test(value);
}

/**
 * 台湾居民来往大陆通行证: since 2008-09-25 the number is the holder's 8-digit lifetime
 * number (一人一号、终身不变); the issue count and issuing-office code that older permits
 * appended moved elsewhere on the card.
 */
export function isTwTravelPermit(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/**
 * 中华人民共和国普通护照: E + 8 digits (until 2017-04), E + a letter other than I/O +
 * 7 digits (since), G + 8 digits (older series).
 */
export function isPrcPassport(value: string): boolean {
  return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(value);
}

/** Starts like a PRC ordinary passport (E or G then a digit or letter) — other countries use these letters too. */
export function looksLikePrcPassportSeries(value: string): boolean {
  return /^[EG][0-9A-Z]/.test(value);
}
