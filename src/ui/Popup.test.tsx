// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageReport } from '../messaging/messages';
import { Popup } from './Popup';
import { mockPopupActions } from './test-helpers';
import type { PopupState } from './popup-state';
import { ALL_ON, type CategorySettings } from '../page/category-settings';

const annotated: PageReport = {
  status: 'annotated',
  url: 'https://www.state.gov/releases/x/',
  adapter: 'state-gov',
  statement: {
    isStatement: true,
    type: 'Joint Statement',
    date: '2026-01-14',
    office: 'Office of the Spokesperson',
    location: null,
    title: '<img src=x onerror=alert(1)> Joint Statement on Trade',
  },
  counts: { commitments: 5, entities: 17 },
};

const withDigest: PageReport = {
  ...annotated,
  statement: { ...annotated.statement!, title: 'Joint Statement on Trade', location: 'Santiago' },
  digest: {
    parties: ['United States', 'Chile'],
    summary: ['The United States and Chile held their third Trade Dialogue.', 'They agreed to meet again in 2027.'],
    commitments: [
      { id: 'c0', strength: 'support', text: 'Chile expressed support for the plan.', actors: ['Chile'], trigger: 'expressed support', time: null, place: null, means: null },
      { id: 'c1', strength: 'firm', text: 'They agreed to meet.', actors: [], trigger: 'agreed to', time: null, place: null, means: null },
      { id: 'c2', strength: 'firm', text: 'They agreed to meet again in 2027 in Washington.', actors: ['United States', 'Chile'], trigger: 'agreed to', time: 'in 2027', place: 'Washington', means: null },
      { id: 'c3', strength: 'intent', text: 'Chile intends to <script>x</script> open a consulate.', actors: ['Chile'], trigger: 'intends to', time: null, place: null, means: null },
    ],
    entities: [
      { key: 'chile', type: 'country', text: 'Chile', mentions: 3, ids: ['e0', 'e2', 'e5'] },
      ...Array.from({ length: 8 }, (_, i) => ({ key: `city${i}`, type: 'place' as const, text: `City ${i}`, mentions: 1, ids: [`p${i}`] })),
    ],
    omitted: { commitments: 0, entities: 0 },
  },
};

const actions = mockPopupActions;

function show(state: PopupState, inTab = false, handlers = actions(), categories: CategorySettings | null = null) {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => render(<Popup state={state} actions={handlers} inTab={inTab} categories={categories} />, host));
  return { host, handlers };
}

