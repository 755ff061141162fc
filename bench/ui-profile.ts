/**
 * A trace of the bench story's next-flag and keystroke paths (for finding what costs the frame):
 * opens the 10 × 20k story in Chromium, records a Chromium trace around a few F8 presses and
 * keystrokes and prints where the main thread's time went. Run: npx tsx bench/ui-profile.ts [port].
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { generateVariants } from './ui-story';

const PORT = Number(process.argv[2] ?? 5318);
const CHROMIUM = '/usr/bin/chromium';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly dur?: number;
  readonly tid: number;
  readonly pid: number;
  readonly args?: {
    data?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[] };
    beginData?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[] };
  };
}

/** Sums trace event durations by name on the renderer main thread. */
function summarise(events: readonly TraceEvent[], presses: number): void {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain',
  );
  const onMain = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X',
  );
  const sums = new Map<string, number>();
  for (const e of onMain) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const names = [
    'RunTask',
    'EventDispatch',
    'FunctionCall',
    'FireAnimationFrame',
    'TimerFire',
    'RunMicrotasks',
    'v8.run',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'UpdateLayer',
    'HitTest',
    'ScrollLayer',
    'IntersectionObserverController::computeIntersections',
    'ParseAuthorStyleSheet',
    'MinorGC',
    'MajorGC',
  ];
  for (const n of names)
    if (sums.has(n))
      console.log(`  ${n.padEnd(24)} ${((sums.get(n) ?? 0) / presses).toFixed(1)} ms per press`);
  const forced = onMain.filter(
    (e) =>
      (e.name === 'Layout' || e.name === 'UpdateLayoutTree') &&
      (e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace),
  );
  const byFn = new Map<string, number>();
  for (const e of forced) {
    const top = (e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? [])[0];
    const key = `${e.name} ← ${top?.functionName ?? '?'} ${top?.url.split('/').pop() ?? ''}:${top?.lineNumber ?? ''}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`  forced: ${k} ${(v / presses).toFixed(1)} ms per press`);
}

interface CpuProfile {
  readonly nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** Self time per function (and per script) from a CPU profile, per press. */
function printProfile(profile: CpuProfile, presses: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byScript = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const f = node.callFrame;
    const script = f.url.split('/').pop() || f.functionName;
    if (script === '(idle)' || script === '(program)') return;
    const key = `${f.functionName || '(anon)'} ${script}:${f.lineNumber}:${f.columnNumber}`;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + dt);
    byScript.set(script, (byScript.get(script) ?? 0) + dt);
  });
  for (const [k, v] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 6))
    console.log(`  script ${k}: ${(v / presses).toFixed(1)} ms per press`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  self ${k}: ${(v / presses).toFixed(2)} ms per press`);
}

async function traced(
  page: Page,
  label: string,
  presses: number,
  act: () => Promise<void>,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; these carry the fields read above.
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await act();
  await cdp.send('Tracing.end');
  await done;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(`/tmp/perfw/${label}.cpuprofile`, JSON.stringify(profile));
  printProfile(profile, presses);
  writeFileSync(`/tmp/perfw/${label}.json`, JSON.stringify({ traceEvents: events }));
  console.log(`${label}:`);
  summarise(events, presses);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForSelector('[data-testid="compare-view"] .editor.modified .view-line', {
    timeout: 60_000,
  });
  const variants = generateVariants(10, 20_000, 500);
  await page.evaluate((files) => {
    performance.clearMeasures();
    const hook = (
      globalThis as unknown as { __variorumTest: { loadVariants(f: unknown): Promise<unknown> } }
    ).__variorumTest;
    return hook.loadVariants(files);
  }, variants);
  await page.waitForFunction(
    () => performance.getEntriesByName('variorum:story-rendered', 'mark').length > 0,
    null,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(1000);
  // An experiment: VARIORUM_PROFILE_CSS="…" adds a style sheet (e.g. hide a panel to see its cost).
  if (process.env.VARIORUM_PROFILE_CSS)
    await page.addStyleTag({ content: process.env.VARIORUM_PROFILE_CSS });
  await page.locator('.toolbar .brand').click();
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('F8');
    await page.waitForTimeout(100);
  }
  await traced(page, 'f8', 10, async () => {
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('F8');
      await page.waitForTimeout(150);
    }
  });
  const f8 = await page.evaluate(() =>
    performance
      .getEntriesByName('variorum:next-flag', 'measure')
      .map((e) => Math.round(e.duration)),
  );
  console.log(`  next-flag measures: ${f8.join(' ')}`);
  await page.locator('[data-testid="compare-view"] .editor.original .view-line').nth(1).click();
  await traced(page, 'key', 10, async () => {
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('x');
      await page.waitForTimeout(100);
    }
  });
  const keys = await page.evaluate(() =>
    performance
      .getEntriesByName('variorum:keystroke', 'measure')
      .map((e) => Math.round(e.duration)),
  );
  console.log(`  keystroke measures: ${keys.join(' ')}`);
  await browser.close();
}

void main();
