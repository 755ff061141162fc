# A state-capital budget story (AP): one paper's A-section export starts it on A1 ("See BUDGET,
# Page A9") and finishes it on A9 ("BUDGET From Page A1") after other stories, in one file; a
# paper that prints it whole; a paper that cuts the last two paragraphs and sets an ad after
# the cut; an OCR transcription with hard wraps and look-alike characters.
STORY = """{w:Lawmakers pass $61.3 billion budget after late-night deal|Lawmakers pass $61.3 billion budget after late-night deal|Legislature passes $61.3 billion budget|Lawmakers pass $61.3 billion budget after late-night deal}

{o:By SARAH McKENNA
Associated Press|By SARAH McKENNA
Associated Press||By SARAH McKENNA
Associated Press}

{n:JEFFERSON CITY|JEFFERSON CITY|JEFFERSON CITY|JEFFERS0N CITY}, Mo. (AP) — Missouri lawmakers passed a {u:$61.3 billion|$61.3 billion|$61.3 billion|$61.3 billion} state budget early {u:Friday|Friday|Friday|Friday}, hours before a constitutional deadline, after House and Senate leaders {w:settled|settled|resolved|settled} a dispute over road money{p:,|,|,|;} teacher pay and a new child care program.

The spending plan, which now goes to Gov. {n:Dale Whitacre|Dale Whitacre|Dale Whitaker|Dale Whitacre}, {w:includes|includes|includes|includes about} {u:$2.8 billion|$2.8 billion|$2.8 billion|$2.8 billion} for highway and bridge repairs and raises the minimum teacher salary to {u:$40,000|$40,000|$40,000|$46,000} a year. It takes effect {u:July 1|July 1|July 1|July 1}.

"{w:It's|It's|This is|It's} not everything we wanted, but it's a budget that {w:fixes|fixes|fixes|repairs} roads and pays teachers," said House Budget Chairman {n:Cody Strasburg|Cody Strasburg|Cody Strasburg|Cody Strassburg}, a Republican from {n:Cape Girardeau|Cape Girardeau|Cape Girardeau|Cape Girardean}.

The final vote in the House was {u:118-37|118-37|118-37|118-31}{p:;|;|,|;} the Senate approved it {u:24-9|24-9|24-9|24-9}. {o:Several Democrats said they voted no because the plan cuts money for public defenders.|Several Democrats said they voted no because the plan cuts money for public defenders.|Several Democrats said they voted no because the plan cuts money for public defenders.|}

The biggest fight was over {u:$430 million|$430 million|$430 million|$430 million} in federal pandemic money that must be spent by {u:Dec. 31|Dec. 31|Dec. 31|Dec. 3l}. Senators wanted it for a new {n:Interstate 70|Interstate 70|Interstate 70|Interstate 7O} lane near {n:Wentzville|Wentzville|Wentzville|Wentzvil1e}; House members wanted it for rural broadband. Rep. José Treviño, a Kansas City Democrat, called the broadband money "long overdue." The compromise splits it roughly {w:in half|in half|in half|evenly}.

Senate Minority Leader {n:Renée Okafor|Renée Okafor|Renee Okafor|Renée Okafor}, a Democrat from {n:University City|University City|University City|University City}, said the child care program, which gives {u:$1,200|$1,200|$1,200|$1,200} grants to providers that stay open evenings and weekends{p:,|,|,|} was "the one bright spot{p:.|.|.|,}" {w:She said|She said|She said|But she said} the state {w:still|still|still|} spends {u:less than|less than|less than|less than} most neighbors on mental health.

Whitacre, {w:a Republican in his first term|a Republican in his first term|a Republican in his first term|a first-term Republican}, has {u:45 days|45 days|45 days|15 days} to sign the bills and can veto individual items. A spokeswoman, {n:Laurel Binns|Laurel Binns|Laurel Binns|Laurel Binns}, said he would review the budget "line by line."

{w:Last year|Last year|Last year|Last year,} he vetoed {u:$555 million|$555 million|$555 million|$5.55 million} in projects, the most by a Missouri governor in {u:two decades|two decades|two decades|two decades}.

{o:Associated Press writer Tom Hallett contributed to this report.|Associated Press writer Tom Hallett contributed to this report.|Associated Press writer Tom Hallett contributed to this report.|Associated Press writer Tom Hallett contributed to this report.}"""
A = dict(key='riverton-courier-a-section', english=True,
    before='THE RIVERTON COURIER\nSaturday, May 17, 2025 | $2.00 | Vol. 141, No. 137\n\nA1\n\n',
    jump=dict(after=4, out='\n\nSee BUDGET, Page A9',
        middle='Storms expected across region through Sunday\n\nBy KEVIN ORR\nCourier staff\n\nForecasters expect a line of thunderstorms to cross the region Saturday afternoon, with hail and gusts up to 60 mph possible.\n\nINSIDE\nBusiness A6 | Obituaries A8 | Opinion A10 | Sports B1\n\n----\n\nA9\n\nCounty fair board picks new director\n\nThe Riverton County Fair Board on Thursday named Lisa Dorn, a former 4-H agent, as its director.',
        inn='\n\nBUDGET From Page A1'),
    after='\n\n----\nCORRECTIONS: A story on Page A3 Friday misstated the date of the library book sale. It is May 24.\n')
B = dict(key='st-louis-ledger-a4', english=True, style=('nfd',),
    before='ST. LOUIS LEDGER | Saturday, May 17, 2025 | A4 | STATE\n\n',
    after='\n\nState to resume vehicle inspections audit\n\nThe state auditor said Friday her office would resume its review of the vehicle inspection program.\n')
C = dict(key='ozark-herald-p3', english=True, order=[0,1,2,3,4,5,6,7,8],
    before='OZARK HERALD\nPage 3 - Saturday, May 17, 2025\n\n',
    after='\n\nHOMETOWN HARDWARE\nSpring sale - 20% off all garden tools\n1411 Main St. - Open 7 days\n\nOBITUARIES\n\nHarold J. Fenske, 88, of Nixa, died Wednesday.\n')
D = dict(key='ocr-capital-news-a2', english=True, wrap=48,
    before='CAPITAL NEWS TRIBUNE     A2     SAT MAY 17 2025\n\n',
    after='\n\n[page scan ends]\n')
WITNESSES = [A, B, C, D]
