# A Reuters-style port-strike story: two papers print it whole; a third paper's inside page
# carries only the part after "From Page A1" (its front page is not in the set: it is no witness
# for the first half); a fourth is an OCR transcription of a column.
STORY = """{w:Dockworkers end strike at Gulf and East Coast ports after tentative deal|Dockworkers end strike at Gulf and East Coast ports after tentative deal|Dockworkers end strike at Gulf and East Coast ports after tentative deal|Port strike ends after tentative deal}

By {n:NATALIE BROOKE-HAYES|NATALIE BROOKE-HAYES|NATALIE BROOKE-HAYES|NATALIE BROOK-HAYES}

{n:HOUSTON|HOUSTON|HOUSTON|HOUSTON} — Dockworkers at {u:36|36|36|36} ports from {n:Maine|Maine|Maine|Maine} to Texas returned to work {u:Thursday|Thursday|Thursday|Thursday} after their union and the {n:U.S. Maritime Alliance|U.S. Maritime Alliance|U.S. Maritime Alliance|United States Maritime Alliance} reached a tentative deal that {w:raises wages|raises wages|raises wages|lifts wages} {u:62%|62%|62%|6.2%} over {u:six years|six years|six years|six years}, ending a {u:three-day|three-day|three-day|three day} strike that had stranded {u:more than 100|more than 100|more than 100|more than 100} container ships offshore.

The {n:International Longshoremen's Association|International Longshoremen's Association|International Longshoremen's Association|International Longshoreman's Association} said its {u:47,000|47,000|47,000|47,000} members would {w:vote on the contract|vote on the contract|vote on the contract|vote on the agreement} in {u:January|January|January|January}{p:.|.|.|,} {w:The two sides agreed|The two sides agreed|The two sides agreed|and the two sides agreed} to extend the old contract until {u:Jan. 15|Jan. 15|Jan. 15|Jan. 5} while they {w:work out|work out|work out|settle} rules on automation.

Economists had warned that a long {w:shutdown|shutdown|shutdown|strike} could cost the economy {u:$4.5 billion|$4.5 billion|$4.5 billion|$4.5 billion} a day{p:,|,|,|;} with shortages of bananas{p:,|,|,|} auto parts and holiday goods.

At the Port of {n:Houston|Houston|Houston|Houston}, the nation's {u:fifth-busiest|fifth-busiest|fifth-busiest|fifth-busiest} container port, cranes began moving again {w:shortly after|shortly after|shortly after|soon after} {u:6 a.m.|6 a.m.|6 a.m.|6 a.m.}, {w:said|said|said|according to} port spokesman {n:Dwayne Okonkwo|Dwayne Okonkwo|Dwayne Okonkwo|Dwayne Okonkow}. He said it would take {u:about two weeks|about two weeks|about a week|about two weeks} to clear the backlog.

{o:Truck drivers lined up outside the Barbours Cut terminal before dawn, some of them waiting for containers that had been on ships since last week.|Truck drivers lined up outside the Barbours Cut terminal before dawn, some of them waiting for containers that had been on ships since last week.|Truck drivers lined up outside the Barbours Cut terminal before dawn, some of them waiting for containers that had been on ships since last week.|}

"We lost {u:three days|three days|three days|three days} of pay, but we {w:got|got|got|won} what we {w:came for|came for|came for|wanted}," said {n:Luis Ybarra|Luis Ybarra|Luis Ybarra|Luis Ibarra}, a crane operator {w:who has worked|who has worked|who has worked|with} {u:23 years|23 years|23 years|32 years} on the docks{w:.|.|.|.}

Shippers said the deal removed {w:the biggest|the biggest|the biggest|a big} risk to the {n:holiday|holiday|holiday|holiday} season{p:,|,|,|} but {w:warned|warned|warned|cautioned} that freight rates {w:would|would|would|could} stay high {u:through December|through December|through December|through November}."""
A = dict(key='houston-tribune-b1', english=True,
    before='HOUSTON TRIBUNE\nFriday, October 4, 2024  B1  BUSINESS\n\n',
    after='\n\nMARKETS\nDow 42,011.59 +0.4%   S&P 500 5,699.94 +0.2%   Crude $73.71 +0.9%\n\nStaff writer Jenna Pruitt contributed to this report.\n')
B = dict(key='gulf-coast-record-a5', english=True,
    before='GULF COAST RECORD | A5 | Friday, Oct. 4, 2024\n\nCity council approves drainage bond\n\nThe council voted 9-2 on Wednesday to put a $310 million drainage bond on the November ballot.\n\n',
    after='\n\n— Reuters\n\nThis page edited by Mark Tull. Contact: desk@gcrecord.example\n')
C = dict(key='bayou-star-a8-continued', english=True, order=[5,6,7,8], cont='STRIKE From Page A1\n\n',
    before='BAYOU STAR | A8 | FRIDAY, OCTOBER 4, 2024\n\nObituaries continue on Page A10\n\n',
    after='\n\nWEATHER\nToday: Sunny, high 88. Tonight: Clear, low 71.\n')
D = dict(key='ocr-port-times-p3', english=True, wrap=40,
    before='PORT TIMES  p.3  Oct 4 2024\n\n',
    after='\n\n[end of column]\n')
WITNESSES = [A, B, C, D]
