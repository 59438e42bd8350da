/**
 * UI strings, Simplified Chinese (the default language). strings.en.ts has the same
 * keys and placeholders; components/i18n.test.ts asserts it. Rule texts are not here:
 * they travel with each rule.
 */
export const zhCN = {
  'app.title': '备案预检',
  'app.loading': '正在读取…',
  'app.noState': '请在当前标签页打开华为云备案控制台（beian.huaweicloud.com 或 console.huaweicloud.com/beian）并进入备案流程，检查结果会显示在这里。',
  'app.step': '当前步骤：{step}',
  'app.localOnly': '所有检查都在本机浏览器中完成，不会上传任何信息。',

  'lang.label': '语言',
  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'health.title': '控制台页面可能已改版，检查不完整',
  'health.missing': '未能在页面上找到这些字段：{fields}',

  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',

  'step.verify': '验证备案类型',
  'step.subject': '主体信息',
  'step.website': '网站信息',
  'step.app': 'APP信息',
  'step.upload': '上传资料',
  'step.other': '其他',
  'step.unknown': '未知',

  'findings.title': '检查结果',
  'findings.summary': '{errors} 个错误，{warnings} 个警告，{infos} 条提示',
  'findings.none': '已读取的字段中没有发现问题。',
  'findings.currentStep': '（当前步骤）',
  'finding.focus': '在表单中定位此字段',
  'finding.details': '原因与修改方法',
  'finding.why': '原因',
  'finding.fix': '如何修改',
  'finding.sources': '依据',
  'finding.effective': '生效日期：{date}',
  'finding.disable': '关闭此规则',

  'disabled.title': '已关闭的规则',
  'disabled.enable': '重新启用',

  'unknown.title': '无法判断的规则',
  'unknown.intro': '以下规则缺少所需信息，暂时无法判断：',
  'unknown.missing': '缺少：{fields}',

  'materials.title': '资料清单',
  'materials.none': '目前没有需要准备的资料。',
  'materials.summary': '共 {total} 项，缺 {missing} 项',
  'materials.provided': '已上传',
  'materials.missing': '未上传',
  'materials.for': '用于：{service}',
  'materials.why': '为什么需要',
  'materials.howTo': '如何准备',
  'materials.rule': '规则：{rule}',

  'questions.title': '控制台没有询问的问题',
  'questions.intro': '部分规则需要以下信息。回答只保存在当前标签页中，用于本机检查。',
  'questions.legalRep': '{owner}是否为法定代表人？',
  'questions.owner.subject': '主体负责人',
  'questions.owner.website': '网站 {n} 的互联网信息服务负责人',
  'questions.unset': '未回答',
  'questions.yes': '是',
  'questions.no': '否',
  'questions.residenceProof': '在备案省份持有的居住证明（证件所在地与备案省份不同时需要）',
  'questions.residenceProofValidTo': '居住证明有效期至',
  'questions.filedServiceCount': '该主体名下已备案的网站/APP数量',
  'questions.nationalLevelUnit': '主办单位是国家级单位',
  'questions.soleProprietor': '主办单位是个体工商户',
  'questions.hasTradeName': '个体工商户有字号',
  'questions.hasSeal': '主办单位有公章',

  'residence.residence-permit': '居住证',
  'residence.temporary-residence-permit': '暂住证',
  'residence.hk-mo-tw-residence-permit': '港澳台居民居住证',
  'residence.student-card': '学生证',
  'residence.property-certificate': '房产证',
  'residence.social-insurance': '社保缴纳证明',
  'residence.employment-proof': '工作证明',
  'residence.none': '没有',

  'coverage.title': '规则覆盖情况',
  'coverage.province': '省份',
  'coverage.family': '类别',
  'coverage.rules': '规则',
  'coverage.count': '{count} 条（其中本省专有 {local} 条）',
  'coverage.nothing': '暂无规则：本工具对此一无所知，请以管局和华为云的要求为准',
  'coverage.unavailable': '规则覆盖信息暂不可用。',
  'coverage.chooseProvince': '请选择省份',

  'family.identity': '身份证件',
  'family.cross-province': '异地备案',
  'family.age': '年龄',
  'family.principal': '负责人',
  'family.names': '名称',
  'family.domains': '域名',
  'family.service-content': '服务内容',
  'family.pre-approval': '前置审批',
  'family.contacts': '联系方式',
  'family.addresses': '地址',
  'family.sole-proprietor': '个体工商户',
  'family.apps': 'APP',
  'family.materials': '资料',
  'family.filing-type': '备案类型',

  'print.button': '打印资料清单',
  'print.title': '备案资料准备清单',
  'print.materials': '需要准备的资料',
  'print.findings': '需要修改的内容',
  'print.reasons': '原因',
  'print.noPersonalData': '本清单只包含规则和资料说明，不包含任何个人信息。',

  'inline.label': '备案预检提示',
  'inline.more': '详情',
  'inline.less': '收起',

  'footer.disclaimer': '通过检查不代表备案一定获批：最终以通信管理局和华为云的审核结果为准。',
} as const satisfies Record<string, string>;

export type UiStringKey = keyof typeof zhCN;
