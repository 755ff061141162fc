# An AP story on volunteers in an invented North Dakota town who reopened its 1950s curling rink,
# with a co-author byline and a wire credit line: a front page with an ear and a weather box after;
# a print that cuts the last two paragraphs, with many real differences in its last printed
# paragraph (Saturday/Sunday, 6:30/6:15 p.m., half a percentage point/a half percent, a dropped
# clause, ./!) and a lottery box and an ad right after, besides a byline that drops the second
# author, 48/84 and a short club name; a public radio site in NFD (nav bar, a "Listen" line and a
# "Published … Updated" line inside the story, share bar, a "support" line, copyright) with its own
# edits (its own headline, sat dark/stood empty, Renée Ducharme-Vogt/Renee, 1957/1975, $212,000/$221,000, three-quarters/
# 75%, a dropped sentence, 20 to 25/20-25 connector only, Jan. 9/Jan. 19, sugar beet grower/beet
# farmer, a tenth/10%, a dropped closing sentence); an OCR
# column of the front page with hard wraps and straight quotes (rn/m, l/1, O/0, accents lost in
# names, 4.5/45 inches, $l8).
STORY = """{w:Town sweeps the dust off its old curling rink|Town sweeps the dust off its old curling rink|Prairie town revives curling rink|Town sweeps the dust off its old curling rink}

By {n:HALVARD KJELSTRUP and PRIYA MONTAGNE-ASHBY|HALVARD KJELSTRUP|HALVARD KJELSTRUP and PRIYA MONTAGNE-ASHBY|HALVARD KJELSTRUP and PRIYA MONTAGNE-ASHBY}
Associated Press

{n:VELVA CROSSING|VELVA CROSSING|VELVA CROSSING|VELVA CROSSlNG}, N.D. (AP) — For {u:19 winters|19 winters|19 winters|l9 winters}, the {w:tin-roofed|tin-roofed|tin-roofed|tin-roofed} curling rink behind the grain elevator in Velva Crossing {w:sat dark|sat dark|stood empty|sat dark}. This month, the lights came back on.

A group of {u:48 volunteers|84 volunteers|48 volunteers|48 volunteers} spent the summer {w:replacing|replacing|replacing|replacing} the rink’s {w:rotted|rotted|rotted|rotted} boards, rewiring its {u:four|four|four|four} sheets and {w:buying|buying|buying|buying} a used ice plant from a club in {n:Moose Jaw|Moose Jaw|Moose Jaw|Moose Jaw}, Saskatchewan. The rink, built in {u:1957|1957|1975|1957}, reopened on {u:Jan. 9|Jan. 9|Jan. 19|Jan. 9} with 20{p: to | to |-| to }25 curlers a night.

“{w:My dad threw his last stone here|My dad threw his last stone here|My dad threw his last stone here|My dad threw his last stone here}{p:,|,|,|.}” said {n:Renée Ducharme-Vogt|Renée Ducharme-Vogt|Renee Ducharme-Vogt|Renee Ducharme-Vogt}, {u:61|61|61|6l}, who {w:chairs|chairs|chairs|chairs} the {n:Velva Crossing Curling Club|Curling Club|Velva Crossing Curling Club|Velva Crossing Curling Club}. “{w:I wasn’t going to let it fall down|I wasn’t going to let it fall down|I wasn’t going to let it fall down|I wasn’t going to let it fall down}.”

The club raised {u:$212,000|$212,000|$221,000|$212,000} from {w:pie auctions, a raffle and|pie auctions, a raffle and|pie auctions, a raffle and|pie auctions, a raffle and} a grant from the {n:Sheyenne Valley Community Foundation|Sheyenne Valley Community Foundation|Sheyenne Valley Community Foundation|Sheyenne Valley Comrnunity Foundation}. About {u:three-quarters|three-quarters|75%|three-quarters} of the money went to the ice plant, which keeps {u:4.5 inches|4.5 inches|4.5 inches|45 inches} of ice at {u:23 degrees|23 degrees|23 degrees|23 degrees}.{o: The old plant had leaked ammonia in 2006.| The old plant had leaked ammonia in 2006.|| The old plant had leaked ammonia in 2006.}

Most members are farmers who {w:have time on their hands|have time on their hands|have time on their hands|have time on their hands} after harvest. {n:Joaquín de la Fuente-Ness|Joaquín de la Fuente-Ness|Joaquín de la Fuente-Ness|Joaquin de la Fuente-Ness}, a {u:27-year-old|27-year-old|27-year-old|27-year-old} {w:sugar beet grower|sugar beet grower|beet farmer|sugar beet grower}, had never held a broom before {u:December|December|December|December}. “{w:Now I’m here four nights a week|Now I’m here four nights a week|Now I’m here four nights a week|Now I’m here four nights a week}{p:,|,|,|,}” he said.

Across the state, curling clubs have {w:lost members|lost members|lost members|lost rnembers} for {u:two decades|two decades|two decades|two decades}, said {n:Callum MacInnery|Callum MacInnery|Callum MacInnery|Callum Maclnnery}, who {w:tracks them for|tracks them for|tracks them for|tracks them for} the {n:Dakota Curling Association|Dakota Curling Association|Dakota Curling Association|Dakota Curling Association}. Membership {w:fell|fell|fell|fell} by {u:about a tenth|about a tenth|about 10%|about a tenth} since {u:2015|2015|2015|2O15}, he said.

The club charges {u:$18 a night|$18 a night|$18 a night|$l8 a night} and {w:lends brooms and shoes|lends brooms and shoes|lends brooms and shoes|lends brooms and shoes} to {w:newcomers|newcomers|newcomers|newcomers}. {n:Margit van der Sloot|Margit van der Sloot|Margit van der Sloot|Margit van der Sloot}, a {w:retired teacher|retired teacher|retired teacher|retired teacher}, runs a {w:Thursday|Thursday|Thursday|Thursday} league for {u:children ages 8 to 14|children ages 8 to 14|children ages 8 to 14|children ages 8 to 14}.

The first bonspiel{w: since the rink closed| since the rink closed| since the rink closed| since the rink closed} is set for {u:Saturday|Sunday|Saturday|Saturday}, with a {u:6:30 p.m.|6:15 p.m.|6:30 p.m.|6:30 p.m.} draw and {u:16 teams|16 teams|16 teams|l6 teams} from {w:three states|three states|three states|three states}{w: and Manitoba| and Manitoba| and Manitoba| and Manitoba}. Dues{w: this year| this year| this year| this year} went up {u:half a percentage point|a half percent|half a percentage point|half a percentage point} of {w:the county’s mill levy|the county’s mill levy|the county’s mill levy|the county’s mill levy}{w:, which voters approved in November||, which voters approved in November|, which voters approved in November}{p:.|!|.|.}

“{w:We built this for the next 60 years|We built this for the next 60 years|We built this for the next 60 years|We built this for the next 60 years},” Ducharme-Vogt said.{o: “Not just for us.”| “Not just for us.”|| “Not just for us.”}

{n:Kjelstrup|Kjelstrup|Kjelstrup|Kje1strup} reported from Velva Crossing; {n:Montagne-Ashby|Montagne-Ashby|Montagne-Ashby|Montagne-Ashby} from Bismarck."""
A = dict(key='prairie-courier-a1', english=True,
    before='THE PRAIRIE COURIER\nMonday, January 26, 2026  •  Late Edition  •  $1.50\nINSIDE: Hockey B1 | Farm & Ranch C1 | Obituaries A6\n\n',
    after='\n\nWEATHER  Today: Blowing snow, high 8. Tonight: Clear, low -17.\n')
