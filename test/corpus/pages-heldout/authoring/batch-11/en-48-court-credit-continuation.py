# An AP court story (a rural water co-op treasurer and her son-in-law sentenced for embezzlement in
# an invented Louisiana town), four witnesses, four headlines, with names, prison terms in years,
# months and both, restitution and dates: a front page whose byline carries the wire credit ("By
# NAME, Associated Press"); an AP web page whose byline drops the credit (one wording-first site,
# `wn`: a credit after a byline's name reads as a byline role, which is wording, but it is also an
# organisation's name), with straight quotes, a "Published … Updated" line and share bar inside the
# story and its own edits (a dropped clause, June/July, 2017 through 2024/2017-2024, Wolcott-Dufresne/
# Wolcott, also ordered/ordered); a continuation page ("WATER From Page A1", second half only) with its own edits
# (Kasprzack, three years and five months, 18 percent, Theodore, ?/., does not plan to appeal, Feb. 20);
# a print that cuts the last two paragraphs, with real differences in its last printed paragraph
# (May 2025, inspector, a dropped sentence), an ad and a correction note right after, besides its
# own edits (Thursday, 100 months, $1.2 million, Thibodaux, 56, 221 checks, 43, a dropped clause).
STORY = """{w:Ex-treasurer gets 8 years for looting water co-op|Louisiana woman sentenced in $1.27M water co-op theft|Ex-treasurer gets 8 years for looting water co-op|Co-op treasurer, son-in-law sentenced}

By {n:MAURA DELACROIX-FENN|MAURA DELACROIX-FENN|MAURA DELACROIX-FENN|MAURA DELACROIX-FENN}{wn:, Associated Press||, Associated Press|, Associated Press}

SABINE BEND, La. (AP) — A former treasurer of a rural water cooperative in south Louisiana was sentenced {u:Tuesday|Tuesday|Tuesday|Thursday} to {u:eight years and four months|eight years and four months|eight years and four months|100 months} in federal prison for embezzling {u:$1.27 million|$1.27 million|$1.27 million|$1.2 million} from the nonprofit{w:, which serves about 3,100 homes||, which serves about 3,100 homes|, which serves about 3,100 homes}.

{n:Rosalie Thibodeaux-Nakamura|Rosalie Thibodeaux-Nakamura|Rosalie Thibodeaux-Nakamura|Rosalie Thibodaux-Nakamura}, {u:58|58|58|56}, pleaded guilty in {u:June|July|June|June} to wire fraud and filing false tax returns. Prosecutors said she wrote {u:212|212|212|221} checks to herself and to a landscaping company she secretly owned{p: from 2017 through 2024| from 2017-2024| from 2017 through 2024| from 2017 through 2024}.

U.S. District Judge {n:Evangeline Wolcott-Dufresne|Evangeline Wolcott|Evangeline Wolcott-Dufresne|Evangeline Wolcott-Dufresne} {w:also ordered|ordered|also ordered|also ordered} her to pay $1.31 million in restitution and serve {u:three years|three years|three years|3 years} of supervised release. “You didn’t steal from a company. You stole from your neighbors’ kitchen taps{p:,|,|,|,}” the judge said.

Her son-in-law, {n:Anatole Kasprzak|Anatole Kasprzak|Anatole Kasprzack|Anatole Kasprzak}, {u:34|34|34|43}, who ran the landscaping company, was sentenced to {u:41 months|41 months|three years and five months|41 months}. He had {w:admitted|admitted|admitted|acknowledged} helping hide the payments{w: by billing the co-op for mowing that never happened| by billing the co-op for mowing that never happened| by billing the co-op for mowing that never happened|}.

The theft came to light in {u:March 2025|March 2025|March 2025|May 2025}, when a {w:state auditor|state auditor|state auditor|state inspector} asked why the co-op had raised rates by {u:18%|18%|18 percent|18%} in 2023 to pay for pipe repairs.{o: Some of those pipes were never replaced.| Some of those pipes were never replaced.| Some of those pipes were never replaced.|}

Co-op board president {n:Théodore Guidry-Abara|Théodore Guidry-Abara|Theodore Guidry-Abara|Théodore Guidry-Abara} said the co-op has recovered about {u:$410,000|$410,000|$401,000|$410,000} through insurance and the sale of a pickup and a bass boat bought with co-op money. “Who steals from a water co-op{p:?|?|.|?}” he said. “We’ll never see most of it{p:,|,|,|,}” he added. “But at least the checks {w:stopped|stopped|have stopped|stopped}{p:.|.|!|.}”

Thibodeaux-Nakamura must report to prison by {u:Feb. 2|Feb. 2|Feb. 20|Feb. 2}. Her attorney, {n:Cyprien Ardoin|Cyprien Ardoin|Cyprien Ardoin|Cyprien Ardoin}, said she {w:would not appeal|would not appeal|does not plan to appeal|would not appeal}."""
A = dict(key='acadiana-ledger-a1', english=True,
    before='THE ACADIANA LEDGER\nWednesday, December 9, 2026  •  Lafayette, Louisiana  •  $2.00\n\n',
    after='\n\nINSIDE  Saints sign kicker, B1  •  Sugar harvest wraps up early, C1\n')
B = dict(key='web-ap-news-water-coop', english=True, style=('straight',),
    inside={1: 'Published 3:47 PM CST, December 8, 2026\nUpdated 6:12 PM CST, December 8, 2026\nShare  Copy link  Email'},
    before='AP News\nU.S. News  Politics  Business\n\n',
    after='\n\nSupport independent journalism: donate to AP.\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
C = dict(key='bayou-courier-a6-continued', english=True, order=[5, 6, 7, 8], cont='WATER\nFrom Page A1\n\n',
    before='BAYOU COURIER  Wednesday, December 9, 2026  A6\n\n',
    after='\n\nPOLICE BLOTTER\nDec. 7 — A bicycle was reported stolen from the 400 block of Rue Chauvin.\n')
D = dict(key='teche-weekly-p3', english=True, order=[0, 1, 2, 3, 4, 5, 6],
    before='THE TECHE WEEKLY\nDecember 10, 2026  •  Page 3\n\n',
    after='\n\nADVERTISEMENT\nBoudreaux Tire & Lube — oil change $39.95 — 1208 Main St., open 7 a.m. to 6 p.m.\n\nCORRECTION: A Dec. 3 story on the library board misspelled the name of trustee Odile Fontenot. The Weekly regrets the error.\n')
WITNESSES = [A, B, C, D]
