import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './accessibility.js';
import { launchChromium, resultsDir } from './browser.js';
import { startServer, type StartedServer } from './server-process.js';

// Expected values, computed by hand from the template country's rules
// (../shared/specs/country-template.md), for January 2025:
// one adult born 1970-01-01 (55 years old), tenant of a 0 m² home, no rent.
//   basic income 600 (an adult, salary condition dropped since 2016-12); pension 0 (55 < 62);
//   housing tax max(0 × 10, 200) = 200 a year, a twelfth a month.
const NO_SALARY_DISPOSABLE = 600 - 200 / 12; // 583.33
// With a salary of 3000: income tax 3000 × 0.15 = 450; social security 3000 × 0.02 = 60
// (2017 scale: 2 % up to 6000).
const SALARY_3000_DISPOSABLE = 3000 + 600 - 450 - 60 - 200 / 12; // 3073.33
// At 6000: income tax 900; social security 6000 × 0.02 = 120 (nothing yet above 6000).
const SALARY_6000_DISPOSABLE = 6000 + 600 - 900 - 120 - 200 / 12; // 5563.33
// Reform flat_social_security_contribution: 3 % of the salary, so 90 at 3000 and 180 at 6000.
const REFORM_3000_DISPOSABLE = 3000 + 600 - 450 - 90 - 200 / 12; // 3043.33
const REFORM_6000_DISPOSABLE = 6000 + 600 - 900 - 180 - 200 / 12; // 5503.33
// Adding a child born 2019-06-15 (5 years old): household income 0 ≤ 500, one adult and a child
// under 8, and a child under 6: the parenting allowance of 600 is paid once, not twice.
const WITH_CHILD_DISPOSABLE = 600 + 600 - 200 / 12; // 1183.33

let server: StartedServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Everything is local: a step that takes 10 s has failed.
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });
}

