import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import type { ProvinceCode } from '../../model/provinces';
import rule from './personal-self-declaration-remark';

const DECLARED = '个人技术博客，记录编程学习笔记。本网站为个人网站，不含企业信息；如有虚假，愿意接受注销和列入黑名单。';
const personal = (province: ProvinceCode, remark: string) =>
  makeForm('individual', (f) => {
    f.province = province;
    f.websites![0]!.remark = remark;
  });

testRule(rule, {
  valid: [
    { name: 'Guangxi with declaration', form: personal('GX', DECLARED) },
    { name: 'Heilongjiang, long description', form: personal('HL', '个人技术博客，记录编程学习笔记和读书心得，分享开源项目的使用经验，不涉及任何企业信息。') },
  ],
  invalid: [
    // UC 2024 (广西): 个人备注须含自我声明 — missing it returns the order.
    {
      name: 'Guangxi without declaration',
      form: personal('GX', '个人技术博客，记录编程学习笔记，不涉及企业信息。'),
      issues: [{ field: 'websites[0].remark', message: 'missingDeclaration' }],
    },
    // TC (内蒙古): ≥30 characters including the declaration.
    {
      name: 'Inner Mongolia, short and undeclared',
      form: personal('NM', '个人博客'),
      issues: [
        { field: 'websites[0].remark', message: 'missingDeclaration' },
        { field: 'websites[0].remark', message: 'tooShort' },
      ],
    },
  ],
  notApplicable: [{ name: 'enterprise', form: makeForm('enterprise', (f) => void (f.province = 'GX')) }],
});
