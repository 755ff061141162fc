/**
 * UI responsiveness (issue 5), measured in Chromium with the page's own performance marks:
 * opening a story of 10 variants × 20k characters with ~500 flags (compare in the worker, then
 * first full render), next flag (F8), and a keystroke in the canonical. Prints; never asserts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { generateVariants } from './ui-story';

const root = resolve(__dirname, '..');
/** Not 5199: the e2e specs of other engineers may be serving there at the same time. */
const PORT = 5317;
const URL_BASE = `http://127.0.0.1:${PORT}/`;
const CHROMIUM = '/usr/bin/chromium';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist-web when it is missing or older than the sources. */
function buildIfNeeded(): void {
  const index = join(root, 'dist-web/index.html');
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'app')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('building the web app…');
  const built = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
}

async function startPreview(): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(URL_BASE)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${URL_BASE}`);
}

/** The machine's load (1-minute average over its cores): figures on a busy machine run slower. */
function load(): string {
  return `load ${loadavg()[0]?.toFixed(2) ?? '?'} on ${cpus().length} cores`;
}

function summary(values: readonly number[]): string {
  if (values.length === 0) return 'no samples';
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms (n=${values.length})`;
}

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);
}

/** Runs the UI bench and prints its figures. */
export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  buildIfNeeded();
  const preview = await startPreview();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(URL_BASE);
    await page.waitForSelector('[data-testid="compare-view"] .editor.modified .view-line', { timeout: 60_000 });

    const variants = generateVariants(10, 20_000, 500);
    console.log(`story: ${variants.length} variants × ${variants[0]?.text.length ?? 0} characters (${load()})`);
    // Page functions stay anonymous arrows: tsx would wrap named ones in a helper the page lacks.
    const loaded = await page.evaluate((files) => {
      performance.clearMeasures();
      performance.clearMarks('variorum:story-rendered');
      performance.mark('bench:open-start');
      const hook = (globalThis as unknown as { __variorumTest: { loadVariants(f: unknown): Promise<{ stories: number; flags: number }> } }).__variorumTest;
      return hook.loadVariants(files);
    }, variants);
    await page.waitForFunction(() => performance.getEntriesByName('variorum:story-rendered', 'mark').length > 0, null, { timeout: 120_000 });
    const total = await page.evaluate(() => performance.measure('bench:open', 'bench:open-start', 'variorum:story-rendered').duration);
    const opened = { ...loaded, total };
    await page.waitForTimeout(300);
    const compare = await measures(page, 'variorum:compare');
    const render = await measures(page, 'variorum:render');
    console.log(`flags: ${opened.flags} in ${opened.stories} stor${opened.stories === 1 ? 'y' : 'ies'}`);
    console.log(`compare in the worker: ${summary(compare)}`);
    console.log(`first full render after the result: ${summary(render)}`);
    console.log(`open to first full render (compare + render): ${opened.total.toFixed(1)} ms`);

    // Next flag: F8 from the page (not in the editor), as the editor walks the flags.
    await page.locator('.toolbar .brand').click();
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('F8');
      await page.waitForTimeout(60);
    }
    console.log(`next flag (F8 → revealed, next frame): ${summary(await measures(page, 'variorum:next-flag'))}`);

    // Keystrokes in the canonical (left pane) when the review shows one.
    await page.locator('[data-testid="compare-view"] .editor.original .view-line').nth(1).click();
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('x');
      await page.waitForTimeout(40);
    }
    const keystrokes = await measures(page, 'variorum:keystroke');
    console.log(`keystroke in the canonical (key → model, store, decorations, next frame): ${keystrokes.length ? summary(keystrokes) : 'not measured (the left pane is not an editable canonical)'}`);
    console.log(`machine after the run: ${load()}`);
    if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
    if (preview.pid) process.kill(-preview.pid);
  }
}
