/**
 * Batch 3 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * and NOT run by anyone yet; the coordinator gives them their first run (`npm run bench --
 * classify-heldout --batch=3`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const WETLAND_STORY = `莼湖湿地越冬候鸟数量创新高

新华社南昌1月9日电（记者{n:禤晓鸥|禤晓鸥|宣晓鸥}）记者从{n:鄱阳湖南矶湿地国家级自然保护区|鄱阳湖南矶湿地国家级自然保护区|南矶湿地保护区}获悉，今冬{n:莼湖|莼湖|纯湖}湿地共监测到越冬候鸟{u:12.6万只|12.6万只|126万只}，比去年同期增加{u:两成|两成|三成}，创有记录以来新高。

监测于{u:1月6日至8日|1月6日至8日|1月8日至9日}进行，{u:28名|28名|二十八名}监测员分成七个小组，在{n:蓼子港|蓼子港|寥子港}、{n:枭阳洲|枭阳洲|枭阳州}等14个观测点同步计数。

{p:其中|其中|其中，}国家一级保护动物白鹤{u:2316只|2316只|2361只}，约占全球种群数量的{u:一半以上|一半以上|一半}{p:。|。|；}监测员{n:阚德胜|阚德胜|德胜}{w:说|说|介绍}，“今年水位适中，{w:苦草|苦草|水草}长得好，鸟儿吃得饱{p:。|。|！}”

{o:近年来，当地对湿地周边1.8万亩农田实行“退田还湿”，并向受损农户发放补偿金。|近年来，当地对湿地周边1.8万亩农田实行“退田还湿”，并向受损农户发放补偿金。|}

保护区管理局局长{n:瞿远航|瞿远航|翟远航}表示，下一步将新建3座视频监测塔，并在{u:2027年|2027年|2026年}前实现重点区域{w:全天候|全天候|全天}监测。
`;

/** A Xinhua wildlife story: a provincial daily, an OCR'd evening paper, a city paper with its own names and numbers. */
export const WETLAND_PAGES: PageProbe = {
  name: 'heldout3-wetland',
  story: WETLAND_STORY,
  pages: [
    {
      name: 'ganjiang-daily-p5',
      before: '赣江日报  2027年1月10日  第5版  生态\n\n',
      after:
        '\n全省森林覆盖率稳定在63%以上\n\n本报讯 记者从省林业局获悉，全省森林覆盖率连续多年稳定在63%以上。\n\n',
    },
    {
      name: 'hongcheng-evening-p3-ocr',
      before: '洪城晚报\n2027年1月10日 第3版\n\n图为白鹤在莼湖湿地觅食。新华社发\n\n',
      after: '\n编辑:涂欣\n',
      style: halfWidth,
      wrapAt: 24,
    },
    {
      name: 'poyang-city-a7',
      before:
        '鄱城都市报 A7 2027.01.10\n\n县城新增两处城市公园\n\n本报讯 县城北区两处城市公园日前建成开放。\n\n',
      inside: { afterParagraph: 2, text: '▲监测员在蓼子港观测点计数。（资料图片）' },
      after: '\n（本版编辑 熊岚）\n',
      style: cjkSpacing,
    },
  ],
};

const LIBRARY_STORY = `Voters approve {u:$14.2 million|$14.2 million|$142 million} library levy in {n:Harlow Bend|Harlow Bend|Harlowe Bend}

By {n:SIOBHAN McCRAE-OKONJO|SIOBHAN McCRAE-OKONJO|SIOBHAN McCRAE}
{n:The Tidewater Gazette-Examiner|The Tidewater Gazette-Examiner|The Gazette-Examiner}

HARLOW BEND, Md. {p:—|—|-} Voters in {n:Quillan County|Quillan County|Quillen County} approved a 10-year property tax levy on Tuesday that will pay for a new main library, with {u:58%|58%|53%} voting yes, according to unofficial results.

The levy will cost the owner of a $250,000 home about {u:$41|$41|$14} a year. Construction is expected to begin {u:Jan. 1|Jan. 1|Dec. 1} and take about two years.

"{w:Families|Families|Parents} have waited a long time for this," library director {n:Anselm Oyelowo-Park|Anselm Oyelowo-Park|Anselm Oyelowo-Parke} said. "Tonight they {w:said yes|said yes|said so}{p:.|.|!}"

{o:The old library, built in 1938, has had no working elevator since 2019.|The old library, built in 1938, has had no working elevator since 2019.|}

Opponents, led by the {n:Quillan Taxpayers League|Quillan Taxpayers League|Quillan Taxpayers Alliance}, had argued the county should first repair its {u:nine|nine|five} branch libraries. A similar levy failed in 2022 by {u:312|312|213} votes.
`;

/** A local-government story: the paper that wrote it, a web reprint, and an OCR'd weekly that shortens the byline and changes figures. */
export const LIBRARY_PAGES: PageProbe = {
  name: 'heldout3-library',
  story: LIBRARY_STORY,
  pages: [
    {
      name: 'tidewater-gazette-a1',
      before: 'THE TIDEWATER GAZETTE-EXAMINER | Wednesday, Nov. 4, 2026 | A1\n\n',
      after: '\nINSIDE: Full election results, A6-A7\n\n',
    },
    {
      name: 'web-chesapeake-now',
      before: 'CHESAPEAKE NOW\nHome > Local > Elections\n\nPublished Nov. 3, 2026, 11:48 p.m.\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 Chesapeake Now\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '“$1”'),
    },
    {
      name: 'eastern-shore-weekly-p2-ocr',
      before:
        'EASTERN SHORE WEEKLY  Nov. 11, 2026  Page 2\n\nCounty fair names new board\n\nThe Quillan County Fair Association elected five new directors.\n\n',
      after: '\n[end]\n',
      wrapAt: 58,
    },
  ],
};

/** Batch 3's story probes: one Chinese, one English. */
export const HELDOUT_BATCH_3_PROBES: readonly PageProbe[] = [WETLAND_PAGES, LIBRARY_PAGES];
