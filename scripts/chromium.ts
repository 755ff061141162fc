/**
 * Which Chromium the end-to-end tests use, and how to get one on a fresh machine. Shared by
 * scripts/ensure-browser.ts (run first by `npm run e2e`, so by `npm test` and `.ci/run`) and by
 * playwright.config.ts, so the browser the script found is the browser the tests launch.
 *
 * Order: VARIORUM_CHROMIUM (a path, used as given); a system Chromium or Chrome (Debian's
 * /usr/bin/chromium has the CJK fonts of the machine); Playwright's own download; on Debian or
 * Ubuntu as root, the distribution's chromium and fonts-noto-cjk. VARIORUM_NO_SYSTEM_CHROMIUM=1
 * hides the system browsers, so the other paths can be tried on a machine that has one.
 */

/** Environment variable naming the browser binary to use. */
export const CHROMIUM_ENV = 'VARIORUM_CHROMIUM';
/** Environment variable that hides system browsers (for testing the provisioning). */
export const HIDE_SYSTEM_ENV = 'VARIORUM_NO_SYSTEM_CHROMIUM';

/** Where systems put Chromium or Chrome, most specific first. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Debian/Ubuntu packages that give the tests a browser and Chinese fonts. */
export const APT_PACKAGES: readonly string[] = ['chromium', 'fonts-noto-cjk'];

/** What the finder may look at; the real one reads the machine, tests pass their own. */
export interface ChromiumProbe {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when `path` is a file this user may execute. */
  isExecutable(path: string): boolean;
  /** Where Playwright keeps its own Chromium, downloaded or not (undefined if unknown). */
  playwrightPath(): string | undefined;
}

/** Where a browser came from. */
export type ChromiumSource = 'env' | 'system' | 'playwright' | 'apt';

/** A browser the tests can launch. */
export interface FoundChromium {
  readonly path: string;
  readonly source: ChromiumSource;
}

/** Finds a browser without installing anything: the env override, a system one, Playwright's. */
export function findChromium(probe: ChromiumProbe): FoundChromium | null {
  const named = probe.env[CHROMIUM_ENV];
  if (named) return probe.isExecutable(named) ? { path: named, source: 'env' } : null;
  if (probe.env[HIDE_SYSTEM_ENV] !== '1') {
    const system = SYSTEM_CHROMIUM_PATHS.find((path) => probe.isExecutable(path));
    if (system) return { path: system, source: 'system' };
  }
  const own = probe.playwrightPath();
  return own && probe.isExecutable(own) ? { path: own, source: 'playwright' } : null;
}

/** The ways to install a browser; the real ones run commands, tests record the calls. */
export interface Installers {
  /** `npx playwright install chromium`; true when it succeeded. */
  playwrightInstall(): boolean;
  /** True when apt-get may be used: Debian or Ubuntu, running as root. */
  canApt(): boolean;
  /** `apt-get install` of the packages; true when it succeeded. */
  aptInstall(packages: readonly string[]): boolean;
  /** Whether a CJK font is installed; undefined when it cannot be told (no fontconfig). */
  hasCjkFonts(): boolean | undefined;
}

/** What ensureChromium did: the browser, or the one line telling the user what to do. */
export type EnsureOutcome =
  | {
      readonly ok: true;
      readonly found: FoundChromium;
      readonly tried: readonly string[];
      readonly warning?: string;
    }
  | { readonly ok: false; readonly message: string; readonly tried: readonly string[] };

/** The line printed when no browser can be had at all. */
export const NO_BROWSER_MESSAGE =
  'no Chromium for the end-to-end tests: install one (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk; elsewhere: npx playwright install chromium) or set VARIORUM_CHROMIUM=/path/to/chromium';

/** Makes sure a browser exists, installing one if needed, in the order the file comment gives. */
export function ensureChromium(probe: ChromiumProbe, installers: Installers): EnsureOutcome {
  const tried: string[] = [];
  const named = probe.env[CHROMIUM_ENV];
  if (named) {
    if (probe.isExecutable(named))
      return withFonts({ path: named, source: 'env' }, tried, installers);
    return {
      ok: false,
      tried,
      message: `${CHROMIUM_ENV}=${named} is not an executable file: point it at a Chromium or Chrome binary, or unset it`,
    };
  }
  const present = findChromium(probe);
  if (present) return withFonts(present, tried, installers);

  tried.push('playwright');
  if (installers.playwrightInstall()) {
    const own = findChromium({ ...probe, env: { ...probe.env, [HIDE_SYSTEM_ENV]: '1' } });
    if (own) return withFonts(own, tried, installers);
  }
  if (installers.canApt()) {
    tried.push('apt');
    if (installers.aptInstall(APT_PACKAGES)) {
      // apt puts it at a system path even when system browsers were hidden for the test.
      const system = SYSTEM_CHROMIUM_PATHS.find((path) => probe.isExecutable(path));
      if (system) return withFonts({ path: system, source: 'apt' }, tried, installers);
    }
  }
  return { ok: false, tried, message: NO_BROWSER_MESSAGE };
}

/** Chinese pages render as boxes without a CJK font: install one where apt may, else warn. */
function withFonts(
  found: FoundChromium,
  tried: readonly string[],
  installers: Installers,
): EnsureOutcome {
  if (installers.hasCjkFonts() !== false) return { ok: true, found, tried };
  if (installers.canApt() && installers.aptInstall(['fonts-noto-cjk']))
    return { ok: true, found, tried: [...tried, 'apt-fonts'] };
  return {
    ok: true,
    found,
    tried,
    warning:
      'no CJK font found: Chinese text shows as boxes in screenshots (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk)',
  };
}
