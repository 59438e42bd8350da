import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostOf, registrableDomain } from '../checks/domain';
import { domainWord, people, services } from '../national/_services';
import { makeForm } from '../../test/support/make-form';
import { normalizeForm } from '../model/normalize';
import { evaluate, type RuleLogic } from './run';
import { endRun, perRun, startRun } from './per-run';

describe('perRun', () => {
  const form = {};
  let calls = 0;
  const compute = () => {
    calls++;
    return [{ n: calls }];
  };
  const once = perRun(compute);

  it('computes afresh on every call outside a run', () => {
    calls = 0;
    const a = once(form);
    const b = once(form);
    expect(a).not.toBe(b);
    expect(calls).toBe(2);
    expect(Object.isFrozen(a)).toBe(false);
  });

  it('computes once per run of that form, frozen, and forgets it when the run ends', () => {
    calls = 0;
    const outer = startRun(form);
    const a = once(form);
    expect(once(form)).toBe(a);
    expect(once({})).not.toBe(a); // another form is not the run's
    expect(Object.isFrozen(a) && Object.isFrozen(a[0])).toBe(true);
    expect(() => (a as { n: number }[]).push({ n: 0 })).toThrow();
    endRun(outer);
    expect(once(form)).not.toBe(a);
  });

  it('restores the outer run when a nested run ends', () => {
    const first = {};
    const second = {};
    const outer = startRun(first);
    const a = once(first);
    const inner = startRun(second);
    expect(once(first)).not.toBe(a);
    endRun(inner);
    expect(once(first)).toBe(a);
    endRun(outer);
  });

  it('lets the rules of one evaluate() share people and services, and ends with the run', () => {
    const input = makeForm('enterprise');
    const seen: unknown[][] = [];
    const rule = (id: string): RuleLogic => ({
      id,
      severity: 'info',
      scope: {},
      reads: [],
      check: (f) => {
        seen.push([services(f), people(f)]);
        return [];
      },
    });
    evaluate(input, { today: '2026-11-29', rules: [rule('a/one'), rule('a/two')] });
    expect(seen).toHaveLength(2);
    expect(seen[1]![0]).toBe(seen[0]![0]);
    expect(seen[1]![1]).toBe(seen[0]![1]);
    const form = normalizeForm(input);
    expect(services(form)).toEqual(seen[0]![0]);
    expect(services(form)).not.toBe(services(form));
  });
});

describe('domainWord', () => {
  it('is the label left of the public suffix', () => {
    expect(domainWord('www.Example.com.cn')).toBe('example');
    expect(domainWord('https://shop.example-tech.cn/path')).toBe('example-tech');
    expect(domainWord('example.cn')).toBe('example');
    expect(domainWord('com.cn')).toBe('com');
    expect(domainWord('cn')).toBe('cn');
    expect(domainWord('例子.中国')).toBe('例子');
    expect(domainWord('a..cn')).toBe('');
  });

  it('gives the first label of the registrable domain, for any text', () => {
    const first = (domain: string) => {
      const host = hostOf(domain);
      return (registrableDomain(host) ?? host).split('.')[0] ?? '';
    };
    const pieces = fc.constantFrom('a', 'example', '.', '..', 'com', 'cn', 'com.cn', 'gd.cn', 'www.', 'HTTP://', '/x', ':8080', '例子', '中国', ' ', '-');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
          fc.string({ maxLength: 12 }),
        ),
        (domain) => {
          expect(domainWord(domain)).toBe(first(domain));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
