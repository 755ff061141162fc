/**
 * Stories written for the synthetic evaluation (our own text, not taken from any newspaper).
 * Each lists the proper nouns it contains, so that the generator knows where a name error can be
 * injected and the scorer knows which category a change there belongs to.
 */

/** A source story and the proper nouns in it. */
export interface CorpusStory {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** Proper nouns (people, places, organisations, brands, works) that occur in the paragraphs. */
  readonly names: readonly string[];
}

/** The stories the generator draws on. */
export const CORPUS: readonly CorpusStory[] = [
  {
    title: '小小驿站温暖城市奔波者',
    paragraphs: [
      '新华社杭州3月12日电（记者 方卓然 许静怡）清晨六点，杭州市拱墅区和睦街道的“暖心驿站”已经亮起灯。快递员、外卖骑手和环卫工人陆续走进来，接一杯热水，给手机充上电，再匆匆赶往下一个街区。',
      '驿站负责人宋雅琴介绍，这里每天接待劳动者约320人次，去年全年累计服务超过11.6万人次。驿站配备了微波炉、急救箱和共享雨具，还设置了法律咨询角，每周三由浙江明理律师事务所的志愿律师坐班答疑。',
      '“以前送完一单只能蹲在路边吃饭，现在有了歇脚的地方，心里踏实多了。”在这里休息的骑手蒋立峰说。他来自安徽阜阳，在杭州跑外卖已经第四年，每天骑行里程在150公里左右。',
      '为了让服务更贴近需求，街道在驿站门口放置了意见箱，并通过线上问卷收集建议。根据劳动者的反馈，驿站把开放时间延长到晚上十点，又增设了电动车换电柜和母婴室。',
      '拱墅区总工会数据显示，全区已建成各类户外劳动者服务站点246个，覆盖所有街道和主要商圈。今年，区里计划再新建和改造站点40个，并推动其中一半实现24小时开放。',
      '业内人士认为，小驿站连着大民生。把服务阵地建在劳动者身边，既解决了吃饭、喝水、休息等“小事”，也让新就业形态劳动者感受到城市的温度，增强了归属感。',
    ],
    names: [
      '杭州',
      '方卓然',
      '许静怡',
      '拱墅区',
      '和睦街道',
      '暖心驿站',
      '宋雅琴',
      '浙江明理律师事务所',
      '蒋立峰',
      '安徽阜阳',
      '拱墅区总工会',
    ],
  },
  {
    title: '春耕备耕忙 良种良法进田间',
    paragraphs: [
      '新华社合肥3月18日电（记者 韦思远）眼下正值春耕备耕关键时节，在安徽省宿州市埇桥区的千亩示范方里，旋耕机来回穿梭，农技人员蹲在田埂上查看墒情，一派繁忙景象。',
      '“今年我们推广的新品种‘皖麦68’抗倒伏能力强，亩产比老品种高出8%左右。”埇桥区农业技术推广中心高级农艺师郑佩兰说。她和同事们分成12个小组，挨家挨户发放技术明白纸。',
      '种粮大户许长河今年流转土地1350亩，全部采用统防统治和测土配方施肥。他算了一笔账：化肥用量减少了15%，每亩节本增效约90元，“科学种田，心里更有底”。',
      '为保障农资供应，宿州市供销合作社提前储备化肥2.3万吨、农药460吨，在全市布设农资服务网点580个，并开通24小时热线，及时回应农户需求。',
      '据安徽省农业农村厅介绍，全省今年计划播种粮食作物1.1亿亩以上，已组织3.5万名农技人员下沉一线，重点做好良种推广、农机调度和病虫害监测预警。',
      '专家提醒，近期气温回升较快，小麦进入返青拔节期，各地要抓住有利天气，及时开展化学除草和追肥，同时防范倒春寒等不利天气对作物生长的影响。',
    ],
    names: [
      '合肥',
      '韦思远',
      '安徽省',
      '宿州市',
      '埇桥区',
      '皖麦68',
      '埇桥区农业技术推广中心',
      '郑佩兰',
      '许长河',
      '宿州市供销合作社',
      '安徽省农业农村厅',
    ],
  },
  {
    title: 'Harbor city opens its first floating solar farm',
    paragraphs: [
      'PORTLAND, Maine (AP) — A floating solar farm on a reservoir north of Portland began sending power to the grid on Tuesday, the first project of its kind in New England, state officials said.',
      'The array of 14,200 panels covers about 11 acres of the Sebago Hills Reservoir and is expected to produce 6.8 megawatts at peak, enough for roughly 1,300 homes, according to Casco Energy, which built it.',
      '"Water keeps the panels cool, and cool panels make more power," said Linda Okafor, the company\'s chief engineer. She said output in the first week ran 4 percent above the design estimate.',
      'The project cost $19.5 million, of which $3 million came from a federal grant. Local fishermen had raised concerns about access, and the company agreed to leave the northern third of the reservoir open.',
      'Governor Paul Whitaker called the farm "a model for towns that have more water than land." Two more reservoirs in Cumberland County are under study, officials said.',
    ],
    names: [
      'PORTLAND',
      'Maine',
      'Portland',
      'New England',
      'Sebago Hills Reservoir',
      'Casco Energy',
      'Linda Okafor',
      'Paul Whitaker',
      'Cumberland County',
    ],
  },
  {
    title: '老街区焕新颜 烟火气更浓',
    paragraphs: [
      '本报讯（记者 林若溪）走进福州市鼓楼区的南营巷，青石板路干净整洁，白墙黛瓦间点缀着三角梅，老茶馆、修表铺和新开的文创小店比邻而居。',
      '去年4月，鼓楼区启动南营巷片区微更新工程，对沿街87栋老房子进行外立面修缮，改造雨污管网3.2公里，新增口袋公园5处。工程坚持“留改拔”并举，尽量保留街巷原有肌理。',
      '“改造前开了十几次居民议事会，大家的意见都写进了方案。”南营社区党委书记黄振宇说。住了六十多年的老居民陈阿婆最满意的是家门口多了一处休闲长廊，“晚饭后可以和老姐妹们坐坐”。',
      '更新后的街区吸引了不少年轻人前来打卡。据统计，今年春节假期南营巷接待游客约28万人次，同比增长35%，沿街商铺营业额普遍增长两成以上。',
      '鼓楼区住建局相关负责人表示，下一步将总结南营巷经验，在全区推广“一巷一策”，计划三年内完成21条背街小巷的提升改造，让老城区既有颜值更有温度。',
    ],
    names: ['福州市', '鼓楼区', '南营巷', '林若溪', '南营社区', '黄振宇', '陈阿婆', '鼓楼区住建局'],
  },
];
