/**
 * Batch 11 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * (rows11) and NOT run by anyone yet; the coordinator gives them their first run (`npm run bench
 * -- classify-heldout --batch=11`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const RESERVOIR_STORY = `{w:山区小水库完成除险加固|山区小水库完成除险加固|水库完成加固}

新华社南宁12月6日电（记者{n:莒思源|莒思源|吕思源}）记者{u:6日|6日|8日}从{n:濞阳县|濞阳县|毕阳县}水利局获悉，该县{n:埒头水库|埒头水库|列头水库}除险加固工程日前完工{p:。|。|，}水库总库容{u:1260万立方米|1260万立方米|126万立方米}，可灌溉下游{u:一万二千亩|一万二千亩|一千二百亩}农田。

工程历时{u:一年零四个月|一年零四个月|一年}，总投资{u:4300万元|4300万元|430万元}，对大坝防渗、溢洪道和放水涵管进行了改造{w:，并新建了雨水情监测站|，并新建了雨水情监测站|}。

水库管理所所长{n:郾春林|郾春林|偃春林}说：“{w:以前|以前|过去}一到汛期，我们就得{u:24小时|24小时|12小时}守在坝上{p:。”|。”|”。}

下游{n:坜下村|坜下村|历下村}村民{n:鄚翠娥|鄚翠娥|莫翠娥}今年{u:六十九岁|六十九岁|六十岁}。她说，水库修好后，家里的稻田再也不怕旱了{p:。|。|！}

据{n:广西壮族自治区水利厅|广西壮族自治区水利厅|自治区水利厅}介绍，全区今年计划完成一批小型水库除险加固{p:，|，|；}{u:11月底|11月底|10月底}已完成{u:九成|九成|八成}。

{o:明年汛期前，剩余工程将全部完工。|明年汛期前，剩余工程将全部完工。|}
`;

/** A Xinhua story: a regional daily, an OCR'd evening paper (half-width, wrapped) and a county paper (CJK spacing) that shortens names and changes figures. */
export const RESERVOIR_PAGES: PageProbe = {
  name: 'heldout11-reservoir',
  story: RESERVOIR_STORY,
  pages: [
    {
      name: 'guinan-daily-p6',
      before: '桂南日报  2026年12月7日  第6版  三农\n\n',
      after: '\n冬种马铃薯进入播种高峰\n\n本报讯 眼下，各地冬种马铃薯进入播种高峰期。\n\n',
    },
    {
      name: 'yongjiang-evening-p11-ocr',
      before: '邕江晚报\n2026年12月7日 第11版\n\n',
      after: '\n编辑:韦岚\n',
      style: halfWidth,
      wrapAt: 23,
    },
    {
      name: 'biyang-news-p1',
      before: '濞阳新闻 2026.12.08 第1版\n\n',
      inside: { afterParagraph: 2, text: '图为加固后的水库大坝。（县水利局供图）' },
      after: '\n（本版编辑 小蓝）\n',
      style: cjkSpacing,
    },
  ],
};

const TROUPE_STORY = `{w:百年老戏班唱响乡村舞台|百年老戏班唱响乡村舞台|老戏班下乡}

本报讯（记者{n:公羊明玥|公羊明玥|羊明玥}）{u:正月初九|正月初九|正月初七}晚，{n:甽口镇|甽口镇|圳口镇}{n:砟石村|砟石村|乍石村}的古戏台前坐满了人{p:。|。|！}来自{n:漯溪乡|漯溪乡|螺溪乡}的{n:“福春班”|“福春班”|“富春班”}连唱{u:三个多小时|三个多小时|两个多小时}，台下掌声不断。

戏班班主{n:梁丘永年|梁丘永年|梁邱永年}今年{u:七十一岁|七十一岁|七十七岁}，从{u:十二岁|十二岁|十六岁}起就跟着师傅学戏。他说：“{w:这些年|这些年|近几年}看戏的年轻人多了，我们{w:更有劲头|更有劲头|更有信心}了{p:。”|。”|”。}

据统计，戏班去年共演出{u:126场|126场|162场}{p:，|，|；}观众超过{u:4万人次|4万人次|4千人次}。{w:今年，|今年，|}{n:县文化馆|县文化馆|县文化和旅游局}为戏班添置了{u:二十套|二十套|十二套}新戏服{w:，还请来省里的老师指导排练|，还请来省里的老师指导排练|}。

演出结束已是{u:晚上十一点|晚上十一点|晚上十点}，不少观众还不肯走。{o:有人一直跟到后台，想看演员卸妆。|有人一直跟到后台，想看演员卸妆。|}
`;

/** A local story: the paper that wrote it, an OCR'd weekly (half-width, wrapped) and a digest (CJK spacing, wrapped) that cuts a compound surname and changes figures. */
export const TROUPE_PAGES: PageProbe = {
  name: 'heldout11-troupe',
  story: TROUPE_STORY,
  pages: [
    {
      name: 'zhenkou-daily-p4',
      before: '甽口日报  2026年2月28日  第4版  文化\n\n',
      after: '\n非遗传承人进校园\n\n本报讯 近日，县里组织非遗传承人走进中小学课堂。\n\n',
    },
    {
      name: 'county-weekly-p2-ocr',
      before: '县域周报 2026.3.2 第2版 文体\n\n',
      after: '\n热线:0000-1234567\n',
      style: halfWidth,
      wrapAt: 21,
    },
    {
      name: 'digest-p7',
      before: '文化文摘 2026年3月第1期 第7页\n\n',
      after: '\n（摘自《甽口日报》）\n',
      style: cjkSpacing,
      wrapAt: 26,
    },
  ],
};

