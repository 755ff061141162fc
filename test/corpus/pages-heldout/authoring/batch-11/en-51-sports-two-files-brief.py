# An AP sports story (an invented North Dakota town's first 8-man football state title, won in
# overtime) with a scoring-by-quarter table, yards, records, a clock time and a crowd, four
# witnesses, four headlines: one paper's story over two files ("See TITLE, Page C4" / "TITLE From
# Page C1") with other stories in both, and a second shared AP story (a college coaching brief)
# printed word for word on its second file and after the story on the web page (furniture, not a
# site); an AP web page (share bar inside the story, copyright) with its own edits (six-yard, an
# accent lost Szymańska/Szymanska, ./!, second straight/second consecutive, 12-0, rushing yards,
# around, a dropped sentence); a paper
# that prints the story only as a brief among other briefs (headline and an edited lead: Anika, 8-man
# title, in overtime dropped; the rest is one cut-tail omission); a print with its own edits (9-yard,
# 44-36 and 36 in the table, 6 in the fourth quarter, 4:21, 13-yard, Whitefeather, 221, 4, 1978, 3rd,
# No one, 3,421, Halvard Field, nine degrees, 10-2, Two Crow, a dropped sentence and clause).
STORY = """{w:Ravenna Flats wins first 8-man title in OT|Ravenna Flats tops Grassy Butte in OT for first state title|Ravens win first state title|Ravens outlast Coyotes 44-36 in overtime}

By {n:ANNIKA BRODEUR-SALAS|ANNIKA BRODEUR-SALAS|ANIKA BRODEUR-SALAS|ANNIKA BRODEUR-SALAS}

MINOT, N.D. (AP) — Ezekiel Mahlangu-Ferris ran for a {u:6-yard|six-yard|6-yard|9-yard} touchdown{w: in overtime| in overtime|| in overtime}, and Ravenna Flats beat Grassy Butte {u:44-38|44-38|44-38|44-36} on Saturday for the school’s first state {w:8-man football title|8-man football title|8-man title|8-man football title}.

The Ravens ({u:13-0|12-0|13-0|13-0}) trailed by eight points with {u:4:12|4:12|4:12|4:21} left in regulation before Mahlangu-Ferris threw a {u:31-yard|31-yard|31-yard|13-yard} touchdown pass to {n:Caspian Whitfeather|Caspian Whitfeather|Caspian Whitfeather|Caspian Whitefeather} and ran in the two-point conversion himself.

Grassy Butte    8   14   8   {u:8|8|8|6}   0 — {u:38|38|38|36}
Ravenna Flats   6   16   8   8   6 — 44

Mahlangu-Ferris, a junior, finished with {u:212|212|212|221} {w:yards rushing|rushing yards|yards rushing|yards rushing} and {u:four|four|four|4} touchdowns. “I just kept thinking about my grandpa{p:,|,|,|,}” he said. “He played on the {u:1987|1987|1987|1978} team that lost in the final.”{o: His grandfather, Amos Ferris, watched from the front row.|| His grandfather, Amos Ferris, watched from the front row.| His grandfather, Amos Ferris, watched from the front row.}

Coach {n:Lorna Szymańska-Boyd|Lorna Szymanska-Boyd|Lorna Szymańska-Boyd|Lorna Szymańska-Boyd}, in her {u:third|third|third|3rd} season, said her players “earned every inch{p:.|!|.|.}” “{w:Nobody|Nobody|Nobody|No one} in this town is going to sleep tonight,” she said.

A crowd of {u:3,412|3,412|3,412|3,421} at {n:Halvard Memorial Field|Halvard Memorial Field|Halvard Memorial Field|Halvard Field} watched in temperatures {w:near|around|near|near} {u:19 degrees|19 degrees|19 degrees|nine degrees}.{o: Ravenna Flats has 61 students in grades nine through 12.| Ravenna Flats has 61 students in grades nine through 12.| Ravenna Flats has 61 students in grades nine through 12.|}

Grassy Butte ({u:11-2|11-2|11-2|10-2}) was seeking its {w:second straight|second consecutive|second straight|second straight} title. Quarterback {n:Dashiell Two Crows|Dashiell Two Crows|Dashiell Two Crows|Dashiell Two Crow} threw for 287 yards and three touchdowns{w:, two of them to his cousin|, two of them to his cousin|, two of them to his cousin|}."""
BRIEF = 'Bison name Okoye defensive coordinator\n\nFARGO, N.D. (AP) — North Dakota State named Emeka Okoye-Lindahl its defensive coordinator on Friday. Okoye-Lindahl, 41, spent the past four seasons as linebackers coach at Montana State.'
A = dict(key='prairie-sentinel-c1', english=True,
    files=dict(after=3, out='\n\nSee TITLE, Page C4', key2='prairie-sentinel-c4',
        after1='\n\nBOYS BASKETBALL\nMinot 58, Bismarck 51\nWilliston 66, Dickinson 49\n',
        before2='C4  PRAIRIE SENTINEL  Sunday, December 6, 2026  SPORTS\n\n' + BRIEF + '\n\n',
        inn='TITLE\nFrom Page C1'),
    before='PRAIRIE SENTINEL\nSPORTS  Sunday, December 6, 2026  C1\n\n',
    after='\n\nFOOTBALL PLAYOFFS  Class AA final: Fargo Shanley 35, Bismarck Century 14\n')
B = dict(key='web-ap-news-8-man', english=True,
    inside={1: 'Published 9:18 PM CST, December 5, 2026\nShare  Copy link'},
    before='AP News\nSports  High School  College\n\n',
    after='\n\n' + BRIEF + '\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
C = dict(key='badlands-herald-b6', english=True, order=[0, 1, 2],
    before='BADLANDS HERALD  Monday, December 7, 2026  B6  Sports Briefs\n\nWRESTLING\nMandan won the Capital City Duals on Saturday, going 5-0.\n\n',
    after='\n\nHOCKEY\nJamestown beat Devils Lake 3-2 on Friday.\n')
D = dict(key='souris-valley-news-p9', english=True,
    before='SOURIS VALLEY NEWS\nWednesday, December 9, 2026  •  Page 9  •  Sports\n\n',
    after='\n\nSCOREBOARD  Girls basketball: Velva 49, Towner 40\n')
WITNESSES = [A, B, C, D]
