# An AP story on a seed library in an invented eastern Kentucky town rebuilding its heirloom bean
# collection after a flood, carried by five papers: a front page that jumps inside one file with
# other stories between the parts ("See SEEDS, Page A7" … "SEEDS From Page A1"); a print that cuts
# the last two paragraphs (the closing quotation and the contributor line), with real differences in
# its last printed paragraph (Saturday/Sunday, 10 a.m./1 p.m., ./!) and an ad and a design credit
# after, besides were ruined/were lost; a print that cuts the last four paragraphs, with real
# differences in its last printed paragraph (3 percentage points/3%, ;/,, 1,140/1,410, a shortened
# name) and a classifieds box after, besides also gave/gave; a TV station site in NFD (nav,
# "Published … Updated" and a share bar inside the story, a WATCH line, a "Support local news" line,
# copyright) with its own edits (its own headline, 212/221 varieties, former feed store, 1930s/1920s,
# 58/85, 300 to 400/300-400 connector only, a dropped sentence, 1½/2½ pounds, two-thirds/66%,
# Zoë/Zoe Márquez-Lindqvist, 16/15-year-old, a dropped sentence); a weekly with a co-author byline and
# a contributor line that has its own edits (HOLLYBRANCH/HOLLY BRANCH, July 27/July 29, 5/five feet,
# in envelopes, Twenty-two/22 at a sentence's start, McCandless-Byrd/McCandless Byrd, 2014/2015,
# a shortened clause, de Vries/DeVries, $2,300/$3,200, 2.5 feet/30 inches, Grange/Grange Hall, a
# dropped sentence, O'Rourke/O'Rouke).
STORY = """{w:After the flood, a town replants its seed library|After the flood, a town replants its seed library|After the flood, a town replants its seed library|Flood nearly wiped out these heirloom beans. Neighbors saved them|After the flood, a town replants its seed library}

By {n:BRONWYN ADEYEMI-CASTELLANO|BRONWYN ADEYEMI-CASTELLANO|BRONWYN ADEYEMI-CASTELLANO|BRONWYN ADEYEMI-CASTELLANO|BRONWYN ADEYEMI-CASTELLANO and FINNIAN KOVALCHUK-REYES}

{n:HOLLYBRANCH|HOLLYBRANCH|HOLLYBRANCH|HOLLYBRANCH|HOLLY BRANCH}, Ky. (AP) — When the {n:Troublesome Branch|Troublesome Branch|Troublesome Branch|Troublesome Branch|Troublesome Branch} {w:came over its banks|came over its banks|came over its banks|came over its banks|came over its banks} on {u:July 27|July 27|July 27|July 27|July 29}, the water {w:rose|rose|rose|rose|rose} {u:5 feet|5 feet|5 feet|5 feet|five feet} inside the {w:old feed store|old feed store|old feed store|former feed store|old feed store} that {w:housed|housed|housed|housed|housed} the {n:Hollybranch Seed Library|Hollybranch Seed Library|Hollybranch Seed Library|Hollybranch Seed Library|Hollybranch Seed Library}. Most of its {u:212 varieties|212 varieties|212 varieties|221 varieties|212 varieties} {w:were|were|were|were|were} {w:in paper envelopes on the bottom shelves|in paper envelopes on the bottom shelves|in paper envelopes on the bottom shelves|in paper envelopes on the bottom shelves|in envelopes on the bottom shelves}.

{u:Twenty-two|Twenty-two|Twenty-two|Twenty-two|22} varieties {w:survived|survived|survived|survived|survived}, {w:kept in jars on a high shelf|kept in jars on a high shelf|kept in jars on a high shelf|kept in jars on a high shelf|kept in jars on a high shelf}. The rest, including a cornfield bean {w:grown in the hollow since the 1930s|grown in the hollow since the 1930s|grown in the hollow since the 1930s|grown in the hollow since the 1920s|grown in the hollow since the 1930s}, {w:were ruined|were lost|were ruined|were ruined|were ruined}.

“{w:I sat on the porch and cried|I sat on the porch and cried|I sat on the porch and cried|I sat on the porch and cried|I sat on the porch and cried}{p:,|,|,|,|,}” said {n:Odalys McCandless-Byrd|Odalys McCandless-Byrd|Odalys McCandless-Byrd|Odalys McCandless-Byrd|Odalys McCandless Byrd}, {u:58|58|58|85|58}, who {w:started the library|started the library|started the library|started the library|started the library} in {u:2014|2014|2014|2014|2015} with {u:a shoebox of beans|a shoebox of beans|a shoebox of beans|a shoebox of beans|a shoebox of beans}.

{w:Then the envelopes started coming back|Then the envelopes started coming back|Then the envelopes started coming back|Then the envelopes started coming back|Then the envelopes started coming back}. {w:Gardeners who had borrowed seeds over the years|Gardeners who had borrowed seeds over the years|Gardeners who had borrowed seeds over the years|Gardeners who had borrowed seeds over the years|Gardeners who had borrowed seeds} mailed back 300{p: to | to | to |-| to }400 packets from {u:11 states|11 states|11 states|11 states|11 states}.{o: One came from a soldier in Germany.| One came from a soldier in Germany.| One came from a soldier in Germany.|| One came from a soldier in Germany.}

{n:Tamsin de Vries|Tamsin de Vries|Tamsin de Vries|Tamsin de Vries|Tamsin DeVries}, who runs the {n:Appalachian Heirloom Seed Collective|Appalachian Heirloom Seed Collective|Appalachian Heirloom Seed Collective|Appalachian Heirloom Seed Collective|Appalachian Heirloom Seed Collective} in {n:Berea|Berea|Berea|Berea|Berea}, {w:sent|sent|sent|sent|sent} {u:1½ pounds|1½ pounds|1½ pounds|2½ pounds|1½ pounds} of the cornfield bean {w:from her own stock|from her own stock|from her own stock|from her own stock|from her own stock}. The collective {w:also gave|also gave|gave|also gave|also gave} {u:$2,300|$2,300|$2,300|$2,300|$3,200} for {w:shelving and a dehumidifier|shelving and a dehumidifier|shelving and a dehumidifier|shelving and a dehumidifier|shelving and a dehumidifier}.

The library {w:now|now|now|now|now} {w:holds|holds|holds|holds|holds} {u:186 varieties|186 varieties|186 varieties|186 varieties|186 varieties}, {u:about two-thirds|about two-thirds|about two-thirds|about 66%|about two-thirds} of what it had. Borrowing {w:rose|rose|rose|rose|rose} {u:3 percentage points|3 percentage points|3%|3 percentage points|3 percentage points} among county households this fall{p:;|;|,|;|;} {u:1,140|1,140|1,410|1,140|1,140} families {w:checked out seeds|checked out seeds|checked out seeds|checked out seeds|checked out seeds}, said {n:Lorcan MacAuley|Lorcan MacAuley|MacAuley|Lorcan MacAuley|Lorcan MacAuley}, the {w:county extension agent|county extension agent|county extension agent|county extension agent|county extension agent}.

The new shelves {w:sit|sit|sit|sit|sit} {u:2.5 feet|2.5 feet|2.5 feet|2.5 feet|30 inches} above the {w:flood line|flood line|flood line|flood line|flood line}{w:, painted in red on the wall|, painted in red on the wall|, painted in red on the wall|, painted in red on the wall|, painted in red on the wall}. {n:Zoë Márquez-Lindqvist|Zoë Márquez-Lindqvist|Zoë Márquez-Lindqvist|Zoe Márquez-Lindqvist|Zoë Márquez-Lindqvist}, a {u:16-year-old|16-year-old|16-year-old|15-year-old|16-year-old} volunteer, {w:labels every jar by hand|labels every jar by hand|labels every jar by hand|labels every jar by hand|labels every jar by hand}.{o: She says her handwriting has improved.| She says her handwriting has improved.| She says her handwriting has improved.|| She says her handwriting has improved.}

A {w:seed swap|seed swap|seed swap|seed swap|seed swap} is set for {u:Saturday|Sunday|Saturday|Saturday|Saturday} from {u:10 a.m.|1 p.m.|10 a.m.|10 a.m.|10 a.m.} at the {n:Kentucky River Grange|Kentucky River Grange|Kentucky River Grange|Kentucky River Grange|Kentucky River Grange Hall}{w:, where the library will stay until spring|, where the library will stay until spring|, where the library will stay until spring|, where the library will stay until spring|, where the library will stay until spring}{p:.|!|.|.|.}

“{w:Seeds are meant to go out and come back|Seeds are meant to go out and come back|Seeds are meant to go out and come back|Seeds are meant to go out and come back|Seeds are meant to go out and come back},” McCandless-Byrd said. “{w:This year they did|This year they did|This year they did|This year they did|This year they did}.”{o: Her own garden, she added, washed away.| Her own garden, she added, washed away.| Her own garden, she added, washed away.| Her own garden, she added, washed away.|}

{w:Associated Press writer|Associated Press writer|Associated Press writer|Associated Press writer|Associated Press writer} {n:Phineas O’Rourke|Phineas O’Rourke|Phineas O’Rourke|Phineas O’Rourke|Phineas O’Rouke} in {n:Hazard|Hazard|Hazard|Hazard|Hazard} contributed."""
A = dict(key='mountain-eagle-a1', english=True,
    jump=dict(after=4, out='\n\nSee SEEDS, Page A7',
        middle='School board approves new bus route\n\nThe county school board voted 4-1 Thursday to add a bus route along Highway 15.\n\n=====\n\nA7  THE MOUNTAIN EAGLE  Sunday, November 8, 2026\n\nOBITUARIES\nVerlie Combs, 91, of Hindman, died Nov. 5. Services are Tuesday at 11 a.m.',
        inn='\n\nSEEDS\nFrom Page A1'),
    before='THE MOUNTAIN EAGLE\nSunday, November 8, 2026  •  $1.50\n\n',
    after='\n\nADVERTISEMENT\nBLACK GOLD HARDWARE — Seed starting trays, 3 for $10.\n')
