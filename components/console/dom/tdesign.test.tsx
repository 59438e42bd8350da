// @vitest-environment happy-dom
/** @jsxImportSource react */
/**
 * The TDesign reader on tdesign-react 1.18.2's own markup, rendered as in a browser
 * (react-dom/client in happy-dom: its Select and Cascader fill in the chosen label after
 * mounting), with TDesign's default prefix `t` and with a console's own (ConfigProvider
 * classPrefix): every case runs with both. The reader is composed as the Tencent console lists
 * it, before Tea and plain HTML.
 */
import type { ReactElement } from 'react';
import { Cascader, Checkbox, ConfigProvider, DatePicker, DateRangePicker, Form, Input, Radio, Select, Steps, Textarea, Upload } from 'tdesign-react';
import { afterEach, describe, expect, it } from 'vitest';
import { shown } from '../../../test/support/readings';
import { clientRender } from '../../../test/support/react-client-render';
import { domOf, plainText } from '.';
import { native } from './native';
import { tdesign } from './tdesign';
import { tea } from './tea';

const dom = domOf([tdesign, tea, native]);
const { FormItem } = Form;

const values = shown;

const options = (...labels: string[]) => labels.map((label) => ({ label, value: label }));
const REGIONS = [{ label: '广东省', value: '广东省', children: [{ label: '深圳市', value: '深圳市', children: [{ label: '南山区', value: '南山区' }] }] }];
const IMAGE = 'data:image/png;base64,';

