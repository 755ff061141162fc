/**
 * Hand-labelled page probes, written by us (never from the shared samples): a wire story as three
 * newspapers printed it, each page with its own furniture, neighbours and typesetting. The first
 * run of each probe is recorded in the commit that adds it; later rules must not be fitted to it.
 */
import { cjkSpacing, halfWidth, type PageProbe } from './markup';

const BRIDGE_STORY = `甬舟跨海通道主体工程全线贯通

新华社杭州3月4日电（{o:记者 |记者 |}吴佳琪 {n:陈立航|陈立航|陈立杭}）记者4日从浙江省交通运输厅获悉，连接宁波与舟山的甬舟跨海通道主体工程当天全线贯通，预计{u:2027年|2027年|2026年}建成通车。通车后，宁波至舟山的车程将由{u:90分钟|90分钟|60分钟}缩短至40分钟{w:||左右}。

甬舟跨海通道全长{u:76.4公里|76.4公里|74.6公里}，其中海上桥梁和隧道约28公里，总投资约586亿元。项目由{n:浙江省交通投资集团|浙江省交通投资集团|浙江交通投资集团}牵头建设，自2021年开工以来，先后攻克了深水基础施工{p:、|，|、}强潮海域架梁等多项技术难题。

“金塘海底隧道是全线最难啃的‘硬骨头’。”项目总工程师{n:罗晓峰|罗小峰|罗晓峰}介绍，隧道最深处位于海平面以下78米，盾构机需要在高水压、复杂地层中连续掘进16.2公里{p:。|。|！}

{o:据介绍，建设者们在施工中采用了自主研发的超大直径盾构机，单台刀盘直径达14米，刷新了国内同类工程纪录。|据介绍，建设者们在施工中采用了自主研发的超大直径盾构机，单台刀盘直径达14米，刷新了国内同类工程纪录。|}

舟山市副市长{n:孙海燕|孙海燕|孙海艳}表示，通道建成后将{w:进一步|进一步|}带动舟山江海联运服务中心建设，{w:有力|有力|有效}支撑宁波舟山港的集疏运体系，让海岛群众出行更加便捷。

据了解，{n:金塘岛|金塘岛|金堂岛}上的{u:3座|3座|三座}互通立交目前正在进行路面施工，沿线12个服务区和收费站将同步建设{w:完成|完成|完工}。
`;

/**
 * Three pages printing one wire story about a sea-crossing link: a faithful print with a local
 * story and an advertisement after it; an OCR transcription (ASCII marks, hard wraps) with a photo
 * caption above; an abridged reprint that changes names and numbers, with a caption set between
 * paragraphs and spaces around digits.
 */
export const BRIDGE_PAGES: PageProbe = {
  name: 'bridge',
  story: BRIDGE_STORY,
  pages: [
    {
      name: 'coast-daily-p3',
      before: '海滨日报  2026年3月5日  星期四  第3版  要闻\n\n',
      after:
        '\n本市今年新建口袋公园20个\n\n本报讯（记者 何静）市园林局日前透露，今年全市将新建口袋公园20个，改造提升街头绿地35处，力争让市民出门500米见绿。\n\n园林局有关负责人说，新建公园将优先安排在老旧小区集中的街道。\n\n' +
        '广告\n鑫达家电 以旧换新 全场八折\n热线：0574-8888 1234\n',
    },
    {
      name: 'harbour-news-p1-ocr',
      before:
        '港城晚报\n2026年3月5日 第1版\n\n图为甬舟跨海通道金塘段施工现场。新华社记者 黄宗治 摄\n\n',
      after: '\n责任编辑：周敏  校对：林涛\n',
      style: halfWidth,
      wrapAt: 26,
    },
    {
      name: 'island-times-p2',
      before:
        '岛城时报 A2 综合新闻 2026.3.5\n\n春季海上安全检查启动\n\n本报讯 记者从市海事局获悉，春季海上安全大检查日前启动，重点检查客运船舶和渔船的救生设备。\n\n',
      inside: { afterParagraph: 2, text: '图为即将贯通的金塘海底隧道出口。（资料图片）' },
      after: '\n（本版编辑 许文）\n',
      style: cjkSpacing,
    },
  ],
};

