import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralBody } from '../factories/case.factory';
import { schoolRecord } from '../factories/school.factory';
import { startTestApi, type TestApi } from '../support/test-api';
import { startTestWorker, type TestWorker } from '../support/test-worker';

const SCHOOL = '630001';
const OTHER_AREA_SCHOOL = '630002';
const SCHOOL_PRINCIPAL_EMAIL = `principal.${SCHOOL}@baton.example`;

describe('expulsion pipeline end to end', () => {
  let api: TestApi;
  let worker: TestWorker;
  let tokens: Record<'principal' | 'cao' | 'otherCao' | 'law' | 'central' | 'otherPrincipal', string>;

  beforeAll(async () => {
    api = await startTestApi([
      schoolRecord({ id: SCHOOL, network: 'Network 7', shortName: 'LINCOLN' }),
      schoolRecord({ id: OTHER_AREA_SCHOOL, network: 'Network 9', shortName: 'DOUGLAS' }),
    ]);
    worker = await startTestWorker(api);
    tokens = {
      principal: await api.login(`principal.${SCHOOL}@baton.example`),
      otherPrincipal: await api.login(`principal.${OTHER_AREA_SCHOOL}@baton.example`),
      cao: await api.login('cao.network-7@baton.example'),
      otherCao: await api.login('cao.network-9@baton.example'),
      law: await api.login('law@baton.example'),
      central: await api.login('central@baton.example'),
    };
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  const act = (token: string, caseId: string, action: string, data: unknown = {}) =>
    api.request(`/cases/${caseId}/actions/${action}`, { method: 'POST', token, json: data });

  async function openCase(): Promise<string> {
    const response = await api.request('/cases', { method: 'POST', token: tokens.principal, json: referralBody(SCHOOL) });
    expect(response.status).toBe(201);

    return ((await response.json()) as { id: string }).id;
  }

  it('runs a referral from the school to the decision', async () => {
    const caseId = await openCase();
    const hearingAt = new Date(Date.now() + 7 * 86_400_000).toISOString();

    const steps: [string, string, unknown, string][] = [
      ['principal', 'submit_referral', {}, 'area_review'],
      ['cao', 'approve_referral', { note: 'Interventions documented.' }, 'law_preparation'],
      ['law', 'assign_attorney', { attorneyName: 'A. Counsel' }, 'law_preparation'],
      ['law', 'schedule_hearing', { hearingAt }, 'hearing'],
      ['law', 'record_outcome', { outcome: 'expulsion_recommended', recommendation: 'Expel for 30 days with placement.' }, 'decision'],
      ['central', 'decide', { decision: 'expel', expulsionLengthDays: 30, placement: 'Alternative safe school' }, 'closed'],
    ];
    for (const [who, action, data, stage] of steps) {
      const response = await act(tokens[who as keyof typeof tokens], caseId, action, data);
      const body = (await response.json()) as { stage: string; detail?: string };
      expect(response.status, `${action}: ${body.detail}`).toBe(200);
      expect(body.stage).toBe(stage);
    }

    const detail = (await (await api.request(`/cases/${caseId}`, { token: tokens.central })).json()) as {
      outcome: string;
      timeline: { sequence: number; action: string }[];
      attorneyName: string;
      decision: string;
    };
    expect(detail.outcome).toBe('expelled');
    expect(detail.attorneyName).toBe('A. Counsel');
    expect(detail.timeline.map((entry) => entry.action)).toEqual(['open', ...steps.map(([, action]) => action)]);
    expect(detail.timeline.map((entry) => entry.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('scopes the case to its school and area', async () => {
    const caseId = await openCase();

    const forPrincipal = (await (await api.request(`/cases?id=${caseId}`, { token: tokens.principal })).json()) as { waitingSummary: string }[];
    const forCao = await api.request(`/cases/${caseId}`, { token: tokens.cao });
    const forOtherCao = await api.request(`/cases/${caseId}`, { token: tokens.otherCao });
    const forOtherPrincipal = await api.request(`/cases/${caseId}`, { token: tokens.otherPrincipal });

    expect(forPrincipal).toHaveLength(1);
    expect(forPrincipal[0].waitingSummary).toMatch(/^Waiting on the principal of LINCOLN since .+, due .+ \(\d+(\.\d)? days? waiting\)\.$/);
    expect(forCao.status).toBe(200);
    expect(forOtherCao.status).toBe(404);
    expect(forOtherPrincipal.status).toBe(404);
  });

  it.each([
    ['wrong stage', 'cao', 'approve_referral', {}, 409],
    ['wrong role', 'law', 'submit_referral', {}, 403],
    ['other area', 'otherCao', 'submit_referral', {}, 404],
    ['invalid data', 'principal', 'withdraw', { reason: '' }, 422],
    ['unknown action', 'principal', 'expel_now', {}, 404],
  ])('rejects an action for %s and leaves no trace', async (_case, who, action, data, status) => {
    const caseId = await openCase();

    const response = await act(tokens[who as keyof typeof tokens], caseId, action, data);
    const body = (await response.json()) as { detail: string };

    expect(response.status).toBe(status);
    expect(body.detail.length).toBeGreaterThan(10);
    const [{ count }] = await api.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM stage_transitions WHERE instance_id = $1', [caseId]);
    expect(count).toBe(1);
    const [instance] = await api.dataSource.query<{ stage: string; last_sequence: number }[]>('SELECT stage, last_sequence FROM process_instances WHERE id = $1', [caseId]);
    expect(instance).toEqual({ stage: 'school_referral', last_sequence: 1 });
  });

  it('lists the case as a task for whoever owes the next step', async () => {
    const caseId = await openCase();
    const tasksOf = async (token: string) => ((await (await api.request('/tasks', { token })).json()) as { caseId: string; kind: string; title: string }[]).filter((task) => task.caseId === caseId);

    const principalBefore = await tasksOf(tokens.principal);
    const caoBefore = await tasksOf(tokens.cao);
    await act(tokens.principal, caseId, 'submit_referral');
    const principalAfter = await tasksOf(tokens.principal);
    const caoAfter = await tasksOf(tokens.cao);
    const otherCaoAfter = await tasksOf(tokens.otherCao);

    expect(principalBefore.map((task) => task.title)).toEqual(['Submit the expulsion referral']);
    expect(caoBefore).toEqual([]);
    expect(principalAfter).toEqual([]);
    expect(caoAfter.map((task) => task.title)).toEqual(['Review the expulsion referral']);
    expect(otherCaoAfter).toEqual([]);
  });

  it('encrypts what an action carries in the workflow history', async () => {
    const caseId = await openCase();
    await act(tokens.principal, caseId, 'submit_referral', { note: 'Confidential note for the area office' });
    const connection = await Connection.connect({ address: api.config.temporal.address });
    try {
      const history = await new Client({ connection }).workflow.getHandle(caseId).fetchHistory();
      const raw = Buffer.from(temporal.api.history.v1.History.encode(history).finish()).toString('latin1');

      expect(raw).toContain('binary/encrypted');
      expect(raw).not.toContain('Confidential note');
      expect(raw).not.toContain(SCHOOL_PRINCIPAL_EMAIL);
    } finally {
      await connection.close();
    }
  });

  it('lets a principal open a referral only for their own school', async () => {
    const response = await api.request('/cases', { method: 'POST', token: tokens.principal, json: referralBody(OTHER_AREA_SCHOOL) });

    expect(response.status).toBe(403);
  });

  it('rejects a referral with invalid student data with 422 naming the field', async () => {
    const response = await api.request('/cases', { method: 'POST', token: tokens.principal, json: referralBody(SCHOOL, { student: { name: 'X', localId: 'S1', grade: '13' } }) });
    const body = (await response.json()) as { errors: { field: string }[] };

    expect(response.status).toBe(422);
    expect(body.errors.map((error) => error.field)).toContain('student.grade');
  });

  it('keeps student details out of the workflow id and search attributes', async () => {
    const caseId = await openCase();
    const client = (await import('@temporalio/client')).Client;
    const { Connection } = await import('@temporalio/client');
    const connection = await Connection.connect({ address: api.config.temporal.address });
    try {
      const description = await new client({ connection }).workflow.getHandle(caseId).describe();
      const attributes = JSON.stringify(description.typedSearchAttributes);

      expect(caseId).toMatch(/^expulsion-[0-9a-f-]{36}$/);
      expect(attributes).not.toContain('Jordan');
      expect(attributes).toContain('school_referral');
      expect(attributes).toContain(SCHOOL);
    } finally {
      await connection.close();
    }
  });
});

describe('case list order', () => {
  let api: TestApi;
  let worker: TestWorker;
  let central: string;

  beforeAll(async () => {
    api = await startTestApi([schoolRecord({ id: '631001', network: 'Network 8' })]);
    worker = await startTestWorker(api);
    central = await api.login('central@baton.example');
    const csv = [
      'reference,school_id,student_name,student_local_id,student_grade,incident_date,incident,interventions_tried,stage,stage_entered_at',
      `ORD-1,631001,A Example,S1,9,2026-10-01,Incident,Plan,decision,${new Date(Date.now() - 2 * 86_400_000).toISOString()}`,
      `ORD-2,631001,B Example,S2,9,2026-10-01,Incident,Plan,school_referral,${new Date(Date.now() - 9 * 86_400_000).toISOString()}`,
      `ORD-3,631001,C Example,S3,9,2026-10-01,Incident,Plan,area_review,${new Date(Date.now() - 5 * 86_400_000).toISOString()}`,
    ].join('\n');
    const imported = await api.request('/cases/import', { method: 'POST', token: central, body: csv, headers: { 'Content-Type': 'text/csv' } });
    expect(imported.status).toBe(200);
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  const order = async (query: string) => ((await (await api.request(`/cases?${query}`, { token: central })).json()) as { stage: string }[]).map((row) => row.stage);

  it('sorts by days waiting, longest first when descending', async () => {
    expect(await order('_sort=daysWaiting&_order=DESC')).toEqual(['school_referral', 'area_review', 'decision']);
  });

  it('sorts stages in pipeline order', async () => {
    expect(await order('_sort=stage&_order=ASC')).toEqual(['school_referral', 'area_review', 'decision']);
  });
});
