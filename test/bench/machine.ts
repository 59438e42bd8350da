/** The machine a bench ran on: figures mean little without it. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  /** 1-minute load average when the run started: the machine is shared, timings scale with it. */
  readonly load1: number;
  readonly node: string;
  readonly chromium?: string;
  readonly firefox?: string;
}

/** `<browser> --version`, or undefined when it does not run. */
function versionOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function machine(chromiumPath?: string, firefoxPath?: string): Machine {
  const chromium = versionOf(chromiumPath);
  const firefox = versionOf(firefoxPath);
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    load1: Math.round(loadavg()[0]! * 100) / 100,
    node: process.version,
    chromium,
    firefox,
  };
}
