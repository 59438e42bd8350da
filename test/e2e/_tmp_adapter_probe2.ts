import { readFileSync } from 'node:fs';
import { ensureBuilds, launch } from './harness';
import { VALID_FILING, fillSubject, fillUploads, fillVerify, fillWebsite, next } from './sample-filing';
async function main() {
  ensureBuilds();
  const h = await launch({ extension: false });
  const page = await h.openConsole();
  const src = readFileSync('/tmp/adapter-e2e/adapter.js', 'utf8');
  const read = async (l: string) => { await page.addScriptTag({ content: src }); const t0 = Date.now(); const r = await page.evaluate(() => { const t = performance.now(); const x = (window as any).__readPage(); return { ms: performance.now() - t, ...x }; }); console.log('==', l, JSON.stringify(r, null, 0)); };
  await fillVerify(page, VALID_FILING); await read('verify');
  await next(page, '验证备案类型', 'subject');
  await fillSubject(page, VALID_FILING); await read('subject');
  await next(page, '下一步', 'website');
  await fillWebsite(page, VALID_FILING); await read('website');
  await next(page, '下一步', 'upload');
  await read('upload empty');
  await fillUploads(page); await page.waitForTimeout(300); await read('upload filled');
  await h.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
