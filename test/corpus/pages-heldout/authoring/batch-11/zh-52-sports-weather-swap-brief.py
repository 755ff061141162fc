# A Xinhua sports story (a rainy-day marathon in an invented Guangdong county) with a results list,
# weather figures and medical figures, four witnesses, four headlines: a county paper that prints it
# whole, with a second shared story (a cold-wave forecast) printed word for word as furniture on the
# web page too (not a site: it is outside both windows and reads alike); a sports paper that swaps two
# paragraphs, with its own edits inside the swapped ones (两人, 已经很满足) and elsewhere (2:11:25,
# 2:26:14, 3至4级); an evening paper that prints the story only as a brief among other briefs
# (headline and an edited lead: 7:30, 二十一个, 两万五千名, 源塘广场, a shortened transliterated
# name, 冒雨 dropped; the rest is one cut-tail omission); a web portal with CJK spacing (breadcrumbs,
# source/time line, share bar, copyright) with its own edits (times 2:11:18, transliterations
# 基普罗提奇/切蓬盖诺/梅赛莱特, 公西/公孙, 乐正雨桐/雨彤, 6℃至11℃/6℃～11℃, 第三名/第3名, 26/28个,
# 640/460名, 96.3%/93.6%, 第九/第9届, a dropped sentence).
STORY = """{w:漭川马拉松鸣枪 埃塞俄比亚选手夺冠|冷雨中跑完42公里|漭川马拉松开跑|2.5万人冒雨跑漭川马拉松}

新华社广州12月13日电（记者{n:栾小雨|栾小雨|栾小雨|栾晓雨}）2026漭川马拉松13日{u:7时30分|7时30分|7:30|7时30分}在漭川县{n:沅塘广场|沅塘广场|源塘广场|沅塘广场}鸣枪起跑，来自{u:21个|21个|二十一个|21个}国家和地区的{u:2.5万名|2.5万名|两万五千名|2.5万名}选手{w:冒雨|冒雨||冒雨}参赛。埃塞俄比亚选手{n:特斯法耶·格布雷梅丁|特斯法耶·格布雷梅丁|特斯法耶|特斯法耶·格布雷梅丁}以{u:2小时11分08秒|2小时11分08秒|2小时11分08秒|2小时11分18秒}获得男子全程冠军。

比赛当天，漭川县{w:遭遇|遭遇|遭遇|迎来}入冬以来{u:第二次|第二次|第二次|第2次}寒潮，气温在{p:6℃至11℃|6℃至11℃|6℃至11℃|6℃～11℃}之间，{w:起跑时|起跑时|起跑时|开赛时}雨势不小，风力{u:三至四级|3至4级|三至四级|三至四级}。

男子全程前三名：
特斯法耶·格布雷梅丁（埃塞俄比亚）　{u:2:11:08|2:11:08|2:11:08|2:11:18}
{n:约瑟夫·基普罗蒂奇|约瑟夫·基普罗蒂奇|约瑟夫·基普罗蒂奇|约瑟夫·基普罗提奇}（肯尼亚）　{u:2:11:52|2:11:25|2:11:52|2:11:52}
{n:公西浩然|公西浩然|公西浩然|公孙浩然}（中国）　2:13:40
女子全程前三名：
{n:露丝·切普恩盖诺|露丝·切普恩盖诺|露丝·切普恩盖诺|露丝·切蓬盖诺}（肯尼亚）　{u:2:26:41|2:26:14|2:26:41|2:26:41}
{n:梅塞雷特·阿莱穆|梅塞雷特·阿莱穆|梅塞雷特·阿莱穆|梅赛莱特·阿莱穆}（埃塞俄比亚）　2:27:05
{n:乐正雨桐|乐正雨桐|乐正雨桐|乐正雨彤}（中国）　{u:2:29:33|2:29:33|2:29:33|2:29:53}

获得男子第{u:三名|三名|三名|3名}的公西浩然是漭川本地人，这是他第四次参加家乡的马拉松。“{w:后半程|后半程|后半程|下半程}雨越下越大，鞋子{w:全湿透了|全湿透了|全湿透了|全湿了}，能跑进2小时14分{w:已经很满意|已经很满足|已经很满意|已经很满意}{p:。”|。”|。”|！”}

组委会介绍，全程设置医疗点{u:26个|26个|26个|28个}{p:、|、|、|，}{w:急救志愿者|急救志愿者|急救志愿者|医疗志愿者}{u:640名|640名|640名|460名}，赛中共有23名选手接受救治，其中{u:2人|两人|2人|2人}因失温送医观察，{w:目前均无大碍|目前均无大碍|目前均无大碍|均已无大碍}。

本届赛事完赛率为{u:96.3%|96.3%|96.3%|93.6%}{w:，比上届略低|，比上届略低|，比上届略低|}。{o:据测算，赛事带动全县住宿、餐饮消费约1.8亿元。|据测算，赛事带动全县住宿、餐饮消费约1.8亿元。|据测算，赛事带动全县住宿、餐饮消费约1.8亿元。|}

漭川马拉松创办于2016年，今年是第{u:九|九|九|9}届。组委会表示，明年起将{w:增设|增设|增设|新增}半程马拉松{w:项目|项目|项目|组别}{p:。|。|。|！}"""
WEATHER = '寒潮蓝色预警\n\n本报讯 据县气象台消息，受新一股冷空气影响，15日至17日全县将出现降温降雨天气，过程降温8℃至10℃，最低气温3℃，请注意防寒保暖。'
A = dict(key='mangchuan-daily-01',
    before='漭川日报\n2026年12月14日　星期一　第01版\n\n',
    after='\n\n（新华社）\n\n' + WEATHER + '\n\n本版编辑：黎明　校对：陈晖\n')
B = dict(key='nanfang-tiyu-bao-07', order=[0, 1, 2, 3, 5, 4, 6, 7],
    before='南方体育报\n2026年12月14日　第07版　路跑\n\n',
    after='\n\n（新华社）\n\n路跑日历\n12月20日　肇庆七星岩半程马拉松\n12月27日　韶关丹霞山越野赛\n\n本版编辑：谭锐\n')
C = dict(key='zhujiang-evening-a4', order=[0, 1],
    before='珠江晚报\n2026年12月14日　A4　简讯\n\n■ 地铁12号线试运行\n本报讯 地铁12号线13日开始空载试运行，预计明年春节前开通。\n\n■ ',
    after='\n\n■ 花市选址公布\n本报讯 今年迎春花市将在江边广场举行，共设摊位420个。\n\n本版编辑：何敏\n')
D = dict(key='web-yuebei-menhu', style=('space',),
    inside={0: '2026-12-13 15:38　来源：新华社'},
    before='粤北门户网\n首页 > 体育 > 路跑\n\n',
    after='\n\n分享：微信　微博\n\n' + WEATHER + '\n\n责任编辑：邓晴\n\n© 2026 粤北门户网\n')
WITNESSES = [A, B, C, D]
