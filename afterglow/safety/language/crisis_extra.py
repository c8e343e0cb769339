"""Explicit language, second round: the shapes the first rules missed, written by category.

Each rule here names a *shape* of saying it rather than a sentence: accepting death if it came
("if I didn't wake up I'd be fine with that"), a body that would stop, a vehicle that would hit
or be crashed on purpose, enough of a means "to not wake up", a means that is "for ending it",
an injury kept going "until it bled", checking out of life. They were written against the
development corpus's second round (see docs/safety-language.md, "How the corpus was written").
"""

from afterglow.safety.language.crisis_rules import _PILLS, _WANT, by_branch, word_bounded
from afterglow.safety.language.rule import Rule, rule
from afterglow.safety.language.verdict import Level

C = Level.CRISIS

_VEHICLE = r"(?:bus|car|truck|lorry|train|van|semi|taxi|tram|drunk driver|someone)"
_BODY = (
    r"(?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|hips?|hands?|ankles?|chest|"
    r"shoulders?|knuckles?|head|face|fingers?)"
)
_DEAD_IF = (
    r"(?:did not wake up|do not wake up|never woke up|never wake up|died|was dead|were dead|"
    r"was gone|were gone|did not make it|just stopped|did not come back|was not here|"
    r"was not alive|stopped breathing|never came back)"
)

