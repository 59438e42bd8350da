import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox has sidebar_action instead.
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  void chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  if (import.meta.env.FIREFOX) {
    browser.action.onClicked.addListener(() => void (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction.toggle());
  }
});
