import { defineRule } from '../../engine/types';
import { UNIT_NATURES } from '../../model/vocabulary';
import { PROVINCE_SOURCES as P } from '../_sources';
import { servicePrincipalsNotLegalRep } from '../shared/_people';

/**
 * 福建: a website principal who is not the legal representative files with the Fujian
 * 网站负责人授权书, and that person's document must be a mainland resident ID card
 * (UC 2024-04-01, JD: the Fujian pages in rules/provinces/_sources.ts).
 */
export default defineRule({
  id: 'provinces/fj/service-principal-mainland-id',
  severity: 'error',
  family: 'identity',
  scope: { provinces: ['FJ'], natures: UNIT_NATURES },
  reads: ['websites[].principal'],
  alsoReads: ['apps[].principal', 'subject.principal'],
  texts: {
    'zh-CN': {
      title: '福建：非法定代表人的网站负责人须持内地居民身份证',
      messages: { mainlandIdNeeded: '福建要求由授权书指定的网站负责人使用内地居民身份证；该负责人所选证件类型不符合。' },
      why: '福建管局要求网站负责人不是法定代表人时，提交福建格式的网站负责人授权书，且被授权人须持内地居民身份证。',
      fix: '改由持内地居民身份证的人担任网站负责人，或由法定代表人本人担任。',
    },
    en: {
      title: 'Fujian: a website principal who is not the legal representative needs a mainland ID card',
      messages: {
        mainlandIdNeeded:
          'Fujian wants the authorised website principal to file with a mainland resident ID card; this principal’s document type does not qualify.',
      },
      why: 'When the website principal is not the legal representative, Fujian asks for its own authorisation letter, and the authorised person must hold a mainland ID card.',
      fix: 'Name a website principal with a mainland ID card, or the legal representative.',
    },
  },
  sources: [P.FJ.UC, P.FJ.JD],
  reviewedAt: '2026-11-29',
  check: (form) =>
    servicePrincipalsNotLegalRep(form)
      .filter(({ person }) => person.idType !== undefined && person.idType !== 'resident-id')
      .map(({ path }) => ({ field: `${path}.idType`, message: 'mainlandIdNeeded' as const })),
});
