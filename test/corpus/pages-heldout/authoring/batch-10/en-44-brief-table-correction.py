# An AP story on the end of a late cranberry harvest in an invented Oregon coast town, four witnesses,
# each with its own headline: a front page whose story carries a price list (one line per use) and a
# photo caption repeating a sentence of the story; a paper that prints the story only as a brief
# (headline and an edited lead, under 300 characters; the rest is a cut tail) among other briefs; a
# news site with straight quotes (nav, a "Published" line and a share bar inside the story) that ends
# with a correction note about an earlier version (furniture) and has its own edits (Dec. 4/Dec. 3,
# 61/16 growers, 8%/eight percent, a Vietnamese name with its accents lost, $31.00/$13.00,
# 2019/2018, $1.2 million/$12 million, Jan. 15/Jan. 16, 7 p.m./7:30 p.m., a dropped clause, a dropped
# sentence); a
# print with its own edits that drops a paragraph in the middle (names with particles: von
# Ahlefeldt/Von Ahlefeldt, LaFontaine-Oyelaran/Lafontaine-Oyelaran; 38/83 acres, 1986/1968, ./!).
STORY = """{w:Cranberry harvest ends late after a soggy fall|Late finish for coast cranberry harvest|Oregon cranberry growers finish their latest harvest in 14 years|Bogs flooded twice, but the berries came in}

{n:TILLICUM BAY|TILLICUM BAY|TILLICUM BAY|TILLICUM BAY}, Ore. (AP) — Growers on {w:Oregon’s south coast|the southern Oregon coast|Oregon’s south coast|Oregon’s south coast} finished the cranberry harvest on {u:Dec. 4|Dec. 4|Dec. 3|Dec. 4}, the latest finish in {u:14 years|14 years|14 years|14 years}, after a {w:wet October|wet October|rainy October|wet October} flooded bogs {u:twice|twice|twice|twice} and {w:sent|sent|sent|kept} crews home for {u:nine days|nine days|nine days|nine days}{w:| in all||}.

The county’s {u:61 growers|61 growers|16 growers|61 growers} brought in about {u:412,000 barrels|412,000 barrels|412,000 barrels|421,000 barrels}, down {u:8%|8%|eight percent|8%} from last year, according to the {n:Coos-Curry Cranberry Growers Association|Coos-Curry Cranberry Growers Association|Coos-Curry Cranberry Growers Association|Coos-Curry Cranberry Growers Association}. {o:A barrel is 100 pounds of fruit.|A barrel is 100 pounds of fruit.||A barrel is 100 pounds of fruit.}

“We picked in the rain, and then we picked in the dark{p:,|,|,|,}” said {n:Nguyễn Thị Hằng|Nguyễn Thị Hằng|Nguyen Thi Hang|Nguyễn Thị Hằng}, {u:47|47|47|47}, who farms {u:38 acres|38 acres|38 acres|83 acres} of bog with her {w:two brothers|two brothers|two brothers|brothers} east of town. “We never quit{p:.|.|.|!}”

Prices paid to growers this season, per barrel:
Fresh-market fruit: {u:$52.50|$52.50|$52.50|$52.50}
Juice concentrate: {u:$31.00|$31.00|$13.00|$31.00}
Sweetened dried fruit: {u:$27.75|$27.75|$27.75|$27.57}
Organic, all uses: {u:$68.00|$68.00|$68.00|$68.00}

Prices rose for the first time since {u:2019|2019|2018|2019}, said association president {n:Dieter von Ahlefeldt|Dieter von Ahlefeldt|Dieter von Ahlefeldt|Dieter von Ahlefeldt}. He said the juice price alone added about {u:$1.2 million|$1.2 million|$12 million|$1.2 million} to growers’ checks{w:, most of it paid in January|, most of it paid in January||, most of it paid in January}.

The association will hold its annual meeting {u:Jan. 15|Jan. 15|Jan. 16|Jan. 15} at {u:7 p.m.|7 p.m.|7:30 p.m.|7 p.m.} at the {n:Tillicum Bay Grange|Tillicum Bay Grange|Tillicum Bay Grange|Tillicum Bay Grange Hall}. {n:Marguerite LaFontaine-Oyelaran|Marguerite LaFontaine-Oyelaran|Marguerite LaFontaine-Oyelaran|Marguerite Lafontaine-Oyelaran}, an {n:Oregon State University|Oregon State University|Oregon State University|Oregon State} extension agent, will {w:talk about|talk about|talk about|speak on} frost {w:protection|protection|control|protection}.

{n:Hằng|Hằng|Hang|Hằng} said her family plans to replant {u:6 acres|6 acres|6 acres|six acres} next spring with a {w:newer, darker-red variety|newer, darker-red variety|newer, darker-red variety|newer variety}. “My father planted the old vines in {u:1986|1986|1986|1968}{p:,”|,”|,”|,”} she said. “It’s time{p:.”|.”|.”|!”}"""
A = dict(key='south-coast-herald-a1', english=True,
    inside={0: 'By MARISOL ECHEVERRÍA-DUNN\nAssociated Press', 2: 'PHOTO: Crews on the Nguyễn family’s bog east of Tillicum Bay; growers finished the cranberry harvest on Dec. 4, the latest finish in 14 years. (AP Photo/Keanu Abernathy)'},
    before='THE SOUTH COAST HERALD\nSunday, December 6, 2026  •  Tillicum Bay, Oregon  •  $2.00\n\n',
    after='\n\nINSIDE: Crab season opener delayed again, A3  •  Obituaries, A6\n')
B = dict(key='umpqua-valley-news-b3', english=True, order=[0, 1],
    before='UMPQUA VALLEY NEWS  Monday, December 7, 2026  B3\n\nNORTHWEST BRIEFS\n\nFerry fares to rise in March\n\nSALEM (AP) — Fares on the Wheatland Ferry will rise 50 cents in March, Marion County said.\n\n',
    after='\n\nElk herd count begins\n\nBEND (AP) — Biologists began a winter count of the Ochoco elk herd on Friday.\n')
C = dict(key='web-northwest-now', english=True, style=('straight',),
    inside={0: 'By Marisol Echeverría-Dunn | Associated Press\nPublished 4:12 p.m. PST Dec. 5, 2026\nShare  Tweet  Email'},
    before='Northwest Now\nHome > Oregon > Agriculture\n\n',
    after='\n\nCorrection: An earlier version of this story misspelled the name of the Wheatland Ferry in a related link.\n\nCopyright 2026 The Associated Press. All rights reserved.\n\nMost read\n1. Snow closes Santiam Pass\n')
D = dict(key='curry-coastal-pilot-p2', english=True, order=[0, 1, 2, 3, 4, 6, 7],
    inside={0: 'By MARISOL ECHEVERRÍA-DUNN, Associated Press'},
    before='CURRY COASTAL PILOT\nWednesday, December 9, 2026  Page 2\n\n',
    after='\n\nTIDES  Brookings  High 6:41 a.m. 7.2 ft  Low 1:08 p.m. 0.9 ft\n')
WITNESSES = [A, B, C, D]
