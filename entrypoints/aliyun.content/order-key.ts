/**
 * Where the Aliyun console keeps the order id: `baOrderId` in the order pages' query
 * (`/pcContainer/orderdetail?baOrderId=<n>`). The form page (`/pcContainer/formpage?page=selfBa&pageAction=init`)
 * keeps it in the page's own storage, which the extension does not read: there the order model
 * goes on with the last order it saw.
 */
let lastHref: string | undefined;
let lastKey: string | undefined;

export function orderKeyFromUrl(href: string): string | undefined {
  // Asked on every read; the URL rarely changes between two key presses.
  if (href === lastHref) return lastKey;
  const url = new URL(href);
  const params = [url.searchParams, new URLSearchParams(url.hash.split('?')[1] ?? '')];
  lastKey = undefined;
  for (const p of params) {
    const value = p.get('baOrderId') ?? p.get('orderId');
    if (value) {
      lastKey = value;
      break;
    }
  }
  lastHref = href;
  return lastKey;
}