// The co-author dropped from the byline was first labelled an omission; it is a name by
// app/classify/README.md's conventions (settled 7 Dec, session 8).
const STORM_STORY = `Winter storm knocks out power to {u:250,000|250,000|205,000} homes in Northeast

By {n:MARK HOLLIS|MARK HOLLIS|MARC HOLLIS}{n: and DANA PIERCE| and DANA PIERCE|}
Associated Press

BOSTON (AP) — A powerful nor'easter dumped more than {u:2 feet|2 feet|two feet} of snow on parts of New England on {u:Tuesday|Tuesday|Thursday}, knocking out power to {u:250,000|250,000|205,000} homes and grounding hundreds of flights{p:,|,|;} officials said.

Massachusetts Gov. {n:Helen Carver|Helen Carver|Helen Carter} urged residents to stay off the roads{p:.|.|,} "This is a dangerous storm, and crews need room to work," she said at a briefing in {n:Framingham|Framingham|Farmingham}.

The National Weather Service said wind gusts reached {u:83 mph|83 mph|88 mph} on Cape Cod{w:, the strongest recorded there since 2018|, the strongest recorded there since 2018|}. Utility company {n:Eversource|Eversource|Everstream} said it had brought in crews from {u:six|six|sixteen} states.

{o:At Logan International Airport, more than 600 flights were canceled by midafternoon, according to the tracking site FlightAware.|At Logan International Airport, more than 600 flights were canceled by midafternoon, according to the tracking site FlightAware.|}

Schools in Boston will {w:remain|remain|stay} closed on Wednesday, Mayor {n:Rosa Delgado|Rosa Delgado|Rosa Delgado-Ruiz} said. The storm is expected to move out to sea by {w:late|late|early} Wednesday.
`;

/**
 * An AP story three papers printed: one as sent, one as an OCR transcription (curly quotes,
 * hard wraps, a photo credit above), one edited for space with other names and figures, a
 * correction box after it.
 */
export const STORM_PAGES: PageProbe = {
  name: 'storm',
  story: STORM_STORY,
  pages: [
    {
      name: 'valley-herald-a1',
      before: 'THE VALLEY HERALD | Wednesday, January 14, 2026 | A1\n\n',
      after:
        '\nCity council delays vote on budget\n\nThe city council on Tuesday postponed a vote on the 2026 budget until next week, citing the weather.\n\n',
    },
    {
      name: 'ledger-a3-ocr',
      before:
        'The Ledger\nJan. 14, 2026 A3\n\nA plow clears a road in Worcester, Mass., on Tuesday. (AP Photo/Steven Senne)\n\n',
      after: '\nContinued on A6\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '“$1”').replace(/'/gu, '’'),
      wrapAt: 60,
    },
    {
      name: 'daily-star-b2',
      before: 'DAILY STAR  B2  NATION\n\n',
      inside: {
        afterParagraph: 3,
        text: 'SNOW TOTALS\nWorcester 26 in. | Boston 19 in. | Providence 14 in.',
      },
      after:
        '\nCORRECTION\nA story on Monday misstated the date of the school board meeting. It is Feb. 3.\n',
    },
  ],
};

