// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../messaging/messages';
import { Popup, type PopupActions } from './Popup';
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

function actions(): PopupActions {
  return { retry: vi.fn(), analyze: vi.fn(), setCategories: vi.fn(), openInTab: vi.fn(), openNotes: vi.fn() };
}

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
    expect(host.querySelector('.report__facts')?.textContent).toBe('2026-01-14 · Office of the Spokesperson');
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
});
