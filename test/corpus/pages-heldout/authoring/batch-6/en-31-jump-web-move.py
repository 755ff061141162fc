# An AP story on pancake breakfasts paying for a volunteer fire engine in an invented Oregon town: a
# print that jumps it inside one file with other stories between the parts ("See ENGINE, Page A8" …
# other stories … "ENGINE From Page A1"); a TV station site (a posted/updated line and a WATCH line
# inside the story, "Most Read" links, copyright) that drops a paragraph and a clause and has its own
# edits (Monday/Friday, the Grange's longer name); a print with a photo
# caption that moves a paragraph later with differences inside it (lined/packed, hadn't, a training
# academy's short name, the chief/her name); a hard-wrapped weekly with its own edits (a byline vowel, 214/241, 31,000/
# 13,000, the district's short name, 23/32, second/first Saturday, 7 to 11 a.m./7-11 a.m. connector
# only, $187,000/$178,000, Residents/Neighbors at a sentence's start, 79/97, June/January, a dropped
# sentence, 3,000/2,000-gallon).
STORY = """{w:Pancake breakfasts pay for small Oregon town's new fire engine|Pancake breakfasts pay for small Oregon town's new fire engine|Pancake breakfasts pay for small Oregon town's new fire engine|Pancakes buy a fire engine}

By {n:FENWICK OYELARAN-STROM|FENWICK OYELARAN-STROM|FENWICK OYELARAN-STROM|FENWICK OYELARAN-STRUM}

TILLICUM CROSSING, Ore. (AP) {p:—|—|—|--} It took {u:nine years|nine years|nine years|9 years}, {u:214|214|214|241} pancake breakfasts and roughly {u:31,000|31,000|31,000|13,000} pancakes, but the {n:Tillicum Crossing Rural Fire Protection District|Tillicum Crossing Rural Fire Protection District|Tillicum Crossing Rural Fire Protection District|Tillicum Crossing Fire District} {w:finally has|finally has|finally has|has} a new fire engine.

The {u:$612,000|$612,000|$612,000|$621,000} engine {w:arrived|arrived|arrived|was delivered} {u:Monday|Friday|Monday|Monday} from a factory in Wisconsin. It replaces a {u:1988|1988|1988|1998} engine {w:whose pump failed|whose pump failed|whose pump failed|that broke down} during a {w:barn fire|barn fire|barn fire|house fire} last {u:August|August|August|July}.

"We flipped pancakes in the rain and in the snow," said Chief {n:Beatrix Hollenbeck-Iwu|Beatrix Hollenbeck-Iwu|Beatrix Hollenbeck-Iwu|Beatrix Hollenbeck}, who has led the department's {u:23|23|23|32} volunteers since 2014. "{w:This town|This town|This town|Our town} {w:bought|bought|bought|paid for} this truck one plate at a time{p:."|."|."|!"}

The breakfasts, held the {u:second|second|second|first} Saturday of every month at the {n:Wahtum Flats Grange|Wahtum Flats Grange Hall|Wahtum Flats Grange|Wahtum Flats Grange}, ran {p:7 to 11 a.m.|7 to 11 a.m.|7 to 11 a.m.|7-11 a.m.} and raised about {u:$187,000|$187,000|$187,000|$178,000}. A state grant {w:and a loan|and a loan|and a loan|} covered the rest.

{w:Residents|Residents|Residents|Neighbors} {w:lined|lined|packed|lined} Main Street to cheer as the engine rolled into town{w:, its siren wailing||, its siren wailing|, its siren wailing}.

Retired logger {n:Abner Quintanilla-Roe|Abner Quintanilla-Roe|Abner Quintanilla-Roe|Abner Quintanilla-Rowe}, {u:79|79|79|97}, said he {w:had not missed|had not missed|hadn't missed|had not missed} a breakfast since the first one in {u:June 2017|June 2017|June 2017|January 2017}. "I ate my share," he said. {o:"Probably a thousand, if anybody's counting."|"Probably a thousand, if anybody's counting."|"Probably a thousand, if anybody's counting."|}

The old engine will go to the {n:Umpqua Basin Fire Training Academy|Umpqua Basin Fire Training Academy|Umpqua Basin Fire Academy|Umpqua Basin Fire Training Academy} for use in drills, {wn:the chief said|the chief said|Hollenbeck-Iwu said|the chief said}.

"{w:We're not stopping|We're not stopping|We're not stopping|We won't stop}," {n:Hollenbeck-Iwu|Hollenbeck-Iwu|Hollenbeck-Iwu|Hollenbeck} said. "Next up is a {u:3,000-gallon|3,000-gallon|3,000-gallon|2,000-gallon} water tender."""
A = dict(key='coos-bay-world-herald-a1', english=True,
    before='COOS BAY WORLD-HERALD\nFriday, December 4, 2026 | A1 | $1.50\n\n',
    jump=dict(after=4, out='\n\nSee ENGINE, Page A8',
        middle='Port dredging to start in January\n\nBy NOLAN GREIF\nWorld-Herald Staff\n\nThe port will begin dredging the lower channel Jan. 11, weather permitting.\n\n■ ■ ■\n\nA8 | Friday, December 4, 2026 | COOS BAY WORLD-HERALD\n\nDEATHS\n\nElsie Marbury, 91, of Lakeside, died Dec. 2. Services are Tuesday at 11 a.m. at Lakeside Community Church.',
        inn='\n\nENGINE\nFrom Page A1'),
    after='\n\nADVERTISEMENT\nBANDON MARINE SUPPLY — Crab pots, rain gear, bait. 541-555-0117\n')
B = dict(key='web-kobt-tv-engine', english=True, order=[0,1,2,3,4,5,6,7,9],
    before='KOBT 8 NEWS\nNews | Weather | Sports | Community\n\nHome > Local News > Coast\n\n',
    inside={1: 'Posted: Dec 3, 2026 / 06:18 PM PST\nUpdated: Dec 4, 2026 / 07:02 AM PST\n\nWATCH: Volunteers bring the new engine home (1:48)'},
    after='\n\nCopyright 2026 KOBT-TV. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.\n\nMost Read\n• Crab season opening delayed again\n• Highway 42 slide: one lane open\n')
C = dict(key='roseburg-valley-register-b4', english=True, order=[0,1,2,3,4,5,7,6,8,9],
    inside={3: 'PHOTO: Volunteers wash the new engine outside the Tillicum Crossing fire hall. (AP Photo)'},
    before='ROSEBURG VALLEY REGISTER | Friday, Dec. 4, 2026 | B4 | OREGON\n\n',
    after='\n\nOREGON BRIEFS\n\nCOQUILLE: The county fair board will meet Dec. 15.\n')
D = dict(key='south-coast-weekly-p6', english=True, wrap=50,
    before='SOUTH COAST WEEKLY  Dec. 9, 2026  Page 6\n\n',
    after='\n\n— AP\n\nCLASSIFIEDS 541-555-0199\n')
WITNESSES = [A, B, C, D]
