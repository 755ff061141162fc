/**
 * Batch 8 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * (rows8) and NOT run by anyone yet; the coordinator gives them their first run (`npm run bench
 * -- classify-heldout --batch=8`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const PAPER_STORY = `{w:千年古法造纸技艺在深山重生|千年古法造纸技艺在深山重生|古法造纸重生}

新华社贵阳12月5日电（记者{n:蓬瑾瑜|蓬瑾瑜|篷瑾瑜}）{u:5日|5日|6日}，{n:澌水县|澌水县|斯水县}{n:栝树村|栝树村|括树村}的老纸坊在停产{u:二十六年|二十六年|二十年}后重新开工，{u:七口|七口|四口}纸槽重新注满了清水{p:。|。|，}

老纸匠{n:怀守仁|怀守仁|杯守仁}今年{u:八十一岁|八十一岁|八十岁}，他{w:从小|从小|自幼}跟着父亲学抄纸。他说：“一张纸要经过{u:七十二道|七十二道|二十七道}工序，{w:少一道|少一道|缺一道}都不行{p:。”|。”|”。}

{n:黔溪民族文化研究院|黔溪民族文化研究院|民族文化院}的专家介绍，纸坊{w:今年|今年|}已接到{u:1.5万张|1.5万张|15万张}订单{p:，|，|；}产品销往{u:十一个|十一个|十七个}省份。

{o:村里还办起了造纸体验课。|村里还办起了造纸体验课。|}
`;

/** A Xinhua story: a provincial daily, an OCR'd evening paper (half-width punctuation, wrapped) and a county paper with its own edits and CJK spacing. */
export const PAPER_PAGES: PageProbe = {
  name: 'heldout8-paper',
  story: PAPER_STORY,
  pages: [
    {
      name: 'qianzhong-daily-p5',
      before: '黔中日报  2026年12月6日  第5版  文化\n\n',
      after:
        '\n全省非遗传承人培训班开班\n\n本报讯 本周起，来自各县的六十名传承人将集中学习两周。\n\n',
    },
    {
      name: 'zhucheng-evening-p9-ocr',
      before: '筑城晚报\n2026年12月6日 第9版\n\n',
      after: '\n编辑:荻秋\n',
      style: halfWidth,
      wrapAt: 22,
    },
    {
      name: 'sishui-news-p2',
      before: '澌水新闻 2026.12.07 第2版\n\n',
      after: '\n（本版编辑 蔓青）\n',
      style: cjkSpacing,
    },
  ],
};

const PUPPET_STORY = `{w:皮影戏班走进二十所乡村学校|皮影戏班走进二十所乡村学校|皮影进校园}

本报讯（记者{n:赖婕|赖婕|赖捷}）{u:12月2日|12月2日|12月9日}，来自{n:涴江镇|涴江镇|宛江镇}{n:垚山村|垚山村|尧山村}的皮影戏班在镇中心小学演出，这是他们今年走进的第{u:二十所|二十所|十二所}学校。

戏班今年已演出{u:一百二十场|一百二十场|一百场}，观众超过{u:三万人次|三万人次|三千人次}{p:。|。|！}班主{n:帖永旺|帖永旺|贴永旺}说，戏班传了{u:五代|五代|三代}人{p:，|，|。}{w:最难的|最难的|最难}是找年轻人接班。“孩子们{w:喜欢看|喜欢看|爱看}，这门手艺就{w:丢不了|丢不了|断不了}{p:。”|。”|”。}

这次活动由{n:涴江镇文化综合服务中心|涴江镇文化综合服务中心|镇文化站}组织，每场演出{u:四十分钟|四十分钟|十四分钟}，演出后{w:还|还|}有{u:二十分钟|二十分钟|半小时}的体验课。

{o:明年，戏班计划把演出送进县城的学校。|明年，戏班计划把演出送进县城的学校。|}
`;

/** A local story: the paper that wrote it, a web reprint, and a digest that shortens names and changes figures (CJK spacing, wrapped). */
export const PUPPET_PAGES: PageProbe = {
  name: 'heldout8-puppet',
  story: PUPPET_STORY,
  pages: [
    {
      name: 'wanjiang-daily-p6',
      before: '涴江日报 2026年12月3日 第6版 教育\n\n',
      after: '\n（本版编辑：柏舟）\n',
    },
    {
      name: 'web-wanjiang-jiaoyu',
      before: '涴江教育网 > 首页 > 校园 > 正文\n\n',
      after: '\n责任编辑：芷兰\n\nCopyright © 2026 涴江教育网\n',
    },
    {
      name: 'xiangyun-digest-p4',
      before: '湘云文摘  2026年12月11日  第4版\n\n',
      after: '\n（摘自《涴江日报》）\n',
      style: cjkSpacing,
      wrapAt: 25,
    },
  ],
};