const FERRY_STORY = `{w:Island ferry gets a new hull after six decades|Island ferry gets a new hull after six decades|Ferry gets new hull}

By {n:MAGNHILD ØVERBØ|MAGNHILD ØVERBØ|MAGNHILD OVERBO}, Associated Press

{n:GRISWOLD HARBOR|GRISWOLD HARBOR|GRISWALD HARBOR}, Maine (AP) {p:—|—|-} The little car ferry that links {n:Tenney Island|Tenney Island|Tenny Island} to the mainland returned to service {u:Wednesday|Wednesday|Thursday} after {u:seven months|seven months|seven weeks} in a shipyard. The town spent {u:$1.9 million|$1.9 million|$19 million} on a new hull{w:, most of it from a federal grant|, most of it from a federal grant|}.

{w:Islanders|Islanders|Residents} have relied on the boat since {u:1964|1964|1946}. It carries up to {u:14|l4|41} cars and makes {u:nine|nine|five} round trips a day in summer{p:.|.|!}

"Without the ferry, we're stuck{p:,|,|.}" said {n:Thaddeus Quarrender|Thaddeus Quarrender|Thaddeus Quarender}, who runs the island store. He said he {w:nearly|nearly|almost} closed the store last winter.

The {n:Tenney Island Ferry Service|Tenney Island Ferry Service|ferry service} will add a late run on {u:Fridays|Fridays|Saturdays} from {p:June to September|June to September|June-September}.

{o:Fares will stay the same for island residents.|Fares will stay the same for island residents.|}
`;

/** An AP story: a state paper, an OCR'd reprint (one l/1 misreading, wrapped) and a wrapped brief that loses the Ø, shortens names and changes figures. */
export const FERRY_PAGES: PageProbe = {
  name: 'heldout11-ferry',
  story: FERRY_STORY,
  pages: [
    {
      name: 'down-east-courier-a5',
      before: 'DOWN EAST COURIER | Thursday, Nov. 12, 2026 | A5 | MAINE\n\n',
      after:
        '\nMAINE BRIEFS\n\nCALAIS: The bridge will close overnight for inspection, officials said.\n\n',
    },
    {
      name: 'ocr-penobscot-bay-packet-p3',
      before: 'PENOBSCOT BAY PACKET\nNov. 13, 2026 Page 3\n\n',
      after: '\n[continued from scan]\n',
      wrapAt: 52,
    },
    {
      name: 'coastal-shopper-p2',
      before: 'COASTAL SHOPPER  Nov. 16, 2026  Page 2\n\n',
      after: '\n— AP\n',
      wrapAt: 44,
    },
  ],
};

const POST_OFFICE_STORY = `{w:A village post office is saved|A village post office is saved|Post office saved}

By {n:Rosalind Achtenhagen-Fay|Rosalind Achtenhagen-Fay|Rosalind Achtenhagen}, {n:Delphos Hollow Clarion-Register|Delphos Hollow Clarion-Register|Clarion-Register}

The post office in {n:Wickerbrook Gap|Wickerbrook Gap|Wickerbrook Cap} will stay open, postal officials said {u:Monday|Monday|Tuesday}. It has served the village since {u:1913|1913|1931}.

More than {u:450|450|540} residents signed a letter asking to keep it, and {u:two-thirds|two-thirds|one-third} of them came to a hearing in {u:August|August|April}{p:.|.|!}

"It's where we see each other{p:,|,|.}" said postmaster {n:Ezinne Obiageli|Ezinne Obiageli|Ezinne Obiagel}, who has sorted mail here for {u:nineteen|nineteen|nine} years. {w:Neighbors|Neighbors|Customers} stop in to chat{w: even when they have no mail| even when they have no mail|}.

The building's roof will be replaced for {u:$38,000|$38,000|$3,800}{p:;|;|,} the work starts {u:Oct. 12|Oct. 12|Oct. 21}. The counter will be open {p:8 a.m. to noon|8 a.m. to noon|8 a.m.-noon}{w:, as before|, as before|}.

{o:A party is planned for the first day after the repairs.|A party is planned for the first day after the repairs.|}
`;

/** A local feature: the paper that wrote it, a web reprint with curly quotes and apostrophes and a wrapped weekly that shortens names and changes figures. */
export const POST_OFFICE_PAGES: PageProbe = {
  name: 'heldout11-post-office',
  story: POST_OFFICE_STORY,
  pages: [
    {
      name: 'delphos-hollow-clarion-register-b2',
      before: 'THE DELPHOS HOLLOW CLARION-REGISTER | Tuesday, Sept. 15, 2026 | B2 | COMMUNITY\n\n',
      after: '\nINSIDE: Fall fairs and church suppers, B4\n\n',
    },
    {
      name: 'web-hollow-valley-today',
      before:
        'HOLLOW VALLEY TODAY\nHome > Community\n\nPublished Sept. 15, 2026 | Updated Sept. 16, 2026\n\n',
      after: '\nShare: Facebook | X | Email\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '\u201c$1\u201d').replace(/'/gu, '\u2019'),
    },
    {
      name: 'ridge-weekly-p6',
      before:
        'RIDGE WEEKLY  Sept. 18, 2026  Page 6\n\nLibrary book sale\n\nDonations are accepted at the front desk.\n\n',
      after: '\n[end]\n',
      wrapAt: 45,
    },
  ],
};

/** Batch 11's story probes: two Chinese, two English. */
export const HELDOUT_BATCH_11_PROBES: readonly PageProbe[] = [
  RESERVOIR_PAGES,
  TROUPE_PAGES,
  FERRY_PAGES,
  POST_OFFICE_PAGES,
];
