// @vitest-environment happy-dom
/** @jsxImportSource react */
/**
 * The Ant Design reader on antd's own markup: each component is rendered by antd 6.6.8 with
 * react-dom/server (no browser), then read as a console page would be. 5.x markup where it
 * differs (the single Select's `.ant-select-selection-item`) is taken from antd 5.12's
 * components/select source as quoted in the test.
 */
import { Button, Cascader, Checkbox, DatePicker, Form, Input, Radio, Select, Space, Steps, Upload } from 'antd';
import dayjs from 'dayjs';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { shown } from '../../../test/support/readings';
import { antd } from './antd';
import { domOf, type Reading } from '.';
import { native } from './native';

const dom = domOf([antd, native]);

function render(node: ReactElement): void {
  document.body.innerHTML = renderToStaticMarkup(node);
}

/** label text → what its container reads. */
function readAll(): Map<string, Reading[]> {
  return new Map(dom.findLabels(document.body).map((hit) => [hit.text, dom.readContainer(hit.container)]));
}

const values = shown;

const OPTIONS = [
  { value: '1', label: '居民身份证' },
  { value: '2', label: '护照' },
];

describe('form items', () => {
  it("a label goes to its item content; the item's error and extra text are outside it and never a value", () => {
    render(
      <Form name="entity" initialValues={{ comIdNum: '11010519491231002X' }}>
        <Form.Item label="证件号码" name="comIdNum" validateStatus="error" help="证件号码格式不正确" extra="请与证件一致">
          <Input />
        </Form.Item>
      </Form>,
    );
    // antd draws the help list after mounting (its margin is measured first): add it as the browser shows it.
    document
      .querySelector('.ant-form-item-control')!
      .insertAdjacentHTML(
        'beforeend',
        '<div class="ant-form-item-additional"><div id="entity_comIdNum_help" class="ant-form-item-explain ant-form-item-explain-connected" role="alert"><div class="ant-form-item-explain-error">证件号码格式不正确</div></div></div>',
      );
    const [hit] = dom.findLabels(document.body);
    expect(hit!.label.getAttribute('for')).toBe('entity_comIdNum');
    expect(hit!.text).toBe('证件号码');
    expect(hit!.container.matches('.ant-form-item-control-input-content')).toBe(true);
    expect(hit!.container.contains(document.getElementById('entity_comIdNum'))).toBe(true);
    expect(hit!.container.contains(document.querySelector('.ant-form-item-explain-error'))).toBe(false);
    expect(values(dom.readContainer(hit!.container))).toEqual(['text:11010519491231002X']);
    expect(dom.anchorFor(hit!.container)).toBe(document.getElementById('entity_comIdNum'));
  });

  it('a label without `for` (an item whose controls are nested noStyle items) still finds its content: 地域 as three selects', () => {
    render(
      <Form name="entity" initialValues={{ province: '广东省', city: '深圳市' }}>
        <Form.Item label="主办者所在地域" required>
          <Space>
            <Form.Item name="province" noStyle>
              <Select placeholder="请选择省" options={[{ value: '广东省', label: '广东省' }]} />
            </Form.Item>
            <Form.Item name="city" noStyle>
              <Select placeholder="请选择市" options={[{ value: '深圳市', label: '深圳市' }]} />
            </Form.Item>
            <Form.Item name="district" noStyle>
              <Select placeholder="请选择区" options={[{ value: '南山区', label: '南山区' }]} />
            </Form.Item>
          </Space>
        </Form.Item>
      </Form>,
    );
    expect(document.querySelector('label')!.hasAttribute('for')).toBe(false);
    expect(values(readAll().get('主办者所在地域'))).toEqual(['choice:广东省', 'choice:深圳市', 'choice:']);
  });

  it("the label's tooltip icon and optional mark are not part of its text", () => {
    render(
      <Form name="entity">
        <Form.Item label="备注" name="remark" tooltip="地址不含门牌号时在此说明">
          <Input.TextArea />
        </Form.Item>
      </Form>,
    );
    expect([...readAll().keys()]).toEqual(['备注']);
  });

  it("a value shown as text, without a control, is the content's text", () => {
    render(
      <Form name="site">
        <Form.Item label="网站备案号">浙ICP备00000000号-1</Form.Item>
      </Form>,
    );
    const [hit] = dom.findLabels(document.body);
    expect(dom.readContainer(hit!.container)).toEqual([]);
    expect(hit!.container.textContent).toBe('浙ICP备00000000号-1');
  });
});

