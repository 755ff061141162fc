/**
 * Batch 5 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * and NOT run by anyone yet; the coordinator gives them their first run (`npm run bench --
 * classify-heldout --batch=5`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const FERRY_STORY = `{w:最后一条人工渡船“退休”|最后一条人工渡船“退休”|人工渡船退出历史}

新华社南昌12月5日电（记者{n:蒉明远|蒉明远|贲明远}）{u:5日上午|5日上午|4日上午}，{n:湓口县瀼溪渡|湓口县瀼溪渡|瀼溪渡}迎来最后一班人工渡船。随着全长{u:1.36公里|1.36公里|136公里}的{n:瀼溪大桥|瀼溪大桥|壤溪大桥}建成通车，这条摆渡了{u:七十多年|七十多年|70多年}的渡船正式{w:停航|停航|退役}。

艄公{n:甘老根|甘老根|干老根}今年{u:六十八岁|六十八岁|六十六岁}，在这里撑了{u:四十一年|四十一年|四十年}船{p:。|。|，}他{w:算过|算过|估算过}，自己{w:前后|前后|前后共}渡过{u:一百多万人次|一百多万人次|100多万人次}。“{w:最怕|最怕|最担心}的是{u:七八月|七八月|八九月}涨大水{p:。”|。”|”。}

{o:渡船将被送进县博物馆收藏。|渡船将被送进县博物馆收藏。|}

{n:湓口县交通运输局|湓口县交通运输局|县交通局}介绍，大桥总投资{u:2.8亿元|2.8亿元|3亿元}，{w:通车后|通车后|建成后}两岸车程由{u:四十分钟|四十分钟|40分钟}缩短到{u:5分钟|5分钟|3分钟}。
`;

/** A Xinhua story: a provincial daily, an OCR'd evening paper (half-width punctuation, wrapped) and a county paper with its own edits and CJK spacing. */
export const FERRY_PAGES: PageProbe = {
  name: 'heldout5-ferry',
  story: FERRY_STORY,
  pages: [
    {
      name: 'ganjiang-daily-p4',
      before: '赣江日报  2026年12月6日  第4版  民生\n\n',
      after:
        '\n全省农村公路年底通达所有自然村\n\n本报讯 截至11月底，全省新改建农村公路4200公里。\n\n',
    },
    {
      name: 'xunyang-evening-p3-ocr',
      before: '浔阳晚报\n2026年12月6日 第3版\n\n',
      after: '\n编辑:欧阳蕾\n',
      style: halfWidth,
      wrapAt: 21,
    },
    {
      name: 'pengze-news-p1',
      before: '彭泽新闻 2026.12.06 第1版\n\n',
      after: '\n（本版编辑 吁晴）\n',
      style: cjkSpacing,
    },
  ],
};

const OPERA_STORY = `{w:老剧团排新戏 《瓯江谣》下月首演|老剧团排新戏 《瓯江谣》下月首演|《瓯江谣》下月首演}

本报讯（记者{n:暨晓箬|暨晓箬|暨小箬}）记者{u:12月4日|12月4日|12月14日}从{n:乐清市越剧团|乐清市越剧团|乐清越剧团}获悉，新编越剧{n:《瓯江谣》|《瓯江谣》|《瓯江遥》}将于{u:2027年1月9日|2027年1月9日|2027年1月19日}在{n:雁荡大剧院|雁荡大剧院|雁荡剧院}首演。

该剧由剧作家{n:仇雪篱|仇雪篱|仇雪离}编剧，讲述{u:上世纪三十年代|上世纪三十年代|上世纪四十年代}瓯江船工的故事。剧团为此排练了{u:一百零八天|一百零八天|108天}{p:，|，|；}{w:演员们|演员们|演职人员}每天练功{u:六个小时|六个小时|五六个小时}。

主演{n:沃冰清|沃冰清|汪冰清}说：“{w:这是我|这是我|这是我第一次}演船家女{p:。|。|！}”{o:首演门票已售出八成。|首演门票已售出八成。|}
`;

/** A local culture story: the paper that wrote it, its OCR'd archive copy, and a digest that shortens names and titles. */
export const OPERA_PAGES: PageProbe = {
  name: 'heldout5-opera',
  story: OPERA_STORY,
  pages: [
    {
      name: 'oujiang-daily-p7',
      before: '瓯江日报 2026年12月5日 第7版 文化\n\n',
      after: '\n（本版编辑：缪汀）\n',
    },
    {
      name: 'oujiang-daily-p7-ocr',
      before: '瓯江日报 2O26年12月5日 第7版\n\n',
      after: '\n[扫描件 第1页]\n',
      wrapAt: 24,
    },
    {
      name: 'zhenan-digest-p12',
      before: '浙南文摘  2026年12月8日  第12版\n\n',
      after: '\n（摘自《瓯江日报》）\n',
      style: cjkSpacing,
    },
  ],
};

