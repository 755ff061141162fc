# An AP story on a hand-pulled bayou ferry getting its first woman operator in an invented Louisiana
# parish: a print with a pull quote inside the story; the OCR transcription of that page with hard
# wraps (O/0, l/1, rn/m, accents lost: Thérèse/Therese, LeBlanc/LeB1anc, a lost sentence); a news
# aggregator page in NFD (the Story-by line and a sponsored box inside the story, "Continue reading",
# "More for You", copyright) with its own edits (two cars/2 cars, $6.8/$8.6 million, DOTD for the
# department's full name, petitions, drives across, ./!, its own headline, a dropped clause, a dropped sentence); a print that swaps two
# paragraphs with differences inside (five minutes, till, May) and cuts the last paragraph, with real
# differences in its last printed paragraph (wave to, 97, three times a day) and a puzzle line and an
# ad right after, and a shortened byline, 113/131 years, 43/34, Hebert, four decades, operate.
STORY = """{w:Louisiana bayou ferry pulled by hand gets its first woman at the crank|Hand-pulled ferry on a Louisiana bayou gets its first female operator|Louisiana bayou ferry pulled by hand gets its first woman at the crank|Louisiana bayou ferry pulled by hand gets its first woman at the crank}

By {n:CLAUDETTE ARCENEAUX-LYLE|CLAUDETTE ARCENEAUX-LYLE|CLAUDETTE ARCENEAUX|CLAUDETTE ARCENEAUX-LYLE}

ANSE-AUX-PINS, La. (AP) — For {u:131 years|131 years|113 years|13l years}, the only way across {n:Bayou Terrebasse|Bayou Terrebasse|Bayou Terrebasse|Bayou Terrebasse} here has been a flat steel ferry pulled along a cable by hand. On {u:Monday|Monday|Monday|Monday}, {n:Thérèse Babineaux|Thérèse Babineaux|Thérèse Babineaux|Therese Babineaux} became the first woman to {w:run it|run it|operate it|run it}.

Babineaux, {u:34|34|43|34}, a former shrimp boat deckhand, takes over from her uncle, {n:Alcide Hébert|Alcide Hébert|Alcide Hebert|Alcide Hébert}, who retired {u:Nov. 30|Nov. 30|Nov. 30|Nov. 3O} after {u:46 years|46 years|four decades|46 years} at the crank.

The ferry carries up to {u:two cars|2 cars|two cars|two cars} and a dozen passengers and crosses the {u:190-foot|190-foot|190-foot|l90-foot} bayou in about {u:four minutes|four minutes|five minutes|four minutes}. It is free, {w:paid for by|paid for by|paid for by|paid for hy} {n:Terrebasse Parish|Terrebasse Parish|Terrebasse Parish|Terrebasse Parish}.

“People think it’s easy {w:until|until|till|until} they try it,” Babineaux said. The current pulls hardest in {u:April|April|May|April}, when the Atchafalaya runs high{w:, and her shoulders ache by noon||, and her shoulders ache by noon|, and her shoulders ache by noon}.

In {u:2024|2024|2024|2O24}, the parish and the {n:Louisiana Department of Transportation and Development|DOTD|Louisiana Department of Transportation and Development|Louisiana Department of Transportation and Development} {w:studied|studied|studied|studied} replacing the ferry with a {u:$6.8 million|$8.6 million|$6.8 million|$6.8 rnillion} bridge, but {u:more than 900|more than 900|more than 900|more than 9OO} residents signed {w:a petition|petitions|a petition|a petition} to keep it{p:.|!|.|.}

“A bridge would be faster. But nobody would {w:wave at you|wave at you|wave to you|wave at you} on a bridge,” said {n:Octave Mouton-LeBlanc|Octave Mouton-LeBlanc|Octave Mouton-LeBlanc|Octave Mouton-LeB1anc}, {u:79|79|97|79}, who {w:crosses|drives across|crosses|crosses} {u:twice a day|twice a day|three times a day|twice a day} to feed his cattle.

The parish plans to replace the ferry’s {u:1962|1962|1962|l962} cable next spring, Babineaux said.{o: Until then, she keeps a spare in her truck.|| Until then, she keeps a spare in her truck.|}"""
PULL = '“Nobody would wave at you on a bridge.”\n— Octave Mouton-LeBlanc'
A = dict(key='bayou-gazette-a3', english=True, inside={4: PULL},
    before='THE BAYOU GAZETTE\nWednesday, December 2, 2026  |  A3  |  ACADIANA\n\n',
    after='\n\nPARISH BRIEFS\n\nThe Anse-aux-Pins library will host a Cajun French story hour Saturday at 10 a.m.\n')
B = dict(key='web-newshub-ferry', english=True, style=('nfd',),
    inside={1: 'The Associated Press\nStory by Claudette Arceneaux-Lyle • 5h', 4: 'Sponsored Content\nThese 5 pickup trucks hold their value best'},
    before='NEWSHUB\nHome   For You   U.S.   World   Money\n\n',
    after='\n\nContinue reading on The Associated Press\n\nMore for You\n• Cajun dance hall marks 80 years\n• Gulf shrimp prices fall again\n\n© 2026 NewsHub. Content from partners.\n')
C = dict(key='teche-courier-a5', english=True, order=[0,1,2,3,5,4,6,7],
    before='TECHE COURIER  Dec. 3, 2026  A5\n\n',
    after='\n\nSUDOKU solution, Page B6\n\nADVERTISEMENT\nBOUDREAUX BOAT & MOTOR — Outboard tune-ups $129. 337-555-0171\n')
D = dict(key='ocr-bayou-gazette-a3', english=True, wrap=36, style=('straight',), inside={4: '"Nobody would wave at you on a bridge."\n— Octave Mouton-LeBlanc'},
    before='THE BAYOU GAZETTE\nWednesday, December 2, 2O26 | A3 | ACADIANA\n\n',
    after='\n\nPARISH BRIEFS\n\nThe Anse-aux-Pins library will host a Cajun French story hour Saturday at lO a.m.\n')
WITNESSES = [A, B, C, D]
