import { describe, expect, it } from 'vitest';
import { orderKeyFromUrl } from '../../entrypoints/tencent.content/order-key';

describe('Tencent orderKeyFromUrl', () => {
  it('takes the order id from an order page path, else an orderId parameter; the start page has none', () => {
    expect(orderKeyFromUrl('https://console.cloud.tencent.com/beian/manage/process/ord-123/review#/subject')).toBe('ord-123');
    expect(orderKeyFromUrl('https://console.cloud.tencent.com/beian/manage/process/ord-456')).toBe('ord-456');
    expect(orderKeyFromUrl('https://console.cloud.tencent.com/beian/manage/orders?orderId=9')).toBe('9');
    expect(orderKeyFromUrl('https://console.cloud.tencent.com/beian/manage/welcome')).toBeUndefined();
  });
});
