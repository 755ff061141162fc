/**
 * Held-out whole-story probes for the classification stage (issue 12), written by the evaluation
 * writer, not the rule writer, and committed before the engine first ran on them: each a wire
 * story as three papers printed it, in test/corpus/pages/markup.ts's template form ({n:…|…|…} name,
 * u number, p punctuation, w wording, o omission), rich in proper nouns and numbers no word list
 * is likely to hold. Labels are frozen: a later change is allowed only for an outright labelling
 * error, said so in the commit and in FIRST-RUN.md.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../pages/markup';

const BORDER_STORY = `滇南边境口岸冷链货运量创新高

新华社昆明9月18日电（记者 {n:邝思琪|邝思琪|邝思棋} 段雨农）记者18日从云南省西双版纳傣族自治州{n:勐腊县|勐腊县|猛腊县}获悉，今年前8个月，经磨憨口岸进出的冷链货物达{u:38.6万吨|38.6万吨|386万吨}，同比增长{u:27.4%|27.4%|24.7%}，其中榴莲、山竹等东南亚水果占{u:六成|六成|五成}以上。

“过去一车水果从泰国{n:廊开府|廊开府|廊开市}运到昆明要{u:三天|三天|两天}，现在最快{u:26个小时|26个小时|36个小时}就能上市。”{n:磨憨海关|磨憨海关|磨憨边检站}副关长{n:岩温香|岩温香|岩温相}说，海关推行“{w:提前申报|提前申报|预先申报}、抵港直装”模式，通关时间压缩至{u:1.5小时|1.5小时|15小时}以内。

在口岸旁的{n:磨憨镇尚勇村|磨憨镇尚勇村|磨憨镇上勇村}，村民{n:玉儿罕|玉儿罕|玉尔罕}开办了一家水果分拣合作社{p:，|，|。}吸纳{u:40余名|40余名|四十余名}村民就业。{o:她说，合作社去年的分拣量是前年的两倍多。|她说，合作社去年的分拣量是前年的两倍多。|}

据介绍，{n:中老铁路|中老铁路|中国老挝铁路}开通以来，这条通道的货运{w:辐射|辐射|覆盖}范围已延伸至{u:19个|19个|16个}国家和地区。{n:云南省商务厅|云南省商务厅|云南商务厅}有关负责人表示，下一步将推动建设{n:勐腊（磨憨）重点开发开放试验区|勐腊（磨憨）重点开发开放试验区|勐腊重点开发开放试验区}冷链物流中心，预计{u:2027年|2027年|2028年}投入使用{p:。|。|！}
`;

/** A border-port freight story: a provincial daily, an OCR'd city paper, a reprint that changes names and figures. */
export const BORDER_PAGES: PageProbe = {
  name: 'heldout-border',
  story: BORDER_STORY,
  pages: [
    {
      name: 'frontier-daily-p2',
      before: '边疆日报  2026年9月19日  星期六  第2版  经济\n\n',
      after:
        '\n咖啡豆收购价格稳中有升\n\n本报讯（记者 杨帆）普洱市咖啡豆收购价格近期稳中有升，咖农种植积极性提高。\n\n',
    },
    {
      name: 'spring-city-evening-p5-ocr',
      before:
        '春城晚报\n2026年9月19日 第5版\n\n图为满载水果的冷链货车在磨憨口岸排队通关。新华社记者 胡超 摄\n\n',
      after: '\n责任编辑：李岚  校对：王静\n',
      style: halfWidth,
      wrapAt: 24,
    },
    {
      name: 'border-weekly-a3',
      before:
        '边境周刊 A3 口岸 2026.9.20\n\n口岸新建查验场投入使用\n\n本报讯 记者从口岸管委会获悉，新建的综合查验场日前投入使用，可同时查验货车120辆。\n\n',
      inside: { afterParagraph: 2, text: '图为口岸旁的水果分拣合作社。（资料图片）' },
      after: '\n（本版编辑 周岩）\n',
      style: cjkSpacing,
    },
  ],
};

