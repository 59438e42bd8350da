/** Every side-panel action as a mock, for component tests of PanelView. */
import { vi } from 'vitest';
import type { PanelActions } from '../../components/panel/panel-view';

export type MockPanelActions = { [K in keyof PanelActions]: ReturnType<typeof vi.fn> };

export function mockPanelActions(): MockPanelActions {
  return {
    focusField: vi.fn(),
    setLang: vi.fn(),
    setRuleEnabled: vi.fn(),
    setPrepared: vi.fn(),
    print: vi.fn(),
    setDeclarations: vi.fn(),
    setPrincipalFlag: vi.fn(),
    teachField: vi.fn(),
    forgetTaught: vi.fn(),
    exportTaught: vi.fn(),
    importTaught: vi.fn(),
  };
}
