/** @jsxImportSource react */
/**
 * A principal block (主体负责人 or 网站负责人): [I] wording after Aliyun's help pages and the
 * form's field keys (fzrName, fzrIdType, fzrIdNum, fzrMobile + phoneVfCode, fzrEmergencyMobile,
 * fzrEmail); the console's own checks are a required value and a plausible format.
 */
import { Button, Form, Input, Select, Space, message } from 'antd';
import { ID_TYPES, options } from '../data';

export function PrincipalItems({ office = false }: { office?: boolean }) {
  return (
    <>
      <Form.Item label="姓名" name="fzrName" rules={[{ required: true, message: '请输入姓名' }]}>
        <Input placeholder="请输入姓名" />
      </Form.Item>
      <Form.Item label="证件类型" name="fzrIdType" rules={[{ required: true, message: '请选择证件类型' }]}>
        <Select placeholder="请选择" options={options(ID_TYPES)} />
      </Form.Item>
      <Form.Item
        label="证件号码"
        name="fzrIdNum"
        rules={[
          { required: true, message: '请输入证件号码' },
          // The console checks the shape only (18 characters); the check digit is not its business here.
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || getFieldValue('fzrIdType') !== '居民身份证' || /^\d{17}[\dXx]$/.test(value)
                ? Promise.resolve()
                : Promise.reject(new Error('请输入正确的证件号码')),
          }),
        ]}
      >
        <Input placeholder="请输入证件号码" />
      </Form.Item>
      <Form.Item
        label="手机号码"
        name="fzrMobile"
        rules={[
          { required: true, message: '请输入手机号码' },
          { pattern: /^1\d{10}$/, message: '请输入正确的手机号码' },
        ]}
      >
        <Input placeholder="请输入手机号码" />
      </Form.Item>
      <Form.Item label="验证码" name="phoneVfCode">
        <Space.Compact>
          <Input placeholder="请输入验证码" />
          <Button onClick={() => void message.info('演示环境不发送短信')}>获取验证码</Button>
        </Space.Compact>
      </Form.Item>
      {office && (
        <Form.Item label="办公电话" name="fzrTel">
          <Input placeholder="区号-电话号码" />
        </Form.Item>
      )}
      <Form.Item label="应急联系电话" name="fzrEmergencyMobile" rules={[{ required: true, message: '请输入应急联系电话' }]}>
        <Input placeholder="请输入应急联系电话" />
      </Form.Item>
      <Form.Item
        label="电子邮箱"
        name="fzrEmail"
        rules={[
          { required: true, message: '请输入电子邮箱' },
          { type: 'email', message: '请输入正确的电子邮箱' },
        ]}
      >
        <Input placeholder="请输入电子邮箱" />
      </Form.Item>
    </>
  );
}
