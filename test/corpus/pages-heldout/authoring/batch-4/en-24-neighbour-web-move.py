# An AP story on a rural hospital's birthing unit reopening in an invented Montana town: one paper
# jumps it inside one file with other stories between the parts ("See BIRTHS, Page A4" … obituaries
# … "BIRTHS From Page A1"); an AP web page (breadcrumbs, "Published … Updated", share bar, the
# support line, "Support AP", copyright); a print with a photo caption inside, a shortened byline,
# a hospital's short name and a paragraph moved later with differences inside; a TV station site
# (a "WATCH" line inside the story, "Most Read" after it) that drops a paragraph and a clause; dropped sentences inside quotes. Times 3:12/3:21
# a.m., weights, $1.9/$19 million, Twenty/20 at a sentence start, one-third/a third, Highway 12/21.
STORY = """{w:Rural Montana hospital reopens birthing unit after four-year closure|Rural Montana hospital reopens birthing unit after four-year closure|Rural Montana hospital reopens birthing unit after four-year closure|Montana hospital reopens birthing unit}

By {n:JOSIAH REDSTAR-MCCLURE|JOSIAH REDSTAR-MCCLURE|JOSIAH REDSTAR|JOSIAH REDSTAR-MCCLURE}

{n:TWO RAVENS|TWO RAVENS|TWO RAVENS|TWO RAVEN}, Mont. (AP) {p:—|—|—|-} The first baby born at {n:Musselshell Valley Regional Medical Center|Musselshell Valley Regional Medical Center|Musselshell Valley Medical Center|Musselshell Valley Regional Medical Center} in {u:four years|four years|four years|4 years} arrived at {u:3:12 a.m.|3:12 a.m.|3:21 a.m.|3:12 a.m.} {u:Thursday|Thursday|Thursday|Wednesday}, a {u:7-pound, 9-ounce|7-pound, 9-ounce|7-pound, 9-ounce|7-pound, 6-ounce} girl named {n:Aurelia|Aurelia|Aurelia|Amelia}.

The hospital{w:, which opened in 1961,|, which opened in 1961,|, which opened in 1961,|} closed its birthing unit in {u:2022|2022|2022|2022} after losing its last {w:obstetrician|obstetrician|obstetrician|OB-GYN}. Since then, expectant mothers in {n:Tamarack County|Tamarack County|Tamarack County|Tamarac County} have driven as far as {u:112 miles|112 miles|121 miles|112 miles} to Billings to give birth{p:,|,|,|} {w:sometimes|sometimes|sometimes|often} in {w:whiteout conditions|whiteout conditions|a whiteout|whiteout conditions}.

"{w:Two of our moms|Two of our moms|Two of our moms|Two mothers} delivered on the side of {n:Highway 12|Highway 12|Highway 21|Highway 12}," said nurse manager {n:Colette Fairweather-Nakai|Colette Fairweather-Nakai|Colette Fairweather-Nakai|Colette Fairwether-Nakai}. "{w:That's not|That's not|That is not|That's not} how it should be{p:.|.|!|.}{o: Nobody should give birth in a pickup.| Nobody should give birth in a pickup.|| Nobody should give birth in a pickup.}"

The unit reopened with {u:two|two|two|2} family physicians trained in {w:cesarean sections|cesarean sections|C-sections|cesarean sections}, {u:six nurses|six nurses|six nurses|seven nurses} and a {u:$1.9 million|$1.9 million|$1.9 million|$19 million} grant from the {n:Big Sky Rural Health Foundation|Big Sky Rural Health Foundation|Big Sky Rural Health Fund|Big Sky Rural Health Foundation}{p:.|.|.|.}{o: The state added $400,000.| The state added $400,000.| The state added $400,000.|}

The hospital expects about {u:120 births|120 births|120 births|120 births} a year, {w:roughly|roughly|roughly|roughly} {u:one-third|one-third|a third|one-third} of them covered by Medicaid. "{u:Twenty|Twenty|20|Twenty} years ago we had {u:300|300|300|300}," {w:said|said|recalled|said} board member {n:Ignatius Plenty Hoops|Ignatius Plenty Hoops|Ignatius Plentyhoops|Ignatius Plenty Hoops}.

Chief executive {n:Dagny Oberholtzer|Dagny Oberholtzer|Dagny Oberholzer|Dagny Oberholtzer} said recruiting was the hardest part. The hospital offered signing bonuses of {u:$75,000|$75,000|$57,000|$75,000} and {w:paid off|paid off|repaid|paid off} {u:up to $200,000|up to $200,000|up to $200,000|up to $200,000} in student loans.{o: Both doctors grew up within 50 miles of the hospital.| Both doctors grew up within 50 miles of the hospital.|| Both doctors grew up within 50 miles of the hospital.}

{n:Aurelia's|Aurelia's|Aurelia's|Amelia's} mother, {n:Kestrel Two Bulls|Kestrel Two Bulls|Kestrel Twobulls|Kestrel Two Bulls}, {u:24|24|24|25}, said she {w:cried|cried|cried|wept} when she learned she could deliver {w:at home in|at home in|in|at home in} Two Ravens. "{w:My grandmother|My grandmother|My grandmother|My grandma} was born in this hospital{p:,|,|,|.}" she said. "Now my daughter was, too{p:.|.|.|!}\""""
A = dict(key='great-falls-tribune-leader-a1', english=True,
    before='GREAT FALLS TRIBUNE-LEADER\nFriday, December 4, 2026 | A1 | $2.00\n\n',
    jump=dict(after=4, out='\n\nSee BIRTHS, Page A4',
        middle='Council delays vote on snow routes\n\nBy PERRY LINDGREN\nTribune-Leader Staff\n\nThe city council on Thursday put off a vote on new snow emergency routes until Dec. 17.\n\n■ ■ ■\n\nA4 | Friday, December 4, 2026 | GREAT FALLS TRIBUNE-LEADER\n\nOBITUARIES\n\nMargit Solheim, 91, of Belt, died Nov. 30. Services are Tuesday at 11 a.m. at Our Savior Lutheran.',
        inn='\n\nBIRTHS\nFrom Page A1'),
    after='\n\nADVERTISEMENT\nPRAIRIE LUMBER & HARDWARE — Snow shovels, ice melt, 406-555-0118\n')
