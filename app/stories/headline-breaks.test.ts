/**
 * Two shared stories printed one after the other, the second under a bare headline (no byline,
 * no dateline, and no closing dateline for the first): the headline ends the first story when
 * the text under it is about something else, and a subhead inside one long story does not.
 */
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures/stories/news-stories';
import { findStories } from './find-stories';
import { variant, covered } from '../../test/fixtures/stories/test-pages';

const market = {
  title: '古镇夜市重开张 烟火气里添新意',
  p: [
    '新华社南昌7月2日电 夜幕降临，江西浮梁县瑶里古镇的青石板街上挂起了一串串红灯笼。停办三年的古镇夜市日前重新开张，五十多个摊位沿着老街一字排开，卖米糕的、做瓷坯的、唱采茶戏的，吸引了不少外地游客。',
    '摊主程素芬在老街卖了二十年米糕。她说，夜市重开后生意比过去好了不少，周末一晚能卖出三百多块，“游客爱看现做，蒸笼一揭开就有人排队”。',
    '与过去不同，重开的夜市统一规划了摊位和水电，街边增设了垃圾分类点和公共厕所。古镇管委会还请来景德镇的陶艺师，在夜市里开设拉坯体验摊，游客可以亲手做一只瓷碗。',
    '古镇管委会负责人介绍，夜市开放一个月来，古镇夜间游客量同比增长四成，带动周边民宿入住率提高到八成以上。下一步将在夜市引入更多非遗项目，延长游客停留时间。',
  ],
};
const robots = {
  title: '中学生造出“护林机器人”',
  p: [
    '在刚刚结束的全省青少年科技创新大赛上，南昌市第十九中学高二学生邬子谦和两名同学设计的“护林机器人”获得一等奖。这台机器人能在山林中自主巡逻，发现烟雾后自动报警并回传位置。',
    '邬子谦说，设计的灵感来自暑假在林场当护林员的舅舅。“舅舅每天要走二十多公里山路，我们就想做一个能替他跑腿的帮手。”三个孩子花了八个月，先后改了十一版图纸。',
    '指导老师熊卫东介绍，学校的科创社团每周活动两次，学生从选题、画图到编程、组装都自己动手。近三年，社团学生已获得国家专利九项。',
  ],
};
/** A second story on the night market's own subject: its words alone do not tell it apart. */
const homestay = {
  title: '古镇民宿旺季一房难求',
  p: [
    '暑期来临，瑶里古镇的民宿迎来旺季。记者走访发现，古镇老街周边的六十多家民宿七月周末基本订满，不少游客只能住到十公里外的县城。',
    '民宿主人汪海燕把自家老宅改成了有八间客房的民宿。她说，今年来住的游客大多冲着古镇夜市和陶艺体验而来，“晚上逛完夜市，第二天一早去做瓷碗”。',
    '浮梁县文旅部门表示，将引导村民规范经营民宿，并在古镇外围新建两处停车场，缓解旺季游客停车难。',
  ],
};

/** A long story with a subhead in the middle: the subhead's section goes on with its words. */
const wetland = {
  title: '鄱阳湖湿地迎来越冬候鸟',
  subhead: '守护候鸟的“鸟哥”',
  p: [
    '新华社南昌12月6日电 入冬以来，鄱阳湖国家级自然保护区迎来越冬候鸟迁徙高峰。在吴城镇大湖池，成群的白鹤、东方白鹳在浅滩上觅食，不时振翅飞起，场面蔚为壮观。',
    '保护区监测数据显示，目前已有越冬候鸟四十余万只抵达鄱阳湖，其中白鹤三千余只，占全球种群数量的九成以上。今年湖区水位适中，浅滩和草洲面积较大，为候鸟提供了充足的食物。',
    '为给候鸟营造安静的越冬环境，保护区在核心区实行封闭管理，禁止机动船只进入，并在湖区周边设立了二十六个巡护站点。',
    '五十八岁的巡护员甘国华在鄱阳湖边守了二十多年，当地人都叫他“鸟哥”。每天天不亮，他就带着望远镜和记录本出门，沿着湖堤巡查，清点候鸟数量，察看有没有捕鸟的网具。',
    '“以前湖边有人下网捕鸟，现在大家都知道候鸟是宝贝。”甘国华说，这些年他救助过受伤的白鹤、东方白鹳等候鸟两百多只，养好伤后都放回了鄱阳湖。',
    '保护区管理局有关负责人表示，今冬将继续加强巡护和监测，同时在湖区推广生态补偿，鼓励周边农户为候鸟留下越冬的口粮田。',
  ],
};