const ORCHARD_STORY = `{w:Hard freeze wipes out most of Door Peninsula cherry crop|Hard freeze wipes out most of Door Peninsula cherry crop|Freeze hits cherry crop}

By {n:MAGNHILD SORENSTAM-OBI|MAGNHILD SORENSTAM-OBI|MAGNHILD SORENSTAM}

{n:EPHRAIM CROSSING|EPHRAIM CROSSING|EPHRIAM CROSSING}, Wis. (AP) {p:—|—|-} A hard freeze on {u:May 12|May 12|May 21} killed {u:about 80%|about 80%|about 80 percent} of the tart cherry blossoms on the peninsula, growers said {u:Tuesday|Tuesday|Thursday}.

{w:Orchards|Orchards|Growers} lost power to their wind machines when temperatures fell to {u:24 degrees|24 degrees|42 degrees}, said {n:Birgitta Lautenschlager|Birgitta Lautenschlager|Birgitta Lautenschlaeger}, who runs {n:Lautenschlager Bros. Orchards|Lautenschlager Bros. Orchards|Lautenschlager Orchards}. "{w:We watched|We watched|We saw} {u:four generations|four generations|three generations} of work freeze in one night{p:.|.|!}"

{o:The state agriculture department will survey the damage next week.|The state agriculture department will survey the damage next week.|}

{u:Forty-two|Forty-two|Forty-four} farms grow cherries in the county, producing {u:$11.5 million|$11.5 million|$115 million} worth of fruit in a normal year.
`;

/** An AP farm story: a state paper, a web reprint with curly quotes, and a brief that shortens names and changes figures. */
export const ORCHARD_PAGES: PageProbe = {
  name: 'heldout5-orchard',
  story: ORCHARD_STORY,
  pages: [
    {
      name: 'green-bay-gazette-leader-a5',
      before: 'GREEN BAY GAZETTE-LEADER | Wednesday, June 3, 2026 | A5 | STATE\n\n',
      after: '\nSTATE BRIEFS\n\nAPPLETON: The library will close early Friday for repairs.\n\n',
    },
    {
      name: 'web-lakeshore-public-news',
      before: 'LAKESHORE PUBLIC NEWS\nHome > Agriculture\n\nPosted June 2, 2026, 4:40 p.m.\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 Lakeshore Public News\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '“$1”'),
    },
    {
      name: 'peninsula-shopper-p2',
      before: 'PENINSULA SHOPPER  June 4, 2026  Page 2\n\n',
      after: '\n— AP\n',
      wrapAt: 50,
    },
  ],
};

const MARATHON_STORY = `{w:Blind runner finishes 50th marathon on home course|Blind runner finishes 50th marathon on home course|Blind runner finishes 50th marathon}

By {n:Caspian Delacroix-Imrie|Caspian Delacroix-Imrie|Caspian Delacroix}
{n:The Harrowgate Evening Clarion|The Harrowgate Evening Clarion|The Evening Clarion}

{n:HARROWGATE|HARROWGATE|HARROGATE}, Ohio {p:—|—|--} {n:Thaddea Wilmoth|Thaddea Wilmoth|Thadea Wilmoth}, who lost her sight at {u:19|19|nineteen}, crossed the finish line of the {n:Tuscarawas Valley Marathon|Tuscarawas Valley Marathon|Tuscarawas Marathon} on {u:Sunday|Sunday|Saturday} in {u:4 hours, 38 minutes|4 hours, 38 minutes|4 hours, 48 minutes}.

{w:Runners|Runners|Spectators} lined the last mile to cheer her, and her guide, {n:Osric Pennywhistle|Osric Pennywhistle|Oscar Pennywhistle}, {w:handed her|handed her|gave her} the tether for the final {u:100 yards|100 yards|200 yards}{p:.|.|;} "{w:She earned|She earned|She's earned} every step{p:,|,|.}" he said.

{o:It was her 50th marathon since 2009.|It was her 50th marathon since 2009.|}

Wilmoth, {u:57|57|51}, plans to run {n:the Boston Marathon|the Boston Marathon|Boston} in {u:April|April|March}.
`;

/** A local sports feature: the paper that wrote it, a web reprint with curly quotes, and an OCR'd weekly with its own edits. */
export const MARATHON_PAGES: PageProbe = {
  name: 'heldout5-marathon',
  story: MARATHON_STORY,
  pages: [
    {
      name: 'harrowgate-evening-clarion-c1',
      before: 'THE HARROWGATE EVENING CLARION | Monday, Oct. 12, 2026 | C1 | SPORTS\n\n',
      after: '\nINSIDE: High school football scores, C4\n\n',
    },
    {
      name: 'web-ohio-runner',
      before:
        'OHIO RUNNER\nHome > Races > Marathons\n\nPublished Oct. 11, 2026 | Updated Oct. 12, 2026\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 Ohio Runner\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '“$1”'),
    },
    {
      name: 'dover-weekly-p9-ocr',
      before:
        'DOVER WEEKLY  Oct. 14, 2026  Page 9\n\nChurch bazaar set for Nov. 7\n\nThe annual bazaar opens at 9 a.m.\n\n',
      after: '\n[end]\n',
      wrapAt: 48,
    },
  ],
};

/** Batch 5's story probes: two Chinese, two English. */
export const HELDOUT_BATCH_5_PROBES: readonly PageProbe[] = [
  FERRY_PAGES,
  OPERA_PAGES,
  ORCHARD_PAGES,
  MARATHON_PAGES,
];
