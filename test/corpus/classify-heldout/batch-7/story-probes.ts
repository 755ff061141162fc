/**
 * Batch 7 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * (rows7) and NOT run by anyone yet; the coordinator gives them their first run (`npm run bench
 * -- classify-heldout --batch=7`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const BRIDGE_STORY = `{w:三百年古渡口迎来跨江大桥|三百年古渡口迎来跨江大桥|古渡口通桥了}

新华社长沙12月6日电（记者{n:缐海波|缐海波|线海波}）{u:6日|6日|7日}，{n:湑水县|湑水县|胥水县}{n:潆洲村|潆洲村|萦洲村}的跨江大桥{w:正式|正式|}通车。这座桥全长{u:1.26公里|1.26公里|12.6公里}，{w:结束了|结束了|终结了}村民{u:三百多年|三百多年|三百年}靠渡船过江的历史。

老船工{n:姒长水|姒长水|似长水}今年{u:七十三岁|七十三岁|七十二岁}，他在渡口撑了{u:四十一年|四十一年|四十年}船{p:。|。|，}他说：“{w:以后|以后|往后}再也不用看天过河了{p:。”|。”|”。}

{n:潇南交通勘察设计研究院|潇南交通勘察设计研究院|交通设计院}的工程师介绍，大桥总投资{u:2.8亿元|2.8亿元|8.2亿元}，{u:2024年3月|2024年3月|2024年5月}开工{p:，|，|；}比计划提前{u:两个月|两个月|两个多月}完工。

{o:老渡船将被改造成一座小型展览馆。|老渡船将被改造成一座小型展览馆。|}
`;

/** A Xinhua story: a provincial daily, an OCR'd evening paper (half-width punctuation, wrapped) and a county paper with its own edits and CJK spacing. */
export const BRIDGE_PAGES: PageProbe = {
  name: 'heldout7-bridge',
  story: BRIDGE_STORY,
  pages: [
    {
      name: 'xiangjiang-daily-p4',
      before: '湘江日报  2026年12月7日  第4版  交通\n\n',
      after:
        '\n全省农村公路养护月活动启动\n\n本报讯 本月起，各地将集中整修农村公路的桥涵和护栏。\n\n',
    },
    {
      name: 'dongting-evening-p6-ocr',
      before: '洞庭晚报\n2026年12月7日 第6版\n\n',
      after: '\n编辑:屈岚\n',
      style: halfWidth,
      wrapAt: 24,
    },
    {
      name: 'xushui-news-p1',
      before: '湑水新闻 2026.12.08 第1版\n\n',
      after: '\n（本版编辑 甘棠）\n',
      style: cjkSpacing,
    },
  ],
};

const KILN_STORY = `{w:古村龙窑重燃窑火|古村龙窑重燃窑火|龙窑重新点火}

本报讯（记者{n:祢晓帆|祢晓帆|弥晓帆}）{u:12月3日|12月3日|12月8日}，{n:笕溪镇|笕溪镇|见溪镇}{n:坳背村|坳背村|拗背村}的龙窑在熄火{u:三十年|三十年|二十年}后重新点火，{u:两千三百件|两千三百件|两千件}坯件装进了长达{u:56米|56米|65米}的窑膛。

窑主{n:鄯永福|鄯永福|善永福}说，烧一窑要{u:三天三夜|三天三夜|三天}{p:，|，|。}{w:全靠|全靠|完全靠}老师傅看火色。“{w:火候差一点|火候差一点|火候差一点点}，整窑就废了{p:。”|。”|”。}

这次复烧由{n:锦北陶瓷工艺研究所|锦北陶瓷工艺研究所|陶瓷所}指导，{w:吸引了|吸引了|引来了}{u:四百多名|四百多名|一百多名}游客{w:前来|前来|}观看{p:。|。|！}

{o:村里计划每年春秋各烧一次窑。|村里计划每年春秋各烧一次窑。|}
`;

/** A local story: the paper that wrote it, a web reprint, and a digest that shortens names and changes figures (CJK spacing, wrapped). */
export const KILN_PAGES: PageProbe = {
  name: 'heldout7-kiln',
  story: KILN_STORY,
  pages: [
    {
      name: 'jinbei-daily-p3',
      before: '锦北日报 2026年12月4日 第3版 文化\n\n',
      after: '\n（本版编辑：邬岚）\n',
    },
    {
      name: 'web-jinbei-wenlv',
      before: '锦北文旅网 > 首页 > 非遗 > 正文\n\n',
      after: '\n责任编辑：桂舟\n\nCopyright © 2026 锦北文旅网\n',
    },
    {
      name: 'poyang-digest-p7',
      before: '鄱阳文摘  2026年12月10日  第7版\n\n',
      after: '\n（摘自《锦北日报》）\n',
      style: cjkSpacing,
      wrapAt: 26,
    },
  ],
};

