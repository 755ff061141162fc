# An AP obituary of an invented Alaska bush pilot (birth and death dates, ages, years, hours flown,
# survivors, a memorial), four witnesses, four headlines: a front page that jumps inside one file
# over other stories ("See PILOT, Page A6" … obituaries … "PILOT From Page A1") with a pull quote
# repeating a sentence of the story; an AP web page (straight quotes, "Updated" line and share bar
# inside the story, copyright) with its own edits (the byline's second surname dropped, 52 years/five
# decades, a dropped clause, a serial comma, 11/eleven, March 3/13, 2009/2019, ./!, an occasional, to be elected,
# memorial flyover); a weekend digest
# that abridges (a paragraph and a sentence dropped in the middle, a clause dropped, Saturday, Dec. 19/
# Saturday, sixteen, the AP, six decades); a print with a photo caption repeating a sentence
# of the story and its own edits (Dec. 4/14, 94/93, Nunapick, 1946/1964, 31,400/34,100, twice/three
# times, 1987/1978, seventy-four, Osie, 11 a.m./11:30 a.m., weather permitting dropped).
STORY = """{w:Wren Halloway-Osei, bush pilot of the Tagvak, dies at 94|Pioneering Alaska bush pilot dies at 94|Bush pilot Wren Halloway-Osei dies|‘The river doesn’t care’: Bush pilot dies at 94}

By {n:KALLISTA NORDQUIST-OBI|KALLISTA NORDQUIST|KALLISTA NORDQUIST-OBI|KALLISTA NORDQUIST-OBI}

ANCHORAGE, Alaska (AP) — {n:Wren Halloway-Osei|Wren Halloway-Osei|Wren Halloway-Osei|Wren Halloway-Osei}, who flew mail, medicine and {w:the occasional|an occasional|the occasional|the occasional} sled dog to villages along the {n:Tagvak River|Tagvak River|Tagvak River|Tagvak River} for {u:52 years|five decades|52 years|52 years}, died {u:Dec. 4|Dec. 4|Dec. 4|Dec. 14} at her home in {n:Nunapik Landing|Nunapik Landing|Nunapik Landing|Nunapick Landing}{w:, her family said||, her family said|, her family said}. She was {u:94|94|94|93}.

Born {u:March 3, 1932|March 13, 1932|March 3, 1932|March 3, 1932}, in {n:Ashby Falls|Ashby Falls|Ashby Falls|Ashby Falls}, Minnesota, Halloway-Osei earned her pilot’s license at {u:16|16|sixteen|16}, sold her car to buy a {u:1946|1946|1946|1964} Piper Cub and flew it north in 1954.

By her own count, she logged {u:31,400|31,400|31,400|34,100} hours in the air and landed on more than 200 gravel strips, sandbars and frozen lakes. She crashed {u:twice|twice|twice|three times} and {w:walked away|walked away|walked away|walked away} {w:both times|both times|both times|every time}.{o: The second time, in 1971, she spent three nights on a sandbar before a hunter found her.| The second time, in 1971, she spent three nights on a sandbar before a hunter found her.|| The second time, in 1971, she spent three nights on a sandbar before a hunter found her.}

“The river doesn’t care how good a pilot you are{p:,|,|,|,}” she told {n:The Associated Press|The Associated Press|the AP|The Associated Press} in {u:2009|2019|2009|2009}. “It only cares whether you’re paying attention{p:.|!|.|.}”

In {u:1987|1987|1987|1978}, she became the first woman {w:elected|to be elected|elected|elected} president of the {n:Tagvak Valley Pilots Association|Tagvak Valley Pilots Association|Tagvak Pilots Association|Tagvak Valley Pilots Association}. She retired in 2006, at {u:74|74|74|seventy-four}.

She is survived by her husband of {u:61 years|61 years|six decades|61 years}, {n:Kwabena Osei|Kwabena Osei|Kwabena Osei|Kwabena Osie}, 97; three children{p:, seven grandchildren and|, seven grandchildren, and|, seven grandchildren and|, seven grandchildren and} {u:11|eleven|11|11} great-grandchildren.

A {w:memorial flight|memorial flyover|memorial flight|memorial flight} is planned for {u:Saturday, Dec. 19|Saturday, Dec. 19|Saturday|Saturday, Dec. 19}, at {u:11 a.m.|11 a.m.|11 a.m.|11:30 a.m.} at the Nunapik Landing airstrip{w:, weather permitting|, weather permitting|, weather permitting|}."""
A = dict(key='anchorage-northern-star-a1', english=True,
    inside={2: '“The river doesn’t care how good a pilot you are.”\n— Wren Halloway-Osei, in 2009'},
    jump=dict(after=4, out='\n\nSee PILOT, Page A6',
        middle='Assembly delays vote on snow-removal contract\n\nThe Anchorage Assembly on Tuesday postponed a vote on a $14 million snow-removal contract until January.\n\n=====\n\nA6  THE NORTHERN STAR  Wednesday, December 9, 2026\n\nOBITUARIES\nHarold “Bud” Lindell, 88, of Palmer, died Dec. 5. A service is Friday at 2 p.m. at Valley Lutheran Church.',
        inn='\n\nPILOT\nFrom Page A1'),
    before='THE NORTHERN STAR\nWednesday, December 9, 2026  •  Anchorage  •  $1.75\n\n',
    after='\n\nAMBER ALERT line: 1-800-555-0142  •  Classifieds, A10\n')
B = dict(key='web-ap-news-bush-pilot', english=True, style=('straight',),
    inside={1: 'Updated 9:05 PM AKST, December 7, 2026\nShare  Copy link  Email'},
    before='AP News\nU.S. News  Obituaries  World\n\n',
    after='\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
C = dict(key='weekend-digest-p12', english=True, order=[0, 1, 2, 3, 4, 5, 7, 8],
    before='THE WEEKEND DIGEST\nDecember 12-13, 2026  •  Page 12  •  Lives Remembered\n\n',
    after='\n\nNext week: the year in pictures.\n')
D = dict(key='kuskokwim-times-p5', english=True,
    inside={3: 'PHOTO: Wren Halloway-Osei with her 1946 Piper Cub in an undated family photo. She sold her car to buy it and flew it north in 1954.'},
    before='KUSKOKWIM TIMES\nThursday, December 10, 2026  •  Page 5\n\n',
    after='\n\nFUEL PRICES  Heating oil $7.89/gal  •  Gasoline $8.12/gal\n')
WITNESSES = [A, B, C, D]
