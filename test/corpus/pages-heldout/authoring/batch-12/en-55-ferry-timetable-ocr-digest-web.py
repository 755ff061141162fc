# An AP transport story (an invented Maine island ferry district cutting its winter timetable for a
# crew shortage: departures, fares, ridership, crossing times), four witnesses, four headlines: a
# print with the whole story and a winter-schedule box after it (furniture); an AP web page (straight
# quotes, "Published … Updated" line and share bar inside the story, copyright) with its own edits;
# an OCR column of an island weekly (hard wraps, straight quotes, misreadings l/1, O/0, rn/m, S/5,
# cl/d) with that paper's own edits; a weekend digest that abridges (two paragraphs merged at a
# changed joint, a paragraph dropped in the middle, a quotation cut) with its own edits.
# Clock times (a.m./p.m., noon, 6:15/6:50), fares, ridership, crossing minutes, ordinals, dates.
STORY = """{w:Island ferry cuts winter runs, citing crew shortage|Maine ferry district trims winter schedule as crews run short|Ferry cuts runs to Quarry Isle|Fewer ferries this winter for Quarry Isle}

By {n:WENDELL ABERNATHY-KOIVU|WENDELL ABERNATHY-KOIVU|WENDELL ABERNATHY-KOIVU|WENDELL ABERNATHY-KOIVU}

{n:PORT MERROW|PORT MERROW|PORT MERROW|PORT MERROW}, Maine (AP) — The ferry district that links {n:Port Merrow|Port Merrow|Port Merrow|Port Merrow} with three islands in {n:Merrow Bay|Merrow Bay|Merrow Bay|Merrow Bay} will cut its daily round trips to {n:Quarry Isle|Quarry Isle|Quarry IsIe|Quarry Isle} from {u:seven to four|seven to four|seven to four|seven to five} starting {u:Jan. 6|Jan. 6|Jan. 6|Jan. 9}, because it cannot hire enough licensed {w:deckhands|deckhands|deckhands|crew}{w:, officials said Monday|, officials said Monday|, officials said Monday|}.

The {n:Merrow Bay Transit District|Merrow Bay Transit District|Merrow Bay Transit District|Merrow Bay district} has {u:11|11|ll|11} of its {u:19|19|19|19} crew positions filled{p:, and|, and|, and|; and} {w:two captains|two captains|two captains|both captains} on the Quarry Isle run {w:are due to retire|are due to retire|are due to retire|retire} in {u:February|February|February|March}, general manager {n:Philippa Strand-Oduya|Philippa Strand-Oduya|Philippa Strand-Ocluya|Philippa Strand-Oduya} said.

Under the winter schedule, the first boat will leave Port Merrow at {u:6:15 a.m.|6:15 a.m.|6:l5 a.m.|6:50 a.m.} instead of {u:5:40 a.m.|5:40 a.m.|5:40 a.m.|5:40 a.m.}, and the last will return from Quarry Isle at {u:6:30 p.m.|6:30 p.m.|6:3O p.m.|6:30 p.m.}, two hours earlier than now. The {u:55-minute|55-minute|55-minute|55-minute} crossing {w:will not change|will not change|will not change|stays the same}{w:.¶About|.¶About|.¶About|, and about} {u:340|340|340|340} people live on Quarry Isle year-round, {w:many of them|many of them|many of them|most of them} lobstermen and their families. The island's {w:school|school|school|school} sends {u:14|14|l4|14} high school students to the mainland each day.

Parents said the {u:6:15|6:15|6:l5|6:15} departure means their children will miss {w:the first period|the first period|the first period|the first period} at {n:Merrow Regional High School|Merrow Regional High School|Merrow RegionaI High School|Merrow Regional High School}.

"We're an island. The boat is our road{p:,|,|,|.}" said {n:Ezekiel Haraldsen|Ezekiel Haraldsen|Ezekiel Haraldsen|Ezekiel Haraldson}, who chairs the Quarry Isle {w:select board|select board|select board|board of selectmen}.{o: "You can't close a road for half the day and call it a schedule."| "You can't close a road for half the day and call it a schedule."| "You can't close a road for half the day and call it a schedule."|}

Round-trip fares will {w:stay at|stay at|stay at|remain} {u:$8.50|$8.50|$8.5O|$8.50} for adults and {u:$4.25|$4.25|$4.25|$4.50} for children. Ridership on the Quarry Isle run fell to {u:412,000|412,000|4l2,000|412,000} trips last year{w: from about 465,000 in 2019| from about 465,000 in 2019| from about 465,000 in 2019| from 465,000 in 2019}.

Strand-Oduya said the district had raised starting pay for deckhands {u:18%|18 percent|l8 percent|18%}, to {u:$24.75|$24.75|$24.75|$24.57} an hour, and hopes to restore the full schedule by {u:mid-April|April|mid-April|May}{w:, when a training class of six finishes|, when a training class of six finishes|, when a training class of six finishes|}.{o: The district's board will hold a public hearing on the cuts Dec. 18 at the Port Merrow library.| The district's board will hold a public hearing on the cuts Dec. 18 at the Port Merrow library.| The district's board will hold a public hearing on the cuts Dec. 18 at the Port Merrow library.|}"""
A = dict(key='downeast-chronicle-a3', english=True,
    before='THE DOWNEAST CHRONICLE\nTuesday, December 8, 2026  •  Page A3\n\n',
    after='\n\nQUARRY ISLE WINTER SCHEDULE (from Jan. 6)\nLeave Port Merrow  6:15 a.m.  9:00 a.m.  1:30 p.m.  4:45 p.m.\nLeave Quarry Isle  7:20 a.m.  10:15 a.m.  2:45 p.m.  6:30 p.m.\n')
B = dict(key='web-ap-news-ferry', english=True, style=('straight',),
    inside={1: 'Published 2:06 PM EST, December 7, 2026\nUpdated 4:50 PM EST, December 7, 2026\nShare  Copy link  Email'},
    before='AP News\nU.S. News  Transportation\n\n',
    after='\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
C = dict(key='ocr-island-packet-p1', english=True, style=('straight',), wrap=46,
    before='THE ISLAND PACKET -- Thursday, December 10, 2026 -- Page 1\n\n',
    after='\n\n-- Associated Press\n\nTHE ISLAND PACKET p. 1\n')
D = dict(key='maine-weekend-digest-p7', english=True, order=[0, 1, 2, 3, 4, 6, 7, 8],
    before='MAINE WEEKEND DIGEST\nDecember 12-13, 2026  •  Page 7  •  Around the State\n\n',
    after='\n\nCompiled from wire reports.\n')
WITNESSES = [A, B, C, D]
