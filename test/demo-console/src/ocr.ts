/**
 * Simulated OCR: after an upload the real console recognises the document and fills fields.
 * The values land through Vue's reactivity only, so the page's inputs change WITHOUT any
 * input/change event — exactly what the extension must notice on its own.
 * All values are synthetic (structurally valid numbers, invented names).
 */
import { makeCreditCode, makeIdNumber } from '../../support/synthetic-ids';
import type { Principal } from './store';
import { order } from './store';

export const OCR_DELAY_MS = 1200;

export function simulateIdOcr(principal: Principal): void {
  setTimeout(() => {
    principal.name = '李演示';
    principal.idType = 'resident-id';
    principal.idNumber = makeIdNumber({ region: '440305', birth: '1990-01-01', sequence: '123' });
    principal.validRange = ['2016-05-01', '2036-05-01'];
    principal.longTerm = false;
  }, OCR_DELAY_MS);
}

export function simulateLicenceOcr(): void {
  setTimeout(() => {
    order.subject.certAddress = '广东省深圳市南山区演示路1号演示大厦101室';
    if (!order.verify.certNumber) order.verify.certNumber = makeCreditCode();
  }, OCR_DELAY_MS);
}
