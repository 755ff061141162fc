# An AP story on a volunteer fire company in an invented Pennsylvania borough buying back the 1948
# pumper it sold in 1971: one paper's story over two files ("See PUMPER, Page A6" / "PUMPER From Page
# A1") with other stories in both; an OCR column of another paper with hard wraps (l/1, O/0,
# vv/w, names with l/1, fire/flre, 500/5OO gallons, 1.5/15 tons, 31/3l, Oct. 31/3l, a lost sentence); a print whose photo caption repeats a
# sentence of the story and that moves a paragraph later, edited inside ($18,750/$18,570, Bartholomew
# O'Dea/Bart O'Dea, a quarter/25%, a dropped clause), besides its own edits (its own headline, 1971/
# 1917, Oct. 3/Oct. 30, 66/68, ./! in a quotation, 11 a.m. to 2 p.m./11 a.m.-2 p.m.
# connector only, under 12/under 10, ./!); a regional news site
# (breadcrumbs, a "By … | The Associated Press" line and a share bar inside the story, newsletter box,
# comments, copyright) that drops a paragraph and has its own edits (Conewago Forge/Conawago Forge,
# McAlister-Frye/McAllister-Frye, 77/7 years, a fifth/20%, 3,400/4,300 miles, van Houweling/Van
# Houwelingen, 140/410 gallons, Modern/Newer engines, Saturdays/Sundays).
STORY = """{w:Fire company brings its first pumper home|Fire company brings its first pumper home|Old pumper returns to the firehouse it left 55 years ago|Fire company brings its first pumper home}

By {n:ROSALIND ACHEAMPONG-WEISS|ROSALIND ACHEAMPONG-WEISS|ROSALIND ACHEAMPONG-WEISS|ROSALIND ACHEAMPONG-WEISS}

{n:CONEWAGO FORGE|CONEWAGO FORGE|CONEWAGO FORGE|CONAWAGO FORGE}, Pa. (AP) — The {w:red|red|red|red} pumper that {w:answered|answered|answered|answered} {w:the borough’s fire calls|the borough’s fire calls|the borough’s fire calls|the borough’s fire calls} from {u:1948|1948|1948|1948} to {u:1971|1971|1917|1971} rolled back into its old bay on {u:Oct. 3|Oct. 3|Oct. 30|Oct. 3}, {u:55 years|55 years|55 years|55 years} after the {n:Conewago Forge Hose Company No. 2|Conewago Forge Hose Company No. 2|Conewago Forge Hose Company No. 2|Conewago Forge Hose Company No. 2} sold it {w:for scrap|for scrap|for scrap|for scrap}.

The truck {w:had spent|had spent|had spent|had spent} {w:most of|most of|most of|most of} those years {w:in a barn|in a barn|in a barn|in a barn} in {n:Chillicothe|Chi1licothe|Chillicothe|Chillicothe}, Ohio, where a collector {w:kept it running|kept it running|kept it running|kept it running}. When he died {u:last spring|last spring|last spring|last spring}, his daughter {w:called the firehouse|called the flrehouse|called the firehouse|called the firehouse}.{o: The number was painted on the truck’s door.|| The number was painted on the truck’s door.| The number was painted on the truck’s door.}

Members raised {u:$18,750|$18,750|$18,570|$18,750} {w:in six weeks|in six weeks|in six weeks|in six weeks}, {u:a quarter|a quarter|25%|a quarter} of it from a {w:chicken barbecue|chicken barbecue|chicken barbecue|chicken barbecue}{w: that sold out by noon| that sold out by noon|| that sold out by noon}. Chief {n:Bartholomew O’Dea|Bartholomew O’Dea|Bart O’Dea|Bartholomew O’Dea} drove a {u:1.5-ton|15-ton|1.5-ton|1.5-ton} flatbed {u:3,400 miles|3,400 miles|3,400 miles|4,300 miles} round trip to {w:fetch it|fetch it|fetch it|fetch it}.

“{w:My grandfather drove this truck to the mill fire in ’59|My grandfather drove this truck to the mill fire in ’59|My grandfather drove this truck to the mill fire in ’59|My grandfather drove this truck to the mill fire in ’59}{p:,|,|,|,}” said {n:Gwendolyn McAlister-Frye|Gwendolyn McAlister-Frye|Gwendolyn McAlister-Frye|Gwendolyn McAllister-Frye}, {u:66|66|68|66}, the company’s {w:secretary|secretary|secretary|secretary}. “{w:He’d have cried|He’d have cried|He’d have cried|He’d have cried}{p:.|.|!|.}”

The pumper {w:still|still|still|still} {w:starts on the first try|starts on the first try|starts on the first try|starts on the first try}. Its pump moves {u:500 gallons a minute|5OO gallons a minute|500 gallons a minute|500 gallons a minute}, and its tank holds {u:140 gallons|140 gallons|140 gallons|410 gallons}. {w:Modern engines|Modern engines|Modern engines|Newer engines} {w:carry|carry|carry|carry} {u:about 1,000|about 1,000|about 1,000|about 1,000}.

The company has {u:31 active members|3l active members|31 active members|31 active members}, down from {u:77|77|77|7} {w:in the 1980s|in the 1980s|in the 1980s|in the 1980s}. Across Pennsylvania, volunteer {w:firefighters|firefighters|firefighters|firefighters} have fallen by {u:about a fifth|about a fifth|about a fifth|about 20%} {w:since 2010|since 2010|since 2010|since 2010}, according to {n:Anouk van Houweling|Anouk van Houweling|Anouk van Houweling|Anouk Van Houwelingen} of the {n:Keystone Volunteer Fire Institute|Keystone Volunteer Fire lnstitute|Keystone Volunteer Fire Institute|Keystone Volunteer Fire Institute}.{o: She called the decline steady, not sudden.| She called the decline steady, not sudden.| She called the decline steady, not sudden.|}

The truck {w:will lead|will lead|will lead|will lead} the borough’s {w:Halloween parade|Halloween parade|Halloween parade|Halloween parade} on {u:Oct. 31|Oct. 3l|Oct. 31|Oct. 31} and {w:then|then|then|then} {w:go on display|go on display|go on display|go on display} {u:Saturdays|Saturdays|Saturdays|Sundays} from 11 a.m.{p: to | to |-| to }2 p.m. Rides {w:are free|are free|are free|are free} for children {u:under 12|under 12|under 10|under 12}{p:.|.|!|.}

O’Dea said the company {w:has already|has already|has already|has already} {w:turned down|turned dovvn|turned down|turned down} {u:two offers|two offers|two offers|two offers} to buy it.{w: “This time it stays,” he said.| “This time it stays,” he said.| “This time it stays,” he said.| “This time it stays,” he said.}"""
A = dict(key='susquehanna-patriot-a1', english=True,
    before='THE SUSQUEHANNA PATRIOT\nSunday, October 11, 2026  •  $2.00\n\n',
    files=dict(after=4, out='\n\nSee PUMPER, Page A6', key2='susquehanna-patriot-a6',
        after1='\n\nCouncil delays vote on parking meters\n\nBorough council tabled a plan for 42 new parking meters on Market Street until November.\n',
        before2='THE SUSQUEHANNA PATRIOT  Sunday, October 11, 2026  A6\n\nLeaf collection begins Monday\n\nCrews will collect bagged leaves on Mondays through Dec. 14, the public works department said.\n\n',
        inn='PUMPER\nFrom Page A1'),
    after='\n\nLOTTERY  Pick 3 Day: 4-0-7  Pick 4 Evening: 2-9-1-5\n')
B = dict(key='ocr-york-county-record-b3', english=True, wrap=38,
    before='YORK COUNTY RECORD  Oct. 12, 2O26  B3\n\n',
    after='\n\nBIRTHS\nA daughter, Maren, to Josef and Ilse Brandauer of Hanover.\n')
C = dict(key='cumberland-sentinel-p5', english=True, order=[0,1,2,3,5,6,4,7,8,9],
    inside={2: 'PHOTO: Members rolled the 1948 pumper back into its old bay on Oct. 3. (AP Photo/Ignatius Valcourt)'},
    before='CUMBERLAND SENTINEL  Tuesday, October 13, 2026  Page 5\n\n',
    after='\n\nThe Sentinel is published Tuesday through Saturday.\n')
D = dict(key='web-pennlive-valley', english=True, order=[0,1,2,4,5,6,7,8,9],
    inside={1: 'By Rosalind Acheampong-Weiss | The Associated Press\nShare  Email  Print'},
    before='Valley Today\nNews > Pennsylvania > Community\n\n',
    after='\n\nSign up for the Valley Today morning newsletter.\n\nComments (14)\n\n© 2026 Valley Today Media. All rights reserved.\n')
WITNESSES = [A, B, C, D]
