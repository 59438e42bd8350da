import { makeForm } from '../../test/support/make-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './service-principal-authorisation';

testRule(rule, {
  valid: [
    { name: 'website principal is the subject principal, who is the legal representative', form: makeForm('enterprise') },
    {
      name: 'website principal of its own who is the legal representative',
      form: makeForm('enterprise', (f) => void Object.assign(f.websites![0]!.principal!, { sameAsSubjectPrincipal: false, isLegalRepresentative: true })),
    },
    {
      name: 'website principal of its own, legal-rep status not asked: silent',
      form: makeForm('enterprise', (f) => {
        f.websites![0]!.principal!.sameAsSubjectPrincipal = false;
        delete f.websites![0]!.principal!.isLegalRepresentative;
      }),
    },
  ],
  invalid: [
    {
      // the website principal is not the legal representative → 网站负责人授权书 (江苏, 安徽, 湖北 …).
      name: 'a web manager as website principal',
      form: makeForm(
        'enterprise',
        (f) => void Object.assign(f.websites![0]!.principal!, { sameAsSubjectPrincipal: false, name: '王五', isLegalRepresentative: false }),
      ),
      needs: [{ material: 'service-principal-authorisation', for: 'websites[0]', message: 'notLegalRep' }],
    },
    {
      // through 同主体负责人: the subject principal is not the legal rep, so neither is the website principal.
      name: 'same-as-subject principal who is not the legal representative, website and app',
      form: makeForm('enterprise', (f) => {
        f.subject!.principal!.isLegalRepresentative = false;
        f.websites![0]!.principal!.isLegalRepresentative = undefined;
        f.apps = [{ name: '示例科技助手', principal: { sameAsSubjectPrincipal: true } }];
      }),
      needs: [
        { material: 'service-principal-authorisation', for: 'websites[0]', message: 'notLegalRep' },
        { material: 'service-principal-authorisation', for: 'apps[0]', message: 'notLegalRep' },
      ],
    },
  ],
  notApplicable: [{ name: 'personal filing', form: makeForm('individual') }],
  unknown: [
    {
      name: 'subject principal legal-rep status not asked',
      form: makeForm('enterprise', (f) => void delete f.subject!.principal!.isLegalRepresentative),
      missing: ['subject.principal.isLegalRepresentative'],
    },
  ],
});
