# An AP story on a 1920s carousel returned to an invented Iowa river town after a 14-year
# restoration: a front page with a weather line and an index after; a continuation page ("CAROUSEL /
# Continued from A1", second half only) with its own edits (88/86, as a child, three/four, 1,200/2,100
# riders, ,/! in a quotation, Vyborny/Vybornay, Wednesday/Thursday, a dropped sentence, a dropped last
# sentence) and prep baseball scores after it; a print with a photo caption and a shortened double
# byline that swaps two paragraphs and moves another earlier, with differences inside the moved ones
# (About/Nearly 1,200, a dropped sentence, the society's short name, ;/,, the society said), besides Thirty-six/36 at a sentence's
# start, 1924/1926, four feet, Style 146/146-B and a dropped clause; a TV station site (breadcrumbs,
# "Published … Updated" and a share bar inside the story, a RELATED link inside it, copyright,
# "Trending") with straight quotes and its own edits (its own headline, went round, $2.4/$4.2 million,
# dismantled, 2012/2013, kept in, Ostermeyer/Ostermeier, 8,000/80,000 hours, a dropped sentence, ./! in a quotation,
# Dubuque/Dubuqe, 50 cents/a quarter, a third/33%, a shortened list, 10 a.m. to 6 p.m./10 a.m.-6 p.m.
# connector only, Oct. 11/Oct. 1).
STORY = """{w:Carousel comes home to Iowa river town after 14-year restoration|Carousel comes home to Iowa river town after 14-year restoration|Carousel comes home to Iowa river town after 14-year restoration|Restored carousel is back, and so are the riders}

By {n:DELPHINE ACHTERBERG and RUAIRI McGLADE-OYELARAN|DELPHINE ACHTERBERG and RUAIRI McGLADE-OYELARAN|DELPHINE ACHTERBERG and RUAIRI McGLADE|DELPHINE ACHTERBERG and RUAIRI McGLADE-OYELARAN}

{n:KESSELRING|KESSELRING|KESSELRING|KESSELRING}, Iowa (AP) — {u:Thirty-six|Thirty-six|36|Thirty-six} wooden horses {w:went around again|went around again|went around again|went round again} on {u:Saturday|Saturday|Saturday|Saturday} in the riverfront pavilion where they first turned in {u:1924|1924|1926|1924}, {w:after|after|after|after} a restoration that took {u:14 years|14 years|14 years|14 years} and {u:$2.4 million|$2.4 million|$2.4 million|$4.2 million}.

The carousel was {w:taken apart|taken apart|taken apart|dismantled} in {u:2012|2012|2012|2013} when floodwater from the {n:Maquoketa River|Maquoketa River|Maquoketa River|Maquoketa River} rose {u:4 feet|4 feet|four feet|4 feet} inside the pavilion. Its horses, {u:two|two|two|two} chariots and a band organ were {w:stored in|stored in|stored in|kept in} a {w:dairy barn|dairy barn|dairy barn|dairy barn} outside town.

Volunteers from the {n:Kesselring Carousel Society|Kesselring Carousel Society|carousel society|Kesselring Carousel Society} {w:stripped|stripped|stripped|stripped} {u:11 layers|11 layers|11 layers|11 layers} of paint from each horse{p:;|;|,|;} underneath they found the carver’s original dapple grays and a signature: “F. {n:Ostermeyer|Ostermeyer|Ostermeyer|Ostermeier}, Davenport.”

The volunteers logged more than {u:8,000 hours|8,000 hours|8,000 hours|80,000 hours}{w:, according to the society|, according to the society|, the society said|, according to the society}.{o: Some of them learned to carve in a class at the community college.| Some of them learned to carve in a class at the community college.| Some of them learned to carve in a class at the community college.|}

{n:Ingeborg Hollowell|Ingeborg Hollowell|Ingeborg Hollowell|Ingeborg Hollowell}, {u:88|86|88|88}, rode the carousel {w:as a girl|as a child|as a girl|as a girl} and rode it again on opening day, on a horse named Dolly. “She {w:still has the chip in her ear|still has the chip in her ear|still has the chip in her ear|still has the chip in her ear}{p:.|.|.|!}”

The band organ, a {n:Wurlitzer Style 146|Wurlitzer Style 146|Wurlitzer Style 146-B|Wurlitzer Style 146}, was sent to a restorer in {n:Dubuque|Dubuque|Dubuque|Dubuqe} and came back with {u:three|four|three|three} of its original paper rolls{w:, including a Sousa march|, including a Sousa march||, including a Sousa march}.

{u:About 1,200|About 2,100|Nearly 1,200|About 1,200} riders lined up on the first day. Rides cost {u:50 cents|50 cents|50 cents|a quarter}, {w:the same price|the same price|the same price|the same price} as in {u:1975|1975|1975|1975}.{o: The line stretched past the bandstand.|| The line stretched past the bandstand.| The line stretched past the bandstand.}

Society president {n:Lorcan Vyborny|Lorcan Vybornay|Lorcan Vyborny|Lorcan Vyborny} said {u:a third|a third|a third|33%} of the cost came from a state grant and the rest from {w:raffles, bake sales and the Carousel Ball|raffles, bake sales and the Carousel Ball|raffles, bake sales and the Carousel Ball|raffles and bake sales}. “Every horse has a sponsor{p:,|!|,|,}” he said.

The carousel will run {p:10 a.m. to 6 p.m.|10 a.m. to 6 p.m.|10 a.m. to 6 p.m.|10 a.m.-6 p.m.} on weekends {u:through Oct. 11|through Oct. 11|through Oct. 11|through Oct. 1}, and on {u:Wednesday|Thursday|Wednesday|Wednesday} evenings in summer.{o: Birthday parties can be booked at City Hall.|| Birthday parties can be booked at City Hall.| Birthday parties can be booked at City Hall.}"""
A = dict(key='maquoketa-valley-register-a1', english=True,
    before='MAQUOKETA VALLEY REGISTER\nSunday, May 3, 2026  •  Vol. 141, No. 122  •  $2\n\n',
    after='\n\nWEATHER  Today: Sunny, high 71. Tonight: Clear, low 49.\n\nINDEX  Classifieds C5 | Comics C3 | Obituaries A5 | Sports B1\n')
