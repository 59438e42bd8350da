import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './person-name-plausible';

const individualNamed = (name: string) =>
  makeForm('individual', (f) => {
    f.subject!.name = name;
    f.subject!.principal!.name = name;
    f.websites![0]!.principal!.name = name;
  });

testRule(rule, {
  valid: [
    { name: 'a Chinese name', form: makeForm() },
    { name: 'an enterprise name is not judged as a person', form: makeForm('enterprise') },
    { name: 'a minority name with a middle dot', form: individualNamed('阿依古丽·买买提') },
    {
      name: 'a foreign national with a passport and a Latin name',
      form: makeForm('individual', (f) => {
        f.subject!.certType = 'passport';
        f.subject!.name = 'John Smith';
        f.subject!.principal = { ...f.subject!.principal!, idType: 'passport', name: 'John Smith' };
        f.websites![0]!.principal = { ...f.subject!.principal, sameAsSubjectPrincipal: true };
      }),
    },
  ],
  invalid: [
    {
      // 备案主体名称错误: a nickname with digits is not the name on the ID.
      name: 'individual subject name with digits',
      form: individualNamed('张三123'),
      issues: [
        { field: 'subject.name', message: 'digits' },
        { field: 'subject.principal.name', message: 'digits' },
      ],
    },
    {
      // a resident ID card carries the Chinese name; a pinyin name does not match it.
      name: 'pinyin name with a resident ID',
      form: individualNamed('Zhang San'),
      issues: [
        { field: 'subject.name', message: 'latinOnly' },
        { field: 'subject.principal.name', message: 'latinOnly' },
      ],
    },
    {
      // a shop name under nature 个人 — the filing is for a business, not a person.
      name: 'shop name as an individual subject',
      form: makeForm('individual', (f) => void (f.subject!.name = '张三五金店')),
      issues: [{ field: 'subject.name', message: 'organisation' }],
    },
    {
      // for principals of a unit: a principal's name must be the name on their ID.
      name: 'enterprise website principal with a pinyin name and a resident ID',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal = { ...f.websites![0]!.principal!, sameAsSubjectPrincipal: false, name: 'Li Si' };
      }),
      issues: [{ field: 'websites[0].principal.name', message: 'latinOnly' }],
    },
  ],
  unknown: [
    { name: 'principal name not read', form: makeForm('enterprise', (f) => void delete f.subject!.principal!.name), missing: ['subject.principal.name'] },
  ],
});