B = dict(key='web-apnews-births', english=True,
    before='AP NEWS\nWorld | U.S. | Politics | Sports | Entertainment | Business | Health\n\nHEALTH\n\n',
    inside={1: 'Published 2:36 PM MST, December 3, 2026\nUpdated 5:02 PM MST, December 3, 2026\n\nShare    Copy Link    Email    Facebook    X'},
    after="\n\n___\n\nThe Associated Press Health and Science Department receives support from a private foundation's science and educational media group. The AP is solely responsible for all content.\n\nSupport AP: donate today.\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n")
C = dict(key='billings-courier-c2', english=True, order=[0,1,2,3,4,5,6,8,7],
    inside={2: 'PHOTO: Nurse Colette Fairweather-Nakai holds newborn Aurelia at Musselshell Valley Regional Medical Center on Thursday. (AP Photo)'},
    before='BILLINGS COURIER | Friday, Dec. 4, 2026 | C2 | REGION\n\n',
    after='\n\nREGION BRIEFS\n\nRoundup: A grass fire east of town burned 40 acres Wednesday.\n')
D = dict(key='web-ktrv-news', english=True, order=[0,1,2,3,4,5,7,8],
    before='KTRV 7 NEWS\nNews | Weather | Sports | Watch Live\n\nLocal News\n\n',
    inside={2: 'WATCH: Two Ravens welcomes its first hospital birth since 2022 (1:48)'},
    after='\n\nCopyright 2026 KTRV. All rights reserved.\n\nMost Read\n1. Snow emergency declared in Lewistown\n2. Elk hunt extended one week\n')
WITNESSES = [A, B, C, D]
