# An AP story on a county closing a covered bridge in an invented Indiana county: one paper jumps it
# inside one file with other stories between the parts ("See BRIDGE, Page A9" … other stories …
# "BRIDGE From Page A1"); another prints it over two files ("See SPAN, Page A6" / "SPAN From Page
# A1") with other stories in both; a print that moves a paragraph later with differences inside it
# and has a photo caption; an OCR column (rn/m, l/1, O/0, 1,2OO, cl/d). Numbers: 14-ton/4-ton, 1872,
# a detour of 11 miles / eleven miles, 2,300 vehicles, $780,000 / $870,000, Jan. 15 / Jan. 5, 40%/40 percent.
STORY = """{w:Indiana county shuts 154-year-old covered bridge after inspection|Indiana county shuts 154-year-old covered bridge after inspection|Indiana county shuts 154-year-old covered bridge|Indiana county shuts 154-year-old covered bridge after inspection}

By {n:DESMOND ABERCROMBIE-NJOKU|DESMOND ABERCROMBIE-NJOKU|DESMOND ABERCROMBIE-NJOKU|DESMOND ABERCROMBIE-NJOKU}

{n:LORETTO MILLS|LORETTO MILLS|LORETTO MILLS|LORETT0 MILLS}, Ind. (AP) {p:—|—|—|—} {n:Wabaunsee County|Wabaunsee County|Wabaunsee County|Wabaunsee County} closed the {n:Kessinger Ford Covered Bridge|Kessinger Ford Covered Bridge|Kessinger Ford Bridge|Kessinger Ford Covered Bridge} to all traffic {u:Wednesday|Wednesday|Thursday|Wednesday} after inspectors found rot in {u:three|three|three|three} of its {u:12|12|12|l2} floor beams, {w:ending|ending|ending|endirig} {u:154 years|154 years|154 years|154 years} of {w:crossings|crossings|crossings|crossings} over {n:Sugar Creek|Sugar Creek|Sugar Creek|Sugar Creek}.

The {w:red|red|red|red} wooden span, built in {u:1872|1872|1872|1872}, had been posted for {u:a 14-ton limit|a 14-ton limit|a 4-ton limit|a 14-ton limit}. About {u:2,300 vehicles|2,300 vehicles|2,300 vehicles|2,3OO vehicles} used it {w:daily|daily|each day|daily}, {w:most of them|most of them|most of them|rnost of them} school buses and farm trucks{p:.|.|.|.}

Drivers now face a detour of {u:11 miles|11 miles|eleven miles|11 miles}{w: through the town of Fincastle| through the town of Fincastle|| through the town of Fincastle}, county engineer {n:Rosalind Hargitay-Pruett|Rosalind Hargitay-Pruett|Rosalind Hargitay-Pruett|Rosalind Hargitay-Pruett} said. {o:Emergency vehicles will be rerouted as well.|Emergency vehicles will be rerouted as well.||Emergency vehicles will be rerouted as well.}

Repairs are expected to cost {u:$780,000|$780,000|$870,000|$780,000}, and the county has applied for a state {w:historic preservation grant|historic preservation grant|preservation grant|historic preservation grant} that would cover {u:40%|40%|40 percent|40%}. Commissioners {w:will decide|will decide|will decide|wi11 decide} on {u:Jan. 15|Jan. 15|Jan. 5|Jan. 15} whether to {w:start the work next summer|start the work next summer|start the work next summer|start the work next surnmer}.

"{w:My grandfather proposed to my grandmother on that bridge|My grandfather proposed to my grandmother on that bridge|My grandfather proposed to my grandmother on that bridge|My grandfather proposed to my grandrnother on that bridge}," said {n:Marjorie Applewhite|Marjorie Applewhite|Marjory Applewhite|Marjorie App1ewhite}, who runs the {n:Covered Bridge Cafe|Covered Bridge Cafe|Covered Bridge Café|Covered Bridge Cafe} at its east end. "{w:We are not|We are not|We're not|We are not} letting it fall into the creek{p:.|.|!|.}"

The county's {u:nine|nine|nine|nine} other covered bridges {w:remain open|remain open|stay open|remain open}{p:,|,|,|.} {w:officials said|officials said|officials said|Officials said}."""
A = dict(key='terre-haute-star-leader-a1', english=True,
    before='TERRE HAUTE STAR-LEADER\nThursday, December 3, 2026 | A1 | $2.00\n\n',
    jump=dict(after=3, out='\n\nSee BRIDGE, Page A9',
        middle='Schools weigh four-day week\n\nBy NELL VOGELSANG\nStar-Leader Staff\n\nThe Vigo school board will hear a proposal Dec. 10 for a four-day week starting in August.\n\n■ ■ ■\n\nA9 | Thursday, December 3, 2026 | TERRE HAUTE STAR-LEADER\n\nDEATHS\n\nHarlan Greer, 88, of Riley, died Dec. 1. Visitation is Friday from 4 to 7 p.m. at Callahan Funeral Home.',
        inn='\n\nBRIDGE\nFrom Page A1'),
    after='\n\nADVERTISEMENT\nWABASH FEED & SEED — Bird seed, salt, de-icer. 812-555-0163\n')
B = dict(key='brazil-times-courier-a1', english=True,
    before='BRAZIL TIMES-COURIER\nThursday, Dec. 3, 2026 | A1\n\n',
    files=dict(after=2, out='\n\nSee SPAN, Page A6', key2='brazil-times-courier-a6',
        after1='\n\nCity hall lights tree Friday\n\nThe annual tree lighting starts at 6 p.m. Friday on the courthouse lawn.\n',
        before2='A6 | BRAZIL TIMES-COURIER | Thursday, Dec. 3, 2026\n\nFarm bureau names new president\n\nThe Clay County Farm Bureau elected Orrin Tebbetts president at its annual meeting Tuesday.\n\n',
        inn='SPAN\nFrom Page A1'),
    after='\n\nCLASSIFIEDS 812-555-0190\n')
C = dict(key='lafayette-journal-review-b2', english=True, order=[0,1,2,3,5,6,4,7],
    inside={2: 'PHOTO: The Kessinger Ford Covered Bridge over Sugar Creek, closed Wednesday. (AP Photo)'},
    before='LAFAYETTE JOURNAL-REVIEW | Thursday, Dec. 3, 2026 | B2 | INDIANA\n\n',
    after='\n\nINDIANA BRIEFS\n\nMUNCIE: A water main break closed Walnut Street Wednesday.\n')
D = dict(key='ocr-montezuma-weekly-p3', english=True, wrap=34,
    before='MONTEZUMA WEEKLY Dec. 3, 2O26 Page 3\n\n',
    after='\n\nLEGAL NOTICES\nNotice is hereby given that the Town Board will meet Dec. 8.\n')
WITNESSES = [A, B, C, D]
