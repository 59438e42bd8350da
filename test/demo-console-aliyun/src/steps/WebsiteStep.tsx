/** @jsxImportSource react */
/**
 * Step 3, 填写网站信息 (https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/fill-in-the-website-information-2):
 * name, the domain from step 1 (one domain per website, greyed), the cloud service and IP the
 * console fills in, content, pre-approvals, remark, and the 网站负责人 block. 「添加网站」 adds a
 * further website with a domain of its own; with more than one, each card's titles carry its number
 * (网站信息1, 网站信息2). [I] The options, the block titles, the button and the numbering are
 * unconfirmed.
 */
import { Button, Checkbox, Form, Input, Select, Space, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { go } from '../App';
import { options, PRE_APPROVALS, SITE_CONTENTS } from '../data';
import { Module } from '../Module';
import { useStore, type Values } from '../store';
import { PrincipalItems } from './PrincipalItems';

/** The most websites the demo takes in one order. */
const MAX_SITES = 10;

/** One website's card: `n` is its number (1 = the website of step 1, whose domain is greyed). */
function SiteCard({ n, numbered, forms, initial }: { n: number; numbered: boolean; forms: Map<number, FormInstance>; initial: Values }) {
  const [form] = Form.useForm();
  forms.set(n, form);
  const suffix = numbered ? String(n) : '';
  return (
    <Form form={form} name={n === 1 ? 'site' : `site${n}`} labelCol={{ span: 6 }} wrapperCol={{ span: 14 }} initialValues={initial}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Module title={`网站信息${suffix}`}>
          <Form.Item label="网站名称" name="siteName" rules={[{ required: true, message: '请输入网站名称' }]}>
            <Input placeholder="请输入网站名称" />
          </Form.Item>
          <Form.Item label="网站域名" name="domain" rules={n === 1 ? [] : [{ required: true, message: '请输入网站域名' }]}>
            <Input disabled={n === 1} placeholder="请输入网站域名" />
          </Form.Item>
          <Form.Item label="云服务和IP地址">云服务器ECS 47.96.0.10</Form.Item>
          <Form.Item label="网站内容" name="content" rules={[{ required: true, message: '请选择网站内容' }]}>
            <Select placeholder="请选择" options={options(SITE_CONTENTS)} />
          </Form.Item>
          <Form.Item label="前置审批" name="preApprovalType" rules={[{ required: true, message: '请选择前置审批项' }]}>
            <Checkbox.Group options={PRE_APPROVALS} />
          </Form.Item>
          <Form.Item label="备注" name="remark">
            <Input.TextArea rows={2} placeholder="选填" />
          </Form.Item>
        </Module>
        <Module title="网站负责人信息">
          <div className="principal-block">
            <PrincipalItems />
          </div>
        </Module>
      </Space>
    </Form>
  );
}

export function WebsiteStep() {
  const { draft, save } = useStore();
  // Each card's form, by the card's number (only cards 1..count are on the page and asked).
  const forms = useRef(new Map<number, FormInstance>()).current;
  const [count, setCount] = useState(1 + (draft.moreSites?.length ?? 0));

  const next = async () => {
    try {
      const values = await Promise.all(Array.from({ length: count }, (_, i) => forms.get(i + 1)!.validateFields()));
      save('site', values[0]!);
      save('moreSites', values.slice(1));
      go('upload');
    } catch {
      // antd shows each field's error under it.
    }
  };

  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <SiteCard key={i} n={i + 1} numbered={count > 1} forms={forms} initial={i === 0 ? draft.site : (draft.moreSites?.[i - 1] ?? {})} />
      ))}
      <div className="actions">
        <Button onClick={() => go('subject')}>上一步</Button>
        <Button disabled={count >= MAX_SITES} onClick={() => setCount((c) => Math.min(MAX_SITES, c + 1))}>
          添加网站
        </Button>
        <Button type="primary" onClick={() => void next()}>
          下一步
        </Button>
      </div>
    </>
  );
}
