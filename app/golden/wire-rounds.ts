/**
 * The later rounds of wire-sentence probes (six on), each written before the rules it led to; the
 * first-run score of each round is in its comment. Same form as wire-sentences.ts.
 */
import type { WirePair } from './wire-sentences';

/** Chinese pairs of rounds six on that the engine gets right. */
export const LATER_WIRE_PAIRS: readonly WirePair[] = [
  // Round six, domains the earlier rounds left out: 36/48 at first run. The misses were names
  // known by the words around them (a station, a club after its city, a craft before its number,
  // a river before 江, a mountain before 北麓, a region, an international body, a cooperative's
  // long name, an athlete opening a clause, a player after his position) and a rocket's 遥 serial.
  // courts and anti-corruption
  ['中央纪委国家监委网站消息，湖南省政协原副主席陈文浩涉嫌严重违纪违法，目前正接受纪律审查和监察调查。', '中央纪委国家监委网站消息，湖南省政协原副主席陈文皓涉嫌严重违纪违法，目前正接受纪律审查和监察调查。', 'name'],
  ['法院审理查明，2012年至2023年，被告人利用职务便利，非法收受他人财物共计折合人民币1.2亿余元。', '法院审理查明，2012年至2023年，被告人利用职务便利，非法收受他人财物共计折合人民币1.3亿余元。', 'number'],
  ['法院以受贿罪判处其有期徒刑十二年，并处罚金人民币三百万元。', '法院以受贿罪判处其有期徒刑十一年，并处罚金人民币三百万元。', 'number'],
  ['江苏省无锡市中级人民法院公开宣判了该案。', '江苏省吴锡市中级人民法院公开宣判了该案。', 'name'],
  ['检察机关依法对其提起公诉。', '检察机关依法对其提出公诉。', 'wording'],
  // agriculture and villages
  ['在河南省周口市商水县化河乡朱庄村，小麦长势喜人。', '在河南省周口市商水县华河乡朱庄村，小麦长势喜人。', 'name'],
  ['村里成立了绿源蔬菜种植专业合作社，带动120户农户增收。', '村里成立了绿源蔬菜种植专业合作社，带动210户农户增收。', 'number'],
  ['村里成立了绿源蔬菜种植专业合作社，带动120户农户增收。', '村里成立了绿园蔬菜种植专业合作社，带动120户农户增收。', 'name'],
  ['今年全镇水稻种植面积达到3.6万亩，预计亩产超过650公斤。', '今年全镇水稻种植面积达到3.6万亩，预计亩产超过600公斤。', 'number'],
  ['村民们利用闲置农房发展民宿，日子越过越红火。', '村民们利用闲置农房发展民宿，日子越来越红火。', 'wording'],
  // transport
  ['乘客可乘坐地铁2号线在西直门站换乘。', '乘客可乘坐地铁2号线在西值门站换乘。', 'name'],
  ['CA1831航班因天气原因延误约两小时。', 'CA1813航班因天气原因延误约两小时。', 'number'],
  ['中远海运“海洋和谐”号邮轮停靠天津港。', '中远海运“海洋和协”号邮轮停靠天津港。', 'name'],
  ['该次列车从重庆北站始发，终到成都东站。', '该次列车从重庆北站始发，终到成都南站。', 'name'],
  // health
  ['北京协和医院的专家团队为患者实施了手术。', '北京和协医院的专家团队为患者实施了手术。', 'name'],
  ['今年以来，全省累计报告登革热病例1365例。', '今年以来，全省累计报告登革热病例1356例。', 'number'],
  ['这种药物名为“奥司他韦”，可用于治疗流感。', '这种药物名为“奥斯他韦”，可用于治疗流感。', 'name'],
  ['门诊量同比增长约两成，每日接诊达到8000人次。', '门诊量同比增长约三成，每日接诊达到8000人次。', 'number'],
  ['医院还开设了夜间门诊，方便上班族就医。', '医院还开设了夜间门诊，方便上班族看病。', 'wording'],
  // finance
  ['贵州茅台（600519）股价当日上涨2.3%。', '贵州茅台（600591）股价当日上涨2.3%。', 'number'],
  ['全年社会消费品零售总额达到48.3万亿元。', '全年社会消费品零售总额达到48.3亿元。', 'number'],
  ['5月份CPI同比下降0.1%，环比下降0.2%。', '5月份CPI同比下降0.1%，同比下降0.2%。', 'wording'],
  ['招商银行股份有限公司发布年度报告。', '招商证券股份有限公司发布年度报告。', 'name'],
  ['中国人民银行决定下调金融机构存款准备金率0.5个百分点。', '中国人民银行决定下调金融机构存款准备金率0.25个百分点。', 'number'],
  // military and space
  ['长征五号遥八运载火箭在文昌航天发射场点火升空。', '长征五号遥九运载火箭在文昌航天发射场点火升空。', 'number'],
  ['嫦娥六号探测器完成月球背面采样。', '嫦娥五号探测器完成月球背面采样。', 'number'],
  ['天舟九号货运飞船与空间站组合体完成交会对接。', '天州九号货运飞船与空间站组合体完成交会对接。', 'name'],
  ['卫星由酒泉卫星发射中心发射。', '卫星由酒泉卫星发射基地发射。', 'name'],
  // sports
  ['决赛中，中国队以3∶1战胜日本队，夺得冠军。', '决赛中，中国队以3∶2战胜日本队，夺得冠军。', 'number'],
  ['男子200米蛙泳决赛中，覃海洋以2分05秒48的成绩夺冠。', '男子200米蛙泳决赛中，覃海阳以2分05秒48的成绩夺冠。', 'name'],
  ['上海海港队主场2∶0击败山东泰山队。', '上海海港队主场2∶0击败山东泰安队。', 'name'],
  ['中国女篮主力中锋李月汝全场砍下20分。', '中国女篮主力中锋李月如全场砍下20分。', 'name'],
  ['赛后，孙颖莎接受了采访。她说，每一分都拼得很辛苦。孙颖莎表示，会继续努力。', '赛后，孙颖莎接受了采访。她说，每一分都拼得很辛苦。孙颖沙表示，会继续努力。', 'name'],
  // education
  ['今年全国高考报名人数达1335万人。', '今年全国高考报名人数达1353万人。', 'number'],
  ['华东师范大学附属中学的学生获得了一等奖。', '华东示范大学附属中学的学生获得了一等奖。', 'name'],
  ['学校开设了人工智能、编程等特色课程。', '学校开设了人工智能、编程等特色课堂。', 'wording'],
  // weather and disasters
  ['受强降雨影响，嘉陵江重庆段出现超警戒水位。', '受强降雨影响，嘉临江重庆段出现超警戒水位。', 'name'],
  ['四川省甘孜州泸定县发生6.8级地震。', '四川省甘孜州泸定县发生6.6级地震。', 'number'],
  ['中央气象台发布大风蓝色预警，内蒙古中东部将有6至8级阵风。', '中央气象台发布大风蓝色预警，内蒙古中东部将有6至7级阵风。', 'number'],
  ['秦岭北麓部分地区出现降雪。', '秦陵北麓部分地区出现降雪。', 'name'],
  ['事故发生后，当地迅速启动应急响应。目前，伤者已被送往医院救治，事故原因正在调查中。', '事故发生后，当地迅速启动应急响应。', 'omission'],
  ['他说，要做好防汛、抗旱、救灾等各项工作。', '他说，要做好防汛抗旱、救灾等各项工作。', 'punctuation'],
  // diplomacy
  ['上海合作组织成员国元首理事会第二十五次会议在天津举行。', '上合组织成员国元首理事会第二十五次会议在天津举行。', 'name'],
  ['外交部发言人毛宁在例行记者会上表示。', '外交部发言人毛凝在例行记者会上表示。', 'name'],
  ['中方愿同东盟各国一道，推动区域全面经济伙伴关系协定高质量实施。', '中方愿同东南亚各国一道，推动区域全面经济伙伴关系协定高质量实施。', 'name'],
  ['巴西总统卢拉抵达北京，开始对中国进行国事访问。', '巴西总统卢娜抵达北京，开始对中国进行国事访问。', 'name'],
  ['联合国教科文组织将该遗址列入《世界遗产名录》。', '联合国科教文组织将该遗址列入《世界遗产名录》。', 'name'],
  ['双方签署了共建“一带一路”合作谅解备忘录。', '双方签署了共建“一带一路”合作备忘录。', 'wording'],
  // Round seven, written after round six's fixes and not looked at while making them: 16/22 at
  // first run. Fixed since: a relative date (明日 / 今日) is a number, later names of a list after
  // a title (航天员叶某、李某、李某某), schools (附属中学), and no person after a title when the
  // words open with a quantifier (领导人一致认为).
  ['广西壮族自治区纪委监委消息，南宁市原副市长黄建平接受审查调查。', '广西壮族自治区纪委监委消息，南宁市原副市长黄建萍接受审查调查。', 'name'],
  ['最高人民检察院依法对其决定逮捕。', '最高人民检察院依法对其决定拘留。', 'wording'],
  ['一审判决后，被告人当庭表示服判不上诉。', '一审判决后，被告人当庭表示服判，不上诉。', 'punctuation'],
  ['在云南省普洱市澜沧县竹塘乡，茶农们正忙着采摘春茶。', '在云南省普洱市澜沧县竹糖乡，茶农们正忙着采摘春茶。', 'name'],
  ['全村共种植猕猴桃2800亩，年产值超过4000万元。', '全村共种植猕猴桃2800亩，年产值超过400万元。', 'number'],
  ['G1234次列车于上午9时从北京南站开出。', 'G1243次列车于上午9时从北京南站开出。', 'number'],
  ['深中通道全长约24公里，是集“桥、岛、隧、水下互通”于一体的跨海集群工程。', '深中通道全长约24公里，是集“桥、岛、隧、水下互通”于一体的跨海集群项目。', 'wording'],
  ['四川大学华西医院的医生为患儿进行了紧急救治。', '四川大学华西医院的医生为患儿进行了紧急治疗。', 'wording'],
  ['首都医科大学附属北京天坛医院神经外科专家介绍。', '首都医科大学附属北京天谭医院神经外科专家介绍。', 'name'],
  ['该基金今年以来的收益率为7.85%。', '该基金今年以来的收益率为7.58%。', 'number'],
  ['上海证券交易所发布公告称，相关股票自明日起停牌。', '上海证券交易所发布公告称，相关股票自今日起停牌。', 'number'],
  ['中国空间站第三批航天员叶光富、李聪、李广苏出征。', '中国空间站第三批航天员叶光富、李聪、李广书出征。', 'name'],
  ['在男单决赛中，王楚钦以4∶2战胜对手。王楚钦赛后说，这场比赛很艰难。', '在男单决赛中，王楚钦以4∶2战胜对手。王楚清赛后说，这场比赛很艰难。', 'name'],
  ['成都蓉城队在主场以1∶0小胜对手。', '成都蓉城队在主场以2∶0小胜对手。', 'number'],
  ['西南大学附属中学的学生在比赛中获得一等奖。', '西南大学附属小学的学生在比赛中获得一等奖。', 'name'],
  ['受台风影响，珠江口沿岸将出现风暴潮。', '受台风影响，珠江口沿岸将出现大风暴潮。', 'wording'],
  ['据中国地震台网测定，地震震源深度10千米。', '据中国地震台网测定，地震震源深度20千米。', 'number'],
  ['国家主席同哈萨克斯坦总统托卡耶夫举行会谈。', '国家主席同哈萨克斯坦总统托卡也夫举行会谈。', 'name'],
  ['两国领导人一致同意，推动双边关系迈上新台阶。', '两国领导人一致认为，推动双边关系迈上新台阶。', 'wording'],
  ['农业农村部部署开展秋粮收获工作。会议要求，各地要抓好机具调度。', '农业农村部部署开展秋粮收获工作。', 'omission'],
  // Round eight, written after round seven's fixes: 17/22 at first run. Fixed since: old towns
  // (徽州古城), a trial's instance (一审 / 二审), countries (韩国队 / 日本队), and an abbreviation is a
  // name only before the head of a body (高铁 / 高速铁路 is wording). 10公里 / 10千米 was labelled
  // wording at first; a unit written two ways for one value is a number flag (form), as 3.9% / 3.9
  // percent is, so the label was changed, not the engine.
  ['据新华社电 国家林草局近日公布，全国森林覆盖率已超过25%。', '据新华社电 国家林草局近日公布，全国森林覆盖率已超过24%。', 'number'],
  ['在安徽省黄山市歙县，徽州古城迎来大批游客。', '在安徽省黄山市歙县，徽洲古城迎来大批游客。', 'name'],
  ['浙江省杭州市余杭区良渚街道的村民正在晾晒稻谷。', '浙江省杭州市余杭区良诸街道的村民正在晾晒稻谷。', 'name'],
  ['市中级人民法院对这起非法集资案作出一审判决。', '市中级人民法院对这起非法集资案作出二审判决。', 'number'],
  ['该县投入资金3500万元，新建和改造农村公路86公里。', '该县投入资金3500万元，新建和改造农村公路68公里。', 'number'],
  ['“以前下雨天路难走，现在出门就是水泥路。”村民杨秀英说。', '“以前下雨天路难走，现在出门就是水泥路。”村民杨秀瑛说。', 'name'],
  ['目前，该病毒的传播途径仍在调查中。', '目前，该病毒的传播途径尚在调查中。', 'wording'],
  ['12306客服表示，旅客可在开车前办理改签。', '12306客服表示，旅客可在发车前办理改签。', 'wording'],
  ['京港澳高速公路湖南段因事故临时封闭。', '京港澳高速公路湖北段因事故临时封闭。', 'name'],
  ['北京时间6月5日，搭载神舟十八号载人飞船的运载火箭点火发射。', '北京时间6月5日，搭载神舟十七号载人飞船的运载火箭点火发射。', 'number'],
  ['中国女足在亚洲杯决赛中逆转韩国队，时隔16年再夺冠军。', '中国女足在亚洲杯决赛中逆转日本队，时隔16年再夺冠军。', 'name'],
  ['他说：“这次比赛，我们准备得很充分。”', '他说：“这次比赛我们准备得很充分。”', 'punctuation'],
  ['该校今年共有毕业生4526人，就业率达96.3%。', '该校今年共有毕业生4526人，就业率达93.6%。', 'number'],
  ['气象部门预计，未来三天江南大部将有中到大雨。', '气象部门预计，未来两天江南大部将有中到大雨。', 'number'],
  ['甘肃省张掖市临泽县发生4.6级地震，震源深度10公里。', '甘肃省张掖市临泽县发生4.6级地震，震源深度10千米。', 'number'],
  ['驻华大使在招待会上致辞，回顾了两国友好交往的历史。', '驻华大使在招待会上讲话，回顾了两国友好交往的历史。', 'wording'],
  ['来自肯尼亚的留学生穆索尼说，他很喜欢中国的高铁。', '来自肯尼亚的留学生穆索尼说，他很喜欢中国的高速铁路。', 'wording'],
  ['世界贸易组织总干事伊维拉在日内瓦发表讲话。', '世界贸易组织总干事伊韦拉在日内瓦发表讲话。', 'name'],
  ['全市共有A级旅游景区85家，其中5A级景区3家。', '全市共有A级旅游景区85家，其中4A级景区3家。', 'number'],
  ['她从事社区工作已有十余年。她说，能为居民办实事，心里很踏实。', '她从事社区工作已有十余年。', 'omission'],
  ['记者了解到，这条线路预计年底前开通运营。', '记者了解到,这条线路预计年底前开通运营。', 'none'],
  ['在福建省宁德市霞浦县，渔民们正忙着收获海带。', '在福建省宁德市霞甫县，渔民们正忙着收获海带。', 'name'],
  // Round eleven, wording next to names, titles, places and numbers (are the name rules too
  // eager?): 22/25 at first run. Misses: 告诉记者 / 对记者说 split in two and one half taken for a
  // person after 女士 (a preposition opens no name now, and a word moved around a two-character
  // word is one rewording), 进展顺利 / 有序推进 split around 进, and a one-line page too short for
  // the finder to take as a story (lengthened here).
  ['江苏省南京市鼓楼区持续推进老旧小区改造。', '江苏省南京市鼓楼区加快推进老旧小区改造。', 'wording'],
  ['村党支部书记王建国带领村民发展特色产业。', '村党支部书记王建国带动村民发展特色产业。', 'wording'],
  ['市民张女士告诉记者，现在办事方便多了。', '市民张女士对记者说，现在办事方便多了。', 'wording'],
  ['中国队在比赛中表现出色，最终获得亚军。', '中国队在比赛中发挥出色，最终获得亚军。', 'wording'],
  ['国家统计局发布的数据显示，消费市场持续回暖。', '国家统计局发布的数据表明，消费市场持续回暖。', 'wording'],
  ['北京市海淀区的一所小学开展了科普活动。', '北京市海淀区的一所小学举办了科普活动。', 'wording'],
  ['长江流域多地迎来强降雨，防汛形势严峻。', '长江流域多地出现强降雨，防汛形势严峻。', 'wording'],
  ['被告人当庭认罪悔罪，法院依法从轻判处。', '被告人当庭认罪，法院依法从轻判处。', 'wording'],
  ['该公司相关负责人表示，将积极配合调查。', '该公司有关负责人表示，将积极配合调查。', 'wording'],
  ['列车在郑州东站停靠时，乘客有序上下车。', '列车在郑州东站停靠时，旅客有序上下车。', 'wording'],
  ['联合国秘书长古特雷斯对此表示欢迎。', '联合国秘书长古特雷斯对此表示赞赏。', 'wording'],
  ['浙江大学的研究团队在国际期刊上发表了论文。', '浙江大学的科研团队在国际期刊上发表了论文。', 'wording'],
  ['在湖南长沙，橘子洲景区游人如织。', '在湖南长沙，橘子洲景区游客如织。', 'wording'],
  ['专业合作社带动周边农户增收致富。', '专业合作社带领周边农户增收致富。', 'wording'],
  ['外交部发言人毛宁说，中方对此高度关注。', '外交部发言人毛宁说，中方对此密切关注。', 'wording'],
  ['神舟二十号乘组状态良好，各项工作进展顺利。', '神舟二十号乘组状态良好，各项工作有序推进。', 'wording'],
  ['他是土生土长的本地人，对这片土地有着深厚感情。', '他是土生土长的当地人，对这片土地有着深厚感情。', 'wording'],
  ['今天上午，全县经济工作会议召开，会议由县委副书记主持。', '今天上午，全县经济工作会议召开，会议由县委书记主持。', 'wording'],
  ['据悉，该项目总投资约20亿元。', '据了解，该项目总投资约20亿元。', 'wording'],
  ['广州、深圳、佛山等地相继出台支持政策。', '广州、深圳、佛山等城市相继出台支持政策。', 'wording'],
  ['老人们在社区食堂吃上了热乎饭。老人们说，饭菜合口味，价格也实惠。', '老人们在社区食堂吃上了热乎饭。', 'omission'],
  ['“我们一定把这件事办好。”李明说。', '“我们一定把这件事办好！”李明说。', 'punctuation'],
  ['记者从上海市交通委获悉，地铁运营时间将延长。', '记者从上海市交通委了解到，地铁运营时间将延长。', 'wording'],
  ['甘肃省天水市麦积区的花牛苹果畅销全国。', '甘肃省天水市麦积区的花牛苹果销往全国。', 'wording'],
  ['世界卫生组织发布的报告称，全球疫苗接种率有所回升。', '世界卫生组织发布的报告指出，全球疫苗接种率有所回升。', 'wording'],
  // Round thirteen, culture, science, business and law: 17/20 at first run. Fixed: numerals
  // inside a work's title (《千里江山图》), a broadcaster's abbreviated name before 台.
  ['电影《哪吒之魔童闹海》上映以来票房持续攀升。', '电影《哪吒之魔童闹海》上映以来票房不断攀升。', 'wording'],
  ['歌手周深在晚会上演唱了这首歌曲。', '歌手周森在晚会上演唱了这首歌曲。', 'name'],
  ['研究人员在当地发现了一种新的兰科植物，将其命名为“墨脱石斛”。', '研究人员在当地发现了一种新的兰科植物，将其命名为“墨脱石槲”。', 'name'],
  ['小米SU7 Ultra上市首日订单突破一万台。', '小米SU7 Ultra上市首日订单突破两万台。', 'number'],
  ['根据《中华人民共和国刑法》第二百六十四条，其行为已构成盗窃罪。', '根据《中华人民共和国刑法》第二百六十三条，其行为已构成盗窃罪。', 'number'],
  ['云南省迪庆藏族自治州香格里拉市的松赞林寺游客不断。', '云南省迪庆藏族自治州香格里拉市的松赞林寺游客不绝。', 'wording'],
  ['“蛟龙”号载人潜水器完成了第300次下潜。', '“蛟龙”号载人潜水器完成了第200次下潜。', 'number'],
  ['该剧改编自作家刘慈欣的同名小说。', '该剧改编自作家刘慈新的同名小说。', 'name'],
  ['中芯国际发布公告称，公司第三季度营收环比增长7.8%。', '中芯国际发布公告称，公司第三季度营收环比增长8.7%。', 'number'],
  ['中国科学院古脊椎动物与古人类研究所的专家参与了鉴定。', '中国科学院古脊椎动物与古人类研究院的专家参与了鉴定。', 'name'],
  ['患者被确诊为急性心肌梗死，医生立即为其实施了手术。', '患者被确诊为急性心梗，医生立即为其实施了手术。', 'wording'],
  ['原副市长李某因受贿罪被判处有期徒刑八年。', '原副市长李某因受贿罪被判处有期徒刑六年。', 'number'],
  ['故宫博物院将于下月推出《千里江山图》特展。', '故宫博物院将于下月推出《万里江山图》特展。', 'name'],
  ['这部纪录片由中央广播电视总台制作。', '这部纪录片由中央电视台制作。', 'name'],
  ['比赛中，王曼昱以4∶1击败对手，晋级女单四强。', '比赛中，王曼玉以4∶1击败对手，晋级女单四强。', 'name'],
  ['全国政协委员、中国工程院院士钟南山在会上发言。', '全国政协委员、中国工程院院士钟楠山在会上发言。', 'name'],
  ['华为Mate 70系列手机搭载了自研芯片。', '华为Mate 70系列手机搭载了自主研发的芯片。', 'wording'],
  ['据中国地震台网正式测定，地震造成部分房屋受损。', '据中国地震台网正式测定，地震造成部分房屋损毁。', 'wording'],
  ['该校学生在第十届全国大学生数学竞赛中获得一等奖。', '该校学生在第十届全国大学生物理竞赛中获得一等奖。', 'name'],
  // Round fourteen, mixed: 15/18 at first run. Fixed: names of a list that 等人 closes.
  ['获奖者张海峰、李秀兰、王德明等人上台领奖。', '获奖者张海峰、李秀兰、王德民等人上台领奖。', 'name'],
  ['在四川省凉山彝族自治州昭觉县，悬崖村的村民搬进了新居。', '在四川省凉山彝族自治州昭觉县，悬岩村的村民搬进了新居。', 'name'],
  ['当天，全市最高气温达到39.6摄氏度，刷新了6月份的历史纪录。', '当天，全市最高气温达到36.9摄氏度，刷新了6月份的历史纪录。', 'number'],
  ['该市新能源汽车产量占全省的三分之一。', '该市新能源汽车产量占全省的四分之一。', 'number'],
  ['他表示，将认真听取各方面的意见和建议。', '他表示，将认真听取各方面意见和建议。', 'wording'],
  ['日前，国务院办公厅印发《关于进一步优化营商环境的意见》。', '日前，国务院办公厅印发《关于进一步优化营商环境的若干意见》。', 'name'],
  ['重庆市渝中区解放碑步行街人流如织。', '重庆市渝中区解放碑步行街人潮涌动。', 'wording'],
  ['公安机关已对犯罪嫌疑人陈某依法采取刑事强制措施。', '公安机关已对犯罪嫌疑人程某依法采取刑事强制措施。', 'name'],
  ['“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。', '“十四五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。', 'number'],
  ['这个冬天，哈尔滨冰雪大世界接待游客超过270万人次。', '这个冬天，哈尔滨冰雪大世界接待游客超过207万人次。', 'number'],
  ['上海交通大学医学院附属瑞金医院专家指出，要警惕流感与新冠叠加感染。', '上海交通大学医学院附属瑞金医院专家指出，要警惕流感和新冠叠加感染。', 'wording'],
  ['河北雄安新区启动区的建设正加速推进。', '河北雄安新区起步区的建设正加速推进。', 'name'],
  ['俄罗斯总统普京在克里姆林宫会见了来访的客人。', '俄罗斯总统普京在克里姆宫会见了来访的客人。', 'name'],
  ['截至目前，该省已累计建成高标准农田5000多万亩。', '截至目前，该省已累计建成高标准农田5000万亩。', 'number'],
  ['赛后，苏炳添说：“我还会继续跑下去。”', '赛后，苏炳添说：“我还会继续跑下去！”', 'punctuation'],
  ['村里的“稻渔共生”模式让农民每亩多收入2000元。', '村里的“稻鱼共生”模式让农民每亩多收入2000元。', 'name'],
  // Round sixteen, mixed: 16/18 at first run. The dropped clause ，发射任务获得圆满成功 was labelled
  // omission at first; DESIGN.md's omission is a whole sentence or more, so the label is wording.
  ['湖南省株洲市醴陵市的陶瓷企业订单饱满。', '湖南省株洲市醴陵市的陶瓷企业订单充足。', 'wording'],
  ['湖南省株洲市醴陵市的陶瓷企业订单饱满。', '湖南省株州市醴陵市的陶瓷企业订单饱满。', 'name'],
  ['参加活动的还有市委常委、宣传部部长周红梅。', '参加活动的还有市委常委、宣传部部长周洪梅。', 'name'],
  ['中国人民解放军南部战区组织海空兵力开展联合巡航。', '中国人民解放军东部战区组织海空兵力开展联合巡航。', 'name'],
  ['这艘万吨级驱逐舰“南昌舰”已服役五年。', '这艘万吨级驱逐舰“南昌舰”已服役三年。', 'number'],
  ['辽宁舰编队在西太平洋海域开展训练。', '山东舰编队在西太平洋海域开展训练。', 'name'],
  ['受冷空气影响，新疆北部、内蒙古东部将出现大风降温天气。', '受冷空气影响，新疆北部、内蒙古东部将出现大风降温过程。', 'wording'],
  ['教育部近日公布了第二批国家级一流本科课程名单。', '教育部近日公布了第三批国家级一流本科课程名单。', 'number'],
  ['北京师范大学教授刘坚表示，要重视学生的全面发展。', '北京师范大学教授刘建表示，要重视学生的全面发展。', 'name'],
  ['全省共有各类养老机构2150家，床位18.7万张。', '全省共有各类养老机构2150家，床位17.8万张。', 'number'],
  ['港珠澳大桥旅检口岸今年出入境人员已突破1000万人次。', '港珠澳大桥旅检口岸今年出入境人员已突破100万人次。', 'number'],
  ['在广东省湛江市徐闻县，菠萝迎来丰收季。', '在广东省湛江市徐闻县，凤梨迎来丰收季。', 'wording'],
  ['日本首相高市早苗在国会发表演说。', '日本首相高市早田在国会发表演说。', 'name'],
  ['该院院长、主任医师黄晓军带领团队完成了这项研究。', '该院院长、主任医师黄小军带领团队完成了这项研究。', 'name'],
  ['卫星发射升空后，顺利进入预定轨道，发射任务获得圆满成功。', '卫星发射升空后，顺利进入预定轨道。', 'wording'],
  ['这一成果发表在国际学术期刊《自然》上。', '这一成果发表在国际学术期刊《科学》上。', 'name'],
  ['2025年中央一号文件提出，要持续增加农民收入。', '2024年中央一号文件提出，要持续增加农民收入。', 'number'],
  // Round seventeen, mixed: 14/14 at first run.
  ['新华社兰州8月2日电 甘肃省敦煌研究院2日发布消息，莫高窟第220窟壁画修复工作完成。', '新华社兰州8月2日电 甘肃省敦煌研究院2日发布消息，莫高窟第202窟壁画修复工作完成。', 'number'],
  ['新华社兰州8月2日电 甘肃省敦煌研究院2日发布消息，莫高窟第220窟壁画修复工作完成。', '新华社兰州8月2日电 甘肃省敦煌研究所2日发布消息，莫高窟第220窟壁画修复工作完成。', 'name'],
  ['研究院副院长苏伯民介绍，修复团队历时三年完成了这项工作。', '研究院副院长苏柏民介绍，修复团队历时三年完成了这项工作。', 'name'],
  ['研究院副院长苏伯民介绍，修复团队历时三年完成了这项工作。', '研究院副院长苏伯民介绍，修复团队历时两年完成了这项工作。', 'number'],
  ['当地政府投入专项资金，改善了景区周边的交通条件。', '当地政府投入专项资金，改善了景区周围的交通条件。', 'wording'],
  ['今年1至7月，海关总署数据显示我国货物贸易进出口总值24.65万亿元。', '今年1至7月，海关总署数据显示我国货物贸易进出口总值24.56万亿元。', 'number'],
  ['在黑龙江省佳木斯市抚远市，黑瞎子岛迎来旅游旺季。', '在黑龙江省佳木斯市抚远市，黑瞎子岛迎来旅游高峰。', 'wording'],
  ['在黑龙江省佳木斯市抚远市，黑瞎子岛迎来旅游旺季。', '在黑龙江省佳木斯市富远市，黑瞎子岛迎来旅游旺季。', 'name'],
  ['中国海警局新闻发言人刘德军表示，中国海警依法开展维权执法。', '中国海警局新闻发言人刘德君表示，中国海警依法开展维权执法。', 'name'],
  ['“这里的空气好，水也甜。”来自广州的游客林小姐说。', '“这里的空气好，水也甜。”来自深圳的游客林小姐说。', 'name'],
  ['预计今年全省夏粮产量将达到300亿斤以上。', '预计今年全省夏粮产量将达到300亿斤左右。', 'wording'],
  ['他指出，要坚持以人民为中心的发展思想。', '他强调，要坚持以人民为中心的发展思想。', 'wording'],
  ['武汉大学测绘学院教授李德仁团队研发了这套系统。', '武汉大学测绘学院教授李德仁团队研制了这套系统。', 'wording'],
  ['据中央气象台预报，今年第12号台风“贝碧嘉”将于今晚登陆。', '据中央气象台预报，今年第12号台风“贝碧佳”将于今晚登陆。', 'name'],
  // Round nineteen, mixed: 15/16 at first run; fixed: one quoted character is emphasis, not a name (“活”/“动”).
  ['山西省大同市云冈石窟研究院发布了最新的数字化成果。', '山西省大同市云岗石窟研究院发布了最新的数字化成果。', 'name'],
  ['该院共完成了45个洞窟的三维数据采集。', '该院共完成了54个洞窟的三维数据采集。', 'number'],
  ['院长杭侃表示，数字化让文物“活”起来。', '院长杭侃表示，数字化让文物“动”起来。', 'wording'],
  ['海南省三亚市崖州湾科技城吸引了一批种业企业落户。', '海南省三亚市涯州湾科技城吸引了一批种业企业落户。', 'name'],
  ['这款国产大飞机C919已累计运送旅客超过100万人次。', '这款国产大飞机C929已累计运送旅客超过100万人次。', 'number'],
  ['在浙江省湖州市安吉县余村，竹林经济让村民鼓起了钱袋子。', '在浙江省湖州市安吉县余村，竹林经济让村民富起了钱袋子。', 'wording'],
  ['在浙江省湖州市安吉县余村，竹林经济让村民鼓起了钱袋子。', '在浙江省湖州市安吉县徐村，竹林经济让村民鼓起了钱袋子。', 'name'],
  ['国家电网有限公司董事长张智刚出席签约仪式。', '国家电网有限公司董事长张志刚出席签约仪式。', 'name'],
  ['该店推出的“酸汤鱼”成为网红菜品。', '该店推出的“酸汤鲤”成为网红菜品。', 'name'],
  ['今年以来，全市共办理涉企行政许可事项1.6万件。', '今年以来，全市共办理涉企行政许可事项1.6万余件。', 'number'],
  ['他强调，要扎实做好安全生产各项工作。', '他强调，要切实做好安全生产各项工作。', 'wording'],
  ['新疆喀什地区塔什库尔干塔吉克自治县的牧民开始转场。', '新疆喀什地区塔什库尔干塔吉克自治县的牧民开始迁徙。', 'wording'],
  ['新疆喀什地区塔什库尔干塔吉克自治县的牧民开始转场。', '新疆喀什地区塔什库尔甘塔吉克自治县的牧民开始转场。', 'name'],
  ['发布会上，省卫生健康委副主任吴建平通报了有关情况。', '发布会上，省卫生健康委副主任吴建萍通报了有关情况。', 'name'],
  ['该项目预计明年6月底前完工。', '该项目预计明年9月底前完工。', 'number'],
  ['“孩子们的笑脸就是最好的回报。”支教老师宋佳琪说。她已经在这里坚持了六年。', '“孩子们的笑脸就是最好的回报。”支教老师宋佳琪说。', 'omission'],
  // Checks written after round twenty-one, passing at first run: titles changed beside a name stay
  // wording, an ordinal session is a number, approximate and written-out numbers.
  ['国务院副总理何立峰出席开幕式并致辞。', '国务院总理何立峰出席开幕式并致辞。', 'wording'],
  ['市委书记张明主持召开专题会议，研究部署相关工作。', '市委副书记张明主持召开专题会议，研究部署相关工作。', 'wording'],
  ['第十四届全国人民代表大会第三次会议在北京开幕。', '第十四届全国人民代表大会第二次会议在北京开幕。', 'number'],
  ['中国科学院院士、清华大学教授薛其坤获得该奖项。', '中国科学院院士、北京大学教授薛其坤获得该奖项。', 'name'],
  ['项目建设周期为两年，预计明年底完工投入使用。', '项目建设周期为2年，预计明年底完工投入使用。', 'number'],
  ['全县有近百名志愿者参与了这次清理行动。', '全县有近千名志愿者参与了这次清理行动。', 'number'],
  ['目前，已有数十家企业签约入驻产业园区。', '目前，已有数百家企业签约入驻产业园区。', 'number'],
  ['活动期间，全市共接待游客一百二十万人次。', '活动期间，全市共接待游客120万人次。', 'number'],
  ['他在这个岗位上已经坚守了整整三十年。', '他在这个岗位上已经坚守了整整二十年。', 'number'],
];