const BOOKMOBILE_STORY = `{w:A bookmobile returns to the back roads of the hill country|A bookmobile returns to the back roads of the hill country|Bookmobile returns}

By {n:CONSTANCE ONWUEGBU-LARKIN|CONSTANCE ONWUEGBU-LARKIN|CONSTANCE LARKIN}

{n:HOLLOWELL SPRINGS|HOLLOWELL SPRINGS|HOLLOWEL SPRINGS}, Ark. (AP) {p:—|—|-} A bookmobile that sat in a county barn for {u:17|17|71} years is back on the road, carrying {u:2,300|2,300|3,200} books to children who live far from any library. It stops at {n:Shadrach Hollow|Shadrach Hollow|Shadrack Hollow} every {u:Tuesday|Tuesday|Thursday}{w:, weather permitting|, weather permitting|}.

{w:Librarians|Librarians|Volunteers} repainted the {u:1974|1974|1947} bus and built new shelves. It now holds {u:nine|nine|ninety} crates of picture books{p:.|.|!}

"Some of these kids have never had a library card{p:,|,|.}" said driver {n:Obadiah Featherstonhaugh|Obadiah Featherstonhaugh|Obadiah Featherstone}. "{w:It's|It's|It is} a small thing that matters a lot."

The {n:Buckhorn Foothills Regional Library|Buckhorn Foothills Regional Library|regional library} paid {u:$48,000|$48,000|$84,000} for the repairs.

{o:The bus will add a second route in March.|The bus will add a second route in March.|}
`;

/** An AP story: a state paper, a web reprint with curly quotes, and a wrapped brief that shortens names and changes figures. */
export const BOOKMOBILE_PAGES: PageProbe = {
  name: 'heldout8-bookmobile',
  story: BOOKMOBILE_STORY,
  pages: [
    {
      name: 'little-rock-statehouse-ledger-b2',
      before: 'STATEHOUSE LEDGER | Saturday, Dec. 5, 2026 | B2 | ARKANSAS\n\n',
      after:
        '\nARKANSAS BRIEFS\n\nCONWAY: The county animal shelter will waive adoption fees through Dec. 20.\n\n',
    },
    {
      name: 'web-natural-state-wire',
      before: 'NATURAL STATE WIRE\nHome > Community\n\nPosted Dec. 4, 2026, 2:15 p.m.\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 Natural State Wire\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '\u201c$1\u201d'),
    },
    {
      name: 'crooked-creek-courier-p3',
      before: 'CROOKED CREEK COURIER  Dec. 9, 2026  Page 3\n\n',
      after: '\n— AP\n',
      wrapAt: 50,
    },
  ],
};

const CAROUSEL_STORY = `{w:A carousel spins again after half a century|A carousel spins again after half a century|Carousel spins again}

By {n:Rosalba DeLuca-Penhallow|Rosalba DeLuca-Penhallow|Rosalba De Luca-Penhallow}, {n:Tillery Ledger-Dispatch|Tillery Ledger-Dispatch|Ledger-Dispatch}

{u:Thirty-six|Thirty-six|36} hand-carved horses circle again in {n:Gansett Park|Gansett Park|Gansetts Park}, where the carousel first turned in {u:1923|1923|1932}. {w:Carvers|Carvers|Woodworkers} from {u:four|four|fourteen} states spent {u:two years|two years|two and a half years} restoring them.

Rides cost {u:50 cents|50 cents|25 cents} and run {p:noon to 6 p.m.|noon to 6 p.m.|noon-6 p.m.} on {u:Sundays|Sundays|Saturdays}.

{n:Delphin Escudero|Delphin Escudero|Delphin Escudaro}, {u:88|88|83}, {w:rode|rode|first rode} it as a boy. "I {w:picked|picked|chose} the black stallion every time{p:,|,|.}" he said.

{o:A music box from Germany will be added next summer.|A music box from Germany will be added next summer.|}
`;

/** A local feature: the paper that wrote it, a web reprint with curly quotes and a wrapped weekly with its own edits. */
export const CAROUSEL_PAGES: PageProbe = {
  name: 'heldout8-carousel',
  story: CAROUSEL_STORY,
  pages: [
    {
      name: 'tillery-ledger-dispatch-d1',
      before: 'TILLERY LEDGER-DISPATCH | Friday, Nov. 13, 2026 | D1 | LIVING\n\n',
      after: '\nINSIDE: Holiday craft fairs across the county, D3\n\n',
    },
    {
      name: 'web-river-counties-now',
      before:
        'RIVER COUNTIES NOW\nHome > Community > Living\n\nPublished Nov. 12, 2026 | Updated Nov. 13, 2026\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 River Counties Now\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '\u201c$1\u201d'),
    },
    {
      name: 'oxbow-weekly-p5',
      before:
        'OXBOW WEEKLY  Nov. 14, 2026  Page 5\n\nLibrary extends holiday hours\n\nThe branch will stay open until 8 p.m. on weekdays.\n\n',
      after: '\n[end]\n',
      wrapAt: 46,
    },
  ],
};

/** Batch 8's story probes: two Chinese, two English. */
export const HELDOUT_BATCH_8_PROBES: readonly PageProbe[] = [
  PAPER_PAGES,
  PUPPET_PAGES,
  BOOKMOBILE_PAGES,
  CAROUSEL_PAGES,
];
