/**
 * Batch 10 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * (rows10) and NOT run by anyone yet; the coordinator gives them their first run (`npm run bench
 * -- classify-heldout --batch=10`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const FOOTBRIDGE_STORY = `{w:山村架起新吊桥|山村架起新吊桥|新吊桥通行}

新华社长沙12月4日电（记者{n:龚筠若|龚筠若|龚云若}）{u:12月3日|12月3日|12月8日}，{n:泺水县|泺水县|乐水县}{n:峣头村|峣头村|尧头村}的新吊桥正式通行{p:。|。|，}这座桥全长{u:一百六十八米|一百六十八米|一百八十六米}，桥面宽{u:1.5米|l.5米|15米}，村里的孩子{w:从此|从此|从今以后}不用再蹚水上学。

村民{n:缑桂兰|缑桂兰|沟桂兰}今年{u:七十四岁|七十四岁|七十岁}，她说：“{w:过去|过去|以前}去镇上要绕行{u:两个多小时|两个多小时|一个多小时}，下雨天根本出不了门{p:。”|。”|”。}

吊桥由{n:省交通规划设计院|省交通规划设计院|省交规院}设计，总投资{u:680万元|680万元|68万元}，可同时通行{u:三百人|三百人|二百人}{w:，还装了太阳能路灯|，还装了太阳能路灯|}。

县里计划在{u:2027年|2027年|2026年}春节前再建{u:两座|两座|三座}同样的吊桥{p:，|，|；}把沿河{u:六个村|六个村|九个村}连起来。

{o:桥头的小广场也在加紧施工。|桥头的小广场也在加紧施工。|}
`;

/** A Xinhua story: a provincial daily, an OCR'd evening paper (half-width, wrapped, one l/1 misreading) and a county paper with its own edits and CJK spacing. */
export const FOOTBRIDGE_PAGES: PageProbe = {
  name: 'heldout10-footbridge',
  story: FOOTBRIDGE_STORY,
  pages: [
    {
      name: 'xiangjiang-daily-p5',
      before: '湘江日报  2026年12月5日  第5版  民生\n\n',
      after: '\n寒潮来袭 农业部门提醒做好防冻\n\n本报讯 本周全省将出现大范围降温。\n\n',
    },
    {
      name: 'lishui-evening-p9-ocr',
      before: '澧水晚报\n2026年12月5日 第9版\n\n',
      after: '\n编辑:青禾\n',
      style: halfWidth,
      wrapAt: 22,
    },
    {
      name: 'luoshui-news-p1',
      before: '泺水新闻 2026.12.06 第1版\n\n',
      after: '\n（本版编辑 晓岚）\n',
      style: cjkSpacing,
    },
  ],
};

const MARKET_STORY = `{w:停办多年的埼头大集重新开张|停办多年的埼头大集重新开张|大集开张}

本报讯（记者{n:司空静远|司空静远|空静远}）{u:农历十月初八|农历十月初八|农历十月初六}一早，{n:碚石镇|碚石镇|倍石镇}{n:埼头村|埼头村|崎头村}的老集市重新开张{p:。|。|！}这个大集已经停办了{u:十一年|十一年|七年}，今年镇里重新划出了{u:二百四十个|二百四十个|一百四十个}摊位。

集市上{w:熙熙攘攘|熙熙攘攘|热热闹闹}，卖竹器的{p:、|、|，}卖草药的、卖手工豆腐的摆满了整条街。摊主{n:陶婵娟|陶婵娟|陶蝉娟}{u:凌晨四点|凌晨四点|凌晨五点}就来占位，一上午卖了{u:三百多斤|三百多斤|三十多斤}红薯粉。她笑着说：“好多年没这么热闹了，谁不想来赶集呢{p:？|？|。}”

{w:据统计，|据统计，|}当天人流量超过{u:12000人次|12000人次|1200人次}。集市由{n:碚石镇农贸市场服务中心|碚石镇农贸市场服务中心|镇市场服务中心}统一管理，以后每逢农历{u:初三|初三|初八}开集，明年还{w:将|将|会}增设停车场。

{o:不少外出打工的村民专门赶回来逛集。|不少外出打工的村民专门赶回来逛集。|}
`;

/** A local story: the paper that wrote it, an OCR'd weekly (half-width, wrapped) and a digest that shortens names and changes figures (CJK spacing, wrapped). */
export const MARKET_PAGES: PageProbe = {
  name: 'heldout10-market',
  story: MARKET_STORY,
  pages: [
    {
      name: 'beishi-daily-p3',
      before: '碚石日报 2026年11月28日 第3版 乡村\n\n',
      after: '\n（本版编辑：禾苗）\n',
    },
    {
      name: 'xiangtu-weekly-p6-ocr',
      before: '乡土周报\n2026年12月1日 第6版\n\n',
      after: '\n责任编辑:远山\n',
      style: halfWidth,
      wrapAt: 23,
    },
    {
      name: 'shanxiang-digest-p4',
      before: '山乡文摘  2026年12月8日  第4版\n\n',
      after: '\n（摘自《碚石日报》）\n',
      style: cjkSpacing,
      wrapAt: 25,
    },
  ],
};

