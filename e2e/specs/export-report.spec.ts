/**
 * Export artifacts in the real browser (issue 6): the HTML report renders offline with every flag
 * and a screenshot is kept as an artifact; the TEI parses with the browser's own DOMParser.
 * The files are produced by app/export in the test process, from our own fixture.
 */
import { expect, test } from '@playwright/test';
import { exportProject } from '../../app/export/index';
import { FIXTURE_SOURCE, FIXTURE_STORY } from '../../test/fixtures/export/export-fixture';

const NOW = '2026-11-23T10:00:00.000Z';

/** The few DOM types used inside page.evaluate: e2e compiles against Node's types, without the DOM lib. */
interface ElementLike {
  readonly localName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<ElementLike>;
  getAttribute(name: string): string | null;
}
interface BrowserGlobals {
  DOMParser: new () => {
    parseFromString(
      source: string,
      type: string,
    ): {
      getElementsByTagName(name: string): ArrayLike<ElementLike>;
      getElementsByTagNameNS(ns: string, name: string): ArrayLike<ElementLike>;
    };
  };
  getComputedStyle(element: unknown): { readonly backgroundColor: string };
}

test('the HTML report renders self-contained, with every flag, and prints', async ({
  page,
}, testInfo) => {
  const file = await exportProject('html', FIXTURE_SOURCE, { now: NOW });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.setContent(String(file.data), { waitUntil: 'load' });
  await expect(page.locator('h1')).toHaveText(FIXTURE_SOURCE.title ?? '');
  for (const flag of FIXTURE_STORY.flags) {
    await expect(page.locator(`tr[id="${flag.id}"]`)).toBeVisible();
  }
  await expect(page.locator('tr[id="s1-f3"] td.status-open')).toHaveText('open');
  // A reading cell carries its variant's colour.
  const background = await page
    .locator('tr[id="s1-f1"] td.reading')
    .first()
    .evaluate(
      (el) => (globalThis as unknown as BrowserGlobals).getComputedStyle(el).backgroundColor,
    );
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  const screenshot = await page.screenshot({ fullPage: true });
  await testInfo.attach('report.png', { body: screenshot, contentType: 'image/png' });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the TEI parses with the browser DOMParser and lists every reading', async ({ page }) => {
  const file = await exportProject('tei', FIXTURE_SOURCE, { now: NOW });
  const parsed = await page.evaluate((xml) => {
    const { DOMParser } = globalThis as unknown as BrowserGlobals;
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
    const apps = Array.from(doc.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'app')).map(
      (app) => ({
        id: app.getAttribute('xml:id'),
        readings: Array.from(app.children)
          .filter((c) => c.localName === 'lem' || c.localName === 'rdg')
          .map((c) => ({ wit: c.getAttribute('wit'), text: c.textContent })),
      }),
    );
    return { error, apps };
  }, String(file.data));
  expect(parsed.error).toBeNull();
  expect(parsed.apps.map((a) => a.id)).toEqual(FIXTURE_STORY.flags.map((f) => f.id));
  for (const flag of FIXTURE_STORY.flags) {
    const app = parsed.apps.find((a) => a.id === flag.id);
    for (const reading of flag.readings) {
      const entry = app?.readings.find((r) =>
        (r.wit ?? '').split(' ').includes(`#${reading.variant}`),
      );
      // <lb/> has no text content: compare without line breaks.
      expect(entry?.text).toBe(reading.text.replace(/\r?\n/g, ''));
    }
  }
});
