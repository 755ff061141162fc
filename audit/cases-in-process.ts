/**
 * The audit's in-process classes: a compromised renderer against the real API and registry, the
 * CSV report, project checks, the autosave's file mode and the packaging fuses. Each case returns
 * whether the defence held; audit/run.ts prints the figures and audit.test.ts asserts them.
 */
import { readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { API_METHODS, channelOf, type OpenResult } from '../app/ipc/contract';
import { parseCsv, reportCsv } from '../app/export/report-csv';
import { checkAgainstVariants } from '../app/project/check-against-variants';
import type { Dialogs } from '../main/api';
import { MAX_WRITE_BYTES } from '../main/api-access';
import { createDispatcher, type TrustPolicy } from '../main/ipc/registry';
import { AutosaveStore } from '../main/services/autosave';
import { apiInHome, makeHostileHome } from '../test/support/main/hostile-home';
import { projectNaming } from '../test/support/main/project-naming';
import { FIXTURE_SOURCE } from '../test/fixtures/export/export-fixture';
import { reportRows } from '../app/export/report-rows';
import { resolveStories } from '../app/export/story-texts';

/** One audit case: a name and whether the defence held (a thrown error counts as not held). */
export interface AuditCase {
  readonly name: string;
  run(): Promise<boolean>;
}

/** A class of cases, e.g. "ipc-read". */
export interface AuditClass {
  readonly name: string;
  readonly cases: readonly AuditCase[];
}

const policy: TrustPolicy = { rendererFileUrl: 'file:///opt/variorum/out/renderer/index.html' };

/** A sandbox home with a secret, a bashrc, two sources and symlinks a hostile page might use. */
export async function makeSandbox(
  home: string,
): Promise<{ call: (method: string, ...args: unknown[]) => Promise<unknown>; work: string }> {
  const work = join(home, 'work');
  await makeHostileHome(home, 'PRIVATE KEY\n');
  const answers = {
    files: [join(work, 'a.txt'), join(work, 'b.txt')] as string[] | null,
    save: null as string | null,
  };
  const dialogs: Dialogs = {
    chooseFiles: async () => answers.files,
    chooseFolder: async () => null,
    chooseSavePath: async () => answers.save,
    chooseProject: async () => null,
  };
  const api = apiInHome(home, dialogs);
  const dispatch = createDispatcher(api, policy);
  const call = (method: string, ...args: unknown[]): Promise<unknown> =>
    dispatch(channelOf(method), { senderFrame: { url: policy.rendererFileUrl } }, args);
  await call('openVariantsDialog'); // the editor's own choice: a.txt and b.txt
  return { call, work };
}

/** True when the promise rejects (the call was refused). */
async function refused(promise: Promise<unknown>): Promise<boolean> {
  try {
    await promise;
    return false;
  } catch {
    return true;
  }
}

/** True when an OpenResult read nothing. */
function readNothing(result: unknown): boolean {
  return (result as OpenResult).files.length === 0;
}

/** The compromised-renderer classes, run against a sandbox home. */
export function ipcClasses(home: string): AuditClass[] {
  let sandbox: Sandbox | undefined;
  const get = async () => (sandbox ??= await makeSandbox(home));
  return [
    { name: 'ipc: read a path nobody chose', cases: hostileReadCases(get, home) },
    { name: 'ipc: write where no Save dialog pointed', cases: hostileWriteCases(get, home) },
    { name: 'ipc: huge payloads', cases: hugePayloadCases(get) },
    { name: 'ipc: wrong types, channels, senders', cases: wrongTypeCases(get) },
  ];
}

/** The sandbox the IPC cases call into, made on first use. */
type Sandbox = Awaited<ReturnType<typeof makeSandbox>>;
type GetSandbox = () => Promise<Sandbox>;

/** Reads of a secret, system files, traversals and symlinks: nothing read, or refused. */
function hostileReadCases(get: GetSandbox, home: string): AuditCase[] {
  const secret = join(home, '.ssh', 'id_rsa');
  const hostileReads = () => [
    secret,
    '/etc/passwd',
    relative(process.cwd(), '/etc/passwd'),
    `${join(home, 'work')}/../.ssh/id_rsa`,
    join(home, 'work', 'innocent.txt'),
  ];
  const readCases: AuditCase[] = [];
  for (const [k, label] of [
    'secret',
    '/etc/passwd',
    'relative traversal',
    'dot-dot',
    'symlink to secret',
  ].entries()) {
    readCases.push({
      name: `openPaths ${label}`,
      run: async () => readNothing(await (await get()).call('openPaths', [hostileReads()[k]])),
    });
    readCases.push({
      name: `rereadPaths ${label}`,
      run: async () => readNothing(await (await get()).call('rereadPaths', [hostileReads()[k]])),
    });
    readCases.push({
      name: `readProject ${label}`,
      run: async () => refused((await get()).call('readProject', hostileReads()[k])),
    });
  }
  readCases.push({
    name: 'drop label grants nothing',
    run: async () => {
      const { call } = await get();
      await call('decodeFiles', [{ name: 'id_rsa', path: secret, bytes: new Uint8Array([65]) }]);
      return readNothing(await call('rereadPaths', [secret]));
    },
  });
  return readCases;
}

/** Writes to dotfiles, autostart, sources and traversals with no Save dialog: refused. */
function hostileWriteCases(get: GetSandbox, home: string): AuditCase[] {
  const writeTargets = () => [
    join(home, '.bashrc'),
    join(home, '.config', 'autostart', 'x.desktop'),
    join(home, 'work', 'a.txt'),
    join(home, 'linked-work', 'a.txt'),
    `${join(home, 'work')}/../.bashrc`,
  ];
  const writeCases: AuditCase[] = [
    '~/.bashrc',
    'autostart entry',
    'a source',
    'a source via symlinked folder',
    'dot-dot',
  ].map((label, k) => ({
    name: `saveFile ${label}`,
    run: async () =>
      refused(
        (await get()).call('saveFile', {
          suggestedName: 'x',
          data: 'pwned',
          path: writeTargets()[k],
        }),
      ),
  }));
  return writeCases;
}

/** Payloads over the write cap, and 5000 paths in one call: refused. */
function hugePayloadCases(get: GetSandbox): AuditCase[] {
  const sizeCases: AuditCase[] = [
    {
      name: 'saveFile over the cap',
      run: async () =>
        refused(
          (await get()).call('saveFile', {
            suggestedName: 'x',
            data: new Uint8Array(MAX_WRITE_BYTES + 1),
          }),
        ),
    },
    {
      name: 'autosave over the cap',
      run: async () => refused((await get()).call('autosave', 'x'.repeat(MAX_WRITE_BYTES + 1))),
    },
    {
      name: '5000 paths',
      run: async () =>
        refused(
          (await get()).call(
            'openPaths',
            Array.from({ length: 5000 }, () => '/etc/passwd'),
          ),
        ),
    },
  ];
  return sizeCases;
}

/** Arguments of the wrong type, an unknown channel and an untrusted sender: refused. */
function wrongTypeCases(get: GetSandbox): AuditCase[] {
  const wrong: [string, unknown[]][] = [
    ['openPaths', ['/etc/passwd']],
    ['rereadPaths', [{ 0: '/etc/passwd', length: 1 }]],
    ['readProject', [42]],
    ['saveFile', [{ suggestedName: 'x', data: { length: 1 } }]],
    ['decodeFiles', [[{ name: 'x', bytes: 'AAAA' }]]],
    ['autosave', [{ toString: () => 'x' }]],
    ['openSamples', ['../../..']],
    ['platformInfo', ['extra']],
  ];
  const typeCases: AuditCase[] = wrong.map(([method, args]) => ({
    name: `${method} wrong type`,
    run: async () => refused((await get()).call(method, ...args)),
  }));
  typeCases.push({
    name: 'unknown channel',
    run: async () =>
      refused(
        createDispatcher({} as never, policy)(
          'variorum:eval',
          { senderFrame: { url: policy.rendererFileUrl } },
          [],
        ),
      ),
  });
  typeCases.push({
    name: 'untrusted sender',
    run: async () =>
      refused(
        createDispatcher({} as never, policy)(
          channelOf(API_METHODS[0]),
          { senderFrame: { url: 'https://evil.invalid/' } },
          [],
        ),
      ),
  });
  return typeCases;
}

/** CSV formula injection, project-vs-variant checks, the autosave's mode and the fuses. */
export function dataClasses(home: string, root: string): AuditClass[] {
  return [
    { name: 'reports: CSV formula cells', cases: csvCases() },
    { name: 'projects: data against the variants', cases: projectCheckCases() },
    { name: 'files: autosave mode and leftovers', cases: autosaveFileCases(home) },
    { name: 'packaging: Electron fuses', cases: fuseCases(root) },
  ];
}

/** A report cell starting like a formula is neutralised (OWASP). */
function csvCases(): AuditCase[] {
  const rows = reportRows(resolveStories(FIXTURE_SOURCE), FIXTURE_SOURCE.variants);
  const csvCases: AuditCase[] = ['=1+1', '+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1'].map((start) => ({
    name: `CSV cell starting ${JSON.stringify(start[0])}`,
    run: async () => {
      const hostile = rows.map((r, i) => (i === 0 ? { ...r, note: start } : r));
      const [header, first] = parseCsv(reportCsv(hostile, FIXTURE_SOURCE.variants));
      return first?.[header?.indexOf('note') ?? -1]?.startsWith("'") === true;
    },
  }));
  return csvCases;
}

/** Readings past the end or contradicting their variant, and decisions for missing flags, are found. */
function projectCheckCases(): AuditCase[] {
  const story = FIXTURE_SOURCE.stories[0]!;
  const flag = story.flags[0]!;
  const reading = flag.readings[0]!;
  const broken = (change: Partial<typeof reading>) => ({
    ...FIXTURE_SOURCE,
    stories: [
      {
        ...story,
        flags: [
          { ...flag, readings: [{ ...reading, ...change }, ...flag.readings.slice(1)] },
          ...story.flags.slice(1),
        ],
      },
    ],
  });
  const review = FIXTURE_SOURCE.reviews[0]!;
  const projectCases: AuditCase[] = [
    {
      name: 'reading past the end',
      run: async () => checkAgainstVariants(broken({ start: 9_000_000, end: 9_000_001 })).total > 0,
    },
    {
      name: 'start after end',
      run: async () => checkAgainstVariants(broken({ start: reading.end + 1 })).total > 0,
    },
    {
      name: 'reading contradicts its variant',
      run: async () => checkAgainstVariants(broken({ text: `${reading.text}X` })).total > 0,
    },
    {
      name: 'decision for a missing flag',
      run: async () =>
        checkAgainstVariants({
          ...FIXTURE_SOURCE,
          reviews: [
            {
              ...review,
              decisions: { ...review.decisions, nope: Object.values(review.decisions)[0]! },
            },
          ],
        }).total > 0,
    },
    {
      name: 'a sound project passes',
      run: async () => checkAgainstVariants(FIXTURE_SOURCE).total === 0,
    },
  ];
  return projectCases;
}

/** The autosave is 0600, and a temp file a kill left is removed at start. */
function autosaveFileCases(home: string): AuditCase[] {
  const fileCases: AuditCase[] = [
    {
      name: 'autosave is 0600',
      run: async () => {
        const store = new AutosaveStore(join(home, 'mode-check'));
        await store.write(projectNaming([]));
        return process.platform === 'win32' || ((await stat(store.path)).mode & 0o777) === 0o600;
      },
    },
    {
      name: 'autosave temp left by a kill is removed at start',
      run: async () => {
        const store = new AutosaveStore(join(home, 'leftover-check'));
        await store.write('{"good":1}');
        await writeFile(
          join(home, 'leftover-check', '.autosave.variorum.json.tmp-4194305-abc'),
          '{"part',
        );
        return (
          (await store.read()) === '{"good":1}' &&
          !(await readFile(
            join(home, 'leftover-check', '.autosave.variorum.json.tmp-4194305-abc'),
          ).then(
            () => true,
            () => false,
          ))
        );
      },
    },
  ];
  return fileCases;
}

/** electron-builder.yml sets the Electron fuses. */
function fuseCases(root: string): AuditCase[] {
  const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
    electronFuses?: Record<string, boolean>;
  };
  const fuses: [string, boolean][] = [
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
  ];
  const fuseCases: AuditCase[] = fuses.map(([fuse, want]) => ({
    name: `fuse ${fuse} ${want}`,
    run: async () => config.electronFuses?.[fuse] === want,
  }));
  return fuseCases;
}
