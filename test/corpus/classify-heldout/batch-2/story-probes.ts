/**
 * Batch 2 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * and NOT run by them; the coordinator gives them their first run (`npm run bench --
 * classify-heldout --batch=2`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const RICE_STORY = `耐盐碱水稻在滨海滩涂试种成功

新华社南宁10月12日电（记者 {n:覃星宇|覃星宇|谭星宇}）记者12日从广西壮族自治区农业科学院获悉，该院在北海市{n:铁山港区|铁山港区|铁山岗区}滩涂试种的耐盐碱水稻“桂盐稻{u:3号|3号|5号}”日前测产，平均亩产达{u:612.4公斤|612.4公斤|621.4公斤}，比去年提高{u:8.6%|8.6%|86%}。

试种基地位于{n:营盘镇|营盘镇|营盆镇}沿海，土壤含盐量在{u:千分之三|千分之三|千分之五}以上。项目负责人、研究员{n:邝卫东|邝卫东|邝卫栋}介绍，团队从{u:2019年|2019年|2017年}开始在{n:钦州|钦州|饮州}、北海等地筛选耐盐材料{p:，|，|；}先后培育出{u:12个|12个|十二个}品系。

“以前这片滩涂只能长盐蒿，现在能收稻谷了。”{n:白龙村|白龙村|白垅村}村民{n:庞秀英|庞秀英|逄秀英}说，她家承包了{u:15亩|15亩|50亩}试验田{w:，今年收成不错|，今年收成不错|}。

{o:据测算，广西沿海约有20万亩盐碱滩涂具备改良种植条件。|据测算，广西沿海约有20万亩盐碱滩涂具备改良种植条件。|}

{n:自治区农业农村厅|自治区农业农村厅|自治区农业厅}有关负责人表示，明年将把试种面积扩大到{u:1.5万亩|1.5万亩|1.5亩}，并{w:推广|推广|推行}“稻渔共生”模式{p:。|。|！}
`;

/** A farming-science story: a regional daily, an OCR'd farm paper, a coastal paper with its own names and figures. */
export const RICE_PAGES: PageProbe = {
  name: 'heldout2-rice',
  story: RICE_STORY,
  pages: [
    {
      name: 'south-daily-p6',
      before: '南方农村报  2026年10月13日  第6版  科技\n\n',
      after:
        '\n秋收农机跨区作业有序推进\n\n本报讯 全区秋收农机跨区作业有序推进，已投入联合收割机1.2万台。\n\n',
    },
    {
      name: 'farm-weekly-p2-ocr',
      before:
        '农家周报\n2026年10月14日 第2版\n\n图为农技人员在滩涂试验田测产。新华社记者 曹祎铭 摄\n\n',
      after: '\n责任编辑:陆敏\n',
      style: halfWidth,
      wrapAt: 25,
    },
    {
      name: 'coast-news-a5',
      before:
        '滨海新闻 A5 2026.10.13\n\n红树林保护区迎来候鸟\n\n本报讯 随着气温下降，首批越冬候鸟已飞抵红树林保护区。\n\n',
      inside: { afterParagraph: 2, text: '图为即将收割的耐盐碱水稻。（资料图片）' },
      after: '\n（本版编辑 韦宁）\n',
      style: cjkSpacing,
    },
  ],
};

const MARATHON_STORY = `Ethiopian wins {n:Valencia|Valencia|Valenica} Marathon in course record

By {n:Tomas Esquivel|Tomas Esquivel|Tomas Esquival}

VALENCIA, Spain, {u:Dec. 6|Dec. 6|Dec. 7} (Reuters) - Ethiopia's {n:Tadesse Worku|Tadesse Worku|Tadese Worku} won the Valencia Marathon on Sunday in 2 hours, 1 minute and {u:48|48|58} seconds, breaking the course record by {u:13 seconds|13 seconds|30 seconds}.

Kenya's {n:Wilfred Kiprono|Wilfred Kiprono|Wilfred Kipruno} finished second, {u:nine|nine|five} seconds behind, and {n:Alemu Gebreyes|Alemu Gebreyes|Alemu Gebreyesus} of Eritrea was third{p:.|.|;} More than {u:35,000|35,000|25,000} runners started the race in cool, dry conditions.

"The last {u:5 kilometers|5 kilometers|five kilometers} were the hardest of my life," Worku said{w:, draped in his country's flag|, draped in his country's flag|}.

In the women's race, {n:Hellen Jepkurgat|Hellen Jepkurgat|Helen Jepkurgat} of Kenya won in {u:2:16:05|2:16:05|2:16:50}, the {u:third|third|fourth}-fastest time ever run in Spain.

{o:Organizers said the prize money of 300,000 euros would be shared among the top 10 finishers in each race.|Organizers said the prize money of 300,000 euros would be shared among the top 10 finishers in each race.|}

The race, sponsored by the {n:Ribera Sports Foundation|Ribera Sports Foundation|Ribera Foundation}, {w:has produced|has produced|has yielded} four of the 10 fastest marathons in history. Next year's edition is scheduled for {u:Dec. 5|Dec. 5|Dec. 12}.
`;

/** A Reuters marathon report: a sports section, an OCR'd weekly, a paper that cuts and changes it. */
export const MARATHON_PAGES: PageProbe = {
  name: 'heldout2-marathon',
  story: MARATHON_STORY,
  pages: [
    {
      name: 'courier-sports-d1',
      before: 'THE COURIER | SPORTS | Monday, Dec. 7, 2026 | D1\n\n',
      after: '\nROUNDUP\nLocal runner Ana Pruitt finished 212th in 2:58:10.\n\n',
    },
    {
      name: 'runners-weekly-p12-ocr',
      before:
        'Runners Weekly\nDec. 10, 2026 p. 12\n\nThe leaders pass the City of Arts and Sciences. (Reuters photo)\n\n',
      after: '\nResults, page 14\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '“$1”').replace(/'/gu, '’'),
      wrapAt: 62,
    },
    {
      name: 'tribune-c4',
      before:
        'TRIBUNE  C4  SPORTS\n\nHigh school cross-country team wins state title\n\nThe Central High boys won the state title Saturday for the first time since 2011.\n\n',
      inside: {
        afterParagraph: 3,
        text: 'TOP FINISHERS\n1. Worku 2:01:48 | 2. Kiprono 2:01:57 | 3. Gebreyes 2:02:20',
      },
      after: '\n(Compiled by the Tribune sports desk)\n',
    },
  ],
};

/** Batch 2's story probes: one Chinese, one English. */
export const HELDOUT_BATCH_2_PROBES: readonly PageProbe[] = [RICE_PAGES, MARATHON_PAGES];
