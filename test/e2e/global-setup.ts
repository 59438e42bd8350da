import { ensureBuilds } from './harness';

export default function setup(): void {
  ensureBuilds();
}
