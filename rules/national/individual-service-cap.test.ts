import { makeChange } from '../../test/support/make-change';
import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './individual-service-cap';

const adding = (filed: number, sites = 1) =>
  makeForm('individual', (f) => {
    f.filingType = 'add-service';
    f.declarations = { filedServiceCount: filed };
    f.websites = Array.from({ length: sites }, () => structuredClone(f.websites![0]!));
  });

testRule(rule, {
  valid: [
    { name: 'a first filing with nothing filed', form: makeForm('individual', (f) => void (f.declarations = { filedServiceCount: 0 })) },
    { name: 'four filed and a fifth added', form: adding(4) },
    { name: 'three filed and two added', form: adding(3, 2) },
  ],
  invalid: [
    {
      // R-rules: 个人主体备案成功的互联网信息只能5个（第6个无法提交）.
      name: 'five filed and a sixth added',
      form: adding(5),
      issues: [{ field: 'filingType', message: 'overCap' }],
    },
    { name: 'four filed and two added', form: adding(4, 2), issues: [{ field: 'filingType', message: 'overCap' }] },
    {
      // R-kb: 个人主体最多备案5个互联网信息服务 — websites and apps count together.
      name: 'four filed, a website and an app added',
      form: makeForm('individual', (f) => {
        f.filingType = 'add-service';
        f.declarations = { filedServiceCount: 4 };
        f.apps = [{ name: '张三的笔记APP' }];
      }),
      issues: [{ field: 'filingType', message: 'overCap' }],
    },
  ],
  notApplicable: [
    { name: 'a unit', form: makeChange('add-service', 'enterprise', (f) => void (f.declarations = { filedServiceCount: 9 })) },
    { name: 'a change order', form: makeChange('change-service', 'individual', (f) => void (f.declarations = { filedServiceCount: 5 })) },
  ],
  unknown: [
    {
      name: 'not asked how many are filed',
      form: makeForm('individual', (f) => void (f.filingType = 'add-service')),
      missing: ['declarations.filedServiceCount'],
    },
  ],
});
