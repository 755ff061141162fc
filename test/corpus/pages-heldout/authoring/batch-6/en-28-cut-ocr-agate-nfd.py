# An AP story on a rural hospital in an invented Wyoming town delivering babies again: a whole print;
# a print that cuts the last two paragraphs with many real differences in its last printed paragraph
# (11/12 nurses, a stop that becomes a semicolon, a clause reworded, Warbonnet/Warbonet, ./!) and a
# weather agate box, an ad and an editor line right after the cut; an OCR column with hard wraps
# (O/0 in a town and a year, l/1 in a trust's name and in figures, rn/m in common words); a regional
# news site (breadcrumbs, "Published … Updated", share bar, comments, copyright) with NFD-encoded
# accented names (Renée, Castañeda: style, not a site) and its own edits (Tuesday/Thursday,
# 94/49 miles, $6.8/$68 million, a third/one-third, November/May, a hospital's short name, a dropped
# clause, a dropped sentence, a surname cut, ".'/'.).
STORY = """{w:Wyoming hospital delivers babies again after nine-year gap|Wyoming hospital delivers babies again after nine-year gap|Wyoming hospital delivers babies again after nine-year gap|Small Wyoming hospital reopens maternity ward}

By {n:INGRID VASQUEZ-TOLLEFSRUD|INGRID VASQUEZ|INGRID VASQUEZ-TOLLEFSRUD|INGRID VASQUEZ-TOLLEFSRUD}

{n:SHOSHONI BEND|SHOSHONI BEND|SH0SH0NI BEND|SHOSHONI BEND}, Wyo. (AP) — The first baby born at {n:Wind Gap Memorial Hospital|Wind Gap Memorial Hospital|Wind Gap Memorial Hospital|Wind Gap Hospital} in nine years arrived {u:Tuesday|Tuesday|Tuesday|Thursday} at {u:4:52 a.m.|4:52 a.m.|4:52 a.m.|4:25 a.m.}, a girl weighing {u:7 pounds, 3 ounces|7 pounds, 3 ounces|7 pounds, 3 ounces|7 pounds, 13 ounces}.

The hospital closed its {w:labor and delivery unit|labor and delivery unit|labor and delivery unit|birthing unit} in {u:2017|2017|2O17|2017} when it could no longer {w:find|find|find|hire} enough nurses, and expectant mothers had to drive {u:94 miles|94 miles|94 miles|49 miles} to the nearest delivery room{w:, often on icy two-lane roads|, often on icy two-lane roads|, often on icy two-lane roads|}.

"We had {w:women|women|wornen|women} giving birth in the back of pickups," said Dr. {n:Renée Castañeda-Holm|Renée Castañeda|Renée Castañeda-Holm|Renée Castañeda-Holm}, the hospital's chief of staff. "{w:That is|That is|That is|That's} not {w:safe|safe|safe|acceptable}, and it is not {w:fair|fair|fair|right}{p:."|."|."|".}

The {u:$6.8 million|$6.8 million|$6.8 million|$68 million} {w:renovation|renovation|renovation|remodel} added {u:four|four|four|five} birthing suites and a {wu:two-bed nursery|two-bed nursery|two-bed nursery|nursery}. About {u:a third|a third|a third|one-third} of the money came from the {n:Sweetwater Plains Health Trust|Sweetwater Plains Health Trust|Sweetwater P1ains Health Trust|Sweetwater Plains Health Trust}, and the rest from a county bond {w:that voters approved|that voters approved|that voters approved|voters passed} in {u:November 2024|November 2024|November 2O24|May 2024}.

The hospital hired {u:11 nurses|12 nurses|ll nurses|11 nurses} this year{p:,|;|,|,} {w:three of them|three are|three of them|three of them} certified nurse-midwives. Each received a {u:$15,000|$15,000|$l5,000|$15,000} signing bonus, and {w:most|most|rnost|most} grew up in {n:Warbonnet County|Warbonet County|Warbonnet County|Warbonnet County}{p:.|!|.|.}

{u:Nineteen|Nineteen|Nineteen|19} women are due to deliver at the hospital before {u:March 1|March 1|March l|March 1}, said nurse manager {n:Thaddeus Okonkwo-Baird|Thaddeus Okonkwo-Baird|Thaddeus Okonkwo-Baird|Thaddeus Okonkwo}. {o:The unit can handle about 300 births a year.|The unit can handle about 300 births a year.|The unit can handle about 300 births a year.|}

The baby's mother, {n:Marisol Teagarden|Marisol Teagarden|Marisol Teagarden|Marisol Teagarten}, {u:27|27|27|29}, {w:named her daughter|named her daughter|narned her daughter|called her daughter} Wren. "She didn't have to be born on the side of the highway," she said. "That {w:matters|matters|matters|means everything}."""
A = dict(key='casper-star-ledger-a4', english=True,
    before='CASPER STAR-LEDGER\nWednesday, December 2, 2026 | A4 | WYOMING\n\n',
    after='\n\nWYOMING BRIEFS\n\nLANDER: The county fairgrounds will host a blood drive Dec. 9 from noon to 6 p.m.\n')
B = dict(key='wind-river-gazette-p3', english=True, order=[0,1,2,3,4,5,6],
    before='WIND RIVER GAZETTE  Wednesday, Dec. 2, 2026  Page 3\n\n',
    after='\n\nWEATHER\nToday: Snow showers, high 24, low 9. Wind W 20-30 mph.\nThursday: Sunny, high 31, low 12.\n\nADVERTISEMENT\nBIG HORN FEED & TACK — Hay, horse blankets, stock tank heaters. 307-555-0188\n\nEdited by Merritt Quayle\n')
C = dict(key='ocr-dubois-frontier-p5', english=True, wrap=36,
    before='DUBOIS FRONTIER Dec. 3, 2O26 Page 5\n\n',
    after='\n\nCHURCH NOTES\nSt. Anselm Catholic bake sale, Saturday 9 a.m.\n')
D = dict(key='web-high-plains-news-wire', english=True, style=('nfd',),
    before='HIGH PLAINS NEWS WIRE\nHome > News > Health > Shoshoni Bend\n\n',
    inside={1: 'Published Dec. 1, 2026 at 5:38 p.m. MST | Updated Dec. 2, 2026 at 8:05 a.m. MST\n\nShare on Facebook    Share on X    Email this story'},
    after='\n\nComments (22)\nSign in to join the conversation.\n\n© 2026 High Plains News Wire. All rights reserved.\n')
WITNESSES = [A, B, C, D]
