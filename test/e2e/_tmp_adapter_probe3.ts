import { ensureBuilds, launch } from './harness';
import { VALID_FILING, fillSubject, fillVerify, fillWebsite, next } from './sample-filing';
async function main() {
  ensureBuilds();
  const h = await launch();
  const page = await h.openConsole();
  const measures = async (l: string) => {
    const d = await page.evaluate(() => performance.getEntriesByName('beian-precheck:evaluate').map((e) => Math.round(e.duration * 10) / 10));
    await page.evaluate(() => performance.clearMeasures('beian-precheck:evaluate'));
    const sorted = [...d].sort((a, b) => a - b);
    console.log(l, 'n', d.length, 'median', sorted[Math.floor(sorted.length / 2)], 'max', sorted[sorted.length - 1]);
  };
  await fillVerify(page, VALID_FILING); await measures('verify');
  await next(page, '验证备案类型', 'subject');
  await fillSubject(page, VALID_FILING); await measures('subject');
  await next(page, '下一步', 'website');
  await fillWebsite(page, VALID_FILING); await measures('website');
  await page.waitForTimeout(800);
  const all = (await h.serviceWorker!.evaluate(() => chrome.storage.session.get(null))) as Record<string, any>;
  for (const s of Object.values(all)) { console.log('step', s.step, JSON.stringify(s.form)); console.log('health', JSON.stringify(s.health)); console.log('findings', JSON.stringify(s.result.findings.map((f: any) => [f.ruleId, f.field]))); }
  console.log('hosts', JSON.stringify(await page.evaluate(() => Array.from(document.querySelectorAll('[data-beian-precheck-field]')).map((e) => e.getAttribute('data-beian-precheck-field')))));
  await h.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
