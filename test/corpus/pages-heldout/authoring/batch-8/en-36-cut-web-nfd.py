# An AP story on a community sugarhouse reopened by volunteers in an invented town on Michigan's Upper
# Peninsula: a print with an index line above and a corrections box after; a print that cuts the last
# two paragraphs with many real differences in its last printed paragraph (a shortened name, two/three
# hours, a dropped "first", a quotation ending ! where the others end .) and a lottery box and an ad right after the
# cut, and a shortened byline; a public radio site (nav bar, a "Listen" and a "Published … Updated"
# line inside the story, tags, copyright, "Most Read") in NFD (Adèle, Aurélie Gagné, Thérèse, Gérard:
# style, not sites), with its own edits (its own headline, Ste. Adèle/St. Adele, Saturday/Sunday,
# 1930s/1920s, could no longer run it, next spring, clearing out, $86,000/$68,000, the co-op's short name, ./! in a quotation, cooked down,
# 20%/20 percent, a dropped sentence, 9 a.m. to 3 p.m./9 a.m.-3 p.m. connector only); an OCR column
# of the first print with hard wraps and straight quotes (rn/m, l/1, O/0, $1/$l, FALLS/FAILS, accents lost:
# Adèle/Adele, Gagné/Gagne, Thérèse/Therese, Gérard/Gerard; 3.5/35 gallons, April 19/9, ,/. in
# quotations, a lost sentence).
STORY = """{w:Volunteers bring a shuttered sugarhouse back to a boil|Volunteers bring a shuttered sugarhouse back to a boil|Sap is running again at a U.P. town’s old sugarhouse|Volunteers bring a shuttered sugarhouse back to a boil}

By {n:MARGUERITE OKONKWO-DESJARDINS|MARGUERITE OKONKWO|MARGUERITE OKONKWO-DESJARDINS|MARGUERITE OKONKWO-DESJARDINS}

{n:SAULTEAUX FALLS|SAULTEAUX FALLS|SAULTEAUX FALLS|SAULTEAUX FAILS}, Mich. (AP) — Steam poured out of the cupola of the {n:Ste. Adèle|Ste. Adèle|St. Adele|Ste. Adele} sugarhouse on {u:Saturday|Saturday|Sunday|Saturday} for the first time since {u:2009|2009|2009|2O09}, and by noon a line of cars stretched {w:down the gravel road|down the gravel road|down the gravel road|down the grave1 road} to the highway.

The sugarhouse, built by French Canadian loggers in the {u:1930s|1930s|1920s|1930s}, {w:sat empty|sat empty|sat empty|sat ernpty} for {u:17 years|17 years|17 years|l7 years} after its last owner, {n:Aurélie Gagné|Aurélie Gagné|Aurélie Gagné|Aurelie Gagne}, {w:could no longer keep it running|could no longer keep it running|could no longer run it|could no longer keep it running}. Her nephew sold it to the town for {u:$1|$1|$1|$l} in {u:2024|2024|2024|2024}.

A group of {u:about 60|about 60|about 60|about 6O} volunteers, most of them retirees, spent two summers replacing the roof, rebuilding the firebox and {w:hauling out|hauling out|clearing out|hauling out} {u:half a century|half a century|half a century|half a century} of mouse nests. The work cost {u:$86,000|$86,000|$68,000|$86,000}, most of it raised by the {n:Saulteaux Falls Maple Cooperative|Saulteaux Falls Maple Cooperative|maple co-op|Saulteaux Falls Maple Cooperative}.{o: A hardware store in Escanaba donated the new evaporator pan.| A hardware store in Escanaba donated the new evaporator pan.| A hardware store in Escanaba donated the new evaporator pan.|}

“We kept hearing that it couldn’t be done{p:,|,|,|.}” said {n:Thérèse Vanderkooi|Thérèse Vanderkooi|Thérèse Vanderkooi|Therese Vanderkooi}, {u:74|74|74|74}, who {w:organized|organized|organized|organized} the work crews. “{w:So we did it anyway|So we did it anyway|So we did it anyway|So we did it anyway}{p:.|.|!|.}”

It takes about {u:40 gallons|40 gallons|40 gallons|4O gallons} of sap to make one gallon of syrup. The cooperative’s members tapped {u:1,100 maples|1,100 maples|1,100 maples|l,100 maples} this spring and {w:boiled|boiled|cooked down|boiled} {u:3.5 gallons|3.5 gallons|3.5 gallons|35 gallons} on opening day alone.

The town’s syrup will sell for {u:$22 a quart|$22 a quart|$22 a quart|$22 a quart}, and {u:20%|20%|20 percent|20%} of sales will go to the {n:Pellerin-Stokes Memorial Library|Pellerin-Stokes Memorial Library|Pellerin-Stokes Memorial Library|Pe1lerin-Stokes Memorial Library}.{o: The rest will pay for firewood.| The rest will pay for firewood.|| The rest will pay for firewood.}

{n:Gérard Lachapelle-Wirt|Gérard Lachapelle|Gérard Lachapelle-Wirt|Gerard Lachapelle-Wirt}, {u:81|81|81|8l}, drove {u:two hours|three hours|two hours|two hours} from {n:Ishpeming|Ishpeming|Ishpeming|Ishpeming} to watch. He {w:first boiled sap here|boiled sap here|first boiled sap here|first boiled sap here} {w:as a boy|as a boy|as a boy|as a boy} in {u:1952|1952|1952|1952}{w:, when the sugarhouse still had a dirt floor|, when the sugarhouse still had a dirt floor|, when the sugarhouse still had a dirt floor|, when the sugarhouse still had a dirt floor}. “It smells {w:exactly|exactly|exactly|exactly} the same{p:.|!|.|.}” {o:He bought two quarts.|He bought two quarts.|He bought two quarts.|He bought two quarts.}

The sugarhouse will be open {p:9 a.m. to 3 p.m.|9 a.m. to 3 p.m.|9 a.m.-3 p.m.|9 a.m. to 3 p.m.} on weekends {u:through April 19|through April 19|through April 19|through April 9}, weather permitting.

Vanderkooi said the cooperative hopes to {w:add a pancake breakfast|add a pancake breakfast|add a pancake breakfast|add a pancake breakfast} {u:next year|next year|next spring|next year}. “One thing at a time{p:,|,|,|.}” she said."""
A = dict(key='iron-range-sentinel-a1', english=True,
    before='THE IRON RANGE SENTINEL\nSunday, March 15, 2026  •  $2.00\n\nINSIDE: Obituaries A6 | Outdoors B1 | Puzzles C4\n\n',
    after='\n\nCORRECTIONS\nA story on Page A3 on Saturday misstated the date of the Gwinn school board meeting. It is March 23.\n')
