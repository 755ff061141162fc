# A court story (AP): one paper prints it as sent; one swaps two paragraphs; one moves the
# background paragraph up to the top with small edits inside it; an OCR transcription of a
# column (hard wraps, rn/m, l/1, O/0 look-alikes).
STORY = """{w:Judge blocks state's new river dredging permits, citing harm to mussels|Judge blocks state's new river dredging permits, citing harm to mussels|Judge halts river dredging permits over threat to mussels|Judge blocks state's new river dredging permits, citing harm to mussels}

{o:By THEO VANDERMEER|By THEO VANDERMEER||By THEO VANDERMEER}

{n:NASHVILLE|NASHVILLE|NASHVILLE|NASHVILLE}, Tenn. (AP) — A federal judge on {u:Tuesday|Tuesday|Tuesday|Tuesday} blocked Tennessee from issuing new gravel dredging permits on the {n:Duck River|Duck River|Duck River|Duck River}, saying the state had not shown that the work would not harm {u:two|two|two|two} endangered mussel species.

U.S. District Judge {n:Evangeline Marcotte|Evangeline Marcotte|Evangeline Marcotte|Evangeline Marcotte} wrote in a {u:41-page|41-page|41-page|4l-page} order that the {n:Tennessee Department of Environment and Conservation|Tennessee Department of Environment and Conservation|state Department of Environment and Conservation|Tennessee Department of Environment and Conservation} "{w:failed to consider|failed to consider|failed to consider|failed to weigh}" its own biologists' {w:warnings|warnings|warnings|warnings}{p:.|.|.|,}

The lawsuit was brought in {u:March|March|March|March} by the {n:Southern Rivers Defense Fund|Southern Rivers Defense Fund|Southern Rivers Defense Fund|Southern Rivers Defence Fund} and {u:three|three|three|three} landowners in {n:Maury County|Maury County|Maury County|Maury County}{p:,|,|,|} who said dredging had {w:muddied|muddied|muddied|rnuddied} the river below their farms.

"{w:This river|This river|This river|The river} has more kinds of freshwater mussels than all of Europe," said {n:Odalys Pritchett|Odalys Pritchett|Odalys Pritchett|Odalys Pritchet}, the group's lawyer. "Once they're gone, they're gone."

{w:The Duck River|The Duck River|The Duck River|The Duck River} {w:runs|runs|runs|flows} {u:284 miles|284 miles|284 miles|248 miles} through central Tennessee and is home to {u:more than 50|more than 50|more than 50|more than 5O} mussel species{p:,|,|;|,} {w:according to|according to|according to|according to} the U.S. Fish and Wildlife Service. {w:Two of them|Two of them|Two of them|Two}, the {n:birdwing pearlymussel|birdwing pearlymussel|birdwing pearlymussel|birdwing pearlymussel} and the {n:Cumberland monkeyface|Cumberland monkeyface|Cumberland monkeyface|Cumberland rnonkeyface}, are listed as endangered.

A spokesman for the department, {n:Kyle Vandiver|Kyle Vandiver|Kyle Vandiver|Kyle Vandiver}, said the state was reviewing the ruling{w: and had not decided whether to appeal| and had not decided whether to appeal| and had not decided whether to appeal| and would decide soon whether to appeal}.

{o:The order does not affect 11 permits issued before January, which allow dredging to continue at sites near Columbia and Shelbyville until they expire.|The order does not affect 11 permits issued before January, which allow dredging to continue at sites near Columbia and Shelbyville until they expire.|The order does not affect 11 permits issued before January, which allow dredging to continue at sites near Columbia and Shelbyville until they expire.|The order does not affect 1l permits issued before January, which allow dredging to continue at sites near Columbia and Shelbyvil1e until they expire.}

Gravel companies say the permits {w:support|support|support|support about} {u:about 300|about 300|about 300|300} jobs. {n:Harlan Sturgis|Harlan Sturgis|Harlan Sturgis|Harlan Sturgis}, president of the {n:Middle Tennessee Aggregates Association|Middle Tennessee Aggregates Association|Middle Tennessee Aggregate Association|Middle Tennessee Aggregates Association}, called the ruling "a blow to {w:rural|rural|rural|small} employers{p:.|.|.|}"{w:||| He did not say how many jobs were at risk.}"""
A = dict(key='tennessean-ledger-b3', english=True,
    before='THE TENNESSEAN LEDGER | Wednesday, June 11, 2025 | 3B\n\n',
    after='\n\nLOTTERY\nCash 3 Midday: 4-0-7  Cash 4 Evening: 2-2-9-1\n\nSee more local news at tnledger.example\n')
B = dict(key='columbia-daily-herald-a2', english=True, order=[0,1,2,3,5,4,6,7,8,9],
    before='COLUMBIA DAILY HERALD\nA2 | Wednesday, June 11, 2025\n\n',
    after='\n\nPOLICE BLOTTER\n\nA Spring Hill man was charged with theft Monday after a trailer was reported missing from a farm on Carters Creek Pike.\n')
C = dict(key='river-valley-news-p6', english=True, order=[0,1,2,6,3,4,5,7,8,9],
    before='RIVER VALLEY NEWS  ·  Page 6  ·  June 12, 2025\n\nENVIRONMENT\n\n',
    after='\n\nEditor: Janet Lusk  |  news@rivervalley.example\n')
D = dict(key='ocr-shelbyville-times-p1', english=True, wrap=44,
    before='SHELBYVILLE TIMES-GAZETTE\nVOL 98 NO 161  WED JUNE 11 2025  50 CENTS\n\n',
    after='\n\nINDEX\nClassifieds 8  Comics 7  Obituaries 5\n')
WITNESSES = [A, B, C, D]