RULES: tuple[Rule, ...] = (
    # Death accepted if it came: "if I didn't wake up tomorrow I'd be ok with that".
    rule(
        "wish_to_die",
        C,
        rf"\b(?:if|when) i (?:just |simply |quietly |somehow )?{_DEAD_IF} (?:~{{0,4}})?(?:i would|"
        r"i will|i am|i d|that would|it would|honestly i would) (?:be |feel )?(?:honestly |"
        r"totally |completely |really |perfectly |kind of )?(?:ok|okay|fine|alright|all right|"
        r"at peace|relieved|glad|happy|grateful|good) (?:with (?:that|it)|about (?:that|it))?",
        unless_after=r"(?:too|as well|either way)",
    ),
    # A wish for something to end one's life: "hoping a bus hits me", "my heart would stop".
    rule(
        "wish_to_die",
        C,
        rf"\b{_WANT} (?:that )?(?:a |the |some )?{_VEHICLE} (?:would |will |just |to )?"
        r"(?:hit|hits|hitting|run over|runs over|running over|plough into|take) me\b|"
        rf"\b{_WANT} (?:that )?my heart (?:would |will |to )?(?:just |finally )?"
        r"(?:stop|stops|give out|gives out|quit|quits)\b|"
        rf"\b{_WANT} (?:that )?(?:the |my )?(?:scan|tests?|biopsy|cancer|doctor|results?) "
        r"(?:had |would have |would |will )?(?:found|find|finds|show|showed|shows) something\b|"
        rf"\b{_WANT} (?:that )?i (?:would |will |could )?(?:get|got) (?:cancer|something "
        r"terminal|a terminal)",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:wish|wished|wishing|sometimes wish) (?:that )?(?:my (?:mom|mum|mother|"
        r"parents|dad|father)|they) (?:had )?(?:never had|never had me|did not have me|aborted "
        r"me|had not had me)\b|\b(?:answer|wish|want|thing i want|honest answer) is (?:just )?"
        r"(?:to not be alive|not to be alive|to be dead|to not be here|to die|not being alive|"
        r"being dead)\b",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:go|get|fall) to sleep and (?:just )?stay (?:there|asleep|that way)\b|"
        r"\b(?:sleep|asleep) (?:and|,) (?:never|not) (?:come back|wake|get up)\b|"
        r"\bi would (?:honestly |genuinely |actually )?(?:rather|sooner) (?:be dead|not "
        r"exist|not be alive|not be here)\b(?= ~{0,12}(?:not|no) (?:a |an )?(?:joke|"
        r"joking|expression|figure of speech|exaggerat\w*|kidding))",
    ),
    # Suicidal thoughts by another name: "SI is back", "the ending-it thoughts".
    rule(
        "suicidal_thoughts",
        C,
        r"\b(?:the )?si (?:is|was|has been|came|feels|got|keeps) (?:back|bad|worse|loud|"
        r"strong|creeping|here|again|coming back|getting worse|really bad|pretty bad)\b|"
        r"\b(?:ending - it|ending it|kill myself|killing myself|dying|death|suicide|suicidal|"
        r"dark|unalive) (?:thoughts|urges|ideas|fantasies)\b(?! (?:about (?:the|my) "
        r"(?:character|book|film|project)))",
        unless_journey=True,
    ),
    # Intent with a time: "not gonna be alive by friday".
    rule(
        "intent",
        C,
        r"\b(?:i am |i will |i )?(?:not|will not|never) (?:going to |gonna )?be (?:alive|"
        r"around|breathing|here) (?:by|on|at|after|for|past|next|this|to see) (?:friday|"
        r"monday|tuesday|wednesday|thursday|saturday|sunday|the weekend|tomorrow|tonight|"
        r"christmas|new year|my birthday|the end of|next|the morning|then)\b",
        about_writer=True,
    ),
    rule(
        "plan",
        C,
        r"\b(?:then|after that|and then|that night|and|so) i (?:will |am going to |can )?"
        r"(?:end it|end things|end my life|end everything|do it|go through with it)\b"
        r"(?= ?(?:$|\||,|\.|that is|thats|for good|tonight|then))",
        unless_before=r"(?:game|level|boss|race|chapter|season|match|argument|call|"
        r"meeting|fight|relationship) ~{0,6}",
    ),
    # A crash or fall chosen: "crash it into the bend on purpose", "make it look like an accident".
    rule(
        "method",
        C,
        r"\b(?:crash|crashing|crashed|drive|driving|drove|steer|steering|swerve|swerving|"
        r"go|going|went|run|running|walk|walking|jump|jumping|roll|rolling|wreck|wrecking) "
        r"~{0,6}(?:on purpose|deliberately|intentionally)\b|"
        r"\bmake (?:it|this|my death) (?:look|seem) like an accident\b|"
        r"\b(?:let go of|yank|jerk|turn) the (?:steering )?wheel ~{0,6}(?:over|off|into|"
        r"and go)\b|\b(?:drive|driving|drove|steer|steering|take|taking) (?:the|my) "
        r"(?:truck|car|van|bike|motorbike|motorcycle) (?:right )?(?:off|into) (?:the |a |it |"
        r"that )?(?:river|lake|cliff|edge|bridge|ravine|canyon|sea|ocean|quarry|wall|tree|"
        r"pillar|barrier|embankment|levee|side|oncoming|water|reservoir|into)\b|"
        r"\b(?:drive|driving|drove|crash|crashing) (?:my car |the car |it )?into (?:a |the )?"
        r"(?:concrete )?(?:pillar|bridge support|wall|tree|oncoming traffic|overpass|"
        r"barrier|lorry|truck)\b(?= ~{0,10}(?:purpose|accident|die|dead|end|never|want|"
        r"gone|over))",
    ),
    rule(
        "method",
        C,
        r"\b(?:walk|walking|wade|wading|swim|swimming) (?:in|into|out|out into) ~{0,4}(?:and )?"
        r"(?:keep|kept|keeping) (?:walking|going|swimming)\b|\b(?:until|till|til) i "
        r"(?:drown|drowned|sink|sank|go under|can not breathe|stop breathing)\b|"
        r"\b(?:throw|throwing|threw|fling|hurl) SELF (?:off|from|under|in front of) "
        r"(?:it|that|there|of it|one|them)\b|"
        r"\b(?:garage|car) ~{0,8}(?:engine|motor|car) (?:on|running|going)\b|"
        r"\b(?:engine|car|motor) (?:on|running) ~{0,6}(?:garage|closed|doors? shut|hose)\b",
        unless_before=r"(?:he|she|they|his|her|their|the kids) ~{0,3}",
        unless_after=r"(?:to warm|while i (?:scrape|defrost|wait)|for (?:the heat|a minute|"
        r"a bit|heat)|to (?:charge|defrost))",
    ),
    # A means kept for it: "enough now to not wake up", "they're for ending it".
    rule(
        "preparation",
        C,
        r"\benough (?:~{0,4})?(?:now |already |by now )?to (?:not wake up|never wake up|die|"
        r"end it|end things|end my life|kill me|kill myself|do it|do the job|overdose|od|be "
        r"sure|make sure|stop my heart|not come back)\b|"
        r"\b(?:they are|these are|it is|that is|those are|this is|all) (?:for|to be used for) "
        r"(?:ending it|ending things|ending my life|the end|killing myself|when i go|my "
        r"exit|the last night|the night i)\b|"
        r"\b(?:bridges?|buildings?|car parks?|parking garages?|cliffs?|roofs?) (?:in (?:the|"
        r"this) (?:county|area|city|town) )?(?:without|with no|that do not have|that have no|"
        r"do not have|does not have|with the lowest) (?:barriers?|railings?|fences?|nets?)\b",
        unless_before=r"(?:he|she|they|his|her|their) ~{0,3}",
    ),
    rule(
        "preparation",
        C,
        rf"\b(?:from a different|from another|different|second|extra|more) (?:pharmacy|chemist|"
        rf"doctor|bottle|box|pack)\b ~{{0,8}}(?:so (?:nobody|no one|they do not)|notices|"
        rf"stockpil\w*|saving)|\b(?:shoebox|shoe box|drawer|stash|hiding place|secret place|"
        rf"box) with the others\b|\b(?:hoard|hoarding|hoarded|stockpile|stockpiling|"
        rf"stockpiled|collecting|saving up|saved up|squirrel\w* away) (?:~{{0,3}})?{_PILLS}\b",
        unless_before=r"(?:he|she|they|his|her|their) ~{0,3}",
    ),
    rule(
        "attempt",
        C,
        rf"\b(?:took|downed|swallowed|necked|had) (?:half|all|most|the rest|a handful|"
        rf"handfuls|a bunch|loads|two strips|a whole (?:bottle|box|pack)|everything) "
        rf"(?:of )?(?:the |my )?{_PILLS}? ?(?:~{{0,4}})?(?:hoping|so that|to make|wanting|"
        rf"and waited|to end|to not wake)\b|\bhoping (?:that would|it would|that d|this would|"
        rf"that will|it will|i would not|i will not|i d not) (?:be it|be the end|be enough|"
        rf"work|wake up|do it|finish)\b|"
        rf"\b(?:my|the) (?:suicide |last |first |second |third |recent )?attempt (?:was|in|"
        rf"last|earlier|back in|(?:\w+ )?(?:weeks|months|years|days) ago)\b(?! (?:at|to|on) )|"
        rf"\b(?:mad|angry|upset|sorry|disappointed|annoyed|gutted) (?:that )?it did not work\b",
        unless_before=r"(?:he|she|they|his|her|their|recipe|cake|bread|diet|sourdough) ~{0,3}",
        unless_after=r"(?:at|to) ",
    ),
    # Self-harm by shape: an injury kept going "until it bled", the razor "again".
    rule(
        "self_harm",
        C,
        rf"\b(?:my|own) {_BODY} ~{{0,3}}(?:until|till|til|to the point) (?:it|they|i) "
        r"(?:bled|bleeds|bleed|was bleeding|were bleeding|broke|split|bruised|burned|"
        r"blistered)\b|"
        rf"\b(?:dig|digging|dug|scratch|scratching|scratched|pick|picking|picked|claw|clawing|"
        rf"clawed|bite|biting|bit) (?:my )?(?:nails|fingernails)? ?into my {_BODY}\b|"
        r"\b(?:used|using|use|got out|took out) (?:the |my |a )?(?:razor|blade|blades|"
        r"sharpener|compass|lighter) (?:again|on (?:my )?(?:arm|wrist|thigh|leg|skin|myself))\b|"
        r"\bcutting (?:is|was|has been|helps|helped|works|worked|again|relieves|calms)\b|"
        r"\b(?:hit|hitting|bang|banging|banged|slam|slamming|slammed|punch|punching|punched) "
        r"my (?:head|fists?|hands?) (?:against|on|into) (?:the |a )?(?:door ?frame|door|wall|"
        r"floor|mirror|desk|radiator|sink|tiles)\b(?= ~{0,6}(?:over and over|until|till|"
        r"again|to make|so hard|to feel|to stop|bled|bruised|hard))",
        unless_before=r"(?:he|she|they|his|her|their|my (?:son|daughter|kid|friend)) ~{0,3}",
    ),
    rule(
        "slang",
        C,
        r"\b(?:early|permanent|final) (?:checkout|check out|exit|logout|log off) (?:from|of) "
        r"(?:life|this life|this world|existence|everything)\b|\b(?:check|checking|checked|"
        r"log|logging|clock|clocking) (?:out|off) (?:of|from) (?:life|this life|this world|"
        r"existence|this planet)\b|\b(?:considering|thinking about|planning|ready for|want) "
        r"(?:an |my |the )?(?:early |permanent |final )?(?:checkout|exit|log off|logout)\b"
        r"(?= ~{0,4}(?:life|world|for good|permanent|mean it|forever))",
    ),
)

