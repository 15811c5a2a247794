// "Analyze this page": the content script, injected on the reader's request
// into a tab the extension may not read by itself. activeTab grants it for
// the tab the popup was opened on; Chrome's Manifest V3 injects through
// `scripting`, Firefox's Manifest V2 through `tabs`.

/** The parts of the extension API used to inject, in either manifest version. */
export interface InjectionApi {
  scripting?: {
    executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown>;
    insertCSS(options: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  tabs: {
    executeScript?(tabId: number, details: { file: string }): Promise<unknown>;
    insertCSS?(tabId: number, details: { file: string }): Promise<unknown>;
  };
}

const SCRIPT = 'content-scripts/content.js';
const STYLES = 'content-scripts/content.css';

export async function injectContentScript(api: InjectionApi, tabId: number): Promise<void> {
  if (api.scripting) {
    await api.scripting.insertCSS({ target: { tabId }, files: [STYLES] });
    await api.scripting.executeScript({ target: { tabId }, files: [SCRIPT] });
    return;
  }
  if (!api.tabs.executeScript || !api.tabs.insertCSS) throw new Error('This browser cannot add the analysis to this page.');
  await api.tabs.insertCSS(tabId, { file: `/${STYLES}` });
  await api.tabs.executeScript(tabId, { file: `/${SCRIPT}` });
}
