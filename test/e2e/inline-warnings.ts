/**
 * Reads the extension's inline warnings from the page: host elements carrying
 * data-beian-precheck-field="<field id>", each with a closed shadow root holding `.item.<severity>`
 * entries whose text is in `.msg` (components/inline/inline-warnings.tsx). Falls back to the shadow
 * root's text when the markup differs.
 *
 * The roots are closed, so no page script (this helper included) sees them through
 * `host.shadowRoot`. The helper finds them over the DevTools protocol, which shows every shadow
 * root, and runs its function on each with the root as `this`.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

export interface SeenWarning {
  field: string;
  severity: string;
  message: string;
}

const HOST_ATTRIBUTE = 'data-beian-precheck-field';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
  documentURL?: string;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Each shown warning host with the backend id of its shadow root. */
function hostsIn(node: DomNode, out: { field: string; root: number }[] = []): { field: string; root: number }[] {
  const attributes = node.attributes ?? [];
  const at = attributes.findIndex((name, i) => i % 2 === 0 && name === HOST_ATTRIBUTE);
  if (at >= 0 && node.shadowRoots?.length) out.push({ field: attributes[at + 1] ?? '', root: node.shadowRoots[0]!.backendNodeId });
  for (const child of node.children ?? []) hostsIn(child, out);
  for (const root of node.shadowRoots ?? []) hostsIn(root, out);
  return out;
}

/** The document of the (same-origin) iframe showing `url`, anywhere under `node`. */
function frameDocument(node: DomNode, url: string): DomNode | undefined {
  if (node.contentDocument?.documentURL === url) return node.contentDocument;
  for (const next of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = frameDocument(next, url);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs `fn` on the shadow root of every shown warning host (`this` is the root; `field` its
 * field id) and returns what each call returned, JSON-serialisable, in document order: the
 * hosts of a page's own document, or of one of its iframes' when given that frame.
 */
export async function inWarningRoots<T>(target: Page | Frame, fn: (this: ShadowRoot, field: string) => T): Promise<{ field: string; value: T }[]> {
  const isFrame = 'parentFrame' in target;
  const page = isFrame ? target.page() : target;
  const session = await sessionOf(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const scope = isFrame && target.parentFrame() ? frameDocument(root, target.url()) : root;
  const out: { field: string; value: T }[] = [];
  if (!scope) return out;
  for (const host of hostsIn(scope)) {
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: host.root });
    if (!object.objectId) continue;
    const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn.toString(),
      arguments: [{ value: host.field }],
      returnByValue: true,
      awaitPromise: true,
    });
    await session.send('Runtime.releaseObject', { objectId: object.objectId });
    if (exceptionDetails) throw new Error(`in a warning's shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    out.push({ field: host.field, value: result.value as T });
  }
  return out;
}

/** Reads every inline warning host (data-beian-precheck-field) and the text in its shadow root. */
export async function readWarnings(page: Page | Frame): Promise<SeenWarning[]> {
  const perHost = await inWarningRoots(page, function (this: ShadowRoot, field: string) {
    const out: { field: string; severity: string; message: string }[] = [];
    const items = Array.from(this.querySelectorAll('.item'));
    if (items.length === 0) {
      const text = Array.from(this.childNodes)
        .filter((n) => n.nodeName !== 'STYLE')
        .map((n) => n.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text) out.push({ field, severity: '?', message: text });
      return out;
    }
    for (const item of items) {
      const severity = ['error', 'warning', 'info'].find((s) => item.classList.contains(s)) ?? '?';
      const message = (item.querySelector('.msg')?.textContent ?? item.textContent ?? '').replace(/\s+/g, ' ').trim();
      out.push({ field, severity, message });
    }
    return out;
  });
  return perHost.flatMap((h) => h.value);
}

/** Waits until the set of warnings stops changing (the extension debounces its re-checks). */
export async function settledWarnings(page: Page, { quietMs = 1_500, maxMs = 10_000 } = {}): Promise<SeenWarning[]> {
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + maxMs;
  let warnings: SeenWarning[] = [];
  while (Date.now() < deadline) {
    warnings = await readWarnings(page);
    const key = JSON.stringify(warnings);
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) break;
    await page.waitForTimeout(250);
  }
  return warnings;
}
