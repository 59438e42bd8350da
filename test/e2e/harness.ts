/**
 * E2E harness: Debian's Chromium with the built extension, and the demo consoles served at the
 * real console URLs by request interception (so the production manifest, which matches only the
 * consoles' hosts, applies unchanged): the Huawei demo (TinyVue) at console.huaweicloud.com and
 * beian.huaweicloud.com, the Aliyun demo (antd) at beian.aliyun.com, the Tencent demo (Tea) at
 * console.cloud.tencent.com/beian/manage/. Every other external request
 * is aborted and recorded.
 *
 * It builds nothing: it expects `.output/chrome-mv3` (`npm run build` / `wxt build`),
 * `.output/demo-console`, `.output/demo-console-aliyun` and `.output/demo-console-tencent` (`npm run build:demo`);
 * `ensureBuilds()` runs whichever is missing.
 * Each launch copies both into its temporary folder first, so a rebuild by someone else in the
 * same checkout cannot pull files away in the middle of a run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const DEMO_DIR = join(ROOT, '.output', 'demo-console');
export const DEMO_ALIYUN_DIR = join(ROOT, '.output', 'demo-console-aliyun');
export const DEMO_TENCENT_DIR = join(ROOT, '.output', 'demo-console-tencent');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the demo console is served. Both Huawei hosts map onto the same build. */
export const CONSOLE_URL = 'https://console.huaweicloud.com/beian/';
/** Where the Aliyun demo console is served: the new-order form page. */
export const ALIYUN_CONSOLE_URL = 'https://beian.aliyun.com/pcContainer/formpage?page=selfBa&pageAction=init';
const HUAWEI_HOSTS = ['console.huaweicloud.com', 'beian.huaweicloud.com'];
const ALIYUN_HOSTS = ['beian.aliyun.com'];
/** Where the Tencent demo console is served: an order in progress (the order id in the path, as the console keeps it). */
export const TENCENT_CONSOLE_URL = 'https://console.cloud.tencent.com/beian/manage/process/demo-order-1/review';
const TENCENT_HOSTS = ['console.cloud.tencent.com'];
export const SERVED_HOSTS = [...HUAWEI_HOSTS, ...ALIYUN_HOSTS, ...TENCENT_HOSTS];
/** Path prefixes under which the console build is mounted (the longest match is stripped). */
const MOUNTS = ['/beian/', '/icp/', '/'];
export const ALIYUN_MOUNTS = ['/pcContainer/', '/'];
/** The Tencent demo is built with its assets under /beian/manage/ (its vite base). */
export const TENCENT_MOUNTS = ['/beian/manage/', '/'];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /**
   * 'served' = fulfilled from the demo build; 'missing' = a console URL with no file in the build
   * (404, e.g. /favicon.ico); 'aborted' = external, blocked; 'passed' = not routed (extension, data:).
   */
  outcome: 'served' | 'missing' | 'aborted' | 'passed';
  /**
   * Who made it: the URL of the requesting frame (as it was when the request started; a
   * navigation still shows the previous document) or of the service worker; '' when unknown.
   */
  initiator: string;
  /** 'service-worker' when a service worker made it, else 'frame'. */
  initiatorKind: 'frame' | 'service-worker' | 'unknown';
}

export interface Harness {
  context: BrowserContext;
  /** The extension's id (from its service worker); undefined when launched without the extension. */
  extensionId?: string;
  serviceWorker?: Worker;
  /** Every request any page or worker made, in order. */
  requests: RecordedRequest[];
  /** Opens the demo console (default: the verify step) in a new tab. */
  openConsole(path?: string): Promise<Page>;
  /** Opens the Aliyun demo console's form page (default: the verify step) in a new tab. */
  openAliyunConsole(hash?: string): Promise<Page>;
  /** Opens the Tencent demo console on an order's page (default: the verify step) in a new tab. */
  openTencentConsole(hash?: string): Promise<Page>;
  /**
   * Opens chrome-extension://<id>/sidepanel.html in a tab (the real side panel needs a user
   * gesture). The panel follows the window's active tab, so pass the console page to bring it
   * back to the front afterwards: the panel then shows that page's results.
   */
  openSidePanel(forPage?: Page): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Default: headless unless HEADED=1 (the demo passes false when DISPLAY is set). */
  headless?: boolean;
  viewport?: { width: number; height: number };
  slowMo?: number;
}

