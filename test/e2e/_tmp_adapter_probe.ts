// Ad-hoc probe (not committed): walks the demo console with the built extension and prints the TabState the background stored.
import { ensureBuilds, launch } from './harness';
import { VALID_FILING, fillSubject, fillVerify, fillWebsite, next } from './sample-filing';

async function main() {
  ensureBuilds();
  const h = await launch({ extension: process.env.NOEXT !== "1" });
  const page = await h.openConsole();
  const dump = async (label: string) => {
    await page.waitForTimeout(800);
    const all = (await h.serviceWorker!.evaluate(() => chrome.storage.session.get(null))) as Record<string, { step: string; form: unknown; health: unknown; result: { findings: { ruleId: string; field: string }[]; unknown: unknown[] } }>;
    for (const [k, s] of Object.entries(all)) {
      console.log(`== ${label} ${k} step=${s.step}`);
      console.log(JSON.stringify(s.form));
      console.log('health', JSON.stringify(s.health));
      console.log('findings', JSON.stringify(s.result.findings.map((f) => [f.ruleId, f.field])));
    }
    const hosts = await page.evaluate(() => Array.from(document.querySelectorAll('[data-beian-precheck-field]')).map((e) => e.getAttribute('data-beian-precheck-field')));
    console.log('inline hosts', JSON.stringify(hosts));
  };
  if (process.env.NOEXT !== "1") await dump('start');
  await fillVerify(page, VALID_FILING);
  if (process.env.NOEXT !== "1") await dump('verify filled');
  await next(page, '验证备案类型', 'subject');
  await fillSubject(page, VALID_FILING);
  if (process.env.NOEXT !== "1") await dump('subject filled');
  await next(page, '下一步', 'website');
  await fillWebsite(page, VALID_FILING);
  if (process.env.NOEXT !== "1") await dump('website filled');
  await h.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
