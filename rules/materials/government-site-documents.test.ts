import { makeForm, type Mutable } from '../../test/support/make-form';
import type { FilingForm } from '../model/filing-form';
import { testRule } from '../../test/support/rule-tester';
import rule from './government-site-documents';

const government = (mutate?: (f: Mutable<FilingForm>) => void) =>
  makeForm('enterprise', (f) => {
    f.subject!.nature = 'government';
    f.subject!.name = '深圳市示例区人民政府办公室';
    f.subject!.certType = 'uscc-certificate';
    f.websites![0]!.domains = ['example.gov.cn'];
    mutate?.(f);
  });

testRule(rule, {
  valid: [{ name: 'filing type not read: the rule does not speak', form: government((f) => void delete f.filingType) }],
  invalid: [
    {
      // 编办证明 (初审 rejects if it differs from the filing) and the domain review form.
      name: 'government body files its website',
      form: government(),
      needs: [
        { material: 'establishment-office-proof', message: 'establishmentProof' },
        { material: 'gov-domain-review-form', message: 'domainReviewForm' },
      ],
    },
  ],
  notApplicable: [
    { name: 'enterprise', form: makeForm('enterprise') },
    { name: 'government body filing only an app', form: government((f) => void ((f.websites = []), (f.apps = [{ name: '示例政务' }]))) },
  ],
});
