/** @jsxImportSource react */
/**
 * Step 1, 基础信息校验 (https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/basic-information-check):
 * the subject's region (three selects), nature, certificate type and number, name and
 * certificate address; the service type and the domain; 「信息校验」 checks the form and moves on.
 * [I] The wording of 主办者所在地域 and the block titles is unconfirmed.
 */
import { Button, Form, Input, Radio, Select, Space } from 'antd';
import { go } from '../App';
import { CERT_TYPES, NATURES, REGIONS, options } from '../data';
import { Module } from '../Module';
import { useStore } from '../store';

export function VerifyStep() {
  const { draft, save } = useStore();
  const [entity] = Form.useForm();
  const [site] = Form.useForm();
  const province = Form.useWatch(['comArea', 'province'], entity) as string | undefined;
  const city = Form.useWatch(['comArea', 'city'], entity) as string | undefined;
  const nature = Form.useWatch('comType', entity) as string | undefined;
  const cities = province ? Object.keys(REGIONS[province] ?? {}) : [];
  const districts = province && city ? (REGIONS[province]?.[city] ?? []) : [];

  const check = async () => {
    try {
      const [e, s] = await Promise.all([entity.validateFields(), site.validateFields()]);
      save('entity', e);
      save('site', { ...s, domain: s.selfDomain });
      go('subject');
    } catch {
      // antd shows each field's error under it.
    }
  };

  return (
    <>
      <Form
        form={entity}
        name="entity"
        labelCol={{ span: 6 }}
        wrapperCol={{ span: 14 }}
        initialValues={draft.entity}
        onValuesChange={(changed) => {
          if (changed.comArea?.province) entity.setFieldValue('comArea', { province: changed.comArea.province });
          else if (changed.comArea?.city) entity.setFieldValue(['comArea', 'district'], undefined);
          if (changed.comType) entity.setFieldValue('comIdType', undefined);
        }}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Module title="主办者基础信息">
            <Form.Item label="主办者所在地域" required>
              <Space>
                <Form.Item name={['comArea', 'province']} noStyle rules={[{ required: true, message: '请选择省份' }]}>
                  <Select style={{ width: 140 }} placeholder="请选择省" options={options(Object.keys(REGIONS))} />
                </Form.Item>
                <Form.Item name={['comArea', 'city']} noStyle rules={[{ required: true, message: '请选择城市' }]}>
                  <Select style={{ width: 140 }} placeholder="请选择市" options={options(cities)} />
                </Form.Item>
                <Form.Item name={['comArea', 'district']} noStyle rules={[{ required: true, message: '请选择区县' }]}>
                  <Select style={{ width: 140 }} placeholder="请选择区" options={options(districts)} />
                </Form.Item>
              </Space>
            </Form.Item>
            <Form.Item label="主办单位性质" name="comType" rules={[{ required: true, message: '请选择主办单位性质' }]}>
              <Select placeholder="请选择" options={options(NATURES)} />
            </Form.Item>
            <Form.Item label="证件类型" name="comIdType" rules={[{ required: true, message: '请选择证件类型' }]}>
              <Select placeholder="请选择" options={options(nature ? (CERT_TYPES[nature] ?? []) : [])} />
            </Form.Item>
            <Form.Item label="证件号码" name="comIdNum" rules={[{ required: true, message: '请输入证件号码' }]}>
              <Input placeholder="请输入证件号码" />
            </Form.Item>
            <Form.Item label="主办单位或主办人名称" name="comName" rules={[{ required: true, message: '请输入主办单位或主办人名称' }]}>
              <Input placeholder="与证件上的名称一致" />
            </Form.Item>
            <Form.Item label="主办单位证件住所" name="comIdAddress" rules={[{ required: true, message: '请输入主办单位证件住所' }]}>
              <Input placeholder="与证件上的住所一致" />
            </Form.Item>
          </Module>
        </Space>
      </Form>
      <Form form={site} name="site" labelCol={{ span: 6 }} wrapperCol={{ span: 14 }} initialValues={{ serviceType: '1', ...draft.site }}>
        <Module title="互联网信息服务">
          <Form.Item label="服务类型" name="serviceType">
            <Radio.Group
              options={[
                { label: '网站', value: '1' },
                { label: 'APP', value: '6' },
              ]}
            />
          </Form.Item>
          <Form.Item label="域名" name="selfDomain" rules={[{ required: true, message: '请输入域名' }]}>
            <Input placeholder="example.com（不带www）" />
          </Form.Item>
        </Module>
      </Form>
      <div className="actions">
        <Button type="primary" onClick={() => void check()}>
          信息校验
        </Button>
      </div>
    </>
  );
}
