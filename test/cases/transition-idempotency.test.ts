import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpulsionActivities } from '../../activities/expulsion/expulsion.activities';
import type { SlaEvent, TransitionRecord } from '../../activities/expulsion/types';
import { SchoolImporter } from '../../api/schools/import/school-importer';
import { SYSTEM_ACTOR } from '../../workflows/expulsion/actor';
import { schoolRecord } from '../factories/school.factory';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('expulsion activities', () => {
  let database: TestDatabase;
  let activities: ReturnType<typeof createExpulsionActivities>;
  const environment = new MockActivityEnvironment();

  beforeAll(async () => {
    database = await createTestDatabase();
    await new SchoolImporter(database.dataSource).importRecords([schoolRecord({ id: '660001', network: 'Network 3' })]);
    activities = createExpulsionActivities({ dataSource: database.dataSource, timeZone: 'America/Chicago' });
  });

  afterAll(async () => {
    await database?.drop();
  });

  const transition = (instanceId: string, sequence: number, toStage: TransitionRecord['toStage']): TransitionRecord => ({
    instanceId,
    process: 'expulsion',
    schoolId: '660001',
    areaId: 'network-3',
    sequence,
    action: sequence === 1 ? 'open' : 'submit_referral',
    fromStage: sequence === 1 ? null : 'school_referral',
    toStage,
    actor: SYSTEM_ACTOR,
    occurredAt: new Date(Date.UTC(2026, 11, 1, 15, sequence)).toISOString(),
    stageEnteredAt: new Date(Date.UTC(2026, 11, 1, 15, sequence)).toISOString(),
    openedAt: new Date(Date.UTC(2026, 11, 1, 15, 1)).toISOString(),
    deadlines: null,
    outcome: null,
    waitingOnRole: 'principal',
    data: {},
  });

  it('writes a retried transition once', async () => {
    const record = transition('expulsion-retry-1', 1, 'school_referral');

    const first = await environment.run(activities.recordTransition, record);
    const retry = await environment.run(activities.recordTransition, record);

    expect(first).toEqual({ written: true });
    expect(retry).toEqual({ written: false });
    const [{ count }] = await database.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM stage_transitions WHERE instance_id = 'expulsion-retry-1'`);
    expect(count).toBe(1);
  });

  it('never moves an instance back when an older transition is retried late', async () => {
    await environment.run(activities.recordTransition, transition('expulsion-retry-2', 1, 'school_referral'));
    await environment.run(activities.recordTransition, transition('expulsion-retry-2', 2, 'area_review'));

    await environment.run(activities.recordTransition, transition('expulsion-retry-2', 1, 'school_referral'));

    const [instance] = await database.dataSource.query<{ stage: string; last_sequence: number }[]>(`SELECT stage, last_sequence FROM process_instances WHERE id = 'expulsion-retry-2'`);
    expect(instance).toEqual({ stage: 'area_review', last_sequence: 2 });
  });

  it('records a retried escalation once', async () => {
    await environment.run(activities.recordTransition, transition('expulsion-retry-3', 1, 'school_referral'));
    const event: SlaEvent = {
      instanceId: 'expulsion-retry-3',
      schoolId: '660001',
      areaId: 'network-3',
      stage: 'school_referral',
      clockSequence: 1,
      kind: 'area',
      ownerRole: 'principal',
      dueAt: '2026-12-03T06:00:00.000Z',
      raisedAt: '2026-12-03T06:00:01.000Z',
    };

    await environment.run(activities.recordSlaEvent, event);
    await environment.run(activities.recordSlaEvent, event);

    const [{ escalations }] = await database.dataSource.query<{ escalations: number }[]>(`SELECT count(*)::int AS escalations FROM escalations WHERE instance_id = 'expulsion-retry-3'`);
    const [{ notifications }] = await database.dataSource.query<{ notifications: number }[]>(`SELECT count(*)::int AS notifications FROM notifications WHERE instance_id = 'expulsion-retry-3'`);
    expect(escalations).toBe(1);
    expect(notifications).toBe(1);
  });
});
