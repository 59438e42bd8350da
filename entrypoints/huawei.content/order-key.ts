/**
 * Where the Huawei console keeps the order id: `?orderId=…`, or in the hash route
 * (`#/…?order_id=…`). A different id means another order (the order model starts over).
 */
/** The order id in a console URL, when the console puts one there. */
let lastHref: string | undefined;
let lastKey: string | undefined;

export function orderKeyFromUrl(href: string): string | undefined {
  // Asked on every read; the URL rarely changes between two key presses.
  if (href === lastHref) return lastKey;
  lastKey = parseOrderKey(href);
  lastHref = href;
  return lastKey;
}

function parseOrderKey(href: string): string | undefined {
  const url = new URL(href);
  const params = [url.searchParams, new URLSearchParams(url.hash.split('?')[1] ?? '')];
  for (const p of params) {
    for (const [name, value] of p) if (/^(order_?id|icp_?order_?id|orderNo|order)$/i.test(name) && value) return value;
  }
  return undefined;
}