/** `3073.333…` → `€3,073.33`, the page's format, written out independently of it. */
function euros(value: number): string {
  return `€${value.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

async function disposableIncome(): Promise<number> {
  const cell = page.locator('strong[data-variable="disposable_income"]');
  return Number(await cell.getAttribute('data-value'));
}

describe('the playground, served by apps/server', () => {
  it('computes the taxes and benefits of a household', async () => {
    await page.goto(`${server.origin}/`);
    await expect(page.title()).resolves.toContain('taxes and benefits');
    await page.fill('#month-month', '1');
    await page.fill('#month-year', '2025');
    await page.fill('#adult_1-birth-day', '1');
    await page.fill('#adult_1-birth-month', '1');
    await page.fill('#adult_1-birth-year', '1970');
    await page.fill('#adult_1-salary', '0');
    await page.check('#occupancy'); // tenant
    await page.fill('#rent', '0');
    await page.fill('#accommodation-size', '0');
    await page.click('#calculate');

    await page.locator('#results-heading').waitFor();
    await expect(page.locator('#results-heading').textContent()).resolves.toBe('Results for January 2025');
    expect(await disposableIncome()).toBeCloseTo(NO_SALARY_DISPOSABLE, 9);
    await expect(page.locator('strong[data-variable="disposable_income"]').textContent()).resolves.toBe('€583.33');
    const cell = (variable: string, member?: string) =>
      page.locator(member === undefined ? `td[data-variable="${variable}"]` : `td[data-variable="${variable}"][data-member="${member}"]`).textContent();
    await expect(cell('housing_tax')).resolves.toBe('€200.00');
    await expect(cell('total_taxes')).resolves.toBe('€16.67');
    await expect(cell('total_benefits')).resolves.toBe('€600.00');
    await expect(cell('basic_income', 'adult_1')).resolves.toBe('€600.00');
    await expect(cell('income_tax', 'adult_1')).resolves.toBe('€0.00');
    await expect(cell('age', 'adult_1')).resolves.toBe('55 years');
    await screenshot('playground-results');
  });

  it('explains an amount by unfolding its trace', async () => {
    await page.click('a[data-why="disposable_income<2025-01>"]');
    const top = page.locator('details[data-trace="disposable_income<2025-01>"]');
    await expect(top.getAttribute('open')).resolves.not.toBeNull();
    // Unfolding shows what it was computed from, one level at a time.
    const children = top.locator(':scope > .govuk-details__text > div > details');
    await children.first().waitFor();
    expect(await children.count()).toBeGreaterThan(1);
    const basicIncome = top.locator('details[data-trace="basic_income<2025-01>"]').first();
    await expect(basicIncome.locator('summary').textContent()).resolves.toContain('basic_income for 2025-01: 600');
    await basicIncome.locator('summary').click();
    await expect(basicIncome.locator('.govuk-details__text').first().textContent()).resolves.toContain('benefits.basic_income');
    await screenshot('playground-trace');
  });

  it('draws net income against gross earnings from one request with an axis', async () => {
    await page.locator('#chart-section[data-drawn="true"]').waitFor();
    const canvas = page.locator('#income-chart');
    await canvas.scrollIntoViewIfNeeded();
    // The baseline is drawn in GOV.UK blue (#1d70b8): count its pixels on the canvas.
    const blue = await page.evaluate(() => {
      const element = document.getElementById('income-chart') as HTMLCanvasElement;
      const context = element.getContext('2d');
      if (context === null) return -1;
      const data = context.getImageData(0, 0, element.width, element.height).data;
      let count = 0;
      for (let index = 0; index < data.length; index += 4) {
        if (Math.abs((data[index] ?? 0) - 0x1d) < 12 && Math.abs((data[index + 1] ?? 0) - 0x70) < 12 && Math.abs((data[index + 2] ?? 0) - 0xb8) < 12) count += 1;
      }
      return count;
    });
    expect(blue).toBeGreaterThan(500);

    const rows = page.locator('table[data-chart-table] tbody tr');
    expect(await rows.count()).toBe(41);
    const row = async (index: number) => (await rows.nth(index).locator('th, td').allTextContents()).map((text) => text.trim());
    expect((await row(0)).slice(0, 2)).toEqual(['€0.00', '€583.33']);
    expect((await row(20)).slice(0, 2)).toEqual(['€3,000.00', euros(SALARY_3000_DISPOSABLE)]);
    expect((await row(40)).slice(0, 2)).toEqual(['€6,000.00', euros(SALARY_6000_DISPOSABLE)]);
    // Between 2850 and 3000 the household keeps 1 − 0.15 − 0.02 of each extra euro: 17 % is lost.
    expect((await row(20))[2]).toBe('17.0%');
    await expect(canvas.getAttribute('aria-label')).resolves.toContain('Adult 1');
  });

  it('puts a reform on the same chart', async () => {
    await page.selectOption('#chart-reform', 'flat_social_security_contribution');
    await page.click('#draw-chart');
    const rows = page.locator('table[data-chart-table] tbody tr');
    await page.locator('table[data-chart-table] thead th', { hasText: 'reform' }).first().waitFor({ state: 'attached' });
    const row = async (index: number) => (await rows.nth(index).locator('th, td').allTextContents()).map((text) => text.trim());
    expect(await row(20)).toEqual(['€3,000.00', euros(SALARY_3000_DISPOSABLE), '17.0%', euros(REFORM_3000_DISPOSABLE), '18.0%']);
    expect((await row(40))[3]).toBe(euros(REFORM_6000_DISPOSABLE));
    await expect(page.locator('#income-chart').getAttribute('aria-label')).resolves.toContain('reform');
    await page.click('#chart-data summary');
    await page.locator('#chart-section').screenshot({ path: join(resultsDir, 'playground-chart.png') });
  });

  it('passes the automated WCAG 2.2 A and AA checks with every section open', async () => {
    for (const details of await page.locator('#trace details').all()) {
      if (await details.isVisible()) await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
    }
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('works with the keyboard: add a child, submit with Enter', async () => {
    await page.focus('#add-child');
    await page.keyboard.press('Enter');
    // Focus moves into the new person's first field.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('child_2-birth-day');
    // Born 15 June 2019: 5 years old on 1 January 2025, under 6 and under 8.
    for (const [index, text] of ['15', '6', '2019'].entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    }
    await page.focus('#child_2-salary');
    await page.keyboard.press('Enter');
    await page.waitForFunction((expected) => Math.abs(Number(document.querySelector('strong[data-variable="disposable_income"]')?.getAttribute('data-value')) - expected) < 1e-6, WITH_CHILD_DISPOSABLE);
    expect(await disposableIncome()).toBeCloseTo(WITH_CHILD_DISPOSABLE, 9);
    await expect(page.locator('td[data-variable="parenting_allowance"]').textContent()).resolves.toBe('€600.00');
    await expect(page.locator('td[data-variable="age"][data-member="child_2"]').textContent()).resolves.toBe('5 years');
  });

  it('points at the field in error, with GOV.UK’s error summary', async () => {
    await page.fill('#adult_1-salary', 'a lot');
    await page.click('#calculate');
    const summary = page.locator('#error-summary');
    await summary.waitFor({ state: 'visible' });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('error-summary');
    await expect(page.title()).resolves.toMatch(/^Error: /);
    const link = summary.locator('a[href="#adult_1-salary"]');
    await expect(link.textContent()).resolves.toContain('Adult 1');
    await screenshot('playground-error');
    expect(await accessibilityViolations(page)).toEqual([]);
    await link.click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('adult_1-salary');
    await page.fill('#adult_1-salary', '0');
    await page.click('#calculate');
    await summary.waitFor({ state: 'hidden' });
    expect(pageErrors).toEqual([]);
  });

  it('reflows on a 320 px wide screen without sideways scrolling (WCAG 1.4.10)', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 800 } });
    try {
      await narrow.goto(`${server.origin}/`);
      await narrow.click('#calculate');
      await narrow.locator('#chart-section[data-drawn="true"]').waitFor({ timeout: 10_000 });
      await narrow.click('#chart-data summary');
      const widths = await narrow.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      await narrow.screenshot({ path: join(resultsDir, 'playground-320px.png'), fullPage: true });
    } finally {
      await narrow.close();
    }
  });

  it('checks a pasted publiccode.yml and lists each problem with its key and position', async () => {
    await page.goto(`${server.origin}/validate.html`);
    // Line 3 holds a key the standard does not have; url, platforms and the rest are missing.
    await page.getByLabel('The file’s content').fill('publiccodeYmlVersion: "0"\nname: Medusa\ncolour: blue\n');
    await page.getByRole('button', { name: 'Check the file' }).click();
    const unknownKey = page.locator('#validate-result tr', { hasText: 'colour' });
    await unknownKey.waitFor();
    await expect(unknownKey.textContent()).resolves.toContain('3:1');
    await expect(unknownKey.textContent()).resolves.toContain('Error');
    await expect(page.locator('#validate-result tr', { hasText: 'url' }).count()).resolves.toBeGreaterThan(0);
    await screenshot('policy-validation');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('serves the docs site with the guides and the API reference', async () => {
    await page.goto(`${server.origin}/docs/`);
    await expect(page.title()).resolves.toContain('civicblocks');
    // The API reference: one entry per package, named by its npm name.
    await page.getByRole('link', { name: /^@civicblocks\// }).first().waitFor();
    await screenshot('docs-index');
    // typedoc builds its side navigation with a script: the guide's link appears once it ran.
    await page.getByRole('link', { name: 'Getting started' }).first().click();
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Getting started');
    await expect(page.locator('body').textContent()).resolves.toContain('pnpm start');
    await screenshot('docs-getting-started');
  });
});
