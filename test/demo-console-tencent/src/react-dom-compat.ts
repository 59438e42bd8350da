/**
 * tea-component 2.8.0 (and the react-transition-group it uses) call `ReactDOM.findDOMNode`, which
 * React 19 removed: without it every Tea form item throws on mount. The demo's build resolves
 * `react-dom` here (vite.config.ts): React DOM as it is, plus a findDOMNode that returns the first
 * DOM node a class instance renders (its fiber's first host descendant). Demo only.
 */
import * as ReactDOM from 'react-dom';

export * from 'react-dom';

interface Fiber {
  stateNode: unknown;
  child: Fiber | null;
}

export function findDOMNode(instance: unknown): Element | Text | null {
  if (instance == null) return null;
  if (instance instanceof Element || instance instanceof Text) return instance;
  let fiber = (instance as { _reactInternals?: Fiber })._reactInternals?.child ?? null;
  while (fiber) {
    if (fiber.stateNode instanceof Element || fiber.stateNode instanceof Text) return fiber.stateNode;
    fiber = fiber.child;
  }
  return null;
}

export default { ...ReactDOM, findDOMNode };