const EXTENSION_SOURCES = ['entrypoints', 'components', 'rules', 'assets', 'wxt.config.ts'];
/** Images the demo and the store script write under assets/: not sources (else every run would rebuild the next). */
const WRITTEN_BY_THE_DEMO = new Set(['assets/screenshots', 'assets/store'].map((path) => join(ROOT, path)));
const DEMO_SOURCES = ['test/demo-console', 'rules/model', 'test/support/synthetic-ids.ts'];
const DEMO_ALIYUN_SOURCES = ['test/demo-console-aliyun'];
const DEMO_TENCENT_SOURCES = ['test/demo-console-tencent'];

function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path) || WRITTEN_BY_THE_DEMO.has(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(join(ROOT, p));
  return newest;
}

function needsBuild(output: string, sources: readonly string[], stale: boolean): boolean {
  if (!existsSync(output)) return true;
  return stale && newestMtime(sources) > statSync(output).mtimeMs;
}

/**
 * Builds what is missing; with `stale: true` also what is older than its sources (the demo
 * command does that; the test run only fills gaps, CI having built everything before).
 */
export function ensureBuilds({ extension = true, demo = true, stale = false } = {}): void {
  if (extension && needsBuild(join(EXTENSION_DIR, 'manifest.json'), EXTENSION_SOURCES, stale)) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (demo && needsBuild(join(DEMO_DIR, 'index.html'), DEMO_SOURCES, stale)) {
    execFileSync('npx', ['vite', 'build', '--config', 'test/demo-console/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (demo && needsBuild(join(DEMO_ALIYUN_DIR, 'index.html'), DEMO_ALIYUN_SOURCES, stale)) {
    execFileSync('npx', ['vite', 'build', '--config', 'test/demo-console-aliyun/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (demo && needsBuild(join(DEMO_TENCENT_DIR, 'index.html'), DEMO_TENCENT_SOURCES, stale)) {
    execFileSync('npx', ['vite', 'build', '--config', 'test/demo-console-tencent/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  }
}

/**
 * Waits (up to a minute) for a build output that a concurrent rebuild may be rewriting: in a
 * shared checkout `wxt build` empties .output/chrome-mv3 before writing it again.
 */
async function waitForBuild(file: string, hint: string): Promise<void> {
  for (let waited = 0; !existsSync(file); waited += 1_000) {
    if (waited >= 60_000) throw new Error(`No build at ${file}: run \`${hint}\`.`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** A private copy of the extension build, so a rebuild during the run cannot pull it away. */
async function copyExtension(into: string): Promise<string> {
  await waitForBuild(join(EXTENSION_DIR, 'manifest.json'), 'npm run build');
  const copy = join(into, 'extension');
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  if (!existsSync(join(copy, 'manifest.json'))) throw new Error('the extension build changed while it was being copied; run again');
  return copy;
}

/** Maps a console URL path onto a file of the demo build; unknown paths get the SPA's index.html. */
export function demoFileFor(pathname: string, root = DEMO_DIR, mounts: readonly string[] = MOUNTS): string | undefined {
  const decoded = decodeURIComponent(pathname);
  for (const mount of mounts) {
    if (!decoded.startsWith(mount) && decoded !== mount.slice(0, -1)) continue;
    const rest = decoded.slice(mount.length);
    const file = normalize(join(root, rest || 'index.html'));
    if (!file.startsWith(root + sep) && file !== root) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
    // A file-looking path that does not exist under this mount: try the next (shorter) mount.
    if (extname(rest)) continue;
    return join(root, 'index.html');
  }
  return undefined;
}

function chromiumArgs(extensionDir: string | undefined): string[] {
  const args = [
    // The machine has no network: without these Chromium keeps trying to reach Google services.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
    '--lang=zh-CN',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

function initiatorOf(req: Request): Pick<RecordedRequest, 'initiator' | 'initiatorKind'> {
  const worker = req.serviceWorker();
  if (worker) return { initiator: worker.url(), initiatorKind: 'service-worker' };
  try {
    return { initiator: req.frame().url(), initiatorKind: 'frame' };
  } catch {
    return { initiator: '', initiatorKind: 'unknown' };
  }
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extension = options.extension ?? true;
  await waitForBuild(join(DEMO_DIR, 'index.html'), 'npm run build:demo');
  await waitForBuild(join(DEMO_ALIYUN_DIR, 'index.html'), 'npm run build:demo');
  await waitForBuild(join(DEMO_TENCENT_DIR, 'index.html'), 'npm run build:demo');
  const work = mkdtempSync(join(tmpdir(), 'beian-e2e-'));
  const profile = join(work, 'profile');
  const extensionDir = extension ? await copyExtension(work) : undefined;
  const demoDir = join(work, 'demo-console');
  cpSync(DEMO_DIR, demoDir, { recursive: true });
  const aliyunDir = join(work, 'demo-console-aliyun');
  cpSync(DEMO_ALIYUN_DIR, aliyunDir, { recursive: true });
  const tencentDir = join(work, 'demo-console-tencent');
  cpSync(DEMO_TENCENT_DIR, tencentDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? process.env.HEADED !== '1',
    args: chromiumArgs(extensionDir),
    viewport: options.viewport ?? { width: 1360, height: 900 },
    locale: 'zh-CN',
    slowMo: options.slowMo,
  });

  const requests: RecordedRequest[] = [];
  const records = new WeakMap<Request, RecordedRequest>();
  const record = (req: Request): RecordedRequest => {
    let rec = records.get(req);
    if (!rec) {
      rec = { url: req.url(), method: req.method(), resourceType: req.resourceType(), outcome: 'passed', ...initiatorOf(req) };
      records.set(req, rec);
      requests.push(rec);
    }
    return rec;
  };
  context.on('request', (req) => void record(req));
  const mark = (req: Request, value: RecordedRequest['outcome']) => {
    record(req).outcome = value;
  };

  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    if (url.protocol === 'https:' && SERVED_HOSTS.includes(url.hostname)) {
      const file = ALIYUN_HOSTS.includes(url.hostname)
        ? demoFileFor(url.pathname, aliyunDir, ALIYUN_MOUNTS)
        : TENCENT_HOSTS.includes(url.hostname)
          ? demoFileFor(url.pathname, tencentDir, TENCENT_MOUNTS)
          : demoFileFor(url.pathname, demoDir);
      if (file) {
        mark(req, 'served');
        return route.fulfill({ status: 200, body: readFileSync(file), headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' } });
      }
      mark(req, 'missing');
      return route.fulfill({ status: 404, body: 'not in the demo console build' });
    }
    mark(req, 'aborted');
    return route.abort('blockedbyclient');
  });

  let serviceWorker: Worker | undefined;
  let extensionId: string | undefined;
  if (extension) {
    serviceWorker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    serviceWorker ??= await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 30_000 });
    extensionId = new URL(serviceWorker.url()).host;
  }

  // Chromium opens one blank tab with a persistent context; keep it for the first page.
  let spare: Page | undefined = context.pages()[0];
  const newPage = async () => {
    const page = spare ?? (await context.newPage());
    spare = undefined;
    return page;
  };

  return {
    context,
    extensionId,
    serviceWorker,
    requests,
    async openConsole(path = '#/verify') {
      const page = await newPage();
      // Background tabs get throttled timers and no animation frames: keep the console in front.
      await page.bringToFront();
      await page.goto(new URL(path, CONSOLE_URL).toString());
      await page.locator('.tiny-steps').first().waitFor();
      return page;
    },
    async openAliyunConsole(hash = '#/verify') {
      const page = await newPage();
      await page.bringToFront();
      await page.goto(`${ALIYUN_CONSOLE_URL}${hash}`);
      await page.locator('.ant-steps').first().waitFor();
      return page;
    },
    async openTencentConsole(hash = '#/verify') {
      const page = await newPage();
      await page.bringToFront();
      await page.goto(`${TENCENT_CONSOLE_URL}${hash}`);
      await page.locator('.app-beian-step').first().waitFor();
      return page;
    },
    async openSidePanel(forPage?: Page) {
      if (!extensionId) throw new Error('launched without the extension');
      const page = await newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      if (forPage) await forPage.bringToFront();
      return page;
    },
    async close() {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Requests that tried to leave the machine (anything not served from the demo build or the extension). */
export function externalRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => r.outcome === 'aborted');
}
