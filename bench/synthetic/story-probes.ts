/**
 * Whole-story probes of the engine's categories (round ten, written after round nine's fixes): a
 * wire story as three papers printed it, discrepancies labelled inline in bench/pages' markup.
 * First run: sand (Chinese court story) category macro 0.534, farm (AP story) 0.943; the misses
 * were a person after a legal role (被告人), a place naming a river section (长江嘉鱼段), a unit or
 * an approximation changed after one figure (48万吨/48万立方米, 1.1亿元/1.1亿余元, 46起/46件), and
 * English fractions (a third/a quarter, half/40%). Still missed: a paragraph dropped where another
 * page sets a 相关链接 box, which the story keeps (a finder matter), welds 。/， and the omission.
 */
import type { PageProbe } from '../pages/markup';

/** Half-width punctuation of a transcription that typed ASCII marks. */
function halfWidth(text: string): string {
  return text.replace(/，/gu, ',').replace(/：/gu, ':').replace(/；/gu, ';').replace(/（/gu, '(').replace(/）/gu, ')');
}

const SAND = `长江非法采砂案一审宣判 主犯获刑{u:十一年|十一年|十年}

新华社武汉5月12日电（记者 {n:钟晓岚|钟晓岚|钟小岚}）湖北省武汉市中级人民法院12日对一起特大非法采砂案作出一审宣判，{u:17名|17名|71名}被告人分别被判处有期徒刑{w:一年至十一年|一年至十一年|一至十一年}不等，并处罚金共计{u:2360万元|2360万元|2630万元}。

法院审理查明，2019年至2022年，被告人{n:覃国栋|覃国栋|谭国栋}等人未取得采砂许可证，在长江{n:嘉鱼|嘉鱼|嘉渔}段水域非法采砂{u:48万吨|48万吨|48万立方米}，价值{u:1.1亿元|1.1亿元|1.1亿余元}，严重破坏了长江河道生态{p:。|。|，}

{o:案发后，涉案采砂船已被依法没收，相关水域的生态修复工作正在推进。|案发后，涉案采砂船已被依法没收，相关水域的生态修复工作正在推进。|}

武汉市中级人民法院副院长{n:彭立新|彭立新|彭立欣}表示，人民法院将{w:持续|持续|继续}加大对长江流域环境资源犯罪的惩治力度，为长江大保护提供有力司法保障。

{n:长江水利委员会|长江水利委员会|长江水委}有关负责人介绍，今年以来，沿江各地共查处非法采砂案件{u:312起|312起|321起}{p:、|，|、}移送公安机关{u:46起|46起|46件}。
`;

/** A court story: faithful print, OCR transcription, a county paper with a box set inside. */
export const SAND_PAGES: PageProbe = {
  name: 'sand',
  story: SAND,
  pages: [
    { name: 'river-daily-a4', before: '江城日报 2026年5月13日 星期三 A4 法治\n\n', after: '\n\n夏季防溺水安全提示\n\n本报讯 市教育局提醒家长，暑期要加强对孩子的安全教育，不到无人看管的水域游泳。\n' },
    { name: 'delta-post-ocr', before: '三角洲晚报\n2026.5.13 第6版\n\n图为执法人员在江面巡查。新华社发\n\n', after: '\n责任编辑:王芳\n', style: halfWidth, wrapAt: 24 },
    { name: 'county-news-p2', before: '县城新闻 第2版 综合\n\n', inside: { afterParagraph: 2, text: '相关链接：长江禁渔期自3月1日起实施' }, after: '\n（编辑 陈晨）\n' },
  ],
};

const FARM = `Drought cuts Kansas wheat harvest by {u:a third|a third|a quarter}

By {n:ELLEN MARSH|ELLEN MARSH|ELLEN MARCH}
Associated Press

WICHITA, Kan. (AP) — Kansas farmers expect to harvest about {u:240 million|240 million|204 million} bushels of winter wheat this year, the lowest total since {u:1957|1957|1975}, after months of drought{p:,|,|;} the U.S. Department of Agriculture said {u:Friday|Friday|Thursday}.

"We planted in dust and we're harvesting in dust," said {n:Dale Hutchins|Dale Hutchins|Dale Hutchings}, who farms 3,000 acres near {n:Hutchinson|Hutchinson|Hutchison}. He said yields on his land had fallen by {u:half|half|40%}.

The state's wheat crop is usually worth more than {u:$2 billion|$2 billion|$2.5 billion}. Economists at {n:Kansas State University|Kansas State University|Kansas University} estimated losses{w: across the state| across the state|} could top $600 million.

{o:Rain forecast for next week will come too late to help, meteorologists said.|Rain forecast for next week will come too late to help, meteorologists said.|}

Gov. {n:Laura Kelly|Laura Kelly|Laura Kelley} has asked the federal government to declare a disaster in {u:68|68|86} counties, which would make farmers eligible for low-interest loans{p:.|.|!} Her office {w:said|said|says} a decision could come within weeks.
`;

/** An AP farm story: as sent, as an OCR transcription with hard wraps, and trimmed. */
export const FARM_PAGES: PageProbe = {
  name: 'farm',
  story: FARM,
  pages: [
    { name: 'plains-herald', before: 'THE PLAINS HERALD | Saturday, June 13, 2026 | B1\n\n', after: '\n\nCity pool opens Monday\n\nThe municipal pool will open for the season on Monday, parks officials said.\n' },
    { name: 'valley-ocr', before: 'VALLEY TIMES  June 13, 2026  Page 3\n\nPhoto: A combine works a field near Salina. (AP Photo)\n\n', after: '\nCORRECTION: A story Friday misstated the date of the county fair.\n', wrapAt: 40 },
    { name: 'tribune-brief', before: 'TRIBUNE — BUSINESS\n\n', after: '\n' },
  ],
};

/** Every story probe. */
export const STORY_PROBES: readonly PageProbe[] = [SAND_PAGES, FARM_PAGES];
