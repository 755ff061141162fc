# An AP story on an island mail boat changing captains in an invented Maine island, four witnesses,
# three headlines: a print that cuts the last two paragraphs, with real differences in its last
# printed paragraph ($148,000/$184,000, four-year/five-year, a dropped clause, ./!) and an ad
# right after; one paper's story over two files ("See MAIL BOAT, Page A10" / "MAIL BOAT From Page
# A1") with other stories in both and its own edits ($265,000/$256,000, fished/dragged); a news site with straight quotes (byline and "Updated" line, share
# bar, correction note about an earlier version of the story after it, copyright) with its own edits
# (Thériault/Theriault, Ó Faoláin-Pike/O'Faolain-Pike, 212/221, 19,000/9,000, three times/triple,
# Dec. 14/Dec. 15, a dropped sentence); a print with a photo caption repeating a sentence of the
# story and its own edits (41/40 years, 6:30 a.m./6:30 in the morning, Monday through Saturday/
# Monday-Saturday connector only, van Rensselaer-Hale/Van Rensselaer-Hale, 1,400/1,040, ./!).
STORY = """{w:Island mail boat gets a new captain|Island mail boat gets a new captain|After 41 years, a new hand at the mail boat’s wheel|The mail still comes by boat}

{n:GREAT SPRUCE ISLAND|GREAT SPRUCE ISLAND|GREAT SPRUCE ISLAND|GREAT SPRUCE ISLAND}, Maine (AP) — For {u:41 years|41 years|41 years|40 years}, the mail reached this island of {u:212|212|221|212} year-round residents on {n:Lucien Thériault’s|Lucien Thériault’s|Lucien Theriault’s|Lucien Thériault’s} boat. On {u:Monday, Dec. 14|Monday, Dec. 14|Monday, Dec. 15|Monday, Dec. 14}, he handed the wheel to {n:Ingrid Ó Faoláin-Pike|Ingrid Ó Faoláin-Pike|Ingrid O’Faolain-Pike|Ingrid Ó Faoláin-Pike}.

{n:Thériault|Thériault|Theriault|Thériault}, {u:78|78|78|78}, made his first run in {u:1985|1985|1985|1985} in a {u:32-foot|32-foot|32-foot|23-foot} lobster boat. He figures he has made about {u:19,000|19,000|9,000|19,000} round trips, missing only {u:23 days|23 days|23 days|23 days} to storms.

{n:Ó Faoláin-Pike|Ó Faoláin-Pike|O’Faolain-Pike|Ó Faoláin-Pike}, {u:36|36|36|36}, {w:grew up|grew up|was raised|grew up} on the island and {w:fished|dragged|fished|fished} for scallops for {u:12 years|12 years|12 years|12 years}. She bought the route and the boat, the {u:38-foot|38-foot|38-foot|38-foot} {n:Dorothea Jane|Dorothea Jane|Dorothea Jane|Dorothy Jane}, for {u:$265,000|$256,000|$265,000|$265,000} with a loan from a {n:Portland|Portland|Portland|Portland} {w:credit union|credit union|credit union|bank}.

The boat leaves the island at {u:6:30 a.m.|6:30 a.m.|6:30 a.m.|6:30 in the morning} and returns by {u:11:15 a.m.|11:15 a.m.|11:15 a.m.|11:15 a.m.}, Monday{p: through | through | through |-}Saturday. It carries mail, groceries, prescriptions {w:— and, twice a week, a nurse|— and, twice a week, a nurse|— and, twice a week, a nurse|— and, once a week, a nurse}.

Postmaster {n:Dorothea van Rensselaer-Hale|Dorothea van Rensselaer-Hale|Dorothea van Rensselaer-Hale|Dorothea Van Rensselaer-Hale} said the island post office handles about {u:1,400|1,400|1,400|1,040} pieces of mail a week{w:, three times as many in December|, three times as many in December|, triple that in December|, three times as many in December}.{o: “People here order everything,” she said.| “People here order everything,” she said.|| “People here order everything,” she said.}

The {n:Postal Service|Postal Service|Postal Service|Postal Service} pays {u:$184,000|$148,000|$148,000|$148,000} a year for the route under a {u:five-year|four-year|four-year|four-year} contract{w:| that runs through 2029| that runs through 2029| that runs through 2029}{p:!|.|.|.}

On his last run, {n:Thériault|Thériault|Theriault|Thériault} let {n:Ó Faoláin-Pike|Ó Faoláin-Pike|O’Faolain-Pike|Ó Faoláin-Pike} dock the boat. “She came in {w:softer|softer|softer|smoother} than I ever did,” he said.

He plans to spend the winter in {n:Florida|Florida|Florida|Florida}. “First time in {u:41 years|41 years|41 years|40 years} I won’t know which way the wind’s blowing{p:,”|,”|,”|,”} he said."""
A = dict(key='penobscot-bay-courier-a3', english=True, order=[0, 1, 2, 3, 4, 5, 6],
    inside={0: 'By HOLLIS AKINDELE-STROUT\nAssociated Press'},
    before='PENOBSCOT BAY COURIER\nWednesday, December 16, 2026  A3\n\n',
    after='\n\nADVERTISEMENT\nWINTER BOAT STORAGE — shrink-wrap and haul-out, $18 a foot. Call Cady’s Yard, 207-555-0148.\n')
B = dict(key='portland-record-a1', english=True,
    inside={0: 'By HOLLIS AKINDELE-STROUT\nThe Associated Press'},
    files=dict(after=3, out='\n\nSee MAIL BOAT, Page A10', key2='portland-record-a10',
        after1='\n\nCity Council approves warming center\n\nThe council voted 8-1 to open an overnight warming center on Preble Street from Dec. 20.\n',
        before2='THE PORTLAND RECORD  Wednesday, December 16, 2026  A10\n\nOBITUARIES\nAlden P. Crockett, 88, of Cape Elizabeth, died Dec. 12.\n\n',
        inn='MAIL BOAT\nFrom Page A1'),
    before='THE PORTLAND RECORD\nWednesday, December 16, 2026  •  $2.00\n\n',
    after='\n\nLOTTERY  Megabucks: 4-11-19-27-33-40\n')
C = dict(key='web-downeast-news', english=True, style=('straight',),
    inside={0: 'By Hollis Akindele-Strout, Associated Press\nUpdated 10:05 a.m. EST Dec. 15, 2026\nShare  Post  Email'},
    before='Downeast News\nHome > Maine > Islands\n\n',
    after='\n\nCorrection: An earlier version of this story gave the wrong length for the Dorothea Jane. It is 38 feet long.\n\nCopyright 2026 Downeast News. All rights reserved.\n')
D = dict(key='island-ad-visor-p5', english=True,
    inside={2: 'PHOTO: Lucien Thériault made his first run in 1985 in a 32-foot lobster boat. (AP Photo/Soren Blackwood-Ito)'},
    before='THE ISLAND AD-VISOR\nDecember 17, 2026  •  Page 5\n\n',
    after='\n\nCHURCH SUPPER  Saturday, 5 p.m., Union Church vestry. Beans, brown bread, pie.\n')
WITNESSES = [A, B, C, D]
