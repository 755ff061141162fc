import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockKind } from './block-types';
import { segmentPage } from './segment-page';

/** The kind and text of every block. */
function kinds(text: string): [BlockKind, string][] {
  return segmentPage(text).blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

describe('segmentPage', () => {
  it('recognises every kind of block on a page', () => {
    const text = [
      '2026年3月12日 星期四',
      '# 青溪河十年治理还清水',
      '## ——两岸居民重回河畔',
      '■本报记者 林晓帆',
      '新华社杭州3月12日电',
      '清晨六点，青溪河畔的健身步道上已经有不少晨练的市民。',
      '青溪河滨水公园一角（无人机照片）。',
      '新华社记者 周启明 摄',
      '治水的难点在于截污。',
      '（转第4版）',
      '（新华社杭州3月12日电 记者 林晓帆 周启明）',
      '遗失声明',
      '责任编辑：王晓',
      '（上接01版）',
      '图为市民在河边散步。',
    ].join('\n\n');
    expect(kinds(text)).toEqual([
      ['furniture', '2026年3月12日 星期四'],
      ['title', '青溪河十年治理还清水'],
      ['subtitle', '——两岸居民重回河畔'],
      ['byline', '■本报记者 林晓帆'],
      ['dateline', '新华社杭州3月12日电'],
      ['paragraph', '清晨六点，青溪河畔的健身步道上已经有不少晨练的市民。'],
      ['caption', '青溪河滨水公园一角（无人机照片）。'],
      ['caption', '新华社记者 周启明 摄'],
      ['paragraph', '治水的难点在于截污。'],
      ['continuation', '（转第4版）'],
      ['dateline', '（新华社杭州3月12日电 记者 林晓帆 周启明）'],
      ['notice', '遗失声明'],
      ['furniture', '责任编辑：王晓'],
      ['continuation', '（上接01版）'],
      ['caption', '图为市民在河边散步。'],
    ]);
    const blocks = segmentPage(text).blocks;
    expect(blocks[1]?.level).toBe(1);
    expect(blocks[9]?.direction).toBe('to');
    expect(blocks[13]?.direction).toBe('from');
    expect(blocks[10]?.closesStory).toBe(true);
  });

  it('takes a line headed 图片： or ending with a 供图 credit for a caption', () => {
    const text = [
      '清晨六点，青溪河畔的健身步道上已经有不少晨练的市民。',
      '图片：一只白鹭在湿地觅食（局部）。市湿地保护中心供图',
      '治水的难点在于截污。',
      '青溪河滨水公园的秋景。青溪区文旅局供图',
    ].join('\n\n');
    expect(kinds(text).map(([kind]) => kind)).toEqual([
      'paragraph',
      'caption',
      'paragraph',
      'caption',
    ]);
  });

  it('rejoins a paragraph broken mid-sentence by a column break, keeping original offsets', () => {
    const first =
      '治水的难点在于截污。市水务局副局长陈立新介绍，老城区管网雨污合流，一下雨污水就溢';
    const second = '进河道。为此，当地用五年时间改造管网三百六十公里。';
    const text = `\n${first}\n\n${second}\n\n下一段另起一行。\n`;
    const blocks = segmentPage(text).blocks;
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.kind).toBe('paragraph');
    expect(text.slice(blocks[0]?.start, blocks[0]?.end)).toBe(`${first}\n\n${second}`);
  });

  it('reads a web page’s player and bare date-and-time lines as the page’s', () => {
    const text = [
      'Ferry fares rise for the first time in a decade',
      'By MARA OSTRANDER',
      'Listen · 4:05',
      'March 9, 2027 at 7:45 AM EST',
      'Sat, Mar 9, 2027, 7:45 a.m.',
      '6 min read',
      'PORT ELLIS, Maine (AP) — Ferry fares to the outer islands will rise by a dollar on April 1, the state said Friday.',
    ].join('\n\n');
    expect(kinds(text).map(([k]) => k)).toEqual([
      'title',
      'byline',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'paragraph',
    ]);
    // A sentence with a date and a time in it is still text.
    expect(kinds('The vote is set for March 9, 2027 at 7 p.m. in the town hall.')[0]?.[0]).toBe(
      'paragraph',
    );
  });

  it('reads an aggregator’s credit with the story’s age (Story by … • 5h) as the page’s', () => {
    const text = [
      'Ferry fares rise for the first time in a decade',
      'Story by Mara Ostrander • 5h',
      'Posted by the news desk · 2 hrs ago',
      'PORT ELLIS, Maine (AP) — Ferry fares to the outer islands will rise by a dollar on April 1, the state said Friday.',
      'The board met for 5h • then adjourned until Monday, a clerk said.',
    ].join('\n\n');
    expect(kinds(text).map(([k]) => k)).toEqual([
      'title',
      'furniture',
      'furniture',
      'paragraph',
      'paragraph',
    ]);
  });

  it('reads a pull quote set between paragraphs, a quotation over its speaker’s name, as the page’s', () => {
    const text = [
      'The toll road opened on Monday after six years of work, the state said.',
      '“You stop counting the potholes after a while.”\n— Renata Vallejo-Brandt',
      'Drivers will pay $2 a trip until the bonds are paid off, officials said.',
      '“我们终于不用绕远路了。”\n——乔春兰',
    ].join('\n\n');
    expect(kinds(text).map(([k]) => k)).toEqual([
      'paragraph',
      'note',
      'note',
      'paragraph',
      'note',
      'note',
    ]);
    // A headline in quotation marks over a deck is still a headline and a deck.
    expect(kinds('“我们的村子变美了”\n——记一位驻村第一书记的三年').map(([k]) => k)).toEqual([
      'title',
      'subtitle',
    ]);
  });

  it('reads an end mark under a story as the page’s, not as a deck that makes the last paragraph a headline', () => {
    const text = [
      '傍晚，渡船靠岸，码头上的灯一盏盏亮了……',
      '— END —',
      '编辑：禾青',
      '—— 完 ——',
      '-End-',
    ].join('\n\n');
    expect(kinds(text).map(([k]) => k)).toEqual([
      'paragraph',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
    ]);
    // A deck under a headline is still a deck.
    expect(kinds('渡口夜色\n\n——记一位摆渡人的三十年').map(([k]) => k)).toEqual([
      'title',
      'subtitle',
    ]);
  });

  it('rejoins a short first half that carries an enumeration comma, but keeps a one-comma subhead', () => {
    const text =
      '通过书记论坛、线上平台、网上预约\n\n答复等方式，示范带动员工扎根企业。\n\n工作重心下沉，基层基础进一步夯实\n\n基层治理是国家治理的基石。\n';
    expect(kinds(text).map(([k]) => k)).toEqual(['paragraph', 'title', 'paragraph']);
  });

  it('rejoins OCR lines whose last piece of a sentence looks like a headline, but not across a blank line', () => {
    const ocr =
      '当地将实施图灵小镇等20个项目，培育“车路云一体化”等50\n个典型应用场景，聚力创建国家人工智能\n创新应用先导区。\n';
    expect(kinds(ocr)).toEqual([['paragraph', ocr.trimEnd()]]);
    const headline =
      '当地将实施图灵小镇等20个项目，培育一批典型应用场景\n\n内蒙古推出春节系列文旅活动\n\n1月24日晚，呼和浩特市大黑河军事文化乐园流光溢彩。\n';
    expect(kinds(headline).map(([kind]) => kind)).toEqual(['paragraph', 'title', 'paragraph']);
  });

  it('opens a story at a dateline that looks closing when a headline stands above it and text follows', () => {
    const text =
      '内蒙古推出春节系列文旅活动\n\n据新华社呼和浩特1月25日电（记者 贺书琛）\n1月24日晚，呼和浩特市大黑河军事文化乐园流光溢彩。\n';
    const dateline = segmentPage(text).blocks.find((b) => b.kind === 'dateline');
    expect(dateline?.closesStory).toBeUndefined();
    // After body text the same line closes the story above.
    const closing =
      '1月24日晚，呼和浩特市大黑河军事文化乐园流光溢彩。\n据新华社呼和浩特1月25日电（记者 贺书琛）\n';
    expect(segmentPage(closing).blocks.find((b) => b.kind === 'dateline')?.closesStory).toBe(true);
  });

  it('treats a photo chunk (sentence, 图为…, credit) as one caption', () => {
    const text =
      '正文第一段。\n\n1月24日，古城迎来降雪，城墙披上银装。\n图为古城雪景（无人机照片）。\n新华社发\n\n正文第二段。\n';
    expect(kinds(text).map(([k]) => k)).toEqual(['paragraph', 'caption', 'paragraph']);
  });

  it('opens a story at a paragraph that starts with a dateline', () => {
    const text =
      '海岛航线加密班次\n\n新华社宁波3月11日电（记者 郑海鸥）记者从市交通运输局获悉，航班将增加。\n';
    const blocks = segmentPage(text).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'paragraph']);
    expect(blocks[1]?.opensStory).toBe(true);
  });

  it('does not take the first wrapped line of a dateline-led paragraph for a dateline', () => {
    const text =
      '据新华社宁波3月11日电(记者 郑海鸥)3月\n11日起，本市开往各海岛的客运航线将执行春季班期。\n';
    const blocks = segmentPage(text).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(blocks[0]?.opensStory).toBe(true);
  });

  it('ends a notice at the next headline when no blank line separates them', () => {
    const text =
      '公告\n因管道检修，本周六停水一天。\n联系电话：0574-0000000\n海岛客运航线加密班次\n新华社记者 郑海鸥\n记者从市交通运输局获悉，航班将增加。\n';
    expect(kinds(text).map(([k]) => k)).toEqual(['notice', 'title', 'byline', 'paragraph']);
  });

  it("takes the name and slogan lines above an advertisement's hotline into the notice", () => {
    const text =
      '书屋每天开放到晚上八点。\n\n健康大药房　夏季防暑药品八折\n电话：0855-3322111\n\n阅读点亮乡村\n\n全县已建成乡村书屋一百五十六个。\n';
    expect(kinds(text)).toEqual([
      ['paragraph', '书屋每天开放到晚上八点。'],
      ['notice', '健康大药房　夏季防暑药品八折\n电话：0855-3322111'],
      ['title', '阅读点亮乡村'],
      ['paragraph', '全县已建成乡村书屋一百五十六个。'],
    ]);
  });

  it("takes an editor's note for a note and 记者手记 for a heading, and keeps a story's last sentence above a byline a paragraph", () => {
    const text = [
      '千年古村的新村民',
      '编者按：乡村振兴，人才是关键。本报今起推出系列报道，敬请关注。',
      '记者手记',
      '老屋里的新生活',
      '【编者的话】古村的故事还在继续。',
      '屏南县文旅部门表示，将完善村里的医疗、教育配套。',
      '本报记者 陈雨桐',
    ].join('\n\n');
    expect(kinds(text).map(([kind]) => kind)).toEqual([
      'title',
      'note',
      'title',
      'title',
      'note',
      'paragraph',
      'byline',
    ]);
  });

  it('reads continuation marks with Chinese numerals, English jump lines, and a teaser with its pointer', () => {
    const text = [
      '（转第二版）',
      '（紧接第一版）',
      'See DROUGHT, Page A6',
      'DROUGHT from Page A1',
      'Continued on A6',
      'From Page 1A',
      'Prices from 25',
      '导读',
      '老街区今年加装电梯十六部，八十二岁的老人终于可以自己下楼晒太阳了……',
      '详见第3版',
    ].join('\n\n');
    const blocks = segmentPage(text).blocks;
    expect(blocks.map((b) => [b.kind, b.direction ?? ''])).toEqual([
      ['continuation', 'to'],
      ['continuation', 'from'],
      ['continuation', 'to'],
      ['continuation', 'from'],
      ['continuation', 'to'],
      ['continuation', 'from'],
      ['title', ''],
      ['title', ''],
      ['note', ''],
      ['note', ''],
    ]);
  });

  it('splits two headlines printed side by side, but not a masthead spaced the same way or a headline in two parts', () => {
    const text = [
      '城市新闻\u3000\u30002026年3月14日\u3000星期四\u3000\u3000第7版',
      '青溪河治理还清水\u3000\u3000春耕时节农机忙',
      '高铁新线开通\u3000沿线旅游升温',
    ].join('\n\n');
    expect(kinds(text)).toEqual([
      ['furniture', '城市新闻\u3000\u30002026年3月14日\u3000星期四\u3000\u3000第7版'],
      ['title', '青溪河治理还清水'],
      ['title', '春耕时节农机忙'],
      ['title', '高铁新线开通\u3000沿线旅游升温'],
    ]);
  });

  it('opens a story at a paper’s own dateline with place and date (本报杭州3月1日讯)', () => {
    const blocks = segmentPage(
      '本报杭州3月1日讯（记者 楼晓燕）记者从省交通集团获悉，今年将新增超充桩八百个。\n',
    ).blocks;
    expect(blocks.map((b) => [b.kind, b.opensStory === true])).toEqual([['paragraph', true]]);
  });

  it('takes a source credit after a story for a closing dateline', () => {
    const text = [
      '书房成为社区的文化客厅。',
      '（转载自《半月谈》2026年第3期）',
      '（来源：江城日报）',
    ].join('\n\n');
    expect(segmentPage(text).blocks.map((b) => [b.kind, b.closesStory === true])).toEqual([
      ['paragraph', false],
      ['dateline', true],
      ['dateline', true],
    ]);
  });

  it('takes a wire contributor line for a credit, and a sentence about contributions for a paragraph', () => {
    const text = [
      'Associated Press writer Tom Beck contributed to this report.',
      'Jane Roe in Denver contributed reporting.',
      'Residents contributed more than $40,000 to the fund, organizers said.',
    ].join('\n\n');
    expect(kinds(text).map(([kind]) => kind)).toEqual(['byline', 'byline', 'paragraph']);
  });

  it('handles CRLF line endings and a full-width indent', () => {
    const text = '\r\n\u3000\u3000标题在这里\r\n\r\n\u3000\u3000正文一句。\r\n';
    const blocks = segmentPage(text).blocks;
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['标题在这里', '正文一句。']);
  });

  it('takes mastheads and running heads at the top of a page for furniture, by shape', () => {
    const heads = [
      '东江日报　2026年4月2日　星期四　第6版　国内新闻',
      '北岸都市报 · 综合新闻 · A05',
      '# 北岸都市报 · 城市 · B03',
      '南湖晚报 2026年4月2日 第4版 要闻',
      '第7版　综合新闻',
      'THE HARBOR LEDGER   Thursday, April 2, 2026   Page B2',
      'NORTHERN GAZETTE | Local | April 2, 2026',
      'CITY WIRE - BUSINESS AND TECHNOLOGY - 02 APR 2026',
      '湖滨日报 · 要闻',
      '湖滨日报 2026年4月2日 星期四',
      'Thursday, April 2, 2026',
      '湖滨日报',
      '北岸都市报',
      'THE HARBOR LEDGER',
      'Northern Gazette',
    ];
    for (const head of heads) {
      const text = `${head}\n\n湖滨公园春季花展开幕\n\n本报讯 4月1日，湖滨公园春季花展开幕，展出各类花卉三百余种。\n`;
      expect(
        kinds(text).map(([k]) => k),
        head,
      ).toEqual(['furniture', 'title', 'paragraph']);
    }
  });

  it("takes the masthead's numbered lines under its date line (a lunar date, the day's page count) for furniture, up to the blank line that ends it", () => {
    const text =
      '湖滨日报\nHUBIN DAILY\n2026年4月2日 星期四\n农历丙午年二月十五\n今日12版\n\n湖滨公园春季花展开幕\n\n本报讯 4月1日，湖滨公园春季花展开幕。\n';
    expect(kinds(text).map(([k]) => k)).toEqual([
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'title',
      'paragraph',
    ]);
    // A headline set right under the date line, without a number, is the story's.
    const headline =
      '湖滨日报\n2026年4月2日 星期四\n湖滨公园春季花展开幕\n\n本报讯 4月1日，湖滨公园春季花展开幕。\n';
    expect(kinds(headline).map(([k]) => k)).toEqual([
      'furniture',
      'furniture',
      'title',
      'paragraph',
    ]);
  });

  it('takes a masthead printed over two lines (the name alone above the date line) for furniture', () => {
    for (const [name, date] of [
      ['湖滨日报', '2026年4月2日 星期四 第6版 要闻'],
      ['THE HARBOR LEDGER', 'Thursday, April 2, 2026 | Page B2'],
    ]) {
      const text = `${name}\n${date}\n\n湖滨公园春季花展开幕\n\n本报讯 4月1日，湖滨公园春季花展开幕。\n`;
      expect(
        kinds(text).map(([k]) => k),
        name,
      ).toEqual(['furniture', 'furniture', 'title', 'paragraph']);
    }
    // A headline above the first story is not a paper's name when no running head follows it.
    expect(
      kinds('湖滨公园春季花展开幕\n\n本报讯 4月1日，湖滨公园春季花展开幕。\n').map(([k]) => k),
    ).toEqual(['title', 'paragraph']);
    expect(kinds('国家统计局发布统计公报\n\n本报讯 统计公报今天发布。\n').map(([k]) => k)).toEqual([
      'title',
      'paragraph',
    ]);
    expect(
      kinds('Town gets a new post\n\nThe town got a new post office.\n').map(([k]) => k),
    ).toEqual(['title', 'paragraph']);
    expect(
      kinds('Mayor thanks the Herald\n\nThe mayor thanked the paper.\n').map(([k]) => k),
    ).toEqual(['title', 'paragraph']);
  });

  it('takes an editor credit in round brackets under a story for furniture, in either width', () => {
    for (const credit of [
      '（责任编辑：林小禾）',
      '(责任编辑:林小禾)',
      '（本版编辑 周安然 校对 陈思远）',
    ]) {
      const text = `城东新开一家社区食堂\n\n本报讯 城东街道社区食堂日前开业，老年人就餐可享受八折优惠。\n\n${credit}\n`;
      expect(
        kinds(text).map(([k]) => k),
        credit,
      ).toEqual(['title', 'paragraph', 'furniture']);
    }
    // A sentence in brackets that names an editor is the story's.
    const aside =
      '本报讯 社区食堂开业。\n\n（责任编辑是这次活动的组织者之一，她介绍了食堂的菜单。）\n';
    expect(kinds(aside).map(([k]) => k)).toEqual(['paragraph', 'paragraph']);
  });

  it('takes rule lines, editors’ credits and a running head lower on the page for furniture, but not headlines with dates or codes', () => {
    const text = [
      '湖滨公园春季花展开幕',
      '本报讯 4月1日，湖滨公园春季花展开幕。',
      '━━━━━━━━━━━━━━━━',
      '东江日报 2026年4月2日 星期四 第6版',
      '责任编辑：周安然　美术编辑：林小禾　校对：陈思远　版式设计：王一帆　图片编辑：许嘉宁',
      'Page 5',
      'G20峰会在南非开幕',
      '新华社约翰内斯堡4月1日电 峰会开幕。',
      '3月6日 两会特别报道',
      '正文一句。',
    ].join('\n\n');
    expect(kinds(text).map(([k]) => k)).toEqual([
      'title',
      'paragraph',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'title',
      'paragraph',
      'title',
      'paragraph',
    ]);
  });

  it('takes page-and-section labels, letter-coded jump marks, web time/source lines and marked editor lines for what they are, by shape', () => {
    const text = [
      '湖滨日报',
      '2026年4月2日 星期四',
      'B2 要闻',
      '湖滨公园春季花展开幕',
      '本报讯 4月1日，湖滨公园春季花展开幕，展出各类花卉三百余种。',
      '（转B4）',
      '■B2编辑 周安然',
      '========',
      'B4 综合',
      '（接B2）',
      '花展将持续到五月中旬，门票价格与去年持平。',
      '【责任编辑：林小禾】',
      '2026-04-01 18:20:05 来源：湖滨日报',
      '来源：新华社 2026-04-01 16:40',
      '字号：A+ A-  分享：',
      '【字号 大 中 小】',
      '字体：大 中 小',
    ].join('\n\n');
    expect(kinds(text).map(([k]) => k)).toEqual([
      'furniture',
      'furniture',
      'furniture',
      'title',
      'paragraph',
      'continuation',
      'furniture',
      'furniture',
      'furniture',
      'continuation',
      'paragraph',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
    ]);
    const marks = segmentPage(text).blocks.filter((b) => b.kind === 'continuation');
    expect(marks.map((b) => b.direction)).toEqual(['to', 'from']);
    // A headline that opens with a letter and a number is still a headline.
    expect(kinds('G20 峰会开幕\n\n新华社约翰内斯堡4月1日电 峰会开幕。\n').map(([k]) => k)).toEqual([
      'title',
      'paragraph',
    ]);
  });

  it('reads every line break inside a blank-line-separated chunk of a hard-wrapped OCR page as a wrap, after a full stop too', () => {
    const text = [
      '江城晚报 2026.04.02 第3版',
      '',
      '湖滨公园春季花展开幕',
      '',
      '新华社杭州4月1日电(记者林晓帆)记者',
      '从市园林局获悉,湖滨公园春季花展1日开',
      '幕,展出各类花卉三百余种。',
      '',
      '在湖滨公园东门,退休教师许国平指着盛开的郁',
      '金香说:“这几年花展越办越好,品种多了,',
      '人也多了。”',
      '',
      '花展设六个展区、二十多个主题花境。',
      '园方介绍,今年新增夜间游园,开放时',
      '间延长到晚上九点。',
      '',
      '(新华社)',
    ].join('\n');
    const blocks = kinds(text);
    expect(blocks.map(([k]) => k).slice(0, 5)).toEqual([
      'furniture',
      'title',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(blocks[3]?.[1]).toContain('人也多了');
    expect(blocks[4]?.[1]).toContain('花展设六个展区');
    expect(blocks[4]?.[1]).toContain('晚上九点');
    // A page that sets whole paragraphs on lines of their own keeps a full stop's line break.
    const plain =
      '湖滨公园春季花展开幕\n本报讯 4月1日，湖滨公园春季花展开幕。\n展出各类花卉三百余种。\n\n新的一段。\n';
    expect(kinds(plain).map(([k]) => k)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads a hard wrap that cuts 摄氏度 after 摄 as body text, not as a photo credit, in a dateline lead and further down', () => {
    const text = [
      '北岭晨报 2026.01.14 第5版',
      '',
      '冰湖上的凿冰人',
      '',
      '新华社哈尔滨1月13日电(记者柏云舟)零下二十八摄',
      '氏度的早晨,镜泊湖的冰面上已经聚起了十几个凿冰',
      '工。领班莫长河抡起冰镐,在冰面上画出第一道线。',
      '',
      '凿冰的活儿要赶在天最冷的时候干,冰层越厚越结',
      '实。今年入冬以来,湖区最低气温达到零下三十四摄',
      '氏度,冰层厚度超过六十厘米。',
      '',
      '采下的冰块被拖上岸,运往城里的冰雪大世界。莫长',
      '河说,干这一行已经二十年了,手上的老茧比冰还硬。',
      '',
      '湖边的供暖棚里,工人们轮流进来烤火、喝姜汤,歇',
      '上十分钟再出去。',
      '',
      '图为凿冰工在镜泊湖冰面上作业。新华社记者 柏云舟 摄',
    ].join('\n');
    const blocks = kinds(text);
    expect(blocks.map(([k]) => k)).toEqual([
      'furniture',
      'title',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'caption',
    ]);
    expect(blocks[2]?.[1]).toMatch(/^新华社哈尔滨.*第一道线。$/su);
    expect(blocks[3]?.[1]).toMatch(/^凿冰的活儿.*六十厘米。$/su);
    // A credit a hard-wrapped caption ends with stays a caption.
    const credit = text.replace(
      '图为凿冰工在镜泊湖冰面上作业。新华社记者 柏云舟 摄',
      '图为凿冰工在镜泊湖冰面上作业。新华社记\n者柏云舟摄',
    );
    expect(kinds(credit).at(-1)).toEqual([
      'caption',
      '图为凿冰工在镜泊湖冰面上作业。新华社记\n者柏云舟摄',
    ]);
  });

  it("reads headline-shaped printed lines of a hard-wrapped page's paragraph as body text when the column goes on under them", () => {
    const text = [
      '青山晚报 2026年5月9日 第2版',
      '',
      '城西老街改造完工',
      '',
      '本报讯（记者 骆明川）城西老街改造工程',
      '日前完工，沿街三十多家老字号重新开门营',
      '业，街面铺上了青石板。',
      '',
      '为方便居民出行，街道在老街两头各设一处',
      '公交站台。附近小区的居民',
      '今后步行五分钟就能坐上公交车，比过去省下不少时间和路费，老人们都说方便了。',
      '',
      '在老街东口，裁缝铺店主许巧云正在整理布',
      '料。“生意慢慢会回来的。”她笑着说，',
      '改造期间她的店只关了二十天，老主顾们一开门就来了，店里一下午都没闲着。',
      '',
      '街道负责人表示，下一步将在老街开设夜',
      '市，引入更多本地小吃。',
    ].join('\n');
    const blocks = kinds(text);
    expect(blocks.map(([k]) => k)).toEqual([
      'furniture',
      'title',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(blocks[3]?.[1]).toMatch(/^为方便居民出行.*老人们都说方便了。$/su);
    expect(blocks[4]?.[1]).toMatch(/^在老街东口.*店里一下午都没闲着。$/su);
  });

  it("reads an English line of a hard-wrapped page's paragraph that stops on a preposition as body text, not a headline", () => {
    const text = [
      'VALLEY GAZETTE  Page 3',
      '',
      'Library reopens after flood repairs',
      '',
      'MILLBROOK, Vt. (AP) — The town library reopened on Monday, six',
      'months after a flood filled its basement with mud and water.',
      '',
      'The repairs cost $1.2 million, most of it from',
      'state disaster money. Volunteers sorted the books.',
      'The Friends of the Library raised $48,000, including',
      '$6,200 from a used-book sale in the town hall.',
      '',
      'Readers say the children’s room looks brighter',
      'than before, and the hours are longer on weekends.',
    ].join('\n');
    const blocks = kinds(text);
    expect(blocks.map(([k]) => k)).toEqual([
      'furniture',
      'title',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(blocks[3]?.[1]).toContain('used-book sale');
  });

  it('takes breadcrumbs and copyright lines for furniture, in English and Chinese, by shape', () => {
    const lines = [
      'WORLD NEWS > EUROPE',
      'Home / News / Regional',
      '首页 > 要闻',
      'Harbor ferry adds early sailings',
      'HALDEN ISLAND, Maine (AP) — The county ferry will add two early sailings from Monday, officials said.',
      'Copyright 2026 The Harbor Ledger. All rights reserved. This material may not be published without permission.',
      '© 2026 Harbor Media',
      '版权所有 湖滨网 未经授权禁止转载',
    ];
    expect(kinds(lines.join('\n\n')).map(([k]) => k)).toEqual([
      'furniture',
      'furniture',
      'furniture',
      'title',
      'paragraph',
      'furniture',
      'furniture',
      'furniture',
    ]);
    // A site's navigation: three or more short sections between bars, wherever it stands.
    expect(
      kinds(
        'Ferry line adds early sailings\n\nHome | Island | Coast | Politics | Schools | Weather | Obituaries\n\n首页｜要闻｜社会｜财经｜体育\n',
      ).map(([k]) => k),
    ).toEqual(['title', 'furniture', 'furniture']);
    // A share bar: its label and the names of the services, with or without a colon.
    expect(
      kinds('分享到：微博 微信 朋友圈\n\nShare this: Facebook  X  Email  Print\n').map(([k]) => k),
    ).toEqual(['furniture', 'furniture']);
    expect(kinds('分享到朋友圈的照片引发热议\n').map(([k]) => k)).toEqual(['title']);
    // A headline with a slash or a sentence about copyright is no furniture.
    expect(kinds('Ferry fares: up | down\n\nVarga | Quill | Beck\n').map(([k]) => k)).toEqual([
      'title',
      'title',
    ]);
    expect(
      kinds('Red / Blue: a city divided\n\nThe court ruled on copyright law on Monday.\n').map(
        ([k]) => k,
      ),
    ).toEqual(['title', 'paragraph']);
  });

  it("takes a web page's time stamps, share bars and video teasers for what they are, by shape", () => {
    const lines = [
      'Island ferry adds dawn sailings',
      'By MARA QUILL',
      'Published 6:10 AM EDT, April 1, 2026',
      'Updated 9:45 AM EDT, April 1, 2026',
      'Published 6:02 p.m. CST, Updated 7:15 p.m. CST',
      'Posted Apr. 1, 2026 at 7:02 PM CDT | Updated 8:15 PM',
      'Share    Copy Link    Email    Facebook    X',
      'Share on Facebook  |  Share on X  |  Email',
      '分享到： 微信 微博 QQ空间 | 【字号 大 中 小】',
      'HALDEN ISLAND, Maine (AP) — The county ferry will add two dawn sailings from Monday, officials said.',
      'WATCH: Islanders wait for the first dawn ferry (2:05)',
      'The first boat will leave at 5:40 a.m., an hour earlier than before.',
    ];
    expect(kinds(lines.join('\n\n')).map(([k]) => k)).toEqual([
      'title',
      'byline',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'furniture',
      'paragraph',
      'note',
      'paragraph',
    ]);
    // A source and a stamp between bars, a date then Updated, a share row of longer items, and a
    // share bar after bracketed tool fields are the page's too.
    expect(
      kinds(
        [
          'Coastal Wire | Updated Apr. 2, 2026 8:10 p.m. EDT',
          'From Coastal Wire Service | Apr 2, 2026',
          'Apr 1, 2026 Updated Apr 2, 2026',
          'Share on Facebook | Share on X | Email this story',
          '【字体：大 中 小】 分享到：微信 微博',
          '【字号：大 中 小】 【打印】',
        ].join('\n\n'),
      ).map(([k]) => k),
    ).toEqual(['furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture']);
    expect(kinds('【编者按】\n\nFerry fares | a year of change\n').map(([k]) => k)).toEqual([
      'note',
      'title',
    ]);
    // A headline about sharing, and a sentence that was published and updated, are no furniture.
    expect(
      kinds(
        'Share the road with cyclists\n\nThe report was published in April and updated on Monday.\n',
      ).map(([k]) => k),
    ).toEqual(['title', 'paragraph']);
  });

  it('segments an English page: headline, byline, dateline-led paragraph, sentences ending in a full stop, caption', () => {
    const text = [
      'Ferry line adds early sailings for island commuters',
      'By Mara Quill, Associated Press',
      'HALDEN ISLAND, Maine (AP) — The county ferry will add two early sailings from Monday, officials said.',
      'The first boat will leave at 5:45 a.m., an hour earlier than now.',
      '"Workers on the mainland asked for this for years," said port director Eli Varga.',
      'Photo caption: The ferry Halden Star docks at the mainland pier, April 1.',
      'New Library Hours Start Next Week',
      'LAKEVIEW — The public library will open until 9 p.m. on weekdays.',
      'By Jon Ek | Staff Writer',
      'NEW YORK (Reuters) - Markets rose on Wednesday.',
      'ADVERTISEMENT',
      'By 2028 the county wants a boat every hour.',
    ].join('\n\n');
    const blocks = segmentPage(text).blocks;
    expect(blocks.map((b) => b.kind)).toEqual([
      'title',
      'byline',
      'paragraph',
      'paragraph',
      'paragraph',
      'caption',
      'title',
      'paragraph',
      'byline',
      'paragraph',
      'notice',
      'paragraph',
    ]);
    expect(blocks[9]?.opensStory).toBe(true);
    expect(blocks[11]?.opensStory).toBeUndefined();
    expect(blocks[2]?.opensStory).toBe(true);
    expect(blocks[3]?.opensStory).toBeUndefined();
    expect(blocks[7]?.opensStory).toBe(true);
  });

  it('rejoins an English sentence a column broke, and keeps a lower-case half out of the headlines', () => {
    const text =
      'The first boat will leave at 5:45 a.m., an hour earlier\n\nthan now, and the last one at 11 p.m.\n\nBy 2028 the county wants hourly boats.\n';
    expect(kinds(text).map(([k]) => k)).toEqual(['paragraph', 'paragraph']);
  });

  it('takes a headline that OCR wrapped after its comma for a headline when a dateline lead follows', () => {
    const en =
      'SENTINEL  Page 4\n\nHeavy Rain Floods Downtown Streets,\nSchools Close Early\n\nSPRINGFIELD, Ill. (AP) — Heavy rain flooded streets in\ndowntown Springfield on Tuesday, officials said.\n';
    expect(kinds(en).map(([k]) => k)).toEqual(['furniture', 'title', 'paragraph']);
    const cn =
      '榕江新闻\n\n全县秋粮收购启动，\n首批收购新稻谷三千吨\n\n本报讯 记者从县粮食局获悉，今年全县秋粮收购工作日前启动。\n';
    expect(
      kinds(cn)
        .map(([k]) => k)
        .slice(-2),
    ).toEqual(['title', 'paragraph']);
  });

  it("keeps a short unfinished paragraph above another story's dateline lead a paragraph when it is the tail of the text above", () => {
    const text =
      '市民可通过热线、网站和手机客户端反映问题。今年以来，县政务服务中心共受理各类诉求三千余件，\n办结率达九成\n\n本报讯 记者从县粮食局获悉，今年全县秋粮收购工作日前启动。\n';
    expect(kinds(text).map(([k]) => k)).toEqual(['paragraph', 'paragraph']);
  });

  it("lets a bracketed dateline under a headline open the story when OCR broke the lead's first line into a short line", () => {
    const text =
      '社区驿站温暖户外劳动者\n\n新华社杭州3月12日电（记者 林晓帆）\n清晨六点，城北街道的“暖心驿站”已\n经亮起灯，快递员和环卫工人陆续走进来歇脚。\n';
    const dateline = segmentPage(text).blocks.find((b) => b.kind === 'dateline');
    expect(dateline?.closesStory).toBeUndefined();
  });

  it('reads short printed lines under a headline and its dateline as the lead paragraph, not as headlines', () => {
    const text =
      '城市新闻\n春耕备耕忙 良种良法进田间\n新华社合肥3月18日电（记者 韦思远）\n眼下正值春耕备耕关键时节，在安徽省\n宿州市埇桥区的千亩示范方里，旋耕机\n来回穿梭，一派繁忙景象。\n';
    const blocks = kinds(text);
    expect(blocks.slice(-3).map(([k]) => k)).toEqual(['title', 'dateline', 'paragraph']);
    expect(blocks[blocks.length - 1]?.[1]).toContain('一派繁忙景象');
  });

  it('keeps a headline after a closing dateline on a page without blank lines', () => {
    const text =
      '陈立新表示，下一步将推进上游支流治理。\n（新华社杭州3月12日电）\n城东新开一家社区食堂\n本报讯 城东街道社区食堂日前开业，老年人就餐可享受八折优惠。\n';
    expect(kinds(text).map(([k]) => k)).toEqual(['paragraph', 'dateline', 'title', 'paragraph']);
  });

  it('reads a masthead and a photo caption through the spaces and full-width digits of OCR', () => {
    const text =
      '城市 新闻　　２０２６年３月１３日　星 期四　　第６版\n\n古镇夜市重开张 烟火气里添新意\n\n夜幕降临，古镇的青石板街上挂起了一串串红灯笼。\n\n图 为游客在夜市品尝米糕。（本报记者 摄）\n';
    expect(kinds(text).map(([k]) => k)).toEqual(['furniture', 'title', 'paragraph', 'caption']);
  });

  it('puts every non-blank line in exactly one block, in order, with trimmed ends (property)', () => {
    const piece = fc.constantFrom(
      '标题一行',
      '# 标记标题',
      '正文完整的一句。',
      '没有句号的半句话，接着',
      '说下去的另一半。',
      '新华社记者 某某',
      '（新华社北京1月1日电）',
      '新华社发',
      '（转第2版）',
      '遗失声明',
      '联系电话：12345',
      '  ',
      '',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        (lines, eol) => {
          const text = lines.join(eol);
          const blocks = segmentPage(text).blocks;
          let last = 0;
          for (const b of blocks) {
            expect(b.start).toBeGreaterThanOrEqual(last);
            expect(b.end).toBeGreaterThan(b.start);
            expect(/\s/u.test(text[b.start] ?? '')).toBe(false);
            expect(/\s/u.test(text[b.end - 1] ?? '')).toBe(false);
            last = b.end;
          }
          const covered = blocks.map((b) => text.slice(b.start, b.end)).join('');
          const expected = lines.map((l) => l.replace(/^#+\s+/u, '')).join('');
          expect(covered.replace(/\s/gu, '')).toBe(expected.replace(/\s/gu, ''));
        },
      ),
    );
  });
});
