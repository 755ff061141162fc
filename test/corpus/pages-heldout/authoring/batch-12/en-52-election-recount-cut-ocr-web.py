# An AP election story (a county commission seat decided by a recount in an invented Iowa county,
# with vote counts and precincts), four witnesses, four headlines: a front page with the whole story;
# an AP web page (straight quotes, "Published … Updated" line and share bar inside the story, support
# line, copyright) with its own edits; an OCR column of a weekly (hard wraps, straight quotes,
# misreadings rn/m, l/1, O/0, S/5, cl/d) with that paper's own edits; a print that cuts the last two
# paragraphs, with real differences in its last printed paragraph and an ad and an editor's note right
# after. Vote totals, margins, percentages, ordinals, dates and weekdays.
STORY = """{w:Recount gives Vander Molen seat by 9 votes|Iowa county commission race flips after recount|Recount gives Vander Molen seat by 9 votes|Recount settles Ossawa County race}

By {n:PRUDENCE OOSTERHUIS|PRUDENCE OOSTERHUIS|PRUDENCE OOSTERHUIS|PRUDENCE OOSTERHUYS}

{n:HALDANE FALLS|HALDANE FALLS|HALDANE FALLS|HALDANE FALLS}, Iowa (AP) — A hand recount {w:completed|completed|completed|finished} {u:Friday|Friday|Friday|Thursday} reversed the result of a county commission race in {n:Ossawa County|Ossawa County|Ossawa County|Ossawa County}, giving challenger {n:Geertruida Vander Molen|Geertruida Vander Molen|Geertruida Vander MoIen|Geertruida Vander Molen} a {u:nine-vote|nine-vote|nine-vote|9-vote} victory over incumbent {n:Lowell Brinkerhoff|Lowell Brinkerhoff|Lowell Brinkerhoff|Lowell Brinkerhof}.

Election night returns had shown Brinkerhoff ahead by {u:four votes|four votes|four votes|4 votes}, {u:5,212 to 5,208|5,212 to 5,208|5,2l2 to 5,208|5,212 to 5,208}. The recount{w:, requested by Vander Molen on Nov. 10,|, requested by Vander Molen on Nov. 10,|, requested by Vander Molen on Nov. 10,|} found {u:13|13|13|31} ballots in {n:Precinct 7|Precinct 7|Precinct 7|Precinct 1} that a scanner had rejected because voters had circled names instead of filling in the ovals.

The final count was {u:5,219|5,219|5,219|5,219} for Vander Molen and {u:5,210|5,210|5,210|5,201} for Brinkerhoff, a margin of {u:less than one-tenth of 1%|less than one-tenth of 1%|less than 0.1%|less than one-tenth of 1%}. Turnout in the district was {u:61.4%|61.4 percent|6l.4 percent|61.4%}{w:, the highest for a midterm since 1994|, the highest for a midterm since 1994||, the highest for a midterm since 1994}.

"Every one of those voters {w:meant|meant|meant|intended} to vote{p:,|,|,|,}" said County Auditor {n:Ingrid Sundqvist-Bower|Ingrid Sundqvist-Bower|Ingrid Sundqvist-Bower|Ingrid Sundquist-Bower}, who {w:supervised|led|oversaw|supervised} the three-{w:member|member|rnember|member} recount board. "The machine {w:couldn't read them|couldn't read them|could not read them|couldn't read them}. People could{p:.|.|.|!}"

Brinkerhoff, who was seeking a {u:fourth|fourth|fourth|fifth} term, said he would not contest the result. "The voters have spoken{p:,|,||,} twice{p:,|,|,|,}" he said.

Vander Molen, {u:47|47|47|44}, a {w:hog farmer|pig farmer|hog farmer|farmer} and former school board member, will be sworn in on {u:Jan. 2|Jan. 2|Jan. 2|Jan. 12}. Her win gives Democrats a {u:3-2|3-2|3-2|3-to-2} majority on the {u:five-member|five-member|five-member|five-member} board{w: for the first time since 2010| for the first time since 2010| for the first time since 2010| for the first time in years}.

The county will pay about {u:$18,600|$18,600|$18,600|$16,800} for the recount{w:, which Iowa law covers when the margin is under 50 votes|, which Iowa law covers when the margin is under 50 votes|, which Iowa law covers when the margin is under 50 votes|}. {o:Sundqvist-Bower said her office would ask the state to replace the scanner before the June primary.|Sundqvist-Bower said her office would ask the state to replace the scanner before the June primary.|Sundqvist-Bower said her office would ask the state to replace the scanner before the June primary.|}

A second recount, in a {n:Haldane Falls|Haldane Falls|HaIdane Falls|Haldane Falls} city council race, {w:confirmed|confirmed|confirmed|upheld} the election night result{p:, 812 votes to 798|, 812 votes to 798|, 8l2 votes to 798|, 812 votes to 798}.

The board will choose its chair at its first meeting{w: in January| in January| in January| in January}."""
A = dict(key='cedar-valley-register-a1', english=True,
    before='THE CEDAR VALLEY REGISTER\nSaturday, November 21, 2026  •  Waterloo, Iowa  •  $1.75\n\n',
    after='\n\nINSIDE  Hawkeyes open at home, B1  •  Harvest ends early, C1\n')
B = dict(key='web-ap-news-recount', english=True, style=('straight',),
    inside={1: 'Published 5:18 PM CST, November 20, 2026\nUpdated 7:02 PM CST, November 20, 2026\nShare  Copy link  Email'},
    before='AP News\nU.S. News  Elections  Politics\n\n',
    after='\n\nThe Associated Press is an independent global news organization. Support AP.\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
C = dict(key='ocr-ossawa-weekly-p2', english=True, style=('straight',), wrap=44,
    before='OSSAWA COUNTY WEEKLY -- November 25, 2026 -- Page 2\n\n',
    after='\n\nOSSAWA COUNTY WEEKLY  p. 2\n')
D = dict(key='north-iowa-tribune-a3', english=True, order=[0, 1, 2, 3, 4, 5, 6, 7, 8],
    before='NORTH IOWA TRIBUNE\nSunday, November 22, 2026  •  Page A3\n\n',
    after='\n\nADVERTISEMENT\nKlaassen Implement — winter service special, 10% off labor through Dec. 31 — Hwy 65 North\n\nEditor\'s note: Results of the Nov. 3 school bond vote appear on Page A5.\n')
WITNESSES = [A, B, C, D]