describe.each(['t', 'app-beian'])('prefix %s', (prefix) => {
  let unmount = () => {};
  afterEach(() => unmount());
  const render = async (node: ReactElement) => {
    document.body.innerHTML = '';
    ({ unmount } = await clientRender(<ConfigProvider globalConfig={{ classPrefix: prefix }}>{node}</ConfigProvider>));
  };
  const readAll = () => new Map(dom.findLabels(document.body).map((hit) => [hit.text, hit.container]));

  it("a label goes to its item's content; the item's help text is never a value", async () => {
    await render(
      <Form initialData={{ certNumber: '11010519491231002X', remark: '' }}>
        <FormItem label="证件号码" name="certNumber" status="error" help="请输入正确的证件号码">
          <Input />
        </FormItem>
        <FormItem label="备案授权码">
          <span>已验证</span>
        </FormItem>
        <FormItem label="主体信息备注" name="remark">
          <Textarea />
        </FormItem>
      </Form>,
    );
    const fields = readAll();
    const id = fields.get('证件号码')!;
    expect(id.matches(`.${prefix}-form__controls-content`)).toBe(true);
    expect(values(dom.readContainer(id))).toEqual(['text:11010519491231002X']);
    expect(document.querySelector(`.${prefix}-input__help`)?.textContent).toBe('请输入正确的证件号码');
    expect(plainText(id)).toBe('');
    expect(plainText(fields.get('备案授权码')!)).toBe('已验证');
    expect(values(dom.readContainer(fields.get('主体信息备注')!))).toEqual(['text:']);
  });

  it('a select shows its label; one showing only its placeholder has no value; a multiple one its tags; a cascader its path', async () => {
    await render(
      <Form initialData={{ nature: '企业', platforms: ['Android', 'iOS'], region: '南山区' }}>
        <FormItem label="主办单位性质" name="nature">
          <Select options={options('企业', '个人')} />
        </FormItem>
        <FormItem label="证件类型" name="certType">
          <Select options={options('营业执照（个人或企业）', '组织机构代码证')} placeholder="请选择" />
        </FormItem>
        <FormItem label="平台" name="platforms">
          <Select multiple options={options('Android', 'iOS')} />
        </FormItem>
        <FormItem label="备案区域" name="region">
          <Cascader options={REGIONS} />
        </FormItem>
      </Form>,
    );
    const fields = readAll();
    expect(values(dom.readContainer(fields.get('主办单位性质')!))).toEqual(['choice:企业']);
    expect(values(dom.readContainer(fields.get('证件类型')!))).toEqual(['choice:']);
    expect(values(dom.readContainer(fields.get('平台')!))).toEqual(['Android|iOS']);
    expect(values(dom.readContainer(fields.get('备案区域')!))).toEqual(['choice:广东省 / 深圳市 / 南山区']);
  });

  it('radio and checkbox groups: every option with its state; option labels are no fields', async () => {
    await render(
      <Form initialData={{ resource: '备案授权码', preApprovals: ['以上都不涉及'] }}>
        <FormItem label="备案云服务" name="resource">
          <Radio.Group options={options('云服务器', '备案授权码')} />
        </FormItem>
        <FormItem label="前置或专项审批内容类型" name="preApprovals">
          <Checkbox.Group options={options('新闻', '以上都不涉及')} />
        </FormItem>
      </Form>,
    );
    const fields = readAll();
    expect([...fields.keys()]).toEqual(['备案云服务', '前置或专项审批内容类型']);
    expect(values(dom.readContainer(fields.get('备案云服务')!))).toEqual(['☐云服务器', '☑备案授权码']);
    expect(values(dom.readContainer(fields.get('前置或专项审批内容类型')!))).toEqual(['☐新闻', '☑以上都不涉及']);
  });

  it('a date picker gives its date, a range picker its two dates', async () => {
    await render(
      <Form initialData={{ validTo: '2040-05-01', validity: ['2020-05-01', '2040-05-01'] }}>
        <FormItem label="证件有效期至" name="validTo">
          <DatePicker />
        </FormItem>
        <FormItem label="证件有效期" name="validity">
          <DateRangePicker />
        </FormItem>
      </Form>,
    );
    const fields = readAll();
    expect(values(dom.readContainer(fields.get('证件有效期至')!))).toEqual(['date:2040-05-01']);
    expect(values(dom.readContainer(fields.get('证件有效期')!))).toEqual(['date:2020-05-01', 'date:2040-05-01']);
  });

  it('uploads: finished files count in every theme; failed, uploading and waiting ones and the add card do not', async () => {
    await render(
      <Form
        initialData={{
          licence: [{ name: '营业执照.jpg', status: 'success', url: IMAGE }],
          failed: [{ name: '营业执照.jpg', status: 'fail' }],
          uploading: [{ name: '营业执照.jpg', status: 'progress', percent: 30 }],
          ids: [
            { name: '身份证人像面.jpg', status: 'success', url: IMAGE },
            { name: '身份证国徽面.jpg', status: 'progress', percent: 30, url: IMAGE },
          ],
          flow: [
            { name: '授权书.pdf', status: 'success' },
            { name: '承诺书.pdf', status: 'fail' },
            { name: '域名证书.pdf', status: 'waiting' },
          ],
          empty: [],
        }}
      >
        <FormItem label="主办单位证件" name="licence">
          <Upload theme="file" />
        </FormItem>
        <FormItem label="失败" name="failed">
          <Upload theme="file" />
        </FormItem>
        <FormItem label="上传中" name="uploading">
          <Upload theme="file" />
        </FormItem>
        <FormItem label="主体负责人证件" name="ids">
          <Upload theme="image" multiple />
        </FormItem>
        <FormItem label="其他材料" name="flow">
          <Upload theme="file-flow" multiple />
        </FormItem>
        <FormItem label="授权书" name="empty">
          <Upload theme="file-flow" multiple />
        </FormItem>
      </Form>,
    );
    const fields = readAll();
    const files = (label: string) => dom.countFiles(fields.get(label)!);
    expect(files('主办单位证件')).toBe(1);
    expect(files('失败')).toBe(0);
    expect(files('上传中')).toBe(0);
    expect(files('主体负责人证件')).toBe(1);
    expect(files('其他材料')).toBe(1);
    expect(files('授权书')).toBe(0);
  });

  it('greyed inputs and selects match the greyed selectors; enabled ones do not', async () => {
    await render(
      <Form initialData={{ domain: 'example.com', nature: '企业', name: '示例科技有限公司' }}>
        <FormItem label="网站域名" name="domain">
          <Input disabled />
        </FormItem>
        <FormItem label="主办单位性质" name="nature">
          <Select disabled options={options('企业', '个人')} />
        </FormItem>
        <FormItem label="单位名称" name="name">
          <Input />
        </FormItem>
      </Form>,
    );
    const greyed = (label: string) => dom.readContainer(readAll().get(label)!).every((r) => r.el.matches(dom.disabled) || r.el.closest(dom.disabled) !== null);
    expect(greyed('网站域名')).toBe(true);
    expect(greyed('主办单位性质')).toBe(true);
    expect(greyed('单位名称')).toBe(false);
  });

  it("the steps' current item; their titles are no headings", async () => {
    await render(
      <>
        <Steps current={1} options={[{ title: '验证备案类型' }, { title: '填写主体信息' }, { title: '上传材料' }]} />
        <Form>
          <FormItem label="单位名称" name="name">
            <Input />
          </FormItem>
        </Form>
      </>,
    );
    expect(dom.currentStepText(document.body)).toBe('填写主体信息');
    expect(dom.findHeadingCandidates(document.body).map((el) => el.textContent)).toEqual([]);
  });
});