B = dict(key='kentucky-river-times-b4', english=True, order=[0,1,2,3,4,5,6,7,8,9],
    before='KENTUCKY RIVER TIMES  Sunday, Nov. 8, 2026  B4\n\n',
    after='\n\nADVERTISEMENT\nHAZARD FARM SUPPLY — Winter rye seed, 50-lb. bag $38.\n\nPage design: Merle Fugate\n')
C = dict(key='cumberland-valley-post-p6', english=True, order=[0,1,2,3,4,5,6,7],
    before='CUMBERLAND VALLEY POST  Monday, Nov. 9, 2026  Page 6\n\n',
    after='\n\nCLASSIFIEDS\nFOR SALE: Two-row corn planter, good shape, $450. 606-555-0137.\n')
D = dict(key='web-wkyt-mountain', english=True, style=('nfd',),
    inside={1: 'Published: Nov. 7, 2026 at 6:20 PM EST | Updated: Nov. 8, 2026 at 7:05 AM EST\nShare: Facebook | X | Email', 4: 'WATCH: Volunteers rebuild Hollybranch Seed Library (2:14)'},
    before='WKMT 12 Mountain News\nHome | News | Weather | Sports\n\n',
    after='\n\nSupport local news: subscribe to WKMT 12 Plus.\n\nCopyright 2026 WKMT. All rights reserved.\n')
E = dict(key='knott-county-weekly-p2', english=True,
    before='KNOTT COUNTY WEEKLY  Nov. 11, 2026  Page 2\n\n',
    after='\n\nCHURCH NEWS\nRevival services begin Sunday at Caney Fork Baptist.\n')
WITNESSES = [A, B, C, D, E]