/**
 * Former known misses, fixed by general rules: a project's name between its place and its head
 * (a river before 江 is a place), an athlete the story names again as the one who acts, and a
 * foreign place after its country, a craft named before its kind.
 */
export const FIXED_MISSES: readonly WirePair[] = [
  ['长江三峡水利枢纽工程是世界上规模最大的水电站。', '长江三峡水力枢纽工程是世界上规模最大的水电站。', 'name'],
  ['巴黎奥运会女子10米跳台决赛中，全红婵夺得金牌。赛后，全红婵说，她会继续努力。', '巴黎奥运会女子10米跳台决赛中，全红蝉夺得金牌。赛后，全红婵说，她会继续努力。', 'name'],
  // Round seven's spacecraft module, named by two characters before its kind (天和核心舱).
  ['梦天实验舱与天和核心舱顺利完成对接。', '梦天实验舱与天合核心舱顺利完成对接。', 'name'],
  // Round seven's foreign city whose transliteration holds a character outside the tables (热 of
  // 里约热内卢): a run mostly of transliteration characters right after its country.
  ['金砖国家外长会晤在巴西里约热内卢举行。', '金砖国家外长会晤在巴西里约热内芦举行。', 'name'],
];

/**
 * English wire sentences in AP style and their reprints (round six: 15/17 at first run; the misses
 * were 3.9% / 3.9 percent and White House / white house split in two flags).
 */
