# An AP story on a lighthouse keeper's house on Lake Huron opening as a museum in an invented Michigan
# town: a whole print; a continuation page ("LIGHTHOUSE From Page A1", second half only: no reading
# for the first half) that swaps two paragraphs and has its own edits (Nov. 9/Nov. 19, the almanac's
# short title, 10 a.m. to 4 p.m./10 a.m.-4 p.m. connector only); a print that swaps two paragraphs
# and moves another later, with differences inside the moved ones (11/eleven layers, hangs/is framed,
# Sunday/Saturday, a surname cut, hard, lonely/hard and lonely); a brief (a shortened byline, a
# society's short name, Volunteers/Residents at a sentence's start, two paragraphs merged at a
# changed stop, a paragraph and a sentence dropped, Dec. 1/Jan. 1, $5/$8, 2,400/4,200).
STORY = """{w:Lighthouse keeper's house on Lake Huron opens as a museum|Lighthouse keeper's house on Lake Huron opens as a museum|Lighthouse keeper's house on Lake Huron opens as a museum|Keeper's house opens as museum}

By {n:ODALYS PRZYBYLSKI-HAUGE|ODALYS PRZYBYLSKI-HAUGE|ODALYS PRZYBYLSKI-HAUGE|ODALYS PRZYBYLSKI}

PORT ARGENTINE, Mich. (AP) — The white clapboard house beside the {n:Cheboyance Point Light|Cheboyance Point Light|Cheboyance Point Light|Cheboyance Light} opened {u:Saturday|Saturday|Sunday|Saturday} as a museum, {u:62 years|62 years|62 years|six decades} after the last keeper {w:moved out|moved out|moved out|left}.

The {n:Thumb Coast Lighthouse Preservation Society|Thumb Coast Lighthouse Preservation Society|Thumb Coast Lighthouse Preservation Society|Lighthouse Society} bought the house from the federal government in {u:2019|2019|2019|2019} for one dollar and spent {u:$1.4 million|$1.4 million|$1.4 million|$1.4 million} restoring it.

{w:Volunteers|Volunteers|Volunteers|Residents} stripped {u:11 layers|11 layers|eleven layers|11 layers} of paint from the kitchen and {w:rebuilt|rebuilt|rebuilt|repaired} the cast-iron stove that {n:Hattie Vanderwoude|Hattie Vanderwoude|Hattie Vanderwoude|Hattie Vanderwould} cooked on from {u:1921|1921|1921|1912} to 1948{p:.¶Her|.¶Her|.¶Her|; her} granddaughter, {n:Corinne Vanderwoude Ashby|Corinne Vanderwoude Ashby|Corinne Ashby|Corinne Vanderwoude Ashby}, {u:83|83|83|88}, cut the ribbon. "Grandma kept that light burning through {u:two|two|two|three} world wars{p:,"|,"|,"|."} she said. "{w:She would have|She would have|She'd have|She would have} {w:liked|liked|liked|loved} this."

The museum holds the keepers' logbooks, which record every wreck and storm from {u:1874|1874|1874|1874} on. The entry for {u:Nov. 9, 1913|Nov. 19, 1913|Nov. 9, 1913|Nov. 9, 1913}, the {w:worst|worst|deadliest|worst} storm in the lake's history, runs {u:four|three|four|four} pages.

A copy of {n:The Thumb Coast Almanac|the Almanac|The Thumb Coast Almanac|The Thumb Coast Almanac} from {u:December 1913|December 1913|December 1913|January 1914} {w:hangs|hangs|is framed|hangs} beside the front door.

Admission is {u:$5|$5|$5|$8} for adults and free for children under 12. The museum is open {p:10 a.m. to 4 p.m.|10 a.m.-4 p.m.|10 a.m. to 4 p.m.|10 a.m. to 4 p.m.} {u:Thursday through Sunday|Thursday through Sunday|Thursday through Sunday|Friday through Sunday} until {u:Dec. 1|Dec. 1|Dec. 1|Jan. 1}, and by appointment {w:through the winter|in winter|through the winter|through the winter}.

{w:Nearly|Nearly|Nearly|Almost} {u:2,400|2,400|2,400|4,200} people {w:visited|toured|visited|visited} on the first weekend, society president {n:Lucius Ferreira-Dunmore|Lucius Ferreira-Dunmore|Lucius Ferreira|Lucius Ferreira-Dunmore} said. {o:Some drove from as far as Ohio.|Some drove from as far as Ohio.|Some drove from as far as Ohio.|}

"{w:People|People|People|Folks} want to see how the keepers lived," he said. "It was a {w:hard, lonely|hard, lonely|hard and lonely|hard, lonely} job{p:.|.|.|!}\""""
A = dict(key='huron-tribune-press-a3', english=True,
    before='HURON TRIBUNE-PRESS\nMonday, December 7, 2026 | A3 | THE THUMB\n\n',
    after='\n\nAREA BRIEFS\n\nCASEVILLE: The township hall will collect canned goods through Dec. 20.\n\nEdited by Lavinia Stroud\n')
B = dict(key='sanilac-beacon-a6-continued', english=True, order=[5,7,6,8,9], cont='LIGHTHOUSE\nFrom Page A1\n\n',
    before='SANILAC BEACON  Monday, Dec. 7, 2026  A6\n\nSchool board delays vote on bus routes\n\nThe board will take up the routes again Dec. 14.\n\n',
    after='\n\nADVERTISEMENT\nLAKESHORE PROPANE — Fill-ups, tank rentals, 24-hour service. 989-555-0142\n')
C = dict(key='bay-city-courier-journal-b2', english=True, order=[0,1,2,4,3,5,7,8,6,9],
    before='BAY CITY COURIER-JOURNAL | Monday, Dec. 7, 2026 | B2 | MICHIGAN\n\n',
    after='\n\nMICHIGAN BRIEFS\n\nMIDLAND: The Dow Gardens light show opens Friday.\n')
D = dict(key='thumb-shopper-p4', english=True, wrap=58, order=[0,1,2,3,4,6,7,8,9],
    before='THUMB AREA SHOPPER  Dec. 9, 2026  Page 4\n\nAROUND THE THUMB\n\n',
    after='\n\n— The Associated Press\n\nFREE EVERY WEDNESDAY\n')
WITNESSES = [A, B, C, D]
