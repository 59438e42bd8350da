/**
 * Where the Tencent console keeps the order id: in the path of an order in progress
 * (`/beian/manage/process/<orderId>/review`), else an `orderId` query parameter. Pages without
 * one (the start page /beian/manage/welcome) go on with the last order the model saw.
 */
let lastHref: string | undefined;
let lastKey: string | undefined;

export function orderKeyFromUrl(href: string): string | undefined {
  // Asked on every read; the URL rarely changes between two key presses.
  if (href === lastHref) return lastKey;
  const url = new URL(href);
  const inPath = /\/beian\/manage\/process\/([^/?#]+)/.exec(url.pathname)?.[1];
  lastKey = inPath
    ? decodeURIComponent(inPath)
    : (url.searchParams.get('orderId') ?? new URLSearchParams(url.hash.split('?')[1] ?? '').get('orderId') ?? undefined) || undefined;
  lastHref = href;
  return lastKey;
}
