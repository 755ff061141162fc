/**
 * Second round of whole-page probes, written before their results were seen: jump lines in
 * English (Continued on A6 / from A1), a continuation mark with a page number in Chinese numerals
 * (转第二版 / 紧接第一版), a front-page teaser (导读) that repeats a story's lead and points to it,
 * a 相关链接 box after the story in one paper, and a local story on the same subject printed
 * before the shared one under its own headline.
 */
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures/stories/news-stories';
import { findStories } from './find-stories';
import { variant, covered, uncovered } from '../../test/fixtures/stories/test-pages';

describe('probe: an English story jumping from A1 to A6 with jump lines', () => {
  const p = [
    'DENVER (AP) — Colorado will pay farmers along the South Platte River to leave some fields dry this summer, state officials said Tuesday, as a second year of low snowpack leaves reservoirs far below normal.',
    'The program will pay up to $400 an acre to growers who agree not to irrigate, and officials hope to enroll 20,000 acres. The water saved would stay in the river for towns downstream.',
    '"Nobody wants to see a field go brown," said Ana Whitcomb, the state water engineer. "But the alternative is cities running short in August."',
    'Farm groups said the payments were fair but warned that idled land can take years to recover. Some growers said they would sign up only if the program is repeated next year.',
    'The state will take applications through May 15 and expects to announce the first contracts in June.',
  ];
  const wire = variant(
    'W',
    page([
      'Colorado to pay farmers to idle fields amid drought',
      'By SAM OKAFOR Associated Press',
      ...p,
    ]),
  );
  const front = variant(
    'A1',
    page([
      'THE PLAINS LEDGER   Wednesday, April 22, 2026   A1',
      'State will pay growers to leave fields dry',
      'By SAM OKAFOR Associated Press',
      p[0] ?? '',
      p[1] ?? '',
      'See DROUGHT, Page A6',
      'City council approves new bus routes',
      'The city council voted 6-1 on Monday to add two bus routes connecting the north side to the hospital district, starting in September.',
    ]),
  );
  const inside = variant(
    'A6',
    page([
      'THE PLAINS LEDGER   Wednesday, April 22, 2026   A6',
      'DROUGHT from Page A1',
      p[2] ?? '',
      p[3] ?? '',
      p[4] ?? '',
      'Obituaries',
      'Margaret Ellen Hayes, 88, of Greeley, died April 19. She taught third grade for 34 years at Maple Elementary.',
    ]),
  );
  const { shared } = findStories([wire, front, inside]);

  it('finds one story over both pages, without the bus routes or the obituary', () => {
    expect(shared).toHaveLength(1);
    const text = `${covered(shared[0], front)}${covered(shared[0], inside)}`;
    expect(uncovered(text, p)).toEqual([]);
    for (const foreign of ['bus routes', 'Obituaries', 'Margaret', 'PLAINS LEDGER'])
      expect(text).not.toContain(foreign);
  });
});

describe('probe: continuation marks with the page in Chinese numerals', () => {
  const title = '黄河滩区群众喜迁新居';
  const p = [
    '新华社郑州10月8日电（记者 牛少杰）国庆假期刚过，河南省范县陈庄镇的滩区群众陆续搬进了新建的社区。三室两厅的楼房、宽敞的广场和新建的小学，让村民们告别了“十年攒钱、十年垫台、十年盖房”的日子。',
    '范县地处黄河滩区，过去一遇洪水，村民的房屋和庄稼就会被淹。近年来，当地实施滩区居民迁建工程，已有四万余名群众搬出滩区。',
    '六十五岁的村民韩秀英站在新家阳台上说：“以前住的是土坯房，下大雨就漏，现在住上了楼房，孙子上学走几分钟就到。”',
    '为让搬迁群众稳得住、能致富，当地在社区附近建起了扶贫车间和农业产业园，吸纳一千二百多名群众就近就业。',
  ];
  const wire = variant('W', page([title, ...p, '（新华社郑州10月8日电）']));
  const one = variant(
    'P1',
    page([
      '豫北日报　第一版',
      title,
      p[0] ?? '',
      p[1] ?? '',
      '（转第二版）',
      '全市秋粮收获进度过半',
      '本报讯 截至10月7日，全市已收获秋粮一百八十万亩，占种植面积的百分之五十三。',
    ]),
  );
  const two = variant(
    'P2',
    page([
      '豫北日报　第二版',
      '（紧接第一版）',
      p[2] ?? '',
      p[3] ?? '',
      '市民广场周末举办菊花展',
      '本报讯 本周末，市民广场将举办菊花展，展出菊花品种三百余个。',
    ]),
  );
  const { shared } = findStories([wire, one, two]);

  it('joins the two parts as one story and leaves the local briefs out', () => {
    expect(shared).toHaveLength(1);
    const text = `${covered(shared[0], one)}¦${covered(shared[0], two)}`;
    expect(uncovered(text, p)).toEqual([]);
    expect(text).toContain('（转第二版）');
    expect(text).toContain('（紧接第一版）');
    for (const foreign of ['秋粮', '菊花']) expect(text).not.toContain(foreign);
  });
});

