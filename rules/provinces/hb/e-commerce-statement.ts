import { firstContained } from '../../checks/text';
import { defineRule } from '../../engine/types';
import { PROVINCE_SOURCES } from '../_sources';

/**
 * 湖北 (UCloud, 2024-04-01): e-commerce sites add a 情况说明书 from the provider's template.
 * E-commerce is recognised from the service content (网络购物, 网上支付) or from shop words
 * in the site name.
 */
const SHOP_WORDS = ['商城', '电商', '购物', '网店', '商铺', '优选', '团购'];

export default defineRule({
  id: 'provinces/hb/e-commerce-statement',
  severity: 'warning',
  family: 'materials',
  scope: { provinces: ['HB'], serviceKinds: ['website'] },
  reads: ['websites[].serviceContent', 'websites[].name'],
  texts: {
    'zh-CN': {
      title: '湖北：电子商务类网站须提供情况说明书',
      messages: { statement: '网站{n}看起来是电子商务网站，湖北要求按模板提交情况说明书。' },
      why: 'UCloud 2024年湖北规则要求电商类网站提交情况说明书，说明经营方式和是否涉及经营性业务。',
      fix: '向{provider}备案客服索取湖北电商情况说明书模板，写明销售内容、交易方式，签字盖章后上传。',
    },
    en: {
      title: 'Hubei: e-commerce websites need a situation statement',
      messages: { statement: 'Website {n} looks like an e-commerce site; Hubei asks for a situation statement on the template.' },
      why: "UCloud's 2024 Hubei rules ask e-commerce sites for a statement describing how they sell and whether they run a commercial service.",
      fix: "Ask {provider} filing support for Hubei's e-commerce statement template, describe what is sold and how, sign, stamp and upload it.",
    },
  },
  sources: [PROVINCE_SOURCES.HB.UC],
  reviewedAt: '2026-11-29',
  materials: {
    'hb-e-commerce-statement': { zh: '电子商务网站情况说明书（湖北）', en: 'E-commerce website situation statement (Hubei)' },
  },
  check(form) {
    return (form.websites ?? []).flatMap((site, i) => {
      const shop =
        (site.serviceContent ?? []).some((c) => c === 'shopping' || c === 'payment' || c === 'non-bank-payment') || firstContained(site.name ?? '', SHOP_WORDS);
      return shop ? [{ material: 'hb-e-commerce-statement', for: `websites[${i}]`, message: 'statement' as const, params: { n: i + 1 } }] : [];
    });
  },
});
