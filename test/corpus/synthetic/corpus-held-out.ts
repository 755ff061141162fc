/**
 * Stories held out from the engine's tuning (our own text, as in corpus.ts): the synthetic
 * evaluation runs them as a second grid, so that rules fitted to the main corpus's names show up
 * as a gap between the two. They were unseen when first run: the name category then scored
 * 160/200. Once a failure here has been fixed, a story is no longer unseen: add fresh ones to
 * HELD_OUT_LATER to keep the grid honest.
 */
import type { CorpusStory } from './corpus';

/** Held-out stories, with the proper nouns in them. */
export const HELD_OUT: readonly CorpusStory[] = [
  {
    title: '县域医共体让村民看病少跑腿',
    paragraphs: [
      '本报讯（记者 邱晓岚 通讯员 戴明哲）上午九点，江西省吉安市永丰县佐龙乡卫生院的远程会诊室里，全科医生欧阳慧正通过视频向县人民医院心内科主任罗志刚请教一位老年患者的用药方案。',
      '两年前，永丰县组建了以县人民医院为龙头的紧密型医共体，把全县21家乡镇卫生院和186个村卫生室纳入统一管理，专家定期下沉坐诊，检查结果互认共享。',
      '“以前拍个片子要跑三十多公里，现在在乡里就能做，县里的专家看完报告当天就有结论。”佐龙乡石桥村村民廖春生说。今年以来，他已经在家门口复诊了4次。',
      '县卫生健康委员会副主任聂文斌介绍，去年全县基层门诊量同比增长18.6%，县域内就诊率达到92%，群众自付医疗费用明显下降。',
      '为了留住人才，永丰县还出台了《基层卫生人才激励办法》，对在乡村一线工作满五年的医务人员给予每月800元补贴，并在职称评审上适当倾斜。',
    ],
    names: [
      '邱晓岚',
      '戴明哲',
      '江西省',
      '吉安市',
      '永丰县',
      '佐龙乡卫生院',
      '欧阳慧',
      '县人民医院',
      '罗志刚',
      '石桥村',
      '廖春生',
      '县卫生健康委员会',
      '聂文斌',
      '基层卫生人才激励办法',
    ],
  },
  {
    title: '非遗竹编搭上直播快车',
    paragraphs: [
      '新华社成都5月20日电（记者 单雨桐）在四川省眉山市青神县的一间竹编工坊里，国家级非遗代表性传承人严桂香正对着手机镜头，一边讲解一边编织一只精巧的竹篮，直播间里不时有网友下单。',
      '青神竹编已有上千年历史。过去，手艺人大多靠接订单过日子，收入不稳定。2023年起，当地联合电商平台“云上竹乡”开设非遗专区，先后培训手艺人630余名，吸引了不少年轻人。',
      '“一场直播能卖出两三百件，最多的一天卖了1.8万元。”严桂香说。她带出的徒弟里，有不少是返乡创业的年轻人，90后姑娘符晓萌就是其中之一。',
      '青神县文化广电旅游局局长涂建军表示，下一步将与四川美术学院合作开发新的文创产品，并在成都、重庆等地开设体验店，让竹编走进更多人的生活。',
      '据统计，去年全县竹编产业产值达到12.5亿元，带动近2万人就业，竹编已经成为当地群众增收致富的“金饭碗”。',
    ],
    names: [
      '成都',
      '单雨桐',
      '四川省',
      '眉山市',
      '青神县',
      '严桂香',
      '云上竹乡',
      '符晓萌',
      '青神县文化广电旅游局',
      '涂建军',
      '四川美术学院',
      '重庆',
    ],
  },
  {
    title: 'Library branch reopens with a makerspace',
    paragraphs: [
      'SPRINGFIELD, Ill. (AP) — The Lincoln Avenue branch of the Springfield Public Library reopened on Saturday after a 14-month renovation that added a makerspace, a recording studio and about 40 new computers, library officials said.',
      'The $6.2 million project was paid for with a city bond and a $750,000 gift from the Harlan Foundation. Some 2,300 people visited on the first day, said branch manager Teresa Nwosu.',
      '"Kids used to come here for the air conditioning, and now they stay to build robots," Nwosu said. Work on the building began in 2023, and the makerspace offers 3D printers and sewing machines.',
      'Mayor Gregory Lindqvist said the city expected to renovate two more branches by 2027, starting with the one on Dakota Street.',
    ],
    names: [
      'SPRINGFIELD',
      'Lincoln Avenue',
      'Springfield Public Library',
      'Harlan Foundation',
      'Teresa Nwosu',
      'Nwosu',
      'Gregory Lindqvist',
      'Dakota Street',
    ],
  },
];

