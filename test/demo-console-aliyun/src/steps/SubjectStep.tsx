/** @jsxImportSource react */
/**
 * Step 2, 填写主办者信息: the mailing address behind the fixed 省市区 prefix of the region chosen in
 * step 1 (Aliyun's `span.address-prefix`), the remark, and the 主体负责人 block. 「下一步」 checks
 * the form (the console's own validation) and moves on. [I] Wording unconfirmed but for
 * 主办单位通讯地址 and 应急联系电话 (public copies of Aliyun's pages).
 */
import { Button, Form, Input, Space } from 'antd';
import { go } from '../App';
import { Module } from '../Module';
import { keepTyped, regionText, useStore } from '../store';
import { PrincipalItems } from './PrincipalItems';

export function SubjectStep() {
  const { draft, save } = useStore();
  const [form] = Form.useForm();
  const prefix = regionText(draft.entity);

  const next = async () => {
    try {
      save('entity', await form.validateFields());
      go('website');
    } catch {
      // antd shows each field's error under it.
    }
  };

  return (
    <>
      <Form
        form={form}
        name="entity"
        labelCol={{ span: 6 }}
        wrapperCol={{ span: 14 }}
        initialValues={draft.entity}
        onValuesChange={(_, all) => keepTyped({ ...draft.entity, ...all })}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Module title="主办者信息">
            <Form.Item label="备案类型">首次备案</Form.Item>
            <Form.Item label="主办单位通讯地址" required>
              <div className="address-row">
                {prefix && <span className="address-prefix">{prefix}</span>}
                <Form.Item name="comMailingAddress" noStyle rules={[{ required: true, message: '请输入详细通讯地址' }]}>
                  <Input placeholder="详细地址，精确到门牌号" />
                </Form.Item>
              </div>
            </Form.Item>
            <Form.Item label="备注" name="remark">
              <Input.TextArea rows={2} placeholder="选填" />
            </Form.Item>
          </Module>
          <Module title="主体负责人信息">
            <div className="principal-block">
              <PrincipalItems office />
            </div>
          </Module>
        </Space>
      </Form>
      <div className="actions">
        <Button onClick={() => go('verify')}>上一步</Button>
        <Button type="primary" onClick={() => void next()}>
          下一步
        </Button>
      </div>
    </>
  );
}
