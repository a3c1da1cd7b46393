import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolRecord } from '../factories/school.factory';
import { startTestApi, type TestApi } from '../support/test-api';

const SCHOOLS = [
  schoolRecord({ id: '620001', network: 'Network 7', longName: 'Abbott Elementary School', primaryCategory: 'ES', studentCountTotal: 300 }),
  schoolRecord({ id: '620002', network: 'Network 7', longName: 'Beacon High School', primaryCategory: 'HS', studentCountTotal: 1200 }),
  schoolRecord({ id: '620003', network: 'Charter', longName: 'Cedar Charter School', primaryCategory: 'ES', studentCountTotal: 500 }),
  schoolRecord({ id: '620004', network: 'Network 12', longName: 'Delta Middle School', primaryCategory: 'MS', studentCountTotal: 250 }),
];

describe('areas and schools lists', () => {
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    api = await startTestApi(SCHOOLS);
    token = await api.login('central@baton.example');
  });

  afterAll(async () => {
    await api?.close();
  });

  const getJson = async (path: string) => {
    const response = await api.request(path, { token });

    return { response, body: (await response.json()) as Record<string, unknown>[] & Record<string, unknown> };
  };

  it('lists areas with counts and the total in X-Total-Count', async () => {
    const { response, body } = await getJson('/areas?_sort=name&_order=ASC');

    expect(response.status).toBe(200);
    expect(response.headers.get('x-total-count')).toBe('3');
    expect(body.map((area) => area.id)).toEqual(['charter', 'network-12', 'network-7']);
    expect(body[2]).toMatchObject({ name: 'Network 7', kind: 'network', schoolCount: 2, studentCount: 1500 });
  });

  it('pages with _start and _end', async () => {
    const { response, body } = await getJson('/schools?_start=1&_end=3&_sort=longName&_order=ASC');

    expect(response.headers.get('x-total-count')).toBe('4');
    expect(body.map((school) => school.longName)).toEqual(['Beacon High School', 'Cedar Charter School']);
  });

  it('filters schools by area and category', async () => {
    const byArea = await getJson('/schools?areaId=network-7');
    const byCategory = await getJson('/schools?primaryCategory=HS&primaryCategory=MS&_sort=id');

    expect(byArea.body.map((school) => school.id).sort()).toEqual(['620001', '620002']);
    expect(byCategory.body.map((school) => school.id)).toEqual(['620002', '620004']);
  });

  it('searches schools by name, case-insensitively, with q', async () => {
    const { body } = await getJson('/schools?q=beacon');

    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ id: '620002', areaId: 'network-7', areaName: 'Network 7' });
  });

  it('treats % in q as a literal character', async () => {
    const { body } = await getJson('/schools?q=%25');

    expect(body).toHaveLength(0);
  });

  it('sorts schools by enrollment descending', async () => {
    const { body } = await getJson('/schools?_sort=studentCountTotal&_order=DESC');

    expect(body.map((school) => school.studentCountTotal)).toEqual([1200, 500, 300, 250]);
  });

  it('shows one school and one area', async () => {
    const school = await getJson('/schools/620003');
    const area = await getJson('/areas/charter');

    expect(school.body).toMatchObject({ id: '620003', longName: 'Cedar Charter School', areaId: 'charter' });
    expect(area.body).toMatchObject({ id: 'charter', kind: 'charter', schoolCount: 1 });
  });

  it('answers 404 with problem details for an unknown school', async () => {
    const { response, body } = await getJson('/schools/999999');

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(body.detail).toContain('999999');
  });

  it.each([
    ['/schools?_sort=password', '_sort "password"'],
    ['/schools?_order=sideways', '_order "sideways"'],
    ['/schools?_start=-1', '_start "-1"'],
    ['/schools?secret=1', '"secret" is not a filter'],
  ])('rejects %s with 422 naming the value', async (path, named) => {
    const { response, body } = await getJson(path);

    expect(response.status).toBe(422);
    expect(body.detail).toContain(named);
  });
});