B = dict(key='minot-gazette-b2', english=True, order=[0,1,2,3,4,5,6,7,8,9],
    before='MINOT VALLEY GAZETTE  Monday, Jan. 26, 2026  B2\n\n',
    after='\n\nLOTTERY\nPowerball: 4-19-27-38-61, PB 11\nNorth Dakota 2by2: Red 7-20, White 3-16\n\nADVERTISEMENT\nHENSEL IMPLEMENT — Snow blowers from $649. Call 701-555-0148.\n')
C = dict(key='web-prairie-public-radio', english=True, style=('nfd',),
    inside={0: 'Listen • 3:42', 1: 'Published January 25, 2026 at 5:14 PM CST | Updated January 26, 2026 at 8:02 AM CST\nShare: Facebook | X | Email'},
    before='Prairie Public Radio\nNews | Music | Podcasts | Donate\n\n',
    after='\n\nPrairie Public Radio is listener-supported. Support local journalism: become a member today.\n\nCopyright 2026 Prairie Public Radio.\n')
D = dict(key='ocr-ward-county-weekly-p3', english=True, wrap=42, style=('straight',),
    before='WARD COUNTY WEEKLY  Jan. 29, 2O26  Page 3\n\n',
    after='\n\nCARD OF THANKS\nThe family of Arvid Nygaard thanks all who sent cards and food.\n')
WITNESSES = [A, B, C, D]
