# An AP story on a century-old ski jump reopened in an invented Upper Peninsula town, four
# witnesses, three headlines: a print with a pull quote that repeats a sentence of the story; a
# print that abridges: three sentences in the middle dropped (omission) and a clause (wording),
# besides its own edits (1998/1989, 1926/1924, Kivelä/Kivela in a hill's name, ./!); an AP web page (byline,
# "Published … Updated" and a share bar inside the story, "Support AP", copyright) with straight
# quotes and dates and times in several forms (Saturday, Dec. 12/Saturday; Jan. 9/Jan. 10; noon/
# 12 p.m.; 7 p.m./7:30 p.m.) and its own edits (a serial comma, Mattias/Matthias); a weekly with its own edits (Finnish
# names with their accents lost: Määttälä/Maattala, Kivelä-Rautio/Kivela-Rautio; St. Germain/
# Saint Germain; Dec. 12/Dec. 13; 52/62; 57/56 meters; Eleven/11 at a sentence's start). The story carries
# a results list (place, name, town, distance).
STORY = """{w:Ski jump flies again after 28 years|Town’s ski jump reopens|Century-old ski jump reopens in Michigan’s Upper Peninsula|Kivelä Hill is back}

{n:IRON HARBOR|IRON HARBOR|IRON HARBOR|IRON HARBOR}, Mich. (AP) — For the first time since {u:1998|1989|1998|1998}, skiers flew off the {n:Kivelä Hill|Kivela Hill|Kivelä Hill|Kivelä Hill} ski jump on {u:Saturday, Dec. 12|Saturday, Dec. 12|Saturday|Saturday, Dec. 13}{w:, as about 2,500 people stood in the snow at the bottom of the landing hill||, as about 2,500 people stood in the snow at the bottom of the landing hill|, as about 2,500 people stood in the snow at the bottom of the landing hill}.

The {u:60-meter|60-meter|60-meter|60-meter} jump, built by {w:Finnish miners|Finnish miners|Finnish immigrant miners|Finnish miners} in {u:1926|1924|1926|1926}, was closed after its {w:wooden|wooden|wooden|timber} tower was {w:judged|judged|declared|judged} unsafe.{o: Volunteers spent four summers rebuilding it with steel and $1.4 million, most of it raised in town.|| Volunteers spent four summers rebuilding it with steel and $1.4 million, most of it raised in town.| Volunteers spent four summers rebuilding it with steel and $1.4 million, most of it raised in town.}

“My grandfather jumped here, and my father jumped here{p:,|,|,|,}” said {n:Aino Kivelä-Rautio|Aino Kivelä-Rautio|Aino Kivelä-Rautio|Aino Kivela-Rautio}, {u:52|52|52|62}, who led the {w:fundraising|fundraising|fundraising|fund drive}. “Today my daughter did{p:.|!|.|.}”

{u:Eleven|Eleven|Eleven|11} jumpers from Michigan, Wisconsin{p:||,|} and Minnesota competed. The results:
1. {n:Mattias Lindqvist-Oyelowo|Mattias Lindqvist-Oyelowo|Matthias Lindqvist-Oyelowo|Mattias Lindqvist-Oyelowo}, {n:Ishpeming|Ishpeming|Ishpeming|Ishpeming}, {u:58.5 meters|58.5 meters|58.5 meters|58.5 meters}
2. {n:Greta Määttälä|Greta Määttälä|Greta Määttälä|Greta Maattala}, Iron Harbor, {u:57 meters|57 meters|57 meters|56 meters}
3. {n:Caleb St. Germain|Caleb St. Germain|Caleb St. Germain|Caleb Saint Germain}, Eau Claire, Wis., {u:55.5 meters|55.5 meters|55 meters|55.5 meters}

{n:Määttälä|Määttälä|Määttälä|Maattala}, {u:16|16|16|16}, is the first {w:woman|woman|woman|girl} to win a medal on the hill.{o: She said she started jumping at age 7 on a 10-meter hill behind the school.|| She said she started jumping at age 7 on a 10-meter hill behind the school.| She said she started jumping at age 7 on a 10-meter hill behind the school.}

The hill’s next meet is set for {u:Jan. 9|Jan. 9|Jan. 10|Jan. 9} at {u:noon|noon|12 p.m.|noon}, with night jumping under new {w:lights|lights|lights|LED lights} at {u:7 p.m.|7 p.m.|7:30 p.m.|7 p.m.}{o: Admission is $10 for adults; children under 12 get in free.|| Admission is $10 for adults; children under 12 get in free.| Admission is $10 for adults; children under 12 get in free.}

{n:Pekka Rautio|Pekka Rautio|Pekka Rautio|Pekka Rautio}, Aino’s father, {u:81|81|81|81}, watched from a {w:lawn chair|lawn chair|folding chair|lawn chair} near the judges’ tower. “It looks just the same{p:,|,|,|,}” he said. “Only taller{p:.|.|!|.}”"""
A = dict(key='copper-country-gazette-a1', english=True,
    inside={0: 'By TOIVO HALVORSEN-MBEKI\nAssociated Press', 3: '“My grandfather jumped here, and my father jumped here.”\n— Aino Kivelä-Rautio, who led the fundraising'},
    before='COPPER COUNTRY GAZETTE\nSunday, December 13, 2026  •  Iron Harbor, Michigan  •  $2.50\n\n',
    after='\n\nWEATHER  Lake-effect snow, 4 to 8 inches. High 21, low 9.\n')
B = dict(key='marquette-sentinel-b4', english=True,
    before='THE MARQUETTE SENTINEL  Monday, December 14, 2026  B4  Sports\n\n',
    after='\n\nPREP HOCKEY  Negaunee 4, Gwinn 2  •  Houghton 6, Calumet 1\n')
C = dict(key='web-ap-news-skijump', english=True, style=('straight',),
    inside={0: 'By TOIVO HALVORSEN-MBEKI\nPublished 6:18 PM EST, December 12, 2026\nUpdated 8:40 PM EST, December 12, 2026\nShare  Copy link'},
    before='AP News\nU.S. News  Sports  World\n\n',
    after='\n\nSupport independent journalism: donate to AP.\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
D = dict(key='keweenaw-weekly-p7', english=True,
    before='THE KEWEENAW WEEKLY\nWeek of December 16, 2026  •  Page 7\n\n',
    after='\n\nClassifieds begin on Page 11.\n')
WITNESSES = [A, B, C, D]
