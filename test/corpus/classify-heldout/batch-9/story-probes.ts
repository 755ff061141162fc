/**
 * Batch 9 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * (rows9) and NOT run by anyone yet; the coordinator gives them their first run (`npm run bench
 * -- classify-heldout --batch=9`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const FERRY_STORY = `{w:海岛渡轮换上电动船|海岛渡轮换上电动船|渡轮换新船}

新华社福州12月6日电（记者{n:欧阳映雪|欧阳映雪|阳映雪}）{u:12月5日|12月5日|12月6日}，{n:澳屿县|澳屿县|奥屿县}{n:塘坳村|塘坳村|塘拗村}的老渡口迎来了第一艘电动渡轮{p:。|。|，}这条航线已经运营了{u:四十三年|四十三年|三十四年}，每天往返{u:十二班|十二班|十班}。

老船工{n:第五长庚|第五长庚|第六长庚}今年{u:六十七岁|六十七岁|六十九岁}，他{w:年轻时|年轻时|早年}就在这条航线上撑船。他说：“过去刮大风就停航，{w:一停就是|一停就是|一停便是}好几天{p:。”|。”|”。}

新船由{n:闽东船舶修造有限公司|闽东船舶修造有限公司|闽东船厂}建造，造价{u:1.2亿元|l.2亿元|12亿元}，可载客{u:一百八十人|一百八十人|一百人}，航速提高了{u:30%|30%|3%}以上{p:，|，|；}单程只需{u:二十五分钟|二十五分钟|十五分钟}。

据介绍，{w:下一步|下一步|}县里还将在{u:2027年|2027年|2026年}前更新{u:五艘|五艘|三艘}旧船。

{o:渡口旁的候船厅也在改建。|渡口旁的候船厅也在改建。|}
`;

/** A Xinhua story: a provincial daily, an OCR'd evening paper (half-width, wrapped, one OCR misreading) and a county paper with its own edits and CJK spacing. */
export const FERRY_PAGES: PageProbe = {
  name: 'heldout9-ferry',
  story: FERRY_STORY,
  pages: [
    {
      name: 'mindong-daily-p3',
      before: '闽东日报  2026年12月7日  第3版  民生\n\n',
      after: '\n冬季海上大风频繁 渔船注意避风\n\n本报讯 气象台提醒，本周沿海将有两次大风过程。\n\n',
    },
    {
      name: 'haixi-evening-p11-ocr',
      before: '海西晚报\n2026年12月7日 第11版\n\n',
      after: '\n编辑:澜舟\n',
      style: halfWidth,
      wrapAt: 21,
    },
    {
      name: 'aoyu-news-p1',
      before: '澳屿新闻 2026.12.08 第1版\n\n',
      after: '\n（本版编辑 岚汀）\n',
      style: cjkSpacing,
    },
  ],
};

const TEA_STORY = `{w:古村老茶园迎来冬茶采摘季|古村老茶园迎来冬茶采摘季|老茶园开采}

本报讯（记者{n:司马若澜|司马若澜|司马若兰}）{u:11月28日|11月28日|11月23日}上午，{n:鹫岭乡|鹫岭乡|鹭岭乡}{n:云垄村|云垄村|云陇村}的{u:三百二十亩|三百二十亩|三百亩}老茶园开始采摘冬茶{p:。|。|！}这片茶园种于{u:上世纪五十年代|上世纪五十年代|上世纪六十年代}，是全县最老的茶园之一。

茶园由{n:云垄村茶叶专业合作社|云垄村茶叶专业合作社|村合作社}统一管理，今年预计产干茶{u:4.8吨|4.8吨|48吨}，比去年增长{u:两成|两成|三成}。合作社理事长{n:罗己春|罗已春|罗己春}说：“{w:这些老茶树|这些老茶树|老茶树}根扎得深，茶味{w:特别|特别|格外}浓{p:。”|。”|”。}

采茶工每天{u:早上六点|早上六点|早上七点}上山，{w:一直|一直|}干到中午。熟练的采茶工一天能采{u:十五斤|十五斤|五斤}鲜叶，每斤工钱{u:12元|12元|21元}左右{p:；|；|，}不少在外打工的年轻人也{w:回来|回来|赶回来}帮忙。

{o:合作社还计划明年开一家茶馆。|合作社还计划明年开一家茶馆。|}
`;

/** A local story: the paper that wrote it, an OCR'd reprint with one look-alike misreading, and a digest that shortens names and changes figures (CJK spacing, wrapped). */
export const TEA_PAGES: PageProbe = {
  name: 'heldout9-tea',
  story: TEA_STORY,
  pages: [
    {
      name: 'jiuling-daily-p4',
      before: '鹫岭日报 2026年11月29日 第4版 乡村\n\n',
      after: '\n（本版编辑：沐禾）\n',
    },
    {
      name: 'nongjia-weekly-p7-ocr',
      before: '农家周报\n2026年12月2日 第7版\n\n',
      after: '\n责任编辑:芸生\n',
      style: halfWidth,
      wrapAt: 24,
    },
    {
      name: 'chaxiang-digest-p2',
      before: '茶乡文摘  2026年12月9日  第2版\n\n',
      after: '\n（摘自《鹫岭日报》）\n',
      style: cjkSpacing,
      wrapAt: 26,
    },
  ],
};

