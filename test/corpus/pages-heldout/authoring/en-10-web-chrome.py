# An AP wildfire-recovery story as three news sites carried it (breadcrumbs, "Published … Updated"
# lines, share bars, "support AP" and copyright lines, a masthead) and as one paper printed it.
# One site stores the accented name in decomposed form (e + combining accent): style, not a site.
STORY = """{w:Months after wildfire, mountain town's only school reopens in portable classrooms|Months after wildfire, mountain town's only school reopens in portable classrooms|Mountain town's school reopens in portable classrooms after wildfire|Months after wildfire, mountain town's only school reopens in portable classrooms}

By ANDREA ZÚÑIGA{on: and PETER LOWRY| and PETER LOWRY|| and PETER LOWRY}

{n:PARADISE VALLEY|PARADISE VALLEY|PARADISE VALLEY|PARADISE VALE}, Colo. (AP) — {u:Seven months|Seven months|Seven months|Eight months} after a wildfire {w:tore through|tore through|swept through|tore through} this mountain town, its {u:214|214|214|241} students went back to class {u:Monday|Monday|Monday|Monday} in {u:18|18|18|18} portable classrooms set up on the high school's football field.

The {n:Cutthroat Fire|Cutthroat Fire|Cutthroat Fire|Cut Throat Fire} burned {u:1,046|1,046|1,046|1,046} homes and both of the town's school buildings in {u:late August|late August|late August|August}. Students had been taking classes in church basements and a {n:Grange|Grange|grange|Grange} hall {u:20 miles|20 miles|20 miles|12 miles} away.

"Kids {w:kept asking|kept asking|kept asking|kept on asking} me when they could go home," said Principal {n:Marisol Etchegaray|Marisol Etchegaray|Marisol Etchegaray|Marisol Echegaray}. "This isn't home yet, but it's {w:ours|ours|ours|closer}."

The {u:$3.7 million|$3.7 million|$3.7 million|$37 million} in portable buildings was paid for by the Federal Emergency Management Agency{p:,|,|,|} and a {n:Denver|Denver|Denver|Denver-based} foundation{p:,|,|;|,} the district said. A permanent school is expected to open in {u:fall 2027|fall 2027|fall 2027|fall 2026}.

{o:About a third of families have not returned, according to the district, and enrollment is down from 320 before the fire.|About a third of families have not returned, according to the district, and enrollment is down from 320 before the fire.||About a third of families have not returned, according to the district, and enrollment is down from 320 before the fire.}

{n:Tomás Reyes|Tomás Reyes|Tomás Reyes|Thomas Reyes}, whose {u:9-year-old|9-year-old|9-year-old|nine-year-old} daughter {n:Lucía|Lucía|Lucía|Lucia} is in fourth grade, drove {u:45 minutes|45 minutes|45 minutes|45 minutes} from a rental in {n:Fairplay|Fairplay|Fairplay|Fair Play} for the first day{p:.|.|.|,} {w:"She|"She|"She|and said, "She} didn't sleep last night{p:,|,|,|.}" he said{p:.|.|.|}{w: "Neither did I."| "Neither did I."| "Neither did I."|}

{w:Superintendent|Superintendent|Superintendent|School Superintendent} {n:Gregory Haskins|Gregory Haskins|Gregory Haskins|Greg Haskins} said the district {w:still|still|still|} {w:needs|needs|needs|is short} {u:11|11|11|eleven} teachers{w:, after several lost their homes and moved away|, after several lost their homes and moved away|, after several lost their homes and moved away|}."""
A = dict(key='web-apnews', english=True,
    before='AP NEWS\nU.S. News | World News | Politics | Sports | Entertainment\n\nU.S. NEWS > COLORADO\n\n',
    inside={1: 'Published 6:02 p.m. CST, March 24, 2025\nUpdated 8:15 p.m. CST, March 24, 2025\n\nShare  Copy Link  Email  Facebook'},
    after='\n\n___\n\nThe Associated Press is an independent global news organization dedicated to factual reporting. Support independent, fact-based journalism. Donate to AP.\n\nCopyright 2025 The Associated Press. All Rights Reserved.\n\nMORE FROM AP\nColorado lawmakers weigh wildfire insurance bill\n')
B = dict(key='web-denver-ledger', english=True, style=('nfd',),
    before='THE DENVER LEDGER\nSubscribe | Sign in\n\nNews > Colorado > Wildfires\n\n',
    inside={0: 'Associated Press\nMar 24, 2025 Updated Mar 25, 2025'},
    after='\n\nCopyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.\n\nTrending\n1. Avalanche danger high across central mountains\n2. Light rail line closed for repairs\n')
C = dict(key='web-mountain-mail', english=True, order=[0,1,2,3,4,5,7,8],
    before='mountainmail.com  |  Local  Weather  Obituaries  E-Edition\n\nHome / News / Regional\n\n',
    inside={0: 'Posted Tuesday, March 25, 2025 7:40 am\nBy The Associated Press'},
    after='\n\n© Copyright 2025 Mountain Mail Media. Associated Press material may not be republished.\n\nComments (0)\nLog in to comment\n')
D = dict(key='summit-daily-p2', english=True,
    before='SUMMIT DAILY NEWS | Wednesday, March 26, 2025 | 2\n\n',
    after='\n\nBriefs\n\nFrisco: Town council delays vote on short-term rental cap\n\nThe council will take up the measure again April 8.\n')
WITNESSES = [A, B, C, D]