const DRUG_STORY = `{w:新版国家医保药品目录公布|126种药品新增进入医保目录|新版国家医保药品目录公布}

{w:|据|}新华社北京12月7日电{o:（记者 彭韵佳）|\u3000|（记者 彭韵佳）}国家医保局、人力资源社会保障部7日公布{u:2025年|2025年|2024年}国家医保药品目录调整结果，共有126种药品新增进入目录，其中{u:74种|74种|47种}为一类创新药，29种药品被调出目录。新版目录将于2026年1月1日起正式实施。

国家医保局医药管理司司长{n:黄心宇|黄心宇|黄新宇}介绍，本次调整共有143个目录外药品参加谈判{p:，|，|、}{u:117个|117个|111个}谈判成功，平均降价63%{p:。|。|，}新增药品覆盖肿瘤、慢性病、罕见病、儿童用药等{w:重点|重点|多个}领域。

“今年的谈判成功率{w:较高|较高|高}，说明企业对医保目录的认可度在提升。”黄心宇说。

据测算，新增药品预计2026年可为患者减负超过{u:500亿元|500亿元|50亿元}。{o:其中，治疗阿尔茨海默病、系统性红斑狼疮等疾病的多个药品为首次纳入，填补了目录保障空白。|其中，治疗阿尔茨海默病、系统性红斑狼疮等疾病的多个药品为首次纳入，填补了目录保障空白。|}

为确保新药{w:尽快|尽快|尽早}用上，国家医保局要求各地{n:医保部门|医保部门|医疗保障部门}加快推动新增药品在定点医药机构配备使用，{w:并将|并将|将}谈判药品“双通道”管理范围扩大到300余个品种。{o:

新版目录公布后，各地将陆续开展医保信息系统更新工作。患者可通过国家医保服务平台App查询药品报销情况。||

新版目录公布后，各地将陆续开展医保信息系统更新工作。患者可通过国家医保服务平台App查询药品报销情况。}
`;

/**
 * Three pages of a health story: a print with a continued story after it; an abridged
 * reprint under its own headline (据新华社 dateline, the last paragraph cut) between two local
 * stories; a print with its own figures and words and a photo set between paragraphs.
 */
export const DRUG_PAGES: PageProbe = {
  name: 'drugs',
  story: DRUG_STORY,
  pages: [
    {
      name: 'capital-daily-p4',
      before: '首都日报\n2025年12月8日 星期一\n第4版 民生\n\n',
      after:
        '\n（上接第1版）\n\n会议要求，各区要压实责任，确保冬季供暖平稳有序。各供热单位要加强设备巡检，做好应急抢修准备。\n\n',
    },
    {
      name: 'river-evening-p6',
      before:
        '江城晚报 2025.12.8 06 健康\n\n社区医院开设夜间门诊\n\n本报讯（记者 邓芳）从本月起，城区5家社区卫生服务中心开设夜间门诊，服务时间延长至晚上9点。\n\n',
      after:
        '\n流感进入高发期 专家提醒及时接种\n\n本报讯 市疾控中心提醒，目前流感进入高发期，老人和儿童应尽快接种流感疫苗。\n\n',
      style: halfWidth,
    },
    {
      name: 'plateau-news-p3',
      before: '高原日报 第3版 要闻 2025年12月8日\n\n',
      inside: {
        afterParagraph: 3,
        text: '图为一家药店内，药师正在整理医保药品。新华社发（资料图）',
      },
      after: '\n本版责编 马林 美编 赵宇\n',
    },
  ],
};

const OPERA_STORY = `{w:黄梅戏《天仙配》新编版亮相国家大剧院|黄梅戏《天仙配》新编版亮相国家大剧院|新编黄梅戏《天仙配》亮相国家大剧院}

新华社北京9月18日电（记者 {n:周玮|周玮|周伟}）由安徽省黄梅戏剧院创排的新编黄梅戏{n:《天仙配》|《天仙配》|《天仙配新编》}17日晚在国家大剧院首演{w:，|，|，并}吸引了{u:1800余名|1800余名|1600余名}观众。

该剧由著名导演{n:韩剑英|剑英|韩剑英}执导，国家一级演员{n:吴美莲|吴美莲|吴美连}、{n:何云|何云|何芸}领衔主演。全剧保留了“夫妻双双把家还”等经典唱段，{w:同时|同时|并}融入了{p:现代舞美、多媒体|现代舞美、多媒体|现代舞美，多媒体}等创新元素。{o:演出结束后，观众起立鼓掌，掌声持续了近5分钟。|演出结束后，观众起立鼓掌，掌声持续了近5分钟。|}

“我们希望让年轻观众也能{w:爱上|爱上|喜欢}黄梅戏。”吴美莲说，剧组{u:两年|两年|三年}来深入乡村采风，{w:反复|反复|多次}打磨剧本和唱腔。

据悉，该剧将于{u:10月|10月|11月}启动全国巡演，{p:计划走进北京、上海、广州等|计划走进北京、上海、广州等|计划走进北京、上海，广州等}20座城市，演出{u:60场|60场|50场}。
`;

