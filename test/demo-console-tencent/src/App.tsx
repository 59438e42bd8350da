/** @jsxImportSource react */
/**
 * The wizard of a first filing on Tencent Cloud's PC console as its guide describes it
 * (https://cloud.tencent.com/document/product/243/18958): 验证备案信息 → 填写主体信息 → 填写网站信息
 * → 上传材料 → 确认备案信息, drawn with Tea under the console's prefix `app-beian`. The step is in the
 * hash (#/verify, #/subject, #/website, #/upload, #/submitted) so that tests can open one
 * directly; the page's path is an order's (/beian/manage/process/<orderId>/review). The
 * console's own validation: required fields and the shape of an ID number (18 characters), shown
 * as Tea's item message. [I] Section titles, option texts and messages are not confirmed on the
 * live console. Synthetic data only; uploads stay in the page.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Button, Cascader, Checkbox, Form, Input, Radio, Select, Stepper, Upload } from 'tea-component';

export const ROUTES = ['verify', 'subject', 'website', 'upload', 'submitted'] as const;
export type Route = (typeof ROUTES)[number];
const STEP_TITLES = ['验证备案信息', '填写主体信息', '填写网站信息', '上传材料', '确认备案信息'];

const routeOf = (hash: string): Route => ((ROUTES as readonly string[]).find((r) => hash === `#/${r}`) as Route | undefined) ?? 'verify';
const go = (route: Route) => {
  window.location.hash = `#/${route}`;
};

type Values = Record<string, string>;

/**
 * The real console keeps the order server-side and refills the form after a reload; the demo
 * keeps what was typed on the subject step in sessionStorage (this tab only) for the same effect.
 */
const TYPED_KEY = 'demo-console-tencent-subject';
function typedBefore(): Values {
  try {
    return JSON.parse(sessionStorage.getItem(TYPED_KEY) ?? '{}') as Values;
  } catch {
    return {};
  }
}

/** The draft, kept across steps (as the console keeps its order), in memory only but for the subject step's typed values. */
const draft: { subject: Values; website: Values; sameAsSubject: boolean; preApprovals: string[]; files: Record<string, string[]> } = {
  // [I] The region comes filled in from the order's verification (the rebuilt console asks 备案区域 in step 1).
  subject: {
    region: '广东省/深圳市/南山区',
    name: '',
    certAddress: '',
    investor: '',
    mailingAddress: '',
    remark: '',
    pName: '',
    pIdType: '身份证',
    pIdNumber: '',
    pOffice: '',
    pMobile: '',
    pEmail: '',
    ...typedBefore(),
  },
  website: { name: '', content: '', remark: '' },
  sameAsSubject: true,
  preApprovals: ['以上都不涉及'],
  files: {},
};

const options = (...texts: string[]) => texts.map((text) => ({ value: text, text }));
const REGIONS = [
  { value: '广东省', label: '广东省', children: [{ value: '深圳市', label: '深圳市', children: ['南山区', '福田区'].map((d) => ({ value: d, label: d })) }] },
  { value: '北京市', label: '北京市', children: [{ value: '北京市', label: '北京市', children: ['海淀区', '朝阳区'].map((d) => ({ value: d, label: d })) }] },
];
const ID_TYPES = options('身份证', '台胞证', '护照', '军官证');

/** The console's own checks: required, and an ID number's shape (never its check character). */
function check(rules: Record<string, [string, string, RegExp?]>, values: Values): Values {
  const errors: Values = {};
  for (const [key, [label, shapeMessage, shape]] of Object.entries(rules)) {
    const value = (values[key] ?? '').trim();
    if (!value) errors[key] = `请输入${label}`;
    else if (shape && !shape.test(value)) errors[key] = shapeMessage;
  }
  return errors;
}

/** A form item with the console's own message under its control when it has one. */
function Item({ label, error, required = true, children }: { label: string; error?: string; required?: boolean; children: ReactNode }) {
  return (
    <Form.Item label={label} required={required} status={error ? 'error' : undefined} message={error}>
      {children}
    </Form.Item>
  );
}

function useValues(initial: Values): [Values, (key: string) => (value: string) => void] {
  const [values, setValues] = useState(initial);
  return [values, (key) => (value) => setValues((v) => ({ ...v, [key]: value }))];
}