/**
 * Stories added later as fresh unseen probes, two at a time. The name category scored 124/144,
 * 108/128 and 116/144 on the first three pairs when first run, 116/116 on the fourth and 92/112
 * on the fifth (人民法院 was no organisation head yet). Kept apart from HELD_OUT, whose cases the
 * story finder's own tests also run.
 */
export const HELD_OUT_LATER: readonly CorpusStory[] = [
  {
    title: '山区孩子的第一堂编程课',
    paragraphs: [
      '本报讯（记者 龚思琪）周五下午，贵州省黔东南州雷山县西江镇中心小学的计算机教室里，五年级学生围坐在屏幕前，跟着远在上海的志愿者老师学习图形化编程。',
      '这门课来自公益项目“星火课堂”，由上海交通大学计算机系学生团队发起，至今已为全县14所乡村学校开设了线上课程，累计授课超过2600课时。',
      '“孩子们第一次让小猫在屏幕上跑起来的时候，整个教室都沸腾了。”项目负责人蒋一帆说。为了解决网络不稳定的问题，团队还与当地电信公司合作，为学校升级了宽带。',
      '西江镇中心小学校长潘光明介绍，学校今年还组建了机器人兴趣小组，有两名学生在州级比赛中获得了二等奖。他希望更多高校能把优质课程送到山区。',
      '雷山县教育局表示，下一步将把编程教育纳入课后服务，并组织本地教师参加培训，让这门课在项目结束后也能继续开下去。',
    ],
    names: [
      '龚思琪',
      '贵州省',
      '黔东南州',
      '雷山县',
      '西江镇中心小学',
      '星火课堂',
      '上海交通大学',
      '蒋一帆',
      '潘光明',
      '雷山县教育局',
      '西江镇',
    ],
  },
  {
    title: '老码头变身文创街区',
    paragraphs: [
      '新华社青岛6月3日电（记者 闫子豪 柯佳宁）走进山东省青岛市市北区的大港码头旧址，红砖仓库被改造成书店、咖啡馆和展览空间，周末游客络绎不绝。',
      '这片仓库建于上世纪30年代，曾是胶州湾重要的货物集散地。2022年，市北区与青岛港集团签署协议，启动老码头更新项目，保留了12座历史建筑和3台老式吊机。',
      '“我们尽量不动老房子的骨架，只做加固和功能改造。”项目设计师汪宁远说。改造中发现的旧账本和货运单据，被整理进了码头记忆馆对外展出。',
      '据市北区文化和旅游局统计，街区开放半年来已接待游客约65万人次，入驻商户41家，带动周边就业800余人。',
      '不少老港务工人也常回来看看。今年78岁的退休工人于长顺说，每次走到吊机下，都像回到了年轻时候。',
    ],
    names: [
      '青岛',
      '闫子豪',
      '柯佳宁',
      '山东省',
      '青岛市',
      '市北区',
      '大港码头',
      '胶州湾',
      '青岛港集团',
      '汪宁远',
      '市北区文化和旅游局',
      '于长顺',
    ],
  },
  {
    title: '小微企业贷款跑出“加速度”',
    paragraphs: [
      '本报记者 戚文静 通讯员 邝志远 报道 “以前申请贷款要跑好几趟，现在手机上填个表，第二天钱就到账了。”广东省佛山市南海区一家五金厂的负责人卢俊峰说。',
      '今年以来，南海区金融工作局联合辖内8家银行推出“南海快贷”线上服务，小微企业凭纳税和用电数据即可获得信用贷款，最高额度300万元。',
      '截至5月底，该服务已累计放款46.7亿元，惠及企业5200余家，平均审批时间从7天缩短到1.5天。中国人民银行佛山市分行相关负责人表示，数据共享让银行更敢贷、更愿贷。',
      '为防范风险，区里还设立了2亿元的风险补偿资金池，对出现不良的贷款按比例给予补偿。五金厂会计黎晓梅说，厂里用这笔钱买了两台新机床，订单也跟着多了起来。',
    ],
    names: [
      '戚文静',
      '邝志远',
      '广东省',
      '佛山市',
      '南海区',
      '卢俊峰',
      '南海区金融工作局',
      '南海快贷',
      '中国人民银行佛山市分行',
      '黎晓梅',
    ],
  },
  {
    title: 'Town council votes to keep its last covered bridge',
    paragraphs: [
      'WOODSTOCK, Vt. — The Woodstock Select Board voted 4 to 1 on Wednesday to repair the Taftsville Covered Bridge rather than replace it, ending a debate that had divided the town for nearly two years.',
      'The repairs will cost about $2.1 million, most of it from the Vermont Agency of Transportation, and will close the bridge to traffic for six months starting in April.',
      '"It is the last one we have, and people drive here just to see it," said board chair Miriam Castellano. The lone vote against came from member Douglas Pruitt, who favored a new steel span.',
      "Engineers from Hartwell & Sons found rot in 14 of the bridge's timber beams but said the stone abutments were sound.",
    ],
    names: [
      'WOODSTOCK',
      'Woodstock Select Board',
      'Taftsville Covered Bridge',
      'Vermont Agency of Transportation',
      'Miriam Castellano',
      'Douglas Pruitt',
      'Hartwell & Sons',
    ],
  },
  {
    title: '全民健身赛事点燃夏日激情',
    paragraphs: [
      '本报讯（记者 诸葛明辉）7月12日，2026年湖南省全民健身运动会龙舟比赛在岳阳市南湖广场开赛，来自全省14个市州的38支代表队、近千名运动员同场竞技。',
      '比赛设200米直道竞速和500米环绕赛两个项目。经过激烈角逐，常德市鼎城区代表队以1分02秒的成绩夺得男子200米冠军，打破了赛会纪录。',
      '“我们队员大多是附近的渔民，每天收网后练两个小时。”鼎城区代表队队长覃海波说。赛后，队员们把奖牌挂在龙头上，在岸边合影留念。',
      '湖南省体育局副局长贺玉兰表示，今年运动会共设置28个大项，将持续到10月，预计参与群众超过200万人次，让更多人在家门口享受运动的乐趣。',
    ],
    names: [
      '诸葛明辉',
      '湖南省',
      '岳阳市',
      '南湖广场',
      '常德市',
      '鼎城区',
      '覃海波',
      '湖南省体育局',
      '贺玉兰',
    ],
  },
  {
    title: '科研团队培育出耐盐碱水稻新品系',
    paragraphs: [
      '新华社天津8月9日电（记者 阎书语）记者从南开大学获悉，该校生命科学学院杜宏伟教授团队联合天津市农业科学院，培育出一种能在盐碱地上稳定生长的水稻新品系“津盐9号”。',
      '在天津市滨海新区的试验田里，这一品系在含盐量千分之六的土壤中亩产达到486公斤，比对照品种增产约17%。相关论文近日发表在《植物学报》上。',
      '“我国有大量盐碱地尚未利用，耐盐碱作物能为粮食安全多添一份保障。”杜宏伟说。团队计划明年在河北、山东等地开展多点试种。',
    ],
    names: [
      '天津',
      '阎书语',
      '南开大学',
      '生命科学学院',
      '杜宏伟',
      '天津市农业科学院',
      '津盐9号',
      '天津市',
      '滨海新区',
      '植物学报',
      '河北',
      '山东',
    ],
  },
  {
    title: '候鸟越冬地迎来“老朋友”',
    paragraphs: [
      '本报记者 蔺晓川 报道 11月下旬，江西省九江市都昌县的鄱阳湖湿地迎来越冬候鸟高峰。监测人员在多宝乡附近水域一次观测到白鹤1100余只，创近五年同期新高。',
      '都昌候鸟省级自然保护区管理局副局长彭国栋介绍，今年保护区新增了12个视频监测点，巡护员可以在手机上实时查看鸟群动态，发现异常情况半小时内就能赶到现场。',
      '为了给候鸟留足“口粮”，当地还与周边农户签订协议，秋收后保留部分稻田不翻耕，每亩给予120元补贴。“以前觉得鸟吃粮是损失，现在成了村里的招牌。”多宝乡沙塘村村民余大福说。',
      '据江西省林业局统计，今冬鄱阳湖区越冬候鸟数量预计超过70万只，其中白鹤占全球种群的九成以上。',
    ],
    names: [
      '蔺晓川',
      '江西省',
      '九江市',
      '都昌县',
      '鄱阳湖',
      '多宝乡',
      '都昌候鸟省级自然保护区管理局',
      '彭国栋',
      '沙塘村',
      '余大福',
      '江西省林业局',
    ],
  },
  {
    title: 'Port city approves plan to replace lead pipes',
    paragraphs: [
      "DULUTH, Minn. — The Duluth City Council approved a $48 million plan on Monday to replace about 6,500 lead water service lines over the next eight years, a project officials called the largest in the city's history.",
      'Most of the money will come from low-interest loans through the Minnesota Public Facilities Authority. Homeowners will not be charged for the work, said Councilor Ingrid Halvorsen, who sponsored the measure.',
      '"Every family deserves to know the water from their tap is safe," Halvorsen said. Crews from Northland Utility Contractors are expected to begin digging in the Lincoln Park neighborhood in May.',
    ],
    names: [
      'DULUTH',
      'Duluth City Council',
      'Minnesota Public Facilities Authority',
      'Ingrid Halvorsen',
      'Halvorsen',
      'Northland Utility Contractors',
      'Lincoln Park',
    ],
  },
  {
    title: '巡回法庭开进田间地头',
    paragraphs: [
      '本报讯（记者 解思远 通讯员 仲雅婷）“这块地的流转合同到底算不算数？”9月18日上午，浙江省丽水市松阳县人民法院的巡回法庭在玉岩镇白岩村的晒谷场上开庭，审理一起土地流转纠纷。',
      '原告是种茶大户叶春华，被告是同村的两户村民。经过两个多小时的调解，双方当场达成协议，叶春华按每亩680元补足租金，村民继续履行合同。',
      '松阳县人民法院副院长邵建伟说，把法庭搬到村里，既方便群众打官司，也能让旁听的村民学到法律知识。今年以来，该院已在乡镇开展巡回审判43场，当庭调解成功率达到71%。',
      '当天旁听的村民吴丽芬说，以前总觉得法院离自己很远，“今天看了一场，心里有底了，以后遇到事知道该找谁”。',
    ],
    names: [
      '解思远',
      '仲雅婷',
      '浙江省',
      '丽水市',
      '松阳县人民法院',
      '玉岩镇',
      '白岩村',
      '叶春华',
      '邵建伟',
      '吴丽芬',
    ],
  },
  {
    title: '城际公交串起“半小时生活圈”',
    paragraphs: [
      '新华社南京10月8日电（记者 甄浩然）10月8日起，江苏省扬州市与泰州市之间的城际公交线路正式开通，全程票价6元，乘客可使用“苏e行”扫码乘车。',
      '这条线路全长42公里，沿途设站16个，高峰时段每15分钟一班。扬州市交通运输局相关负责人介绍，开通首日客流量就超过了3200人次。',
      '在泰州市高港区上班的扬州市民瞿文涛说，以前开车上班要一个小时，现在坐公交四十分钟就到，“还省下了停车费”。',
    ],
    names: [
      '南京',
      '甄浩然',
      '江苏省',
      '扬州市',
      '泰州市',
      '苏e行',
      '扬州市交通运输局',
      '高港区',
      '瞿文涛',
    ],
  },
];
