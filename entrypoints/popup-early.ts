// Loaded first by popup.html, as a classic async script: asks the tab for its
// report while the popup's modules load (see src/ui/first-state.ts). Kept
// small: the browsers' own promise APIs, without the polyfill.

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { nativeExtensionApi } from '../src/native-api';
import { publishFirstState } from '../src/ui/first-state';
import { loadPopupState, tabIdFromSearch, tabsDeps, type TabsApi } from '../src/ui/popup-state';

export default defineUnlistedScript(() => {
  const tabs = nativeExtensionApi<{ tabs?: TabsApi }>()?.tabs;
  // Without the API (never in the popup) the popup's module asks by itself.
  if (tabs) publishFirstState(loadPopupState(tabIdFromSearch(location.search), tabsDeps(tabs)));
});
