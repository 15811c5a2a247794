import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../assets/popup.css';
import { Popup, type PopupActions } from '../../src/ui/Popup';
import { loadPopupState, tabIdFromSearch, type PopupDeps, type PopupState } from '../../src/ui/popup-state';

const tabIdParam = tabIdFromSearch(location.search);
if (tabIdParam !== null) document.documentElement.classList.add('in-tab');

const deps: PopupDeps = {
  async getTab(id) {
    const tab = id === null ? (await browser.tabs.query({ active: true, currentWindow: true }))[0] : await browser.tabs.get(id);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  },
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
};

// A popup closes once it has opened a tab; the same screen shown in a tab stays.
function closePopup() {
  if (tabIdParam === null) window.close();
}

function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const load = useCallback(() => {
    setState({ kind: 'loading' });
    void loadPopupState(tabIdParam, deps).then(setState);
  }, []);
  useEffect(load, [load]);

  const actions: PopupActions = {
    retry: load,
    openInTab: (tabId) => {
      void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) });
      closePopup();
    },
    openNotes: () => {
      void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') });
      closePopup();
    },
  };
  return <Popup state={state} actions={actions} inTab={tabIdParam !== null} />;
}

render(<App />, document.getElementById('app')!);
