import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../assets/popup.css';
import { ANALYZE_ANYWAY, isAnalyzeTabResult, isPageReport, isRevealResult, revealSpan, type AnalyzeTab } from '../../src/messaging/messages';
import { loadSettings, saveSettings, type CategorySettings } from '../../src/page/category-settings';
import { Popup, type PopupActions } from '../../src/ui/Popup';
import { loadPopupState, tabIdFromSearch, tabsDeps, type PopupDeps, type PopupState } from '../../src/ui/popup-state';
import { takeFirstState } from '../../src/ui/first-state';
import { sinceView, type LibraryView } from '../../src/library/since';

const libraryModules = () => Promise.all([import('../../src/library/store'), import('../../src/notes/document-key')]);

/** The page in the library: kept or not, and what changed since the last round of its series; null on any failure (it is extra). */
async function loadLibraryView(url: string): Promise<LibraryView | null> {
  try {
    // Loaded after the first render: the summary does not wait for the library's code.
    const [{ LibraryStore }, { documentKey }] = await libraryModules();
    const store = await LibraryStore.open();
    try {
      const current = await store.get(documentKey(url));
      const previous = current ? await store.previous(current) : null;
      return { kept: !!current, since: current && previous ? sinceView(previous, current) : null };
    } finally {
      store.close();
    }
  } catch {
    return null;
  }
}

async function forgetPage(url: string): Promise<void> {
  const [{ LibraryStore }, { documentKey }] = await libraryModules();
  const store = await LibraryStore.open();
  try {
    await store.delete(documentKey(url));
  } finally {
    store.close();
  }
}

const tabIdParam = tabIdFromSearch(location.search);
if (tabIdParam !== null) document.documentElement.classList.add('in-tab');

const deps: PopupDeps = tabsDeps(browser.tabs);
// Asked for by popup-early.js while this module loaded; null if it did not run.
const first = takeFirstState();

// A popup closes once it has opened a tab; the same screen shown in a tab stays.
function closePopup() {
  if (tabIdParam === null) window.close();
}

/** The freshly injected script needs a moment; ask again until it answers or time runs out. */
async function waitForReport(tabId: number): Promise<PopupState> {
  const deadline = Date.now() + INJECTED_ANSWER_MS;
  for (;;) {
    const state = await loadPopupState(tabId, deps);
    if (state.kind !== 'unavailable' || Date.now() > deadline) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How long an injected script may take to answer before the popup gives up. */
const INJECTED_ANSWER_MS = 5000;

function App() {
  const [state, setState] = useState<PopupState>(() => first?.settled ?? { kind: 'loading' });
  const [categories, setCategoriesState] = useState<CategorySettings | null>(null);
  const [library, setLibrary] = useState<LibraryView | null>(null);
  const reportUrl = state.kind === 'report' && state.report.status === 'annotated' ? state.report.url : null;
  useEffect(() => {
    setLibrary(null);
    if (reportUrl) void loadLibraryView(reportUrl).then(setLibrary);
  }, [reportUrl]);
  useEffect(() => {
    void loadSettings(browser.storage.local).then(setCategoriesState);
  }, []);
  const load = useCallback(() => {
    setState({ kind: 'loading' });
    void loadPopupState(tabIdParam, deps).then(setState);
  }, []);
  useEffect(() => {
    // When the first render already showed the settled state, setting the same object again changes nothing.
    if (first) void first.promise.then(setState);
    else load();
  }, [load]);

  // One object for the popup's life: the report's lists, memoized on it, are not rendered again when the toggles or the library arrive.
  const actions = useMemo<PopupActions>(() => ({
    retry: load,
    setCategories: (settings) => {
      setCategoriesState(settings);
      void saveSettings(browser.storage.local, settings);
    },
    analyze: (tabId) => {
      setState({ kind: 'loading' });
      browser.runtime
        .sendMessage({ type: 'dl/analyze-tab', tabId } satisfies AnalyzeTab)
        .then((answer: unknown) => {
          if (!isAnalyzeTabResult(answer)) throw new Error('the extension gave no answer');
          if (!answer.ok) throw new Error(answer.error);
          return waitForReport(tabId);
        })
        .then(setState, (error: unknown) => setState({ kind: 'error', message: `Could not analyze this page: ${error instanceof Error ? error.message : String(error)}` }));
    },
    analyzeAnyway: (tabId) => {
      setState({ kind: 'loading' });
      deps
        .sendToTab(tabId, ANALYZE_ANYWAY)
        .then((answer) => {
          if (!isPageReport(answer)) throw new Error('the page gave no report');
          setState({ kind: 'report', tabId, report: answer });
        })
        .catch((error: unknown) => setState({ kind: 'error', message: `Could not analyze this page: ${error instanceof Error ? error.message : String(error)}` }));
    },
    reveal: async (tabId, id, note) => {
      const answer = await deps.sendToTab(tabId, revealSpan(id, note));
      return isRevealResult(answer) && answer.found;
    },
    copy: (text) => navigator.clipboard.writeText(text),
    openInTab: (tabId) => {
      void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) });
      closePopup();
    },
    openNotes: () => {
      void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') });
      closePopup();
    },
    forgetPage: async (url) => {
      await forgetPage(url);
      setLibrary({ kept: false, since: null });
    },
    openLibrary: () => {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      closePopup();
    },
  }), [load]);
  return <Popup state={state} actions={actions} inTab={tabIdParam !== null} categories={categories} library={library} />;
}

render(<App />, document.getElementById('app')!);
