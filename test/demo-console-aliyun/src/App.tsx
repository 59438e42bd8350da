/** @jsxImportSource react */
/**
 * The wizard of a first filing as Alibaba Cloud's help pages describe it: 基础信息校验 → 填写主办者信息
 * → 填写网站信息 → 上传资料 → 提交. The step is in the hash (#/verify, #/subject, #/website,
 * #/upload, #/submitted) so that tests can open one directly. [I] The step bar's titles are not
 * confirmed on the live console.
 */
import { Steps } from 'antd';
import { useEffect, useState } from 'react';
import { StoreProvider } from './store';
import { SubjectStep } from './steps/SubjectStep';
import { SubmittedStep } from './steps/SubmittedStep';
import { UploadStep } from './steps/UploadStep';
import { VerifyStep } from './steps/VerifyStep';
import { WebsiteStep } from './steps/WebsiteStep';

export const ROUTES = ['verify', 'subject', 'website', 'upload', 'submitted'] as const;
export type Route = (typeof ROUTES)[number];

const STEP_TITLES = ['基础信息校验', '填写主办者信息', '填写网站信息', '上传资料', '提交备案'];

const routeOf = (hash: string): Route => ((ROUTES as readonly string[]).find((r) => hash === `#/${r}`) as Route | undefined) ?? 'verify';

export function go(route: Route): void {
  window.location.hash = `#/${route}`;
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
  return (
    <StoreProvider>
      <header className="icp-header">
        <span className="brand">阿里云</span>
        <span>ICP代备案管理系统</span>
      </header>
      <main className="icp-page" data-route={route}>
        <div className="icp-page-form">
          <Steps current={ROUTES.indexOf(route)} items={STEP_TITLES.map((title) => ({ title }))} />
          {route === 'verify' && <VerifyStep />}
          {route === 'subject' && <SubjectStep />}
          {route === 'website' && <WebsiteStep />}
          {route === 'upload' && <UploadStep />}
          {route === 'submitted' && <SubmittedStep />}
        </div>
      </main>
    </StoreProvider>
  );
}
