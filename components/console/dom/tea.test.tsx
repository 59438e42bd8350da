// @vitest-environment happy-dom
/** @jsxImportSource react */
/**
 * The Tea reader on tea-component 2.8.0's own markup (react-dom/server, no browser), rendered
 * with Tea's default prefix `tea` and with the filing console's `app-beian` (ConfigProvider
 * classPrefix): every case runs with both.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Button, Cascader, Checkbox, ConfigProvider, Form, Input, Radio, Select, Stepper, Upload } from 'tea-component';
import { describe, expect, it } from 'vitest';
import { shown } from '../../../test/support/readings';
import { domOf, plainText } from '.';
import { native } from './native';
import { tea } from './tea';

const dom = domOf([tea, native]);

const values = shown;

const ID_TYPES = [
  { value: '1', text: '居民身份证' },
  { value: '2', text: '护照' },
];
const REGIONS = [{ value: 'gd', label: '广东省', children: [{ value: 'sz', label: '深圳市', children: [{ value: 'ns', label: '南山区' }] }] }];

describe.each(['tea', 'app-beian'])('prefix %s', (prefix) => {
  const render = (node: ReactElement) => {
    document.body.innerHTML = renderToStaticMarkup(<ConfigProvider classPrefix={prefix}>{node}</ConfigProvider>);
  };
  const readAll = () => new Map(dom.findLabels(document.body).map((hit) => [hit.text, hit.container]));

  it("a label goes to its item's controls; the item's message and extra text are never a value", () => {
    render(
      <Form>
        <Form.Item label="证件号码" required status="error" message="请输入正确的证件号码" extra="与证件一致">
          <Input value="11010519491231002X" onChange={() => {}} />
        </Form.Item>
        <Form.Item label="备案授权码">
          <Form.Text>已验证</Form.Text>
        </Form.Item>
      </Form>,
    );
    const fields = readAll();
    const id = fields.get('证件号码')!;
    expect(id.matches(`.${prefix}-form__controls`)).toBe(true);
    expect(values(dom.readContainer(id))).toEqual(['text:11010519491231002X']);
    expect(dom.anchorFor(id)).toBe(document.querySelector(`input.${prefix}-input`));
    // Plain text (a value shown without a control) leaves the item's own messages out.
    expect(plainText(id)).toBe('');
    expect(plainText(fields.get('备案授权码')!)).toBe('已验证');
  });

  it('a select shows its text; one showing only its placeholder has no value; a cascader its path', () => {
    render(
      <Form>
        <Form.Item label="证件类型">
          <Select appearance="button" value="2" options={ID_TYPES} />
        </Form.Item>
        <Form.Item label="主体负责人证件类型">
          <Select appearance="button" options={ID_TYPES} placeholder="请选择" />
        </Form.Item>
        <Form.Item label="备案地域">
          <Cascader type="menu" value={['gd', 'sz', 'ns']} data={REGIONS} />
        </Form.Item>
      </Form>,
    );
    const fields = readAll();
    expect(values(dom.readContainer(fields.get('证件类型')!))).toEqual(['choice:护照']);
    expect(values(dom.readContainer(fields.get('主体负责人证件类型')!))).toEqual(['choice:']);
    expect(values(dom.readContainer(fields.get('备案地域')!))).toEqual(['choice:广东省 / 深圳市 / 南山区']);
  });

  it('checkbox and radio groups: every option with its state; a lone checkbox with its text', () => {
    render(
      <Form>
        <Form.Item label="网站服务内容">
          <Checkbox.Group value={['other']}>
            <Checkbox name="blog">博客</Checkbox>
            <Checkbox name="other">其他</Checkbox>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item label="主办者性质">
          <Radio.Group value="org">
            <Radio name="org">企业</Radio>
            <Radio name="person">个人</Radio>
          </Radio.Group>
        </Form.Item>
        <Checkbox value={true}>同主体负责人</Checkbox>
      </Form>,
    );
    const fields = readAll();
    expect([...fields.keys()]).toEqual(['网站服务内容', '主办者性质']);
    expect(values(dom.readContainer(fields.get('网站服务内容')!))).toEqual(['☐博客', '☑其他']);
    expect(values(dom.readContainer(fields.get('主办者性质')!))).toEqual(['☑企业', '☐个人']);
    const lone = Array.from(document.querySelectorAll(`label.${prefix}-form-check`)).find((l) => l.textContent === '同主体负责人')!;
    expect(values(dom.readContainer(lone))).toEqual(['☑同主体负责人']);
  });

  it('greyed selects, inputs and options match the greyed selectors; enabled ones do not', () => {
    render(
      <Form>
        <Form.Item label="证件类型">
          <Select appearance="button" disabled value="1" options={ID_TYPES} />
        </Form.Item>
        <Form.Item label="单位名称">
          <Input value="示例科技有限公司" disabled />
        </Form.Item>
        <Form.Item label="证件号码">
          <Input value="91440300MA5F000000" onChange={() => {}} />
        </Form.Item>
        <Form.Item label="主办者性质">
          <Select appearance="button" value="1" options={ID_TYPES} />
        </Form.Item>
        <Form.Item label="备案地域">
          <Cascader type="menu" value={['gd', 'sz', 'ns']} data={REGIONS} />
        </Form.Item>
      </Form>,
    );
    const greyed = (label: string) => dom.readContainer(readAll().get(label)!).every((r) => r.el.matches(dom.disabled) || r.el.closest(dom.disabled) !== null);
    expect(greyed('证件类型')).toBe(true);
    expect(greyed('单位名称')).toBe(true);
    expect(greyed('证件号码')).toBe(false);
    expect(greyed('主办者性质')).toBe(false);
    expect(greyed('备案地域')).toBe(false);
  });

  it('uploads: a file shown by the File or Image preset counts; an empty slot has none', () => {
    render(
      <Form>
        <Form.Item label="主办单位证件">
          <Upload>
            <Upload.Image filename="营业执照.jpg" image="data:image/png;base64," percent={100} />
          </Upload>
        </Form.Item>
        <Form.Item label="主体负责人证件">
          <Upload>
            <Upload.File filename="身份证正面.jpg" button={<Button>重新上传</Button>} />
          </Upload>
        </Form.Item>
        <Form.Item label="授权书">
          <Upload>
            <Button>上传文件</Button>
          </Upload>
        </Form.Item>
      </Form>,
    );
    const fields = readAll();
    expect(dom.countFiles(fields.get('主办单位证件')!)).toBe(1);
    expect(dom.countFiles(fields.get('主体负责人证件')!)).toBe(1);
    expect(dom.countFiles(fields.get('授权书')!)).toBe(0);
  });

  it("the stepper's current step; its titles are no headings", () => {
    render(
      <>
        <Stepper
          current="subject"
          steps={[
            { id: 'verify', label: '验证备案信息' },
            { id: 'subject', label: '填写主体信息' },
            { id: 'upload', label: '上传材料' },
          ]}
        />
        <Form>
          <Form.Item label="单位名称">
            <Input value="" onChange={() => {}} />
          </Form.Item>
        </Form>
      </>,
    );
    expect(dom.currentStepText(document.body)).toBe('填写主体信息');
    expect(dom.findHeadingCandidates(document.body).map((el) => el.textContent)).toEqual([]);
  });
});