# Round three: the plan told by its parts, being found, the ways people name it.
_FOUND = (
    r"(?:whoever|who|the one who|the one that|they|he|she|nobody|no one|noone|the kids|my son|"
    r"my daughter|my husband|my wife|my partner|mum|mom|dad|the neighbou?r|someone|the police)"
)
RULES += (
    rule(
        "preparation",
        C,
        rf"\b{_FOUND} (?:finds|find|will find|would find|does not find|do not find|is not the "
        r"one (?:who|that) finds|isnt the one who finds|has to find|have to find|found) "
        r"(?:me|my body)\b(?! (?:(?:a |an |the |some |my )?(?:job|book|flat|place|seat|keys|"
        r"phone|coat|number|date|bargain|house|room)|(?:funny|annoying|interesting|attractive|"
        r"charming|boring|useful|helpful|cute|weird|difficult|easy|online|on (?:the|a)|at "
        r"(?:the|work)|in (?:the|a) (?:kitchen|garden|library|pub|queue|crowd))))|"
        r"\b(?:when|after|once) (?:they|he|she|someone|people) (?:find|finds|found) (?:me|my "
        r"body)\b(?= ~{0,6}(?:gone|dead|body|note|letters?|envelopes?|ambulance|police|"
        r"seen|found|$))|\b(?:my body|the body)\b(?= ~{0,3}(?:is found|will be found|gets "
        r"found|to be found))|\b(?:want|picked|chosen|chose|picked out) (?:~{0,4})?to be found "
        r"in\b|\bfor (?:whoever|the person who|the one who) (?:finds|find|will find) "
        r"(?:me|my body)\b",
        unless_before=r"(?:game|hide and seek|hide and go seek|hiding|hide|lost) ~{0,4}",
    ),
    rule(
        "preparation",
        C,
        r"\bfor (?:after|when) i am (?:dead|gone|no longer here|not here)\b|"
        r"\b(?:after|once|when) i am (?:dead|gone)\b(?= ~{0,8}(?:passwords?|will|note|letters?|"
        r"dog|cat|money|account|kids|funeral|flat|house|sorted|know|find))|"
        r"\b(?:right |just )?before i (?:go through with it|do it|end it|end things|kill "
        r"myself)\b|\bfor when i (?:do it|go through with it|end it|go)\b(?= ~{0,4}(?:$|\.|,|"
        r"one|the))|\b(?:funeral|my funeral) (?:music|songs?|hymns?|playlist|outfit|plans?)\b"
        r"(?= ~{0,8}(?:for when|when i|after i|mine|my own|i want|i have picked|today))|"
        r"\b(?:picked|chose|chosen|planned|planning|choosing|arranged|arranging) (?:out )?my "
        r"(?:own )?funeral\b",
        unless_before=r"(?:his|her|their|mum s|mom s|dad s|nan s|grandma s|grandpa s|"
        r"father s|mother s) ~{0,3}",
    ),
    rule(
        "plan",
        C,
        r"\b(?:walk|go|drive|swim|hike|head|climb|wander|row|sail|set) (?:~{0,8})?and "
        r"(?:not|never) (?:come|coming|get|getting) (?:back|down|home|out)\b|"
        r"\b(?:and|to) (?:not|never) (?:come|coming) (?:back|down|home)\b(?= ?(?:$|\.|,|\||i |"
        r"this|for good|ever))",
        unless_before=r"(?:he|she|they|his|her|their|the cat|the dog|my (?:son|daughter|"
        r"brother|sister|dad|mum|mom)) ~{0,6}",
        unless_after=r"(?:until|till|til|for (?:a|the|an|hours|days|weeks|ages)|before|"
        r"empty|with|without (?:a|the|some))",
    ),
    rule(
        "plan",
        C,
        r"\b(?:(?:the|my) plan is (?:set|made|ready|done|the same|simple|in place)|"
        r"(?:got|have|made|i have) (?:a|the) plan now|plan has been the same|plans been the "
        r"same|i know which (?:bridge|night|train|day|building|cliff|pills|rope|tree|spot|"
        r"route|date|floor|road)|(?:mapped|worked|thought|planned|figured|sorted) (?:it )?"
        r"(?:all )?out (?:~{0,4})?(?:down to|how i would|which|the where|the timing)|sorted the "
        r"(?:where|how|when)|the where and the (?:how|when)|the steps of how i would|"
        r"(?:planned|planning|timing|timed|scheduled|scheduling) it (?:for|so|around) (?:when|"
        r"after|before|the)\b(?= ~{0,10}(?:finds|away|funeral|alone|is not|isnt|at my|"
        r"does not|will not|school|work trip|kids)))",
        unless_before=r"(?:party|trip|holiday|surprise|wedding|dinner|route|project|"
        r"birthday|move|race|proposal|heist|he|she|they) ~{0,6}",
    ),
    rule(
        "intent",
        C,
        r"\b(?:i have |i )?(?:decided|made up my mind|made my mind up|settled on it|chosen)"
        r" ~{0,4}(?:i am not going to|i will not) (?:survive|live|be (?:here|alive|around))\b|"
        r"\b(?:do not|not) expect to (?:survive|live through|be alive|make it through|see) "
        r"(?:the|this|next|past) (?:weekend|week|night|month|christmas|year|winter|spring|"
        r"summer|autumn|new year|my birthday)\b|\b(?:will|going to|am going to) stop living\b|"
        r"\b(?:going|go|went) through with it\b(?= ~{0,6}(?:no more|this time|tonight|for real|"
        r"finally|nearly|just waiting|chickening|backing out|soon|now|$))|"
        r"\b(?:stop|stopped) asking (?:whether|if) i will (?:end|kill|do)\b|"
        r"\bchickening out\b|\bno more backing out\b",
        unless_before=r"(?:surgery|operation|wedding|divorce|move|marathon|procedure|"
        r"interview|skydive|bungee|tattoo|haircut|he|she|they) ~{0,8}",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:can not wait|can not wait till|can not wait until|looking forward to|long for) "
        r"(?:till |until |to be |the day )?(?:i am )?(?:dead|gone for good|in the ground|my "
        r"death|dying|not here any ?more)\b|\b(?:oh no|ugh|damn|sadly|unfortunately) ,? "
        r"(?:i am )?still (?:alive|here|breathing)\b|\b(?:ask|asking|asked|beg|begging|pray|"
        r"praying|prayed) (?:god|the lord|him|the universe|jesus) (?:~{0,2})?(?:to )?(?:let|"
        r"will|would|to) (?:just )?(?:let )?(?:me die|take me|me not wake|end my life|call me "
        r"home)\b|\b(?:i|we) would (?:\w+ )?rather be (?:dead|in the ground|six feet under)\b"
        r"(?! than (?:(?:sing|do|go|wear|eat|sit|listen|watch|be seen|work|talk)\b))|"
        r"\bwish (?:it|life|everything|this) would (?:just )?stop now\b|"
        r"\b(?:hoping|hoped|hope) (?:for )?(?:the scan|the results?|the tests?|the biopsy) "
        r"(?:comes? back|came back|would come back|shows?) bad\b|\bhoping (?:for )?a reason "
        r"to (?:be allowed to )?die\b|\b(?:swap|trade) places with (?:anyone|someone|somebody) "
        r"(?:who is|whos|that is) dying\b|\b(?:get|got) hit (?:crossing|by) ~{0,4}(?:i would|"
        r"would) be relieved\b|\bif there is an afterlife i want to get there early\b|"
        r"\bhoping (?:it|the plane|we) would (?:just )?(?:go down|crash)\b|"
        r"\bwant to (?:disappear|vanish|dissapear) (?:permanently|permanantly|forever|for "
        r"good)\b(?! from (?:social|the internet|instagram|facebook|work|the group))|"
        r"\blie down somewhere ~{0,3}and not get up again\b|\b(?:had|have had) enough (?:of )?"
        r"life\b",
    ),
    rule(
        "suicidal_thoughts",
        C,
        r"\b(?:pictures?|images?|visions?) of (?:myself|me) dead\b|"
        r"\b(?:picturing|imagining|picture|imagine) (?:my own|my) (?:funeral|death|body)\b"
        r"(?= ~{0,6}(?:want|wanting|soon|comfort|happen|peace|relief))|"
        r"\bthink about (?:just )?(?:turning|jerking|yanking) the wheel\b|"
        r"\bhow easy it would be to (?:let go|fall|step off|jump|drive off|swerve|go over)\b|"
        r"\b(?:one|a single) (?:swerve|step|jump|turn of the wheel) and (?:it is|it would "
        r"be|i would be) (?:done|over|all over|the end)\b|\b(?:the )?(?:suicidal|suicide) "
        r"thoughts (?:were|are|have been|came|come) (?:back|quiet|loud|worse|bad|strong)\b|"
        r"\b(?:hanging|jumping|drowning|carbon monoxide|an overdose|overdosing|the pills|"
        r"the bridge|the rope|the tracks|the train|the gun) (?:seems|sounds|feels|looks|is) "
        r"(?:like )?(?:the )?(?:most certain|easiest|best|quickest|surest|simplest|cleanest|"
        r"least painful) (?:way|option|method)\b|\b(?:easiest|best|quickest|surest|most "
        r"certain|least painful) way (?:to die|out for me|to do it|to end it|to go)\b|"
        r"\b(?:as|an) (?:an )?option for me\b|\bchoosing how to die\b|"
        r"\b(?:tracks|train|trains|bridge|river|rope|gun|guns|pills|cliff|edge) "
        r"(?:keep|keeps|kept) calling (?:me|to me|my name)\b",
        unless_before=r"(?:he|she|they|his|her|their|character|film|book|novel) ~{0,4}",
    ),
    rule(
        "method",
        C,
        r"\b(?:timing|timed|counting|watching) the trains\b(?= ~{0,8}(?:step|jump|walk|in "
        r"front|out))|\b(?:stepping|step|walk|walking) out in front of\b|"
        r"\b(?:looking at|eyeing|eyed|staring at|looked at) the (?:rope|beam|belt|gun|guns|"
        r"pills|blade|bridge|ledge|tracks|rail) (?:~{0,4})?(?:differently|in a new way|"
        r"again|a lot|for a long time)\b|\b(?:car )?exhaust in the garage\b|"
        r"\bthat is how i would do it\b|\b(?:guns?|rifle|shotgun|pistol)\b ~{0,12}(?:to use "
        r"one|to use it|use one on myself|use it on myself)\b|\bjumping would do it\b|"
        r"\b(?:check|checked|checking|tested|testing|test) (?:if |whether |that )?(?:the|a) "
        r"(?:beam|hook|rail|banister|pipe|branch|ceiling) (?:~{0,6})?(?:take|hold|would take|"
        r"would hold|will take|will hold) my weight\b|\bwanna rope\b|\b(?:take|taking|took) "
        r"everything in (?:the|my) (?:medicine|bathroom|kitchen)? ?(?:cabinet|drawer|cupboard)"
        r"\b",
        unless_before=r"(?:he|she|they|his|her|their|character) ~{0,4}",
    ),
    rule(
        "attempt",
        C,
        r"\b(?:did|done) something (?:with|to) (?:my|the) (?:meds|pills|tablets|medication)\b|"
        r"\bmeant (?:it )?to be the end\b|\bmeaning to die\b|\bthe time i tried to (?:die|"
        r"end it|go)\b|\b(?:swallowed|took|downed) everything in the (?:cabinet|drawer|"
        r"cupboard|bottle|box)\b|\b(?:tried|trying|try) to die\b",
        unless_before=r"(?:he|she|they|his|her|their) ~{0,4}",
    ),
    rule(
        "self_harm",
        C,
        r"\b(?:i )?(?:sh d|shd|sh ed|sh again|sh tonight|sh last night|relapsed with the "
        r"(?:blade|razor))\b|\b(?:carved|carving|carve|etched|scratched) (?:a |the )?(?:word|"
        r"letters?|lines?|name) into my\b|\b(?:hit|hitting|punched|punching|beat|beating) my "
        r"(?:thighs?|arms?|legs?|stomach|face|head|chest) (?:with my fists? )?(?:until|till|"
        r"so hard|black|purple)\b|\b(?:hitting|hit|banging|bang) my head against the wall "
        r"(?:when|whenever|until|to)\b|\b(?:took|take|taking|get|got) the blade out of\b|"
        r"\bmade new ones\b|\b(?:cut|cutting|burned|burnt|burning|scratched) my (?:forearm|"
        r"arm|wrist|wrists|thigh|thighs|legs?|stomach|hip|skin)\b(?! (?:on (?:a|the) (?:nail|"
        r"fence|glass|door|branch|bramble|edge|tin|can|oven|tray|stove|pan|grill|iron|"
        r"kettle|barbed|wire|hedge|rose|bush|radiator)|shaving|while (?:cooking|gardening|"
        r"shaving|working|climbing)|by accident|accidentally|badly on|in the (?:kitchen|"
        r"garden|fall|accident)|(?:on|with) (?:a|the|some) (?:knife|saw|glass|paper|hot)))|"
        r"\b(?:pulled|pulling|pull) my hair out (?:~{0,3})?on purpose\b|\b(?:held|hold|holding) "
        r"my (?:hand|arm|finger|fingers) (?:on|over|against) the (?:hob|stove|iron|flame|"
        r"lighter|candle|hotplate) on purpose\b|\b(?:biting|bit|bite) my (?:arm|arms|hand|"
        r"wrist) (?:hard|until|till)\b|\bpain (?:to be )?on the outside\b",
        unless_before=r"(?:he|she|they|his|her|their|my (?:son|daughter|kid|friend|"
        r"brother|sister)) ~{0,4}",
    ),
    rule(
        "slang",
        C,
        r"\b(?:404|alt fa|alt f4|ctrl alt delete|uninstall|delete|yeet) (?:myself|my life|me "
        r"off)\b|\bk y s\b|\b(?:dirt nap|permanent nap|big sleep|forever sleep|eternal "
        r"sleep|long sleep)\b(?! (?:by|in|from) )|\bnot (?:to )?respawn\b|\b(?:log|logging) "
        r"off (?:permanently|for good|forever)\b|\b(?:going|go) home\b(?= ~{0,6}(?:ending|"
        r"the real words|kinder|for good|myself))|\bthe ending - myself thing\b|"
        r"\b(?:becoming|become) a ghost for real\b|\b(?:permanently|for good) checking out\b|"
        r"\bclocking out early\b|\b(?:catching|catch) the bus (?:soon|tonight)\b(?= ~{0,4}"
        r"(?:sorry|goodbye|bye|love you|forgive))",
    ),
)

