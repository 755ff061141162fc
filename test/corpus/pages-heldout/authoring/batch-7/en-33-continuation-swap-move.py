# An AP story on a storm-wrecked fishing pier reopening in an invented Oregon coast town: a front
# page with a weather and tides line and an index after; a continuation page ("PIER / Continued from
# A1", second half only) with its own edits (six/seven, !/., 108,000/180,000, Ferry Road/Street,
# 22/32 years, a dropped last sentence) and a tide table after it; a print with a photo caption
# that swaps two paragraphs and moves another earlier, with differences inside the moved ones
# (13-foot, second, Repairs/Rebuilding at a sentence's start, two-thirds/66%, FEMA for the full name, 24/42 feet, ;/,, Bergquist, Salt and
# Cedar, four/five, slowest), and a shortened double byline; a public radio site (nav bar, "Listen"
# and time line inside the story, tags, copyright, "Most Read") with straight quotes and one heavily
# edited paragraph (four feet, sixteen, a dropped hyphen, cleaning station, ;/,, April/March,
# according to, a shortened name) and other edits (1,410-foot, Tuesday/Thursday, Jan. 19/Jan. 9,
# eleven months, Jan. 1 for New Year’s Day, the chamber's short name, a dropped sentence).
STORY = """{w:Oregon coast town reopens fishing pier wrecked by January storm|Oregon coast town reopens fishing pier wrecked by January storm|Oregon coast town reopens fishing pier wrecked by January storm|Storm-wrecked Kilchett Bay pier reopens}

By {n:LUCILLE HADERLEIN and TOBIAS ENGELKE-MARSH|LUCILLE HADERLEIN and TOBIAS ENGELKE-MARSH|LUCILLE HADERLEIN|LUCILLE HADERLEIN and TOBIAS ENGELKE-MARSH}

KILCHETT BAY, Ore. (AP) — The {u:1,140-foot|1,140-foot|1,140-foot|1,410-foot} {n:Kilchett Bay Municipal Pier|Kilchett Bay Municipal Pier|Kilchett Bay Municipal Pier|Kilchett Bay pier} reopened {u:Thursday|Thursday|Thursday|Tuesday}, {u:11 months|11 months|11 months|eleven months} after a winter storm {w:tore away|tore away|tore away|ripped off} its seaward end, and by {u:9 a.m.|9 a.m.|9 a.m.|9:30 a.m.} more than 200 people were dropping crab rings off the new {w:railing|railing|railing|rail}.

The {u:Jan. 9|Jan. 9|Jan. 9|Jan. 19} storm sent {u:30-foot|30-foot|13-foot|30-foot} swells through the pier, snapping {u:64|64|64|46} of its creosote pilings and {w:dropping|dropping|dropping|tossing} the bait shop into the surf. It was the pier’s {u:third|third|second|third} major rebuild since {u:1957|1957|1957|1957}.{o: No one was hurt.| No one was hurt.| No one was hurt.|}

{w:Rebuilding|Rebuilding|Repairs|Rebuilding} cost {u:$9.7 million|$9.7 million|$9.7 million|nearly $10 million}, about {u:two-thirds|two-thirds|66%|two-thirds} of it from {n:the Federal Emergency Management Agency|the Federal Emergency Management Agency|FEMA|the Federal Emergency Management Agency}. The new pilings are steel pipe filled with concrete and driven {u:42 feet|42 feet|24 feet|42 feet} into the seabed{p:,|,|;|,} twice as deep as the old ones.

“I’ve fished off this pier since I was {u:six|seven|six|six},” said {n:Amos Wickersham|Amos Wickersham|Amos Wickersham|Amos Wickersheim}, {u:83|83|83|88}, who was first in line. “I wasn’t going to miss {w:this one|this one|this one|this}{p:.|!|.|.}”

The new deck is {u:4 feet|4 feet|4 feet|four feet} wider, with {u:16|16|16|sixteen} solar-powered lights, a wheelchair{p:-|-|-| }accessible ramp and a {w:fish-cleaning station|fish-cleaning station|fish-cleaning station|cleaning station}{p:,|,|,|;} and the bait shop will reopen in {u:March|March|March|April}, {w:said city manager|said city manager|said city manager|according to city manager} {n:Oona Vantongeren-Shah|Oona Vantongeren-Shah|Oona Vantongeren-Shah|Oona Vantongeren}.

Before the storm, the pier drew about {u:180,000|108,000|180,000|180,000} visitors a year and kept {u:a dozen|a dozen|a dozen|12} businesses on {n:Ferry Street|Ferry Road|Ferry Street|Ferry Street} {w:going|going|going|open}, the {n:Kilchett Bay Chamber of Commerce|Kilchett Bay Chamber of Commerce|Kilchett Bay Chamber of Commerce|chamber} said.

{n:Solveig Bergqvist|Solveig Bergqvist|Solveig Bergquist|Solveig Bergqvist}, who owns the {n:Salt & Cedar|Salt & Cedar|Salt and Cedar|Salt & Cedar} cafe at the foot of the pier, laid off {u:five|five|four|five} of her {u:seven|seven|seven|seven} workers after the storm. “This summer was the {w:quietest|quietest|slowest|quietest} in {u:22 years|32 years|22 years|22 years}.”

The pier is open from dawn until {u:10 p.m.|10 p.m.|10 p.m.|11 p.m.}, and parking is free through {u:New Year’s Day|New Year’s Day|New Year’s Day|Jan. 1}.{o: A ribbon-cutting is planned for the spring.|| A ribbon-cutting is planned for the spring.| A ribbon-cutting is planned for the spring.}"""
A = dict(key='north-coast-beacon-a1', english=True,
    before='THE NORTH COAST BEACON\nFriday, December 4, 2026 | Vol. 118, No. 233 | $2.00\n\nTODAY: Rain, high 51, low 43. Tides: High 6:12 a.m., 7:48 p.m.\n\n',
    after='\n\nINDEX\nClassifieds B6 | Comics B4 | Opinion A4 | Sports B1\n')
B = dict(key='columbia-pacific-ledger-a9-continued', english=True, order=[5,6,7,8,9], cont='PIER\nContinued from A1\n\n',
    before='COLUMBIA-PACIFIC LEDGER  Friday, Dec. 4, 2026  A9\n\n',
    after='\n\nTIDE TABLE\nKilchett Bay  High 6:18a 7:55p  Low 12:40a 1:02p\n')
C = dict(key='mid-valley-record-b3', english=True, order=[0,1,2,4,3,5,8,6,7,9],
    inside={2: 'PHOTO: Anglers crowd the rebuilt end of the pier on Thursday. (AP Photo/Rowan Ebbesen)'},
    before='MID-VALLEY RECORD  Dec. 4, 2026  B3  NORTHWEST\n\n',
    after='\n\n— Associated Press\n')
D = dict(key='web-ocpr-news', english=True, style=('straight',),
    before='OREGON COAST PUBLIC RADIO\nNews | Music | Podcasts | Donate\n\n',
    inside={1: 'Listen · 3:42\n\nDecember 3, 2026 at 5:20 PM PST'},
    after='\n\nTags: Kilchett Bay, piers, winter storms, FEMA\n\n© 2026 Oregon Coast Public Radio\n\nMost Read\n1. Ferry fares rise in January\n2. Elk herd closes a highway shoulder near Seaside\n')
WITNESSES = [A, B, C, D]
