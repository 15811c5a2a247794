// @vitest-environment happy-dom
// The popup renders once more when the toggles and the library arrive (after
// its first paint): the long lists must not be rendered again for that.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import type { PageReport } from '../messaging/messages';
import { ALL_ON } from '../page/category-settings';
import { Popup } from './Popup';
import { mockPopupActions } from './test-helpers';

const renders = vi.hoisted(() => ({ commitments: 0 }));
vi.mock('./CommitmentSections', async (importOriginal) => {
  const original = await importOriginal<typeof import('./CommitmentSections')>();
  return {
    CommitmentSections: (props: Parameters<typeof original.CommitmentSections>[0]) => {
      renders.commitments++;
      return original.CommitmentSections(props);
    },
  };
});

const report = (summary: string): PageReport => ({
  status: 'annotated',
  url: 'https://www.state.gov/releases/y/',
  adapter: 'state-gov',
  statement: { isStatement: true, type: 'Readout', date: '2026-03-02', office: null, location: null, title: 'Readout of a Call' },
  counts: { commitments: 1, entities: 0 },
  digest: {
    parties: ['Peru'],
    summary: [summary],
    commitments: [{ id: 'c0', strength: 'intent', text: 'Peru plans to host the talks.', actors: ['Peru'], trigger: 'plans to', time: null, place: null, means: null }],
    entities: [],
    omitted: { commitments: 0, entities: 0 },
  },
});

const actions = mockPopupActions();

afterEach(() => {
  document.body.textContent = '';
});

it('does not render the lists again when only the toggles or the library arrive', () => {
  const host = document.body.appendChild(document.createElement('div'));
  const first = report('A call took place.');
  act(() => render(<Popup state={{ kind: 'report', tabId: 4, report: first }} actions={actions} inTab={false} categories={null} />, host));
  expect(renders.commitments).toBe(1);

  act(() => render(<Popup state={{ kind: 'report', tabId: 4, report: first }} actions={actions} inTab={false} categories={ALL_ON} library={{ kept: true, since: null }} />, host));
  expect(renders.commitments).toBe(1);
  expect(host.querySelector('.legend')).not.toBeNull();
  expect(host.textContent).toContain('Forget this page');
  expect(host.textContent).toContain('Peru plans to host the talks.');

  const second = report('Another call took place.');
  act(() => render(<Popup state={{ kind: 'report', tabId: 4, report: second }} actions={actions} inTab={false} categories={ALL_ON} />, host));
  expect(renders.commitments).toBe(2);
});