# Round four: attempts told in passing, intent with a condition, methods being looked up.
_OTHERS_BEFORE = (
    r"(?:he|she|they|his|her|their|character|film|book|my (?:son|daughter|friend|client))"
)
_LOOKED = (
    r"(?:look\w* up|looked at|google\w*|search\w*|research\w*|read\w* (?:up )?(?:about|on)|"
    r"pricing up|priced up|reading a (?:whole )?thread (?:online )?about|watch\w* videos? (?:of|"
    r"about|on)|took notes on|eyeing|eyed)"
)
RULES += (
    rule(
        "attempt",
        C,
        r"\b(?:tried|try|trying|attempted) again\b(?= ~{0,4}(?:still here|woke|not sure|did not|"
        r"it did not|failed|survived))|\b(?:my|previous|past|prior|several) "
        r"(?:suicide )?attempts\b(?! (?:at|to|on) )|\b(?:two|three|2|3) attempts , one at\b|"
        r"\battempted (?:last|on|in|at|when|"
        r"twice|once|before|suicide)\b|\b(?:made|make) (?:a|an|my) (?:real |first |second |"
        r"serious |proper )?attempt\b(?! (?:at|to|on|of) )|\b(?:tried|try|trying) to (?:hang|"
        r"drown|gas|poison|overdose|shoot|electrocute|suffocate) (?:myself|me)?\b|\b(?:tried|"
        r"try|trying) to (?:go|do it)\b(?= ~{0,5}(?:did not (?:take|work)|failed|neighbou?r|"
        r"woke|hospital|garage|car|pills|bridge|last (?:year|christmas|month|week)))|"
        r"\bin (?:resus|a and e|hospital|icu|intensive care|the high dependency unit|a&e|the "
        r"er|the emergency room) after (?:taking|an overdose|swallowing|i took|taking all)\b|"
        r"\bwoke up (?:on|in) (?:the |a )?(?:bathroom floor|high dependency unit|icu|hospital)"
        r"\b(?= ~{0,8}(?:took|taking|pills|tablets|after|told|not told|have not told))|"
        r"\bmeaning to do it\b|\btalked me down (?:from|off)\b|\b(?:it|that) did not take\b|"
        r"\btook the lot"
        r"\b|\btook everything (?:i had|i d) (?:saved|been saving)\b|\b(?:jumped|threw myself) "
        r"(?:from|off) the (?:footbridge|bridge|car park|roof|balcony)\b(?= ~{0,8}(?:broke|"
        r"accident|survived|hospital|legs))|\bswerved into oncoming traffic on purpose\b|"
        r"\bclimbed over the (?:barrier|railing|fence)\b(?= ~{0,6}(?:froze|meaning|to do it|"
        r"jump))|\bstood on the (?:edge|ledge) (?:of the (?:bridge|roof|platform|cliff))\b",
        unless_before=rf"{_OTHERS_BEFORE} ~{{0,4}}",
    ),
    rule(
        "intent",
        C,
        r"\b(?:going to|gonna|will|i will|i am going to) (?:end it|do it myself|take care of "
        r"it myself|finish myself off|let myself go)\b|\bmy intention is to die\b|"
        r"\b(?:not going to|will not|am not going to) make it to (?:the|my) next "
        r"(?:appointment|session|birthday|christmas|check ?in)\b(?= ~{0,6}(?:not mean|do not "
        r"mean|$))|\bchecking out for good\b|\b(?:i am|i will be|then i am) ending it\b"
        r"(?! (?:with|on|by|at|in|early|"
        r"there|here|now))|"
        r"\bthe last (?:bad )?(?:week|winter|christmas|month) i (?:will|am going to) live\b|"
        r"\bthis is my last (?:winter|christmas|birthday|summer)\b(?= ~{0,3}(?:not doing|i "
        r"am not|no more))|\b(?:give|giving) (?:him|it|this|myself) (?:until|till) \w+\b"
        r"(?= ~{0,8}(?:do it|end it|going to))|\bi am going to let myself go\b",
        unless_before=rf"{_OTHERS_BEFORE} ~{{0,4}}|(?:game|level|project|season|argument) ~{{0,6}}",
    ),
    rule(
        "method",
        C,
        rf"\b{_LOOKED} (?:~{{0,3}})?(?:hanging|carbon monoxide|helium|charcoal|ligature|"
        r"poisons?|which (?:bridges|buildings|medications|pills|drugs|poisons|trains)|lethal|"
        r"how (?:people|to) (?:hang|overdose|die|kill)|overdos\w*|the cliffs|how many "
        r"(?:pills|tablets)|painless ways|how long it takes to (?:die|bleed))\b|"
        r"\b(?:which|what) (?:medications|pills|poisons|drugs|meds) are (?:lethal|undetectable|"
        r"deadly|fatal)\b|\b(?:high|tall) enough\b(?= ~{0,4}(?:to (?:die|do it|not survive)|"
        r"for it|$))|\bmy method (?:of choice|would be|is)\b|\bif i did it i would (?:use|go|"
        r"take|do)\b|\bit would be the (?:water|sea|river|train|trains|car|pills|rope|bridge|"
        r"motorway|cliffs?)\b(?= ?(?:$|,|always|i have))|\b(?:the pills|insulin|tablets|the "
        r"pills i have got|the meds) (?:~{0,6})?would (?:do it|be enough)\b|\bligature "
        r"(?:points?)?\b|\bstop taking (?:my )?insulin\b(?= ~{0,4}(?:let it|and die|happen))|"
        r"\b(?:knives|belt|cable|rope|hose) (?:~{0,6})?(?:look like options|on my mind|"
        r"thinking about it|as options)\b|\bweighing (?:down )?my pockets\b|"
        r"\bthe thinking is becoming researching\b|\bnot for travel reasons\b",
        unless_before=rf"{_OTHERS_BEFORE} ~{{0,4}}|"
        r"(?:nurse|doctor|course|training|safety) ~{0,4}",
        unless_after=r"(?:for (?:the|a|my) (?:essay|course|exam|shift|job|work|patient|ward|"
        r"client))",
    ),
    rule(
        "plan",
        C,
        r"\b(?:picked|chose|chosen|decided on|settled on|got) (?:a|the) (?:date|place|spot|"
        r"night|building|bridge|day)(?: picked)?\b(?= ?(?:$|,|and|picked|for|to|the|i|on))"
        r"(?! (?:for (?:the|our|my) (?:wedding|party|holiday|trip|move|meeting|picnic|"
        r"barbecue|bbq)))|\bi would do it (?:on|in|with|at|when|after|before)\b|"
        r"\b(?:going to|gonna|will|i will) do it (?:in|on|at|when|after|then|somewhere|once|"
        r"before)\b(?= ~{0,8}(?:garage|car|shed|quarry|wife|husband|away|remote|spare room|"
        r"locked|night|pills|term|results))|\bif i do it\b|\b(?:going|went) through (?:my|"
        r"the) plan\b|\b(?:the|my) plan running\b|\bi have a plan\b(?= ~{0,8}(?:not telling|"
        r"details|not even|$))|\b(?:it will|it ll|it is going to) be the (?:motorway|bridge|"
        r"railway|train|river|sea|cliffs?|car|pills|rope)\b|\bthe plan is (?:sea|the sea|the "
        r"river|the bridge|the car|pills|the rope)\b|\bnot check out\b|\bplanned down to\b|"
        r"\bi have decided (?:that is|thats) where\b|\bafter dark\b(?= ~{0,6}(?:plan|the "
        r"spot))|\bwhere no one would see\b",
        unless_before=rf"{_OTHERS_BEFORE} ~{{0,4}}|(?:party|trip|holiday|surprise|wedding|"
        r"dinner|race|proposal|project|essay|presentation|exam|tattoo|haircut) ~{0,8}",
    ),
    rule(
        "preparation",
        C,
        r"\b(?:goodbye letters?|goodbye notes?|suicide note|last letters?)\b|\b(?:written|"
        r"wrote|writing|finished|left) (?:the|my) note\b(?! (?:for (?:the|my) (?:milkman|"
        r"cleaner|babysitter|teacher|school|landlord|postman|neighbou?r about)))|"
        r"\b(?:bought|got|buying|ordered) (?:a|the|some) (?:rope|hose|helium|charcoal|noose)\b"
        r"(?= ~{0,8}(?:told|said|it was for|boot|in the boot|still there|garden|shed|$))|"
        r"\b(?:after i have done it|what i am about to do|i will be gone by then|so someone "
        r"can get in after|i will not need breakfast|choose the night|the night i go)\b|"
        r"\b(?:hose|tape|tarp|duct tape) (?:~{0,4})?in the boot\b|\bprescription i have been "
        r"saving\b|\bready whenever i decide to go\b|\bscheduled them for\b(?= ~{0,6}gone)",
        unless_before=rf"{_OTHERS_BEFORE} ~{{0,4}}",
    ),
)

