import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/popup.css';
import { LibraryStore } from '../../src/library/store';
import { isLibraryEnabled, LIBRARY_SETTING_KEY } from '../../src/messaging/library-messages';
import { downloadText } from '../../src/ui/download';
import { LibraryPage } from '../../src/ui/LibraryPage';

render(
  <LibraryPage
    store={LibraryStore.open()}
    setting={{
      get: async () => isLibraryEnabled(await browser.storage.local.get(LIBRARY_SETTING_KEY)),
      set: (enabled) => browser.storage.local.set({ [LIBRARY_SETTING_KEY]: enabled }),
    }}
    download={downloadText}
  />,
  document.getElementById('app')!,
);
