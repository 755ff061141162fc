# A Xinhua agriculture story (a super-rice yield test on an invented Hubei county's demonstration
# plot), four witnesses, four headlines: a front page with the whole story; an OCR transcription of
# an evening paper's page (half-width punctuation, hard wraps) with that paper's own edits and
# misreadings (桓/机, l/1, O/0, 己/已 in a common word, 塝/磅); a Taiwan reprint (cn → tw) with its own
# edits that cuts the last two paragraphs, with real differences in its last printed paragraph and an
# ad right after; a news site with CJK spacing (breadcrumbs, source/time line, share bar, copyright)
# with its own edits. Yields, fractions, percentages, 成, Chinese numerals, a variety name with a numeral.
STORY = """{w:超级稻“楚粳9号”百亩示范片测产 亩产1156.3公斤|蕲阳超级稻亩产创新高|超级稻亩产突破一千一百公斤|蕲阳百亩超级稻亩产超1150公斤}

新华社武汉10月9日电（记者{n:桓明轩|恒明轩|桓明轩|桓明轩}）9日，专家组对湖北省蕲阳县{n:桃花塝村|桃花磅村|桃花塝村|桃花塝村}的超级稻“{n:楚粳9号|楚粳9号|楚粳9号|楚粳6号}”百亩示范片进行现场测产，平均亩产{u:1156.3公斤|1l56.3公斤|1156.3公斤|1156.3公斤}，比当地常规品种增产{u:三成以上|三成以上|30%以上|三成以上}。

测产专家组由{u:7名|7名|七名|7名}专家组成，组长是{n:鄂东农业科学院|鄂东农业科学院|鄂东农科院|鄂东农业科学院}研究员{n:郐振宇|郐振宇|郐振宇|邻振宇}。专家组随机抽取{u:3块|3块|3块|三块}田，每块田收割面积不少于{u:1亩|l亩|1亩|1亩}，现场脱粒{p:、|、|、|，}称重，并测定含水量和杂质率。

据介绍，“楚粳9号”由鄂东农业科学院历时{u:八年|八年|八年|8年}选育，具有抗倒伏、耐高温等特点。今年7月下旬，当地连续{u:12天|l2天|十二天|12天}最高气温超过38℃，{w:示范片的结实率仍保持在|示范片的结实率仍保持在|示范片结实率仍达|示范片的结实率仍保持在}{u:91%|9l%|91%|91%}左右{w:，没有出现明显的高温热害|，没有出现明显的高温热害|，没有出现明显的高温热害|}。

“稻穗长、粒数多，一穗平均有{u:三百二十多粒|三百二十多粒|三百二十多粒|320多粒}。”{n:郐振宇|郐振宇|郐振宇|邻振宇}说，{w:这个产量|这个产量|这一产量|这个产量}在长江中游{w:一季稻|一季稻|一季稻|单季稻}区{w:已经|己经|已经|已经}{w:很不容易|很不容易|相当难得|很不容易}{p:。|。|。|！}

示范片所在的{n:桃花塝村|桃花磅村|桃花塝村|桃花塝村}有耕地{u:2860亩|2860亩|2860亩|2680亩}，{u:四分之三|四分之三|四分之三|3/4}种植水稻。村党支部书记琚春娥说，今年全村{u:1200多亩|12O0多亩|一千二百多亩|1200多亩}改种“楚粳9号”，按目前的收购价，每亩可增收{u:400元至500元|400元至500元|400元至500元|400至500元}。

蕲阳县农业农村局局长{n:欧阳景澜|欧阳景澜|欧阳景澜|欧阳景兰}介绍，明年全县计划推广超级稻{u:5万亩|5万亩|五万亩|50万亩}，{w:并将|并将|并|并将}配套建设两座烘干中心，{w:解决|解决|着力解决|解决}农户晒谷难的问题。

据统计，今年湖北省水稻种植面积约{u:3400万亩|34O0万亩|3400万亩|3400万亩}，预计总产量{u:较上年增长2.1%|较上年增长2.1%|较上年增长2.1%|较上年增长1.2%}。{o:秋收进度已过六成。|秋收进度已过六成。|秋收进度已过六成。|}"""
A = dict(key='chujiang-daily-01',
    before='楚江日报\n2026年10月10日　星期六　第01版　要闻\n\n',
    after='\n\n（新华社）\n\n全省秋季高校招聘会下周举行\n\n本报讯 全省2027届高校毕业生秋季招聘会将于10月17日在省体育馆举行，预计提供岗位1.8万个。\n\n本版编辑：詹蔚　校对：邝宁\n')
B = dict(key='ocr-edong-evening-a3', style=('half',), wrap=26,
    before='鄂东晚报 2026年10月10日 A3 三农\n\n',
    after='\n\n(新华社)\n\n鄂东晚报 A3\n')
C = dict(key='tw-nonglin-zhoubao-b2', style=('tradtw',), order=[0, 1, 2, 3, 4, 5, 6],
    before='農林周報\n2026年10月11日　B2　兩岸農業\n\n',
    after='\n\n廣告\n有機肥料特價　每包新台幣380元　洽詢專線：(04)2356-7781\n')
D = dict(key='web-jingchu-nongye', style=('space',),
    inside={0: '来源：新华社　2026-10-09 17:52'},
    before='荆楚农业网\n首页 > 农业要闻 > 种植\n\n',
    after='\n\n分享到：微信　微博　QQ空间\n\n责任编辑：詹雨萌\n\n版权所有 © 2026 荆楚农业网\n')
WITNESSES = [A, B, C, D]