# "Not wanting to live": the negation is the wish itself, not a denial of one.
RULES += (
    rule(
        "wish_to_die",
        C,
        r"\b(?:not|no longer|stopped|stop) (?:really |even |exactly |particularly )?wanting "
        r"to (?:live|be alive|be here any ?more|exist|go on living|wake up|keep living|keep "
        r"going|carry on)\b",
        negatable=False,
        unless_before=r"(?:he|she|they|his|her|their|my (?:son|daughter|friend|mum|mom|dad)) "
        r"~{0,4}|(?:posted|said|wrote|talk\w*|spoke|jok\w*|something|stuff) ~{0,4}about",
        unless_after=r"(?:in|at|with|near|like|on|here|there|early|at (?:the|this|that))",
    ),
)

# Preparation told by what it is kept for: words left "for after I'm dead", a means kept "for
# the end" or "for an overdose".
RULES += (
    rule(
        "preparation",
        C,
        r"\b(?:letters?|notes?|videos?|messages?|recordings?|voice notes?|emails?|cards?) "
        r"(?:~{0,8})?(?:to (?:find|read|watch|open|hear|get) )?(?:~{0,3})?(?:after|when|once|for "
        r"when) i (?:am|m) (?:dead|gone|not here|no longer here)\b|"
        r"\b(?:letters?|notes?|videos?|messages?|recordings?) (?:~{0,8})?(?:after|when|once) i "
        r"(?:die|kill myself|do it|have done it|go)\b",
        unless_before=r"(?:he|she|they|his|her|their|my (?:mum|mom|dad|gran|grandma|grandad|"
        r"grandpa|father|mother)) ~{0,6}",
    ),
    rule(
        "preparation",
        C,
        rf"\b(?:keep|keeping|kept|save|saving|saved|hold|holding|holding onto|put aside|putting "
        rf"aside|set aside|building up|stashing|stash) (?:~{{0,6}})?(?:them|it|{_PILLS}|every "
        r"(?:single )?(?:one|tablet|pill)|the rest|the lot|supply) (?:~{0,4})?for (?:the end|"
        r"an overdose|an od|overdosing|later|when the time comes|the day|the night|the real "
        r"thing|one night|my exit|ending it|when i (?:decide|am ready|go))\b",
        unless_before=r"(?:he|she|they|his|her|their) ~{0,3}",
    ),
)

RULES = by_branch(word_bounded(RULES))
