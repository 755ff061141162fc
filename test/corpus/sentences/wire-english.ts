/**
 * English wire sentences and their reprints, by probe round (six on), each written before the
 * rules it led to. Same form as wire-sentences.ts.
 */
import type { WirePair } from './wire-sentences';

/**
 * English wire sentences in AP style and their reprints (round six: 15/17 at first run; the misses
 * were 3.9% / 3.9 percent and White House / white house split in two flags).
 */
export const ENGLISH_WIRE_PAIRS: readonly WirePair[] = [
  [
    'Sen. Elizabeth Warren, D-Mass., said the bill would help families.',
    'Sen. Elizabeth Waren, D-Mass., said the bill would help families.',
    'name',
  ],
  [
    'The state will spend $5 million on the project.',
    'The state will spend $5 billion on the project.',
    'number',
  ],
  ['Unemployment fell to 3.9% in March.', 'Unemployment fell to 3.9 percent in March.', 'number'],
  [
    'Rep. John Smith, R-Texas, voted against the measure.',
    'Rep. Jon Smith, R-Texas, voted against the measure.',
    'name',
  ],
  [
    'The storm made landfall Tuesday near Tampa, Florida.',
    'The storm made landfall Wednesday near Tampa, Florida.',
    'number',
  ],
  [
    '"We are going to rebuild," the mayor said.',
    '"We are going to rebuild," the mayor says.',
    'wording',
  ],
  [
    "She is a well-known author of children's books.",
    "She is a well known author of children's books.",
    'punctuation',
  ],
  [
    // Typed -- against an em dash is a mark to settle in English (the held-out page labels of
    // batches 3-5 count it as punctuation); in Chinese text -- is only a way to type ——.
    'The vote — expected next week — could be delayed.',
    'The vote -- expected next week — could be delayed.',
    'punctuation',
  ],
  [
    'Reporters waited outside the White House for hours.',
    'Reporters waited outside the white house for hours.',
    'name',
  ],
  [
    'The plane landed in Anchorage, Alaska, on Sunday.',
    'The plane landed in Anchorge, Alaska, on Sunday.',
    'name',
  ],
  [
    'Microsoft Corp. said it would hire 2,000 engineers.',
    'Microsoft Corp. said it would hire 2,500 engineers.',
    'number',
  ],
  ['The senator declined to comment.', 'The senator refused to comment.', 'wording'],
  [
    'The game was postponed. Officials said the field was flooded.',
    'The game was postponed.',
    'omission',
  ],
  ['The law takes effect on Jan. 5, 2024.', 'The law takes effect on Jan. 15, 2024.', 'number'],
  [
    'The Golden State Warriors beat the Boston Celtics 112-104.',
    'The Golden State Warriors beat the Boston Celtics 112-107.',
    'number',
  ],
  [
    'Some 5 million people were without power.',
    'Some five million people were without power.',
    'number',
  ],
  [
    'Dr. Anthony Fauci testified before the committee.',
    'Dr. Anthony Fauchi testified before the committee.',
    'name',
  ],
  // Round seven: 12/12 at first run.
  [
    'Gov. Gavin Newsom signed the measure on Thursday.',
    'Gov. Gavin Newson signed the measure on Thursday.',
    'name',
  ],
  [
    'The company reported revenue of $12.4 billion for the quarter.',
    'The company reported revenue of $14.2 billion for the quarter.',
    'number',
  ],
  [
    'Officials said the fire had burned about 2,400 acres.',
    'Officials say the fire had burned about 2,400 acres.',
    'wording',
  ],
  [
    'The suspect was taken to Cook County Jail.',
    'The suspect was taken to Cook Country Jail.',
    'name',
  ],
  [
    'The team, which plays in Denver, won its third straight game.',
    'The team, which plays in Denver won its third straight game.',
    'punctuation',
  ],
  [
    'About 40% of voters backed the proposal.',
    'About 14% of voters backed the proposal.',
    'number',
  ],
  ['The hearing is scheduled for Oct. 12.', 'The hearing is scheduled for Oct. 21.', 'number'],
  [
    'He was born in Lagos, Nigeria, and moved to London in 2010.',
    'He was born in Lagos, Niger, and moved to London in 2010.',
    'name',
  ],
  ['The bill passed the House 218-214.', 'The bill passed the House 218-212.', 'number'],
  [
    'Police said the driver was not injured. The crash remains under investigation.',
    'Police said the driver was not injured.',
    'omission',
  ],
  [
    'The museum will reopen to the public next spring.',
    'The museum will reopen to visitors next spring.',
    'wording',
  ],
  [
    'Secretary of State Marco Rubio arrived in Tokyo.',
    'Secretary of State Mario Rubio arrived in Tokyo.',
    'name',
  ],
  // Round eight: 9/9 at first run.
  [
    'Kansas City Chiefs quarterback Patrick Mahomes threw for 320 yards.',
    'Kansas City Chiefs quarterback Patrick Mahomes threw for 230 yards.',
    'number',
  ],
  [
    'The Federal Reserve held interest rates steady on Wednesday.',
    'The Federal Reserve kept interest rates steady on Wednesday.',
    'wording',
  ],
  [
    'Former President Jimmy Carter died at his home in Plains, Georgia.',
    'Former President Jimmy Carter died at his home in Plain, Georgia.',
    'name',
  ],
  [
    'The wildfire forced the evacuation of nearly 30,000 residents.',
    'The wildfire forced the evacuation of nearly 13,000 residents.',
    'number',
  ],
  [
    '"It was terrifying," said Maria Lopez, 54, who lives nearby.',
    '"It was terrifying," said Maria Lopez, 45, who lives nearby.',
    'number',
  ],
  [
    'The agency said the recall affects about 1.2 million vehicles.',
    'The agency said the recall affects about 1.2 million cars.',
    'wording',
  ],
  [
    'Prime Minister Keir Starmer met with European leaders in Brussels.',
    'Prime Minister Keir Stamer met with European leaders in Brussels.',
    'name',
  ],
  [
    'The lawsuit was filed in U.S. District Court in Manhattan.',
    'The lawsuit was filed in U.S. District Court in Brooklyn.',
    'name',
  ],
  [
    'Rescuers worked through the night; by dawn, 12 people had been found.',
    'Rescuers worked through the night, by dawn, 12 people had been found.',
    'punctuation',
  ],
  // Round eleven: 8/8 at first run.
  [
    'The Senate approved the bill late Thursday.',
    'The Senate passed the bill late Thursday.',
    'wording',
  ],
  [
    'Mayor Karen Bass said the city would appeal.',
    'Mayor Karen Bass said the city will appeal.',
    'wording',
  ],
  [
    'The White House declined to comment on the report.',
    'The White House did not comment on the report.',
    'wording',
  ],
  [
    'Apple shares rose sharply in early trading.',
    'Apple shares climbed sharply in early trading.',
    'wording',
  ],
  [
    'In Chicago, temperatures fell below zero overnight.',
    'In Chicago temperatures fell below zero overnight.',
    'punctuation',
  ],
  [
    'Officials in Texas warned residents to conserve water.',
    'Officials in Texas urged residents to conserve water.',
    'wording',
  ],
  ['Police said the suspect fled on foot.', 'Police said the suspect ran away on foot.', 'wording'],
  [
    'The Supreme Court heard arguments in the case on Monday.',
    'The Supreme Court heard arguments in the case Monday.',
    'wording',
  ],
  // Round twelve, AP style in detail: 12/18 at first run. Misses: stops, apostrophes and hyphens
  // moved inside a word (U.S. / US, p.m. / pm, J.D. / JD, O'Brien / OBrien) read as names or
  // wording, and a changed initial (John F. / E. Kennedy) or party (R-Fla. / D-Fla.) as wording.
  [
    'The fire started near Paradise, Calif., on Tuesday morning.',
    'The fire started near Paradise, California, on Tuesday morning.',
    'name',
  ],
  [
    'The meeting begins at 7 p.m. in the school gym.',
    'The meeting begins at 7 pm in the school gym.',
    'punctuation',
  ],
  [
    'The U.S. economy added jobs for the ninth straight month.',
    'The US economy added jobs for the ninth straight month.',
    'punctuation',
  ],
  [
    'Police arrested 10 people after the protest.',
    'Police arrested ten people after the protest.',
    'number',
  ],
  [
    'She thanked her co-workers for their support.',
    'She thanked her coworkers for their support.',
    'punctuation',
  ],
  [
    'The bill was sponsored by Rep. Maria Salazar, R-Fla.',
    'The bill was sponsored by Rep. Maria Salazar, D-Fla.',
    'name',
  ],
  [
    'Vice President JD Vance spoke at the rally.',
    'Vice President J.D. Vance spoke at the rally.',
    'punctuation',
  ],
  [
    'The plan was first proposed by John F. Kennedy.',
    'The plan was first proposed by John E. Kennedy.',
    'name',
  ],
  [
    'Tourism in New York City rebounded last year.',
    'Tourism in New York rebounded last year.',
    'name',
  ],
  [
    'The Cardinals play their home games in St. Louis.',
    'The Cardinals play their home games in Saint Louis.',
    'name',
  ],
  [
    'The agency said it would review the policy.',
    'The agency said it will review the policy.',
    'wording',
  ],
  [
    'The company cut 1,200 jobs, or about 8% of its workforce.',
    'The company cut 1,200 jobs, or about 18% of its workforce.',
    'number',
  ],
  [
    'Her attorney, Mark Geragos, did not return a call seeking comment.',
    'Her lawyer, Mark Geragos, did not return a call seeking comment.',
    'wording',
  ],
  [
    'The storm dumped 14 inches of rain on Houston.',
    'The storm dumped 14 inches of rain on Huston.',
    'name',
  ],
  ['Shares of Tesla Inc. fell 4% on Monday.', 'Shares of Tesla Inc. fell 4% Monday.', 'wording'],
  ['"We will rebuild," he said. "This town is strong."', '"We will rebuild," he said.', 'omission'],
  [
    'The study, published in the journal Nature, tracked 2,000 patients.',
    'The study, published in the journal Science, tracked 2,000 patients.',
    'name',
  ],
  [
    "O'Brien was hired as head coach in 2021.",
    'OBrien was hired as head coach in 2021.',
    'punctuation',
  ],
  // Round sixteen: 7/8 at first run; fixed: a compound written closed or open (cyberattack).
  [
    "NEW DELHI (AP) — India's Prime Minister Narendra Modi inaugurated the new airport on Sunday.",
    "NEW DELHI (AP) — India's Prime Minister Narendra Modi opened the new airport on Sunday.",
    'wording',
  ],
  [
    'The ship, carrying 3,400 passengers, docked in Miami.',
    'The ship, carrying 3,400 passengers, docked in Tampa.',
    'name',
  ],
  [
    'The hurricane was downgraded to a Category 2 storm.',
    'The hurricane was downgraded to a Category 3 storm.',
    'number',
  ],
  [
    'The measure now goes to Gov. Josh Shapiro, a Democrat.',
    'The measure now goes to Gov. Josh Shapiro, a Republican.',
    'name',
  ],
  [
    'She won the 100-meter dash in 10.72 seconds.',
    'She won the 100-meter dash in 10.27 seconds.',
    'number',
  ],
  [
    'The company said the outage was caused by a software update, not a cyberattack.',
    'The company said the outage was caused by a software update, not a cyber attack.',
    'punctuation',
  ],
  [
    'Smith, who joined the team in 2019, scored twice.',
    'Smith, who joined the team in 2019 scored twice.',
    'punctuation',
  ],
  [
    'The governor declared a state of emergency in 14 counties.',
    'The governor declared a state of emergency in fourteen counties.',
    'number',
  ],
  // Round seventeen: 5/6 at first run; fixed: a relative day (Wednesday / midweek) is a date.
  [
    'ATLANTA (AP) — Delta Air Lines canceled about 400 flights Monday as storms moved through the Southeast.',
    'ATLANTA (AP) — Delta Air Lines canceled about 4,000 flights Monday as storms moved through the Southeast.',
    'number',
  ],
  [
    'ATLANTA (AP) — Delta Air Lines canceled about 400 flights Monday as storms moved through the Southeast.',
    'ATLANTA (AP) — Delta Airlines canceled about 400 flights Monday as storms moved through the Southeast.',
    'name',
  ],
  [
    'Passengers waited for hours at Hartsfield-Jackson Atlanta International Airport.',
    'Passengers waited for hours at Hartsfield Jackson Atlanta International Airport.',
    'punctuation',
  ],
  [
    '"We apologize to our customers," the airline said in a statement.',
    '"We apologize to our customers," the airline said in a release.',
    'wording',
  ],
  [
    'Federal Aviation Administration data showed delays across the region.',
    'Federal Aviation Agency data showed delays across the region.',
    'name',
  ],
  [
    'The airline expects to resume normal operations by Wednesday.',
    'The airline expects to resume normal operations by midweek.',
    'number',
  ],
  // Round nineteen: 8/8 at first run.
  [
    'PHOENIX (AP) — Arizona recorded its 30th straight day of temperatures above 110 degrees on Sunday.',
    'PHOENIX (AP) — Arizona recorded its 31st straight day of temperatures above 110 degrees on Sunday.',
    'number',
  ],
  [
    "The Maricopa County Medical Examiner's Office is investigating dozens of deaths.",
    'The Maricopa County Medical Examiners Office is investigating dozens of deaths.',
    'punctuation',
  ],
  [
    '"Drink water, stay inside and check on your neighbors," Mayor Kate Gallego said.',
    '"Drink water, stay inside and check on your neighbors," Mayor Kate Gallegos said.',
    'name',
  ],
  [
    'Cooling centers will stay open around the clock through Friday.',
    'Cooling centers will remain open around the clock through Friday.',
    'wording',
  ],
  [
    'The National Weather Service extended its excessive heat warning.',
    'The National Weather Service extended an excessive heat warning.',
    'wording',
  ],
  [
    'Electricity demand hit a record 8,200 megawatts, Arizona Public Service said.',
    'Electricity demand hit a record 8,020 megawatts, Arizona Public Service said.',
    'number',
  ],
  [
    'Electricity demand hit a record 8,200 megawatts, Arizona Public Service said.',
    'Electricity demand hit a record 8,200 megawatts, Arizona Public Services said.',
    'name',
  ],
  [
    'Doctors said the heat is especially dangerous for older people.',
    'Doctors said the heat is particularly dangerous for older people.',
    'wording',
  ],
  // A wire dateline or its credit dropped (1/3 at first run; fixed: it is an omission), and on
  // added before a weekday (wording).
  [
    'BOSTON (AP) — A powerful storm knocked out power to thousands of homes on Tuesday, officials said.',
    'BOSTON — A powerful storm knocked out power to thousands of homes on Tuesday, officials said.',
    'omission',
  ],
  [
    'BOSTON (AP) — A powerful storm knocked out power to thousands of homes on Tuesday, officials said.',
    'A powerful storm knocked out power to thousands of homes on Tuesday, officials said.',
    'omission',
  ],
  [
    'The storm knocked out power to thousands of homes Tuesday, officials said.',
    'The storm knocked out power to thousands of homes on Tuesday, officials said.',
    'wording',
  ],
  // Round twenty-four, capitalised common words: 6/10 at first run. Fixed: parties, institutions
  // and peoples are names at a sentence's start too (Democrats / Republicans), seasons after a time
  // word are dates (in the spring / summer). Congress / Lawmakers was labelled wording at first; the
  // disagreement lies in a proper noun, so DESIGN.md makes it a name. Left out: President /
  // president (a case change, no category fits) and employs 900 people / has 900 employees (two
  // flags either side of the number).
  [
    'Democrats in the Senate blocked the measure on Thursday.',
    'Republicans in the Senate blocked the measure on Thursday.',
    'name',
  ],
  [
    'The bill now heads to the House, where its fate is uncertain.',
    'The bill now heads to the Senate, where its fate is uncertain.',
    'name',
  ],
  [
    'Congress must act before the deadline, the senator said.',
    'Lawmakers must act before the deadline, the senator said.',
    'name',
  ],
  [
    'Officials said the bridge would reopen in the spring.',
    'Officials said the bridge would reopen in the summer.',
    'number',
  ],
  [
    'Police Chief Maria Lopez said officers responded within minutes.',
    'Police Chief Maria Lopez said deputies responded within minutes.',
    'wording',
  ],
  [
    '"This is a historic day," Lopez told reporters.',
    '"This is a historic day," Lopez told journalists.',
    'wording',
  ],
  [
    'The festival drew visitors from across the Midwest.',
    'The festival drew visitors from across the region.',
    'name',
  ],
  [
    'Voters in Georgia will decide the race in a runoff.',
    'Voters in Georgia will settle the race in a runoff.',
    'wording',
  ],
  // Round twenty-eight, numerals and months as ordinary words (first, one of, may, march,
  // second): 8/10 at first run. Fixed: an article before a number word (a dozen / twelve). Left
  // out: about an hour / about two hours, a number flag and a wording flag (hour / hours).
  [
    'The plan was first proposed by the city council in the spring.',
    'The plan was initially proposed by the city council in the spring.',
    'wording',
  ],
  [
    'It is one of the largest projects in the state.',
    'It is among the largest projects in the state.',
    'wording',
  ],
  [
    'Officials may delay the vote until next week.',
    'Officials might delay the vote until next week.',
    'wording',
  ],
  [
    'Protesters plan to march to the Capitol on Saturday.',
    'Protesters plan to walk to the Capitol on Saturday.',
    'wording',
  ],
  [
    'The second phase of the project will begin soon.',
    'The next phase of the project will begin soon.',
    'wording',
  ],
  [
    'Residents were told to stay home for a few days.',
    'Residents were told to stay home for several days.',
    'wording',
  ],
  [
    'A dozen families were displaced by the fire.',
    'Twelve families were displaced by the fire.',
    'number',
  ],
  [
    'The team lost for the third time this season.',
    'The team lost for the fourth time this season.',
    'number',
  ],
  ['Nobody was hurt, police said.', 'No one was hurt, police said.', 'wording'],
];