const ad = '瑶里瓷泥坊　手作体验每日开放\n咨询电话：0798-5120000';

describe('two shared stories under a bare headline, printed in the same order on every page', () => {
  const a = variant(
    'A',
    page(['赣东晚报　第5版　文旅', market.title, ...market.p, robots.title, ...robots.p, ad]),
  );
  const b = variant(
    'B',
    page([
      '昌北日报　A07　社会',
      market.title.replace(' ', '，'),
      market.p[0] ?? '',
      (market.p[1] ?? '').replace('三百多块', '三百多个'),
      market.p[3] ?? '',
      robots.title,
      ...robots.p,
    ]),
  );
  const { shared } = findStories([a, b]);

  it('finds the night-market story and the robot story as two stories', () => {
    expect(shared).toHaveLength(2);
    const first = shared.find((s) => covered(s, a).includes('瑶里古镇'));
    const second = shared.find((s) => covered(s, a).includes('护林机器人'));
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first).not.toBe(second);
    for (const v of [a, b]) {
      expect(covered(first, v)).not.toContain('护林');
      expect(covered(second, v).startsWith(robots.title)).toBe(true);
    }
    expect(second?.title).toBe(robots.title);
  });
});

describe('a long story with a subhead in the middle', () => {
  const lines = [wetland.title, ...wetland.p.slice(0, 3), wetland.subhead, ...wetland.p.slice(3)];
  const a = variant('A', page(['赣东晚报　第2版　要闻', ...lines, market.title, ...market.p]));
  const b = variant(
    'B',
    page(['昌北日报　A02', ...lines.filter((l) => l !== wetland.p[2]), robots.title, ...robots.p]),
  );

  it('keeps the subhead and the section under it in the story', () => {
    const { shared } = findStories([a, b]);
    expect(shared).toHaveLength(1);
    for (const v of [a, b]) {
      const text = covered(shared[0], v);
      expect(text).toContain(wetland.subhead);
      for (const p of wetland.p.slice(3)) expect(text).toContain(p);
    }
  });
});

describe('the evidence of a third page that prints only the second story', () => {
  const a = variant('A', page([market.title, ...market.p, homestay.title, ...homestay.p]));
  const b = variant(
    'B',
    page([market.title, ...market.p.slice(0, 3), homestay.title, ...homestay.p]),
  );
  const c = variant('C', page(['洪州都市报　B03　旅游', homestay.title, ...homestay.p, ad]));

  it('keeps two stories on one subject apart and lists the night market as missing from the third', () => {
    const { shared } = findStories([a, b, c]);
    expect(shared).toHaveLength(2);
    const first = shared.find((s) => covered(s, a).includes('程素芬'));
    expect(first?.missing).toEqual(['C']);
    expect(covered(first, a)).not.toContain('汪海燕');
  });

  it('takes a story that one page cut short for one story, not two', () => {
    // The converse: a page printing the lead without the rest is an abridged reprint.
    const short = variant(
      'C',
      page(['洪州都市报　B03　旅游', market.title, ...market.p.slice(0, 2), ad]),
    );
    const { shared } = findStories([a, b, short]);
    expect(shared).toHaveLength(1);
  });
});

describe('three stories under bare headlines, the third on the subject of the first', () => {
  const fishing = {
    title: '鄱阳湖退捕渔民上岸有了新饭碗',
    p: [
      '鄱阳湖全面禁捕以来，湖区数千名渔民告别了世代打鱼的生活。在都昌县，五十四岁的退捕渔民曹德旺如今在保护区当起了巡护员，每天开着巡逻艇在湖面上巡查，守护越冬的白鹤和东方白鹳。',
      '都昌县农业农村局介绍，全县已为退捕渔民提供技能培训两千多人次，帮助他们在生态巡护、水产养殖和乡村旅游等行业就业。',
    ],
  };
  const lines = [
    wetland.title,
    ...wetland.p,
    robots.title,
    ...robots.p,
    fishing.title,
    ...fishing.p,
  ];
  const a = variant('A', page(['赣东晚报　第2版', ...lines]));
  const b = variant('B', page(['昌北日报　A02', ...lines.filter((l) => l !== wetland.p[2])]));

  it('ends the middle story at the third headline, though the third shares words with the first', () => {
    const { shared } = findStories([a, b]);
    expect(shared).toHaveLength(3);
    const middle = shared.find((s) => covered(s, a).includes('护林机器人'));
    expect(covered(middle, a)).not.toContain('退捕渔民');
  });
});
