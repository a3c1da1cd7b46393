import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpulsionAnalytics } from '../../api/analytics/analytics.service';
import { schoolRecord } from '../factories/school.factory';
import { startTestApi, type TestApi } from '../support/test-api';

const DAY = 86_400_000;

const SCHOOLS = [
  schoolRecord({ id: '630001', network: 'Network 3' }),
  schoolRecord({ id: '630002', network: 'Network 3' }),
  schoolRecord({ id: '630003', network: 'Network 5' }),
  schoolRecord({ id: '630004', network: 'Charter' }),
];

/** A transition: action, from stage, to stage, and how many days before the test started it happened. */
type Move = [action: string, from: string | null, to: string, daysAgo: number];

interface HandMadeCase {
  id: string;
  schoolId: string;
  areaId: string;
  process?: string;
  outcome?: string;
  /** Days from now to the warning and due instants of an open case (negative when past). */
  warnInDays?: number;
  dueInDays?: number;
  moves: Move[];
}

/**
 * Cases with known durations. Closed: A (50 days, with assign_attorney inside law preparation), B
 * (returned to school, then diverted), C (96 days), D (closed 400 days ago, outside the window) and
 * E (opened 380 days ago, so its first visit ended before the window). Open: F (breached in area
 * review), G (warning in law preparation), H (on track in decision), I (breached in school referral),
 * and an instance of another process that must not count.
 */
const CASES: HandMadeCase[] = [
  {
    id: 'expulsion-a',
    schoolId: '630001',
    areaId: 'network-3',
    outcome: 'expelled',
    moves: [
      ['open', null, 'school_referral', 200],
      ['submit_referral', 'school_referral', 'area_review', 199],
      ['approve_referral', 'area_review', 'law_preparation', 189],
      ['assign_attorney', 'law_preparation', 'law_preparation', 185],
      ['schedule_hearing', 'law_preparation', 'hearing', 159],
      ['record_outcome', 'hearing', 'decision', 156],
      ['decide', 'decision', 'closed', 150],
    ],
  },
  {
    id: 'expulsion-b',
    schoolId: '630002',
    areaId: 'network-3',
    outcome: 'diverted',
    moves: [
      ['open', null, 'school_referral', 100],
      ['submit_referral', 'school_referral', 'area_review', 98],
      ['return_to_school', 'area_review', 'school_referral', 94],
      ['submit_referral', 'school_referral', 'area_review', 91],
      ['divert', 'area_review', 'closed', 71],
    ],
  },
  {
    id: 'expulsion-c',
    schoolId: '630003',
    areaId: 'network-5',
    outcome: 'not_expelled',
    moves: [
      ['open', null, 'school_referral', 150],
      ['submit_referral', 'school_referral', 'area_review', 149],
      ['approve_referral', 'area_review', 'law_preparation', 119],
      ['schedule_hearing', 'law_preparation', 'hearing', 69],
      ['record_outcome', 'hearing', 'decision', 64],
      ['decide', 'decision', 'closed', 54],
    ],
  },
  {
    id: 'expulsion-d',
    schoolId: '630003',
    areaId: 'network-5',
    outcome: 'diverted',
    moves: [
      ['open', null, 'school_referral', 420],
      ['submit_referral', 'school_referral', 'area_review', 419],
      ['divert', 'area_review', 'closed', 400],
    ],
  },
  {
    id: 'expulsion-e',
    schoolId: '630003',
    areaId: 'network-5',
    outcome: 'withdrawn',
    moves: [
      ['open', null, 'school_referral', 380],
      ['submit_referral', 'school_referral', 'area_review', 379],
      ['approve_referral', 'area_review', 'law_preparation', 360],
      ['withdraw', 'law_preparation', 'closed', 350],
    ],
  },
  {
    id: 'expulsion-f',
    schoolId: '630001',
    areaId: 'network-3',
    warnInDays: -5,
    dueInDays: -2,
    moves: [
      ['open', null, 'school_referral', 14],
      ['submit_referral', 'school_referral', 'area_review', 12],
    ],
  },
  {
    id: 'expulsion-g',
    schoolId: '630002',
    areaId: 'network-3',
    warnInDays: -1,
    dueInDays: 3,
    moves: [
      ['open', null, 'school_referral', 40],
      ['submit_referral', 'school_referral', 'area_review', 39],
      ['approve_referral', 'area_review', 'law_preparation', 25],
    ],
  },
  {
    id: 'expulsion-h',
    schoolId: '630003',
    areaId: 'network-5',
    warnInDays: 2,
    dueInDays: 5,
    moves: [
      ['open', null, 'school_referral', 60],
      ['submit_referral', 'school_referral', 'area_review', 58],
      ['approve_referral', 'area_review', 'law_preparation', 40],
      ['schedule_hearing', 'law_preparation', 'hearing', 10],
      ['record_outcome', 'hearing', 'decision', 3],
    ],
  },
  {
    id: 'expulsion-i',
    schoolId: '630004',
    areaId: 'charter',
    warnInDays: -3,
    dueInDays: -1,
    moves: [['open', null, 'school_referral', 5]],
  },
  {
    id: 'other-process-1',
    process: 'suspension_review',
    schoolId: '630001',
    areaId: 'network-3',
    warnInDays: -9,
    dueInDays: -8,
    moves: [
      ['open', null, 'school_referral', 30],
      ['submit_referral', 'school_referral', 'area_review', 20],
    ],
  },
];

