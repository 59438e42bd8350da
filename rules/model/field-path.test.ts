import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldPattern } from './fields';
import { compilePattern, EACH, fieldIdSteps, formatFieldPath, missingFields, parseFieldPath, patternParts, readPath } from './field-path';

describe('parseFieldPath', () => {
  it('reads names, item indexes and [] for any item', () => {
    expect(parseFieldPath('subject.principal.mobile')).toEqual(['subject', 'principal', 'mobile']);
    expect(parseFieldPath('websites[0].domains[12]')).toEqual(['websites', 0, 'domains', 12]);
    expect(parseFieldPath('websites[].ipRanges[].start')).toEqual(['websites', EACH, 'ipRanges', EACH, 'start']);
    expect(parseFieldPath('apps[]')).toEqual(['apps', EACH]);
    expect(parseFieldPath('filingType')).toEqual(['filingType']);
  });

  it('takes odd input leniently, as the readers it replaced did', () => {
    expect(parseFieldPath('')).toEqual([]);
    expect(parseFieldPath('a..b.')).toEqual(['a', 'b']);
    expect(parseFieldPath('.a')).toEqual(['a']);
    expect(parseFieldPath('a[x].b')).toEqual(['a', 'x', 'b']);
    expect(parseFieldPath('a[0]b')).toEqual(['a', 0, 'b']);
    expect(parseFieldPath('a[][]')).toEqual(['a', EACH, EACH]);
    expect(parseFieldPath('[]a')).toEqual([EACH, 'a']);
    expect(parseFieldPath('a[007]')).toEqual(['a', 7]);
    expect(parseFieldPath('a[1')).toEqual(['a', '1']);
    expect(parseFieldPath('a]b')).toEqual(['a', 'b']);
    expect(parseFieldPath('a.0')).toEqual(['a', '0']);
    expect(parseFieldPath('materials.icp-letter@websites[0]')).toEqual(['materials', 'icp-letter@websites', 0]);
    expect(parseFieldPath('a[99999999999999999999]')).toEqual(['a', '99999999999999999999']);
  });

  it('never throws, and what it reads writes out and reads back the same, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '.', '[', ']', '0', '7', '@', '-', ' ') }), (text) => {
        const steps = parseFieldPath(text);
        expect(parseFieldPath(formatFieldPath(steps))).toEqual(steps);
      }),
      { seed: 20261207 },
    );
  });

  it('reads well-formed ids as the readers it replaced did', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9@-]{0,6}$/);
    const segment = fc
      .tuple(
        name,
        fc.array(
          fc.oneof(
            fc.nat(40).map((n) => `[${n}]`),
            fc.constant('[]'),
          ),
          { maxLength: 2 },
        ),
      )
      .map(([n, brackets]) => n + brackets.join(''));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        const id = segments.join('.');
        expect(formatFieldPath(parseFieldPath(id))).toBe(id);
        expect(fieldPattern(id)).toBe(id.replace(/\[\d+\]/g, '[]'));
        const concrete = id.replaceAll('[]', '[0]');
        expect(parseFieldPath(concrete).map(String)).toEqual(concrete.match(/[^.[\]]+/g));
      }),
      { seed: 20261207 },
    );
  });

  it('reads back what formatFieldPath writes', () => {
    for (const path of ['websites[0].domains[1]', 'websites[].principal.mobile', 'apps[]', 'a[][]', 'subject.name', '']) {
      expect(formatFieldPath(parseFieldPath(path))).toBe(path);
    }
    expect(formatFieldPath([EACH, 'a', 3])).toBe('[].a[3]');
  });
});

describe('fieldIdSteps', () => {
  it('takes the key of a keyed record (materials) whole', () => {
    expect(fieldIdSteps('materials.icp-letter@websites[0]')).toEqual(['materials', 'icp-letter@websites[0]']);
    expect(fieldIdSteps('materials.id-card')).toEqual(['materials', 'id-card']);
    expect(fieldIdSteps('websites[1].name')).toEqual(['websites', 1, 'name']);
    expect(fieldIdSteps('materials')).toEqual(['materials']);
  });
});

describe('patterns', () => {
  it('split at their []', () => {
    expect(patternParts('websites[].principal.mobile')).toEqual([['websites'], ['principal', 'mobile']]);
    expect(patternParts('websites[]')).toEqual([['websites'], []]);
    expect(patternParts('subject.name')).toEqual([['subject', 'name']]);
    expect(patternParts('')).toEqual([[]]);
    expect(compilePattern('websites[].ipRanges[].start').joined).toEqual(['websites', 'ipRanges', 'start']);
    expect(compilePattern('websites[].name')).toBe(compilePattern('websites[].name'));
  });

  it('name the fields a form lacks, an absent list by the list', () => {
    const form = { subject: { name: '示例' }, websites: [{ name: 'a', ipRanges: [{ start: '1.1.1.1' }, {}] }, {}] };
    expect(missingFields(form, compilePattern('subject.name'))).toEqual([]);
    expect(missingFields(form, compilePattern('subject.nature'))).toEqual(['subject.nature']);
    expect(missingFields(form, compilePattern('websites[].name'))).toEqual(['websites[1].name']);
    expect(missingFields(form, compilePattern('websites[].ipRanges[].start'))).toEqual(['websites[0].ipRanges[1].start', 'websites[1].ipRanges']);
    expect(missingFields(form, compilePattern('apps[].name'))).toEqual(['apps']);
  });

  it('are read by readPath, which stops at anything that is not an object', () => {
    expect(readPath({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(readPath({ a: 'text' }, ['a', 'length'])).toBeUndefined();
    expect(readPath(null, [])).toBeNull();
  });
});

describe('domain labels', () => {
  it('tell the domain list, the main domain and each 从域名 apart', () => {
    expect(fieldLabel('websites[0].domains', 'zh-CN')).toBe('网站 1 · 网站域名（全部）');
    expect(fieldLabel('websites[0].domains[0]', 'zh-CN')).toBe('网站 1 · 网站域名');
    expect(fieldLabel('websites[0].domains[1]', 'zh-CN')).toBe('网站 1 · 从域名 1');
    expect(fieldLabel('websites[1].domains[2]', 'en')).toBe('Website 2 · Additional domain 2');
    expect(fieldLabel('apps[0].domains[1]', 'zh-CN')).toBe('APP 1 · APP域名');
  });
});
