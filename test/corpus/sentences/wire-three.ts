/**
 * Wire sentences as three papers printed them, one of which differs (rounds nine and twenty-one of
 * the generality probes): the majority decides whose context vouches for a name. Round nine's
 * first run 16/20 Chinese, 10/10 English; fixed since: the sides of a match (曼城对阵利物浦), ports
 * (自由贸易港 / 自由贸易区), quarters (一季度). Round twenty-one's is in its comment.
 */
import type { WirePair } from './wire-sentences';

/** Three variants and the expected single flag's category. */
export type WireTriple = readonly [
  first: string,
  second: string,
  third: string,
  category: WirePair[2],
];

/** Triples the engine gets right. */
export const WIRE_TRIPLES: readonly WireTriple[] = [
  // Round twenty-one, written after every fix of rounds one to twenty: 9/10 Chinese, 4/4 English
  // at first run; fixed since: a park named between its place and its head (净月潭国家森林公园).
  [
    '新华社长春6月9日电 吉林省长春市净月潭国家森林公园迎来游览高峰。',
    '新华社长春6月9日电 吉林省长春市净月潭国家森林公园迎来游览高峰。',
    '新华社长春6月9日电 吉林省长春市净月谭国家森林公园迎来游览高峰。',
    'name',
  ],
  [
    '公园管理处主任孟庆春介绍，今年以来已接待游客超过80万人次。',
    '公园管理处主任孟庆春介绍，今年以来已接待游客超过80万人次。',
    '公园管理处主任孟庆春介绍，今年以来已接待游客超过60万人次。',
    'number',
  ],
  [
    '公园管理处主任孟庆春介绍，今年以来已接待游客超过80万人次。',
    '公园管理处主任孟庆纯介绍，今年以来已接待游客超过80万人次。',
    '公园管理处主任孟庆春介绍，今年以来已接待游客超过80万人次。',
    'name',
  ],
  [
    '为保护生态，公园实行分时段预约入园。',
    '为保护生态，公园实行分时段预约入园。',
    '为保护生态环境，公园实行分时段预约入园。',
    'wording',
  ],
  [
    '中国一汽集团发布的新车型搭载了自主研发的智能驾驶系统。',
    '中国一汽集团发布的新车型搭载了自主研发的智能驾驶系统。',
    '中国二汽集团发布的新车型搭载了自主研发的智能驾驶系统。',
    'name',
  ],
  [
    '据统计，该车型上市首月销量突破1.5万辆。',
    '据统计，该车型上市首月销量突破1.5万辆。',
    '据统计，该车型上市首月销量突破1.5万台。',
    'number',
  ],
  [
    '长春理工大学光电工程学院的学生参与了研发。',
    '长春理工大学光电工程学院的学生参与了研发。',
    '长春理工大学光电工程学校的学生参与了研发。',
    'name',
  ],
  [
    '“我们要让更多人了解吉林的冰雪文化。”吉林省文化和旅游厅厅长孙光芝说。',
    '“我们要让更多人了解吉林的冰雪文化。”吉林省文化和旅游厅厅长孙光芝说。',
    '“我们要让更多人了解吉林的冰雪文化。”吉林省文化和旅游厅厅长孙光枝说。',
    'name',
  ],
  [
    '去年冬季，全省接待游客1.4亿人次，同比增长29.6%。',
    '去年冬季，全省接待游客1.4亿人次，同比增长29.6%。',
    '去年冬季，全省接待游客1.4亿人次，同比增长26.9%。',
    'number',
  ],
  [
    '当地还推出了雾凇观赏、冰雪运动等多种体验项目。',
    '当地还推出了雾凇观赏、冰雪运动等多种体验项目。',
    '当地还推出了雾凇观赏，冰雪运动等多种体验项目。',
    'punctuation',
  ],
  [
    'SEATTLE (AP) — Boeing said Wednesday it delivered 45 jetliners in May, up from 38 a year earlier.',
    'SEATTLE (AP) — Boeing said Wednesday it delivered 45 jetliners in May, up from 38 a year earlier.',
    'SEATTLE (AP) — Boeing said Wednesday it delivered 54 jetliners in May, up from 38 a year earlier.',
    'number',
  ],
  [
    'Chief Executive Kelly Ortberg told analysts the company was "turning the corner."',
    'Chief Executive Kelly Ortberg told analysts the company was "turning the corner."',
    'Chief Executive Kelly Ortburg told analysts the company was "turning the corner."',
    'name',
  ],
  [
    'The Federal Aviation Administration has capped production of the 737 Max at 38 planes a month.',
    'The Federal Aviation Administration has capped production of the 737 Max at 38 planes a month.',
    'The Federal Aviation Administration has limited production of the 737 Max at 38 planes a month.',
    'wording',
  ],
  [
    'Shares of Boeing rose 2% in afternoon trading.',
    'Shares of Boeing rose 2% in afternoon trading.',
    'Shares of Boeing rose 2% in morning trading.',
    'wording',
  ],
  // Round nine.
  [
    '新华社西安9月3日电 陕西省文物局3日发布消息，秦始皇帝陵博物院新发现一处陪葬坑。',
    '新华社西安9月3日电 陕西省文物局3日发布消息，秦始皇帝陵博物院新发现一处陪葬坑。',
    '新华社西安9月3日电 陕西省文物局3日发布消息，秦始皇帝陵博物馆新发现一处陪葬坑。',
    'name',
  ],
  [
    '考古人员共清理出陶俑120余件。',
    '考古人员共清理出陶俑210余件。',
    '考古人员共清理出陶俑120余件。',
    'number',
  ],
  [
    '项目负责人张卫星介绍，这批文物保存较为完好。',
    '项目负责人张卫兴介绍，这批文物保存较为完好。',
    '项目负责人张卫星介绍，这批文物保存较为完好。',
    'name',
  ],
  [
    '这是近年来该区域最重要的考古发现之一。',
    '这是近年来该区域最重要的考古发现之一。',
    '这是近年来该区域最为重要的考古发现之一。',
    'wording',
  ],
  [
    '在内蒙古自治区呼伦贝尔市根河市，气温降至零下42摄氏度。',
    '在内蒙古自治区呼伦贝尔市根河市，气温降至零下24摄氏度。',
    '在内蒙古自治区呼伦贝尔市根河市，气温降至零下42摄氏度。',
    'number',
  ],
  [
    '在内蒙古自治区呼伦贝尔市根河市，气温降至零下42摄氏度。',
    '在内蒙古自治区呼伦贝尔市根河市，气温降至零下42摄氏度。',
    '在内蒙古自治区呼伦贝儿市根河市，气温降至零下42摄氏度。',
    'name',
  ],
  [
    '当地消防救援支队派出12辆消防车、60名指战员赶赴现场。',
    '当地消防救援支队派出12辆消防车、60名指战员赶赴现场。',
    '当地消防救援支队派出12辆消防车，60名指战员赶赴现场。',
    'punctuation',
  ],
  [
    '大连理工大学化工学院教授贺高红团队研发了新型膜材料。',
    '大连理工大学化工学院教授贺高洪团队研发了新型膜材料。',
    '大连理工大学化工学院教授贺高红团队研发了新型膜材料。',
    'name',
  ],
  [
    '厦门大学嘉庚学院的学生参加了志愿服务。',
    '厦门大学嘉庚学院的学生参加了志愿服务。',
    '厦门大学嘉康学院的学生参加了志愿服务。',
    'name',
  ],
  [
    '这场比赛由曼城对阵利物浦，最终双方战平。',
    '这场比赛由曼城对阵利物浦，最终双方战平。',
    '这场比赛由曼城对阵利物蒲，最终双方战平。',
    'name',
  ],
  [
    '截至发稿时，仍有3人下落不明。搜救工作仍在进行中。',
    '截至发稿时，仍有3人下落不明。',
    '截至发稿时，仍有3人下落不明。搜救工作仍在进行中。',
    'omission',
  ],
  [
    '他呼吁各方保持克制，通过对话协商解决分歧。',
    '他呼吁各方保持克制，通过对话谈判解决分歧。',
    '他呼吁各方保持克制，通过对话协商解决分歧。',
    'wording',
  ],
  [
    '“天问一号”探测器已在火星表面工作超过1000个火星日。',
    '“天问一号”探测器已在火星表面工作超过1000个火星日。',
    '“天文一号”探测器已在火星表面工作超过1000个火星日。',
    'name',
  ],
  [
    '杭州亚运会电子竞技项目共设7个小项。',
    '杭州亚运会电子竞技项目共设7个小项。',
    '杭州亚运会电子竞技项目共设8个小项。',
    'number',
  ],
  [
    '他曾任中国驻美国大使馆公使衔参赞。',
    '他曾任中国驻美国大使馆公使衔参赞。',
    '他曾任中国驻英国大使馆公使衔参赞。',
    'name',
  ],
  [
    '据介绍，该市今年一季度GDP同比增长6.1%。',
    '据介绍，该市今年一季度GDP同比增长6.1%。',
    '据介绍，该市今年二季度GDP同比增长6.1%。',
    'number',
  ],
  [
    '海南自由贸易港建设总体方案发布以来，已有多项政策落地。',
    '海南自由贸易港建设总体方案发布以来，已有多项政策落地。',
    '海南自由贸易区建设总体方案发布以来，已有多项政策落地。',
    'name',
  ],
  [
    '民警王大海和同事立即赶到现场。',
    '民警王大海和同事立即赶往现场。',
    '民警王大海和同事立即赶到现场。',
    'wording',
  ],
  [
    '刘明辉是村里的种粮大户，今年种了500亩小麦。刘明辉说，今年的收成比去年好。',
    '刘明辉是村里的种粮大户，今年种了500亩小麦。刘明晖说，今年的收成比去年好。',
    '刘明辉是村里的种粮大户，今年种了500亩小麦。刘明辉说，今年的收成比去年好。',
    'name',
  ],
  [
    'LOS ANGELES (AP) — A magnitude 4.2 earthquake rattled Southern California on Monday.',
    'LOS ANGELES (AP) — A magnitude 4.2 earthquake rattled Southern California on Monday.',
    'LOS ANGELES (AP) — A magnitude 4.7 earthquake rattled Southern California on Monday.',
    'number',
  ],
  [
    'The quake was centered near Ridgecrest, about 120 miles north of the city.',
    'The quake was centered near Ridgecrest, about 120 miles north of the city.',
    'The quake was centered near Ridgecrest, about 120 miles northeast of the city.',
    'wording',
  ],
  [
    "No injuries were reported, according to the Kern County Sheriff's Office.",
    "No injuries were reported, according to the Kern County Sheriff's Office.",
    "No injuries were reported, according to the Kerr County Sheriff's Office.",
    'name',
  ],
  [
    'Lucy Jones, a seismologist at Caltech, said aftershocks were likely.',
    'Lucy Jones, a seismologist at Caltech, said aftershocks were likely.',
    'Lucy Jones, a seismologist at Caltech, said aftershocks are likely.',
    'wording',
  ],
  [
    'The Dodgers beat the Giants 5-3 on Sunday night.',
    'The Dodgers beat the Giants 5-3 on Sunday night.',
    'The Dodgers beat the Giants 5-3 on Saturday night.',
    'number',
  ],
  [
    'Shohei Ohtani hit his 40th home run of the season.',
    'Shohei Ohtani hit his 40th home run of the season.',
    'Shohei Otani hit his 40th home run of the season.',
    'name',
  ],
  [
    'The measure passed with 62% of the vote.',
    'The measure passed with 62% of the vote.',
    'The measure passed with 62 percent of the vote.',
    'number',
  ],
  [
    'She was the first woman elected to the post.',
    'She was the first woman elected to the post.',
    'She was the first woman to be elected to the post.',
    'wording',
  ],
  [
    'The company, based in Seattle, employs about 4,000 people.',
    'The company, based in Seattle, employs about 4,000 people.',
    'The company, based in Seattle employs about 4,000 people.',
    'punctuation',
  ],
  [
    'Authorities identified the victim as 34-year-old Daniel Reyes of Tucson.',
    'Authorities identified the victim as 34-year-old Daniel Reyes of Tucson.',
    'Authorities identified the victim as 43-year-old Daniel Reyes of Tucson.',
    'number',
  ],
  // Issue 12: fixed by the segmenter's tag and same-sound evidence (name.confused-in-name).
  [
    '在云南西双版纳，亚洲象群一路北迁。',
    '在云南西双版纳，亚洲象群一路北迁。',
    '在云南西双板纳，亚洲象群一路北迁。',
    'name',
  ],
];

/**
 * Triples it still gets wrong: none since issue 12 (云南西双版纳 / 西双板纳, a prefecture of four
 * characters after its province, is a same-sound change inside a word jieba tags a place).
 */
export const KNOWN_MISSED_TRIPLES: readonly WireTriple[] = [];
