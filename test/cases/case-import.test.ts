import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIdForReference } from '../../api/cases/import/in-flight-case-csv';
import { eventually } from '../factories/case.factory';
import { schoolRecord } from '../factories/school.factory';
import { startTestApi, type TestApi } from '../support/test-api';
import { startTestWorker, type TestWorker } from '../support/test-worker';

const HEADER = 'reference,school_id,student_name,student_local_id,student_grade,incident_date,incident,interventions_tried,stage,stage_entered_at,attorney_name,hearing_at';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('importing cases already under way', () => {
  let api: TestApi;
  let worker: TestWorker;
  let central: string;

  beforeAll(async () => {
    api = await startTestApi([schoolRecord({ id: '670001', network: 'Network 11' }), schoolRecord({ id: '670002', network: 'Network 12' })]);
    worker = await startTestWorker(api);
    central = await api.login('central@baton.example');
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  const importCsv = (csv: string, token = central) => api.request('/cases/import', { method: 'POST', token, body: csv, headers: { 'Content-Type': 'text/csv' } });
  const count = async (table: string) => (await api.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('escalates a breached imported case', async () => {
    const csv = [
      HEADER,
      `IMP-1,670001,Casey Example,S100,9,2026-10-01,"Threat, with a weapon",Parent meeting,area_review,${daysAgo(40)},,`,
      `IMP-2,670002,Riley Example,S101,10,2026-11-20,Fight,Mentoring,law_preparation,${daysAgo(1)},,`,
    ].join('\n');

    const response = await importCsv(csv);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ created: 2, unchanged: 0, problems: [] });
    const breached = caseIdForReference('IMP-1');
    const [row] = (await (await api.request(`/cases?id=${breached}`, { token: central })).json()) as { stage: string; slaState: string; daysWaiting: number }[];
    expect(row.stage).toBe('area_review');
    expect(row.slaState).toBe('breached');
    expect(row.daysWaiting).toBeGreaterThanOrEqual(40);

    const cao = await api.login('cao.network-11@baton.example');
    const escalations = await eventually(
      async () => (await (await api.request(`/escalations?caseId=${breached}`, { token: cao })).json()) as { areaId: string }[],
      (rows) => rows.length > 0,
    );
    expect(escalations[0].areaId).toBe('network-11');
    const [fresh] = (await (await api.request(`/cases?id=${caseIdForReference('IMP-2')}`, { token: central })).json()) as { slaState: string }[];
    expect(fresh.slaState).toBe('on_track');
  });

  it('finds the same cases unchanged when the file is imported again', async () => {
    const csv = [HEADER, `IMP-3,670001,Casey Example,S102,9,2026-10-01,Incident,Plan,school_referral,${daysAgo(1)},,`].join('\n');
    await importCsv(csv);

    const again = await importCsv(csv);

    expect(await again.json()).toEqual({ created: 0, unchanged: 1, problems: [] });
  });

  it('rejects a file with bad rows', async () => {
    const before = await count('process_instances');
    const csv = [
      HEADER,
      `IMP-4,670001,Casey Example,S103,9,2026-10-01,Incident,Plan,area_review,${daysAgo(3)},,`,
      `IMP-5,999999,Casey Example,S104,9,2026-10-01,Incident,Plan,area_review,${daysAgo(3)},,`,
      `IMP-6,670001,Casey Example,S105,9,2026-10-01,Incident,Plan,sideways,${daysAgo(3)},,`,
    ].join('\n');

    const response = await importCsv(csv);
    const body = (await response.json()) as { detail: string; errors: { line: number; message: string }[] };

    expect(response.status).toBe(422);
    expect(body.errors.map((error) => error.line)).toEqual([3, 4]);
    expect(body.errors[0].message).toContain('999999');
    expect(body.errors[1].message).toContain('sideways');
    expect(await count('process_instances')).toBe(before);
    expect(await count('expulsion_cases')).toBe(before);
  });

  it('rejects a file without the required columns', async () => {
    const response = await importCsv('reference,school_id\nIMP-7,670001\n');
    const body = (await response.json()) as { detail: string };

    expect(response.status).toBe(422);
    expect(body.detail).toContain('Missing columns');
  });

  it('lets only central office import', async () => {
    const cao = await api.login('cao.network-11@baton.example');

    const response = await importCsv(HEADER, cao);

    expect(response.status).toBe(403);
  });
});
