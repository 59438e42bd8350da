import { makeForm } from '../../../test/support/make-form';
import { testRule } from '../../../test/support/rule-tester';
import rule from './access-name-no-place-names';

const access = (name: string) =>
  makeForm('individual', (f) => {
    f.filingType = 'add-access';
    f.websites![0]!.name = name;
  });

testRule(rule, {
  valid: [
    { name: 'plain personal name', form: access('张三的技术笔记') },
    { name: 'common word 城市', form: access('我的城市摄影') },
  ],
  invalid: [
    // S2 (广东个人, 接入): names with 村/拼音/地名 are rejected.
    { name: 'village', form: access('李家村的故事'), issues: [{ field: 'websites[0].name', message: 'village' }] },
    { name: 'pinyin', form: access('zhangsan的笔记'), issues: [{ field: 'websites[0].name', message: 'pinyin' }] },
    { name: 'city', form: access('佛山美食记录'), issues: [{ field: 'websites[0].name', message: 'placeName' }] },
  ],
  notApplicable: [
    { name: 'first filing', form: makeForm('individual', (f) => void (f.websites![0]!.name = '佛山美食记录')) },
    { name: 'enterprise access', form: makeForm('enterprise', (f) => void (f.filingType = 'add-access')) },
  ],
});