function VerifyStep() {
  const [values, set] = useValues({ service: '云服务器', domain: '', nature: '企业', certType: '营业执照（个人或企业）', certNumber: '' });
  const [errors, setErrors] = useState<Values>({});
  const next = () => {
    const found = check(
      { domain: ['域名', '域名格式不正确', /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i], certNumber: ['证件号码', '证件号码格式不正确', /^[0-9A-Z]{15,18}$/i] },
      values,
    );
    setErrors(found);
    if (Object.keys(found).length === 0) go('subject');
  };
  return (
    <>
      <Form>
        <Item label="备案云服务">
          <Radio.Group value={values.service} onChange={set('service')}>
            <Radio name="云服务器">云服务器</Radio>
            <Radio name="备案授权码">备案授权码</Radio>
            <Radio name="建站主机">建站主机</Radio>
          </Radio.Group>
        </Item>
        <Item label="域名" error={errors.domain}>
          <Input className="domain" value={values.domain} onChange={set('domain')} placeholder="请输入域名，如 example.com" />
        </Item>
        <Item label="主办者性质">
          <Select appearance="button" value={values.nature} options={options('企业', '个人', '事业单位', '政府机关', '社会团体')} onChange={set('nature')} />
        </Item>
        <Item label="证件类型">
          <Select
            appearance="button"
            value={values.certType}
            options={options('营业执照（个人或企业）', '组织机构代码证', '身份证')}
            onChange={set('certType')}
          />
        </Item>
        <Item label="证件号码" error={errors.certNumber}>
          <Input className="org-certificate-number" value={values.certNumber} onChange={set('certNumber')} />
        </Item>
      </Form>
      <div className="actions">
        <Button type="primary" onClick={next}>
          立即备案
        </Button>
      </div>
    </>
  );
}

const ID_SHAPE = /^\d{17}[\dX]$/i;

function SubjectStep() {
  const [values, set] = useValues(draft.subject);
  const [errors, setErrors] = useState<Values>({});
  useEffect(() => {
    try {
      sessionStorage.setItem(TYPED_KEY, JSON.stringify(values));
    } catch {
      // Storage unavailable: a reload starts blank.
    }
  }, [values]);
  const next = () => {
    const found = check(
      {
        region: ['备案地域', ''],
        name: ['单位名称', ''],
        certAddress: ['证件住址', ''],
        investor: ['投资人或主管单位', ''],
        mailingAddress: ['通信地址', ''],
        pName: ['负责人姓名', ''],
        pIdNumber: ['证件号码', '请输入正确的身份证号码', ID_SHAPE],
        pMobile: ['联系方式', '请输入正确的手机号码', /^1\d{10}$/],
        pEmail: ['电子邮箱', '请输入正确的电子邮箱', /^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$/],
      },
      values,
    );
    setErrors(found);
    if (Object.keys(found).length === 0) {
      Object.assign(draft.subject, values);
      go('website');
    }
  };
  return (
    <>
      <h3>主办单位信息</h3>
      <Form>
        <Item label="备案地域" error={errors.region}>
          <Cascader
            type="menu"
            data={REGIONS}
            value={values.region ? values.region.split('/') : []}
            onChange={(value: string[]) => set('region')(value.join('/'))}
            placeholder="请选择备案地域"
          />
        </Item>
        <Item label="单位名称" error={errors.name}>
          <Input className="org-name" value={values.name} onChange={set('name')} />
        </Item>
        <Item label="证件住址" error={errors.certAddress}>
          <Input value={values.certAddress} onChange={set('certAddress')} />
        </Item>
        <Item label="投资人或主管单位" error={errors.investor}>
          <Input value={values.investor} onChange={set('investor')} />
        </Item>
        <Item label="通信地址" error={errors.mailingAddress}>
          <Input value={values.mailingAddress} onChange={set('mailingAddress')} placeholder="请填写到门牌号" />
        </Item>
        <Item label="主体信息备注" required={false}>
          <Input.TextArea value={values.remark} onChange={set('remark')} />
        </Item>
      </Form>
      <div className="principal-block">
        <h3>主体负责人信息</h3>
        <Form>
          <Item label="负责人姓名" error={errors.pName}>
            <Input className="legalPerson" value={values.pName} onChange={set('pName')} />
          </Item>
          <Item label="证件类型">
            <Select appearance="button" value={values.pIdType} options={ID_TYPES} onChange={set('pIdType')} />
          </Item>
          <Item label="证件号码" error={errors.pIdNumber}>
            <Input className="legalPersonCerNumber" value={values.pIdNumber} onChange={set('pIdNumber')} />
          </Item>
          <Item label="办公室电话" required={false}>
            <Input value={values.pOffice} onChange={set('pOffice')} />
          </Item>
          <Item label="联系方式" error={errors.pMobile}>
            <Input value={values.pMobile} onChange={set('pMobile')} />
          </Item>
          <Item label="电子邮箱" error={errors.pEmail}>
            <Input value={values.pEmail} onChange={set('pEmail')} />
          </Item>
        </Form>
      </div>
      <div className="actions">
        <Button onClick={() => go('verify')}>上一步</Button>
        <Button type="primary" onClick={next}>
          保存并下一步，填写网站信息
        </Button>
      </div>
    </>
  );
}

