# A Xinhua obituary of an invented tea-breeding scientist (dates, ages, years of work), four
# witnesses, four headlines: a front page that jumps inside one file over neighbouring stories
# ((转A3) … (接A1)) with a pull quote repeating a sentence of the story; a digest weekly that
# abridges (a sentence and a paragraph dropped in the middle) with its own edits (60多年, 。”/！”);
# a Taiwan reprint in traditional characters (cn → tw, 「」 quotes; script and quotes are style) with
# its own edits (九十五岁, 十二个, 九个省份, 八十岁, 祁峰3号/祁峰8号 (a numeral inside a variety's name is
# a name), 皖南农科所, 太叔明辉/太叔明慧, a dropped clause); a news app that cuts the last paragraph, with real
# differences in its last printed paragraph, besides its own edits (1931年3月/5月, 篁坑/皇坑, 晁/朝,
# 黟云早/黟芸早, 380/308多万亩, 两三次/2至3次, 2019/2018年, a dropped clause).
STORY = """{w:茶树育种专家巫马振声逝世|茶树育种专家巫马振声逝世 享年95岁|“茶痴”巫马振声辞世|他在茶山上守了六十多年}

新华社合肥12月8日电（记者{n:禹婷|禹婷|禹婷|禹亭}）我国著名茶树育种专家、{n:皖南农业科学研究所|皖南农业科学研究所|皖南农科所|皖南农业科学研究所}研究员巫马振声，因病于12月7日{u:6时40分|6时40分|6时40分|6点40分}在合肥逝世，享年{u:95岁|95岁|九十五岁|95岁}。

巫马振声{u:1931年3月|1931年3月|1931年3月|1931年5月}出生于{n:黟北县|黟北县|黟北县|黟北县}{n:篁坑村|篁坑村|篁坑村|皇坑村}一个茶农家庭，{u:1955年|1955年|1955年|1955年}从农学院茶学系毕业后{w:回到家乡|回到家乡|回到家乡|回到故乡}，在茶山上一干就是{u:六十多年|60多年|六十多年|六十多年}。

他主持选育的{u:12个|12个|十二个|12个}茶树良种中，“{n:祁峰3号|祁峰3号|祁峰8号|祁峰3号}”和“{n:黟云早|黟云早|黟云早|黟芸早}”通过国家审定，在{u:9个省份|9个省份|九个省份|9个省份}累计推广{u:380多万亩|380多万亩|380多万亩|308多万亩}。{o:“黟云早”比一般品种早发芽一周左右，让皖南春茶能赶在清明前上市。||“黟云早”比一般品种早发芽一周左右，让皖南春茶能赶在清明前上市。|“黟云早”比一般品种早发芽一周左右，让皖南春茶能赶在清明前上市。}

同事{n:晁立群|晁立群|晁立群|朝立群}回忆，巫马振声{u:80岁|80岁|八十岁|80岁}以后仍坚持每周上山{u:两三次|两三次|两三次|2至3次}{w:，雨天也不例外|，雨天也不例外|，雨天也不例外|，刮风下雨也不例外}。他常说：“茶树不会说话，你得天天去看它{p:。”|。”|。”|！”}

{u:2019年|2019年|2019年|2018年}，年近九旬的他把{u:50万元|50万元|五十万元|50万元}积蓄{w:全部|全部|全部|}捐给家乡的小学，设立“{n:篁坑茶苗奖学金|篁坑茶苗奖学金|篁坑茶苗奖学金|皇坑茶苗奖学金}”，至今已资助学生{u:137人次|137人次|137人次|173人次}。

巫马振声逝世后，家人遵其遗愿，{w:丧事从简|丧事从简|丧事从简|丧事简办}{w:，不举行遗体告别仪式|，不举行遗体告别仪式||，不举行遗体告别仪式}。他的骨灰将撒在他工作了{u:半个多世纪|半个多世纪|半个多世纪|50多年}的{w:试验茶园|试验茶园|试验茶园|试验茶场}{p:。|。|。|！}

巫马振声的学生、现任所长{n:太叔明辉|太叔明辉|太叔明慧|太叔明辉}说，所里已有{u:3个|3个|3个|三个}新品系进入区域试验，“老师没看完的，我们{w:接着|接着|接着|接着}看下去{p:。”|。”|！”|。”}"""
A = dict(key='wannan-daily-a1',
    inside={4: '“茶树不会说话，你得天天去看它。”\n——巫马振声'},
    jump=dict(after=3, out='\n\n（转A3）',
        middle='黄山景区冬季门票半价\n\n本报讯 12月10日至明年2月底，黄山风景区门票实行半价优惠。\n\n（责任编辑：程雯）\n\n━━━━━━━━━━━━━━━━━━━━\n\nA3 要闻\n\n新安江冬季补水启动\n\n本报讯 新安江水库8日起加大下泄流量，保障下游冬季供水。',
        inn='\n\n（接A1）'),
    before='皖南日报\n2026年12月9日 星期三 A1 今日8版\n\n',
    after='\n\n（新华社）\n\n本版编辑：汪洋　校对：方圆\n')
C = dict(key='tw-chaye-ribao-a9', style=('tradtw', 'cjkquotes'),
    before='茶業日報\n2026年12月9日　星期三　A9　兩岸\n\n',
    after='\n\n（新華社）\n\n冬茶競賽 凍頂烏龍奪特等獎\n\n【本報訊】鹿谷鄉冬茶比賽昨日揭曉，特等獎每斤拍出新台幣12萬元。\n')
B = dict(key='jianghuai-wenzhai-p6', order=[0, 1, 2, 3, 4, 6, 7],
    before='江淮文摘\n2026年12月14日　第6版　人物\n\n',
    after='\n\n（摘自新华社）\n\n本版编辑：吴悠\n')
D = dict(key='app-huizhou-xinwen', order=[0, 1, 2, 3, 4, 5, 6],
    inside={0: '来源：新华社　2026-12-08 11:52　阅读 3.6万'},
    before='徽州新闻\n要闻 > 人物\n\n',
    after='\n\n点赞 1268　评论 86\n\n相关阅读\n· 黄山茶农迎来冬季管护期\n· 皖南春茶有望提前上市\n')
WITNESSES = [A, B, C, D]
