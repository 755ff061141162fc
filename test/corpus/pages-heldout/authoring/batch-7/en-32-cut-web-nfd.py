# An AP story on a village cleaning its 230-year-old irrigation ditch by hand in an invented New
# Mexico village: a print with an index line above and a corrections box after; a print that cuts
# the last two paragraphs, with many real differences in its last printed paragraph (a shortened
# name, 4-acre/14-acre, 1988/1998, half-mile/mile, behind/below, a quotation ending ! where the
# others end .) and a lottery box and an ad right after the cut; a TV station site (breadcrumbs,
# "Published … Updated", share bar, a RELATED link inside the story, copyright, more stories) in NFD
# (Teófilo, Piñones decomposed: not a site) with its own edits (Neighbors/Volunteers at a sentence's start, Saturday/Sunday, $1.4/$4.1 million,
# 40%/40 percent, the district's short name, fifth/fourth-generation, 6 to 8 p.m./6-8 p.m. connector only, San Ysidro/San
# Isidro); an OCR column with hard wraps and straight quotes (rn/m, l/1, O/0, Piñones/Pinones,
# Teófilo/Teofilo, 3.2/32 miles, a lost sentence).
STORY = """{w:New Mexico village clears its 230-year-old irrigation ditch by hand|New Mexico village clears its 230-year-old irrigation ditch by hand|New Mexico village clears its 230-year-old irrigation ditch by hand|Village clears old ditch by hand}

By {n:ESPERANZA QUINTANA-BUSTOS|ESPERANZA QUINTANA|ESPERANZA QUINTANA-BUSTOS|ESPERANZA QUINTANA-BUST0S}

LOS OJUELOS, N.M. (AP) {p:—|—|—|-} {u:Sixty-two|Sixty-two|Sixty-two|62} neighbors with shovels and rakes walked the {n:Acequia de los Piñones|Acequia de los Piñones|Acequia de los Piñones|Acequia de los Pinones} on {u:Saturday|Saturday|Sunday|Saturday}, clearing {u:3.2 miles|3.2 miles|3.2 miles|32 miles} of silt, tumbleweeds and {w:fallen cottonwood limbs|fallen cottonwood limbs|fallen cottonwood limbs|fallen limbs} from a ditch their ancestors dug in the {u:1790s|1790s|1790s|179Os}.

The yearly cleaning, known as {w:la limpia|la limpia|la limpia|la lirnpia}, is usually held in {u:April|April|April|ApriI}, but {w:a wet autumn|a wet autumn|a rainy autumn|a wet autumn} and a broken headgate {w:pushed|pushed|pushed|forced} the village to do it twice this year.

“{w:My great-great-grandfather|My great-great-grandfather|My great-great-grandfather|My great-grandfather} dug this same stretch,” said mayordomo {n:Teófilo Archibeque|Teófilo Archibeque|Teófilo Archibeque|Teofilo Archibeque}, {u:71|71|71|7l}, a {u:fifth-generation|fifth-generation|fourth-generation|fifth-generation} ditch boss who {w:assigns|assigns|assigns|gives} each family its share of water. “The ditch doesn’t care who you are{p:.|.|!|.}”

{w:Volunteers|Volunteers|Neighbors|Volunteers} {w:worked in pairs|worked in pairs|worked in pairs|worked in teams}, one {w:cutting roots|cutting roots|cutting roots|cutting the roots} and one {w:hauling mud|hauling mud|hauling mud|hauling the mud}, from {p:7 a.m. to noon|7 a.m. to noon|7 a.m. to noon|7 a.m.-noon}.{o: Women from the church served posole and biscochitos at the halfway gate.| Women from the church served posole and biscochitos at the halfway gate.| Women from the church served posole and biscochitos at the halfway gate.|}

A grant of {u:$1.4 million|$1.4 million|$4.1 million|$1.4 million} from the {n:Rio Chiquito Soil and Water Conservation District|Rio Chiquito Soil and Water Conservation District|Rio Chiquito conservation district|Rio Chiquit0 Soil and Water Conservation District} will line {u:about 40%|about 40%|about 40 percent|about 40%} of the ditch with concrete next year and replace {u:11|11|11|eleven} wooden headgates with steel ones{w:, the district said|, the district said||, the district said}.

Some {w:families|families|families|fami1ies} worry that concrete will {w:starve|starve|kill|starve} the cottonwoods along the banks. {n:Delfina Archuleta-Vigil|Delfina Vigil|Delfina Archuleta-Vigil|Delfina Archuleta-Vigi1}, who has irrigated {u:a 4-acre|a 14-acre|a 4-acre|a 4-acre} chile field {w:below|behind|below|below} the church since {u:1988|1998|1988|l988}, wants the last {u:half-mile|mile|half-mile|half-mile} left {w:unlined|as it is|unlined|unlined}. “Those trees are older than the state{p:.|!|.|.}”

The district’s board will vote on the plan at its {u:Jan. 14|Jan. 14|Jan. 14|Jan. 4} meeting, {p:6 to 8 p.m.|6 to 8 p.m.|6-8 p.m.|6 to 8 p.m.} in the {n:San Ysidro|San Ysidro|San Isidro|San Ysidro} parish hall.

By noon the {w:water|water|water|waler} was running again, and {u:12|12|12|l2} households opened their gates {w:that afternoon|that afternoon|that same afternoon|that afternoon}. {o:Children raced paper boats down the ditch.|Children raced paper boats down the ditch.|Children raced paper boats down the ditch.|}"""
A = dict(key='rio-arriba-courant-a4', english=True,
    before='RIO ARRIBA COURANT\nSaturday, December 5, 2026 • A4 • NEW MEXICO\n\nINSIDE: Lotto results, A2 • Obituaries, A6 • Weather, A8\n\n',
    after='\n\nCORRECTIONS\nA story Friday on the Chama school board misspelled the name of trustee Lorenzo Valdez-Ortiz.\n')
B = dict(key='taos-valley-sentinel-a7', english=True, order=[0,1,2,3,4,5,6,7],
    before='TAOS VALLEY SENTINEL  Dec. 6, 2026  A7\n\n',
    after='\n\nLOTTERY\nRoadrunner Cash: 4-11-19-27-33\nPick 3 Day: 0-7-2\n\nADVERTISEMENT\nSANGRE FEED & SUPPLY — Ditch boots, shovels, culvert pipe. 575-555-0183\n')
C = dict(key='web-ksjl-news', english=True, style=('nfd',),
    before='KSJL 7 NEWS\nHome / News / New Mexico\n\n',
    inside={1: 'Published 7:14 AM MST Dec. 5, 2026 | Updated 10:02 AM MST Dec. 5, 2026\n\nShare    Tweet    Email    Print',
            4: 'RELATED: Drought monitor shows northern New Mexico easing'},
    after='\n\nCopyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n\nMORE STORIES\n• Chama Valley school bus routes change\n• Rail excursion ends season early\n')
D = dict(key='ocr-chama-weekly-p3', english=True, wrap=40, style=('straight',),
    before='CHAMA VALLEY WEEKLY  Dec. l0, 2026  Page 3\n\n',
    after='\n\nSCHOOL LUNCH MENU\nMon: green chile stew. Tue: tacos.\n')
WITNESSES = [A, B, C, D]
