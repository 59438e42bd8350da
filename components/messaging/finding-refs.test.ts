import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/engine/run';
import { findingsReceiver, findingsSender } from './finding-refs';
import { messyForm, resultFor } from '../../test/support/ui-results';

const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('findings sent once per port', () => {
  const findings = resultFor(messyForm()).findings;

  it('sends a finding whole the first time and by number after', () => {
    const send = findingsSender();
    const receive = findingsReceiver();
    const first = send(findings.slice(0, 2));
    expect(first.items).toEqual(findings.slice(0, 2));
    const second = send([findings[1]!, findings[2]!]);
    expect(second.items).toEqual([1, findings[2]]);
    expect(receive(wire(first.items))).toEqual(findings.slice(0, 2));
    expect(receive(wire(second.items))).toEqual([findings[1], findings[2]]);
  });

  it('a finding with other words (another value quoted) is another finding', () => {
    const send = findingsSender();
    const base = findings[0]!;
    send([base]);
    const reworded: Finding = { ...base, message: { ...base.message, 'zh-CN': `${base.message['zh-CN']}（另）` } };
    expect(send([reworded]).items).toEqual([reworded]);
  });

  it('whatever the answers, the receiving end gets exactly what was sent, and starts over past the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.subarray([...findings]), { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (answers, limit) => {
        const send = findingsSender(limit + findings.length);
        const receive = findingsReceiver();
        for (const answer of answers) {
          const { items, restart } = wire(send(answer));
          expect(receive(items, restart)).toEqual(answer);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('drops numbers it was never sent', () => {
    expect(findingsReceiver()([3, findings[0]!])).toEqual([findings[0]]);
  });
});
