/**
 * Whole-page probes written before their results were seen: a wire story split across two files
 * with the continuation starting mid-sentence, a reprint that adds an editor's note and a
 * reporter's notebook, a photo caption repeating the story's opening sentence, two stories on
 * the same subject of which only one is shared, and an English wire story among local ones.
 */
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures/stories/news-stories';
import { findStories } from './find-stories';
import { variant, covered, uncovered } from '../../test/fixtures/stories/test-pages';

describe('probe: a wire story continued on another page, the continuation starting mid-sentence', () => {
  const title = '大山里的孩子上了“同步课堂”';
  const p = [
    '新华社贵阳9月15日电（记者 龙海波）上午九点，贵州省黔东南州雷山县方祥乡中心小学的教室里，四年级学生杨阿妹戴上耳机，和三百公里外贵阳市一所小学的同学一起上了一堂英语课。',
    '方祥乡地处深山，全乡只有一所完小，英语、音乐、美术教师长期缺编。去年秋季学期起，当地借助5G网络开设“同步课堂”，城里学校的老师授课时，乡村学生可以实时提问、参与互动。',
    '“以前英语课只能由数学老师兼着上，孩子们连音标都读不准。”校长潘光荣说，现在每周有六节同步课，学生的英语成绩一个学期就提高了十多分。',
    '据黔东南州教育局介绍，全州已有二百一十所乡村学校接入同步课堂，覆盖学生四万多人。州里还组织城乡教师结对备课，让乡村教师在听课中提升教学水平。',
    '专家指出，同步课堂要避免“一播了之”，关键在于城乡教师的配合。当地正在探索由乡村教师负责课前预习和课后辅导，把远程课堂真正变成孩子们自己的课堂。',
  ];
  const wire = variant('W', page([title, ...p, '（新华社贵阳9月15日电）']));
  const cut = p[2]?.indexOf('现在每周') ?? 0;
  const front = variant(
    'F',
    page([
      '黔南晨报　A01　2026年9月16日',
      '5G把城里的好课送进大山',
      p[0] ?? '',
      p[1] ?? '',
      `${(p[2] ?? '').slice(0, cut)}`,
      '（下转A04版）',
      '都匀城区新增三处便民菜市场',
      '本报讯 记者从市商务局获悉，都匀城区今年新建的三处便民菜市场近日投入使用，新增摊位四百余个，方便周边居民买菜。',
    ]),
  );
  const inside = variant(
    'I',
    page([
      '黔南晨报　A04　2026年9月16日　教育',
      '（上接A01版）',
      `${(p[2] ?? '').slice(cut)}`,
      p[3] ?? '',
      p[4] ?? '',
      '秋季开学 全市中小学食堂全面“亮厨”',
      '本报讯 新学期开学，全市中小学食堂全部完成“明厨亮灶”改造，家长可以通过手机实时查看后厨操作。',
    ]),
  );
  const { shared } = findStories([wire, front, inside]);
  const story = shared.find((s) => covered(s, wire).includes('方祥乡'));

  it('finds one story covering every paragraph across both pages, and nothing else shared', () => {
    expect(shared).toHaveLength(1);
    expect(uncovered(`${covered(story, front)}${covered(story, inside)}`, p)).toEqual([]);
    expect(covered(story, inside).startsWith('（上接A01版）')).toBe(true);
    for (const foreign of ['菜市场', '亮厨', '黔南晨报'])
      expect(`${covered(story, front)}${covered(story, inside)}`).not.toContain(foreign);
  });
});

