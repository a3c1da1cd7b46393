import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchoolProfileCsvFile } from '../../api/schools/import/cps-school-csv';
import { schoolRecord } from '../factories/school.factory';
import { launchChromium, signIn } from '../support/browser';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../support/test-api';

// Two schools as the City of Chicago file lists them, used when BATON_SCHOOLS_CSV is unset.
const REAL_SCHOOLS = [
  schoolRecord({ id: '609958', network: 'ISP', shortName: 'GUNSAULUS', longName: 'Frank W Gunsaulus Elementary Scholastic Academy', gradesOffered: 'PK,K-8', studentCountTotal: 652 }),
  schoolRecord({ id: '400049', network: 'Charter', shortName: 'LEGACY', longName: 'Legacy Charter School', studentCountTotal: 447 }),
];

describe('admin UI in Chromium', () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    const csv = process.env.BATON_SCHOOLS_CSV;
    const schools = csv ? (await readSchoolProfileCsvFile(csv)).records : REAL_SCHOOLS;
    [api, browser] = await Promise.all([startTestApi(schools), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('signs in as central office and finds a real school by name', async () => {
    const page = await browser.newPage();
    await signIn(page, api.baseUrl, 'central@baton.example', TEST_PASSWORD);
    await expect.poll(() => page.getByText('Central Office').first().isVisible(), { timeout: 15_000 }).toBe(true);

    await page.getByRole('menuitem', { name: 'Schools' }).click();
    await page.locator('input[name="q"]').fill('Gunsaulus');

    const row = page.getByRole('row').filter({ hasText: 'Frank W Gunsaulus Elementary Scholastic Academy' });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByRole('row').count(), { timeout: 15_000 }).toBe(2);
    expect(await row.innerText()).toContain('609958');
  });

  it('shows the sign-in error without saying which field was wrong', async () => {
    const page = await browser.newPage();
    await signIn(page, api.baseUrl, 'central@baton.example', 'not the password');

    await expect.poll(() => page.getByText('The e-mail or password is incorrect.').isVisible(), { timeout: 15_000 }).toBe(true);
  });
});
