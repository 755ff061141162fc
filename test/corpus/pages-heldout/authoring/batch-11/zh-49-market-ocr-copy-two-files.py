# A Xinhua story on winter vegetable prices at an invented Nanchang wholesale market, four
# witnesses, three headlines: one paper's story over two files (（下转第5版）/（上接第1版）) with other
# stories in both; an evening paper with its own edits that cuts the last paragraph (real
# differences in its last printed paragraph: 1.2万吨/12万吨, 4个/四个, 。/！) with an ad and an
# editor line right after; an OCR transcription of that same evening-paper page (hard wraps, half-width
# punctuation) that carries the paper's edits plus its own misreadings (戢/戟, 蛟/蚊, l/1, O/0); a news site with CJK spacing (breadcrumbs, source/time line, share bar, copyright) with its own
# edits and a dropped sentence and clause. The story carries a price list (元/公斤) with differences
# inside the list lines.
STORY = """{w:冬菜集中上市 菜价连降三周|冬菜扎堆上市 菜篮子“减负”|冬菜扎堆上市 菜篮子“减负”|南昌蔬菜批发价连续三周下降}

新华社南昌12月6日电（记者{n:戢晓楠|戢晓楠|戟晓楠|戢晓楠}）记者6日从{n:洪都农产品批发市场|洪都农产品批发市场|洪都农产品批发市场|洪都农批市场}了解到，随着本地冬菜集中上市，{u:11月中旬|11月中旬|11月中旬|11月下旬}以来，市场蔬菜批发均价已连续{u:三周|三周|三周|3周}下降。6日均价为每公斤3.42元，比{u:11月15日|11月15日|11月l5日|11月15日}下降{u:18.6%|18.6%|18.6%|16.8%}。

市场价格监测员{n:冮春燕|冮春燕|冮春燕|江春燕}介绍，本周上市量最大的是大白菜{p:、|，|，|、}萝卜和芥菜，{w:三样菜|三样菜|三样菜|这三种菜}的日交易量合计超过{u:1800吨|1800吨|18O0吨|1800吨}。

6日主要蔬菜批发价（元/公斤）：
大白菜　{u:1.26|1.26|1.26|1.62}
白萝卜　{u:1.08|1.08|1.O8|1.08}
芥菜　{u:2.35|2.53|2.53|2.35}
青椒　{u:6.80|6.80|6.80|7.60}
蒜苗　{u:9.40|9.40|9.4O|9.40}

{n:冮春燕|冮春燕|冮春燕|江春燕}说，今年{u:10月|10月|10月|9月}雨水偏少，本地菜上市比往年{u:早了一周左右|早了一周左右|早了一周左右|早了10天左右}，加上{w:外地菜|外地菜|外地菜|外省菜}运进量增加{u:两成|两成|两成|20%}，价格自然往下走。{o:一些菜农为了赶在春节前腾地种早稻秧，也在集中出货。|一些菜农为了赶在春节前腾地种早稻秧，也在集中出货。|一些菜农为了赶在春节前腾地种早稻秧，也在集中出货。|}

从零售端看，南昌市发展改革委监测的{u:12个|12个|l2个|12个}农贸市场，6日蔬菜零售均价为每公斤{u:5.86元|5.68元|5.68元|5.86元}，比批发价高出{u:七成左右|七成左右|七成左右|70%左右}{w:，主要是摊位费、运费和损耗|，主要是摊位费、运费和损耗|，主要是摊位费、运费和损耗|}。

在{n:蛟湖乡|蛟湖乡|蚊湖乡|蛟湖乡}{n:塘背村|塘背村|塘背村|塘北村}，菜农{n:缑建国|缑建国|缑建国|侯建国}种了{u:46亩|46亩|46亩|64亩}芥菜。他告诉记者{p:：|：|：|，}“今年亩产{u:三千多斤|三千多斤|三千多斤|3000多斤}，价钱{w:虽然低了|虽然低了|虽然低了|虽说低了}，{w:走量|走量|走量|量大}还能挣一些{p:。”|。”|。”|！”}

据介绍，为稳定冬春蔬菜供应，南昌已储备冬储菜{u:1.2万吨|12万吨|12万吨|1.2万吨}，并在主城区设立{u:4个|四个|四个|4个}平价蔬菜直销点，{u:每天7时至19时|每天7时至19时|每天7时至l9时|每天7时至19时}营业{p:。|！|！|。}

市场方面预计，{u:元旦|元旦|元旦|元旦}前后随着气温下降，叶菜价格可能小幅回升，但涨幅{w:预计|预计|预计|估计}不超过{u:一成|一成|一成|10%}。"""
A = dict(key='ganzhong-daily-p1',
    files=dict(after=3, out='\n\n（下转第5版）', key2='ganzhong-daily-p5',
        after1='\n\n赣江二桥夜间封闭施工\n\n本报讯 12月8日至15日每天23时至次日5时，赣江二桥封闭施工，请过往车辆绕行。\n\n━━━━━━━━━━━━━━━━\n今日导读\n3版 冬季用电高峰来了\n6版 鄱阳湖候鸟数量创新高\n',
        before2='赣中日报\n2026年12月7日　星期一\n第5版　经济\n\n养老金本月10日发放\n\n本报讯 市社保局表示，12月养老金将于10日前发放到位，请领取人留意到账短信。\n\n',
        inn='（上接第1版）'),
    before='赣中日报\n2026年12月7日　星期一\n第1版\n\n',
    after='\n\n（新华社）\n\n本版编辑：邹文　校对：袁方\n')
B = dict(key='poyang-evening-a6', order=[0, 1, 2, 3, 4, 5, 6, 7],
    before='鄱湖晚报\n2026年12月7日　A6　民生\n\n',
    after='\n\n广告\n老字号年货节　腊肉香肠现做现卖　地址：胜利路88号　电话：0791-86213390\n\n本版编辑：熊萌\n')
C = dict(key='ocr-poyang-evening-a6', order=[0, 1, 2, 3, 4, 5, 6, 7], style=('half',), wrap=22,
    before='鄱湖晚报\n2026年12月7日 A6 民生\n\n',
    after='\n\n广告\n老字号年货节 腊肉香肠现做现卖 地址:胜利路88号 电话:0791-8621339O\n\n本版编辑:熊萌\n')
D = dict(key='web-jiangxi-xinwen', style=('space',),
    inside={0: '2026-12-06 17:25　来源：新华社　作者：戢晓楠'},
    before='江西新闻网\n首页 > 财经 > 民生消费\n\n',
    after='\n\n分享到：微信　微博　QQ空间\n\n责任编辑：胡珊\n\n© 2026 江西新闻网 版权所有\n')
WITNESSES = [A, B, C, D]
