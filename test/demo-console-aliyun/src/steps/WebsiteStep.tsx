/** @jsxImportSource react */
/**
 * Step 3, 填写网站信息 (https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/fill-in-the-website-information-2):
 * name, the domain from step 1 (one domain per website, greyed), the cloud service and IP the
 * console fills in, content, pre-approvals, remark, and the 网站负责人 block. [I] The options and
 * the block titles are unconfirmed.
 */
import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { go } from '../App';
import { options, PRE_APPROVALS, SITE_CONTENTS } from '../data';
import { Module } from '../Module';
import { useStore } from '../store';
import { PrincipalItems } from './PrincipalItems';

export function WebsiteStep() {
  const { draft, save } = useStore();
  const [form] = Form.useForm();

  const next = async () => {
    try {
      save('site', await form.validateFields());
      go('upload');
    } catch {
      // antd shows each field's error under it.
    }
  };

  return (
    <>
      <Form form={form} name="site" labelCol={{ span: 6 }} wrapperCol={{ span: 14 }} initialValues={draft.site}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Module title="网站信息">
            <Form.Item label="网站名称" name="siteName" rules={[{ required: true, message: '请输入网站名称' }]}>
              <Input placeholder="请输入网站名称" />
            </Form.Item>
            <Form.Item label="网站域名" name="domain">
              <Input disabled />
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
      <div className="actions">
        <Button onClick={() => go('subject')}>上一步</Button>
        <Button type="primary" onClick={() => void next()}>
          下一步
        </Button>
      </div>
    </>
  );
}