const CIDER_STORY = `{w:A village reopens its old cider mill|A village reopens its old cider mill|Cider mill reopens}

By {n:AUGUSTINE OKWUOSA|AUGUSTINE OKWUOSA|AUGUSTINE OKWUOSAH}, Associated Press

{n:HOLLYBUSH FORGE|HOLLYBUSH FORGE|HOLLYBUSH FORD}, Vt. (AP) {p:—|—|-} The cider mill that has pressed apples in this village since {u:1887|1887|1878} is running again. Neighbors raised {u:$240,000|$240,000|$24,000} in {u:four months|four months|four weeks} to replace its rotted floor{w:, most of it at bake sales|, most of it at bake sales|}.

{w:Orchardists|Orchardists|Growers} remember lining up their trucks here in the {u:1950s|1950s|1960s}. The old press can handle {u:14|l4|40} tons of apples a day{p:.|.|!}

"We were not going to let it rot{p:,|,|.}" said {n:Cordelia Wintersteen|Cordelia Wintersteen|Cordelia Winterstein}, who {w:finally|finally|} found a millwright willing to fix the gears.

The {n:Hollybush Forge Grange|Hollybush Forge Grange|grange} will hold a pressing day on {u:Oct. 3|Oct. 3|Oct. 8}, from {p:noon to 5 p.m.|noon to 5 p.m.|noon-5 p.m.}

{o:Children under 12 will get a free cup of cider.|Children under 12 will get a free cup of cider.|}
`;

/** An AP story: a state paper, an OCR'd reprint (one l/1 misreading, wrapped) and a wrapped brief that shortens names and changes figures. */
export const CIDER_PAGES: PageProbe = {
  name: 'heldout10-cider',
  story: CIDER_STORY,
  pages: [
    {
      name: 'green-mountain-herald-b3',
      before: 'GREEN MOUNTAIN HERALD | Saturday, Sept. 26, 2026 | B3 | VERMONT\n\n',
      after:
        '\nVERMONT BRIEFS\n\nBARRE: The city will flush hydrants next week, officials said.\n\n',
    },
    {
      name: 'ocr-upper-valley-packet-p4',
      before: 'UPPER VALLEY PACKET\nSept. 27, 2026 Page 4\n\n',
      after: '\n[continued from scan]\n',
      wrapAt: 50,
    },
    {
      name: 'notch-country-shopper-p2',
      before: 'NOTCH COUNTRY SHOPPER  Sept. 30, 2026  Page 2\n\n',
      after: '\n— AP\n',
      wrapAt: 46,
    },
  ],
};

const BOOKMOBILE_STORY = `{w:A bookmobile driver marks two decades on the back roads|A bookmobile driver marks two decades on the back roads|Bookmobile driver marks 20 years}

By {n:Theodora Vanderhoek|Theodora Vanderhoek|Theodora Vanderhoeck}, {n:The Millbrae Hollow Sentinel-Times|The Millbrae Hollow Sentinel-Times|The Sentinel-Times}

The bookmobile has climbed {n:Wendigo Notch Road|Wendigo Notch Road|Wendago Notch Road} every week since {u:2004|2004|2014}. It stops at each farm on {u:Thursday|Thursday|Tuesday} mornings, driven by {n:Bartholomew Ekpenyong|Bartholomew Ekpenyong|Bartholomew Ekpenyon}, now {u:68|68|63}, who has held the job for {u:twenty-two years|twenty-two years|twelve years}.

{w:Readers|Readers|Patrons} borrow large-print novels and seed catalogs{w:, some of them in Braille|, some of them in Braille|}. The van carries about {u:3,200|3,200|2,300} books{p:,|,|;} most of them for {w:kids|kids|children}.

"Some of these folks have no internet at all{p:,|,|.}" {n:Ekpenyong|Ekpenyong|Ekpenyon} said. "{w:I bring them|I bring them|I take them} the world, {u:five|five|nine} miles at a time."

A new van will cost {u:$40,000|$40,000|$14,000}, and the {n:Friends of the Oxbow County Library|Friends of the Oxbow County Library|library's friends group} has raised half of it.

{o:The old van has logged more than 300,000 miles.|The old van has logged more than 300,000 miles.|}
`;

/** A local feature: the paper that wrote it, a web reprint with curly quotes and apostrophes and a wrapped weekly with its own edits. */
export const BOOKMOBILE_PAGES: PageProbe = {
  name: 'heldout10-bookmobile',
  story: BOOKMOBILE_STORY,
  pages: [
    {
      name: 'millbrae-hollow-sentinel-times-d1',
      before: 'THE MILLBRAE HOLLOW SENTINEL-TIMES | Wednesday, Nov. 18, 2026 | D1 | PEOPLE\n\n',
      after: '\nINSIDE: Holiday craft fairs across the county, D3\n\n',
    },
    {
      name: 'web-oxbow-county-now',
      before:
        'OXBOW COUNTY NOW\nHome > People > Profiles\n\nPublished Nov. 18, 2026 | Updated Nov. 19, 2026\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 Oxbow County Now\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '\u201c$1\u201d').replace(/'/gu, '\u2019'),
    },
    {
      name: 'notch-weekly-p5',
      before:
        'NOTCH WEEKLY  Nov. 21, 2026  Page 5\n\nSenior center seeks drivers\n\nVolunteers are asked to call the center on weekdays.\n\n',
      after: '\n[end]\n',
      wrapAt: 47,
    },
  ],
};

/** Batch 10's story probes: two Chinese, two English. */
export const HELDOUT_BATCH_10_PROBES: readonly PageProbe[] = [
  FOOTBRIDGE_PAGES,
  MARKET_PAGES,
  CIDER_PAGES,
  BOOKMOBILE_PAGES,
];
