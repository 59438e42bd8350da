import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 内蒙古 enterprise website remarks (UCloud 2024-04-01): state that the site is a company
 * showcase with no online trading, e-finance or e-commerce. Recognised loosely.
 */
const SHOWCASE = /展示|介绍|宣传/u;
const NO_TRADING = /不涉及|无(?:在线|网上)?交易|不含|没有/u;

export default defineRule({
  id: 'provinces/nm/enterprise-showcase-remark',
  severity: 'info',
  family: 'service-content',
  scope: { provinces: ['NM'], natures: ['enterprise'], serviceKinds: ['website'] },
  reads: ['websites[].remark'],
  texts: {
    'zh-CN': {
      title: '内蒙古企业网站备注：说明为企业展示、不涉及在线交易',
      messages: { showcase: '网站{n}的备注未说明网站性质；内蒙古建议写明“本网站为企业展示网站，不涉及在线交易、电子金融和电子商务”。' },
      why: 'UCloud 2024年内蒙古规则要求企业在备注中说明网站为企业展示用途、不涉及在线交易等经营性业务。',
      fix: '在网站备注中加上上述说明；如确有在线交易，需先办理相应经营许可。',
    },
    en: {
      title: 'Inner Mongolia enterprise remark: say the site is a showcase without trading',
      messages: {
        showcase:
          'The remark of website {n} does not state the site’s nature; Inner Mongolia asks for "a company showcase with no online trading, e-finance or e-commerce".',
      },
      why: "UCloud's 2024 Inner Mongolia rules ask enterprises to state in the remark that the site is a showcase without online trading or other commercial services.",
      fix: 'Add that statement to the website remark; if the site does trade online, obtain the commercial licence first.',
    },
  },
  sources: [PROVINCE_SOURCES.NM.UC],
  reviewedAt: '2026-11-29',
  check(form) {
    return (form.websites ?? []).flatMap((site, i) => {
      const remark = site.remark ?? '';
      return SHOWCASE.test(remark) && NO_TRADING.test(remark) ? [] : [{ field: `websites[${i}].remark`, message: 'showcase' as const, params: { n: i + 1 } }];
    });
  },
});