const ELEVATOR_STORY = `{w:A river town saves its last grain elevator|A river town saves its last grain elevator|Town saves grain elevator}

By {n:LUDMILA KOWALCZE-BRANDT|LUDMILA KOWALCZE-BRANDT|LUDMILA BRANDT}, Associated Press

{n:MARROWBONE BEND|MARROWBONE BEND|MARROWBONE BAND}, Iowa (AP) {p:—|—|-} The grain elevator that has stood over this river town since {u:1911|1911|1917} will not be torn down after all. Residents raised {u:$312,000|$312,000|$132,000} in {u:nine weeks|nine weeks|nine months}, most of it in small checks{w: from retirees| from retirees|}.

{w:Farmers|Farmers|Neighbors} still remember hauling corn to the elevator in the {u:1960s|1960s|1980s}. It stands {u:118|1l8|188} feet tall{p:.|.|!}

"We almost lost it{p:,|,|.}" said {n:Evangeline Tarkington|Evangeline Tarkington|Evangeline Tarkinton}, who led the drive. "{w:Now|Now|Today} the kids will see what this town was built on."

The {n:Marrowbone Bend Historical Society|Marrowbone Bend Historical Society|historical society} will open a museum on the ground floor on {u:May 14|May 14|May 4}, with tours from {p:10 a.m. to 4 p.m.|10 a.m. to 4 p.m.|10 a.m.-4 p.m.}.

{o:Admission will be free for the first year.|Admission will be free for the first year.|}
`;

/** An AP story: a state paper, an OCR'd reprint (one l/1 misreading) and a wrapped brief that shortens names and changes figures. */
export const ELEVATOR_PAGES: PageProbe = {
  name: 'heldout9-elevator',
  story: ELEVATOR_STORY,
  pages: [
    {
      name: 'des-moines-prairie-register-a5',
      before: 'PRAIRIE REGISTER | Sunday, Dec. 6, 2026 | A5 | IOWA\n\n',
      after:
        '\nIOWA BRIEFS\n\nAMES: The county will salt rural roads starting Monday, officials said.\n\n',
    },
    {
      name: 'ocr-river-counties-gazette-p2',
      before: 'RIVER COUNTIES GAZETTE\nDec. 7, 2026 Page 2\n\n',
      after: '\n[continued from scan]\n',
      wrapAt: 52,
    },
    {
      name: 'loess-hills-shopper-p6',
      before: 'LOESS HILLS SHOPPER  Dec. 10, 2026  Page 6\n\n',
      after: '\n— AP\n',
      wrapAt: 44,
    },
  ],
};

const SCHOOLHOUSE_STORY = `{w:A retired teacher keeps a one-room schoolhouse open|A retired teacher keeps a one-room schoolhouse open|Schoolhouse stays open}

By {n:Winifred Achterhof|Winifred Achterhof|Winifred Achterhoff}, {n:The Calloway Springs Messenger|The Calloway Springs Messenger|The Messenger}

The one-room schoolhouse on {n:Sassafras Ridge Road|Sassafras Ridge Road|Sassafrass Ridge Road} closed in {u:1968|1968|1986}. It opens again every {u:Saturday|Saturday|Sunday} because of {n:Ottoline Brannagh|Ottoline Brannagh|Ottoline Branagh}, now {u:91|91|97}, who taught there for {u:eleven years|eleven years|seven years}.

{w:Visitors|Visitors|Tourists} sit at the original desks{w: and write on slates| and write on slates|}. About {u:1,400|1,400|4,100} people came last year{p:,|,|;} most of them {w:children|children|schoolchildren}.

"They can't believe there was no electricity{p:,|,|.}" {n:Brannagh|Brannagh|Branagh} said. "{w:I tell them|I tell them|I say} we had a wood stove and {u:two|two|twelve} lanterns."

Admission is {u:$3|$3|$5}, and the {n:Sassafras Ridge Preservation Trust|Sassafras Ridge Preservation Trust|preservation trust} keeps the roof in repair.

{o:A new well was dug in October.|A new well was dug in October.|}
`;

/** A local feature: the paper that wrote it, a web reprint with curly quotes and a wrapped weekly with its own edits. */
export const SCHOOLHOUSE_PAGES: PageProbe = {
  name: 'heldout9-schoolhouse',
  story: SCHOOLHOUSE_STORY,
  pages: [
    {
      name: 'calloway-springs-messenger-c1',
      before: 'THE CALLOWAY SPRINGS MESSENGER | Thursday, Dec. 3, 2026 | C1 | LIVING\n\n',
      after: '\nINSIDE: Winter concerts at the county schools, C4\n\n',
    },
    {
      name: 'web-hollow-counties-today',
      before:
        'HOLLOW COUNTIES TODAY\nHome > Community > History\n\nPublished Dec. 2, 2026 | Updated Dec. 3, 2026\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 Hollow Counties Today\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '\u201c$1\u201d').replace(/'/gu, '\u2019'),
    },
    {
      name: 'ridge-weekly-p8',
      before:
        'RIDGE WEEKLY  Dec. 5, 2026  Page 8\n\nFood pantry needs winter coats\n\nDonations are taken at the fire hall on weekdays.\n\n',
      after: '\n[end]\n',
      wrapAt: 48,
    },
  ],
};

/** Batch 9's story probes: two Chinese, two English. */
export const HELDOUT_BATCH_9_PROBES: readonly PageProbe[] = [
  FERRY_PAGES,
  TEA_PAGES,
  ELEVATOR_PAGES,
  SCHOOLHOUSE_PAGES,
];
