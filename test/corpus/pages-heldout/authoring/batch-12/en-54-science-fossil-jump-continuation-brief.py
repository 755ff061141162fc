# An AP science story (a fossil of an early flying reptile found by a ranch family in invented Montana
# badlands and described in a journal), four witnesses, four headlines: a front page that jumps inside
# one file over other stories ("See FOSSIL, Page A7" … other stories … "FOSSIL From Page A1"); a
# continuation page of another paper ("FOSSIL From Page A1", second half only) with its own edits; a
# paper that prints the story only as a brief among other briefs (the rest one cut-tail omission); a
# science site (straight quotes, "Updated" line, share bar, a "Related" box, copyright) with its own
# edits. Ages in millions of years, wingspans in feet and inches and metres, fractions, percentages.
STORY = """{w:Ranch family's find is oldest flying reptile in North America|Montana fossil pushes back pterosaurs in North America|Rancher's find is early flying reptile|Fossil found by ranch kids is continent's oldest pterosaur}

By {n:HENRIETTA NWACHUKWU-LINDQVIST|HENRIETTA NWACHUKWU-LINDQVIST|HENRIETTA NWACHUKWU-LINDQVIST|HENRIETTA NWACHUKWU-LINDQVIST}

{n:JORDAN|JORDAN|JORDAN|JORDAN}, Mont. (AP) — A fossil found by {w:two children|two children|two children|two kids} on a cattle ranch in eastern Montana is the oldest flying reptile {w:yet discovered|yet discovered|yet discovered|ever found} in North America, scientists {w:reported|reported|reported|said} {u:Thursday|Thursday|Thursday|Wednesday}{w: in the journal Paleobiology Letters| in the journal Paleobiology Letters|| in the journal Paleobiology Letters}.

The pterosaur, named {n:Volantiscelis rydbergae|Volantiscelis rydbergae|Volantiscelis rydbergae|Volantiscelis rydbergi}, lived about {u:228 million years ago|228 million years ago|228 million years ago|282 million years ago}, roughly {u:15 million years|15 million years|15 million years|five million years} earlier than {w:any|any|any|the oldest} previously known from the continent. Its wingspan was {u:about 3 feet 4 inches|about 3 feet 4 inches|about 40 inches|about a meter}{w:, smaller than a bald eagle's|, smaller than a bald eagle's|, smaller than a bald eagle's|}.

{n:Solveig Rydberg|Solveig Rydberg|Solveig Rydberg|Solvieg Rydberg}, {u:11|11|11|12}, and her brother {n:Anders|Anders|Anders|Anders}, {u:9|9|9|9}, spotted {w:a row of tiny bones|a row of tiny bones|a row of tiny bones|tiny bones} in a {w:washed-out|washed-out|washed-out|crumbling} creek bank in {u:June 2024|June 2024|June 2024|July 2024}. Their mother {w:photographed them|photographed them|photographed them|took photos} and emailed the pictures to the {n:Garfield County Museum of Natural History|Garfield County Museum of Natural History|Garfield County Museum of Natural History|Garfield County museum}.

"I thought it was a bird{p:,|,|,|,}" Solveig said. "{w:It turned out to be way older|It turned out to be much older|It turned out to be way older|It was way older}{p:.|.|.|!}"

The specimen is about {u:two-thirds|two-thirds|two-thirds|two-thirds} complete, {w:including|including|including|with} a skull {u:4.7 inches|4.7 inches|4.7 inches|7.4 inches} long with {u:more than 60|about 60|more than 60|more than 80} needle-like teeth{w: suited to catching insects| suited to catching insects| suited to catching insects| for catching insects}, said lead author {n:Casimir Odhiambo-Reyes|Casimir Odhiambo-Reyes|Casimir Odhiambo-Reyes|Casimir Odhiambo}, a paleontologist at {n:Montana Plains University|Montana Plains University|Montana Plains University|Montana Plains U.}.

{w:Only about 30 pterosaur species|Only about 30 pterosaur species|Only about 30 pterosaur species|Only about three dozen pterosaur species} are known from the Triassic period worldwide{w:, and most|, and most|, and most|; most} are from {n:Italy|Italy|Italy|Italy} and {n:Greenland|Greenland|Greenland|Austria}. {o:The new find suggests the animals spread across the supercontinent Pangaea faster than thought.|The new find suggests the animals spread across the supercontinent Pangaea faster than thought.|The new find suggests the animals spread across the supercontinent Pangaea faster than thought.|}

The fossil will go on display at the Garfield County museum in {uw:May|the spring|May|March}{w:, next to a cast the children helped make|, next to a cast the children helped make|, next to a cast the children helped make|}. The ranch family, {w:which|which|which|who} owns the land, donated it{p:.|.|.|!}"""
A = dict(key='billings-courier-a1', english=True,
    jump=dict(after=4, out='\n\nSee FOSSIL, Page A7', inn='FOSSIL\nFrom Page A1\n\n',
        middle='A1\n\nCold snap closes Highway 200 pass\nSnow and ice closed the Highway 200 pass west of Circle for six hours Thursday.\n\n…\n\nA7\n\nHospital names new chief\nDeaconess Plains Hospital named Dr. Yusra Kallenbach its chief executive.'),
    before='BILLINGS COURIER\nFriday, October 16, 2026  •  Billings, Montana  •  $2.00\n\n',
    after='\n\nTODAY  Partly sunny, high 52  •  Tonight  Clear, low 27\n')
B = dict(key='great-falls-record-a9-continued', english=True, order=[5, 6, 7, 8], cont='FOSSIL\nFrom Page A1\n\n',
    before='GREAT FALLS RECORD  Friday, October 16, 2026  A9\n\n',
    after='\n\nDEATHS\nLorraine Tedesco-Hahn, 88, Fort Benton, Oct. 13.\n')
C = dict(key='miles-city-star-p4', english=True, order=[0, 1, 2, 3],
    before='MILES CITY STAR\nOctober 17, 2026  •  Page 4\n\nSTATE BRIEFS\n\nLibrary levy passes in Glasgow\nGlasgow voters approved a library levy 1,204 to 977.\n\n',
    after='\n\nElk season opens Saturday\nGeneral elk season opens Saturday in hunting districts east of the Musselshell.\n')
D = dict(key='web-fieldnotes-science', english=True, style=('straight',),
    inside={1: 'Updated Oct. 15, 2026, 3:20 p.m.\nShare  Copy link'},
    before='FieldNotes Science\nEarth  Space  Life\n\n',
    after='\n\nRelated: Badlands erosion is revealing more fossils, researchers say\n\n(c) 2026 FieldNotes Science\n')
WITNESSES = [A, B, C, D]
