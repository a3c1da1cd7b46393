import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolRecord } from '../factories/school.factory';
import { launchChromium, signIn } from '../support/browser';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../support/test-api';
import { startTestWorker, type TestWorker } from '../support/test-worker';

const SCHOOL = '680001';

/** The law office's clock runs out seconds after the CAO approves, so the breach reaches the CAO's inbox. */
const SHORT_LAW_OFFICE_SLA = {
  stages: { law_preparation: { duration: 'PT6S', warningAt: 0.5 } },
  centralOfficeAfter: 'PT1H',
};

describe('expulsion referral in Chromium', () => {
  let api: TestApi;
  let worker: TestWorker;
  let browser: Browser;

  beforeAll(async () => {
    api = await startTestApi([schoolRecord({ id: SCHOOL, network: 'Network 7', shortName: 'LINCOLN PARK', longName: 'Lincoln Park High School' })]);
    [worker, browser] = await Promise.all([startTestWorker(api), launchChromium()]);
    const central = await api.login('central@baton.example');
    const saved = await api.request('/sla-policies/expulsion', { method: 'PUT', token: central, json: SHORT_LAW_OFFICE_SLA });
    expect(saved.status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await api?.close();
  });

  const visible = (page: Page, text: string | RegExp) => expect.poll(() => page.getByText(text).first().isVisible(), { timeout: 20_000 }).toBe(true);

  /** Takes an action from the case page: its button opens a dialog whose confirm button has the same label. */
  async function takeAction(page: Page, label: string): Promise<void> {
    await page.getByRole('button', { name: label }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: label }).click();
    await visible(page, `Done: ${label}.`);
  }

  it('goes from the principal to the CAO, whose inbox receives the breach', async () => {
    const principal = await browser.newPage();
    await signIn(principal, api.baseUrl, `principal.${SCHOOL}@baton.example`, TEST_PASSWORD);
    await visible(principal, 'Principal, LINCOLN PARK');
    await principal.goto(`${api.baseUrl.replace(/\/api$/, '')}/#/cases/create`);
    await principal.locator('input[name="student.name"]').fill('Avery Example');
    await principal.locator('input[name="student.localId"]').fill('50001234');
    await principal.getByRole('combobox', { name: /Grade/ }).click();
    await principal.getByRole('option', { name: '9', exact: true }).click();
    await principal.locator('input[name="incidentDate"]').fill('2026-11-30');
    await principal.locator('textarea[name="incident"]').fill('Fight in the gym causing injury.');
    await principal.locator('textarea[name="interventionsTried"]').fill('Restorative conference and parent meeting.');
    await principal.getByRole('button', { name: 'Save' }).click();
    await visible(principal, /Waiting on the principal of LINCOLN PARK/);
    await takeAction(principal, 'Submit referral');
    await visible(principal, /Waiting on the CAO of Network 7/);

    const cao = await browser.newPage();
    await signIn(cao, api.baseUrl, 'cao.network-7@baton.example', TEST_PASSWORD);
    await visible(cao, 'Chief Area Officer, Network 7');
    await cao.goto(`${api.baseUrl.replace(/\/api$/, '')}/#/cases`);
    const row = cao.getByRole('row').filter({ hasText: 'LINCOLN PARK' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.innerText()).toContain('Area review');
    await row.click();
    await takeAction(cao, 'Approve to law office');
    await visible(cao, /Waiting on the law office/);

    await cao.goto(`${api.baseUrl.replace(/\/api$/, '')}/#/escalations`);
    const escalation = cao.getByRole('row').filter({ hasText: 'LINCOLN PARK' });
    await expect
      .poll(
        async () => {
          // The list loads after the page, so count once its requests have settled.
          await cao.reload({ waitUntil: 'networkidle' });

          return escalation.count();
        },
        { timeout: 30_000, interval: 2_000 },
      )
      .toBe(1);
    expect(await escalation.innerText()).toContain('Law office preparation');
    await escalation.getByRole('button', { name: 'Acknowledge' }).click();

    const acknowledgement = () => api.dataSource.query<{ area_id: string; acknowledged_at: Date | null }[]>('SELECT area_id, acknowledged_at FROM escalations');
    await expect.poll(async () => (await acknowledgement())[0]?.acknowledged_at !== null, { timeout: 10_000 }).toBe(true);
    expect((await acknowledgement()).map((row) => row.area_id)).toEqual(['network-7']);
  });
});
