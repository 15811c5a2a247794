// The popup's screens, one per state: never a blank popup. Presentational:
// the state comes in, user intents go out through `actions`.

import type { CategorySettings } from '../page/category-settings';
import type { PopupState } from './popup-state';
import { Brand } from './Brand';
import { ReportView } from './ReportView';
import type { LibraryView } from '../library/since';

export interface PopupActions {
  retry(): void;
  /** Injects the analysis into a page the extension does not read by itself. */
  analyze(tabId: number): void;
  /** Shows or hides highlight categories in every tab. */
  setCategories(settings: CategorySettings): void;
  /** Analyzes an official page that does not look like a statement. */
  analyzeAnyway(tabId: number): void;
  /** Scrolls the tab to a commitment, an entity mention or (note: true) a note, and flashes it; false when it is gone. */
  reveal(tabId: number, id: string, note?: boolean): Promise<boolean>;
  copy(text: string): Promise<void>;
  openInTab(tabId: number): void;
  openNotes(): void;
  openLibrary(): void;
  /** Removes the page's statement from the library. */
  forgetPage(url: string): Promise<void>;
}

interface Props {
  state: PopupState;
  actions: PopupActions;
  /** True when the popup is already shown in a full tab (?tab=ID). */
  inTab: boolean;
  /** The highlight categories shown; null until read from storage. */
  categories: CategorySettings | null;
  /** The page in the reader's library (kept? what changed since the last round?), once read. */
  library?: LibraryView | null;
}

export function Popup({ state, actions, inTab, categories, library }: Props) {
  return (
    <main class="popup" aria-live="polite" aria-busy={state.kind === 'loading'}>
      <Brand />
      <Body state={state} actions={actions} inTab={inTab} categories={categories} library={library} />
      <footer class="popup__footer">
        <button type="button" onClick={actions.openNotes}>
          Notes
        </button>
        <button type="button" onClick={actions.openLibrary}>
          Library
        </button>
      </footer>
    </main>
  );
}

function Body({ state, actions, inTab, categories, library }: Props) {
  switch (state.kind) {
    case 'loading':
      return <p class="popup__message">Reading the page…</p>;
    case 'restricted':
      return (
        <section class="popup__message" aria-labelledby="restricted-title">
          <h1 id="restricted-title">This page can't be read</h1>
          <p>{state.reason}</p>
        </section>
      );
    case 'unavailable':
      return (
        <section class="popup__message" aria-labelledby="unavailable-title">
          <h1 id="unavailable-title">Not an official statement site</h1>
          <p>
            Diplomatic Lens reads pages on state.gov, its archives, and U.S. embassy and mission sites by
            itself. It can read this page too, if you ask: nothing leaves your browser.
          </p>
          <button type="button" onClick={() => actions.analyze(state.tabId)}>
            Analyze this page
          </button>
        </section>
      );
    case 'error':
      return (
        <section class="popup__message popup__message--error" role="alert" aria-labelledby="error-title">
          <h1 id="error-title">Something went wrong</h1>
          <p>{state.message}</p>
          <button type="button" onClick={actions.retry}>
            Try again
          </button>
        </section>
      );
    case 'report': {
      const { report, tabId } = state;
      if (report.status === 'error') {
        return (
          <section class="popup__message popup__message--error" role="alert" aria-labelledby="page-error-title">
            <h1 id="page-error-title">This page could not be read</h1>
            <p>{report.error ?? 'The content script stopped with an unknown error.'}</p>
            <button type="button" onClick={actions.retry}>
              Try again
            </button>
          </section>
        );
      }
      const statement = report.statement;
      if (report.status === 'not-statement' || !statement) {
        return (
          <section class="popup__message" aria-labelledby="not-statement-title">
            <h1 id="not-statement-title">Not a statement page</h1>
            <p>
              This official page is not a statement, briefing or readout{statement?.title ? `: “${statement.title}”` : ''}.
            </p>
            <button type="button" onClick={() => actions.analyzeAnyway(tabId)}>
              Analyze this page anyway
            </button>
          </section>
        );
      }
      return <ReportView report={{ ...report, statement }} tabId={tabId} actions={actions} inTab={inTab} categories={categories} library={library} />;
    }
  }
}
