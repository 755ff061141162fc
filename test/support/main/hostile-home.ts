/**
 * The sandbox a compromised renderer is played against, shared by main/api-hostile.test.ts and the
 * audit (audit/cases-in-process.ts): a home folder with a secret and a shell profile, a work folder
 * with two sources the editor may choose, and the symlinks a hostile page would aim at.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { VariorumInvokeApi } from '../../../app/ipc/contract';
import { createApi, type Dialogs } from '../../../main/api';
import { LaunchFiles } from '../../../main/launch';
import { AutosaveStore } from '../../../main/services/autosave';
import type { PathGrants } from '../../../main/services/grants';
import { RecentStore } from '../../../main/services/recent';

/** Where the sandbox's files are. */
export interface HostileHome {
  readonly home: string;
  readonly work: string;
  readonly secret: string;
}

/** Writes the sandbox under `home`: ~/.ssh/id_rsa holding `secret`, ~/.bashrc, work/a.txt, work/b.txt, work/innocent.txt → the secret, ~/linked-work → work. */
export async function makeHostileHome(home: string, secret: string): Promise<HostileHome> {
  const work = join(home, 'work');
  await mkdir(join(home, '.ssh'), { recursive: true });
  await mkdir(work, { recursive: true });
  await writeFile(join(home, '.ssh', 'id_rsa'), secret);
  await writeFile(join(home, '.bashrc'), 'export PATH\n');
  await writeFile(join(work, 'a.txt'), '甲报：记者王建华报道。\n');
  await writeFile(join(work, 'b.txt'), '乙报：记者王建平报道。\n');
  await symlink(join(home, '.ssh', 'id_rsa'), join(work, 'innocent.txt'));
  await symlink(work, join(home, 'linked-work'));
  return { home, work, secret };
}

/** The real API over the sandbox's own Recent list and autosave folder (a fresh one each call is a restarted app). */
export function apiInHome(home: string, dialogs: Dialogs, grants?: PathGrants): VariorumInvokeApi {
  return createApi({
    dialogs,
    ...(grants ? { grants } : {}),
    recent: new RecentStore(join(home, 'data', 'recent.json')),
    autosave: new AutosaveStore(join(home, 'data', 'autosave')),
    samplesDir: resolve(__dirname, '../../assets/samples'),
    launch: new LaunchFiles([]),
    platform: { locale: 'en', version: '0' },
  });
}
