# An AP science story: the AP page with its web chrome; a news site that stores accented names
# decomposed (NFD, style only) and moves a paragraph up; a paper that cuts the last two paragraphs
# before an agate box; an OCR column.
STORY = """{w:Rare right whale calf spotted off Georgia, raising hopes for endangered species|Rare right whale calf spotted off Georgia, raising hopes for endangered species|Rare right whale calf spotted off Georgia|Rare right whale calf spotted off Georgia, raising hopes for endangered species}

By {n:RUSS BYNUM|RUSS BYNUM|RUSS BYNUM|RUSS BYNUN}

{n:SAVANNAH|SAVANNAH|SAVANNAH|SAVANNAH}, Ga. (AP) — Aerial survey teams spotted a newborn North Atlantic right whale and its mother off {n:Cumberland Island|Cumberland Island|Cumberland Island|Cumberland lsland} on {u:Dec. 1|Dec. 1|Dec. 1|Dec. 7}, the first calf of a winter season that scientists {w:are watching|are watching|are watching|are watching closely} for signs the species can recover.

Only about {u:370|370|370|370} right whales remain, according to the {n:New England Aquarium|New England Aquarium|New England Aquarium|New England Aquarium}{p:,|,|,|} and researchers have said the species needs at least {u:50|50|50|15} calves a year for {u:a decade|a decade|a decade|ten years} to stop its decline. {w:Last season|Last season|Last season|Last year}, {u:19|19|19|19} calves were counted.

The mother, a {u:23-year-old|23-year-old|23-year-old|32-year-old} whale known as {n:Juno|Juno|Juno|June}, was first seen {w:off|off|off|near} Georgia in {u:2002|2002|2002|2002}. This is her {u:fifth|fifth|fifth|fifth} known calf{p:,|,|,|;} said {n:Clay George|Clay George|Clay George|Clay George}, a wildlife biologist with the {n:Georgia Department of Natural Resources|Georgia Department of Natural Resources|Georgia Department of Natural Resources|Georgia Division of Natural Resources}.

"{w:Every calf counts|Every calf counts|Every calf counts|Each calf counts}," George said. "{w:But|But|But|And} {w:we need|we need|we need|we'll need} a lot more {w:like her|like her|like her|like this one}."

Right whales {w:migrate|migrate|migrate|travel} {u:more than 1,000 miles|more than 1,000 miles|more than 1,000 miles|more than 1,000 miles} each fall from feeding grounds off New England and Canada to give birth in warmer waters off {n:Georgia and Florida|Georgia and Florida|Georgia and Florida|Georgia and northern Florida}. Collisions with ships and entanglement in fishing rope are the {w:leading|leading|leading|main} causes of death.

{n:Mariana Peláez|Mariana Peláez|Mariana Peláez|Mariana Pelaez}, who leads the right whale program at the {n:Clearwater Marine Aquarium Research Institute|Clearwater Marine Aquarium Research Institute|Clearwater Marine Aquarium Research Institute|Clearwater Marine Aquarium Research Institute}{p:,|,|,|} said boaters should slow down {w:and keep|and keep|and keep|and stay} at least {u:500 yards|500 yards|500 yards|50 yards} away{p:.|.|.|.}

{o:Federal rules require vessels 65 feet or longer to slow to 10 knots in calving areas from Nov. 15 to April 15.|Federal rules require vessels 65 feet or longer to slow to 10 knots in calving areas from Nov. 15 to April 15.|Federal rules require vessels 65 feet or longer to slow to 10 knots in calving areas from Nov. 15 to April 15.|Federal rules require vessels 65 feet or longer to slow to 10 knots in calving areas from Nov. 15 to Apri1 15.}"""
A = dict(key='web-apnews-whale', english=True,
    before='AP NEWS\nScience | Climate | Health\n\nSCIENCE > ANIMALS\n\n',
    inside={0: 'Published 4:17 PM EST, December 3, 2025\nUpdated 9:02 PM EST, December 3, 2025'},
    after='\n\n___\n\nThe Associated Press receives support from several private foundations for its coverage of oceans. The AP is solely responsible for all content.\n\nSupport AP: donate today.\n\nCopyright 2025 The Associated Press. All Rights Reserved.\n')
B = dict(key='web-coastal-courier', english=True, style=('nfd',), order=[0,1,2,6,3,4,5,7,8],
    before='THE COASTAL COURIER\nHome > News > Environment\n\n',
    inside={0: 'From The Associated Press | Dec 4, 2025'},
    after='\n\nComments are closed.\n\n© 2025 Coastal Courier Media\n')
C = dict(key='brunswick-news-a6', english=True, order=[0,1,2,3,4,5,6],
    before='THE BRUNSWICK NEWS | Thursday, December 4, 2025 | A6\n\n',
    after='\n\nTIDES\nSt. Simons Sound: High 6:42 a.m., 7:10 p.m.; Low 12:31 a.m., 12:55 p.m.\n\nSUNRISE 7:09 a.m. SUNSET 5:28 p.m.\n')
D = dict(key='ocr-island-packet-p3', english=True, wrap=46,
    before='ISLAND PACKET  DEC 4 2025  PAGE 3\n\n',
    after='\n\n[column ends]\n')
WITNESSES = [A, B, C, D]
