# An AP story on a water-rights settlement in an invented county: the AP site with its chrome
# (section links, "Published … Updated", share bar, "Support AP", copyright); a regional site with
# breadcrumbs and comments; a print that edits names and numbers; a print that cuts the last two
# paragraphs, with real differences in its last printed paragraph and an ad right after it. A name
# whose first name is dropped next to a changed verb (two sites); Dec. 1 / Jan. 1.
STORY = """{w:Tribe and county reach $48.5 million deal over Pell Flats aquifer|Tribe and county reach $48.5 million deal over Pell Flats aquifer|Tribe, county reach $48.5 million deal over Pell Flats aquifer|Tribe and county settle Pell Flats water fight}

By {n:HOLLIS BEGAYE|HOLLIS BEGAYE|HOLLIS BEGAYE|HOLLIS BEGAY}

{n:WINNEMUCCA|WINNEMUCCA|WINNEMUCCA|WINNEMUCCA}, Nev. (AP) — The {n:Tosawihi Paiute Tribe|Tosawihi Paiute Tribe|Tosawihi Paiute tribe|Tosawihi Paiute Tribe} and {n:Ossery County|Ossery County|Ossery County|Osserey County} {w:have agreed|have agreed|have agreed|agreed} to a {u:$48.5 million|$48.5 million|$48.5 million|$48 million} settlement that ends a {u:14-year|14-year|14-year|14-year} fight over groundwater beneath the {n:Pell Flats|Pell Flats|Pell Flats|Pell Flats} basin, officials said {u:Tuesday|Tuesday|Tuesday|Thursday}.

Under the deal, the county will cap pumping at {u:6,200 acre-feet|6,200 acre-feet|6,200 acre-feet|6,200 acre-feet} a year{p:,|,|,|;} about {u:40%|40%|40%|40%} below its {u:2019|2019|2019|2019} peak, and pay for a pipeline {w:that will carry|that will carry|that will carry|to carry} treated water {u:nine miles|nine miles|nine miles|9 miles} to the tribe's {n:Quill Springs|Quill Springs|Quill Springs|Quill Spring} community. The limits take effect {u:Jan. 1|Jan. 1|Jan. 1|Dec. 1}.{o: The county must also fund a monitoring program run jointly with the tribe.| The county must also fund a monitoring program run jointly with the tribe.|| The county must also fund a monitoring program run jointly with the tribe.}

"{w:For fourteen years|For fourteen years|For fourteen years|For 14 years} our elders watched the springs go dry," {w:said|said|said|said tribal} Chairwoman {n:Lorraine |Lorraine |Lorraine |}Sam-Whitehorse{w:, who signed the agreement Monday.|, who signed the agreement Monday.|, who signed the agreement Monday.|. She signed the agreement Monday.} "This is the first time {w:anyone|anyone|anyone|someone} {w:has|has|has|has actually} listened."

{n:Ossery County|Ossery County|Ossery County|Ossery County} Commissioner {n:Thaddeus Vrabel|Thaddeus Vrabel|Thaddeus Vrabel|Thaddeus Vrabel}{p:,|,|,|} {w:a rancher|a rancher|a rancher|who ranches} near {n:Golconda|Golconda|Golconda|Golconda}{p:,|,|,|} said the county had little choice after a federal judge ruled in {u:March|March|March|May} that its wells had {w:harmed|harmed|harmed|damaged} the tribe's senior water rights. {w:He called the deal|He called the deal|He called the deal|The deal, he said, is} "painful but fair{p:."|."|".|."}{o: He did not say whether he would back higher local water rates.|| He did not say whether he would back higher local water rates.| He did not say whether he would back higher local water rates.}

{w:The county|The county|The county|The county} {w:will borrow|will borrow|will borrow|plans to borrow} {u:$31 million|$31 million|$31 million|$31 million} {w:for the pipeline|for the pipeline|for the pipeline|for the project}{p:; the|; the|. The|, the} rest {w:comes|comes|comes|will come} from a state drought fund and {n:Quillback Minerals|Quillback Minerals|Quillback Minerals|Quillback Mineral}, {w:whose|whose|whose|a company whose} gold mine {w:is|is|is|is also} {w:among|among|among|one of} the basin's {w:largest|largest|largest|biggest} water users.

A company spokesman, {n:Ethan Oyelaran|Ethan Oyelaran|Ethan Oyelaren|Ethan Oyelaran}, said {n:Quillback|Quillback|Quillback|Quillback} would contribute {u:$7.25 million|$7.25 million|$7.5 million|$7.25 million} and {w:retire|shut|retire|retire} {u:two|two|two|two} of its {u:five|5|five|five} production wells by {u:2028|2028|2028|2028}.

Hydrologist {n:Marisol Quintanilla-Ruiz|Marisol Quintanilla-Ruiz|Marisol Quintanilla-Ruiz|Marisol Quintanilla-Ruiz} of the {n:University of Nevada, Reno|University of Nevada|University of Nevada, Reno|University of Nevada, Reno}{w:, who studied the basin for the court,||, who studied the basin for the court,|, who studied the basin for the court,} said water levels {w:had fallen|have fallen|had fallen|had fallen} as much as {u:80 feet|80 feet|eighty feet|80 feet} since {u:the 1990s|the 1990s|the 1980s|the 1990s} and {w:could take|could take|may take|could take} {u:decades|decades|decades|decades} to recover.

The settlement still needs approval from the Nevada State Engineer, which is expected {w:early next year|early next year|in early 2027|early next year}."""
A = dict(key='web-apnews-aquifer', english=True,
    before='AP NEWS\nU.S. News | World News | Politics | Business\n\nU.S. NEWS > NEVADA\n\n',
    inside={1: 'Published 3:48 PM PST, November 17, 2026\nUpdated 6:15 PM PST, November 17, 2026\n\nShare   Copy Link   Email   Facebook   X'},
    after='\n\n___\n\nBegaye is a corps member for The Associated Press/Report for America Statehouse News Initiative.\n\nSupport AP: donate today.\n\nCopyright 2026 The Associated Press. All Rights Reserved.\n')
B = dict(key='web-great-basin-post', english=True,
    before='GREAT BASIN POST\nHome > Nevada > Environment\n\n',
    after='\n\nRelated: County wells ruled harmful to tribal springs\n\n3 Comments | Log in to comment\n\n© 2026 Great Basin Post LLC\n')
C = dict(key='elko-sentinel-a3', english=True,
    before='THE ELKO SENTINEL | Wednesday, November 18, 2026 | A3\n\n',
    after='\n\nSTATE BRIEFS\n\nCarson City: Legislators will hold a special session Dec. 7 on school funding.\n')
D = dict(key='humboldt-ledger-p5', english=True, order=[0,1,2,3,4,5,6],
    before='HUMBOLDT LEDGER  Nov. 18, 2026  Page 5\n\n',
    after='\n\nADVERTISEMENT\nWINNEMUCCA FEED & SUPPLY — Hay, grain, well pumps. Open 7 days. 775-555-0142\n')
WITNESSES = [A, B, C, D]
