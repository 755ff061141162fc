# An AP story on a dam removal in an invented Maine town: a whole print; a continuation page
# ("DAM From Page B1", second half only) that also swaps two paragraphs and has its own edits; an AP
# web page (breadcrumbs, "Updated …", share bar, the support line, copyright, the author's box); a
# heavily abridged brief (a shortened byline, an agency's full vs short name, two paragraphs merged
# at a changed stop, sentences rewritten, paragraphs dropped). Number words at a sentence start,
# ages, 96/69-year-old, percent/percent sign, a vote 4-1/3-2, Oct. 31/Oct. 13, Tuesday/Thursday.
STORY = """{w:Maine town cheers as last dam on the Kesaguntic River comes down|Maine town cheers as last dam on the Kesaguntic River comes down|Maine town cheers as last dam on the Kesaguntic River comes down|Last Kesaguntic dam comes down}

By {n:HOLLIS VANTERPOOL-REYES|HOLLIS VANTERPOOL-REYES|HOLLIS VANTERPOOL-REYES|HOLLIS VANTERPOOL}

{n:MOOSEBEC FALLS|MOOSEBEC FALLS|MOOSEBEC FALLS|MOOSEBECK FALLS}, Maine (AP) {p:—|—|—|--} Crews began tearing out the {u:96-year-old|96-year-old|96-year-old|69-year-old} {n:Pellerin Dam|Pellerin Dam|Pellerin Dam|Pellerin Dam} on {u:Tuesday|Tuesday|Tuesday|Thursday}, {w:reopening|reopening|reopening|opening} {u:27 miles|27 miles|27 miles|27 miles} of the {n:Kesaguntic River|Kesaguntic River|Kesaguntic River|Kesaguntick River} to Atlantic salmon, alewives and {w:American eels|American eels|American eels|eels} for the first time since {u:1929|1929|1929|1929}{p:.¶The|.¶The|.¶The|; the} {u:$11.4 million|$11.4 million|$11.4 million|$11.4 million} project is paid for mostly by {n:the National Oceanic and Atmospheric Administration|the National Oceanic and Atmospheric Administration|the National Oceanic and Atmospheric Administration|NOAA} and the {n:Quoddy Rivers Trust|Quoddy Rivers Trust|Quoddy River Trust|Quoddy Rivers Trust}{p:.|.|.|.}{o: The town paid nothing.| The town paid nothing.| The town paid nothing.|}

"{w:This river|This river|This river|The river} has been holding its breath for almost a century," said {n:Wenonah Sockabasin|Wenonah Sockabasin|Wenonah Sockabasin|Wenona Sockabasin}, a Passamaquoddy tribal biologist who has counted fish at the dam's ladder for {u:19 years|19 years|nineteen years|19 years}. "Now it can breathe{p:.|.|.|!}"

The dam once powered a {w:woolen mill|woolen mill|woolen mill|textile mill} that employed {u:more than 600 people|more than 600 people|more than 600 people|about 600 people}. It {w:has not produced|has not produced|has not produced|hasn't produced} electricity since {u:1987|1978|1987|1987}, and state engineers rated it a {p:"high hazard"|"high hazard"|"high hazard"|high hazard} dam in {u:2019|2019|2019|2019}.

Removal will take about {u:four months|four months|4 months|four months}. Contractors from {n:Drummond-Achterhof Marine|Drummond-Achterhof Marine|Drummond Achterhof Marine|Drummond-Achterhof Marine} of Bucksport will haul away {u:an estimated 18,000 cubic yards|an estimated 18,000 cubic yards|an estimated 8,000 cubic yards|about 18,000 cubic yards} of concrete and sediment{p:,|,|.|,} {w:working|working|Crews will work|working} {w:from dawn to dusk|from dawn to dusk|during daylight hours|from dawn to dusk} {u:six days a week|six days a week|six days a week|six days a week}.

Not everyone is celebrating. {u:Thirty-one|Thirty-one|31|Thirty-one} property owners around {n:Pellerin Pond|Pellerin Pond|Pellerin Pond|Pellerin Pond} signed a petition last spring{p:,|,|,|} saying the pond's {w:disappearance|disappearance|disappearance|loss} would lower their home values by as much as {u:20%|20 percent|20%|20%}.

"I bought this place for the water," said {n:Garrett Thibodeau|Garret Thibodeau|Garrett Thibodeau|Garrett Thibodeau}, {u:58|68|58|58}, who has lived on the pond since {u:2003|2003|2003|2003}. "{w:Now|Now|Next year|Now} I'll have a mud flat{p:.|.|.|.}"

The town's selectboard voted {u:4-1|4 to 1|4-1|4-1} in {u:March 2024|March 2024|March 2024|March 2024} to support the removal. Board chair {n:Ottoline Baptiste-Quist|Ottoline Baptiste-Quist|Ottoline Baptist-Quist|Ottoline Baptiste-Quist} said the town will plant {u:12,000|12,000|1,200|12,000} trees along the new riverbanks by {u:Oct. 31|Oct. 13|Oct. 31|Oct. 31}{p:,|,|.|,} {w:and that a walking trail will follow|and that a walking trail will follow|A walking trail will follow|and that a walking trail will follow} {u:the next year|the next year|in 2028|the next year}.

State biologists expect the first alewives to return {w:next spring|next spring|next spring|this spring}, with runs of {u:one million fish|1 million fish|one million fish|one million fish} or more {w:within a decade|within a decade|within 10 years|within a decade}."""
A = dict(key='kennebec-journal-times-a5', english=True,
    before='KENNEBEC JOURNAL-TIMES\nWednesday, November 11, 2026  |  A5  |  STATE\n\n',
    after='\n\nSTATE BRIEFS\n\nAUGUSTA: The Legislature will take up a heating-aid bill Dec. 2.\n\nEdited by Noreen Castellanos\n')
B = dict(key='portland-sentinel-b3-continued', english=True, order=[5,7,6,8,9], cont='DAM\nFrom Page B1\n\n',
    before='PORTLAND SENTINEL  Wednesday, Nov. 11, 2026  B3\n\n',
    after='\n\nADVERTISEMENT\nMOOSEBEC MARINE SUPPLY — Winter storage, shrink wrap, 207-555-0193\n')
C = dict(key='web-apnews-dam', english=True,
    before='AP NEWS\nWorld | U.S. | Politics | Sports | Entertainment | Business | Science\n\nU.S. NEWS > MAINE\n\n',
    inside={1: 'Updated 4:17 PM EST, November 10, 2026\n\nShare    Copy Link    Email    Facebook    X    Reddit'},
    after='\n\n___\n\nThe Associated Press receives support from several private foundations for coverage of rivers and fisheries. The AP is solely responsible for all content.\n\nSupport independent journalism: donate to AP.\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n\nHOLLIS VANTERPOOL-REYES\nVanterpool-Reyes covers the environment in New England for The Associated Press.\n')
D = dict(key='downeast-weekly-p9', english=True, order=[0,1,2,3,4,6,7,9],
    before='DOWNEAST WEEKLY  Nov. 12, 2026  Page 9\n\nAROUND THE STATE\n\n',
    after='\n\n— The Associated Press\n\nDOWNEAST WEEKLY is mailed every Thursday.\n')
WITNESSES = [A, B, C, D]