const SCHOOLHOUSE_STORY = `{w:Ranchers rebuild a one-room school on the prairie|Ranchers rebuild a one-room school on the prairie|Ranchers rebuild school}

By {n:XIMENA PERRAULT-KAMAU|XIMENA PERRAULT-KAMAU|XIMENA PERRAULT}

{n:WILLOW FORK|WILLOW FORK|WILLOW FORKS}, Mont. (AP) {p:—|—|-} Ranch families spent {u:14|14|41} weekends rebuilding the {n:Sagebrush Flat School|Sagebrush Flat School|Sagebrush School}, a one-room schoolhouse built in {u:1911|1911|1919}. Classes resume {u:Jan. 4|Jan. 4|Jan. 14}{w:, when the holiday break ends|, when the holiday break ends|}.

{w:Parents|Parents|Neighbors} hauled lumber from a mill in {n:Dellwood Junction|Dellwood Junction|Delwood Junction}. The school has {u:seven|seven|eleven} students{p:.|.|!} The nearest town school is {u:52 miles|52 miles|25 miles} away.

"{w:You don't|You don't|You do not} put a 6-year-old on a bus for two hours," said teacher {n:Henrietta Blackwater-Oyen|Henrietta Blackwater-Oyen|Henrietta Blackwater}. "{w:This|This|The school} is the heart of the valley{p:.|.|!}"

{o:A dedication is planned for the spring.|A dedication is planned for the spring.|}
`;

/** An AP story: a state paper, a web reprint with curly quotes, and a wrapped brief that shortens names and changes figures. */
export const SCHOOLHOUSE_PAGES: PageProbe = {
  name: 'heldout7-schoolhouse',
  story: SCHOOLHOUSE_STORY,
  pages: [
    {
      name: 'helena-capitol-record-a5',
      before: 'HELENA CAPITOL RECORD | Monday, Dec. 7, 2026 | A5 | MONTANA\n\n',
      after:
        '\nMONTANA BRIEFS\n\nHAVRE: The county fairgrounds will be closed for repairs Dec. 14-18.\n\n',
    },
    {
      name: 'web-treasure-state-wire',
      before: 'TREASURE STATE WIRE\nHome > Education\n\nPosted Dec. 6, 2026, 4:40 p.m.\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 Treasure State Wire\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '\u201c$1\u201d'),
    },
    {
      name: 'sweet-grass-trader-p2',
      before: 'SWEET GRASS TRADER  Dec. 10, 2026  Page 2\n\n',
      after: '\n— AP\n',
      wrapAt: 52,
    },
  ],
};

const ORCHARD_STORY = `{w:Century-old orchard yields a rare apple again|Century-old orchard yields a rare apple again|Rare apple returns}

By {n:Percival Ndiaye-Hartman|Percival Ndiaye-Hartman|Percival Ndiaye}, {n:Larkspur Basin Gazette|Larkspur Basin Gazette|Basin Gazette}

{u:Forty-three|Forty-three|43} trees survive in the {n:Pemmican Hollow|Pemmican Hollow|Pemican Hollow} orchard, planted in {u:1908|1908|1980}. {w:Growers|Growers|Volunteers} from {u:six|six|sixteen} counties came to taste the {n:Winter Banister|Winter Banister|Winter Bannister} apple, thought lost since the {u:1950s|1950s|1960s}.

Tastings run {p:10 a.m. to 2 p.m.|10 a.m. to 2 p.m.|10 a.m.-2 p.m.} through {u:Saturday|Saturday|Sunday}, and cider is free.

{n:Eulalia Brackenridge|Eulalia Brackenridge|Eulalia Brackenbridge}, {u:91|91|19}, {w:remembers|remembers|recalls} her father {w:grafting|grafting|pruning} the trees. "{w:Every fall|Every fall|Each fall} smelled like this," she said.

{o:The orchard's owners hope to sell saplings next year.|The orchard's owners hope to sell saplings next year.|}
`;

/** A local feature: the paper that wrote it, a web reprint with curly quotes and a wrapped weekly with its own edits. */
export const ORCHARD_PAGES: PageProbe = {
  name: 'heldout7-orchard',
  story: ORCHARD_STORY,
  pages: [
    {
      name: 'larkspur-basin-gazette-c1',
      before: 'LARKSPUR BASIN GAZETTE | Thursday, Oct. 8, 2026 | C1 | FOOD\n\n',
      after: '\nINSIDE: Harvest suppers around the basin, C4\n\n',
    },
    {
      name: 'web-north-ridge-now',
      before:
        'NORTH RIDGE NOW\nHome > Community > Food\n\nPublished Oct. 7, 2026 | Updated Oct. 8, 2026\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 North Ridge Now\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '\u201c$1\u201d'),
    },
    {
      name: 'pinecrest-weekly-p6',
      before:
        'PINECREST WEEKLY  Oct. 10, 2026  Page 6\n\nCounty road work begins Monday\n\nCrews will close one lane near the bridge.\n\n',
      after: '\n[end]\n',
      wrapAt: 48,
    },
  ],
};

/** Batch 7's story probes: two Chinese, two English. */
export const HELDOUT_BATCH_7_PROBES: readonly PageProbe[] = [
  BRIDGE_PAGES,
  KILN_PAGES,
  SCHOOLHOUSE_PAGES,
  ORCHARD_PAGES,
];