describe("probe: a reprint adds an editor's note before the story and a reporter's notebook after it", () => {
  const title = '千年古村的“新村民”';
  const p = [
    '新华社福州4月20日电（记者 陈雨桐）走进福建省屏南县龙潭村，黄墙黛瓦的老屋错落有致，石板路边的咖啡馆里飘出阵阵香气。十年前，这个村子常住人口不足两百人，如今已有一百多位来自全国各地的“新村民”在这里安家。',
    '来自上海的插画师林知秋是最早一批“新村民”。她花两万元修缮了一栋闲置老屋，把一楼改成画室，每年暑假都有学生慕名来学画。“在这里画画，推开窗就是山。”',
    '龙潭村党支部书记陈高明介绍，村里将闲置老屋以每栋十五年的期限出租，租金用于修缮，“新村民”负责后续改造。目前已修缮老屋四十多栋，带动村民开办民宿、餐馆三十多家。',
    '屏南县文旅部门表示，下一步将完善村里的医疗、教育配套，让“新村民”留得住、过得好。',
  ];
  const note =
    '编者按：乡村振兴，人才是关键。近年来，一些古村落吸引了不少城市青年前来创业安家。本报今起推出“乡村新面孔”系列报道，敬请关注。';
  const notebook = [
    '记者手记',
    '老屋里的新生活',
    '采访中，记者注意到，龙潭村的“新村民”大多不是来“度假”的，而是真正把这里当成了家。他们和老村民一起修路、办活动，也在改变着村子的面貌。',
  ];
  const plain = variant(
    'A',
    page([
      '闽东日报　第6版　乡村',
      title,
      ...p,
      '（新华社福州4月20日电）',
      '宁德茶企春茶收购价上涨',
      '本报讯 今年春茶开采以来，宁德多地茶青收购价格同比上涨一成以上。',
    ]),
  );
  const featured = variant('B', page(['海峡乡村报　第1版', title, note, ...p, ...notebook]));
  const { shared } = findStories([plain, featured]);

  it("finds one story with every paragraph, leaving out the editor's note and the notebook", () => {
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], featured);
    expect(uncovered(text, p)).toEqual([]);
    expect(text.startsWith(title)).toBe(true);
    expect(text).not.toContain('编者按');
    expect(text).not.toContain('记者手记');
    expect(text).not.toContain('把这里当成了家');
    expect(covered(shared[0], plain)).not.toContain('茶青');
  });
});

describe("probe: a photo caption repeats the story's opening sentence", () => {
  const title = '长江口迎来开捕 渔民满载而归';
  const p = [
    '9月1日，上海崇明岛堡镇渔港，一艘艘渔船满载鱼获返港。当日，长江口部分水域伏季休渔期结束，渔民们迎来了收获季。',
    '凌晨三点，渔民施建国就和儿子驾船出海。“今年的带鱼个头大，一网下去能收好几百斤。”他说，休渔三个多月，海里的鱼明显多了。',
    '上海市农业农村委员会介绍，今年伏季休渔期间，执法部门开展海上巡查三百多次，查处违规捕捞案件二十一起，渔业资源得到有效养护。',
    '渔港码头上，收购商早早等候。当天上午，首批鱼获就被运往市区各大农贸市场，市民当天就能吃上新鲜的海鱼。',
  ];
  const caption = '9月1日，上海崇明岛堡镇渔港，一艘艘渔船满载鱼获返港。\n新华社记者 方喆 摄';
  const withPhoto = variant(
    'A',
    page(['东海日报　A03', caption, title, ...p, '（据新华社上海9月1日电）']),
  );
  const without = variant(
    'B',
    page([
      '沪上晚报　第8版',
      '渔船返港 鱼获丰收',
      ...p,
      '（新华社上海9月1日电）',
      '市区新增两条轨交夜间线路',
      '本报讯 从本周五起，地铁2号线和10号线将在周末延长运营至凌晨一点。',
    ]),
  );
  const { shared } = findStories([withPhoto, without]);

  it('keeps the caption out of the story and the story whole', () => {
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], withPhoto);
    expect(uncovered(text, p)).toEqual([]);
    expect(text).not.toContain('方喆 摄');
    expect(text.startsWith(title)).toBe(true);
    expect(covered(shared[0], without)).not.toContain('轨交');
  });
});