B = dict(key='delta-county-press-a5', english=True, order=[0,1,2,3,4,5,6,7,8],
    before='DELTA COUNTY PRESS  Sunday, March 15, 2026  A5\n\n',
    after='\n\nMICHIGAN LOTTERY\nSaturday: Daily 3: 4-0-9  Daily 4: 7-7-1-2  Lotto 47: 3-11-19-28-40-44\n\nADVERTISEMENT\nNORTHWOODS TIRE & AUTO — Spring alignment special $69.95. Call 906-555-0127\n')
C = dict(key='web-upper-peninsula-public-radio', english=True, style=('nfd',),
    inside={0: 'Listen • 3:41\nPublished March 14, 2026 at 6:12 PM EDT | Updated March 15, 2026 at 8:05 AM EDT'},
    before='UPPER PENINSULA PUBLIC RADIO\nNews | Arts & Culture | Outdoors | Schedule | DONATE\n\n',
    after='\n\nTags: Maple syrup, Volunteers, Saulteaux Falls\n\nCopyright 2026 Upper Peninsula Public Radio\n\nMost Read\n1. Ice shelves collapse early on Lake Superior shore\n2. Snowmobile trail counts hit record\n')
D = dict(key='ocr-iron-range-sentinel-a1', english=True, wrap=42, style=('straight',),
    before='THE IRON RANGE SENTlNEL  Sunday, March 15, 2O26\n\n',
    after='\n\nCORRECTIONS\nA story on Page A3 on Saturday misstated the date of the Gwinn school board meeting. It is March 23.\n')
WITNESSES = [A, B, C, D]
