# An AP story on a 19th-century round barn rolled to a heritage park in an invented Wisconsin
# township: one paper's story over two files ("Please see BARN | A7" / "BARN | Continued from A1")
# with other stories in both; a jump inside one file with a neighbouring story and a police log
# between the parts ("Turn to MOVE, Page B4" … "MOVE / From Page B1") and its own edits ($150,000/
# $105,000, Fourteen/14 at a sentence's start, 68/86, 1940s/1950s, October/September, gathered,
# lifted); an OCR transcription with hard wraps (l/1, O/0, rn/m, 2.3/23 miles, 3 1/2 / 3 l/2, names
# with l/1 and i/l, a line lost); a Markdown digest with straight quotes and its own edits (a shortened
# byline, a book's short title, County Road J, Tuesday, 96/69, the park's and the society's short names, $358,000, a dropped
# sentence, ,/. in a quotation, !).
STORY = """Wisconsin township’s {w:140-year-old round barn takes a slow ride to its new home|140-year-old round barn takes a slow ride to its new home|140-year-old round barn takes a slow ride to its new home|round barn rolls to new home}

By {n:TORVALD STENSRUD|TORVALD STENSRUD|TORVALD STENSRUD|TOR STENSRUD}

TESSENDORF, Wis. (AP) — A {u:140-year-old|140-year-old|l40-year-old|140-year-old} round barn rolled {u:2.3 miles|2.3 miles|23 miles|2.3 miles} down {nu:County Road JJ|County Road JJ|County Road JJ|County Road J} on {u:Wednesday|Wednesday|Wednesday|Tuesday}, riding on {u:96|96|96|69} hydraulic dollies at {w:the pace of a slow walk|the pace of a slow walk|the pace of a slow walk|walking pace}.

The barn, {u:72 feet|72 feet|72 feet|27 feet} across, was built in {u:1886|1886|l886|1886} by {n:Augustin Pfannenstiel|Augustin Pfannenstiel|Augustin Pfannenstiei|Augustine Pfannenstiel}, a {w:German immigrant|German immigrant|German immigrant|German-born farmer} who believed a round barn {w:stood up better to|stood up better to|stood up better to|resisted} prairie winds. The barn is pictured on the cover of the 1931 book {n:“Round Barns of Wisconsin”|“Round Barns of Wisconsin”|“Round Barns of Wisconsin”|“Round Barns”}. {o:It is one of about 40 left in the state.|It is one of about 40 left in the state.|It is one of about 40 left in the state.|}

{u:Nine|Nine|Nine|Nine} hours after it set out, the barn {w:eased|eased|eased|rolled} onto a new foundation in {n:Pfannenstiel Heritage Park|Pfannenstiel Heritage Park|Pfannenstiel Heritage Park|Heritage Park}, where the {n:Tessendorf Township Historical Society|Tessendorf Township Historical Society|Tessendorf Township Historical Society|historical society} plans to open it as a farm museum {u:next summer|next summer|next surnmer|next spring}.

The move cost {u:$385,000|$385,000|$385,OOO|$358,000}, raised over four years through pancake breakfasts, a quilt raffle and a {u:$150,000|$105,000|$150,000|$150,000} state grant.

“People said we were crazy{p:,|,|,|.}” said society president {n:Henrietta Vandermolen|Henrietta Vandermolen|Henrietta Vandermo1en|Henrietta Vandermolen}, {u:68|86|68|68}. “Maybe we were. But {w:you can’t build one of these anymore|you can’t build one of these anymore|you can’t build one of these anymore|nobody builds these anymore}{p:.|.|.|!}”

Crews from {n:Hollerbach Structural Movers|Hollerbach Structural Movers|Hollerbach Structural Movers|Hollerbach Movers} spent {u:six weeks|six weeks|six weeks|five weeks} {w:bracing|bracing|bracing|propping up} the barn and jacking it up {u:3 1/2 feet|3 1/2 feet|3 l/2 feet|3 1/2 feet}. {u:Fourteen|14|Fourteen|Fourteen} power lines along the route were {w:raised|lifted|raised|raised} for the day.

{n:Ottilie Brzezinski|Ottilie Brzezinski|Ottilie Brzezinskl|Ottilie Brzezinski}, {u:91|91|9l|91}, whose father milked cows in the barn {u:in the 1940s|in the 1950s|in the 1940s|in the 1940s}, watched from a lawn chair {w:at the end of her driveway|at the end of her driveway|at the end of her driveway|by the road}. “It looked like a {w:big cake|big cake|big cake|wedding cake} going by{p:.|.|.|!}”

The park will also get a {u:1920s|1920s|l920s|1920s} one-room schoolhouse, to be moved {u:next October|next September|next October|next October}.{o: That trip is only half a mile.| That trip is only half a mile.|| That trip is only half a mile.}"""
A = dict(key='fox-river-gazette-a1', english=True,
    before='FOX RIVER GAZETTE\nThursday, December 3, 2026 ★ Final Edition ★ $2.50\n\n',
    files=dict(after=4, out='\n\nPlease see BARN | A7', key2='fox-river-gazette-a7',
        after1='\n\nCounty board approves snowplow contract\n\nThe county board on Tuesday approved a $2.1 million contract for eight new plow trucks.\n',
        before2='FOX RIVER GAZETTE  Thursday, December 3, 2026  A7\n\nDeer harvest down 6% in opening weekend\n\nHunters registered 3,904 deer in the county during the opening weekend, the DNR said.\n\n',
        inn='BARN | Continued from A1'),
    after='\n\nWEATHER\nToday: Flurries, high 28. Tonight: Cloudy, low 17.\n')
B = dict(key='lakeshore-chronicle-b1', english=True,
    jump=dict(after=5, out='\n\nTurn to MOVE, Page B4',
        middle='Library extends Saturday hours\n\nThe Tessendorf Public Library will stay open until 4 p.m. on Saturdays starting Jan. 9.\n\n=====\n\nB4  LAKESHORE CHRONICLE  Thursday, Dec. 3, 2026\n\nPOLICE LOG\nMonday, 11:42 p.m.: A caller on Mill Street reported a loose calf. Owner located.',
        inn='\n\nMOVE\nFrom Page B1'),
    before='LAKESHORE CHRONICLE  Thursday, Dec. 3, 2026  B1  REGION\n\n',
    after='\n\nADVERTISEMENT\nKOHLMEIER FARM SUPPLY — Barn paint, 5 gal. $89.99. 920-555-0164\n')
C = dict(key='ocr-oconto-falls-herald-p2', english=True, wrap=44,
    before='OCONTO FALLS HERALD  Dec. 4, 2O26  Page 2\n\n',
    after='\n\nCHURCH SUPPERS\nSt. Anne\'s fish fry, Friday 4-7 p.m.\n')
D = dict(key='md-badger-ag-digest', english=True, style=('md', 'straight'), order=[0,1,2,3,4,5,6,7,8,9],
    before='Badger Ag Digest — Weekly Roundup, Dec. 7, 2026\n\n',
    after='\n\n---\n\n*Shared with permission of The Associated Press.*\n')
WITNESSES = [A, B, C, D]