const button = (host: Element, name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement | undefined;

afterEach(() => {
  document.body.textContent = '';
});

describe('Popup', () => {
  it('shows a loading screen, marked busy for screen readers', () => {
    const { host } = show({ kind: 'loading' });
    expect(host.textContent).toContain('Reading the page');
    expect(host.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });

  it('shows the statement: type, title, facts and counts', () => {
    const { host } = show({ kind: 'report', tabId: 3, report: annotated });
    expect(host.querySelector('.report__type')?.textContent).toBe('Joint Statement');
    expect(host.querySelector('.report__facts')?.textContent).toBe('January 14, 2026 · Office of the Spokesperson');
    expect(host.querySelector('[data-testid="commitment-count"]')?.textContent).toBe('5');
    expect(host.querySelector('[data-testid="entity-count"]')?.textContent).toBe('17');
  });

  it('renders page text as text, never as markup', () => {
    const { host } = show({ kind: 'report', tabId: 3, report: annotated });
    expect(host.querySelector('#report-title')?.textContent).toBe(annotated.statement!.title);
    expect(host.querySelector('#report-title img')).toBeNull();
  });

  it('opens itself in a tab from the popup, but not from a tab', () => {
    const { host, handlers } = show({ kind: 'report', tabId: 3, report: annotated });
    act(() => button(host, 'Open in a tab')!.click());
    expect(handlers.openInTab).toHaveBeenCalledWith(3);
    document.body.textContent = '';
    expect(button(show({ kind: 'report', tabId: 3, report: annotated }, true).host, 'Open in a tab')).toBeUndefined();
  });

  it('says when the page is not a statement', () => {
    const { host } = show({ kind: 'report', tabId: 3, report: { ...annotated, status: 'not-statement' } });
    expect(host.querySelector('h1')?.textContent).toBe('Not a statement page');
  });

  it('explains restricted and unavailable pages', () => {
    expect(show({ kind: 'restricted', reason: 'Browser page.' }).host.textContent).toContain("This page can't be read");
    const unavailable = show({ kind: 'unavailable', tabId: 1, url: null });
    expect(unavailable.host.textContent).toContain('Not an official statement site');
    act(() => button(unavailable.host, 'Analyze this page')!.click());
    expect(unavailable.handlers.analyze).toHaveBeenCalledWith(1);
  });

  it('shows errors with a way to retry, for the popup and for the page', () => {
    const { host, handlers } = show({ kind: 'error', message: 'Tab 5 is closed.' });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Tab 5 is closed.');
    act(() => button(host, 'Try again')!.click());
    expect(handlers.retry).toHaveBeenCalled();
    const page = show({ kind: 'report', tabId: 3, report: { ...annotated, status: 'error', error: 'boom' } });
    expect(page.host.querySelector('[role="alert"]')?.textContent).toContain('boom');
  });

  it('shows the legend as switches, and turning one off saves the new settings', () => {
    const { host, handlers } = show({ kind: 'report', tabId: 3, report: annotated }, false, actions(), ALL_ON);
    const boxes = [...host.querySelectorAll<HTMLInputElement>('.legend input[type="checkbox"]')];
    expect(boxes).toHaveLength(9);
    expect(boxes.every((box) => box.checked)).toBe(true);
    const firm = [...host.querySelectorAll('.legend__item')].find((label) => label.textContent === 'Firm commitments')!.querySelector('input')!;
    act(() => firm.click());
    expect(handlers.setCategories).toHaveBeenCalledWith({ ...ALL_ON, firm: false });
  });

  it('always offers the notes', () => {
    const { host, handlers } = show({ kind: 'loading' });
    act(() => button(host, 'Notes')!.click());
    expect(handlers.openNotes).toHaveBeenCalled();
  });

  it('lists parties, the summary, the key commitments first and every commitment by strength', () => {
    const { host } = show({ kind: 'report', tabId: 3, report: withDigest });
    expect(host.querySelector('.report__facts')?.textContent).toBe('January 14, 2026 · Office of the Spokesperson · Santiago');
    expect([...host.querySelectorAll('.parties li')].map((li) => li.textContent)).toEqual(['United States', 'Chile']);
    expect(host.querySelectorAll('[data-testid="summary"] p')).toHaveLength(2);
    const key = [...host.querySelectorAll('[data-testid="key-commitments"] button')].map((b) => b.getAttribute('data-commitment-id'));
    expect(key).toEqual(['c2', 'c1', 'c3']);
    expect(host.querySelectorAll('[data-testid="commitments-firm"] li')).toHaveLength(2);
    expect(host.querySelectorAll('[data-testid="commitments-intent"] li')).toHaveLength(1);
    expect(host.querySelectorAll('[data-testid="commitments-support"] li')).toHaveLength(1);
    expect(host.querySelector('[data-testid="key-commitments"] .commitment__facts')?.textContent).toBe('Who: United States, Chile · When: in 2027 · Where: Washington');
    expect(host.querySelector('script')).toBeNull();
    expect(host.textContent).toContain('Chile intends to <script>x</script> open a consulate.');
  });

  it('shows a commitment in the page on click, and says so when it is gone', async () => {
    const handlers = actions();
    const { host } = show({ kind: 'report', tabId: 3, report: withDigest }, false, handlers);
    await act(async () => (host.querySelector('[data-commitment-id="c3"]') as HTMLButtonElement).click());
    expect(handlers.reveal).toHaveBeenCalledWith(3, 'c3', false);
    expect(host.querySelector('[data-testid="status"]')?.textContent).toBe('');
    handlers.reveal.mockResolvedValueOnce(false);
    await act(async () => (host.querySelector('[data-commitment-id="c1"]') as HTMLButtonElement).click());
    expect(host.querySelector('[data-testid="status"]')?.textContent).toBe('That passage is no longer on the page.');
  });

  it('groups entities by type with counts, steps through mentions, and folds long groups', async () => {
    const handlers = actions();
    const { host } = show({ kind: 'report', tabId: 3, report: withDigest }, false, handlers);
    const chile = host.querySelector('[data-testid="entities-country"] .entity') as HTMLButtonElement;
    expect(chile.textContent).toBe('Chile 3');
    for (let i = 0; i < 4; i++) await act(async () => chile.click());
    expect(handlers.reveal.mock.calls.map((call) => call[1])).toEqual(['e0', 'e2', 'e5', 'e0']);
    const places = host.querySelector('[data-testid="entities-place"]')!;
    expect(places.querySelectorAll('.entity')).toHaveLength(6);
    act(() => button(places, 'Show all 8')!.click());
    expect(places.querySelectorAll('.entity')).toHaveLength(8);
    expect(button(places, 'Show fewer')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('copies the Markdown brief and the citation, and says it did', async () => {
    const handlers = actions();
    const { host } = show({ kind: 'report', tabId: 3, report: withDigest }, false, handlers);
    await act(async () => button(host, 'Copy as Markdown')!.click());
    const markdown = handlers.copy.mock.calls[0]![0] as string;
    for (const c of withDigest.digest!.commitments) expect(markdown).toContain(c.text.replace(/[<>]/g, (char) => `\\${char}`));
    expect(host.querySelector('[data-testid="status"]')?.textContent).toBe('Markdown copied.');
    await act(async () => button(host, 'Copy citation')!.click());
    expect(handlers.copy.mock.calls[1]![0]).toBe(`“Joint Statement on Trade.” Joint Statement, Office of the Spokesperson, U.S. Department of State, January 14, 2026. ${annotated.url}`);
    handlers.copy.mockRejectedValueOnce(new Error('Document is not focused.'));
    await act(async () => button(host, 'Copy citation')!.click());
    expect(host.querySelector('[data-testid="status"]')?.textContent).toBe('Could not copy: Document is not focused.');
  });

  it('offers to analyze an official page that is not a statement anyway', () => {
    const { host, handlers } = show({ kind: 'report', tabId: 4, report: { ...annotated, status: 'not-statement' } });
    act(() => button(host, 'Analyze this page anyway')!.click());
    expect(handlers.analyzeAnyway).toHaveBeenCalledWith(4);
  });

  it('gives every button a visible name', () => {
    const { host } = show({ kind: 'report', tabId: 3, report: withDigest }, false, actions(), ALL_ON);
    for (const b of host.querySelectorAll('button')) expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
  });

  it('lists the notes on the page, placed ones a click away, unplaced ones kept with their quote', async () => {
    const handlers = actions();
    const report: PageReport = {
      ...withDigest,
      notes: [
        { id: 'n1', quote: 'agreed to meet', body: 'Check <b>date</b>', tags: ['trade'], color: 'green', placed: true },
        { id: 'n2', quote: 'a passage since removed', body: '', tags: [], color: 'yellow', placed: false },
      ],
    };
    const { host } = show({ kind: 'report', tabId: 3, report }, false, handlers);
    const section = host.querySelector('[data-testid="page-notes"]')!;
    expect(section.querySelector('h2')?.textContent).toBe('Your notes (2)');
    expect(section.querySelector('b')).toBeNull();
    await act(async () => (section.querySelector('button[data-note-id="n1"]') as HTMLButtonElement).click());
    expect(handlers.reveal).toHaveBeenCalledWith(3, 'n1', true);
    const missing = section.querySelector('[data-note-id="n2"]')!;
    expect(missing.tagName).toBe('DIV');
    expect(missing.textContent).toContain('Not found on this page');
    expect(missing.textContent).toContain('a passage since removed');
  });

  it('forgets the page in the library when it is kept there, and says so', async () => {
    const handlers = actions();
    const host = document.createElement('div');
    document.body.append(host);
    act(() => render(<Popup state={{ kind: 'report', tabId: 3, report: withDigest }} actions={handlers} inTab={false} categories={null} library={{ kept: true, since: null }} />, host));
    await act(async () => button(host, 'Forget this page')!.click());
    expect(handlers.forgetPage).toHaveBeenCalledWith(withDigest.url);
    expect(host.querySelector('[data-testid="status"]')?.textContent).toBe('This page is no longer in your library.');
    document.body.textContent = '';
    expect(button(show({ kind: 'report', tabId: 3, report: withDigest }).host, 'Forget this page')).toBeUndefined();
  });
});