B = dict(key='clinton-courier-b3-continued', english=True, order=[6,7,8,9,10], cont='CAROUSEL\nContinued from A1\n\n',
    before='CLINTON COURIER  Sunday, May 3, 2026  B3\n\n',
    after='\n\nPREP BASEBALL\nKesselring 7, Andrew 3\nBellevue 4, Preston 2\n')
C = dict(key='jackson-sentinel-p2', english=True, order=[0,1,2,8,3,5,4,6,7,9,10],
    inside={2: 'PHOTO: A restored horse named Dolly waits for riders on Saturday in Kesselring. (AP Photo/Ruairi McGlade)'},
    before='JACKSON COUNTY SENTINEL  Monday, May 4, 2026  Page 2\n\n',
    after='\n\nThe Sentinel welcomes letters to the editor of 250 words or fewer.\n')
D = dict(key='web-kwiq-eastern-iowa', english=True, style=('straight',),
    inside={0: 'Published: May 2, 2026 at 7:48 PM CDT | Updated: May 3, 2026 at 9:10 AM CDT\nShare: Facebook | X | Email | Copy link', 3: 'RELATED: Kesselring pavilion reopens after flood repairs'},
    before='KWIQ 9 Eastern Iowa\nHome > News > Local\n\n',
    after='\n\nCopyright 2026 KWIQ. All rights reserved.\n\nTrending\n- Bridge inspection closes Highway 64 lane\n- Prom court named at Maquoketa High\n')
WITNESSES = [A, B, C, D]
