// @vitest-environment happy-dom
/** Which frame answers the panel's `report-page`: one that shows the form, or the top frame; never an empty child frame, and none without the reporter. */
import { describe, expect, it } from 'vitest';
import { huawei } from '../../entrypoints/huawei.content/console';
import type { PageRead } from './page-read';
import { pageReport } from './page-report';
import { reportReply } from './report-reply';

const ABOUT = { version: '0.1.0', date: '2026-12-07' };
const read = (step: string, found: string[]) => ({ step, found: new Set(found) }) as unknown as PageRead;
/** This window as a child frame (its top is another window). */
const asChild = () => Object.create(window, { top: { value: {} }, document: { value: document } }) as Window;

describe('report reply', () => {
  it('the top frame answers, with or without a form, naming its console and step', () => {
    document.body.innerHTML = '<h2>网站信息</h2>';
    const reply = reportReply(huawei, window, read('website', ['websites[0].name']), ABOUT, pageReport)!;
    expect(reply).toMatchObject({ console: 'huawei', step: 'website', date: '2026-12-07' });
    expect(reply.report).toContain('<h2>网站信息</h2>');
    expect(reportReply(huawei, window, undefined, ABOUT, pageReport)?.step).toBe('unknown');
  });

  it('a child frame answers only when it shows the form', () => {
    expect(reportReply(huawei, asChild(), read('unknown', ['filingType']), ABOUT, pageReport)).toBeUndefined();
    expect(reportReply(huawei, asChild(), undefined, ABOUT, pageReport)).toBeUndefined();
    expect(reportReply(huawei, asChild(), read('unknown', ['subject.name']), ABOUT, pageReport)).toBeDefined();
  });

  it('no frame answers while page-engine.js, which carries the reporter, has not run', () => {
    expect(reportReply(huawei, window, read('subject', ['subject.name']), ABOUT, undefined)).toBeUndefined();
  });
});
