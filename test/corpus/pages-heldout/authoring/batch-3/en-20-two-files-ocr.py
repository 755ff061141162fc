# An AP story on a covered bridge reopening in an invented Vermont town: one paper starts it on its
# front page and finishes it in its A6 file among other stories ("See BRIDGE, Page A6" / "BRIDGE
# From Page A1"); an OCR column with hard wraps and look-alikes (rn/m, l/1, O/0, cl/d); a whole print
# with a photo caption inside and its own edits. Dates, ordinals, money, number words.
STORY = """{w:Vermont town reopens 1871 covered bridge after three-year rebuild|Vermont town reopens 1871 covered bridge after three-year rebuild|Vermont town reopens 1871 covered bridge after three-year rebuild|Town reopens 1871 covered bridge}

By {n:MERCY ODUYA|MERCY ODUYA|MERCY ODUYA|MERCY ODUYA}

{n:TARROW HOLLOW|TARROW HOLLOW|TARROW HOLLOW|TARROW HOLLOW}, Vt. (AP) {p:—|--|—|—} {w:Hundreds of|Hundreds of|Hundreds of|About 400} residents {w:walked|walked|walked|walked} across the {n:Quassick Bridge|Quassick Bridge|Quassick Bridge|Quassic Bridge} on {u:Saturday|Saturday|Saturday|Friday} as it reopened {u:three years|three years|three years|three years} after {w:floodwaters|floodwaters|floodwaters|flood waters} from the {n:Mossgiel River|Mossgiel River|Mossgie1 River|Mossgiel River} tore away its {w:eastern|eastern|eastern|east} abutment.

The {u:154-foot|154-foot|l54-foot|154-foot} span, built in {u:1871|1871|1871|1871}, is the {u:second-longest|second-longest|second-longest|second longest} covered bridge in the state. {n:Hallock & Treadwell Timberworks|Hallock & Treadwell Timberworks|Hallock & Treadwell Timberworks|Hallock and Treadwell Timberworks} of {n:Gilsum|Gilsum|Gi1sum|Gilsum}, New Hampshire, {w:replaced|replaced|replaced|rebuilt} {u:about 60%|about 60%|about 60%|roughly 60%} of its timbers{p:,|,|,|} {w:using|using|using|with} hand-hewn {w:spruce|spruce|spruce|spruce} {w:from|from|frorn|from} a forest {u:40 miles|40 miles|40 miles|40 miles} away.

The project cost {u:$3.7 million|$3.7 million|$3.7 million|$3.7 million}, {w:most of it|most of it|most of it|mostly} from federal highway money.{o: Work was delayed twice by supply problems.| Work was delayed twice by supply problems.| Work was delayed twice by supply problems.|} The town {w:raised|raised|raised|raised} {u:$212,000|$212,000|$212,OOO|$212,000} {w:on its own|on its own|on its own|itself}, {w:including|including|including|including} {u:$18,460|$18,460|$18,460|$18,640} from a {w:pie sale|pie sale|pie sale|bake sale} that {w:became|became|became|has become} {w:a town legend|a town legend|a town legend|legendary}.

"{w:We|We|We|We} sold {u:1,100|1,100|1,1OO|1,100} pies in {u:two days|two days|two days|two days}," said {n:Ingrid Solvang-Pratt|Ingrid Solvang-Pratt|lngrid Solvang-Pratt|Ingrid Solvang-Pratt}, {u:71|71|7l|71}, who {w:ran|ran|ran|organized} the sale. "{w:My|My|My|My} kitchen {w:still|still|still|still} smells like {w:apples|apples|apples|apple}{p:.|.|.|!}"

Selectboard chair {n:Desmond Achterberg|Desmond Achterberg|Desmond Achterberg|Desmond Achterburg} said the bridge carries about {u:900 vehicles|900 vehicles|900 vehicles|900 cars} a day{p:,|,|,|.} {w:and without it|and without it|and without it|Without it,} drivers {w:had faced|had faced|had faced|have faced} a {u:26-mile|26-mile|26-mile|26-mile} detour. {w:The school bus|The school bus|The school bus|School buses} {w:alone|alone|alone|alone} {w:logged|logged|logged|logged} {u:an extra 11,000 miles|an extra 11,000 miles|an extra 11,0OO miles|an extra 11,000 miles}.{o: Some families moved their children to another school for the year.|| Some families moved their children to another school for the year.| Some families moved their children to another school for the year.}

A new {w:weight limit|weight limit|weight limit|weight limit} of {u:eight tons|eight tons|eight tons|8 tons} {w:takes effect|takes effect|takes effect|took effect} {u:Dec. 1|Dec. 1|Dec. l|Jan. 1}, and {w:the town|the town|the town|officials} {w:will install|will install|will instal|will install} {w:sensors|sensors|sensors|sensors} {w:to|to|to|that will} {w:warn|warn|warn|warn} {w:overweight trucks|overweight trucks|overweight trucks|heavy trucks}.

{o:The Quassick is one of about 100 covered bridges in Vermont, according to the state Agency of Transportation.|The Quassick is one of about 100 covered bridges in Vermont, according to the state Agency of Transportation.|The Quassick is one of about 100 covered bridges in Vermont, according to the state Agency of Transportation.|}"""
A = dict(key='green-mountain-chronicle-a1', english=True,
    files=dict(after=4, out='\n\nSee BRIDGE, Page A6', key2='green-mountain-chronicle-a6',
        after1='\n\nINSIDE\nObituaries A4 | Opinion A8 | Sports B1\n\nWEATHER: Cloudy, high 41. Details, B6\n',
        before2='GREEN MOUNTAIN CHRONICLE | Sunday, November 8, 2026 | A6\n\nSchool board weighs later start times\n\nBy PATRICE LEMIEUX\nChronicle Staff\n\nThe Tarrow Hollow school board will vote Dec. 3 on moving the high school start time to 8:30 a.m.\n\n',
        inn='BRIDGE\nFrom Page A1\n\n'),
    before='GREEN MOUNTAIN CHRONICLE\nSunday, November 8, 2026 | $2.50\n\n',
    after='\n\nRestaurant inspections A7\n')
B = dict(key='ocr-valley-news-p3', english=True, wrap=44,
    before='VALLEY NEWS  NOV 8 2026  PAGE 3\n\n',
    after='\n\n[end of column]\n')
C = dict(key='rutland-courier-b2', english=True,
    inside={2: 'PHOTO: Residents cross the rebuilt Quassick Bridge on Saturday in Tarrow Hollow, Vt. (AP Photo/Mercy Oduya)'},
    order=[0,1,2,3,4,5,6,7],
    before='RUTLAND COURIER  Sunday, Nov. 8, 2026  B2\n\n',
    after='\n\nTHIS WEEKEND\nCider pressing at Pittsford Grange, Sunday 10 a.m. to 2 p.m.\n\nADVERTISEMENT\nGREEN VALLEY STOVES — Wood, pellet, gas. 802-555-0177\n')
D = dict(key='web-vtdigger-wire', english=True,
    before='VT WIRE\nNews > Transportation\n\n',
    inside={1: 'Associated Press | Nov. 7, 2026, 5:40 p.m.\n\nShare this story: Facebook | X | Email | Print'},
    after='\n\nRepublish this story | © 2026 VT Wire. All rights reserved.\n')
WITNESSES = [A, D, B, C]  # template columns: split print, news site, OCR, edited print
