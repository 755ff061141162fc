# An AP story on a small-school soccer title in an invented Oregon town: a whole print; a
# continuation page ("TITLE From Page B1", second half only); a reprint that swaps two paragraphs
# and moves another, with differences inside them; a heavily edited reprint that rewrites
# sentences, merges two paragraphs (the joint becomes a comma) and drops one. Scores (3-1 / 3-2),
# ordinals, number words, dates, a capitalised word at a sentence start.
STORY = """{w:Tiny Ashgrove wins first state soccer title in 40 years|Tiny Ashgrove wins first state soccer title in 40 years|Tiny Ashgrove wins first state soccer title in 40 years|Ashgrove wins first state title in four decades}

By {n:KWABENA ASANTE-FORDE|KWABENA ASANTE-FORDE|KWABENA ASANTE-FORDE|KWABENA ASANTE-FORD}

{n:PENDRY FALLS|PENDRY FALLS|PENDRY FALLS|PENDRY FALLS}, Ore. (AP) — {n:Ashgrove|Ashgrove|Ashgrove|Ashgrove}, a {w:logging town|logging town|logging town|timber town} of {u:1,340 people|1,340 people|1,340 people|about 1,300 people}, won its first state soccer championship in {u:40 years|40 years|40 years|four decades} on {u:Saturday|Saturday|Saturday|Saturday}, beating the {n:Pendry Falls Rams|Pendry Falls Rams|Pendry Falls Rams|Pendry Falls Rams} {u:3-1|3-1|3-2|3-1} in the Class {u:2A|2A|2A|2A} final.{o: It was the third straight year the two schools met in the playoffs.| It was the third straight year the two schools met in the playoffs.| It was the third straight year the two schools met in the playoffs.|}

Senior {n:Teodora Vasquez-Lindqvist|Teodora Vasquez-Lindqvist|Teodora Vasquez-Lindquist|Teodora Vasquez-Lindqvist} scored {w:twice|twice|twice|two goals}, {w:including|including|including|one of them} a {u:25-yard|25-yard|25-yard|25-yard} free kick in the {u:71st minute|71st minute|71st minute|71st minute}{p:.|.|.|,} {w:Her younger|Her younger|Her younger|and her} sister{w:, Ines,|, Ines,|, Ines,| Ines} added the third{p:.|.|!|.}

"{w:Nobody|Nobody|Nobody|No one} {w:gave us|gave us|gave us|gave us} a chance{p:,|,|,|,}" coach {n:Bartholomew Nyquist|Bartholomew Nyquist|Bartholomew Nyquist|Bart Nyquist} said. "{w:We|We|We|We} {w:have|have|have|had} {u:22|22|twenty-two|22} kids on the roster and {u:nine|nine|nine|9} of them {w:also play|also play|also play|play} in the band{p:.|.|.|.}"

{w:Ashgrove's|Ashgrove's|Ashgrove's|Ashgrove's} {w:last title|last title|last title|only other title} came in {u:1986|1986|1986|1986}{p:,|,|,|,} {w:when|when|when|when} {w:Nyquist|Nyquist|Nyquist|Nyquist} {w:was|was|was|himself was} a {u:16-year-old|16-year-old|17-year-old|16-year-old} {w:defender|defender|defender|defender}{p:.¶The|.¶The|.¶The|; the} school {w:nearly|nearly|nearly|almost} {w:lost|lost|lost|lost} {w:its program|its program|its program|the program} in {u:2021|2021|2021|2021}{p:,|,|,|} {w:when|when|when|after} enrollment fell to {u:118 students|118 students|118 students|118}{p:.|.|.|,} {w:Parents|Parents|Parents|and parents} {w:raised|raised|raised|raised} {u:$14,000|$14,000|$14,000|$14,000} {w:to keep it going|to keep it going|to save it|to keep it going}{p:.|.|.|.}{o: Nyquist, a math teacher, has coached without pay since then.| Nyquist, a math teacher, has coached without pay since then.| Nyquist, a math teacher, has coached without pay since then.|}

{w:About|About|About|About} {u:2,600|2,600|2,600|2,600} {w:fans|fans|fans|fans} {w:filled|filled|filled|packed} {n:Hollenbeck Stadium|Hollenbeck Stadium|Hollenbeck Stadium|Hollenbeck Field}{p:,|,|,|,} {w:nearly|nearly|nearly|nearly} {w:twice|twice|twice|double} the town's {w:population|population|population|population}. {w:Some|Some|Some|Some} {w:drove|drove|drove|drove} {u:three hours|three hours|three hours|3 hours} from {n:Coos Bay|Coos Bay|Coos Bay|Coos Bay}{p:.|.|.|.}{o: Concession stands ran out of hot dogs by halftime.| Concession stands ran out of hot dogs by halftime.|| Concession stands ran out of hot dogs by halftime.}

{o:The Wildcats finished 17-2-1 and allowed only nine goals all season, a school record.|The Wildcats finished 17-2-1 and allowed only nine goals all season, a school record.|The Wildcats finished 17-2-1 and allowed only nine goals all season, a school record.|}

{w:A parade|A parade|A parade|A parade} is planned for {u:Dec. 1|Dec. 1|Jan. 1|Dec. 1}{p:,|,|,|,} {w:Mayor|Mayor|Mayor|Mayor} {n:Ruthanne Okafor|Ruthanne Okafor|Ruthann Okafor|Ruthanne Okafor} said. "{w:Every|Every|Every|Each} {w:fire truck|fire truck|fire truck|fire engine} we {w:own|own|own|have} {w:will be in it|will be in it|will be in it|will be in it}{p:.|.|.|!}\""""
A = dict(key='oregon-statesman-c4', english=True,
    before='THE OREGON STATESMAN | Sunday, November 22, 2026 | C4 SPORTS\n\n',
    after='\n\nPREP SCOREBOARD\nClass 2A final: Ashgrove 3, Pendry Falls 1\nClass 3A final: Sisters 2, Dayton 0 (OT)\n')
B = dict(key='coast-herald-b6-continued', english=True, order=[5,6,7,8], cont='TITLE\nFrom Page B1\n\n',
    before='COAST HERALD  Sunday, Nov. 22, 2026  B6\n\n',
    after='\n\nADVERTISEMENT\nASHGROVE TIRE & LUBE — Winter tires mounted free through Dec. 15. 541-555-0160\n')
C = dict(key='web-northwest-preps', english=True, order=[0,1,2,3,5,4,8,6,7],
    before='NORTHWEST PREPS\nHome > Soccer > Girls\n\n',
    inside={1: 'Associated Press | Updated Nov. 21, 2026 10:12 p.m. PST'},
    after='\n\nMore from Northwest Preps: All-state teams announced Dec. 8\n\n© 2026 Northwest Preps\n')
D = dict(key='valley-weekly-p11', english=True, order=[0,1,2,3,4,5,6,8],
    before='VALLEY WEEKLY  Nov. 25, 2026  Page 11\n\nSPORTS IN BRIEF\n\n',
    after='\n\n— Associated Press\n\nVALLEY WEEKLY is published every Wednesday.\n')
WITNESSES = [A, B, C, D]