function WebsiteStep() {
  const [values, set] = useValues(draft.website);
  const [same, setSame] = useState(draft.sameAsSubject);
  const [preApprovals, setPreApprovals] = useState(draft.preApprovals);
  const [errors, setErrors] = useState<Values>({});
  const next = () => {
    const found = check({ name: ['网站名称', ''], content: ['网站服务内容', ''] }, values);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      Object.assign(draft.website, values);
      draft.sameAsSubject = same;
      draft.preApprovals = preApprovals;
      go('upload');
    }
  };
  return (
    <>
      <h3>网站1</h3>
      <Form>
        <Item label="网站名称" error={errors.name}>
          <Input value={values.name} onChange={set('name')} />
        </Item>
        <Item label="对应云服务" required={false}>
          <Form.Text>云服务器</Form.Text>
        </Item>
        <Item label="网站域名" required={false}>
          <Input value="example.com" disabled />
        </Item>
        <Item label="网站首页 URL" required={false}>
          <Input value="www.example.com" disabled />
        </Item>
        <Item label="网站服务内容" error={errors.content}>
          <Select appearance="button" value={values.content} options={options('单位门户网站', '博客', '其他')} onChange={set('content')} placeholder="请选择" />
        </Item>
        <Item label="前置或专项审批内容类型">
          <Checkbox.Group value={preApprovals} onChange={setPreApprovals}>
            <Checkbox name="新闻">新闻</Checkbox>
            <Checkbox name="出版">出版</Checkbox>
            <Checkbox name="以上都不涉及">以上都不涉及</Checkbox>
          </Checkbox.Group>
        </Item>
      </Form>
      <h4>
        网站负责人{' '}
        <Checkbox value={same} onChange={setSame}>
          同主体负责人
        </Checkbox>
      </h4>
      <Form>
        <Item label="网站备注" required={false}>
          <Input.TextArea value={values.remark} onChange={set('remark')} />
        </Item>
      </Form>
      <div className="actions">
        <Button onClick={() => go('subject')}>上一步</Button>
        <Button type="primary" onClick={next}>
          保存并下一步，上传材料
        </Button>
      </div>
    </>
  );
}

/** 上传材料: a picked file is shown by Tea's Upload.Image preset and never leaves the page. */
function UploadStep() {
  const [files, setFiles] = useState(draft.files);
  const slot = (label: string) => (
    <Item label={label}>
      <Upload
        beforeUpload={(file: File) => {
          setFiles((f) => ({ ...f, [label]: [...(f[label] ?? []), file.name] }));
          return false;
        }}
      >
        <div>
          {(files[label] ?? []).map((name) => (
            <Upload.Image key={name} filename={name} percent={100} />
          ))}
          <Button>上传文件</Button>
        </div>
      </Upload>
    </Item>
  );
  return (
    <>
      <h3>上传材料</h3>
      <Form>
        {slot('主办单位证件')}
        {slot('主体负责人证件')}
      </Form>
      <div className="actions">
        <Button onClick={() => go('website')}>上一步</Button>
        <Button
          type="primary"
          onClick={() => {
            draft.files = files;
            go('submitted');
          }}
        >
          下一步，确认备案信息
        </Button>
      </div>
    </>
  );
}

export function App() {
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(routeOf(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const current = Math.min(ROUTES.indexOf(route), STEP_TITLES.length - 1);
  return (
    <>
      <header className="beian-header">
        <span className="brand">腾讯云</span>
        <span>网站备案</span>
      </header>
      <main className="beian-page" data-route={route}>
        <Stepper current={STEP_TITLES[current]} steps={STEP_TITLES.map((label) => ({ id: label, label }))} />
        {route === 'verify' && <VerifyStep />}
        {route === 'subject' && <SubjectStep />}
        {route === 'website' && <WebsiteStep />}
        {route === 'upload' && <UploadStep />}
        {route === 'submitted' && <p>备案信息已提交（演示）</p>}
      </main>
    </>
  );
}
