import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSampleSets, openSampleSet } from './samples';

const samplesDir = resolve(__dirname, '../../assets/samples');

describe('sample sets', () => {
  it('lists the zh and en sets', async () => {
    expect(await listSampleSets(samplesDir)).toEqual(expect.arrayContaining(['en', 'zh']));
  });

  it('opens three or more Chinese page variants by default, each a whole page with the shared story', async () => {
    const result = await openSampleSet(samplesDir);
    expect(result.failures).toEqual([]);
    expect(result.files.length).toBeGreaterThanOrEqual(3);
    for (const file of result.files) {
      expect(file.text).toContain('老旧小区改造让居民住得更舒心');
      expect(file.text.length).toBeGreaterThan(1000);
    }
    expect(result.files.map((f) => f.name)).toEqual([...result.files.map((f) => f.name)].sort());
  });

  it('carries the discrepancies assets/samples/README.md promises', async () => {
    const [v1, v2, v3] = (await openSampleSet(samplesDir, 'zh')).files.map((f) => f.text);
    expect(v1).toContain('社区党委书记王建华');
    expect(v2).toContain('社区党委书记王建平');
    expect(v1).toContain('培训社区工作者4120名');
    expect(v2).toContain('培训社区工作者4210名');
    expect(v3).toContain('2024年全国共开工');
    expect(v3).toContain('1.5亿公里');
    expect(v3).toContain('供水，供电');
    expect(v1).toContain('孙明远');
    expect(v3).not.toContain('孙明远');
    expect(v2).toMatch(/歇三回,\r\n现在坐电梯/);
    expect(v3).toMatch(/^# /);
  });

  it('opens the English set', async () => {
    const result = await openSampleSet(samplesDir, 'en');
    expect(result.files).toHaveLength(3);
    expect(result.files[1]?.text).toContain('8,400 homes');
  });

  it('refuses a set name that could leave the samples folder, and an unknown set', async () => {
    await expect(openSampleSet(samplesDir, '../..')).rejects.toThrow(/Unknown sample set/);
    await expect(openSampleSet(samplesDir, 'fr')).rejects.toThrow(/available: .*zh/);
  });
});