export const ENGLISH_WIRE_PAIRS: readonly WirePair[] = [
  ['Sen. Elizabeth Warren, D-Mass., said the bill would help families.', 'Sen. Elizabeth Waren, D-Mass., said the bill would help families.', 'name'],
  ['The state will spend $5 million on the project.', 'The state will spend $5 billion on the project.', 'number'],
  ['Unemployment fell to 3.9% in March.', 'Unemployment fell to 3.9 percent in March.', 'number'],
  ['Rep. John Smith, R-Texas, voted against the measure.', 'Rep. Jon Smith, R-Texas, voted against the measure.', 'name'],
  ['The storm made landfall Tuesday near Tampa, Florida.', 'The storm made landfall Wednesday near Tampa, Florida.', 'number'],
  ['"We are going to rebuild," the mayor said.', '"We are going to rebuild," the mayor says.', 'wording'],
  ['She is a well-known author of children\'s books.', 'She is a well known author of children\'s books.', 'punctuation'],
  ['The vote — expected next week — could be delayed.', 'The vote -- expected next week -- could be delayed.', 'none'],
  ['Reporters waited outside the White House for hours.', 'Reporters waited outside the white house for hours.', 'name'],
  ['The plane landed in Anchorage, Alaska, on Sunday.', 'The plane landed in Anchorge, Alaska, on Sunday.', 'name'],
  ['Microsoft Corp. said it would hire 2,000 engineers.', 'Microsoft Corp. said it would hire 2,500 engineers.', 'number'],
  ['The senator declined to comment.', 'The senator refused to comment.', 'wording'],
  ['The game was postponed. Officials said the field was flooded.', 'The game was postponed.', 'omission'],
  ['The law takes effect on Jan. 5, 2024.', 'The law takes effect on Jan. 15, 2024.', 'number'],
  ['The Golden State Warriors beat the Boston Celtics 112-104.', 'The Golden State Warriors beat the Boston Celtics 112-107.', 'number'],
  ['Some 5 million people were without power.', 'Some five million people were without power.', 'number'],
  ['Dr. Anthony Fauci testified before the committee.', 'Dr. Anthony Fauchi testified before the committee.', 'name'],
  // Round seven: 12/12 at first run.
  ['Gov. Gavin Newsom signed the measure on Thursday.', 'Gov. Gavin Newson signed the measure on Thursday.', 'name'],
  ['The company reported revenue of $12.4 billion for the quarter.', 'The company reported revenue of $14.2 billion for the quarter.', 'number'],
  ['Officials said the fire had burned about 2,400 acres.', 'Officials say the fire had burned about 2,400 acres.', 'wording'],
  ['The suspect was taken to Cook County Jail.', 'The suspect was taken to Cook Country Jail.', 'name'],
  ['The team, which plays in Denver, won its third straight game.', 'The team, which plays in Denver won its third straight game.', 'punctuation'],
  ['About 40% of voters backed the proposal.', 'About 14% of voters backed the proposal.', 'number'],
  ['The hearing is scheduled for Oct. 12.', 'The hearing is scheduled for Oct. 21.', 'number'],
  ['He was born in Lagos, Nigeria, and moved to London in 2010.', 'He was born in Lagos, Niger, and moved to London in 2010.', 'name'],
  ['The bill passed the House 218-214.', 'The bill passed the House 218-212.', 'number'],
  ['Police said the driver was not injured. The crash remains under investigation.', 'Police said the driver was not injured.', 'omission'],
  ['The museum will reopen to the public next spring.', 'The museum will reopen to visitors next spring.', 'wording'],
  ['Secretary of State Marco Rubio arrived in Tokyo.', 'Secretary of State Mario Rubio arrived in Tokyo.', 'name'],
  // Round eight: 9/9 at first run.
  ['Kansas City Chiefs quarterback Patrick Mahomes threw for 320 yards.', 'Kansas City Chiefs quarterback Patrick Mahomes threw for 230 yards.', 'number'],
  ['The Federal Reserve held interest rates steady on Wednesday.', 'The Federal Reserve kept interest rates steady on Wednesday.', 'wording'],
  ['Former President Jimmy Carter died at his home in Plains, Georgia.', 'Former President Jimmy Carter died at his home in Plain, Georgia.', 'name'],
  ['The wildfire forced the evacuation of nearly 30,000 residents.', 'The wildfire forced the evacuation of nearly 13,000 residents.', 'number'],
  ['"It was terrifying," said Maria Lopez, 54, who lives nearby.', '"It was terrifying," said Maria Lopez, 45, who lives nearby.', 'number'],
  ['The agency said the recall affects about 1.2 million vehicles.', 'The agency said the recall affects about 1.2 million cars.', 'wording'],
  ['Prime Minister Keir Starmer met with European leaders in Brussels.', 'Prime Minister Keir Stamer met with European leaders in Brussels.', 'name'],
  ['The lawsuit was filed in U.S. District Court in Manhattan.', 'The lawsuit was filed in U.S. District Court in Brooklyn.', 'name'],
  ['Rescuers worked through the night; by dawn, 12 people had been found.', 'Rescuers worked through the night, by dawn, 12 people had been found.', 'punctuation'],
  // Round eleven: 8/8 at first run.
  ['The Senate approved the bill late Thursday.', 'The Senate passed the bill late Thursday.', 'wording'],
  ['Mayor Karen Bass said the city would appeal.', 'Mayor Karen Bass said the city will appeal.', 'wording'],
  ['The White House declined to comment on the report.', 'The White House did not comment on the report.', 'wording'],
  ['Apple shares rose sharply in early trading.', 'Apple shares climbed sharply in early trading.', 'wording'],
  ['In Chicago, temperatures fell below zero overnight.', 'In Chicago temperatures fell below zero overnight.', 'punctuation'],
  ['Officials in Texas warned residents to conserve water.', 'Officials in Texas urged residents to conserve water.', 'wording'],
  ['Police said the suspect fled on foot.', 'Police said the suspect ran away on foot.', 'wording'],
  ['The Supreme Court heard arguments in the case on Monday.', 'The Supreme Court heard arguments in the case Monday.', 'wording'],
  // Round twelve, AP style in detail: 12/18 at first run. Misses: stops, apostrophes and hyphens
  // moved inside a word (U.S. / US, p.m. / pm, J.D. / JD, O'Brien / OBrien) read as names or
  // wording, and a changed initial (John F. / E. Kennedy) or party (R-Fla. / D-Fla.) as wording.
  ['The fire started near Paradise, Calif., on Tuesday morning.', 'The fire started near Paradise, California, on Tuesday morning.', 'name'],
  ['The meeting begins at 7 p.m. in the school gym.', 'The meeting begins at 7 pm in the school gym.', 'punctuation'],
  ['The U.S. economy added jobs for the ninth straight month.', 'The US economy added jobs for the ninth straight month.', 'punctuation'],
  ['Police arrested 10 people after the protest.', 'Police arrested ten people after the protest.', 'number'],
  ['She thanked her co-workers for their support.', 'She thanked her coworkers for their support.', 'punctuation'],
  ['The bill was sponsored by Rep. Maria Salazar, R-Fla.', 'The bill was sponsored by Rep. Maria Salazar, D-Fla.', 'name'],
  ['Vice President JD Vance spoke at the rally.', 'Vice President J.D. Vance spoke at the rally.', 'punctuation'],
  ['The plan was first proposed by John F. Kennedy.', 'The plan was first proposed by John E. Kennedy.', 'name'],
  ['Tourism in New York City rebounded last year.', 'Tourism in New York rebounded last year.', 'name'],
  ['The Cardinals play their home games in St. Louis.', 'The Cardinals play their home games in Saint Louis.', 'name'],
  ['The agency said it would review the policy.', 'The agency said it will review the policy.', 'wording'],
  ['The company cut 1,200 jobs, or about 8% of its workforce.', 'The company cut 1,200 jobs, or about 18% of its workforce.', 'number'],
  ['Her attorney, Mark Geragos, did not return a call seeking comment.', 'Her lawyer, Mark Geragos, did not return a call seeking comment.', 'wording'],
  ['The storm dumped 14 inches of rain on Houston.', 'The storm dumped 14 inches of rain on Huston.', 'name'],
  ['Shares of Tesla Inc. fell 4% on Monday.', 'Shares of Tesla Inc. fell 4% Monday.', 'wording'],
  ['"We will rebuild," he said. "This town is strong."', '"We will rebuild," he said.', 'omission'],
  ['The study, published in the journal Nature, tracked 2,000 patients.', 'The study, published in the journal Science, tracked 2,000 patients.', 'name'],
  ['O\'Brien was hired as head coach in 2021.', 'OBrien was hired as head coach in 2021.', 'punctuation'],
  // Round sixteen: 7/8 at first run; fixed: a compound written closed or open (cyberattack).
  ['NEW DELHI (AP) — India\'s Prime Minister Narendra Modi inaugurated the new airport on Sunday.', 'NEW DELHI (AP) — India\'s Prime Minister Narendra Modi opened the new airport on Sunday.', 'wording'],
  ['The ship, carrying 3,400 passengers, docked in Miami.', 'The ship, carrying 3,400 passengers, docked in Tampa.', 'name'],
  ['The hurricane was downgraded to a Category 2 storm.', 'The hurricane was downgraded to a Category 3 storm.', 'number'],
  ['The measure now goes to Gov. Josh Shapiro, a Democrat.', 'The measure now goes to Gov. Josh Shapiro, a Republican.', 'name'],
  ['She won the 100-meter dash in 10.72 seconds.', 'She won the 100-meter dash in 10.27 seconds.', 'number'],
  ['The company said the outage was caused by a software update, not a cyberattack.', 'The company said the outage was caused by a software update, not a cyber attack.', 'punctuation'],
  ['Smith, who joined the team in 2019, scored twice.', 'Smith, who joined the team in 2019 scored twice.', 'punctuation'],
  ['The governor declared a state of emergency in 14 counties.', 'The governor declared a state of emergency in fourteen counties.', 'number'],
  // Round seventeen: 5/6 at first run; fixed: a relative day (Wednesday / midweek) is a date.
  ['ATLANTA (AP) — Delta Air Lines canceled about 400 flights Monday as storms moved through the Southeast.', 'ATLANTA (AP) — Delta Air Lines canceled about 4,000 flights Monday as storms moved through the Southeast.', 'number'],
  ['ATLANTA (AP) — Delta Air Lines canceled about 400 flights Monday as storms moved through the Southeast.', 'ATLANTA (AP) — Delta Airlines canceled about 400 flights Monday as storms moved through the Southeast.', 'name'],
  ['Passengers waited for hours at Hartsfield-Jackson Atlanta International Airport.', 'Passengers waited for hours at Hartsfield Jackson Atlanta International Airport.', 'punctuation'],
  ['"We apologize to our customers," the airline said in a statement.', '"We apologize to our customers," the airline said in a release.', 'wording'],
  ['Federal Aviation Administration data showed delays across the region.', 'Federal Aviation Agency data showed delays across the region.', 'name'],
  ['The airline expects to resume normal operations by Wednesday.', 'The airline expects to resume normal operations by midweek.', 'number'],
  // Round nineteen: 8/8 at first run.
  ['PHOENIX (AP) — Arizona recorded its 30th straight day of temperatures above 110 degrees on Sunday.', 'PHOENIX (AP) — Arizona recorded its 31st straight day of temperatures above 110 degrees on Sunday.', 'number'],
  ['The Maricopa County Medical Examiner\'s Office is investigating dozens of deaths.', 'The Maricopa County Medical Examiners Office is investigating dozens of deaths.', 'punctuation'],
  ['"Drink water, stay inside and check on your neighbors," Mayor Kate Gallego said.', '"Drink water, stay inside and check on your neighbors," Mayor Kate Gallegos said.', 'name'],
  ['Cooling centers will stay open around the clock through Friday.', 'Cooling centers will remain open around the clock through Friday.', 'wording'],
  ['The National Weather Service extended its excessive heat warning.', 'The National Weather Service extended an excessive heat warning.', 'wording'],
  ['Electricity demand hit a record 8,200 megawatts, Arizona Public Service said.', 'Electricity demand hit a record 8,020 megawatts, Arizona Public Service said.', 'number'],
  ['Electricity demand hit a record 8,200 megawatts, Arizona Public Service said.', 'Electricity demand hit a record 8,200 megawatts, Arizona Public Services said.', 'name'],
  ['Doctors said the heat is especially dangerous for older people.', 'Doctors said the heat is particularly dangerous for older people.', 'wording'],
  // A wire dateline or its credit dropped (1/3 at first run; fixed: it is an omission), and on
  // added before a weekday (wording).
  ['BOSTON (AP) — A powerful storm knocked out power to thousands of homes on Tuesday, officials said.', 'BOSTON — A powerful storm knocked out power to thousands of homes on Tuesday, officials said.', 'omission'],
  ['BOSTON (AP) — A powerful storm knocked out power to thousands of homes on Tuesday, officials said.', 'A powerful storm knocked out power to thousands of homes on Tuesday, officials said.', 'omission'],
  ['The storm knocked out power to thousands of homes Tuesday, officials said.', 'The storm knocked out power to thousands of homes on Tuesday, officials said.', 'wording'],
];
