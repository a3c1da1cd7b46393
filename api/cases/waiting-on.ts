import type { CaseRow } from './case.views';

type WaitingFacts = Pick<CaseRow, 'stage' | 'status' | 'schoolName' | 'areaName' | 'stageEnteredAt' | 'dueAt' | 'daysWaiting' | 'outcome' | 'closedAt'>;

/** Says in plain words who a case waits on, since when, until when, and for how many days. */
export function describeWaiting(row: WaitingFacts, timeZone: string): { waitingOn: string | null; summary: string } {
  const date = (iso: string) => new Date(iso).toLocaleDateString('en-US', { timeZone, month: 'short', day: 'numeric', year: 'numeric' });

  if (row.status === 'closed') {
    return { waitingOn: null, summary: `Closed (${row.outcome?.replace(/_/g, ' ') ?? 'no outcome'})${row.closedAt ? ` on ${date(row.closedAt)}` : ''}.` };
  }

  const waitingOn = whoOwns(row);
  const due = row.dueAt ? `, due ${date(row.dueAt)}` : '';
  const days = row.daysWaiting === 1 ? '1 day' : `${row.daysWaiting} days`;

  return { waitingOn, summary: `Waiting on ${waitingOn} since ${date(row.stageEnteredAt)}${due} (${days} waiting).` };
}

function whoOwns(row: WaitingFacts): string {
  switch (row.stage) {
    case 'school_referral':
      return `the principal of ${row.schoolName}`;
    case 'area_review':
      return `the CAO of ${row.areaName}`;
    case 'law_preparation':
      return 'the law office';
    case 'hearing':
      return 'the law office (hearing officer)';
    case 'decision':
      return 'central office (CEO designee)';
    case 'closed':
      return 'nobody';
  }
}
