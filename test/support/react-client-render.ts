/**
 * Renders a React element as a browser does (react-dom/client, effects run), into a fresh element
 * of the current document: for libraries whose server render leaves out what their effects fill
 * in (tdesign-react's Select and Cascader show the chosen label only after mounting). Needs a DOM
 * (vitest's happy-dom environment, or happy-dom globals set by the caller).
 */
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders `element` into a new div at the end of <body>; returns its markup and a cleanup. */
export async function clientRender(element: ReactElement): Promise<{ host: HTMLElement; html: string; unmount: () => void }> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  await act(async () => root.render(element));
  return {
    host,
    html: host.innerHTML,
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}
