/** @jsxImportSource react */
/**
 * Step 4, 上传资料 (https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/upload-data-and-authenticity-verification):
 * one upload slot per material. Files never leave the page: the upload "succeeds" locally a
 * moment after the pick. The authenticity check itself happens in the 阿里云App, not here.
 * [I] The slot names are unconfirmed.
 */
import { Button, Form, Upload, type UploadProps } from 'antd';
import { go } from '../App';
import { Module } from '../Module';

/** No request: the file is marked done after a short delay, as a finished upload shows. */
const local: UploadProps['customRequest'] = ({ onSuccess }) => {
  setTimeout(() => onSuccess?.('ok'), 300);
};

const SLOTS = ['主办单位证件', '主体负责人证件', '网站负责人证件（网站1）', '域名证书（网站1）'];

export function UploadStep() {
  return (
    <>
      <Form name="material" labelCol={{ span: 6 }} wrapperCol={{ span: 14 }}>
        <Module title="上传资料">
          {SLOTS.map((slot) => (
            <Form.Item key={slot} label={slot}>
              <Upload customRequest={local} listType="picture-card" accept="image/*,.pdf">
                <Button type="text">上传</Button>
              </Upload>
            </Form.Item>
          ))}
        </Module>
      </Form>
      <div className="actions">
        <Button onClick={() => go('website')}>上一步</Button>
        <Button type="primary" onClick={() => go('submitted')}>
          提交备案
        </Button>
      </div>
    </>
  );
}