describe('selects', () => {
  it('a single select shows its label; one showing only its placeholder has no value', () => {
    render(
      <Form name="entity" initialValues={{ comIdType: '1' }}>
        <Form.Item label="证件类型" name="comIdType">
          <Select options={OPTIONS} />
        </Form.Item>
        <Form.Item label="主办单位性质" name="comType">
          <Select placeholder="请选择" options={OPTIONS} />
        </Form.Item>
      </Form>,
    );
    const read = readAll();
    expect(values(read.get('证件类型'))).toEqual(['choice:居民身份证']);
    expect(values(read.get('主办单位性质'))).toEqual(['choice:']);
    // The search input carries the field's id and no value.
    expect((document.getElementById('entity_comIdType') as HTMLInputElement).value).toBe('');
  });

  it('a multiple select gives its tags; a cascader its path', () => {
    render(
      <Form name="site" initialValues={{ preApproval: ['news', 'publishing'], area: ['浙江省', '杭州市', '西湖区'] }}>
        <Form.Item label="前置审批" name="preApproval">
          <Select
            mode="multiple"
            options={[
              { value: 'news', label: '新闻' },
              { value: 'publishing', label: '出版' },
              { value: 'education', label: '教育' },
            ]}
          />
        </Form.Item>
        <Form.Item label="通讯地址" name="area">
          <Cascader
            options={[{ value: '浙江省', label: '浙江省', children: [{ value: '杭州市', label: '杭州市', children: [{ value: '西湖区', label: '西湖区' }] }] }]}
          />
        </Form.Item>
      </Form>,
    );
    const read = readAll();
    expect(values(read.get('前置审批'))).toEqual(['新闻|出版']);
    expect(values(read.get('通讯地址'))).toEqual(['choice:浙江省 / 杭州市 / 西湖区']);
  });

  it('5.x markup: the value in .ant-select-selection-item, the placeholder in -selection-placeholder', () => {
    // antd 5.12 components/select (rc-select SingleContent): selector > search + item or placeholder.
    document.body.innerHTML = `
      <div class="ant-form-item"><div class="ant-row ant-form-item-row">
        <div class="ant-col ant-form-item-label"><label for="entity_fzrIdType" title="证件类型">证件类型</label></div>
        <div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">
          <div class="ant-select ant-select-single ant-select-show-arrow"><div class="ant-select-selector">
            <span class="ant-select-selection-search"><input id="entity_fzrIdType" class="ant-select-selection-search-input" role="combobox" readonly value=""></span>
            <span class="ant-select-selection-item" title="居民身份证">居民身份证</span>
          </div></div></div></div></div></div></div>
      <div class="ant-form-item"><div class="ant-row ant-form-item-row">
        <div class="ant-col ant-form-item-label"><label for="entity_comType" title="主办单位性质">主办单位性质</label></div>
        <div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">
          <div class="ant-select ant-select-single ant-select-show-arrow"><div class="ant-select-selector">
            <span class="ant-select-selection-search"><input id="entity_comType" class="ant-select-selection-search-input" role="combobox" readonly value=""></span>
            <span class="ant-select-selection-placeholder">请选择</span>
          </div></div></div></div></div></div></div>`;
    const read = readAll();
    expect(values(read.get('证件类型'))).toEqual(['choice:居民身份证']);
    expect(values(read.get('主办单位性质'))).toEqual(['choice:']);
  });

  it('the option popup at the end of the body is no field and no value', () => {
    render(
      <Form name="entity" initialValues={{ comIdType: '1' }}>
        <Form.Item label="证件类型" name="comIdType">
          <Select open options={OPTIONS} />
        </Form.Item>
      </Form>,
    );
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div><div class="ant-select-dropdown"><div class="rc-virtual-list"><div class="ant-select-item ant-select-item-option" title="护照"><div class="ant-select-item-option-content">护照</div></div></div></div></div>',
    );
    expect(values(readAll().get('证件类型'))).toEqual(['choice:居民身份证']);
  });
});

describe('choices and dates', () => {
  it('checkbox groups, radio groups and button radios: every option with its state', () => {
    render(
      <Form name="site" initialValues={{ content: ['其他'], nature: '个人', serviceType: 'site' }}>
        <Form.Item label="网站内容" name="content">
          <Checkbox.Group options={['其他', '博客/个人空间']} />
        </Form.Item>
        <Form.Item label="主办单位性质" name="nature">
          <Radio.Group options={['企业', '个人']} />
        </Form.Item>
        <Form.Item label="服务类型" name="serviceType">
          <Radio.Group
            optionType="button"
            options={[
              { label: '网站', value: 'site' },
              { label: 'APP', value: 'app' },
            ]}
          />
        </Form.Item>
      </Form>,
    );
    const read = readAll();
    expect(values(read.get('网站内容'))).toEqual(['☑其他', '☐博客/个人空间']);
    expect(values(read.get('主办单位性质'))).toEqual(['☐企业', '☑个人']);
    expect(values(read.get('服务类型'))).toEqual(['☑网站', '☐APP']);
  });

  it('a lone checkbox is a checkbox component with its own text (同主体负责人)', () => {
    render(
      <Form name="site" initialValues={{ same: true }}>
        <Form.Item name="same" valuePropName="checked">
          <Checkbox>同主体负责人</Checkbox>
        </Form.Item>
      </Form>,
    );
    const box = document.querySelector(dom.checkboxComponent)!;
    expect(values(dom.readContainer(box))).toEqual(['☑同主体负责人']);
    expect(dom.findLabels(document.body)).toEqual([]);
  });

  it('date pickers: one date, a range as two, an empty one as no date', () => {
    render(
      <Form name="entity" initialValues={{ validity: [dayjs('2020-05-01'), dayjs('2040-05-01')], from: dayjs('2019-03-01') }}>
        <Form.Item label="证件有效期" name="validity">
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item label="起始日期" name="from">
          <DatePicker />
        </Form.Item>
        <Form.Item label="截止日期" name="to">
          <DatePicker />
        </Form.Item>
      </Form>,
    );
    const read = readAll();
    expect(values(read.get('证件有效期'))).toEqual(['date:2020-05-01', 'date:2040-05-01']);
    expect(values(read.get('起始日期'))).toEqual(['date:2019-03-01']);
    expect(values(read.get('截止日期'))).toEqual(['date:']);
  });
});

