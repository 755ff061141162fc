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
import { keyWork, type KeyWork, type TraceEvent } from './trace-work';
import { generateVariants } from './ui-story';

const root = resolve(__dirname, '..');
/**
 * Not 5199: the e2e specs of other engineers may be serving there at the same time;
 * VARIORUM_BENCH_PORT picks another (two checkouts benching side by side).
 */
const PORT = Number(process.env.VARIORUM_BENCH_PORT ?? 5317);
const URL_BASE = `http://127.0.0.1:${PORT}/`;
const CHROMIUM = '/usr/bin/chromium';
/** Presses per measured walk (F8, keystrokes): enough for a stable median and p95. */
const PRESSES = 60;
/** Presses under a trace (tracing slows the page a little; these figures are read apart). */
const TRACED = 40;
/** Milliseconds between keystrokes: a fast typist (25 keys a second). */
const TYPING_GAP_MS = 40;

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
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'error'],
    { cwd: root, stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('vite build failed');
}

async function startPreview(): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'vite.web.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    {
      cwd: root,
      stdio: 'ignore',
      detached: true,
    },
  );
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
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(1)} ms (n=${values.length})`;
}

/** Presses `key` `presses` times, `gapMs` apart, under a Chromium trace; the main-thread work of each press. */
async function tracedWork(
  page: Page,
  key: string,
  presses: number,
  gapMs: number,
): Promise<KeyWork[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; these carry the fields trace-work reads.
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press(key);
    await page.waitForTimeout(gapMs);
  }
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return keyWork(events);
}

function workSummary(work: readonly KeyWork[]): string {
  return `${summary(work.map((w) => w.input + w.frame))} — input ${summary(work.map((w) => w.input)).split(',')[0]}, frame ${summary(work.map((w) => w.frame)).split(',')[0]}`;
}

/**
 * The floor of the key-to-frame method on this machine: the same measure (key event time stamp to
 * after the next frame) for a bare textarea on an empty page, so the figures above can be read
 * against what the browser alone costs (frame alignment, input routing, paint).
 */
async function controlTextarea(page: Page, presses: number, gapMs: number): Promise<number[]> {
  await page.goto('about:blank');
  await page.setContent('<textarea id="control" style="width:300px;height:100px"></textarea>');
  // Plain page script (the bench is typed without the DOM library): the same marks as perf-marks.ts.
  await page.addScriptTag({
    content: `
      let keyAt = 0;
      addEventListener('keydown', (e) => { keyAt = Math.min(e.timeStamp, performance.now()); }, { capture: true });
      document.getElementById('control').addEventListener('input', () => {
        const start = keyAt;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => performance.measure('control:keystroke', { start, end: performance.now() });
          channel.port2.postMessage(null);
        });
      });`,
  });
  await page.locator('#control').click();
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('x');
    await page.waitForTimeout(gapMs);
  }
  return measures(page, 'control:keystroke');
}

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration),
    name,
  );
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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(URL_BASE);
    await page.waitForSelector('[data-testid="compare-view"] .editor.modified .view-line', {
      timeout: 60_000,
    });

    const variants = generateVariants(10, 20_000, 500);
    console.log(
      `story: ${variants.length} variants × ${variants[0]?.text.length ?? 0} characters (${load()})`,
    );
    // Page functions stay anonymous arrows: tsx would wrap named ones in a helper the page lacks.
    const loaded = await page.evaluate((files) => {
      performance.clearMeasures();
      performance.clearMarks('variorum:story-rendered');
      performance.mark('bench:open-start');
      const hook = (
        globalThis as unknown as {
          __variorumTest: { loadVariants(f: unknown): Promise<{ stories: number; flags: number }> };
        }
      ).__variorumTest;
      return hook.loadVariants(files);
    }, variants);
    await page.waitForFunction(
      () => performance.getEntriesByName('variorum:story-rendered', 'mark').length > 0,
      null,
      { timeout: 120_000 },
    );
    const total = await page.evaluate(
      () =>
        performance.measure('bench:open', 'bench:open-start', 'variorum:story-rendered').duration,
    );
    const opened = { ...loaded, total };
    await page.waitForTimeout(300);
    const compare = await measures(page, 'variorum:compare');
    const render = await measures(page, 'variorum:render');
    console.log(
      `flags: ${opened.flags} in ${opened.stories} stor${opened.stories === 1 ? 'y' : 'ies'}`,
    );
    console.log(`compare in the worker: ${summary(compare)}`);
    console.log(`first full render after the result: ${summary(render)}`);
    console.log(`open to first full render (compare + render): ${opened.total.toFixed(1)} ms`);

    // Next flag: F8 from the page (not in the editor), as the editor walks the flags.
    await page.locator('.toolbar .brand').click();
    for (let i = 0; i < PRESSES; i += 1) {
      await page.keyboard.press('F8');
      await page.waitForTimeout(60);
    }
    console.log(
      `next flag (F8 → revealed, next frame): ${summary(await measures(page, 'variorum:next-flag'))}`,
    );
    console.log(
      `  main-thread work per F8 (traced; input + the frame, without the wait for it): ${workSummary(await tracedWork(page, 'F8', TRACED, 60))}`,
    );

    // Keystrokes in the canonical (left pane) when the review shows one, at a fast typist's pace.
    await page.locator('[data-testid="compare-view"] .editor.original .view-line').nth(1).click();
    for (let i = 0; i < PRESSES; i += 1) {
      await page.keyboard.press('x');
      await page.waitForTimeout(TYPING_GAP_MS);
    }
    const keystrokes = await measures(page, 'variorum:keystroke');
    console.log(
      `keystroke in the canonical (key → model, store, next frame): ${keystrokes.length ? summary(keystrokes) : 'not measured (the left pane is not an editable canonical)'}`,
    );
    if (keystrokes.length) {
      console.log(
        `  main-thread work per keystroke (traced; input + the frame, without the wait for it): ${workSummary(await tracedWork(page, 'x', TRACED, TYPING_GAP_MS))}`,
      );
      console.log(
        `  control, a bare textarea on an empty page, same key → next frame measure: ${summary(await controlTextarea(page, PRESSES, TYPING_GAP_MS))}`,
      );
    }
    console.log(`machine after the run: ${load()}`);
    if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
    if (preview.pid) process.kill(-preview.pid);
  }
}
