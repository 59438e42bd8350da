/**
 * A minimal WebDriver BiDi client for Debian's firefox-esr, enough to install the
 * built add-on as a temporary add-on, serve the demo console at the real console URL,
 * type, and read the page. Playwright's Firefox does not run ESR 153 (STACK.md).
 * Node 20 needs --experimental-websocket for the global WebSocket.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Prefs that keep Firefox off the network (closed network here: every call would hang or fail). */
const OFFLINE_PREFS: Record<string, string | boolean | number> = {
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.topsites.contile.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
};

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

export class FirefoxBidi {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private readonly listeners = new Set<(event: BidiEvent) => void>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.addEventListener('message', (message) => {
      const data = JSON.parse(String(message.data)) as {
        id?: number;
        type: string;
        result?: unknown;
        error?: string;
        message?: string;
        method?: string;
        params?: Record<string, unknown>;
      };
      if (data.id !== undefined && this.pending.has(data.id)) {
        const waiter = this.pending.get(data.id)!;
        this.pending.delete(data.id);
        if (data.type === 'error') waiter.reject(new Error(`${data.error}: ${data.message}`));
        else waiter.resolve(data.result);
      } else if (data.type === 'event' && data.method) {
        for (const listener of this.listeners) listener({ method: data.method, params: data.params ?? {} });
      }
    });
  }

  /**
   * `prefs` are added to the offline ones (the bench turns off the 1 ms clamp of performance.now() and event.timeStamp).
   * `systemAccess`: start with --remote-allow-system-access, which lets `script.evaluate` reach the browser window
   * (`'moz:scope': 'chrome'`, to open an extension page in a tab) and lets BiDi navigate a tab to the add-on's own pages.
   */
  static async launch({
    prefs = {},
    systemAccess = false,
  }: { prefs?: Record<string, string | boolean | number>; systemAccess?: boolean } = {}): Promise<FirefoxBidi> {
    const profile = mkdtempSync(join(tmpdir(), 'beian-ff-'));
    const all = { ...OFFLINE_PREFS, ...prefs };
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(all)
        .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
        .join('\n'),
    );
    const args = ['--headless', '--remote-debugging-port=0', '--profile', profile, '--no-remote', ...(systemAccess ? ['--remote-allow-system-access'] : [])];
    const child = spawn('firefox-esr', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`firefox-esr did not start: ${output.slice(-500)}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code) => reject(new Error(`firefox-esr exited (${code}): ${output.slice(-500)}`)));
    });
    const socket = new WebSocket(`${url}/session`);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error('BiDi socket failed')), { once: true });
    });
    const client = new FirefoxBidi(child, socket, profile);
    await client.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    return client;
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  onEvent(listener: (event: BidiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Evaluates an expression in the page (main world) and returns its JSON-serialisable value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = await this.send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression: `JSON.stringify((() => { ${expression} })())`,
      target: { context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`page threw: ${result.exceptionDetails?.text}`);
    const text = result.result?.value;
    return (typeof text === 'string' ? JSON.parse(text) : undefined) as T;
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.send('browser.close'), new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      // Already gone.
    }
    this.socket.close();
    this.process.kill('SIGKILL');
    rmSync(this.profile, { recursive: true, force: true });
  }
}