const SAND_COURT_STORY = `非法采砂获刑 法院判令修复河道生态

{w:新华社南昌11月3日电|新华社南昌11月3日电|据新华社南昌11月3日电}（记者 {n:喻菁|喻菁|俞菁}）江西省{n:鄱阳县|鄱阳县|波阳县}人民法院3日公开宣判一起非法采矿案。被告人{n:詹某荣|詹某荣|詹某容}等{u:5人|5人|6人}在饶河支流{n:乐安河|乐安河|乐安江}段非法采砂{u:2.3万立方米|2.3万立方米|23万立方米}，其中主犯被判处有期徒刑{u:三年|三年|三年六个月}，其余被告人被判处{u:一年六个月|一年六个月|一年}以下有期徒刑或缓刑，并处罚金共计{u:86万元|86万元|68万元}。

法院审理查明，2023年{u:5月|5月|6月}至2024年2月间，被告人驾驶采砂船在禁采区内夜间作业{p:，|，|；}造成河床下切、堤岸{w:坍塌|坍塌|垮塌}。经{n:江西省地质调查勘查院|江西省地质调查勘查院|江西省地质勘查院}鉴定，生态修复费用为{u:147.5万元|147.5万元|174.5万元}。

主审法官{n:鄢晓芸|鄢晓芸|焉晓芸}说，法院同时判令被告人承担生态修复费用，并在{n:《鄱阳湖报》|《鄱阳湖报》|《鄱阳湖日报》}上公开赔礼道歉{p:。|。|！}{o:这是该院今年审结的第三起非法采砂案件。|这是该院今年审结的第三起非法采砂案件。|}

据了解，{n:上饶市人民检察院|上饶市人民检察院|上饶市检察院}此前对该案提起刑事附带民事公益诉讼。目前，{n:乐平市|乐平市|乐平县}段河道已补种芦苇{u:3000余平方米|3000余平方米|300余平方米}，{w:部分|部分|一些}鱼类已重新出现。
`;

/** A court story: a legal daily, an OCR'd evening paper with a caption, a reprint under 据新华社 with its own names and figures. */
export const SAND_COURT_PAGES: PageProbe = {
  name: 'heldout-sand-court',
  story: SAND_COURT_STORY,
  pages: [
    {
      name: 'legal-daily-p8',
      before: '法治日报\n2026年11月4日 星期三\n第8版 法院\n\n',
      after: '\n（上接第1版）\n\n会议强调，要加强行政执法与刑事司法衔接，形成保护合力。\n\n',
    },
    {
      name: 'lake-evening-p3-ocr',
      before: '湖畔晚报 2026.11.4 03 法治\n\n图为执法人员在河道查扣采砂船。（资料图片）\n\n',
      after: '\n本报热线:0793-8120000\n',
      style: halfWidth,
      wrapAt: 22,
    },
    {
      name: 'county-news-p4',
      before:
        '县城新闻 第4版\n\n冬季河道巡查全面启动\n\n本报讯 县水利局日前启动冬季河道巡查，重点查处非法采砂和乱倒垃圾行为。\n\n',
      inside: { afterParagraph: 1, text: '图为修复后的乐安河河滩。' },
      after: '\n（本版编辑 程亮）\n',
      style: cjkSpacing,
    },
  ],
};

const FLOOD_STORY = `Floodwaters swamp river towns in northern Louisiana as crest nears

By {n:DEVIN THIBODEAUX|DEVIN THIBODEAUX|DEVIN THIBODAUX}
Associated Press

MONROE, La. (AP) — The {n:Ouachita River|Ouachita River|Washita River} rose to {u:43.7 feet|43.7 feet|47.3 feet} at Monroe on {u:Wednesday|Wednesday|Tuesday}, the highest level since {u:1991|1991|1919}, and forecasters said it could climb another {u:2 feet|2 feet|two feet} before cresting {u:Dec. 1|Dec. 1|Jan. 1}.

About {u:1,400|1,400|14,000} homes in Ouachita {n:Parish|Parish|County} and neighboring {n:Caldwell|Caldwell|Cardwell} Parish were under mandatory evacuation orders{p:,|,|;} Sheriff {n:Marcus Fontenot|Marcus Fontenot|Marcus Fontenut} said. {w:Volunteers|Volunteers|Residents} filled more than {u:60,000|60,000|6,000} sandbags at the civic center over the weekend.

"We've never seen the water come up this fast," said {n:Annette Broussard|Annette Broussard|Annette Brousard}, 71, who has lived in the village of {n:Bawcomville|Bawcomville|Balcomville} since {u:1968|1968|1986}.

{o:The Louisiana National Guard sent 250 soldiers and 40 high-water vehicles to the area, the governor's office said.|The Louisiana National Guard sent 250 soldiers and 40 high-water vehicles to the area, the governor's office said.|}

The U.S. Army Corps of Engineers said the levees were holding{p:,|,| —} but crews were watching seepage near {n:Columbia|Columbia|Colombia}. The state set aside {u:$3.5 million|$3.5 million|$35 million} for emergency repairs, according to the {n:Governor's Office of Homeland Security and Emergency Preparedness|Governor's Office of Homeland Security and Emergency Preparedness|Governor's Office of Homeland Security}.

Schools in the parish will {w:remain|remain|stay} closed through Friday.
`;

