import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LOGIN_FAILURES } from '../../api/auth/login-failures';
import { schoolRecord } from '../factories/school.factory';
import { startTestApi, type TestApi } from '../support/test-api';

describe('sign-in and access tokens', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi([schoolRecord({ id: '610001', network: 'Network 3' })]);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('returns a token that /api/me accepts, with role and scope', async () => {
    const token = await api.login('principal.610001@baton.example');

    const response = await api.request('/me', { token });

    expect(response.status).toBe(200);
    const me = (await response.json()) as Record<string, unknown>;
    expect(me.email).toBe('principal.610001@baton.example');
    expect(me.role).toBe('principal');
    expect(me.schoolId).toBe('610001');
    expect(me.areaId).toBe('network-3');
  });

  it('accepts the e-mail in any letter case', async () => {
    const response = await api.request('/auth/login', { method: 'POST', json: { email: 'CAO.Network-3@Baton.Example', password: 'correct horse battery staple' } });

    expect(response.status).toBe(200);
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const wrongPassword = await api.request('/auth/login', { method: 'POST', json: { email: 'central@baton.example', password: 'wrong' } });
    const unknownEmail = await api.request('/auth/login', { method: 'POST', json: { email: 'nobody@baton.example', password: 'wrong' } });

    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const wrongPasswordBody = (await wrongPassword.json()) as { detail: string };
    const unknownEmailBody = (await unknownEmail.json()) as { detail: string };
    expect(wrongPasswordBody.detail).toBe(unknownEmailBody.detail);
    expect(wrongPasswordBody.detail).not.toMatch(/password is wrong|no such|unknown/i);
  });

  it('rejects a login body without an e-mail with 422 naming the field', async () => {
    const response = await api.request('/auth/login', { method: 'POST', json: { password: 'x' } });

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { errors: { field: string }[] };
    expect(body.errors.map((error) => error.field)).toContain('email');
  });

  it('rate-limits repeated failures for one e-mail', async () => {
    const attempt = () => api.request('/auth/login', { method: 'POST', json: { email: 'law@baton.example', password: 'not it' } });
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) expect((await attempt()).status).toBe(401);

    const limited = await attempt();
    const withRightPassword = await api.request('/auth/login', { method: 'POST', json: { email: 'law@baton.example', password: 'correct horse battery staple' } });

    expect(limited.status).toBe(429);
    expect(withRightPassword.status).toBe(429);
  });

  it.each(['/me', '/areas', '/schools', '/schools/610001', '/areas/network-3'])('requires a token for %s', async (path) => {
    const response = await api.request(path);

    expect(response.status).toBe(401);
  });

  it('rejects a forged token', async () => {
    const token = await api.login('central@baton.example');
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;

    const response = await api.request('/me', { token: forged });

    expect(response.status).toBe(401);
  });

  it('leaves health and docs open', async () => {
    const health = await api.request('/health');
    const docs = await api.request('/docs/openapi.json');

    expect([200, 503]).toContain(health.status);
    expect(docs.status).toBe(200);
    const document = (await docs.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/api/auth/login');
  });
});
