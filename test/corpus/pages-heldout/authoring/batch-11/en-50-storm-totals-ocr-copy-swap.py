# An AP weather story (a lake-effect snow band over an invented western New York county) with a
# snowfall-totals list, wind, temperature, outage and forecast figures, four witnesses, three
# headlines: a front page with a photo caption repeating a sentence of the story; an OCR
# transcription of that same front page (hard wraps, straight quotes; it carries the page's text,
# the caption read right, and adds misreadings: 3l hours, a.rn., S2 inches, Wyandotte Comers, 385 inches, l4,600, rnostly,
# 9OO, ll drivers, l to 2 feet); a TV station site ("Updated" line and share bar inside the story,
# "Most Read" after) that drops a paragraph, with its own edits (the byline's second surname, 41/47
# inches, a shortened co-op name, for a second day/again, dropped clause); a print that swaps two
# paragraphs, with its own edits inside the swapped ones (all but 1,900, noon/12 p.m., nine/9, ./!)
# and elsewhere (50 inches, Monday, a dropped sentence, 47 mph, minus 3/3 below zero, Kessock Airport, 1-2 feet connector,
# Wednesday, northward, 23/32-mile).
STORY = """{w:Lake-effect band buries Harrow Point under 52 inches|Lake-effect band buries Harrow Point under 52 inches|Snow totals top 4 feet along the lakeshore|More than 4 feet: lake snow pins village}

By {n:LUCIA QUENNEVILLE-ACHEBE|LUCIA QUENNEVILLE-ACHEBE|LUCIA QUENNEVILLE|LUCIA QUENNEVILLE-ACHEBE}

HARROW POINT, N.Y. (AP) — A narrow band of lake-effect snow sat over {n:Kessock County|Kessock County|Kessock County|Kessock County} for {u:31 hours|3l hours|31 hours|31 hours}, burying the village of Harrow Point under {u:52 inches|52 inches|52 inches|50 inches} of snow by {u:7 a.m.|7 a.rn.|7 a.m.|7 a.m.} {u:Tuesday|Tuesday|Tuesday|Monday}.{o: Forecasters said it was the heaviest single storm in the county since 2014.| Forecasters said it was the heaviest single storm in the county since 2014.| Forecasters said it was the heaviest single storm in the county since 2014.|}

Snowfall totals through 7 a.m. Tuesday, according to the National Weather Service:
Harrow Point, {u:52 inches|S2 inches|52 inches|52 inches}
{n:Wyandotte Corners|Wyandotte Comers|Wyandotte Corners|Wyandotte Corners}, {u:47 inches|47 inches|41 inches|47 inches}
{n:Pellston Mills|Pellston Mills|Pellston Mills|Pellston Mills}, {u:38.5 inches|385 inches|38.5 inches|38.5 inches}
{n:Lake Minnequa|Lake Minnequa|Lake Minnequa|Lake Minequa}, 29 inches

Winds gusted to {u:44 mph|44 mph|44 mph|47 mph} along the lake, and the temperature at the {n:Kessock County Airport|Kessock County Airport|Kessock County Airport|Kessock Airport} fell to {u:minus 3|minus 3|minus 3|3 below zero} before dawn.

About {u:14,600|l4,600|14,600|14,600} customers of the {n:Lakeshore Electric Cooperative|Lakeshore Electric Cooperative|Lakeshore Electric Co-op|Lakeshore Electric Cooperative} lost power at the peak, {w:mostly|rnostly|mostly|mostly} in the hills east of the village. The co-op said all but {u:900|9OO|900|1,900} had power back by {u:noon.|noon.|noon.|12 p.m.}

“We’ve got {u:nine|nine|nine|9} plows and {u:11|ll|11|11} drivers, and they’ve been going since Sunday night{p:,|,|,|,}” said {n:Desmond Ostrander-Mwaura|Desmond Ostrander-Mwaura|Desmond Ostrander-Mwaura|Desmond Ostrander-Mwaura}, the village’s highway superintendent. “Nobody’s slept much{p:.|.|.|!}”

Schools in {u:four|four|four|4} districts closed {w:for a second day|for a second day|again|for a second day}, and a {u:23-mile|23-mile|23-mile|32-mile} stretch of the lakeshore highway stayed shut{w: while crews pulled out stranded trucks| while crews pulled out stranded trucks|| while crews pulled out stranded trucks}.

Another {u:1|l|1|1}{p: to | to | to |-}2 feet could fall by {u:Thursday|Thursday|Thursday|Wednesday}, forecasters said, before the band drifts {w:north|north|north|northward} toward Buffalo."""
CAPTION = 'PHOTO: Marisa Delgado-Pruitt digs out her car on Lakeview Street in Harrow Point, N.Y., on Tuesday. The village was buried under 52 inches of snow by 7 a.m. Tuesday.'
A = dict(key='lakeshore-sentinel-a1', english=True,
    inside={2: CAPTION},
    before='THE LAKESHORE SENTINEL\nWednesday, December 16, 2026  •  Fredonia, N.Y.  •  $2.00\n\n',
    after='\n\nWEATHER  More lake snow. High 19, low 8. Details, A8\n')
B = dict(key='ocr-lakeshore-sentinel-a1', english=True, style=('straight',), wrap=44,
    inside={2: CAPTION},
    before='THE LAKESHORE SENTlNEL\nWednesday, December 16, 2026 * Fredonia, N.Y. * $2.O0\n\n',
    after='\n\nWEATHER More lake snow. High l9, low 8. Details, A8\n')
C = dict(key='web-wnyq7-news', english=True, order=[0, 1, 2, 3, 4, 5, 6, 8],
    inside={1: 'Updated: 11:42 AM EST Dec 15, 2026\nShare  Tweet  Email'},
    before='WNYQ 7 News\nHome > Weather > Winter Storm\n\n',
    after='\n\nMost Read\n1. Bills hold on in snowy finish\n2. Where to find warming centers tonight\n\nCopyright 2026 WNYQ-TV. All rights reserved.\n')
D = dict(key='southtowns-herald-b2', english=True, order=[0, 1, 2, 3, 4, 6, 5, 7, 8],
    before='SOUTHTOWNS HERALD  Thursday, December 17, 2026  B2  Region\n\n',
    after='\n\nROAD REPORT  Route 20 open both ways; chains advised above 1,200 feet.\n')
WITNESSES = [A, B, C, D]
