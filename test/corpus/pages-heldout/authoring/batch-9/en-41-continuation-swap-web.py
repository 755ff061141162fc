# An AP story on an invented Nebraska town's drive-in theater raising money for a digital projector:
# a front page with a teaser line above and a weather box after; a continuation page ("DRIVE-IN /
# From Page A1", second half only) with its own edits (O'Halloran-Teague without the first name,
# March/February, May 22/May 2, 1,150/1,500 cars, a dropped clause, 70%/70 percent, Friday/Saturday,
# 8:45/9:45 p.m., ./! in a quotation, a dropped closing sentence) and college box scores after it; a
# print with a co-author byline and a wire credit that swaps two paragraphs with differences inside
# both (McKittrick/McKitrick, 12-acre/four-acre, ;/, | Sixty/60 at a sentence's start, two-thirds/a
# third, a dropped sentence) and has its own edits (its own headline, 1952/1953, $86,500/$68,500,
# 2019/2018) and a corrections line after; an AP web page (breadcrumbs, "Published … Updated" and a
# share bar inside the story, "Support … Donate to AP" line, copyright, "Most read") with straight
# quotes that drops a paragraph and has its own edits (LODGEPOLE BEND/LODGE POLE BEND, finds/raises,
# 35mm/35-millimeter, shipping film prints/sending film, $11/$12 a carload, a sentence's subject
# reworded, a half/50%, de Groot/DeGroot, seven/six, 9 to 5/9-5 connector only).
STORY = """{w:Small-town drive-in needs a new projector to stay open|Small-town drive-in needs a new projector to stay open|Drive-in races to go digital|Small-town drive-in needs a new projector to stay open}

By {n:TOVE ABERNATHY-QUAYE|TOVE ABERNATHY-QUAYE|TOVE ABERNATHY-QUAYE and LUIS ECHEVARRÍA-PINTO|TOVE ABERNATHY-QUAYE}
{w:Associated Press|Associated Press|Associated Press|Associated Press}

{n:LODGEPOLE BEND|LODGEPOLE BEND|LODGEPOLE BEND|LODGE POLE BEND}, Neb. (AP) — The {n:Bluestem Twin Drive-In|Bluestem Twin Drive-In|Bluestem Twin Drive-In|Bluestem Twin Drive-In} has shown movies under the stars since {u:1952|1952|1953|1952}. {w:Its owners say|Its owners say|Its owners say|Its owners say} this summer could be its last unless it {w:finds|finds|finds|raises} {u:$86,500|$86,500|$68,500|$86,500} for a digital projector.

The {u:35mm|35mm|35mm|35-millimeter} projectors in the {w:cinder-block booth|cinder-block booth|cinder-block booth|cinder-block booth} {w:date to|date to|date to|date to} {u:1978|1978|1978|1978}, and studios stopped {w:shipping film prints|shipping film prints|shipping film prints|sending film} years ago. For {u:three seasons|three seasons|three seasons|three seasons}, the Bluestem has {w:borrowed|borrowed|borrowed|borrowed} a {w:portable projector|portable projector|portable projector|portable projector} from a church in {n:Kearney|Kearney|Kearney|Kearney}.

“{w:We can’t borrow it forever|We can’t borrow it forever|We can’t borrow it forever|We can’t borrow it forever}{p:,|,|,|,}” said {n:Everett McKittrick|Everett McKittrick|Everett McKitrick|Everett McKittrick}, {u:74|74|74|74}, who bought the {u:12-acre|12-acre|four-acre|12-acre} {w:lot|lot|lot|lot} with his late wife in {u:1989|1989|1989|1989}{p:;|;|,|;} {w:he still runs the concession stand himself|he still runs the concession stand himself|he still runs the concession stand himself|he still runs the concession stand himself}.

Admission is {u:$11 a carload|$11 a carload|$11 a carload|$12 a carload}. {u:Sixty|Sixty|60|Sixty} cents of every dollar {w:goes back to the studios|goes back to the studios|goes back to the studios|goes back to the studios}, and {u:two-thirds|two-thirds|a third|two-thirds} of what is left pays for {w:popcorn, staff and insurance|popcorn, staff and insurance|popcorn, staff and insurance|popcorn, staff and insurance}.{o: The snack bar is what keeps the lights on.| The snack bar is what keeps the lights on.|| The snack bar is what keeps the lights on.}

{n:Dorcas O’Halloran-Teague|O’Halloran-Teague|Dorcas O’Halloran-Teague|Dorcas O’Halloran-Teague}, who leads the {n:Friends of the Bluestem|Friends of the Bluestem|Friends of the Bluestem|Friends of the Bluestem}, has raised {u:$41,200|$41,200|$41,200|$41,200} since {u:March|February|March|March}. {w:Families have mailed checks from as far away as|Families have mailed checks from as far away as|Families have mailed checks from as far away as|People have sent checks from as far away as} {n:Tucson|Tucson|Tucson|Tucson}.

The {n:Nebraska Film Heritage Fund|Nebraska Film Heritage Fund|Nebraska Film Heritage Fund|Nebraska Film Heritage Fund} has promised to match {u:a half|a half|a half|50%} of {w:whatever the group raises by|whatever the group raises by|whatever the group raises by|whatever the group raises by} {u:May 22|May 2|May 22|May 22}, said {n:Ysolde de Groot|Ysolde de Groot|Ysolde de Groot|Ysolde DeGroot}, its director. The fund {w:has helped|has helped|has helped|has helped} {u:seven|seven|seven|six} small theaters{w: in the state| in the state| in the state| in the state} since {u:2019|2019|2018|2019}.

On a typical summer weekend the Bluestem draws {u:1,150 cars|1,500 cars|1,150 cars|1,150 cars}{w:, most of them from farms within 30 miles||, most of them from farms within 30 miles|, most of them from farms within 30 miles}. About {u:70%|70 percent|70%|70%} of them {w:come back|come back|come back|come back} {w:more than once|more than once|more than once|more than once}.

The season opens {u:Friday, May 29|Saturday, May 29|Friday, May 29|Friday, May 29}, with the first show at {u:8:45 p.m.|9:45 p.m.|8:45 p.m.|8:45 p.m.} The box office is open 9{p: to | to | to |-}5 on weekdays.

“{w:If we get the projector, we’ll be here another 70 years|If we get the projector, we’ll be here another 70 years|If we get the projector, we’ll be here another 70 years|If we get the projector, we’ll be here another 70 years}{p:.|!|.|.}” McKittrick said.{o: “If not, it was a good run.”|| “If not, it was a good run.”| “If not, it was a good run.”}"""
A = dict(key='platte-herald-a1', english=True,
    before='THE PLATTE HERALD\nSunday, April 19, 2026  •  $2.50\nINSIDE: Spring planting outlook, C1\n\n',
    after='\n\nWEATHER  Today: Windy, high 67. Tonight: Showers, low 44.\n')
