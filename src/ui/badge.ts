// The toolbar badge for a tab: how many commitments the page holds, so the
// reader sees at a glance which statements bind anyone to anything.

import type { PageReport } from '../messaging/messages';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const NAVY = '#1b2a4a';
const ALERT = '#b3261e';

export function badgeFor(report: PageReport): Badge {
  if (report.status === 'error') {
    return { text: '!', color: ALERT, title: `Diplomatic Lens: could not read this page (${report.error ?? 'unknown error'})` };
  }
  if (report.status === 'not-statement') {
    return { text: '', color: NAVY, title: 'Diplomatic Lens: not a statement page' };
  }
  const { commitments, entities } = report.counts;
  const type = report.statement?.type ?? 'Statement';
  return {
    text: commitments > 0 ? String(Math.min(commitments, 999)) : '',
    color: NAVY,
    title: `Diplomatic Lens: ${type}, ${commitments} commitment${commitments === 1 ? '' : 's'}, ${entities} entit${entities === 1 ? 'y' : 'ies'}`,
  };
}
