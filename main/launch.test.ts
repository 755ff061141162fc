import { describe, expect, it } from 'vitest';
import { fileArguments, LaunchFiles, launchDirectory, secondLaunchDirectory } from './launch';

describe('fileArguments', () => {
  it('skips the executable and the app path in development, resolving relative paths', () => {
    expect(
      fileArguments(['/usr/lib/electron', '.', 'a.txt', '/abs/b.txt'], '/home/ed/pages', false),
    ).toEqual(['/home/ed/pages/a.txt', '/abs/b.txt']);
  });

  it('keeps every non-switch argument in a packaged app', () => {
    expect(
      fileArguments(['/opt/Variorum/variorum', 'pages/p1.txt', '--no-sandbox'], '/home/ed', true),
    ).toEqual(['/home/ed/pages/p1.txt']);
  });

  it('skips Chromium switches but treats everything after -- as a file', () => {
    expect(
      fileArguments(
        ['electron', 'out/main/index.js', '--remote-debugging-port=0', '--', '-odd-name.txt'],
        '/w',
        false,
      ),
    ).toEqual(['/w/-odd-name.txt']);
  });

  it('returns nothing when no files are given', () => {
    expect(fileArguments(['electron', '.'], '/w', false)).toEqual([]);
  });
});

describe('launch directories', () => {
  it('prefers INIT_CWD (where the user ran npm start)', () => {
    expect(launchDirectory({ INIT_CWD: '/home/ed/pages' }, '/repo')).toBe('/home/ed/pages');
    expect(launchDirectory({}, '/repo')).toBe('/repo');
  });

  it('reads the cwd a second instance sent, else the working directory', () => {
    expect(secondLaunchDirectory({ cwd: '/home/ed/b' }, '/repo')).toBe('/home/ed/b');
    expect(secondLaunchDirectory(undefined, '/repo')).toBe('/repo');
    expect(secondLaunchDirectory({ cwd: 3 }, '/repo')).toBe('/repo');
  });
});

describe('LaunchFiles', () => {
  it('hands the files over once, and null when none were given', () => {
    const launch = new LaunchFiles(['/a.txt']);
    expect(launch.take()).toEqual(['/a.txt']);
    expect(launch.take()).toBeNull();
    expect(new LaunchFiles([]).take()).toBeNull();
  });

  it('queues a second launch that comes before the renderer took the files, and refuses after', () => {
    const launch = new LaunchFiles([]);
    expect(launch.offer(['/b.txt', '/c.txt'])).toBe(true);
    expect(launch.offer(['/b.txt'])).toBe(true);
    expect(launch.take()).toEqual(['/b.txt', '/c.txt']);
    expect(launch.offer(['/d.txt'])).toBe(false);
    expect(launch.take()).toBeNull();
  });
});