/**
 * A culture story: a clean print; an OCR transcription with Markdown heading marks whose story is
 * interrupted by an advertisement; a reprint that changes names, figures and a title in 《》.
 */
export const OPERA_PAGES: PageProbe = {
  name: 'opera',
  story: OPERA_STORY,
  pages: [
    {
      name: 'culture-daily-p9',
      before: '文化周报  第9版  舞台\n\n',
      after:
        '\n本市非遗展演周开幕\n\n本报讯 第五届非遗展演周日前开幕，40余个非遗项目集中亮相。\n\n',
    },
    {
      name: 'anhui-news-p5-ocr',
      before: '# 皖江晚报\n\n## 2025年9月19日 第5版\n\n## ',
      inside: {
        afterParagraph: 1,
        text: '康乐眼镜 配镜享8折\n地址：人民路88号 电话：0556-5551234',
      },
      after: '\n## 编辑：陈晨\n',
      wrapAt: 24,
    },
    {
      name: 'capital-evening-p12',
      before:
        '京城晚报 2025年9月19日 第12版\n\n国庆假期文旅市场预订火热\n\n本报讯 多家旅游平台数据显示，国庆假期国内游预订量同比增长三成。\n\n',
      after: '\n',
    },
  ],
};

const RAIN_STORY = `{w:广西多地遭遇强降雨 已转移群众1.2万人|广西多地遭遇强降雨 已转移群众1.2万人|广西强降雨致多地受灾}

新华社南宁6月21日电（记者 {n:曹祎铭|曹祎铭|曹依铭}）记者从广西壮族自治区应急管理厅获悉，{u:19日|19日|18日}以来，广西{n:桂林|桂林|柳州}、贺州、梧州等地遭遇强降雨，漓江桂林水文站水位20日晚一度超过警戒水位{u:2.3米|2.3米|3.2米}。

截至21日12时，强降雨共造成14.6万人受灾，紧急转移安置1.2万人{p:，|，|；}农作物受灾面积{u:8600公顷|8600公顷|6800公顷}。{o:目前暂无人员伤亡报告。|目前暂无人员伤亡报告。|}

广西壮族自治区防汛抗旱指挥部已于19日启动防汛{u:Ⅳ级|Ⅳ级|Ⅲ级}应急响应，派出5个工作组赶赴{w:一线|一线|灾区}指导抢险救灾。{n:平乐县|平乐县|平乐镇}组织200余名干部群众连夜{w:加固|加固|修补}堤防。

气象部门预计，未来三天广西{w:仍|仍|还}将有较强降雨过程，请公众注意防范山洪、地质灾害等次生灾害。
`;

/**
 * The wire copy itself beside two pages: the wire text with its agency furniture (an editor's
 * line and a correction link), a page with a caption under the headline, and a shortened
 * reprint with its own headline.
 */
export const RAIN_PAGES: PageProbe = {
  name: 'rain',
  story: RAIN_STORY,
  pages: [
    {
      name: 'wire-copy',
      before: '',
      after: '（完）\n【纠错】 【责任编辑:王萌】\n',
    },
    {
      name: 'south-daily-a2',
      before: '南方日报 2025年6月22日 A2 要闻\n\n',
      after: '\n图为6月20日，桂林市区一处被淹的街道。（新华社发）\n\n南方日报社出版\n',
    },
    {
      name: 'west-times-p4',
      before:
        '西部时报 第4版 2025年6月22日 星期日\n\n夏粮收购工作有序推进\n\n本报讯 记者从省粮食和物资储备局获悉，全省夏粮收购已累计收购小麦52万吨。\n\n',
      after: '\n（据新华社电）\n',
      style: cjkSpacing,
    },
  ],
};

