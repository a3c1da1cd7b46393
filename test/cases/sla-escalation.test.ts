import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, referralBody } from '../factories/case.factory';
import { schoolRecord } from '../factories/school.factory';
import { startTestApi, type TestApi } from '../support/test-api';
import { startTestWorker, type TestWorker } from '../support/test-worker';

const SCHOOL = '640001';

/** SLAs in seconds, so the clock runs through warning, breach and the second level within a test. */
const FAST_POLICY = {
  stages: {
    school_referral: { duration: 'PT1H', warningAt: 0.75 },
    area_review: { duration: 'PT4S', warningAt: 0.5 },
  },
  centralOfficeAfter: 'PT3S',
};

interface EscalationRow {
  id: string;
  caseId: string;
  level: string;
  areaId: string;
  acknowledgedAt: string | null;
}

describe('SLA clocks and escalations', () => {
  let api: TestApi;
  let worker: TestWorker;
  let central: string;
  let cao: string;
  let otherCao: string;
  let principal: string;

  beforeAll(async () => {
    api = await startTestApi([schoolRecord({ id: SCHOOL, network: 'Network 4' }), schoolRecord({ id: '640002', network: 'Network 5' })]);
    worker = await startTestWorker(api);
    [central, cao, otherCao, principal] = await Promise.all([
      api.login('central@baton.example'),
      api.login('cao.network-4@baton.example'),
      api.login('cao.network-5@baton.example'),
      api.login(`principal.${SCHOOL}@baton.example`),
    ]);
    const saved = await api.request('/sla-policies/expulsion', { method: 'PUT', token: central, json: FAST_POLICY });
    expect(saved.status).toBe(200);
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  async function caseInAreaReview(): Promise<string> {
    const opened = await api.request('/cases', { method: 'POST', token: principal, json: referralBody(SCHOOL) });
    const { id } = (await opened.json()) as { id: string };
    const submitted = await api.request(`/cases/${id}/actions/submit_referral`, { method: 'POST', token: principal, json: {} });
    expect(submitted.status).toBe(200);

    return id;
  }

  const escalationsOf = async (token: string, caseId: string) =>
    (await (await api.request(`/escalations?caseId=${caseId}&_sort=raisedAt&_order=ASC`, { token })).json()) as EscalationRow[];

  it('escalates warning, breach, then central office', async () => {
    const caseId = await caseInAreaReview();

    const warnings = await eventually(
      () => api.dataSource.query<{ recipient_role: string }[]>(`SELECT recipient_role FROM notifications WHERE instance_id = $1 AND kind = 'sla_warning'`, [caseId]),
      (rows) => rows.length > 0,
    );
    expect(warnings.map((row) => row.recipient_role)).toEqual(['cao']);
    const inApp = (await (await api.request('/notifications', { token: cao })).json()) as { caseId: string; kind: string }[];
    const otherInApp = (await (await api.request('/notifications', { token: otherCao })).json()) as { caseId: string }[];
    expect(inApp.filter((row) => row.caseId === caseId).map((row) => row.kind)).toContain('sla_warning');
    expect(otherInApp.filter((row) => row.caseId === caseId)).toEqual([]);

    const forCao = await eventually(() => escalationsOf(cao, caseId), (rows) => rows.length > 0);
    expect(forCao).toHaveLength(1);
    expect(forCao[0]).toMatchObject({ level: 'area', areaId: 'network-4' });

    const forCentral = await eventually(() => escalationsOf(central, caseId), (rows) => rows.length === 2);
    expect(forCentral.map((row) => row.level)).toEqual(['area', 'central_office']);
    expect(await escalationsOf(otherCao, caseId)).toEqual([]);
  });

  it('shows the breached case as breached in the list', async () => {
    const caseId = await caseInAreaReview();

    const rows = await eventually(
      async () => (await (await api.request(`/cases?id=${caseId}`, { token: cao })).json()) as { slaState: string }[],
      (list) => list[0]?.slaState === 'breached',
    );

    expect(rows[0].slaState).toBe('breached');
    const filtered = (await (await api.request('/cases?slaState=breached', { token: cao })).json()) as { id: string }[];
    expect(filtered.map((row) => row.id)).toContain(caseId);
  });

  it('lets the CAO acknowledge an escalation once, and no other CAO', async () => {
    const caseId = await caseInAreaReview();
    const [escalation] = await eventually(() => escalationsOf(cao, caseId), (rows) => rows.length > 0);

    const byOther = await api.request(`/escalations/${escalation.id}/acknowledge`, { method: 'POST', token: otherCao });
    const byOwn = await api.request(`/escalations/${escalation.id}/acknowledge`, { method: 'POST', token: cao });
    const again = await api.request(`/escalations/${escalation.id}/acknowledge`, { method: 'POST', token: cao });

    expect(byOther.status).toBe(404);
    expect(byOwn.status).toBe(200);
    const first = (await byOwn.json()) as EscalationRow;
    const second = (await again.json()) as EscalationRow;
    expect(first.acknowledgedAt).not.toBeNull();
    expect(second.acknowledgedAt).toBe(first.acknowledgedAt);
  });

  it('stops the clock when the case moves on before its deadline', async () => {
    const caseId = await caseInAreaReview();
    const approved = await api.request(`/cases/${caseId}/actions/approve_referral`, { method: 'POST', token: cao, json: {} });
    expect(approved.status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, 5_000));

    expect(await escalationsOf(central, caseId)).toEqual([]);
  });

  it('rejects a bad policy duration', async () => {
    const before = (await (await api.request('/sla-policies/expulsion', { token: cao })).json()) as { version: number };

    const response = await api.request('/sla-policies/expulsion', { method: 'PUT', token: central, json: { stages: { area_review: { duration: '5 weekdays' } } } });
    const byCao = await api.request('/sla-policies/expulsion', { method: 'PUT', token: cao, json: FAST_POLICY });
    const after = (await (await api.request('/sla-policies/expulsion', { token: cao })).json()) as { version: number };

    expect(response.status).toBe(422);
    expect(((await response.json()) as { detail: string }).detail).toContain('5 weekdays');
    expect(byCao.status).toBe(403);
    expect(after.version).toBe(before.version);
  });
});

describe('legal clock', () => {
  let api: TestApi;
  let worker: TestWorker;

  beforeAll(async () => {
    api = await startTestApi([schoolRecord({ id: '640101', network: 'Network 6' })]);
    worker = await startTestWorker(api);
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it('warns before the suspension limit', async () => {
    const principal = await api.login('principal.640101@baton.example');
    // Fifteen calendar days back is at least nine school days, past the warning on the eighth.
    const suspensionStartedOn = new Date(Date.now() - 15 * 86_400_000).toISOString().slice(0, 10);

    const opened = await api.request('/cases', { method: 'POST', token: principal, json: referralBody('640101', { suspensionStartedOn }) });
    const { id, legalClock } = (await opened.json()) as { id: string; legalClock: { suspensionStartedOn: string; schoolDaysOut: number } };

    expect(legalClock.suspensionStartedOn).toBe(suspensionStartedOn);
    expect(legalClock.schoolDaysOut).toBeGreaterThanOrEqual(9);
    const warnings = await eventually(
      () => api.dataSource.query<{ recipient_role: string }[]>(`SELECT recipient_role FROM notifications WHERE instance_id = $1 AND kind = 'legal_clock_warning' ORDER BY recipient_role`, [id]),
      (rows) => rows.length === 2,
    );
    expect(warnings.map((row) => row.recipient_role)).toEqual(['cao', 'law_office']);
  });
});
