import jsonServerProvider from 'ra-data-json-server';
import { useDataProvider, type DataProvider, type GetListResult, type GetOneResult } from 'react-admin';
import type { CaseAction, CaseDetail } from './cases/caseTypes';
import type { EscalationRow } from './escalations/escalationTypes';
import { API_URL, httpClient } from './httpClient';
import type { SlaPolicy } from './policies/slaPolicyTypes';

/**
 * Data provider for the API's json-server dialect. Lists are JSON arrays with the total in the
 * `X-Total-Count` header, paged with `_start`/`_end`, sorted with `_sort`/`_order`, searched with
 * `q` and filtered by field name.
 */
const jsonServer = jsonServerProvider(API_URL, httpClient);

/** The json-server methods plus the API's actions, which are not plain CRUD. */
export interface BatonDataProvider extends DataProvider {
  /** Takes an action on a case and resolves with the case once the action is recorded. */
  runCaseAction: (caseId: string, action: CaseAction, data: Record<string, unknown>) => Promise<CaseDetail>;
  acknowledgeEscalation: (id: string) => Promise<EscalationRow>;
}

const getJson = async (path: string): Promise<unknown> => (await httpClient(`${API_URL}${path}`)).json;

const sendJson = async (method: 'POST' | 'PUT', path: string, body: unknown): Promise<unknown> =>
  (await httpClient(`${API_URL}${path}`, { method, body: JSON.stringify(body) })).json;

/** An SLA policy as a record: the API keys it by its process and gives it no `id`. */
const policyRecord = (policy: unknown): GetOneResult => ({
  data: { ...(policy as SlaPolicy), id: (policy as SlaPolicy).process },
});

/**
 * Three resources are not json-server lists. `tasks` is the signed-in person's whole to-do list,
 * unpaged. `analytics` and `sla-policies` are single documents keyed by process (`expulsion`), and
 * saving a policy `PUT`s its document alone.
 */
export const dataProvider: BatonDataProvider = {
  ...jsonServer,

  getList: async (resource, params) => {
    if (resource !== 'tasks') {
      return jsonServer.getList(resource, params);
    }
    const tasks = (await getJson('/tasks')) as GetListResult['data'];
    return { data: tasks, total: tasks.length };
  },

  getOne: async (resource, params) => {
    const id = encodeURIComponent(params.id);
    switch (resource) {
      case 'analytics':
        return { data: { ...((await getJson(`/analytics/${id}`)) as object), id: params.id } };
      case 'sla-policies':
        return policyRecord(await getJson(`/sla-policies/${id}`));
      default:
        return jsonServer.getOne(resource, params);
    }
  },

  update: async (resource, params) => {
    if (resource !== 'sla-policies') {
      return jsonServer.update(resource, params);
    }
    const { document } = params.data as SlaPolicy;
    return policyRecord(await sendJson('PUT', `/sla-policies/${encodeURIComponent(params.id)}`, document));
  },

  runCaseAction: async (caseId, action, data) =>
    (await sendJson('POST', `/cases/${encodeURIComponent(caseId)}/actions/${action}`, data)) as CaseDetail,

  acknowledgeEscalation: async (id) =>
    (await sendJson('POST', `/escalations/${encodeURIComponent(id)}/acknowledge`, {})) as EscalationRow,
};

/** `useDataProvider` typed with Baton's own methods. */
export const useBatonDataProvider = () => useDataProvider<BatonDataProvider>();
