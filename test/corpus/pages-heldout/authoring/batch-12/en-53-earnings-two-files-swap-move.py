# An AP business story (quarterly earnings of an invented Midwestern grocery cooperative chain:
# revenue, profit, per-share figures, store counts, layoffs), four witnesses, five page files, four
# headlines: one paper's story over two files ("See GROCER, Page B6" / "GROCER From Page B1") with
# other stories in both and a stock table after it (furniture); a business site that swaps two
# paragraphs, with edits inside the swapped ones, and a share bar and market ticker inside the story;
# a print that moves a paragraph earlier, with edits inside it and elsewhere; an AP web page with its
# own edits. Money in millions and billions, cents, percentages, fractions of a year, ordinals, quarters.
STORY = """{w:Prairie Basket profit falls as it closes stores|Prairie Basket's quarterly profit drops 22%|Grocer's profit slides; 14 stores to close|Prairie Basket to close 14 stores after weak quarter}

By {n:TOBIAS EKWUEME-MERCER|TOBIAS EKWUEME-MERCER|TOBIAS EKWUEME|TOBIAS EKWUEME-MERCER}

{n:OSKALOOSA|OSKALOOSA|OSKALOOSA|OSKALOOSA}, Kan. (AP) — {n:Prairie Basket Markets|Prairie Basket Markets|Prairie Basket|Prairie Basket Markets Inc.}, a regional grocery chain with {u:212|212|212|221} stores in six states, said {u:Wednesday|Wednesday|Tuesday|Wednesday} its {u:third-quarter|third-quarter|third-quarter|third-quarter} profit fell {u:22%|22%|22%|22 percent} and it would close {u:14|14|14|14} underperforming stores by the end of {u:March|March|March|April}.

The company earned {u:$31.4 million|$31.4 million|$31.4 million|$34.1 million}, or {u:58 cents a share|58 cents a share|58 cents a share|$0.58 a share}, in the {u:12 weeks|12 weeks|12 weeks|three months} ended {u:Oct. 4|Oct. 4|Oct. 4|Oct. 14}, down from {u:$40.3 million|$40.3 million|$40.3 million|$40.3 million}, or {u:74 cents|74 cents|74 cents|47 cents}, a year earlier. Revenue {w:rose|rose|rose|edged up} {u:2.6%|2.6%|2.6%|2.6%} to {u:$2.18 billion|$2.18 billion|$2.18 billion|$2.81 billion}.

Analysts surveyed by {n:FactSet|FactSet|FactSet|FactSet} had expected {u:63 cents|63 cents|63 cents|63 cents} a share. {w:Shares fell|Shares fell|The stock fell|Shares fell} {u:7.9%|7.9%|nearly 8%|7.9%} to {u:$41.16|$41.16|$41.16|$41.61} in afternoon trading{w: on the Nasdaq| on the Nasdaq|| on the Nasdaq}.

Chief Executive {n:Marisol Veldkamp|Marisol Veldkamp|Marisol Veldkamp|Marisol Veltkamp} blamed higher wages and {w:a price war|a price war|a price war|price competition} with discount chains. "We {w:cut prices|slashed prices|lowered prices|cut prices} on {w:about|about|about|roughly} 1,500 items this summer, and customers noticed{p:,|,|,|.}" she said on a call with analysts. "{w:Our margins noticed too|Our margins noticed too|Our margins noticed too|So did our margins}{p:.|.|!|.}"

The closings will affect about {u:860|860|860|680} workers, {w:most of whom|most of whom|most of whom|most of them} will be offered jobs at other stores{w:, the company said|, the company said|, the company said|}. {u:Nine|Eight|9|Nine} of the stores are in {n:Nebraska|Nebraska|Nebraska|Nebraska} and {n:Kansas|Kansas|Missouri|Kansas}.

The chain, founded in {u:1952|1952|1952|1925} as a farmers' cooperative, converted to a publicly traded company in {u:1998|1998|1998|1998}. It {w:still|still|still|still} {w:buys about a third of its produce|buys about a third of its produce|buys about one-third of its produce|buys a third of its produce} from farms within {u:200 miles|200 miles|200 miles|250 miles} of its stores.

{o:Prairie Basket cut its full-year earnings forecast to $2.05 to $2.15 a share, from $2.40 to $2.55.|Prairie Basket cut its full-year earnings forecast to $2.05 to $2.15 a share, from $2.40 to $2.55.|Prairie Basket cut its full-year earnings forecast to $2.05 to $2.15 a share, from $2.40 to $2.55.|} It will keep its quarterly dividend of {u:21 cents|21 cents|21 cents|21 cents}{w:, the 88th in a row|, the 88th in a row|, its 88th straight|, the 88th in a row}."""
A = dict(key='flint-hills-journal-b1', english=True,
    before='FLINT HILLS JOURNAL  •  BUSINESS  •  Thursday, November 12, 2026  •  B1\n\n',
    files=dict(after=3, out='\n\nSee GROCER, Page B6', after1='\n\nFeed mill expansion approved\nThe county commission on Tuesday approved a $6 million expansion of the Cottonwood Feed mill.\n',
        key2='flint-hills-journal-b6', before2='FLINT HILLS JOURNAL  •  Thursday, November 12, 2026  •  B6\n\nWheat futures steady\nKansas City hard red winter wheat futures closed little changed Wednesday.\n\n', inn='GROCER\nFrom Page B1\n\n'),
    after='\n\nSTOCKS OF LOCAL INTEREST\nPrairie Basket  41.16  -3.53\nCottonwood Feed  18.02  +0.11\nSunflower Rail  77.45  -0.62\n')
B = dict(key='web-heartland-business', english=True, style=('straight',), order=[0, 1, 2, 3, 4, 6, 5, 7, 8],
    inside={2: 'PBSK  41.16  ▼ 7.9%\nShare  Tweet  Email'},
    before='Heartland Business Daily\nHome > Retail > Grocery\n\n',
    after='\n\nMost Read\n1. Ethanol plant to reopen near Hays\n2. Rate cut odds rise\n\n(c) 2026 Heartland Business Daily\n')
C = dict(key='topeka-sentinel-c2', english=True, order=[0, 1, 2, 5, 3, 4, 6, 7, 8],
    before='THE TOPEKA SENTINEL\nThursday, November 12, 2026  •  C2  •  Money\n\n',
    after='\n\nThe Associated Press\n')
D = dict(key='web-ap-news-grocer', english=True, style=('straight',),
    inside={1: 'Updated 4:41 PM CST, November 11, 2026\nShare  Copy link  Email'},
    before='AP News\nBusiness  Markets  Retail\n\n',
    after='\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
WITNESSES = [A, B, C, D]