/** An AP flood story: as sent, as an OCR transcription (curly quotes, hard wraps), edited for space with other names and figures. */
export const FLOOD_PAGES: PageProbe = {
  name: 'heldout-flood',
  story: FLOOD_STORY,
  pages: [
    {
      name: 'delta-herald-a1',
      before: 'THE DELTA HERALD | Thursday, November 26, 2026 | A1\n\n',
      after:
        '\nPolice jury approves road budget\n\nThe police jury on Tuesday approved $4 million for parish road repairs next year.\n\n',
    },
    {
      name: 'bayou-ledger-a4-ocr',
      before:
        'Bayou Ledger\nNov. 26, 2026 A4\n\nVolunteers fill sandbags in West Monroe, La., on Tuesday. (AP Photo/Gerald Herbert)\n\n',
      after: '\nContinued on A8\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '“$1”').replace(/'/gu, '’'),
      wrapAt: 58,
    },
    {
      name: 'river-star-b3',
      before: 'RIVER STAR  B3  STATE\n\n',
      inside: {
        afterParagraph: 3,
        text: 'RIVER LEVELS\nMonroe 43.7 ft | Columbia 61.2 ft | Harrisonburg 50.9 ft',
      },
      after:
        '\nCORRECTION\nA story on Sunday misspelled the name of the parish assessor. He is Ray Guidry.\n',
    },
  ],
};

const SHIPPING_STORY = `Danish line resumes Suez route as war-risk premiums fall

By {n:Signe Halvorsen|Signe Halvorsen|Signe Halvorson} and Priya Raghunathan

COPENHAGEN, {u:Feb. 12|Feb. 12|Feb. 21} (Reuters) - Danish container line {n:Nordhavn Shipping|Nordhavn Shipping|Nordhaven Shipping} said on {u:Thursday|Thursday|Tuesday} it would send its first vessel through the Suez Canal in {u:14 months|14 months|four months}, after war-risk insurance premiums fell to {u:0.2%|0.2%|2%} of a ship's value from a peak of {u:1%|1%|1.5%}.

The vessel, the {n:Karen Bjerregaard|Karen Bjerregaard|Karin Bjerregaard}, will leave {n:Port Said|Port Said|Port Sudan} on {u:Feb. 20|Feb. 20|Feb. 22} and call at {n:Jeddah|Jeddah|Jiddah} before reaching {n:Jebel Ali|Jebel Ali|Jabal Ali}, the company said in a statement.

Chief Executive {n:Morten Skaarup|Morten Skaarup|Morten Skarup} told reporters the route around the Cape of Good Hope had added about {u:$1.2 billion|$1.2 billion|$1.2 million} to fuel costs last year{p:,|,|;} and {w:cut|cut|reduced} the line's effective capacity by about {u:9%|9%|6%}.

{o:Shares in the company rose 3.4% in Copenhagen after the announcement.|Shares in the company rose 3.4% in Copenhagen after the announcement.|}

Analysts at {n:Sydbank|Sydbank|Sydbanken} said other carriers were likely to follow{p:.|.|,} "Once one big line goes back, the rest will not want to pay for the long way round," said {n:Lars Mikkelsen|Lars Mikkelsen|Lars Mikkelson}, a shipping analyst.

The {n:Joint War Committee|Joint War Committee|Joint War Council}, which advises London marine insurers, {w:removed|removed|dropped} the southern Red Sea from its list of high-risk areas in {u:January|January|December}.
`;

/** A Reuters shipping story: a business section, an OCR'd trade paper, a regional paper that edits it. */
export const SHIPPING_PAGES: PageProbe = {
  name: 'heldout-shipping',
  story: SHIPPING_STORY,
  pages: [
    {
      name: 'gazette-business-c1',
      before: 'THE GAZETTE | BUSINESS | Friday, Feb. 13, 2027 | C1\n\n',
      after: '\nMARKETS\nThe Stoxx 600 rose 0.6%. Brent crude fell 1.1% to $71.40 a barrel.\n\n',
    },
    {
      name: 'maritime-week-p7-ocr',
      before:
        'Maritime Week\nFeb. 16, 2027 p. 7\n\nA container ship passes through the Suez Canal. (Reuters file photo)\n\n',
      after: '\nSubscribe at maritimeweek.example\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '“$1”').replace(/'/gu, '’'),
      wrapAt: 64,
    },
    {
      name: 'harbor-times-b6',
      before:
        'HARBOR TIMES  B6  SHIPPING\n\nPort fees to rise in April\n\nThe port authority said on Wednesday that berth fees will rise 4% from April 1.\n\n',
      inside: { afterParagraph: 2, text: 'ROUTE\nCopenhagen - Port Said - Jeddah - Jebel Ali' },
      after: '\n(Edited by the Harbor Times business desk)\n',
    },
  ],
};

/** The four held-out story probes: two Chinese, two English. */
export const HELDOUT_STORY_PROBES: readonly PageProbe[] = [
  BORDER_PAGES,
  SAND_COURT_PAGES,
  FLOOD_PAGES,
  SHIPPING_PAGES,
];