B = dict(key='grand-island-star-a8-continued', english=True, order=[6,7,8,9,10], cont='DRIVE-IN\nFrom Page A1\n\n',
    before='GRAND ISLAND STAR  Sunday, April 19, 2026  A8\n\n',
    after='\n\nCOLLEGE BASEBALL\nNebraska 6, Creighton 4\nKearney 9, Hastings 2\n')
C = dict(key='sandhills-journal-p4', english=True, order=[0,1,2,3,5,4,6,7,8,9,10],
    before='SANDHILLS JOURNAL  Monday, April 20, 2026  Page 4\n\n',
    after='\n\nThe Journal corrects errors of fact. Call the newsroom at 308-555-0172.\n')
D = dict(key='web-ap-news', english=True, style=('straight',), order=[0,1,2,3,4,5,6,7,9,10],
    inside={1: 'Published 4:11 PM CDT, April 18, 2026 | Updated 9:37 AM CDT, April 19, 2026\nShare  Facebook  X  Email  Link'},
    before='AP NEWS\nU.S. News > Nebraska\n\n',
    after='\n\nThe Associated Press is an independent global news organization. Support independent, fact-based journalism: Donate to AP.\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n\nMost read\n- Tornado warnings lifted across eastern Kansas\n- Omaha zoo welcomes twin tapirs\n')
WITNESSES = [A, B, C, D]