describe('probe: a front-page teaser repeats the lead of a story printed further down the same page', () => {
  const title = '老街区加装电梯 居民圆了“下楼梦”';
  const p = [
    '新华社武汉11月3日电（记者 谭元斌）“电梯通了，我终于可以自己下楼晒太阳了。”八十二岁的刘桂芳老人坐在轮椅上，在电梯口笑着说。她家所在的武汉市江汉区民意街社区，今年新加装电梯十六部。',
    '民意街社区的住宅楼大多建于上世纪八九十年代，没有电梯，六十岁以上老人占居民总数的三成多。加装电梯需要整栋楼居民同意，协调难度很大。',
    '社区书记周敏带着网格员一户户上门，先后召开协调会五十多场。对低楼层居民关心的采光和噪音问题，施工方调整设计方案，低楼层住户不分摊费用。',
    '据武汉市住房和城市更新局介绍，今年全市已完成老旧小区加装电梯一千余部，明年将继续推进。',
  ];
  const teaser = ['导读', `${(p[0] ?? '').slice(0, 60)}……`, '详见第3版'];
  const wire = variant('W', page([title, ...p]));
  const paper = variant(
    'P',
    page([
      '江城日报　第1版',
      ...teaser,
      '今冬首场寒潮将至',
      '本报讯 气象台预计，本周四起将有寒潮影响本市，气温下降八至十摄氏度。',
      title,
      ...p,
    ]),
  );
  const { shared } = findStories([wire, paper]);

  it('takes the story from its headline and leaves the teaser out', () => {
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], paper);
    expect(uncovered(text, p)).toEqual([]);
    expect(text.startsWith(title)).toBe(true);
    expect(text).not.toContain('导读');
    expect(text).not.toContain('寒潮');
  });
});

describe('probe: a 相关链接 box after the story in one paper', () => {
  const title = '冰雪季开启 东北林区迎来游客';
  const p = [
    '新华社长春12月10日电（记者 邵美琦）随着气温持续走低，吉林省长白山脚下的林区小镇二道白河迎来冰雪旅游季。连日来，雪乡民宿的预订量比去年同期增长三成。',
    '在镇上经营民宿的孙立民说，今年他把家里的四间房重新装修，增加了火炕和地暖，十二月的周末已经全部订满。“南方来的游客特别多，他们最喜欢看雾凇。”',
    '当地文旅部门介绍，今冬将推出林海雪原徒步、冰湖垂钓等十余条冰雪旅游线路，并开通从长春、沈阳发出的旅游专列。',
  ];
  const link = [
    '相关链接',
    '雾凇是怎样形成的',
    '雾凇俗称树挂，是低温时空气中的水汽直接凝华在树枝上形成的冰晶。形成雾凇需要充足的水汽和零下十五摄氏度左右的低温。',
  ];
  const a = variant(
    'A',
    page([
      '关东晚报　第7版',
      title,
      ...p,
      '（新华社长春12月10日电）',
      ...link,
      '本地新闻',
      '市区首条冰雪步道对外开放',
    ]),
  );
  const b = variant(
    'B',
    page([
      '吉林都市报　A9',
      '东北林区冰雪游升温',
      ...p,
      '（据新华社）',
      '交警提醒冬季行车安全',
      '本报讯 入冬以来路面结冰增多，交警部门提醒驾驶人减速慢行、保持车距。',
    ]),
  );
  const { shared } = findStories([a, b]);

  it('leaves the box out of the story', () => {
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], a);
    expect(uncovered(text, p)).toEqual([]);
    expect(text).not.toContain('相关链接');
    expect(text).not.toContain('雾凇俗称树挂');
    expect(covered(shared[0], b)).not.toContain('交警');
  });
});

describe('probe: a local story on the same subject printed just before the shared one', () => {
  const wireTitle = '秋收时节 无人机飞防护农田';
  const wire = [
    '新华社合肥9月20日电（记者 张紫赟）在安徽省阜南县的稻田上空，几架植保无人机正在喷洒农药。一架无人机一小时能作业八十亩，是人工的四十倍。',
    '阜南县农业农村局介绍，全县今年组建植保服务队六十多支，统一为农户提供病虫害防治服务，农药用量比农户自己打药减少两成。',
    '种粮大户孔祥发说，过去打药要请十几个人，还怕中暑中毒，现在一个电话，服务队第二天就来了。',
  ];
  const localTitle = '本市农机手忙秋收';
  const local = [
    '连日来，我市各地抢抓晴好天气收割水稻。在城郊的一片稻田里，三台联合收割机来回穿梭，稻谷直接装车运往烘干中心。',
    '市农机中心负责人说，今年全市投入秋收的农机具超过一万台，植保无人机也派上了大用场，水稻机收率达到九成以上。',
  ];
  const a = variant(
    'A',
    page([
      '皖西日报　第3版　三农',
      localTitle,
      ...local,
      wireTitle,
      ...wire,
      '（新华社合肥9月20日电）',
    ]),
  );
  const b = variant(
    'B',
    page([
      '江淮农民报　第1版',
      wireTitle,
      ...wire,
      '（据新华社电）',
      '农资打假专项行动启动',
      '本报讯 省农业农村厅近日启动秋冬季农资打假专项行动。',
    ]),
  );
  const { shared, unique } = findStories([a, b]);

  it('keeps the local story out of the shared one and lists it', () => {
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], a);
    expect(uncovered(text, wire)).toEqual([]);
    expect(text.startsWith(wireTitle)).toBe(true);
    expect(text).not.toContain('联合收割机');
    expect(unique.some((u) => u.title === localTitle)).toBe(true);
  });
});
