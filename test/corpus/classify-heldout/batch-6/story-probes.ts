/**
 * Batch 6 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * (heldout6) and NOT run by anyone yet; the coordinator gives them their first run (`npm run bench
 * -- classify-heldout --batch=6`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const SALTWORKS_STORY = `{w:百年盐田变身湿地公园|百年盐田变身湿地公园|老盐田变湿地公园}

新华社济南12月6日电（记者{n:凃海宁|凃海宁|涂海宁}）{u:6日|6日|5日}，{n:澛港县|澛港县|鲁港县}{n:大洼盐场|大洼盐场|大洼盐厂}湿地公园{w:正式|正式|}开园。这片有{u:一百二十年|一百二十年|一百多年}历史的老盐田，如今{w:成了|成了|变成了}{u:二百多种|二百多种|一百多种}鸟类的家园。

盐场原厂长{n:揭振东|掲振东|揭振东}说，{u:2019年|2019年|2018年}盐场停产后，{u:4.2万亩|42万亩|4.2万亩}盐田{w:闲置|闲置|荒废}{p:。|。|，}县里{w:投入|投入|投资}{u:3.6亿元|3.6亿元|6.3亿元}修复湿地。

{o:公园保留了三座晒盐池，游客可以体验古法晒盐。|公园保留了三座晒盐池，游客可以体验古法晒盐。|}

{n:山东省林业科学研究院|山东省林业科学研究院|省林科院}研究员{n:展鹏飞|展鹏飞|辗鹏飞}介绍，{u:今年11月|今年11月|今年10月}，园内观测到东方白鹳{u:316只|316只|361只}{p:，|，|；}比去年多了{u:近一倍|近一倍|一倍多}。
`;

/** A Xinhua story: a provincial daily, an OCR'd evening paper (half-width punctuation, wrapped) and a county paper with its own edits and CJK spacing. */
export const SALTWORKS_PAGES: PageProbe = {
  name: 'heldout6-saltworks',
  story: SALTWORKS_STORY,
  pages: [
    {
      name: 'qilu-daily-p5',
      before: '齐鲁日报  2026年12月7日  第5版  生态\n\n',
      after: '\n全省冬季河湖清障行动启动\n\n本报讯 本月起，全省将集中清理河湖违建和垃圾。\n\n',
    },
    {
      name: 'bohai-evening-p4-ocr',
      before: '渤海晚报\n2026年12月7日 第4版\n\n',
      after: '\n编辑:卜岚\n',
      style: halfWidth,
      wrapAt: 22,
    },
    {
      name: 'lugang-news-p1',
      before: '澛港新闻 2026.12.07 第1版\n\n',
      after: '\n（本版编辑 桑榆）\n',
      style: cjkSpacing,
    },
  ],
};

const CHOIR_STORY = `{w:大山里的童声唱进省城|大山里的童声唱进省城|山里娃合唱团获省赛第一}

本报讯（记者{n:蔚晓岚|蔚晓岚|尉晓岚}）记者{u:12月5日|12月5日|12月15日}获悉，{n:邕北县民族小学|邕北县民族小学|县民族小学}童声合唱团在全省少儿合唱比赛中获得{u:第一名|第一名|第二名}。合唱团的{u:四十二名|四十二名|四十名}孩子{w:都来自|大多来自|都来自}山里的瑶族村寨，参赛曲目是{n:《蝉鸣夏至》|《蝉鸣夏至》|《蝉鸣夏日》}。

指导老师{n:呙丽萍|呙丽萍|郭丽萍}{w:教孩子们唱歌|教孩子们唱歌|带合唱团}已有{u:十一年|十年|十一年}。她说，孩子们{w:最初|最初|一开始}连谱子都{w:看不懂|看不懂|不认识}{p:，|，|；}{w:如今|如今|现在}能唱{u:四个|四个|三个}声部。“{w:他们的声音|他们的声音|孩子们的声音}像山泉一样干净{p:。”|。”|”。}

{o:合唱团将于明年春节登上省春晚舞台。|合唱团将于明年春节登上省春晚舞台。|}
`;

/** A local story: the paper that wrote it, a web reprint with its own edits, and a digest that shortens names and changes figures. */
export const CHOIR_PAGES: PageProbe = {
  name: 'heldout6-choir',
  story: CHOIR_STORY,
  pages: [
    {
      name: 'yongbei-daily-p3',
      before: '邕北日报 2026年12月6日 第3版 教育\n\n',
      after: '\n（本版编辑：黎菁）\n',
    },
    {
      name: 'web-guangxi-jiaoyu',
      before: '广西教育网 > 首页 > 校园动态 > 正文\n\n',
      after: '\n责任编辑：韩笙\n\nCopyright © 2026 广西教育网\n',
    },
    {
      name: 'guinan-digest-p8',
      before: '桂南文摘  2026年12月9日  第8版\n\n',
      after: '\n（摘自《邕北日报》）\n',
      style: cjkSpacing,
      wrapAt: 26,
    },
  ],
};