describe("Aliyun's address prefix", () => {
  it('reads the fixed 省市区 text before the 通讯地址 input as a path, and the input as the rest', () => {
    for (const [prefix, path] of [
      ['浙江省杭州市西湖区', '浙江省 / 杭州市 / 西湖区'],
      ['北京市朝阳区', '北京市 / 北京市 / 朝阳区'],
      ['广西壮族自治区南宁市青秀区', '广西壮族自治区 / 南宁市 / 青秀区'],
      ['示例片区', '示例片区'],
    ] as const) {
      render(
        <Form name="entity" initialValues={{ comMailingAddress: '文三路1号' }}>
          <Form.Item label="主办单位通讯地址">
            <span className="address-prefix">{prefix}</span>
            <Form.Item name="comMailingAddress" noStyle>
              <Input />
            </Form.Item>
          </Form.Item>
        </Form>,
      );
      expect(values(readAll().get('主办单位通讯地址'))).toEqual([`choice:${path}`, 'text:文三路1号']);
    }
  });
});

describe('greyed fields', () => {
  it("disabled inputs, selects and pickers match the library's greyed classes; enabled ones do not", () => {
    render(
      <Form name="entity" disabled initialValues={{ name: '示例', type: '1', from: dayjs('2019-03-01') }}>
        <Form.Item label="主办单位名称" name="name">
          <Input />
        </Form.Item>
        <Form.Item label="证件类型" name="type">
          <Select options={OPTIONS} />
        </Form.Item>
        <Form.Item label="起始日期" name="from">
          <DatePicker />
        </Form.Item>
      </Form>,
    );
    const readings = [...readAll().values()].flat();
    expect(readings).toHaveLength(3);
    for (const r of readings) expect(r.el.matches(dom.disabled) || r.el.closest(dom.disabled) !== null).toBe(true);
    render(
      <Form name="entity" initialValues={{ name: '示例', type: '1' }}>
        <Form.Item label="主办单位名称" name="name">
          <Input />
        </Form.Item>
        <Form.Item label="证件类型" name="type">
          <Select options={OPTIONS} />
        </Form.Item>
      </Form>,
    );
    for (const r of [...readAll().values()].flat()) expect(r.el.matches(dom.disabled) || r.el.closest(dom.disabled) !== null).toBe(false);
  });
});

describe('uploads', () => {
  it('counts the files done; a failed or unfinished one does not count (text and picture-card lists)', () => {
    render(
      <Form name="material">
        <Form.Item label="主办单位证件">
          <Upload
            fileList={[
              { uid: '1', name: 'licence.jpg', status: 'done' },
              { uid: '2', name: 'licence-2.jpg', status: 'error' },
              { uid: '3', name: 'licence-3.jpg', status: 'uploading', percent: 40 },
            ]}
          >
            <Button>上传</Button>
          </Upload>
        </Form.Item>
        <Form.Item label="主体负责人证件">
          <Upload
            listType="picture-card"
            fileList={[
              { uid: '1', name: 'front.jpg', status: 'done' },
              { uid: '2', name: 'back.jpg', status: 'done' },
            ]}
          >
            <Button>+</Button>
          </Upload>
        </Form.Item>
        <Form.Item label="域名证书">
          <Upload fileList={[]}>
            <Button>上传</Button>
          </Upload>
        </Form.Item>
      </Form>,
    );
    const counts = Object.fromEntries(dom.findLabels(document.body).map((hit) => [hit.text, dom.countFiles(hit.container)]));
    expect(counts).toEqual({ 主办单位证件: 1, 主体负责人证件: 2, 域名证书: 0 });
  });
});

describe('steps', () => {
  it("the current step's title", () => {
    render(<Steps current={1} items={[{ title: '填写基础信息' }, { title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }]} />);
    expect(dom.currentStepText(document.body)).toBe('填写主办者信息');
  });
});