async function insertCase(dataSource: DataSource, startedAt: number, handMade: HandMadeCase): Promise<void> {
  const at = (daysAgo: number) => new Date(startedAt - daysAgo * DAY);
  const last = handMade.moves[handMade.moves.length - 1] as Move;
  const lastStageChange = [...handMade.moves].reverse().find(([, from, to]) => from !== to) as Move;
  const closed = last[2] === 'closed';
  const inDays = (days: number | undefined) => (days === undefined ? null : new Date(startedAt + days * DAY));

  await dataSource.query(
    `INSERT INTO process_instances (id, process, school_id, area_id, stage, status, outcome, stage_entered_at, warn_at, due_at, last_sequence, opened_at, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      handMade.id,
      handMade.process ?? 'expulsion',
      handMade.schoolId,
      handMade.areaId,
      last[2],
      closed ? 'closed' : 'open',
      handMade.outcome ?? null,
      at(lastStageChange[3]),
      inDays(handMade.warnInDays),
      inDays(handMade.dueInDays),
      handMade.moves.length,
      at((handMade.moves[0] as Move)[3]),
      closed ? at(last[3]) : null,
    ],
  );
  for (const [index, [action, from, to, daysAgo]] of handMade.moves.entries()) {
    await dataSource.query(
      `INSERT INTO stage_transitions (instance_id, sequence, action, from_stage, to_stage, actor_email, occurred_at) VALUES ($1, $2, $3, $4, $5, 'test@baton.example', $6)`,
      [handMade.id, index + 1, action, from, to, at(daysAgo)],
    );
  }
}

describe('GET /api/analytics/expulsion', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(SCHOOLS);
    const startedAt = Date.now();
    for (const handMade of CASES) await insertCase(api.dataSource, startedAt, handMade);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function analyticsAs(email: string): Promise<ExpulsionAnalytics> {
    const response = await api.request('/analytics/expulsion', { token: await api.login(email) });
    expect(response.status).toBe(200);

    return (await response.json()) as ExpulsionAnalytics;
  }

  const byStage = <T extends { stage: string }>(rows: T[], stage: string) => rows.find((row) => row.stage === stage);

  describe('for central office', () => {
    let analytics: ExpulsionAnalytics;

    beforeAll(async () => {
      analytics = await analyticsAs('central@baton.example');
    });

    it('lists every open stage in pipeline order with its label', () => {
      expect(analytics.waitingPerStage.map((row) => row.stage)).toEqual(['school_referral', 'area_review', 'law_preparation', 'hearing', 'decision']);
      expect(analytics.daysPerStage.map((row) => row.stage)).toEqual(['school_referral', 'area_review', 'law_preparation', 'hearing', 'decision']);
      expect(byStage(analytics.waitingPerStage, 'law_preparation')?.label).toBe('Law office preparation');
      expect(byStage(analytics.daysPerStage, 'area_review')?.label).toBe('Area review');
    });

    it('counts open cases per stage with warning and breached', () => {
      expect(byStage(analytics.waitingPerStage, 'school_referral')).toMatchObject({ open: 1, warning: 0, breached: 1 });
      expect(byStage(analytics.waitingPerStage, 'area_review')).toMatchObject({ open: 1, warning: 0, breached: 1 });
      expect(byStage(analytics.waitingPerStage, 'law_preparation')).toMatchObject({ open: 1, warning: 1, breached: 0 });
      expect(byStage(analytics.waitingPerStage, 'hearing')).toMatchObject({ open: 0, warning: 0, breached: 0 });
      expect(byStage(analytics.waitingPerStage, 'decision')).toMatchObject({ open: 1, warning: 0, breached: 0 });
    });

    it('computes median and p90 days of completed visits in the window', () => {
      expect(byStage(analytics.daysPerStage, 'school_referral')).toMatchObject({ medianDays: 2, p90Days: 2.4, samples: 7 });
      expect(byStage(analytics.daysPerStage, 'area_review')).toMatchObject({ medianDays: 18, p90Days: 24, samples: 7 });
      expect(byStage(analytics.daysPerStage, 'hearing')).toMatchObject({ medianDays: 5, p90Days: 6.6, samples: 3 });
      expect(byStage(analytics.daysPerStage, 'decision')).toMatchObject({ medianDays: 8, p90Days: 9.6, samples: 2 });
    });

    it('keeps a stage visit running through same-stage transitions', () => {
      // assign_attorney would otherwise split case A's 30 days into 4 and 26, giving 5 samples.
      expect(byStage(analytics.daysPerStage, 'law_preparation')).toMatchObject({ medianDays: 30, p90Days: 44, samples: 4 });
    });

    it('ranks areas with open cases by breached cases', () => {
      expect(analytics.breachesPerArea).toEqual([
        { areaId: 'network-3', areaName: 'Network 3', open: 2, breached: 1, medianDaysOpen: 27 },
        { areaId: 'charter', areaName: 'Charter', open: 1, breached: 1, medianDaysOpen: 5 },
        { areaId: 'network-5', areaName: 'Network 5', open: 1, breached: 0, medianDaysOpen: 60 },
      ]);
    });

    it('summarizes the pipeline over the last year', () => {
      expect(analytics.pipeline.openCases).toBe(4);
      expect(analytics.pipeline.closedLastYear).toBe(4);
      expect(analytics.pipeline.medianDaysToClose).toBe(40);
      expect(analytics.pipeline.targetDays).toBe(30);
    });
  });

  it('gives the law office the district figures', async () => {
    const law = await analyticsAs('law@baton.example');
    const central = await analyticsAs('central@baton.example');

    expect(law.pipeline).toEqual(central.pipeline);
    expect(law.breachesPerArea).toEqual(central.breachesPerArea);
  });

  describe('for the CAO of Network 3', () => {
    let analytics: ExpulsionAnalytics;

    beforeAll(async () => {
      analytics = await analyticsAs('cao.network-3@baton.example');
    });

    it('counts only open cases of the area', () => {
      expect(byStage(analytics.waitingPerStage, 'school_referral')).toMatchObject({ open: 0, breached: 0 });
      expect(byStage(analytics.waitingPerStage, 'area_review')).toMatchObject({ open: 1, breached: 1 });
      expect(byStage(analytics.waitingPerStage, 'law_preparation')).toMatchObject({ open: 1, warning: 1 });
      expect(byStage(analytics.waitingPerStage, 'decision')).toMatchObject({ open: 0 });
    });

    it('computes stage days from the area cases only', () => {
      expect(byStage(analytics.daysPerStage, 'school_referral')).toMatchObject({ medianDays: 2, p90Days: 2.6, samples: 5 });
      expect(byStage(analytics.daysPerStage, 'area_review')).toMatchObject({ medianDays: 12, p90Days: 18.2, samples: 4 });
      expect(byStage(analytics.daysPerStage, 'law_preparation')).toMatchObject({ medianDays: 30, p90Days: 30, samples: 1 });
    });

    it('lists only its own area', () => {
      expect(analytics.breachesPerArea.map((area) => area.areaId)).toEqual(['network-3']);
    });

    it('summarizes the area pipeline', () => {
      expect(analytics.pipeline.openCases).toBe(2);
      expect(analytics.pipeline.closedLastYear).toBe(2);
      expect(analytics.pipeline.medianDaysToClose).toBe(39.5);
    });
  });

  describe('for the principal of school 630003', () => {
    let analytics: ExpulsionAnalytics;

    beforeAll(async () => {
      analytics = await analyticsAs('principal.630003@baton.example');
    });

    it('counts only the school cases', () => {
      expect(analytics.pipeline.openCases).toBe(1);
      expect(analytics.pipeline.closedLastYear).toBe(2);
      expect(analytics.pipeline.medianDaysToClose).toBe(63);
      expect(byStage(analytics.waitingPerStage, 'decision')).toMatchObject({ open: 1, warning: 0, breached: 0 });
    });

    it('leaves out visits that ended before the window', () => {
      // Case E's school referral ended 379 days ago and case D ended 400 days ago.
      expect(byStage(analytics.daysPerStage, 'school_referral')).toMatchObject({ medianDays: 1.5, samples: 2 });
      expect(byStage(analytics.daysPerStage, 'area_review')).toMatchObject({ medianDays: 19, samples: 3 });
    });
  });

  it('gives a stage without completed visits null days', async () => {
    const analytics = await analyticsAs('principal.630004@baton.example');

    expect(byStage(analytics.daysPerStage, 'area_review')).toEqual({ stage: 'area_review', label: 'Area review', medianDays: null, p90Days: null, samples: 0 });
    expect(analytics.pipeline.medianDaysToClose).toBeNull();
  });

  it('rejects school staff with 403', async () => {
    const response = await api.request('/analytics/expulsion', { token: await api.login('staff.630001@baton.example') });
    const body = (await response.json()) as { detail: string };

    expect(response.status).toBe(403);
    expect(body.detail).toContain('not to school staff');
  });

  it('rejects a request without a token with 401', async () => {
    const response = await api.request('/analytics/expulsion');

    expect(response.status).toBe(401);
  });
});
