# An AP story on a grain elevator fire in an invented North Dakota town: a whole print; a print that
# cuts the last two paragraphs with many real differences in its last printed paragraph (a
# co-op's short name, 1.2/2.1 million bushels, sixty/60, a clause dropped, "said."/"said,") and an
# agate markets box and an ad right after; an OCR column with hard wraps (rn/m, l/1, O/0, 3.4/34,
# I/l in a name); a regional news site (breadcrumbs, "Published … Updated", share bar, comments,
# copyright) with its own edits (Dec. 1/Dec. 11, Monday/Sunday, a third/one-third, a dropped sentence).
STORY = """{w:Fire guts century-old grain elevator in North Dakota farm town|Fire guts century-old grain elevator in North Dakota farm town|Fire guts century-old grain elevator in North Dakota farm town|Fire destroys grain elevator in Wendeloe}

By {n:MAREN OSTBY-KAPLAN|MAREN OSTBY-KAPLAN|MAREN OSTBY-KAPLAN|MAREN OSTBY}

{n:WENDELOE|WENDELOE|WENDELOE|WENDELOE}, N.D. (AP) {p:—|—|—|-} A fire that started in a conveyor motor {w:destroyed|destroyed|destroyed|gutted} the {u:104-year-old|104-year-old|104-year-old|140-year-old} {n:Sorlie Brothers elevator|Sorlie Brothers elevator|Sorlie Brothers elevator|Sorley Brothers elevator} early {u:Monday|Monday|Monday|Sunday}, sending flames {u:more than 200 feet|more than 200 feet|more than 2OO feet|more than 200 feet} into the sky and forcing {u:about 40 families|about 40 families|about 40 families|about 40 families} from their homes overnight.

Firefighters from {u:nine|nine|nine|9} departments {w:battled|battled|battled|fought} the blaze in temperatures of {u:minus 14 degrees|minus 14 degrees|minus l4 degrees|minus 4 degrees}. No one was hurt, {n:Griggs-Steele County|Griggs-Steele County|Griggs-Steele County|Griggs County} Sheriff {n:Anneliese Vorachek|Anneliese Vorachek|Anneliese Vorachek|Annaliese Vorachek} said.

The elevator held about {u:340,000 bushels|340,000 bushels|34O,000 bushels|340,000 bushels} of {w:soybeans and corn|soybeans and corn|soybeans and corn|corn and soybeans} when the fire began shortly after {u:1:30 a.m.|1:30 a.m.|1:30 a.m.|1:30 a.m.}, according to the {n:Wendeloe Farmers Cooperative|Wendeloe Farmers Cooperative|Wendeloe Farrners Cooperative|Wendeloe Farmers Cooperative}, which has owned it since {u:1958|1958|1958|1958}. {o:The grain was insured.|The grain was insured.|The grain was insured.|}

"{w:It was the tallest thing for 30 miles|It was the tallest thing for 30 miles|It was the tallest thing for 30 miles|It was the tallest building for 30 miles}," said {n:Ingvald Rokke|Ingvald Rokke|lngvald Rokke|Ingvald Rokke}, {u:81|81|81|81}, who {w:hauled|hauled|hauled|delivered} wheat to the elevator {w:as a boy|as a boy|as a boy|as a teenager}. "You could see it from {n:Hatton|Hatton|Hatton|Hatten}{p:.|.|.|!}"

Cooperative manager {n:Thaddeus Kjelstrup|Thaddeus Kjelstrup|Thaddeus Kjelstrup|Thaddeus Kjellstrup} said the {n:Wendeloe Farmers Cooperative|co-op|Wendeloe Farmers Cooperative|Wendeloe Farmers Cooperative} {w:handles|handles|handles|handles} about {u:1.2 million bushels|2.1 million bushels|1.2 million bushels|1.2 million bushels} a year from {u:sixty|60|sixty|sixty} member farms, roughly {u:a third|a third|a third|one-third} of them within 10 {w:miles|miles|rniles|miles} of town{p:,|.|,|,} {w:and that harvest deliveries were finished on|Members finished harvest deliveries on|and that harvest deliveries were finished on|and that the harvest ended}{u: Dec. 1| Nov. 21| Dec. 1| Dec. 11}{p:.|.|.|.}

The state fire marshal's office is investigating. {o:Investigators do not suspect arson.|Investigators do not suspect arson.|Investigators do not suspect arson.|}

{n:Kjelstrup|Kjelstrup|Kje1strup|Kjelstrup} said members will vote in {u:January|January|January|February} on whether to rebuild, a project he estimated at {u:$3.4 million to $4 million|$3.4 million to $4 million|$34 million to $4 million|$3.4 million to $4 million}."""
A = dict(key='fargo-prairie-courier-a3', english=True,
    before='FARGO PRAIRIE COURIER\nTuesday, December 1, 2026 | A3 | $1.75\n\n',
    after='\n\nNEWS BRIEFS\n\nMOORHEAD: The Red River ice road will not open before Jan. 4, the county said.\n')
B = dict(key='valley-city-times-record-p2', english=True, order=[0,1,2,3,4,5,6],
    before='VALLEY CITY TIMES-RECORD  Tuesday, Dec. 1, 2026  Page 2\n\n',
    after='\n\nMARKETS\nSpring wheat 5.62 +.04 | Corn 3.91 -.02 | Soybeans 9.84 +.07 | Canola 19.10 unch\n\nADVERTISEMENT\nHANSON TIRE & AUTO — Winter tires installed free through Dec. 31. 701-555-0147\n')
C = dict(key='ocr-cooperstown-sentinel-p5', english=True, wrap=38,
    before='COOPERSTOWN SENTINEL Dec. l, 2O26 Page 5\n\n',
    after='\n\nCHURCH NOTES\nSt. Olaf Lutheran lutefisk supper, Saturday 5 p.m.\n')
D = dict(key='web-red-river-news', english=True,
    before='RED RIVER NEWS NOW\nHome > News > Region > Wendeloe\n\n',
    inside={1: 'Published Dec. 1, 2026 at 6:14 a.m. CST | Updated Dec. 1, 2026 at 9:40 a.m. CST\n\nShare on Facebook    Share on X    Email this story'},
    after='\n\nComments (14)\nSign in to join the conversation.\n\n© 2026 Red River News Now. All rights reserved.\n')
WITNESSES = [A, B, C, D]
