# An AP story on residents of an invented Montana ranching town who bought and now run their own post
# office building: one paper's story over two files ("See POST OFFICE, Page A8" / "POST OFFICE From
# Page A1") with other stories in both; a jump inside one file with a neighbouring story and a
# sheriff's log between the parts ("Continued on B6" … "MAIL / From Page B1") and its own edits
# ($64,500/$46,500, 79/97, two days, since 1998/1989, fishing, a serial comma added, Monday through
# Friday) and an ad after;
# an OCR transcription with hard wraps (l/1, O/0, rn/m, e/c, 4.7/47 miles, names with l/1 and
# rn/m, a lost sentence); a Markdown digest with straight quotes and its own edits (its own headline,
# a shortened byline, tiny/small, listed, worried, is closed, the association's short name, June
# 2/12, USPS for the full name, a dropped sentence, a shortened quotation, ,/. in a quotation, 1969/
# 1996, reduced hours, hopes to, a shortened list).
STORY = """Montana ranch town {w:buys its post office to keep the mail coming|buys its post office to keep the mail coming|buys its post office to keep the mail coming|saves its post office}

By {n:WENDELIN FAIRWEATHER-KOSKI|WENDELIN FAIRWEATHER-KOSKI|WENDELIN FAIRWEATHER-KOSKI|WENDELIN FAIRWEATHER}

{n:GRASSHOLLOW|GRASSHOLLOW|GRASSHOLLOW|GRASSHOLLOW}, Mont. (AP) — When the landlord of the {w:tiny|tiny|tiny|small} post office in Grasshollow {w:put the building up for sale|put the building up for sale|put the building up for sale|listed the building} last winter, the {u:143|143|l43|143} people who get their mail there {w:feared the worst|feared the worst|feared the worst|worried}.

The nearest other post office is in {n:Big Tamarack|Big Tamarack|Big Tamarack|Big Tamarack}, {u:38 miles|38 miles|38 rniles|38 miles} away over {n:Sheepeater Pass|Sheepeater Pass|Sheepeater Pass|Sheepeater Pass}, which {w:closes|closes|closes|is closed} for weeks at a time in {u:January and February|January and February|January and February|January and February}.

So the town bought it. Residents formed the {n:Grasshollow Mercantile Association|Grasshollow Mercantile Association|Grasshollow Mercantile Association|Mercantile Association} in {u:March|March|March|March}, raised {u:$64,500|$46,500|$64,5OO|$64,500} in {u:11 weeks|11 weeks|1l weeks|11 weeks} and closed on the {u:1,100-square-foot|1,100-square-foot|l,100-square-foot|1,100-square-foot} building on {u:June 2|June 2|June 2|June 12}.

The {n:U.S. Postal Service|U.S. Postal Service|U.S. Postal Service|USPS} now rents the space from the association for {u:$700 a month|$700 a month|$7OO a month|$700 a month}, which covers taxes, insurance and {w:a new furnace|a new furnace|a new furnace|a new furnace}.{o: The old one had been patched with baling wire.| The old one had been patched with baling wire.| The old one had been patched with baling wire.|}

“{w:It’s the only place in town where everybody shows up|It’s the only place in town where everybody shows up|It’s the only place in town where everybody shows up|It’s where everybody shows up}{p:,|,|,|.}” said {n:Clementine Haugaard|Clementine Haugaard|C1ementine Haugaard|Clementine Haugaard}, {u:79|97|79|79}, who has lived on a ranch {u:4.7 miles|4.7 miles|47 miles|4.7 miles} {w:up the creek|up the creek|up the creek|up the creek} since {u:1969|1969|1969|1996}. “If you don’t see somebody at the mail counter for {u:three days|two days|three days|three days}, you {w:go check on them|go check on them|go cheek on them|go check on them}.”

Postmaster {n:Ardith Lemmerhirt|Ardith Lemmerhirt|Ardith Lernmerhirt|Ardith Lemmerhirt} has worked the counter {u:since 1998|since 1989|since 1998|since 1998}. She sorts mail for {u:212|212|2l2|212} boxes, sells stamps and {w:hunting|fishing|hunting|hunting} licenses{p:|,||} and keeps a jar of dog biscuits on the counter.

Across rural Montana, {u:at least 19|at least 19|at least l9|at least 19} post offices have {w:cut their hours|cut their hours|cut their hours|reduced hours} since {u:2020|2020|2O20|2020}, according to the {n:Montana Rural Letter Carriers|Montana Rural Letter Carriers|Montana Rural Letter Carriers|Montana Rural Letter Carriers}. Grasshollow’s is open {u:four hours a day|four hours a day|four hours a day|four hours a day}, {u:Monday through Saturday|Monday through Friday|Monday through Saturday|Monday through Saturday}.

The association {w:plans to|plans to|plans to|hopes to} {w:put a bench and a bulletin board out front|put a bench and a bulletin board out front|put a bench and a bulletin board out front|put a bench out front} {u:next summer|next summer|next surnmer|next summer}{p:.|.|.|.}{o: Haugaard has already donated the bench.| Haugaard has already donated the bench.|| Haugaard has already donated the bench.}"""
A = dict(key='big-sky-ledger-a1', english=True,
    before='BIG SKY LEDGER\nTuesday, September 8, 2026  •  Final  •  $1.75\n\n',
    files=dict(after=5, out='\n\nSee POST OFFICE, Page A8', key2='big-sky-ledger-a8',
        after1='\n\nCounty fair attendance tops 40,000\n\nThe county fair drew 41,260 visitors over five days, organizers said Monday.\n',
        before2='BIG SKY LEDGER  Tuesday, September 8, 2026  A8\n\nHunting season opens Saturday for antelope\n\nArchery hunters took 312 antelope in the district last year, state wildlife officials said.\n\n',
        inn='POST OFFICE\nFrom Page A1'),
    after='\n\nTODAY’S WEATHER\nPartly cloudy, high 74, low 41.\n')
B = dict(key='yellowstone-valley-news-b1', english=True,
    jump=dict(after=4, out='\n\nContinued on B6',
        middle='Library adds seed swap shelf\n\nThe Big Tamarack Public Library now lends vegetable seeds; return a handful after harvest.\n\n=====\n\nB6  YELLOWSTONE VALLEY NEWS  Tuesday, Sept. 8, 2026\n\nSHERIFF’S LOG\nSaturday, 2:14 a.m.: Cattle reported on Highway 287 near mile marker 42. Owner notified.',
        inn='\n\nMAIL\nFrom Page B1'),
    before='YELLOWSTONE VALLEY NEWS  Tuesday, Sept. 8, 2026  B1  REGION\n\n',
    after='\n\nADVERTISEMENT\nSTOCKMEN’S SUPPLY — Fencing wire, 1/2-mile roll $119. 406-555-0183\n')
C = dict(key='ocr-tamarack-weekly-p4', english=True, wrap=40,
    before='TAMARACK WEEKLY  Sept. 10, 2O26  Page 4\n\n',
    after='\n\nCHURCH NOTES\nPotluck after services Sunday at the Grange.\n')
D = dict(key='md-high-plains-digest', english=True, style=('md', 'straight'),
    before='High Plains Digest — Rural News This Week, Sept. 12, 2026\n\n',
    after='\n\n---\n\n*Shared with permission of The Associated Press.*\n')
WITNESSES = [A, B, C, D]
