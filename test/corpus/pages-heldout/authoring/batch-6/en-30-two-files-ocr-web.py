# An AP story on an invented Kansas town voting to replace its 1936 water tower: one paper's story
# over two files ("See WATER, Page A7" / "WATER From Page A1") with other stories in both; an OCR
# column with hard wraps (l/1 and O/0 in figures, a year and names, rn/m in common words, $3.9/$39
# million); AP web chrome (breadcrumbs, "Published … Updated", share bar, the support line,
# "Support … donate to AP", copyright) with its own edits (a dropped paragraph, a dropped sentence,
# Tuesday/Thursday, April/March, 14 months/14 weeks); a print with a photo caption inside and its own
# edits (the state agency's initials, 612/621, 68%/68 percent, three/four, a surname cut, $11.40/$14.10,
# Eighty-one/81 at a sentence's start, a team's short name, a dropped clause).
STORY = """{w:Kansas town votes to replace 90-year-old water tower|Kansas town votes to replace 90-year-old water tower|Kansas town votes to replace 90-year-old water tower|Kansas town to replace leaking water tower}

By {n:AUGUSTINE MWANGI-FERRELL|AUGUSTINE MWANGl-FERRELL|AUGUSTINE MWANGI-FERRELL|AUGUSTINE MWANGI-FERRELL}

QUIVIRA BLUFFS, Kan. (AP) — Voters approved {u:$3.9 million|$39 million|$3.9 million|$3.9 million} in bonds {u:Tuesday|Tuesday|Tuesday|Thursday} to replace the town's {u:1936|l936|1936|1936} water tower{w:, which has leaked for years|, which has leaked for years|, which has leaked for years|}.

The measure passed {u:612 to 288|6l2 to 288|612 to 288|621 to 288}, with {u:68%|68%|68%|68 percent} of registered voters casting ballots, {n:Sumac County|Sumac County|Sumac County|Sumac County} Clerk {n:Oralee Fitzhugh-Banda|Ora1ee Fitzhugh-Banda|Oralee Fitzhugh-Banda|Oralee Fitzhugh-Banda} said.

The new tower will hold {u:250,000 gallons|25O,OOO gallons|250,000 gallons|250,000 gallons}, {u:more than twice|more than twice|more than twice|three times} what the old one holds. Construction is {w:expected|expected|expected|scheduled} to start in {u:April|April|March|April} and {w:take|take|take|last} about {u:14 months|14 months|14 weeks|14 months}.

{n:The Kansas Department of Health and Environment|The Kansas Department of Health and Environment|The Kansas Department of Health and Environment|KDHE} ordered the town to {w:fix or replace|fix or replace|fix or replace|replace} the tower in {u:2023|2O23|2023|2023} after {u:three|three|three|four} boil-water orders in {u:18 months|l8 months|18 months|18 months}.

"{w:We've|We've|We've|We have} patched that tank {u:more than 40 times|more than 4O times|more than 40 times|more than 40 times}," said {n:Walt Ekdahl-Sorensen|Walt Ekdahl-Sorensen|Walt Ekdahl-Sorensen|Walt Ekdahl}, the town's {w:only|only|only|lone} water operator. "At {w:some point|sorne point|some point|some point} you {w:stop|stop|quit|stop} patching{p:."|."|!"|."}

Monthly water bills will rise {u:$11.40|$11.40|$11.40|$14.10} for the average household, to about $58. {o:Residents on fixed incomes can apply for a discount.|Residents on fixed incomes can apply for a discount.||Residents on fixed incomes can apply for a discount.}

The old tower, painted with the {n:Quivira Bluffs Bobcats|Quivira Bluffs Bobcats|Quivira Bluffs Bobcats|Bobcats} logo, will {w:come down|come down|come down|be torn down} next fall.

{u:Eighty-one|Eighty-one|Eighty-one|81}-year-old {n:Imogene Hartsough|Imogene Hartsough|Imogene Hartsough|Imogene Hartsaugh}, whose father {w:painted the first logo|painted the first logo|painted the first logo|painted it}, said she {w:will miss|will rniss|will miss|will miss} it. "It's how you find home {w:from the highway|from the highway|from the highway|}."""
A = dict(key='salina-plainsman-a1', english=True,
    before='SALINA PLAINSMAN\nWednesday, December 2, 2026 | A1 | $1.50\n\n',
    files=dict(after=4, out='\n\nSee WATER, Page A7', key2='salina-plainsman-a7',
        after1='\n\nCity to plow sidewalks downtown\n\nCity crews will clear downtown sidewalks after snowfalls of 2 inches or more, starting this winter.\n',
        before2='A7 | SALINA PLAINSMAN | Wednesday, Dec. 2, 2026\n\nCo-op elevator adds grain bins\n\nThe Smoky Hill Co-op will add four bins at its Gypsum elevator before harvest.\n\n',
        inn='WATER\nFrom Page A1'),
    after='\n\nOBITUARIES, A8\n')
B = dict(key='ocr-lyons-prairie-news-p2', english=True, wrap=34,
    before='LYONS PRAIRIE NEWS Dec. 3, 2O26 Page 2\n\n',
    after='\n\nLEGAL NOTICES\nNotice is hereby given that the city council will meet Dec. 10.\n')
C = dict(key='web-apnews-water-tower', english=True, order=[0,1,2,3,4,5,6,7,9],
    before='AP NEWS\nWorld | U.S. | Politics | Sports | Entertainment | Business | Lifestyle\n\nU.S. NEWS > KANSAS\n\n',
    inside={1: 'Published 9:12 PM CST, December 1, 2026\nUpdated 10:47 AM CST, December 2, 2026\n\nShare    Copy Link    Email    Facebook    X    Reddit'},
    after='\n\n___\n\nThe Associated Press receives support from a private foundation for its coverage of rural water systems. The AP is solely responsible for all content.\n\nSupport independent journalism: donate to AP.\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
D = dict(key='hays-daily-sentinel-b3', english=True,
    inside={2: 'PHOTO: The 1936 water tower in Quivira Bluffs, which voters decided to replace. (AP Photo)'},
    before='HAYS DAILY SENTINEL | Thursday, Dec. 3, 2026 | B3 | KANSAS\n\n',
    after='\n\nKANSAS BRIEFS\n\nEMPORIA: The university will host a job fair Dec. 9.\n\nEdited by Rowena Tull\n')
WITNESSES = [A, B, C, D]
