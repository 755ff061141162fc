# An AP story on what may be the last season of a Mississippi River car ferry at an invented
# Illinois landing, four witnesses, three headlines: a front page that jumps inside one file over
# other stories ("See FERRY, Page A8" … "FERRY From Page A1"); an OCR column with hard wraps, straight
# quotes and words hyphenated at a line end (style, not a site), with look-alike misreadings (rn/m,
# l/1, O/0, an accent lost in Cécile and Wiśniewska, a lost sentence); a print in NFD (accents
# decomposed: style) with its own edits and a dropped paragraph (names with particles: van der Veen/
# Van der Veen, de Saint-Pierre/DeSaint-Pierre; 1838/1833, 29/26 years); a news site (byline/
# "Updated" line and share bar inside the story, newsletter line, copyright) with its own edits
# (4:45 p.m./5:45 p.m., nearly half/about 40%, 17/70 miles, 64/46, 188 years/nearly two centuries,
# Jan. 12/Jan. 21, a dropped clause, ./!, board/commission, by itself/alone, sundown/dusk). The story carries a ridership list by year.
STORY = """{w:Ferry may have made its last run|Ferry may have made its last run|After 188 years, a landing waits on a vote|Last call for the Cécile Marie?}

{n:PORT MARQUETTE|PORT MARQUETTE|PORT MARQUETTE|PORT MARQUETTE}, Ill. (AP) — The last car ferry on this stretch of the Mississippi River made its {w:final|final|last|final} crossing of the season Sunday at {u:4:45 p.m.|4:45 p.m.|4:45 p.m.|5:45 p.m.}{w:, and perhaps its last ever|, and perhaps its last ever|, and perhaps its last ever|, and perhaps its last ever}.

The {n:Cécile Marie|Cecile Marie|Cécile Marie|Cécile Marie}, a {u:90-foot|9O-foot|90-foot|90-foot} {w:steel|steel|steel-hulled|steel} ferry built in {u:1962|l962|1962|1962}, carries up to {u:12 cars|12 cars|12 cars|12 cars} across the river in about {u:11 minutes|11 minutes|11 minutes|11 minutes}. A new bridge {u:17 miles|17 miles|17 miles|70 miles} upstream{w:, which opened in August,|, which opened in August,|, which opened in August,|} has cut traffic by {u:nearly half|nearly half|nearly half|about 40%}.

Capt. {n:Théophile Boudreaux-Kamara|Théophile Boudreaux-Karnara|Théophile Boudreaux-Kamara|Théophile Boudreaux-Kamara}, {u:64|64|64|46}, has run the ferry for {u:29 years|29 years|26 years|29 years}. “I’ve crossed this river maybe {u:180,000 times|l80,000 times|180,000 times|180,000 times},” he said. “I know every snag by its first name{p:.|.|.|!}”

The {n:Calhoun County|Calhoun County|Calhoun County|Calhoun County} {w:commission|cornmission|commission|board} will decide {u:Jan. 12|Jan. 12|Jan. 12|Jan. 21} whether to keep paying the ferry’s {u:$340,000|$34O,OOO|$340,000|$340,000} yearly subsidy. Commissioner {n:Cornelius van der Veen|Corne1ius van der Veen|Cornelius Van der Veen|Cornelius van der Veen} said the county “can’t carry it {w:alone|alone|alone|by itself}.”

Vehicles carried, by year:
2023: {u:61,400|61,4OO|61,400|61,400}
2024: {u:58,900|58,900|58,900|58,090}
2025: {u:31,250|3l,250|31,250|31,250}

The ferry {w:dates to|dates to|dates back to|dates to} {u:1838|1838|1833|1838}, when a French-speaking family ran a flatboat here, said local historian {n:Aurélien de Saint-Pierre|Aurélien de Saint-Pierre|Aurélien DeSaint-Pierre|Aurélien de Saint-Pierre}. “There has been a boat at this landing for {u:188 years|188 years|188 years|nearly two centuries}{p:.”|.”|.”|!”}

Deckhand {n:Ewa Wiśniewska-Hart|Ewa Wisniewska-Hart|Ewa Wiśniewska-Hart|Ewa Wiśniewska-Hart}, {u:23|23|23|23}, said she would look for work on towboats if the ferry closes.{o: “I’d rather stay,” she said.|| “I’d rather stay,” she said.| “I’d rather stay,” she said.}

{n:Boudreaux-Kamara|Boudreaux-Kamara|Boudreaux-Kamara|Boudreaux-Kamara} tied the boat up at {w:dusk|dusk|dusk|sundown} and {w:walked|wa1ked|walked|walked} up the ramp without looking back."""
A = dict(key='river-bend-telegraph-a1', english=True,
    inside={0: 'By DESMOND OKONKWO-LARUE\nAssociated Press'},
    jump=dict(after=4, out='\n\nSee FERRY, Page A8',
        middle='Grain elevator fire under investigation\n\nState fire marshals are investigating a Saturday fire that damaged a grain elevator north of Hardin.\n\nTHE RIVER BEND TELEGRAPH  Tuesday, December 8, 2026  A8\n\nDEATHS\nLoretta Mae Pfeiffer, 91, of Grafton, died Dec. 5.',
        inn='\n\nFERRY\nFrom Page A1'),
    before='THE RIVER BEND TELEGRAPH\nTuesday, December 8, 2026  •  75 cents\n\n',
    after='\n\nADVERTISEMENT\nHoliday hams, smoked in house. Kessler’s Market, Jerseyville.\n')
B = dict(key='ocr-pike-county-express-p4', english=True, wrap=36, style=('straight',),
    subs=[('upstream', 'up-\nstream'), ('towboats', 'tow-\nboats'), ('subsidy', 'sub-\nsidy')],
    before='PIKE COUNTY EXPRESS  Dec. 9, 2O26  Page 4\n\n',
    after='\n\nSALE BARN REPORT\nFeeder steers 550-650 lbs., $2.91-$3.08\n')
C = dict(key='quincy-journal-b1', english=True, style=('nfd',), order=[0, 1, 2, 3, 4, 6, 7, 8],
    inside={0: 'By DESMOND OKONKWO-LARUE\nThe Associated Press'},
    before='THE QUINCY JOURNAL\nWednesday, December 9, 2026  B1  Region\n\n',
    after='\n\nRegion briefs continue on B2.\n')
D = dict(key='web-river-valley-now', english=True,
    inside={0: 'By Desmond Okonkwo-LaRue, Associated Press\nUpdated Dec. 7, 2026, 9:02 a.m. CT\nShare on Facebook  Share on X  Email'},
    before='River Valley Now\nNews > Illinois > Rivers\n\n',
    after='\n\nGet the morning headlines in your inbox: sign up for The Current.\n\n© 2026 River Valley Now. All rights reserved.\n')
WITNESSES = [A, B, C, D]
