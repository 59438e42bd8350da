import { describe, expect, it } from 'vitest';
import { isHkMoTravelPermit, isPrcPassport, isTwTravelPermit, looksLikePrcPassportSeries } from './permits';

describe('isHkMoTravelPermit', () => {
  it('accepts H or M + 8 digits, with or without the 2-digit issue count', () => {
    for (const value of ['H12345678', 'M87654321', 'H1234567801', 'M1234567803']) expect(isHkMoTravelPermit(value), value).toBe(true);
  });

  it('rejects other letters, 7 or 9 digits and a 1-digit issue count', () => {
    for (const value of ['A12345678', 'H1234567', 'H123456789', 'H123456780', '12345678', 'HK12345678', ''])
      expect(isHkMoTravelPermit(value), value).toBe(false);
  });
});

describe('isTwTravelPermit', () => {
  it('accepts the 8-digit number of the card-type permit', () => {
    expect(isTwTravelPermit('01234567')).toBe(true);
  });

  it('rejects old booklet numbers and letters', () => {
    for (const value of ['0123456789', '1234567', 'T1234567', '']) expect(isTwTravelPermit(value), value).toBe(false);
  });
});

describe('isPrcPassport', () => {
  it('accepts E + 8 digits, E + letter + 7 digits and G + 8 digits', () => {
    for (const value of ['E12345678', 'EA1234567', 'EJ7654321', 'G12345678']) expect(isPrcPassport(value), value).toBe(true);
  });

  it('rejects I and O as the series letter, wrong lengths and other series', () => {
    for (const value of ['EI1234567', 'EO1234567', 'E1234567', 'G123456789', 'P12345678', 'E1234567N']) expect(isPrcPassport(value), value).toBe(false);
  });

  it('tells which numbers start like the PRC series (other countries use E too)', () => {
    expect(looksLikePrcPassportSeries('E1234567N')).toBe(true);
    expect(looksLikePrcPassportSeries('533380006')).toBe(false);
  });
});
