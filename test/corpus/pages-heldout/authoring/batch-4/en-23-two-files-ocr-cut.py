# An AP story on an island ferry contract in an invented Wisconsin harbor town: one paper starts it
# on its front page and finishes it in its A8 file among other stories ("See FERRY, Page A8" /
# "FERRY From Page A1"); an OCR column with hard wraps (rn/m, l/1, O/0, dropped decimal points
# $26.7/$267 million, 3.2/32-mile); a print that cuts the last two paragraphs with many real
# differences in its last printed paragraph, an ad and an editor line right after; a regional news
# site (breadcrumbs, posted/updated line, share bar, newsletter, comments, copyright) with its own
# edits (an authority's short title, 40%/40 percent, a fifth/20%, $44/$48).
STORY = """{w:New hybrid ferry to link Gannet Island with mainland by 2028|New hybrid ferry to link Gannet Island with mainland by 2028|New hybrid ferry to link Gannet Island with mainland by 2028|Hybrid ferry for Gannet Island due in 2028}

By {n:MARISOL QUINTANILLA-BECK|MARISOL QUINTANILLA-BECK|MARISOL QUINTANILLA-BECK|MARISOL QUINTANILLA-BEKK}
Associated Press

{n:CORMORANT HARBOR|CORMORANT HARBOR|C0RMORANT HARBOR|CORMORANT HARBOR}, Wis. (AP) {p:—|—|-|—} {n:The Gannet Island Transit Authority|The Gannet Island Transit Authority|The Gannet Island Transit Authority|The island's transit authority} approved a {u:$26.7 million|$26.7 million|$267 million|$26.7 million} contract on {u:Monday|Monday|Monday|Monday} for a hybrid-electric ferry that will replace the {u:62-year-old|62-year-old|62-year-old|62-year-old} {n:Madeline Ostrowski|Madeline Ostrowski|Madeline 0strowski|Madeline Ostrowski}, the island's only year-round link to the {w:mainland|mainland|rnainland|mainland}.{o: It is the largest contract in the authority's history.| It is the largest contract in the authority's history.| It is the largest contract in the authority's history.|}

The new vessel, to be built by {n:Halvorsen-Brandt Shipyard|Halvorsen-Brandt Shipyard|Halvorsen-Brandt Shipyard|Halvorsen Brandt Shipyards} in Sturgeon Bay, will carry {u:150 passengers|150 passengers|l50 passengers|150 passengers} and {u:22 vehicles|22 vehicles|22 vehicles|24 vehicles} and {w:cut fuel use|cut fuel use|cut fuel use|reduce fuel consumption} by {u:about 40%|about 40%|about 40%|about 40 percent}. It is {w:scheduled|scheduled|schedu1ed|expected} to enter service {u:June 1, 2028|June 1, 2028|June l, 2028|June 1, 2028}.

"{w:We've been|We've been|We've been|We have been} {w:nursing|nursing|nursing|keeping} the old boat along with duct tape and prayers," said Capt. {n:Thaddeus Karjalainen|Thaddeus Karjalainen|Thaddeus Karja1ainen|Thaddeus Karjalainen}{p:,|,|,|} who has {w:piloted|piloted|pi1oted|captained} the route for {u:31 years|31 years|3l years|31 years}. "Last winter she broke down {u:nine times|nine times|nine times|9 times}{p:.|.|.|!}"

{w:The island|Gannet Island|The island|The island} has about {u:480 year-round residents|408 year-round residents|480 year-round residents|480 year-round residents} and {u:more than 9,000|nearly 9,000|more than 9,OOO|more than 9,000} in {w:summer|summer|surnmer|summer}{p:.|,|.|.} {w:The|and the|The|The} {u:3.2-mile|3.2-mile|32-mile|3.2-mile} crossing takes {u:25 minutes|35 minutes|25 minutes|25 minutes}{p:.|.|.|.}{o: On the old ferry it can take 40.|| On the old ferry it can take 40.| On the old ferry it can take 40.}

Ice is the bigger problem. {u:In three of the past five winters|In three of the past five winters|In three of the past five winters|In three of the last five winters}, the channel froze for {u:up to 11 weeks|up to 11 weeks|up to ll weeks|up to 11 weeks}, forcing residents onto a {w:windsled|windsled|windsled|wind sled}, a propeller-driven sled that carries {u:a dozen people|a dozen people|a dozen people|12 people} at a time. The new ferry's {w:ice-strengthened|ice-strengthened|ice-strengthened|ice-breaking} hull can {w:push through|push through|push through|break} ice {u:up to 14 inches|up to 14 inches|up to 14 inches|up to 4 inches} thick.

{w:Islanders|Islanders|Is1anders|Islanders} will pay for part of it. The authority {w:plans to|plans to|plans to|will} raise the round-trip fare for a car {u:from $38 to $44|from $38 to $44|from $38 to $44|from $38 to $48} {u:on Jan. 1|on Jan. 1|on Jan. l|on Jan. 1}, and {w:residents'|residents'|residents'|island residents'} passes will go up by {u:a fifth|a fifth|a fifth|20%}."""
A = dict(key='superior-telegraph-a1', english=True,
    files=dict(after=3, out='\n\nSee FERRY, Page A8', key2='superior-telegraph-a8',
        after1='\n\nINSIDE\nDeaths A6 | Opinion A7 | Outdoors B4\n\nWEATHER: Snow showers, high 28. Details, B8\n',
        before2='THE SUPERIOR TELEGRAPH | Tuesday, November 17, 2026 | A8\n\nCounty board trims snowplow budget\n\nBy DEWEY HALLORAN\nTelegraph Staff\n\nThe county board on Friday cut $140,000 from next year\'s snowplow budget and delayed buying two trucks.\n\n',
        inn='FERRY\nFrom Page A1'),
    before='THE SUPERIOR TELEGRAPH\nTuesday, November 17, 2026 | $2.00\n\n',
    after='\n\nHigh school hockey preview B1\n')
B = dict(key='ashland-press-herald-3a', english=True, order=[0,1,2,3,4,5],
    before='ASHLAND DAILY PRESS-HERALD | Tuesday, Nov. 17, 2026 | 3A\n\n',
    after='\n\nADVERTISEMENT\nCHEQUAMEGON BAIT & TACKLE — Ice augers, shanties, tip-ups. 715-555-0126\n\nEdited by Rosalind Vekich\n')
C = dict(key='ocr-bay-current-p5', english=True, wrap=46,
    before='THE BAY CURRENT  NOV l7 2026  PAGE 5\n\n',
    after='\n\n[continued on next scan]\n')
D = dict(key='web-northwoods-news', english=True,
    before='NORTHWOODS NEWS NOW\nHome › News › Bayfield County\n\n',
    inside={1: 'Posted Nov. 16, 2026 at 6:05 PM CST | Updated 9:40 PM\n\nShare on Facebook | Share on X | Email this article'},
    after='\n\nSign up for our morning newsletter\n\n12 Comments\n\nCopyright © 2026 Northwoods News Now. All rights reserved.\n')
WITNESSES = [A, B, C, D]  # template columns: split print, cut print, OCR, news site