const GROCERY_STORY = `{w:Nebraska town buys its only grocery store|Nebraska town buys its only grocery store|Town buys grocery store}

By {n:CORDELIA NAKASHIMA-BRUNT|CORDELIA NAKASHIMA-BRUNT|CORDELIA NAKASHIMA}

{n:LINDQUIST GROVE|LINDQUIST GROVE|LINDQVIST GROVE}, Neb. (AP) {p:—|—|-} More than {u:340|340|430} residents bought shares {w:at|at|for} $250 each to keep the {n:Olufsen Family Market|Olufsen Family Market|Olufsen Market} open. The store had been set to close {u:Dec. 31|Dec. 31|Jan. 1}{w:, after its owners retired|, after its owners retired|}.

{w:Shoppers|Shoppers|Customers} lined up {u:Saturday|Saturday|Sunday} for the reopening{p:.|.|!} Without it, the nearest grocery {w:is|is|would be} {u:38 miles|38 miles|28 miles} away.

"{w:This is our kitchen table|This is our kitchen table|This is the town's kitchen table}," said board president {n:Everett Mbatha-Soule|Everett Mbatha-Soule|Everett Mbatha}. "{w:We couldn't|We couldn't|We could not} let it go{p:.|.|!}"

{o:The co-op plans to add a deli counter next year.|The co-op plans to add a deli counter next year.|}
`;

/** An AP story: a state paper, a web reprint with curly quotes, and a brief that shortens names and changes figures. */
export const GROCERY_PAGES: PageProbe = {
  name: 'heldout6-grocery',
  story: GROCERY_STORY,
  pages: [
    {
      name: 'lincoln-prairie-ledger-a6',
      before: 'LINCOLN PRAIRIE LEDGER | Monday, Dec. 7, 2026 | A6 | NEBRASKA\n\n',
      after: '\nNEBRASKA BRIEFS\n\nKEARNEY: The museum will close for inventory Dec. 28-30.\n\n',
    },
    {
      name: 'web-platte-valley-news',
      before: 'PLATTE VALLEY NEWS\nHome > Business\n\nPosted Dec. 6, 2026, 5:12 p.m.\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 Platte Valley News\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '\u201c$1\u201d'),
    },
    {
      name: 'sandhills-shopper-p3',
      before: 'SANDHILLS SHOPPER  Dec. 9, 2026  Page 3\n\n',
      after: '\n— AP\n',
      wrapAt: 50,
    },
  ],
};

const QUILT_STORY = `{w:Quilts tell a county's history at fairgrounds show|Quilts tell a county's history at fairgrounds show|Quilts tell county history}

By {n:Winifred Asante-Marsh|Winifred Asante-Marsh|Winifred Asante}, {n:Quarrytown Valley Ledger|Quarrytown Valley Ledger|Valley Ledger}

{u:One hundred twelve|One hundred twelve|112} quilts, the oldest made in {u:1863|1863|1836}, hang this week in the fairgrounds' {n:Kessler Pavilion|Kessler Pavilion|Kessler Hall}. {w:Quilters|Quilters|Collectors} from {u:nine|nine|nineteen} counties lent them.

The show runs {p:noon to 6 p.m.|noon to 6 p.m.|noon-6 p.m.} through {u:Sunday|Sunday|Saturday}, and admission is free.

{n:Agatha Pennebaker|Agatha Pennebaker|Agatha Pennbaker}, {u:86|86|68}, brought the quilt her grandmother {w:stitched|stitched|sewed} during the {u:1930s|1930s|1940s} drought. "{w:Every square|Every square|Each square} was a feed sack," she said.

{o:The society hopes to publish a catalog of the quilts next spring.|The society hopes to publish a catalog of the quilts next spring.|}
`;

/** A local feature: the paper that wrote it, a web reprint with curly quotes, and a wrapped weekly with its own edits. */
export const QUILT_PAGES: PageProbe = {
  name: 'heldout6-quilt',
  story: QUILT_STORY,
  pages: [
    {
      name: 'quarrytown-valley-ledger-b1',
      before: 'QUARRYTOWN VALLEY LEDGER | Tuesday, Oct. 13, 2026 | B1 | LIVING\n\n',
      after: '\nINSIDE: Church suppers and bazaars, B3\n\n',
    },
    {
      name: 'web-river-county-today',
      before:
        'RIVER COUNTY TODAY\nHome > Community > Arts\n\nPublished Oct. 12, 2026 | Updated Oct. 13, 2026\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 River County Today\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '\u201c$1\u201d'),
    },
    {
      name: 'hillsdale-weekly-p5',
      before:
        'HILLSDALE WEEKLY  Oct. 15, 2026  Page 5\n\nLibrary book sale Saturday\n\nThe sale opens at 9 a.m.\n\n',
      after: '\n[end]\n',
      wrapAt: 46,
    },
  ],
};

/** Batch 6's story probes: two Chinese, two English. */
export const HELDOUT_BATCH_6_PROBES: readonly PageProbe[] = [
  SALTWORKS_PAGES,
  CHOIR_PAGES,
  GROCERY_PAGES,
  QUILT_PAGES,
];
