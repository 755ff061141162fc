# An AP story on the last sardine cannery of an invented Maine harbor town reopening as a working
# museum: a print with a pull quote inside the story and harbor notes after; a news aggregator page
# in NFD (Léonie Thériault, Benoît: style, not sites; a "Story by" line and a sponsored box inside the
# story, "Continue reading", "More for You", copyright) with its own edits (its own headline, 1,400/
# 1,100 workers, Sixty-one/61 at a sentence's start, the trust's short name, crumbling, $3.1/$1.3
# million, 15/16, packed/canned, ./! in a quotation, a dropped sentence, 1 to 4 p.m./1-4 p.m.
# connector only); a print that swaps two paragraphs with differences
# inside (1952/1962, $310,000/$301,000) and cuts the last paragraph, with real differences in its last
# printed paragraph (70%/70 percent, ;/,, six/seven, Thériault/Theriault, a dropped clause) and a
# puzzle line and an ad right after, besides a shortened byline, Thursday/Tuesday, a shortened name
# and twice/three times a day; a weekly that moves a paragraph later with differences inside
# (Passamaquoddy/Pasamaquoddy, a dropped sentence) and drops another paragraph, besides 2002/2001, a
# dropped "last", a dropped clause, a minute/sixty seconds, eighty/80 cans, ;/,, earned, minded, from
# away, Wednesday/Thursday through Sunday.
STORY = """{w:Maine’s last sardine cannery reopens, this time as a museum|Last sardine cannery reopens as a museum with its old machines running|Maine’s last sardine cannery reopens, this time as a museum|Maine’s last sardine cannery reopens, this time as a museum}

By {n:OSWIN TREMBLAY-HASKELL|OSWIN TREMBLAY-HASKELL|OSWIN TREMBLAY|OSWIN TREMBLAY-HASKELL}

{n:PORT ACHERON|PORT ACHERON|PORT ACHERON|PORT ACHERON}, Maine (AP) — The steam whistle at the {n:Carraway & Dunmore cannery|Carraway & Dunmore cannery|Carraway & Dunmore cannery|Carraway & Dunmore cannery} blew again on {u:Thursday|Thursday|Tuesday|Thursday}, {u:24 years|24 years|24 years|24 years} after the {w:last|last|last|} can of sardines {w:rolled off its line|rolled off its line|rolled off its line|rolled off its line} in {u:2002|2002|2002|2001}.

At its peak in {u:1952|1952|1962|1952}, the cannery employed {u:1,400|1,100|1,400|1,400} workers, most of them women who {w:cut and packed|cut and packed|cut and packed|cut and packed} herring by hand{w:, paid by the case|, paid by the case|, paid by the case|, paid by the case}. {u:Sixty-one|61|Sixty-one|Sixty-one} canneries once lined the Maine coast.

The {n:Port Acheron Heritage Trust|Heritage Trust|Port Acheron Heritage Trust|Port Acheron Heritage Trust} bought the {w:sagging|crumbling|sagging|sagging} waterfront building in {u:2019|2019|2019|2019} for {u:$310,000|$310,000|$301,000|$310,000} and spent {u:$3.1 million|$1.3 million|$3.1 million|$3.1 million} {w:shoring up|shoring up|shoring up|shoring up} its pilings and restoring {u:two|two|two|two} packing lines{w:, a steam retort and a can-sealing machine|, a steam retort and a can-sealing machine|, a steam retort and a can-sealing machine|}.

{n:Léonie Thériault|Léonie Thériault|Léonie Thériault|Léonie Thériault}, {u:86|86|86|86}, started at the cannery when she was {u:15|16|15|15}. On {w:opening day|opening day|opening day|opening day} she {w:packed|canned|packed|packed} a tin of sardines in {u:under a minute|under a minute|under a minute|under sixty seconds}, the same as in {u:1955|1955|1955|1955}. “My hands {w:remember|remember|remember|remember}{p:.|!|.|.}”{o: The crowd cheered.|| The crowd cheered.| The crowd cheered.}

She could pack {u:eighty cans|eighty cans|eighty cans|80 cans} an hour{p:;|;|;|,} the best packers {w:were paid|were paid|were paid|earned} {u:eight cents|eight cents|eight cents|eight cents} a can. “We {w:smelled like fish all summer|smelled like fish all summer|smelled like fish all summer|smelled like fish all summer}, and {w:nobody cared|nobody cared|nobody cared|nobody minded}.”

The herring came from {n:Passamaquoddy Bay|Passamaquoddy Bay|Passamaquoddy Bay|Pasamaquoddy Bay} and the weirs off {n:Quoddy Narrows|Quoddy Narrows|Quoddy Narrows|Quoddy Narrows}.{o: By the 1990s, the catch and the market were both shrinking.| By the 1990s, the catch and the market were both shrinking.| By the 1990s, the catch and the market were both shrinking.|}

Trust director {n:Benoît Carrier-Lundquist|Benoît Carrier-Lundquist|Benoît Carrier|Benoît Carrier-Lundquist} said the museum {w:will run the lines|will run the lines|will run the lines|will run the lines} {u:twice a day|twice a day|three times a day|twice a day}, using {w:herring bought from|herring bought from|herring bought from|herring bought from} the {u:two|two|two|two} weirs still fished {w:in the bay|in the bay|in the bay|in the bay}. The {w:tins|tins|tins|tins} will be sold in the gift shop.

The trust expects {u:about 30,000|about 30,000|about 30,000|about 30,000} visitors a year, {u:70%|70%|70 percent|70%} of them {w:from out of state|from out of state|from out of state|from away}{p:;|;|,|;} {u:six|six|seven|six} former cannery workers have signed on as guides{w: for the summer| for the summer|| for the summer}, among them {n:Thériault|Thériault|Theriault|Thériault}.

The museum is open {p:1 to 4 p.m.|1-4 p.m.|1 to 4 p.m.|1 to 4 p.m.} {u:Wednesday through Sunday|Wednesday through Sunday|Wednesday through Sunday|Thursday through Sunday} {u:until Oct. 31|until Oct. 31|until Oct. 31|until Oct. 31}.{o: Admission is free for anyone who once worked in a Maine cannery.| Admission is free for anyone who once worked in a Maine cannery.| Admission is free for anyone who once worked in a Maine cannery.| Admission is free for anyone who once worked in a Maine cannery.}"""
A = dict(key='downeast-packet-a1', english=True,
    inside={4: '“My hands remember.” — Léonie Thériault, 86, who started packing sardines at 15'},
    before='THE DOWNEAST PACKET\nFriday, June 12, 2026  •  $2.00\n\n',
    after='\n\nHARBOR NOTES\nHigh tide 6:41 a.m., 7:02 p.m. Sunset 8:21 p.m.\nThe harbor master reminds boaters that the town float opens June 15.\n')
B = dict(key='web-aggregator-newsreel', english=True, style=('nfd',),
    inside={1: 'Story by Oswin Tremblay-Haskell • 6h', 3: 'SPONSORED\nAll-inclusive Maine coast cruises from $1,899. Learn more'},
    before='Newsreel | Top Stories | U.S. | Travel\n\n',
    after='\n\nContinue reading\n\nMore for You\n• Lobster prices dip as early season hauls rise\n• Ferry fares to islands rise 6%\n\n© 2026 Newsreel\n')
C = dict(key='machias-courier-p3', english=True, order=[0,1,2,4,3,5,6,7,8,9],
    before='MACHIAS COURIER  Friday, June 12, 2026  Page 3\n\n',
    after='\n\nSUDOKU answers on Page 9\n\nADVERTISEMENT\nBAYSIDE MARINE — Outboard tune-ups $149. Call 207-555-0176\n')
D = dict(key='quoddy-tides-weekly-p1', english=True, order=[0,1,2,3,4,5,6,9,7,10],
    before='THE QUODDY WEEKLY  June 18, 2026  Page 1\n\n',
    after='\n\nThe Quoddy Weekly is published every Thursday.\n')
WITNESSES = [A, B, C, D]
