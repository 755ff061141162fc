# A Xinhua disaster story (a night flash flood and landslide in an invented mountain township in
# western Hunan: dead, missing, injured, evacuated, rainfall), four witnesses, four headlines: a front
# page with the whole story; a provincial paper that moves a paragraph later, with differences inside
# the moved one and elsewhere; an OCR transcription of a county paper's page (half-width punctuation,
# hard wraps, misreadings 己/已, 土/士, O/0, l/1, 曰/日) that cuts the last paragraph, with real
# differences in its last printed paragraph and an editor line after; a news site (breadcrumbs, a
# rolling-update line and 编辑 line inside the story, share bar, copyright) with its own edits.
# Casualty counts that change between editions, rainfall in millimetres, clock times, households.
STORY = """{w:湘西酉溪镇突发山洪泥石流 已致7人遇难3人失联|酉溪镇山洪灾害致7死3失联|酉溪山洪已致7人遇难|湘西山洪泥石流灾害7人遇难 搜救仍在进行}

新华社长沙7月{u:4日|4日|4日|3日}电（记者{n:爨振邦|爨振邦|爨振邦|爨振帮}、{n:覃昭昀|覃昭昀|覃昭昀|覃昭昀}）记者从湖南省{n:峒阳县|峒阳县|峒阳县|侗阳县}防汛抗旱指挥部获悉，{u:3日凌晨3时40分左右|3日凌晨3时40分左右|3日凌晨3时4O分左右|3日凌晨3点40分左右}，该县{n:酉溪镇|酉溪镇|酉溪镇|酉溪镇}{n:岩鹰坪村|岩鹰坪村|岩鹰坪村|岩莺坪村}突发山洪{w:并引发|并引发|并引发|，引发}泥石流。截至4日{u:12时|12时|l2时|中午12时}，灾害已造成{u:7人|7人|7人|七人}遇难、{u:3人|3人|3人|3人}失联、{u:12人|12人|12人|21人}受伤{w:，受伤人员均已送医救治|，伤者均已送医|，受伤人员均已送医救治|，受伤人员均已送医救治}。

气象部门数据显示，{u:2日20时至3日6时|2日20时至3日6时|2曰20时至3日6时|2日20时至3日6时}，酉溪镇累计降雨量{u:287.4毫米|287.4毫米|2874毫米|287.4毫米}，最大小时降雨量{u:96.8毫米|96.8毫米|96.8毫米|98.6毫米}，{w:为当地有气象记录以来最大值|为当地有气象记录以来最大值|为当地有气象记录以来最大值|突破当地历史极值}。

灾害发生后，当地紧急转移安置群众{u:2136人|2100多人|2l36人|2163人}，{u:41户|41户|41户|四十一户}房屋{w:倒塌或严重受损|倒塌或受损|倒塌或严重受损|倒塌}。{n:峒阳县|峒阳县|峒阳县|侗阳县}至{n:酉溪镇|酉溪镇|酉溪镇|酉溪镇}的{n:县道X047线|县道X047线|县道XO47线|县道X074线}有三处路段{w:中断|中断|中断|被冲毁}{p:，|，|，|；}镇上供电和通信{w:一度中断|一度中断|一度中断|一度中断、目前已基本恢复}。

{w:湖南省|湖南省|湖南省|省}应急管理厅、消防救援总队调派{u:326名|326名|326名|三百余名}救援人员、{u:19条|19条|l9条|19条}搜救犬和{u:6架|6架|6架|6架}无人机赶赴现场。{o:由于道路中断，部分救援物资通过冲锋舟从下游运入。|由于道路中断，部分救援物资通过冲锋舟从下游运入。|由于道路中断，部分救援物资通过冲锋舟从下游运入。|}

“水是从后山冲下来的，几分钟就{w:漫过|漫过|漫过|淹过}了一楼窗户。”{w:岩鹰坪村村民|岩鹰坪村村民|岩鹰坪村村民|村民}{n:剡明香|剡明香|郯明香|剡明香}说，{w:她和家人被救援人员用绳索从二楼接出|她和家人被救援人员用绳索从二楼接出|她和家人被救援人员用绳索从二楼接出|她一家被救援人员从二楼接出}{p:。|。|。|！}

目前，{u:3名|3名|3名|三名}失联人员的搜救工作仍在进行。国家防总已于3日{u:启动防汛四级应急响应|启动防汛四级应急响应|启动防汛Ⅳ级应急响应|启动防汛四级应急响应}{w:，并派出工作组赶赴灾区|，并派出工作组赶赴灾区|，派工作组赶赴灾区|，并派出工作组赶赴灾区}{p:。|。|！|。}

据气象部门预报，{u:未来三天|未来三天|未来三天|未来72小时}湘西仍有强降雨，当地提醒群众{w:远离河道和山体边坡|远离河道和山体边坡|远离河道和山体边坡|远离河道、山体边坡}。"""
A = dict(key='xiangjiang-daily-01',
    before='湘江日报\n2026年7月5日　星期日　第01版\n\n',
    after='\n\n（新华社）\n\n全省早稻收割过半\n\n本报讯 截至7月4日，全省早稻收割进度过半，比去年同期快2个百分点。\n\n本版编辑：晏青　校对：龙雯\n')
B = dict(key='sanxiang-dushibao-a5', order=[0, 1, 2, 4, 5, 3, 6, 7],
    before='三湘都市报\n2026年7月5日　A5　湖南新闻\n\n',
    after='\n\n（新华社）\n\n【链接】山洪来临前的征兆\n河水突然变浑、水位猛涨，山体出现异响，应立即向高处转移。\n')
C = dict(key='ocr-dongyang-bao-p1', style=('half',), wrap=28, order=[0, 1, 2, 3, 4, 5, 6],
    before='峒阳报 2026年7月5日 第1版\n\n',
    after='\n\n(新华社)\n\n本版编辑:向晖\n')
D = dict(key='web-hongyun-news',
    inside={0: '2026-07-04 13:26　来源：新华社　【滚动更新】', 5: '编辑：鲁颖'},
    before='红云新闻网\n首页 > 湖南 > 社会\n\n',
    after='\n\n分享：微信　微博\n\n相关新闻：峒阳县启动防汛Ⅲ级应急响应\n\n© 2026 红云新闻网 版权所有\n')
WITNESSES = [A, B, C, D]