describe('probe: two flood-relief stories on one page, only one of them shared', () => {
  const wireTitle = '多地紧急驰援 受灾群众转移安置有序';
  const wire = [
    '新华社南昌7月5日电（记者 胡晓军）连日强降雨导致江西省鄱阳县多个乡镇出现内涝，当地已紧急转移安置受灾群众一万二千余人。记者在饶州街道一处安置点看到，折叠床、棉被、饮用水等物资摆放整齐。',
    '江西省应急管理厅已启动防汛四级应急响应，调拨帐篷五百顶、折叠床三千张、救生衣八千件支援灾区。消防救援队伍出动冲锋舟六十余艘，在被淹村庄逐户排查，帮助行动不便的老人转移。',
    '安置点里，七十二岁的村民汪有福正在吃午饭。“政府给我们安排了住的地方，一日三餐都有热饭。”他说，家里的稻田被淹了，但人都平安，心里就踏实。',
    '气象部门预计，未来三天鄱阳湖区仍有中到大雨，当地正组织力量加固圩堤，严防次生灾害。',
  ];
  const localTitle = '我市志愿者连夜装车驰援灾区';
  const local = [
    '7月4日晚，市红十字会仓库灯火通明。两百多名志愿者分成十个小组，把矿泉水、方便面、雨衣等物资搬上货车。截至当晚十一时，首批价值八十万元的救灾物资已发往受灾地区。',
    '志愿者中有不少是大学生。刚放暑假的吴佳怡说，看到灾区的新闻后就在志愿者群里报了名，“能出一份力，心里就不那么着急了”。',
    '市红十字会表示，将继续接收社会捐赠，并根据灾区需求分批调运物资。',
  ];
  const a = variant('A', page(['赣北日报　第2版　要闻', wireTitle, ...wire, localTitle, ...local]));
  const b = variant(
    'B',
    page([
      '江南都市报　A05',
      '鄱阳县转移安置受灾群众一万余人',
      ...wire.slice(0, 3),
      '暑期游泳安全提醒',
      '本报讯 暑期将至，市教育局提醒家长加强对孩子的看护，不要到野外水域游泳。',
    ]),
  );
  const { shared, unique } = findStories([a, b]);

  it('finds the wire story alone as shared and lists the local one as unique', () => {
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], a);
    expect(uncovered(text, wire)).toEqual([]);
    expect(text).not.toContain('志愿者');
    expect(unique.some((u) => u.title === localTitle)).toBe(true);
  });
});

describe('probe: an English wire story among local stories, with a photo credit and a correction box', () => {
  const p = [
    'WASHINGTON (AP) — The Senate on Thursday passed a bill that would require airlines to refund passengers within seven days when a flight is canceled or delayed by more than three hours, sending the measure to the House.',
    'The bill passed 71-27, with support from both parties. Its sponsors said travelers had waited months for refunds during a summer of storms and staffing shortages that grounded thousands of flights.',
    '"If a company can take your money in a second, it can give it back in a week," said Sen. Maria Delgado, a Democrat from New Mexico who wrote the bill with Sen. Tom Harlan, a Republican from Kansas.',
    'Airlines for America, the industry trade group, said carriers already refund canceled flights and warned that the new deadlines would raise costs that could be passed on to passengers.',
    'The House is expected to take up the measure in the fall. The Transportation Department said it was reviewing the bill.',
  ];
  const credit =
    'Passengers wait in line at a ticket counter at Reagan National Airport in Arlington, Va., on July 3. (AP Photo/Kevin Ruiz)';
  const correction =
    'CORRECTION: A story on Page A3 Tuesday about the county fair gave the wrong date for the livestock auction. The auction is on Saturday, Aug. 9.';
  const localA = [
    'Library branch to close for repairs',
    'The Elm Street branch of the Marlow Public Library will close for six weeks starting Monday while crews replace its roof, library officials said.',
    'Patrons can return books at the main library downtown, and the bookmobile will stop outside the branch on Wednesdays.',
  ];
  const localB = [
    'High school names new football coach',
    'Riverside High School has hired Dana Whitfield, a former assistant at State, as its head football coach, the school board announced Tuesday night.',
  ];
  const a = variant(
    'A',
    page([
      'THE MARLOW COURIER | Friday, August 1, 2026 | A5',
      'Senate passes airline refund bill',
      'By LENA MARSH Associated Press',
      credit,
      ...p,
      ...localA,
      correction,
    ]),
  );
  const b = variant(
    'B',
    page([
      'RIVERSIDE DAILY NEWS   Page 4   Aug. 1, 2026',
      ...localB,
      'Bill would force faster airline refunds',
      'By LENA MARSH',
      'Associated Press',
      ...p.slice(0, 4),
    ]),
  );
  const { shared } = findStories([a, b]);

  it('finds the AP story whole, without the photo credit, the correction or the local stories', () => {
    expect(shared).toHaveLength(1);
    const text = covered(shared[0], a);
    expect(uncovered(text, p)).toEqual([]);
    expect(text.startsWith('Senate passes airline refund bill')).toBe(true);
    for (const foreign of ['AP Photo', 'CORRECTION', 'livestock', 'Elm Street', 'bookmobile'])
      expect(text).not.toContain(foreign);
    expect(covered(shared[0], b)).not.toContain('football');
  });
});