// Written at 17:00 and first run at the end of the session, after every other fix of the day:
// trade 1.0 / 1.0 / 0.63, visit 1.0 / 1.0 / 0.943, fire 1.0 / 1.0 / 0.893 (recall / precision / category macro).

const TRADE_STORY = `{w:前10个月我国外贸进出口同比增长3.6%|前10个月我国外贸进出口同比增长3.6%|前10月外贸进出口增长3.6%}

新华社北京11月7日电（记者 {n:谢希瑶|谢希瑶|谢希尧}）海关总署7日发布数据，今年前10个月，我国货物贸易进出口总值{u:37.31万亿元|37.31万亿元|37.13万亿元}人民币，同比增长3.6%。其中，出口22.12万亿元，增长{u:6.2%|6.2%|6.7%}{p:；|；|，}进口15.19万亿元，下降{u:0.1%|0.1%|1%}。

海关总署统计分析司司长{n:吕大良|吕大良|吕大量}表示，{w:今年以来|今年以来|今年}，我国外贸顶住外部压力，{w:保持|保持|实现}了平稳增长。{o:从贸易方式看，一般贸易进出口占比提升至64.5%。|从贸易方式看，一般贸易进出口占比提升至64.5%。|}

从主要市场看，我国对{n:东盟|东盟|东盟国家}进出口6.18万亿元，增长9.1%，东盟继续保持我国第一大贸易伙伴地位。同期，我国对{n:欧盟|欧盟|欧洲}进出口增长2.4%。

民营企业进出口21.16万亿元，占我国外贸总值的{u:56.7%|56.7%|57.6%}，{w:比|比|较}去年同期提升1.2个百分点。{n:长三角|长三角|长江三角洲}地区进出口增长4.8%。
`;

/** A trade-figures story: a print with a contents box after it, an OCR page (ASCII marks, wraps), a reprint with its own figures. */
export const TRADE_PAGES: PageProbe = {
  name: 'trade',
  story: TRADE_STORY,
  pages: [
    {
      name: 'economy-daily-p1',
      before: '经济日报 2025年11月8日 星期六 第1版\n\n',
      after:
        '\n（相关报道见第3版）\n\n本期导读\n\n· 专家解读三季度经济数据 3版\n\n· 新能源汽车下乡活动启动 5版\n',
    },
    {
      name: 'port-news-p2-ocr',
      before: '港口报\n2025.11.8 第2版\n\n',
      after: '\n## 本版编辑 吴强\n',
      style: (t) => halfWidth(t).replace(/“|”/gu, '"'),
      wrapAt: 22,
    },
    {
      name: 'county-news-p3',
      before:
        '县报 第3版\n\n我县秋粮收购进度过半\n\n本报讯 截至11月5日，全县已收购秋粮3.2万吨。\n\n',
      after: '\n',
    },
  ],
};

const VISIT_STORY = `{w:王毅同新西兰外长皮特斯举行会谈|王毅同新西兰外长皮特斯举行会谈|王毅会见新西兰外长}

新华社北京3月18日电 {w:3月18日|3月18日|18日}，中共中央政治局委员、外交部长王毅在北京同新西兰副总理兼外长{n:温斯顿·皮特斯|温斯顿·皮特斯|温斯顿·彼得斯}举行会谈。

王毅表示，中新建交50多年来，两国关系始终走在中国同发达国家关系前列。双方{w:要|要|应}以明年建交{u:55周年|55周年|50周年}为契机，{w:深化|深化|加强}各领域务实合作{p:，|，|。}推动中新全面战略伙伴关系{w:不断|不断|}向前发展。

皮特斯表示，新方{w:高度|高度|}重视对华关系，愿同中方{w:加强|加强|增进}高层交往，{w:扩大贸易、教育、旅游等领域合作，|扩大贸易、教育、旅游等领域合作，|}共同维护{n:亚太|亚太|亚洲}地区和平稳定。

双方还就乌克兰危机等国际和地区问题交换了意见。
`;

