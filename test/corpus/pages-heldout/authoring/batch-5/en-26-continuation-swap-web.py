# An AP story on a small-town library reopening in an old bank in an invented Vermont town: a whole
# print; a continuation page ("LIBRARY From Page A1", second half only) that swaps two paragraphs and
# has its own edits; an AP web page (breadcrumbs, "Published … Updated", share bar, the support line,
# copyright); a short brief (a shortened byline, a foundation's short name, two paragraphs merged
# at a changed stop, a paragraph dropped). Dates Nov. 28/Nov. 23, Saturday/Sunday, 1,850/1,580,
# Eighteen/18 at a sentence's start, three-quarters/75%, 9 a.m. to 5 p.m. / 9 a.m.-5 p.m.
STORY = """{w:Vermont town's new library moves into its old bank vault|Vermont town's new library moves into its old bank vault|Vermont town's new library moves into its old bank vault|Library opens in old bank}

By {n:PRUDENCE ACHTERBERG-LUNDY|PRUDENCE ACHTERBERG-LUNDY|PRUDENCE ACHTERBERG-LUNDY|PRUDENCE ACHTERBERG}

{n:QUECHEE HOLLOW|QUECHEE HOLLOW|QUECHEE HOLLOW|QUECHEE HOLLOW}, Vt. (AP) {p:—|—|—|--} The {w:children's books|children's books|children's books|picture books} are {w:shelved|shelved|shelved|kept} inside the old {w:vault|vault|vault|safe}, and the {w:teller windows|teller windows|teller windows|teller cages} now hand out {w:library cards|library cards|library cards|cards}.

The {n:Ashbrook Memorial Library|Ashbrook Memorial Library|Ashbrook Memorial Library|Ashbrook Library} opened {u:Saturday|Saturday|Saturday|Sunday} in the {u:1911|1911|1911|1911} granite building that housed the {n:Merchants and Drovers Bank|Merchants and Drovers Bank|Merchants and Drovers Bank|Merchants & Drovers Bank} until it closed in {u:2019|2019|2019|2019}{p:.¶More|.¶More|.¶More|, and more} than {u:1,850|1,850|1,850|1,580} residents {w:signed up|signed up|signed up|registered} for cards on the first day.

"{u:Eighteen|Eighteen|Eighteen|18} months ago this was an empty building with a leaky roof," said library director {n:Philippa Orcutt-Mbeki|Philippa Orcutt-Mbeki|Philippa Orcutt-Mbeki|Philippa Orcutt}. "{w:Now it's|Now it's|Now it's|Now it is} the busiest place in town{p:.|.|.|!}"

The town bought the bank for {u:$1|$1|$1|$1} from its last owner and raised {u:$2.6 million|$2.6 million|$2.6 million|$2.6 million} for repairs, about {u:three-quarters|three-quarters|three-quarters|75%} of it from the {n:Ottauquechee Valley Community Foundation|Ottauquechee Valley Community Foundation|Ottauquechee Valley Community Foundation|Ottauquechee Foundation}.

The old library, a {u:two-room|two-room|two-room|two-room} schoolhouse on {n:Kedron Street|Kedron Street|Kedron Street|Kedron Street}, had no running water and {w:closed every winter|shut every winter|closed every winter|closed each winter} when its furnace {w:failed|failed|gave out|failed}. {o:Its 9,000 books were moved by volunteers in November.|Its 9,000 books were moved by volunteers in November.||Its 9,000 books were moved by volunteers in November.}

Volunteers carried {u:the last 4,200 books|the last 4,200 books|the last 2,400 books|the last 4,200 books} {w:across the green in a bucket brigade on|across the green in a bucket brigade on|across the green on|across the green in a bucket brigade on} {u:Nov. 28|Nov. 28|Nov. 23|Nov. 28}{w:, passing them hand to hand|, passing them hand to hand||, passing them hand to hand}.

The new library is open {p:9 a.m. to 5 p.m.|9 a.m. to 5 p.m.|9 a.m.-5 p.m.|9 a.m. to 5 p.m.} {w:six days a week|six days a week|Monday through Saturday|six days a week}, and {w:stays open until|stays open until|stays open until|is open until} {u:8 p.m.|8:30 p.m.|8 p.m.|9 p.m.} on {u:Thursdays|Thursdays|Tuesdays|Thursdays}. {w:Its meeting room, once the bank president's office, can be booked free by any town group|Its meeting room, once the bank president's office, can be booked free by any town group|Its meeting room can be booked free by any town group|Its meeting room, once the bank president's office, can be booked free by any town group}{p:.|.|.|.}

"{w:People|People|People|Folks} used to come here to {w:count their money|count their money|count their money|deposit their money}," said {n:Ezekiel Marchbanks|Ezekiel Marchbanks|Ezekiel Marchbank|Ezekiel Marchbanks}, {u:87|87|87|78}, who opened his first savings account {w:in the building|in the building|in the building|there} in {u:1951|1951|1951|1951}. "Now they come to {w:borrow something better|borrow something better|borrow something better|borrow books}{p:."|."|."|".}"""
A = dict(key='rutland-herald-ledger-a6', english=True,
    before='RUTLAND HERALD-LEDGER\nMonday, November 30, 2026 | A6 | VERMONT\n\n',
    after='\n\nVERMONT BRIEFS\n\nBARRE: The granite museum will close for repairs Dec. 14 through Jan. 10.\n\nEdited by Honora Pike\n')
B = dict(key='valley-observer-a8-continued', english=True, order=[5,7,6,8], cont='LIBRARY\nFrom Page A1\n\n',
    before='VALLEY OBSERVER  Monday, Nov. 30, 2026  A8\n\n',
    after='\n\nADVERTISEMENT\nGREEN MOUNTAIN FUEL — Heating oil, kerosene, 24-hour service. 802-555-0126\n')
C = dict(key='web-apnews-library', english=True,
    before='AP NEWS\nWorld | U.S. | Politics | Sports | Entertainment | Business | Lifestyle\n\nU.S. NEWS > VERMONT\n\n',
    inside={1: 'Published 11:05 AM EST, November 29, 2026\nUpdated 3:48 PM EST, November 29, 2026\n\nShare    Copy Link    Email    Facebook    X    Reddit'},
    after='\n\n___\n\nThe Associated Press receives support from a private foundation for its coverage of rural America. The AP is solely responsible for all content.\n\nSupport independent journalism: donate to AP.\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
D = dict(key='upper-valley-shopper-p4', english=True, order=[0,1,2,3,4,5,7,8],
    before='UPPER VALLEY SHOPPER  Dec. 2, 2026  Page 4\n\nAROUND THE REGION\n\n',
    after='\n\n— The Associated Press\n\nFREE EVERY WEDNESDAY\n')
WITNESSES = [A, B, C, D]
