/** @jsxImportSource react */
/** After 提交: Aliyun's first review (a phone call), then MIIT's SMS check and the 管局's review. */
import { Result } from 'antd';

export function SubmittedStep() {
  return <Result status="success" title="备案申请已提交" subTitle="阿里云初审将电话联系您；初审通过后请在24小时内完成工信部短信核验。" />;
}