/** A diplomatic story: foreign names in transliteration, a shortened headline, a dropped clause. */
export const VISIT_PAGES: PageProbe = {
  name: 'visit',
  story: VISIT_STORY,
  pages: [
    {
      name: 'peoples-p3',
      before: '要闻 第3版 2025年3月19日\n\n',
      after:
        '\n国务院召开常务会议\n\n新华社北京3月18日电 国务院总理主持召开国务院常务会议，研究部署有关工作。\n\n',
    },
    {
      name: 'evening-p2',
      before: '晚报 A2\n\n图为会谈现场。新华社记者 殷博古 摄\n\n',
      after: '\n',
      wrapAt: 30,
    },
    { name: 'digest-p8', before: '文摘周刊 第8版 国际\n\n', after: '\n（据新华社）\n' },
  ],
};

const FIRE_STORY = `{w:Wildfire forces evacuations near Flagstaff|Wildfire forces evacuations near Flagstaff|Fire prompts evacuations near Flagstaff}

By {n:SUSAN MONTOYA BRYAN|SUSAN MONTOYA BRYAN|SUSAN MONTOYA}
Associated Press

FLAGSTAFF, Ariz. (AP) — A fast-moving wildfire burned more than {u:4,000 acres|4,000 acres|4,500 acres} of forest north of Flagstaff on {u:Sunday|Sunday|Saturday}, forcing the evacuation of about {u:1,200|1,200|2,100} homes, officials said.

The {n:Coconino County|Coconino County|Coconino} Sheriff's Office said residents of {n:Timberline|Timberline|Timberland} and Fernwood should leave immediately{p:.|.|;} "This fire is moving fast, and winds are not in our favor," {n:Sheriff Rex Route|Sheriff Rex Route|Sheriff Rex Rout} said.

{o:Smoke from the fire could be seen from Interstate 40.|Smoke from the fire could be seen from Interstate 40.|}About 300 firefighters were battling the blaze, which was {u:5%|5%|15%} contained by evening. The cause is under investigation{w:, the U.S. Forest Service said|, the U.S. Forest Service said|}.

Gov. {n:Katie Hobbs|Katie Hobbs|Katie Hobbes} declared a state of emergency {w:late|late|early} Sunday{p:,|,|} freeing up state funds for the response.
`;

/** An AP wildfire story: a byline cut, a photo credit above the OCR page, a jump line after it. */
export const FIRE_PAGES: PageProbe = {
  name: 'fire',
  story: FIRE_STORY,
  pages: [
    {
      name: 'sun-a1',
      before: 'ARIZONA SUN | Monday, June 9, 2025 | A1\n\n',
      after: '\nINSIDE\nSports B1 | Weather A8\n',
    },
    {
      name: 'tribune-a4-ocr',
      before:
        'Tribune\nJune 9, 2025 A4\n\nFirefighters work a line near Timberline on Sunday. (AP Photo/Ross D. Franklin)\n\n',
      after: '\nSee FIRE, Page A6\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '“$1”'),
      wrapAt: 64,
    },
    {
      name: 'gazette-b2',
      before:
        'THE GAZETTE  B2  NATION & WORLD\n\nSenate panel advances water bill\n\nPHOENIX (AP) — A state Senate panel on Friday advanced a bill to fund rural water projects.\n\n',
      after: '\n',
    },
  ],
};

/** Every probe, in the order the bench prints them. */
export const PAGE_PROBES: readonly PageProbe[] = [
  BRIDGE_PAGES,
  STORM_PAGES,
  DRUG_PAGES,
  OPERA_PAGES,
  RAIN_PAGES,
  TRADE_PAGES,
  VISIT_PAGES,
  FIRE_PAGES,
];
