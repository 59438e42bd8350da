import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import { makeIdNumber } from '../../test/support/synthetic-ids';
import rule from './individual-same-person';

const otherPerson = { name: '王五', idNumber: makeIdNumber({ region: '440106', birth: '1992-03-04', sequence: '778' }) };

testRule(rule, {
  valid: [
    { name: 'one person in every role', form: makeForm() },
    {
      name: 'same name with a space and the number in lower case',
      form: makeForm('individual', (f) => {
        f.subject!.principal!.name = '张 三';
        f.websites![0]!.principal!.idNumber = f.subject!.certNumber!.toLowerCase();
      }),
    },
    {
      name: 'minority name written with different middle dots',
      form: makeForm('individual', (f) => {
        f.subject!.name = '阿依古丽·买买提';
        f.subject!.principal!.name = '阿依古丽•买买提';
        f.websites![0]!.principal!.name = '阿依古丽・买买提';
      }),
    },
  ],
  invalid: [
    {
      // the 主体负责人 of a personal filing must be the filing person.
      name: 'subject principal is another person',
      form: makeForm('individual', (f) => void Object.assign(f.subject!.principal!, otherPerson)),
      issues: [
        { field: 'subject.principal.name', message: 'nameDiffers' },
        { field: 'subject.principal.idNumber', message: 'idDiffers' },
      ],
    },
    {
      // the website principal of a personal filing must be the filing person (face check fails otherwise).
      name: 'website principal is another person',
      form: makeForm('individual', (f) => void Object.assign(f.websites![0]!.principal!, otherPerson, { sameAsSubjectPrincipal: false })),
      issues: [
        { field: 'websites[0].principal.name', message: 'nameDiffers' },
        { field: 'websites[0].principal.idNumber', message: 'idDiffers' },
      ],
    },
    {
      // for apps: the APP负责人 is the filing person too.
      name: 'app principal is another person',
      form: makeForm('individual', (f) => {
        f.apps = [{ name: '张三记账本', principal: { ...f.subject!.principal!, ...otherPerson, sameAsSubjectPrincipal: false } }];
      }),
      issues: [
        { field: 'apps[0].principal.name', message: 'nameDiffers' },
        { field: 'apps[0].principal.idNumber', message: 'idDiffers' },
      ],
    },
    {
      // the same person must use the same document (the data would not match the certificate).
      name: 'principal uses a passport while the subject used the ID card',
      form: makeForm('individual', (f) => void (f.subject!.principal!.idType = 'passport')),
      issues: [{ field: 'subject.principal.idType', message: 'idTypeDiffers' }],
    },
  ],
  notApplicable: [{ name: 'enterprise filing', form: makeForm('enterprise') }],
  unknown: [{ name: 'subject name not read', form: makeForm('individual', (f) => void delete f.subject!.name), missing: ['subject.name'] }],
});
