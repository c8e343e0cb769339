"""Indirect signs: hopelessness, feeling a burden, goodbyes, giving things away, no way out, not
being here much longer, pain that cannot be borne, thoughts of death. Any of these, with nothing
explicit, makes the verdict ``concern``: the patient is asked gently, never alarmed.
"""

from afterglow.safety.language.crisis_rules import by_branch, word_bounded
from afterglow.safety.language.rule import Rule, rule
from afterglow.safety.language.verdict import Level

Q = Level.CONCERN

_OTHER_THINGS = (
    r"(?:traffic|weather|wifi|internet|team|economy|service|food|printer|app|"
    r"software|game|show|season|market|commute|line|queue|construction|project|build|code|"
    r"car|bus|train|flight|coffee|house|kitchen|renovation|garden|paint|dog|cat|puppy)"
)
_GONE = r"(?:gone|dead|no longer here|not here any ?more|not around any ?more|not here|not around)"
# What people are fed up with on an ordinary day: "at the end of my rope with this printer".
_NUISANCE = (
    r"(?:printer|heat|noise|job|boss|kids|neighbou?rs?|weather|traffic|commute|course|project|"
    r"council|landlord|boiler|car|laptop|phone|internet|wifi|builders|exam|exams|essay|"
    r"homework|toddler|baby|puppy|dog|cat|flat|house|rain|snow|queue|shift|shifts|work|"
    r"meeting|meetings|diet|train|trains|bus|customers|manager|team|paperwork|admin|tax|"
    r"taxes|bank|insurance|app|website|cold|flu|hangover|cough|knee|back|shoulder|tooth|"
    r"migraine|headache|renovation|deadline|deadlines|landlady|hoover|dishwasher|fridge|"
    r"washing machine|schedule|rota|referee|club|government|place|office|school|uni|"
    r"university|teacher|class|lecture|flatmate|roommate|snoring|report|reports|assignment|"
    r"presentation|interview|test|results|match|game|election|season|dissertation|thesis|"
    r"audit|launch|wedding|move|inspection|ofsted|mortgage|application|visa|carbs|sugar)"
)
_NUISANCE_AFTER = (
    r" ?,? ?(?:with |at |about |from |in |of |over |for )?(?:this|the|my|these|those|our|that) "
    r"(?:[a-z]+ )?" + _NUISANCE + r"s?\b"
)

RULES: tuple[Rule, ...] = (
    rule(
        "hopelessness",
        Q,
        r"\bnothing (?:will|is going to|is ever going to|ever|can|could|is gonna) (?:ever )?"
        r"(?:get|be|make (?:it|me|this|things)|feel|change) ?(?:better|right|okay|ok|fine|"
        r"different|good|easier|worth it)?\b(?! (?:than|like|about|for (?:the|my|our) "
        r"(?:team|project|trip)))|\b(?:it|this|things|life|i|my life) (?:is|are|am|will) "
        r"(?:never|not ever) (?:going to |gonna )?(?:get|be|feel) (?:any )?(?:better|okay|ok|"
        r"happy|normal|well|good|easier|different)\b",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}",
        unless_after=r"(?:at|with|than|in (?:math|school|the kitchen)|without (?:coffee|sleep))",
    ),
    rule(
        "hopelessness",
        Q,
        r"\b(?:i am|i feel|feel|feeling|felt|i was|so|completely|totally|utterly|just|"
        r"really|been|everything (?:is|feels|seems)|it all (?:feels|seems|is)|life (?:feels|is|"
        r"seems)|i have been feeling|feels|seems|getting more) hopeless\b|\bhopelessness\b|"
        r"\bno (?:hope|future) (?:left|for me|any ?more|at all|whatsoever)\b|"
        r"\b(?:can not|could not|do not|no longer) see (?:a |any |my |the )?(?:future|way forward|"
        r"point|light at the end|reason to keep|way through|tomorrow)\b|"
        r"\b(?:i have|there is|i see|i got|i had) no (?:future|hope|way forward)\b(?! (?:on|at|"
        r"in|for (?:the|this|that)|with (?:the|this|that)))|"
        r"\b(?:nothing|none of (?:it|this)|life) matters (?:any ?more|any longer|to me any ?more|"
        r"at all any ?more)\b|\b(?:there is )?no point (?:in )?(?:anything|trying any ?more|"
        r"any of (?:it|this)|to any of (?:it|this)|any ?more|in trying any ?more|in anything)\b",
        unless_after=r"(?:at|with|in (?:math|the kitchen|cooking|sports)|about (?:cooking|"
        r"directions|maps)|(?:of|in) (?:the|a|an|this|that|these|those|his|her|their|your|our|"
        r"paying|buying|spending|going to)\b)",
    ),
    rule(
        "hopelessness",
        Q,
        r"\bwhat is (?:even )?the point(?: (?:any ?more|of (?:anything|any of (?:it|this)|it all|"
        r"me|trying|life|even trying|going on|getting up|fighting|this life|all this|"
        r"all of this|bothering)))? ?(?:$|\|)|"
        r"\b(?:give|giving|gave|given) up on (?:life|living|everything|SELF|it all|getting "
        r"better|ever getting better|me|the future|hope|happiness|being happy|ever being happy|"
        r"feeling better|recovery|treatment|this life|trying)\b|\b(?:i am|i have) (?:just )?"
        r"(?:given up|giving up)(?: completely| on everything| on it all)? ?(?:$|\||,)|"
        r"\b(?:i will|i am going to|will) (?:always|forever) (?:feel|be) (?:like this|this way|"
        r"broken|empty|miserable|depressed|alone|stuck|worthless|a failure|unhappy|this broken|"
        r"in this pain)\b|\bbeyond (?:help|saving|repair|fixing)\b|"
        r"\b(?:i am|i feel) (?:completely |so |totally )?(?:worthless|empty|numb|broken) "
        r"(?:and|,) (?:hopeless|alone|empty|done|tired)\b",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}",
    ),
    rule(
        "burden",
        Q,
        r"\b(?:better off|happier|easier|be fine|be okay|be ok|be better|lighter|freer|"
        r"relieved|be relieved|move on) without me\b|\b(?:i am|i am just|i am such|i feel like|"
        r"feel like|feel like i am|i have become|i am nothing but|i am only|i am always|"
        r"i will always be|i am becoming|always been|i was|i have always been) (?:a |such a |"
        r"just a |only a |nothing but a |an )?(?:burden|drain|waste of (?:space|oxygen|air|"
        r"life|skin)|liability|dead weight|weight around|problem for everyone|mistake)\b|"
        r"\b(?:burden|drain) (?:to|on|for) (?:everyone|everybody|my family|my kids|my wife|"
        r"my husband|my partner|them|my friends|people|those|the people|my parents|my mom|"
        r"my dad|everyone around)\b|\bworld (?:would be|is|will be) (?:a )?better "
        r"(?:place )?(?:off )?without me\b",
        unless_after=r"(?:on (?!(?:this earth|earth|this planet|my|everyone|everybody|them|him|"
        r"her|people|the people|those|you|us|literally|the family|all|the nhs|society|the world|"
        r"others|anyone)\b)|at (?!(?:the moment|this "
        r"point|times|this stage|the end))|in (?:the|"
        r"this|that|a) (?:team|class|group|kitchen|meeting|game)|on (?:the|this|our|my) (?:\w+ )?"
        r"(?:team|squad|side|rota|shift|course|pitch|"
        r"court|field|trip|project)|for (?:the|this) (?:trip|weekend|team)|when it comes to)",
        about_writer=False,
    ),
    rule(
        "burden",
        Q,
        r"\b(?:no one|nobody|noone|not a single person|not one person|not anyone) "
        r"(?:would|will|is going to|is gonna) (?:even )?(?:miss|notice|care|mourn|cry|come to "
        r"my funeral|remember)(?: me| if i| when i| that i|$| \|)|"
        r"\b(?:everyone|everybody|they|my family|my kids|people|my friends|the world|my parents|"
        r"my wife|my husband|my partner|my children) (?:would|will|might) (?:all )?be "
        r"(?:better|happier|fine|relieved|free|okay|ok|lighter)(?: off)? (?:if|when|once) "
        r"(?:i (?:was|were|am|left|died|disappeared|vanished)|i am|i was|i were)\b|"
        r"\b(?:i|all i do is) (?:ruin|ruins|ruined|make|wreck|poison|destroy) "
        r"(?:everything|everyone s life|everybody s life|their lives|everyone s lives|"
        r"every life i touch|everything i touch) ~{0,2}?(?:$|\||,)",
        negatable=False,
        about_writer=False,
    ),
    rule(
        "goodbye",
        Q,
        r"\b(?:goodbye|farewell|final|last) (?:letter|letters|note|notes|message|messages|"
        r"video|videos|post|words|texts|emails)\b(?! (?:of the|for (?:the|my|our) (?:class|"
        r"course|team|newsletter|project|colleague|coworker|boss|job|shift|landlord)|before|"
        r"until|till|from (?:the|my)|on (?:the|this)|of (?:the|my) (?:day|night|week|trip)|"
        r"today|tonight|for now|for a while))|"
        r"\b(?:writing|wrote|write|written|drafting|drafted|recorded|recording|left|leaving|"
        r"sent|sending|typed|typing) (?:a |my |the |some |out )?(?:letters?|notes?|messages?|"
        r"videos?|emails?|texts?) (?:to|for) (?:everyone|everybody|each of|my (?:family|kids|"
        r"children|mom|dad|parents|wife|husband|partner|sister|brother|friends|son|daughter|"
        r"best friend|therapist)|them|people|the people i love|those i love)"
        r"(?: ~{0,4})?(?:(?:to read )?(?:after|when|once|in case) (?:i am|i have) (?:gone|dead|not "
        r"here|no longer here|passed)|to say goodbye|saying goodbye|explaining (?:why|everything)|"
        r"goodbye|for after|for when i am gone|to find|to open after)\b",
        unless_before=r"(?:he|she|they|his|her|their|character|the hero) ~{0,3}",
    ),
    rule(
        "goodbye",
        Q,
        r"\bsay(?:ing|s)? (?:my |a )?(?:last |final |silent |quiet )?(?:goodbyes?) (?:to )?"
        r"(?:everyone|everybody|the world|life|you all|all of you|everything|this world|"
        r"the people i love|them all|my loved ones)\b|\b(?:this is|it is|here is|consider this) "
        r"(?:my|the) (?:last|final) (?:entry|goodbye|message|post|note|words|time you will "
        r"hear from me|time i will write|time i write)\b(?! (?:(?:for|of) (?:the|this|today|"
        r"tonight|a while|now)|before|until|till|from (?:the|my)|on (?:the|this)))|"
        r"\b(?:you|they|anyone|nobody|no one|everyone) (?:will not|will never|is not going to|"
        r"are not going to|will no longer) (?:have to )?(?:hear|see) (?:from )?me (?:again|ever "
        r"again|any ?more)\b|\b(?:the|my) last time (?:you|anyone|they) (?:will )?(?:hear|see) "
        r"(?:from )?me\b|\b(?:getting|got|put|putting|sorting|sorted|set|setting|have) "
        r"(?:all )?(?:my )?affairs in order\b|\bi love you all\b ~{0,3}?(?:goodbye|bye|forgive "
        r"me|i am sorry)\b|\bplease forgive me (?:for what i|for this|for leaving)\b|"
        r"\bthank you for everything (?:and )?(?:goodbye|i am sorry|forgive me)\b",
    ),
    rule(
        "giving_away",
        Q,
        r"\b(?:give|giving|gave|given|handing|handed|gifting|gifted) (?:away |out )?(?:all |most |"
        r"everything |some |the rest )?(?:of )?(?:my )?(?:things|stuff|belongings|possessions|"
        r"everything i own|everything i have|treasures|prized possessions|favorite things|"
        r"favourite things|valuables) (?:away )?\b(?!(?:to (?:goodwill|charity|the thrift|a "
        r"thrift|the church|donation)|for (?:the move|moving|charity)))|"
        r"\b(?:give|giving|gave|given) away (?:all of |most of |everything|my )"
        r"(?:my )?~{0,2}(?:since|because|so|as) i (?:will not|am not going to|do not|no "
        r"longer) (?:need|be needing|use|have use for)\b|\b(?:will not|am not going to|do "
        r"not|no longer|would not) (?:need|be needing|have any use for) (?:them|it|any of "
        r"(?:it|this|them|my (?:things|stuff))|my (?:things|stuff|clothes|books|car|savings|"
        r"money)) (?:any ?more |much longer |for long )?(?:where i am going|after|when i am "
        r"gone|soon)\b",
        unless_before=r"(?:declutter\w*|moving|minimalis\w*|kondo|spring clean\w*|charity|"
        r"donat\w*|goodwill|garage sale|yard sale) ~{0,8}",
    ),
    rule(
        "giving_away",
        Q,
        r"\b(?:found|finding|find|need to find|looking for|arranged|arranging|sorting out) "
        r"(?:a )?(?:new )?(?:homes?|someone|somebody|people) (?:for|to (?:take|look after|"
        r"care for|adopt)) (?:my|the) (?:cat|cats|dog|dogs|pets?|plants|fish|bird|birds|"
        r"rabbit|animals|kids|babies)\b|\bwho (?:will|would|is going to|can) (?:take care of|"
        r"look after|feed|walk|love|raise) (?:my|the) (?:cat|cats|dog|dogs|pets?|kids|"
        r"children|plants|fish)(?: when| after| once| if) i am " + _GONE + r"\b|"
        r"\bmake sure (?:my |the )?(?:cat|cats|dog|dogs|kids|pets?|children|plants|family) "
        r"(?:is|are|will be|gets?) (?:taken care of|looked after|okay|fine|safe|provided for)"
        r" (?:when|after|once|if) i am " + _GONE + r"\b",
        unless_before=r"(?:moving|move|allerg\w*|landlord|deployment|travel\w*|trip|vacation|"
        r"holiday|hospital stay|surgery) ~{0,8}",
    ),
    rule(
        "no_way_out",
        Q,
        r"\b(?:no|there is no|see no|can not see a|can not see any|can not find a|no other|"
        r"there is not a|there is not any|never find a|is not a) way out\b"
        r"(?! (?:of (?:the|this|that) (?:parking|car park|carpark|multi storey|station|airport|"
        r"estate|town|city|village|traffic|jam|building|maze|room|lot|garage|mall|park|forest|"
        r"woods|contract|lease|deal|meeting)|except through))|"
        r"\b(?:the )?only (?:way out|way to (?:make|stop) (?:it|this|the pain)|escape|exit|"
        r"option left|way it ends)\b(?! (?:is through|is to|of the|of this (?:parking|building)))|"
        r"\b(?:feel|feeling|felt|am|i am|so|completely|totally|utterly|always|forever|"
        r"just) trapped\b(?! (?:in (?:this|that|a|an|the|my|our) (?:[a-z]+ )?(?:meeting|"
        r"meetings|job|office|queue|lift|elevator|car|bus|train|flight|traffic|jam|room|"
        r"house|flat|building|game|class|lecture|conversation|call|contract|lease)\b|"
        r"in (?:traffic|an elevator|a lift|the elevator|the snow|the "
        r"car|a meeting|the airport|the office|a game|the rain|line|the queue|the house by "
        r"the (?:snow|storm))|at (?:work|the airport)|by (?:the )?(?:snow|storm|rain)))|"
        r"\bno escape (?:from )?(?:this|it|my|the pain|the thoughts|my head)\b|"
        r"\b(?:can not|could not|can never|will never) (?:escape|get out of|get away from) "
        r"(?:this|it|my (?:life|head|mind|thoughts|pain|brain|body)|the (?:pain|darkness|"
        r"thoughts|hole|pit))\b(?! (?:meeting|job|traffic|contract|lease|house|town))",
    ),
    rule(
        "not_being_here",
        Q,
        r"\b(?:will not|not going to|will no longer|may not|might not|probably will not|"
        r"will not even|am not going to) be (?:here|around|on this earth|in this world|"
        r"with you|alive) (?:much longer|for (?:long|much longer|much more)|by (?:then|next|"
        r"the end|christmas|spring|summer|my birthday|the time)|to see|any ?more|any longer|"
        r"soon|forever|tomorrow|next (?:year|christmas|summer|birthday))\b",
        unless_after=r"(?:~{0,3}(?:because|for|i am|on|at|due|travel|trip|vacation|holiday|"
        r"away|out of town|visiting|moving|conference|work|shift|office|school|class))",
    ),
    rule(
        "not_being_here",
        Q,
        r"\b(?:when|after|once|if|by the time) i am (?:gone|dead|no longer here|not here any "
        r"?more|not around any ?more|in the ground|not alive|six feet under)\b(?! (?:on|for) "
        r"(?:vacation|holiday|the trip|a trip|work|the weekend|a week|a few|two weeks|business))"
        r"|\b(?:soon|before long|one day soon) (?:it|nothing|none of this|none of it) "
        r"(?:will not|will|is not going to|is going to) (?:matter|hurt)(?: any ?more)?\b|"
        r"\b(?:will not|will never|wont|do not|will no longer) have to (?:deal with|worry "
        r"about|put up with|take care of|carry|look after|pay for|see|hear|support) me\b "
        r"(?:any ?more|much longer|for (?:much )?long|soon|again|ever again|after|once)\b|"
        r"\bi will be gone (?:soon|by|before|tomorrow|for good|forever|and|,)\b|"
        r"\b(?:be|i am|i will be) gone for good\b",
        unless_before=r"(?:he|she|they|dad|mom|grandma|grandpa) ~{0,2}",
        unless_after=_NUISANCE_AFTER,
    ),
    rule(
        "not_being_here",
        Q,
        r"\b(?:want|wanted|wanting|wish|wished|wishing|need|needed|long|longing) (?:to|i "
        r"could) (?:just )?(?:disappear|vanish|fade away|not be here|not be around|not exist for "
        r"a while|be invisible forever|evaporate|dissolve into nothing|go away forever)\b",
        unless_after=r"(?:for (?:a|the|an) (?:while|bit|week|few|day|weekend|month|hour|"
        r"moment|year|couple)|to (?:the|a) |into (?:a |the |my |bed|work)|from (?:social|this|"
        r"the|work|facebook|instagram|the party|the group|the meeting)|under (?:the|my) "
        r"(?:covers|blanket|duvet)|in (?:a|the|my) (?:book|hole|blanket|bed|crowd)|"
        r"on (?:a|an|the) (?:island|trip|road))",
        unless_journey=True,
    ),
    rule(
        "not_being_here",
        Q,
        r"\b(?:ready to die|ready to go now|not afraid (?:to die|of dying|of death)|"
        r"at peace with (?:dying|death|the idea of dying)|(?:okay|ok|fine) with dying|"
        r"made peace with dying|accepted that i will die soon)\b|"
        r"\b(?:thinking|thought|think|thoughts|obsessing|obsessed|fixated|dreaming) "
        r"(?:about|of|on) (?:death|dying|being dead|my (?:own )?death|my (?:own )?funeral|"
        r"not being here|disappearing forever|not being around|who would come to my funeral|"
        r"how people would react|the end)\b",
        unless_journey=True,
        unless_before=r"(?:he|she|they|grandma|grandpa|mom|dad|character) ~{0,3}",
    ),
    rule(
        "unbearable",
        Q,
        r"\b(?:can not|could not|can no longer|no longer|can barely|not able to|unable to) "
        r"(?:take|handle|bear|stand|cope with|do|live with|face|keep doing|survive|endure|"
        r"deal with|manage) (?:it|this|this pain|the pain|any of (?:it|this)|much more|life|"
        r"living|another day|one more day|this life|my life|the thoughts|these thoughts|the "
        r"darkness|the emptiness|feeling like this|being me|being alive|existing) ?(?:any ?more|"
        r"any longer|much longer|for much longer)\b|\b(?:can not|could not|can no longer|"
        r"no longer|can barely) (?:take|handle|bear|face|survive|endure|do) (?:another day|one "
        r"more day|this pain|the pain|life|living|being alive|existing|another night|another "
        r"week)\b(?! (?:at|of|in|with|without))",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}|(?:heat|cold|noise|job|boss|commute|"
        r"neighbors|music|smell|snoring) ~{0,3}",
        unless_after=_NUISANCE_AFTER,
    ),
    rule(
        "unbearable",
        Q,
        r"\b(?:can not|could not|can no longer|do not know how to|do not know if i can|not sure "
        r"i can|no longer) (?:go on|keep going|keep living|carry on|continue|keep fighting|hold "
        r"on|hang on|keep doing this|do this) ?(?:like this|this way|any ?more|any longer|"
        r"much longer|for much longer)\b|\b(?:can not|could not) (?:go on|keep going|keep "
        r"living|carry on|keep fighting|hold on|keep doing this|do this) ?(?:$|\||,)",
        unless_after=r"(?:with (?:the|this|my) (?:project|plan|work|diet|trip|job|class)|"
        r"the (?:trip|walk|hike|ride))|" + _NUISANCE_AFTER,
        unless_before=r"(?:meeting|job|project|work|class|diet|plan|commute) ~{0,4}",
    ),
    rule(
        "unbearable",
        Q,
        r"\b(?:want|need|wish|just want|wanted|needed|all i want is for|make) (?:it|the pain|"
        r"everything|this|it all|all of it|the hurt|the suffering|my life|the thoughts|the "
        r"voices|the noise in my head|this feeling|the feeling) to (?:stop|end|be over|go away)"
        r"(?: forever| for good| permanently| once and for all)?\b|\bmake (?:it|the pain|"
        r"everything|this|the thoughts|the voices|the hurt|the suffering) (?:all )?stop "
        r"(?:forever|for good|permanently|once and for all)\b|\b(?:the )?pain is (?:too much|"
        r"unbearable|never ending|unending|too big|too heavy|too great|more than i can bear|"
        r"more than i can take|killing me)\b",
        unless_before=r"(?:back|knee|tooth|head|neck|hip|leg|shoulder|joint|stomach|period|"
        r"foot|feet|ankle|wrist|arm|migraine|physical|nerve|ear|eye|chest) ~{0,1}|"
        r"(?:rain|noise|meeting|week|semester|day|storm|music|drilling|party|construction|"
        r"heat|wait|flight|trip) ~{0,3}",
        unless_after=r" ?(?:in|on|from|around|behind|under|down) (?:my|the|his|her) |"
        + _NUISANCE_AFTER,
    ),
    rule(
        "hint",
        Q,
        r"\b(?:kys)\b|\b(?:everyone|they|you all|you) (?:will|would) (?:be sorry|miss me|regret "
        r"it|understand) (?:when|once|after) i am gone\b|\bone (?:last|final) (?:time|goodbye|"
        r"look) (?:before i (?:go|leave)|at everything)\b",
    ),
)

# Broader ways of saying the same things, written by category after measuring the corpus.
RULES += (
    rule(
        "hopelessness",
        Q,
        r"\b(?:it is|everything is|its|it all is|all of it is|this is all|trying is|life is|"
        r"everything feels|it all feels|it feels|the treatment is|all) (?:all )?(?:so |just |"
        r"completely |totally |utterly )?(?:pointless|meaningless|hopeless|futile)\b|"
        r"\bnothing (?:ever )?(?:gets|changes|helps|works|improves|will change|will help|will "
        r"work)(?: any ?more| for me| for people like me)?(?: ?$|,)|\bnothing (?:ever )?(?:gets|"
        r"will get|is going to get) better\b|\bnothing (?:left )?to look forward to\b(?! (?:this|"
        r"today|tonight|tomorrow|at|in|on|except|but|until|till|apart|besides|other than))|"
        r"\b(?:stopped|stop|stopping) (?:believing|hoping)\b|\b(?:lost|losing|lose|have no|no "
        r"longer have|gave up|given up|giving up) (?:all )?hope\b|\bused to (?:have|feel) hope\b|"
        r"\b(?:can not|could not) (?:imagine|picture|see) (?:a |any |my )?(?:future|myself (?:in|at"
        r"|"
        r"being|getting|ever)|me (?:in|being|ever)|things getting better|ever being|getting "
        r"better|being happy|being okay|a life)\b|\b(?:can not|do not) see (?:any |a )?(?:way|how) "
        r"(?:things|it|this|life|i) ~{0,2}(?:improve|get better|change|gets better|will be okay)\b|"
        r"\bmy life (?:is|feels) (?:already )?over\b|\bgoing through the motions\b|"
        r"\bfuture (?:is|looks|feels) (?:just )?(?:a )?(?:grey|gray|black|dark|empty|blank|"
        r"nothing|bleak|pointless)\b|\bthere is (?:just )?nothing (?:there|ahead|left|for me)\b|"
        r"\b(?:always|it always) (?:goes|go|going|comes) back to (?:the )?(?:dark|darkness|black|"
        r"grey|this)\b|\b(?:why|do not know why) (?:do |would )?i (?:even )?bother\b|"
        r"\b(?:no matter what|whatever) i do(?: ,)? ~{0,3}(?:nothing|it never|it does not|it is "
        r"always) (?:changes|helps|works|matters|gets better|the same)\b",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}",
        unless_after=r"(?:meeting|email|game|exercise|argument|homework|paperwork|task)",
    ),
    rule(
        "hopelessness",
        Q,
        r"\bwhat is (?:even )?the point(?: of (?:anything|trying|it all|any of (?:it|this)|me|going"
        r" "
        r"on|getting up|carrying on|bothering|continuing|even trying|fighting|all this|this))?"
        r"(?: any ?more| now)? ?$",
    ),
    rule(
        "burden",
        Q,
        r"\b(?:life|lives|everything|things|it) would be (?:so much |a lot |much )?(?:easier|"
        r"better|simpler|lighter|happier) (?:for (?:everyone|everybody|them|him|her|my \w+) )?if "
        r"i (?:was|were|am) (?:not |never )?(?:in it|there|here|around|gone|alive|in the picture|"
        r"born|in their lives)\b|\bif i (?:was|were|am) (?:gone|dead|not (?:here|around|there|in it"
        r"|"
        r"alive|in the picture))\b|\b(?:i am |i )?(?:ruining|ruined|ruin|wrecking|wrecked|"
        r"destroying|destroyed|draining|drained) (?:his|her|their|your|everyone s|everybody s|"
        r"everyones|my (?:family s|kids|partner s|husband s|wife s|parents|mom s|dad s)) "
        r"(?:life|lives)\b|\bi am the reason (?:she|he|they|everyone|my \w+) (?:is|are) (?:so )?"
        r"(?:tired|exhausted|unhappy|miserable|stressed|struggling|sad|broke)\b|"
        r"\b(?:make|makes|making) (?:everything|life|things) (?:harder|worse|more difficult) for "
        r"(?:everyone|everybody|them|my family|people)\b|\b(?:dragging|drag|bringing|bring) "
        r"(?:them|everyone|everybody|people|my family|the team|you all) down\b|"
        r"\b(?:be|i will be) (?:out of (?:everyone s|their|your) (?:hair|way)|a problem for "
        r"(?:anyone|no one|nobody)) (?:for good|soon|much longer|forever)?\b|\b(?:will not|would "
        r"not|will no longer) be a (?:problem|burden|bother|worry) (?:for|to) (?:anyone|anybody|"
        r"everyone|them|you|my family)\b",
        about_writer=False,
    ),
    rule(
        "goodbye",
        Q,
        r"(?:^|, )(?:goodbye|bye|farewell)(?: (?:everyone|all|world|for now|forever|x+))? ?$|"
        r"\b(?:i love you(?: all)?|i am sorry|thank you(?: for everything)?|forgive me|take care)"
        r"(?: ,)? (?:goodbye|bye)\b|\b(?:this is|it is) goodbye\b|\bgoodbye to (?:whoever|everyone|"
        r"all of you|you all|the world)\b|\b(?:hear|see|hug|hold|tell|call|called|hugged|visit|"
        r"visited) ~{0,5}one (?:last|final) time\b|\b(?:last|final) (?:journal )?(?:entry|"
        r"post|page)\b(?! (?:(?:of|for) (?:the|this|today|tonight|a while|now)|before|until|till|"
        r"from|on (?:this|the)))|\bsigning "
        r"off (?:for (?:the last time|good)|forever)\b|\b(?:will not|won t) be (?:writing|posting|"
        r"coming back|logging in|checking in) (?:here )?(?:again|any ?more)\b|\bhearing from me "
        r"(?:again|after (?:this|today|tonight)|any ?more)\b|\bthis is the end of (?:my|the) "
        r"(?:journal|story|road|line)\b|\b(?:said|say|saying) (?:all )?my goodbyes?\b|"
        r"\b(?:if you (?:find|read|are reading) this|if anyone (?:reads|finds) this|whoever "
        r"(?:reads|finds) this)\b|\bnone of (?:it|this) (?:was|is) (?:your|anyone s) fault\b|"
        r"\bremember the good times\b|\bthank\w* (?:her|him|them|you|everyone|you all|u all) for "
        r"(?:everything|putting up with me|all (?:these|those) years)\b(?! ~{0,5}(?:this "
        r"(?:year|week|term|month)|today|lately|recently|at work|on (?:the|my)|so far|for "
        r"(?:the|our|this|that|my) (?!end\b)\w+|at (?:the|my)|with (?:the|my)))|\btake care"
        r" of each "
        r"other\b|\b(?:letters?|notes?) (?:for|to) ~{0,4}(?:to open|for after|after i am|when i "
        r"am gone|since i (?:will not|won t) be)\b|\b(?:wrote|writing|write|written) (?:a |my )?"
        r"(?:letters?|notes?) ~{0,6}(?:for after|to open (?:when|after|once)|since i (?:will not|"
        r"won t) be)\b",
        about_writer=False,
        negatable=False,
        unless_before=r"(?:he|she|they|his|her|their|character|the hero) ~{0,3}",
    ),
    rule(
        "giving_away",
        Q,
        r"\b(?:who gets|who should get|who will get|who is getting|gets what|who should have|who "
        r"can have|who is having|who takes|who will take) (?:my|what|all my|the (?:dog|cat|"
        r"cats|dogs|pets?|house|flat|car|kids|children|ring|money|savings|plants|fish))\b|\b(?:givi"
        r"ng|gave|give|"
        r"given) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions)\b|"
        r"\b(?:found|find|finding) (?:new )?homes? for (?:all )?(?:of )?(?:my|the) (?:cat|cats|dog|"
        r"dogs|pets?|plants|fish|birds?|rabbits?|animals|hamster|chickens)\b|\brehom\w* (?:the|my|"
        r"our|all)\b|\b(?:signed|signing|sign) (?:over|away) (?:my|the) (?:savings|car|house|"
        r"flat|account|accounts|bank|pension|logbook)\b|\b(?:selling|sold|sell) (?:all )?(?:of )?"
        r"my (?:stuff|things|belongings) for (?:basically |almost )?nothing\b|\bmy (?:cat|dog|pets?"
        r"|"
        r"watch|ring|jewel\w*|guitar|car|books|plants|collection|things|stuff|savings|paintings) "
        r"(?:will go|goes|is going|are going) to (?:my|her|his|the)\b",
        unless_before=r"(?:moving|move|allerg\w*|landlord|deployment|travel\w*|vacation|holiday|"
        r"declutter\w*|minimalis\w*|kondo|charity|donat\w*) ~{0,8}",
        about_writer=False,
    ),
    rule(
        "no_way_out",
        Q,
        r"\b(?:i am|i feel|feel|feeling|felt|so) (?:so |completely |totally |just )?(?:stuck|"
        r"cornered|caged|imprisoned)(?: ?$| in (?:my (?:own )?(?:life|head|mind|brain|body)|this "
        r"(?:forever|life|body))| forever| with no)\b|\bno (?:exit|escape|doors|way forward|way "
        r"through|options? left)(?: ?$| anywhere| from (?:this|it|my|myself|the pain|the thoughts|"
        r"the darkness|life)| for me| out)|\b(?:looking for|look for|"
        r"search\w* for|keep looking for) an? (?:exit|escape|way out|door)\b|\b(?:can not|could "
        r"not) (?:escape|get out of|get away from) my own\b|\b(?:only|one) (?:one )?way out\b|"
        r"\bprisoner (?:in|of) my own\b|\b(?:i am|feel like i am|i feel like i am|feels like i am|"
        r"like i am) (?:drowning|suffocating|sinking)(?: ?$| and| in (?:this|my (?:own )?(?:life|"
        r"head|mind|thoughts)))|\b(?:walls|world) (?:are|is) closing in\b|\b(?:can not|could not) "
        r"find (?:the|a|any) (?:door|exit|way out)\b|\b(?:tried|try) every door\b|\bpulls? me "
        r"deeper\b|\b(?:all )?(?:locked|no) doors\b",
        about_writer=False,
    ),
    rule(
        "not_being_here",
        Q,
        r"\b(?:will not|would not|wont|will never|not going to) (?:have to )?(?:deal with|put up "
        r"with|worry about|see|carry|look after|take care of|think about|hear from) me (?:for "
        r"(?:much )?long|much longer|any ?more|again|soon|after)\b|\b(?:i|i will|i do not think i "
        r"will) (?:not )?be (?:here|around) (?:for|by|at|on|next) (?:christmas|my birthday|spring|"
        r"summer|the new year|next year|your|the|his|her)\b|\b(?:will not|won t|wont) be (?:here|"
        r"around|needing (?:it|them|the|my|any)|coming back|back)(?: ?$| after| by| for)|"
        r"\b(?:none of (?:this|it)|it) (?:will|is going to) (?:not )?(?:be my problem|matter) "
        r"(?:after|by|soon|much longer)\b|\bit (?:will not|won t|wont) matter (?:after|by|soon|"
        r"much longer|any ?more)\b|\b(?:last|final) (?:winter|summer|christmas|birthday|spring|"
        r"year) (?:i will|i ll|i have to|i am going to)\b|\bnot long now\b|\b(?:cancel|do not "
        r"bother booking|no need to book|do not book) (?:me|my) ~{0,4}(?:appointment|follow up|"
        r"session|infusion)s?\b|\bsee (?:him|her|them|you) soon\b ~{0,3}(?:grave|heaven)|"
        r"\b(?:grave|cemetery|heaven) ~{0,10}(?:see (?:him|her|them|you) soon)\b|"
        r"\bi will (?:just )?disappear (?:and|soon|forever|for good)\b|"
        r"\b(?:soon|pretty soon|before long) i will "
        r"(?:not|no longer) be (?:a problem|around|here|a burden)\b",
        about_writer=False,
        unless_after=r"(?:~|, ){0,10}?(?:i am |we are |i will be |we will be |because |as |"
        r"since )?(?:visiting|on holiday|on vacation|away|abroad|travel\w*|at a conference|"
        r"at work|on business|at a wedding|camping|moving|going to|flying|off to|in hospital|"
        r"having surgery)",
    ),
    rule(
        "unbearable",
        Q,
        r"\b(?:at|reached|hit) (?:my|the) (?:limit|end of my rope|breaking point|end of the "
        r"line)\b|\b(?:more|too much) than i can (?:handle|take|bear|cope with|stand)\b|"
        r"\b(?:hurts|is) too much to (?:keep going|go on|carry on|bear|live)\b|\b(?:every "
        r"(?:second|minute|day|hour) is|it is) (?:agony|torture|unbearable|hell)\b|"
        r"\b(?:i have|i ve|i got) (?:got )?nothing left(?: to give| in me)?\b|\b(?:can not|could "
        r"not) cope (?:any ?more|any longer)\b|\bhow (?:much )?(?:long|longer) (?:am i|do i have "
        r"to|can i) (?:supposed to )?(?:keep|go on|carry on|do this|keep doing this|survive)\b|"
        r"\b(?:do not|no longer) have it in me to (?:keep|go on|fight|carry on|try)\b|"
        r"\b(?:i am|i feel) (?:breaking|broken|shattered|crumbling)(?: ?$| down(?! (?:the|a|an|"
        r"my|some|it|them|those|these|boxes|cardboard)\b)| apart)|"
        r"\b(?:can not|could not) (?:carry|hold|bear) (?:this|it|the weight) any ?more\b|"
        r"\b(?:can not|could not) survive (?:another|one more)\b|\b(?:too tired|done|finished) "
        r"(?:to keep going|fighting|trying)\b(?! to (?!(?:live|get better|feel better|stay|"
        r"keep|be happy|be okay|be ok)\b))|\bout of (?:strength|fight)\b",
        unless_before=r"(?:job|boss|commute|meeting|game|match|race|workout|heat|deadline) ~{0,4}",
        unless_after=r" ?(?:with|on|for|over) (?!(?:life|everything|myself|this life|it all|"
        r"living|being alive|all of it|the pain|this pain)\b)|" + _NUISANCE_AFTER,
    ),
)

# Families of phrasings, widened by category: hedges ("honestly", "kind of", "i think") between
# the subject and the verb, British and American idiom, and the reasons people give.
_HEDGE = (
    r"(?:(?:really|honestly|genuinely|actually|just|kind of|sort of|truly|seriously|literally|"
    r"still|even|ever|probably|definitely|totally|completely|so|starting to|beginning to) ){0,3}"
)
_THINGS = (
    r"(?:things|it|this|life|my life|anything|everything|i|my depression|my mood|my head|"
    r"the depression|the treatment|the ketamine|this treatment|any of this|any of it|my brain)"
)
_BETTER = r"(?:better|well|okay|ok|right|good|normal|happy|easier|any better|any easier)"
_PEOPLE = (
    r"(?:everyone|everybody|people|they|them|my family|my kids|my children|my wife|my "
    r"husband|my partner|my parents|my mum|my mom|my dad|my friends|my boyfriend|my "
    r"girlfriend|the kids|my daughter|my son|you all|all of you|everyone around me|you)"
)
_POSSESSION = (
    r"(?:car|guitar|bike|ring|rings|watch|jewel\w*|necklace|records|record collection|vinyl|"
    r"vinyls|collection|paintings|art|artwork|books|book collection|plants|xbox|playstation|"
    r"ps5|console|games|camera|laptop|savings|money|pension|house|flat|piano|tools|clothes|"
    r"wardrobe|furniture|things|stuff|belongings|possessions|cat|dog|pets|fish|rabbit|"
    r"hamster|tortoise|chickens|bird|birds|horse|favourite \w+|favorite \w+|prized \w+)"
)
_OUT_OF_WAY = (
    r"(?:the picture|your way|everyone s way|everyones way|everyone is way|everyone is hair|"
    r"everyone s hair|everyones hair|your hair|their hair)"
)
_SOON_GONE = (
    r"(?:i will|i am going to|i will finally) (?:be|have) (?:gone|dead|at peace|free|out of "
    + _OUT_OF_WAY
    + r"|no longer (?:here|a problem|a burden)|not (?:here|around|a problem|a burden))\b(?! "
    r"(?:on|to|for|from|travel\w*|away|abroad|visiting|out of town|camping))"
)
# What people keep, not lend or pass on: given away, it is a sign.
_TREASURE = (
    r"(?:ring|rings|watch|jewel\w*|necklace|records|record collection|vinyl|vinyls|"
    r"collection|paintings|art|artwork|guitar|piano|savings|pension|things|stuff|belongings|"
    r"possessions|favourite \w+|favorite \w+|prized \w+|treasured \w+|precious \w+)"
)

RULES += (
    rule(
        "hopelessness",
        Q,
        rf"\b(?:do not|can not|could not|never|no longer|can no longer|struggle to) {_HEDGE}"
        r"(?:see|think|believe|imagine|expect|picture|feel like) (?:that )?(?:it is possible "
        rf"(?:that )?)?{_THINGS} (?:will |would |are going to |is going to |am going to |"
        rf"is gonna |can |could |might |are |is |am )?{_HEDGE}(?:get|getting|gets|be|being|"
        rf"feel|feeling|improve|improving|change|changing|turn around|turning around|"
        rf"lift|lifting|recover|recovering)(?: (?:any |much )?{_BETTER})?\b",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}",
        unless_after=r" ?(?:at|with|than|in (?:time|math|school)|before|by|until|till|for "
        r"(?:the|a|my|our) (?:trip|race|match|game|exam|party|wedding|holiday|shift))",
    ),
    rule(
        "hopelessness",
        Q,
        r"\b(?:it|this|things|life|my life|the pain|this feeling|the depression|my depression|"
        r"it all|this darkness|the darkness|the fog|the emptiness|nothing|none of it|none of "
        r"this) (?:is|are|will|does|do) (?:never|not ever|not) (?:going to |gonna )?(?:ever )?"
        r"(?:change|end|improve|stop|get better|go away|lift|ease|get easier|be different|"
        r"be any different|be okay|work)\b(?! (?:until|unless|till|if|before|for the (?:trip|"
        r"weekend)))",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}|(?:council|landlord|government|boss|"
        r"system|meeting|rain|weather|queue|traffic|noise|road|exam|lesson|class) ~{0,3}",
        unless_after=_NUISANCE_AFTER,
    ),
    rule(
        "hopelessness",
        Q,
        rf"\b(?:i am|i feel|i feel like|feel like|i am just|maybe i am|i must be) {_HEDGE}"
        r"(?:a lost cause|a hopeless case|beyond (?:help|saving|repair|fixing|hope)|past "
        r"(?:the point of )?(?:help|saving|fixing|hope)|unfixable|broken beyond repair|"
        r"too far gone|a waste of treatment)\b(?! (?:at|with|in|when it comes to|for (?:the|this)))"
        r"|\bwhat is (?:even )?"
        r"the use(?: any ?more| of (?:trying|anything|it|it all|going on|carrying on))? ?(?:$|,)|"
        r"\bwhy (?:do i |would i |should i )?(?:even |still )?(?:bother|try)(?: any ?more| "
        r"trying| with anything| with any of (?:it|this)| at all)? ?(?:$|,)|\bno light at "
        r"the end\b|\b(?:can not|do not|never) see (?:the |any )?light\b|\b(?:run|ran|running) "
        r"out of hope\b|\b(?:stopped|stop|do not|no longer|can not) (?:even )?(?:car(?:e|"
        r"ing)) (?:about )?(?:what happens to me|about anything|anything any ?more|about myself|"
        r"about living|if i live|whether i live|about the future|whether i wake up|if i wake "
        r"up|what happens next|about my life)\b|\bnothing (?:helps|works|is helping|is "
        r"working|has helped|has worked|ever helps|ever works)(?: for me| any ?more)? ?(?:$|"
        r",| and (?:nothing|it never)| nothing (?:ever )?will)|\bnothing (?:ever )?will "
        r"(?:help|work|change)(?: ?$| ?,)|\b(?:i am|i feel) (?:just )?(?:existing|going "
        r"through the motions|surviving not living)(?: ?$| ?,| not living| and)",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}|(?:belief|idea|story|voice|lie|old) that "
        r"~{0,2}|(?:printer|laptop|phone|computer|heater|"
        r"boiler|charger|remote|tv|shower|washing machine|app|website|diet|plant|plants) "
        r"~{0,4}",
    ),
    rule(
        "hopelessness",
        Q,
        rf"\b(?:i am|i will|i think i am|i know i am|i feel like i am) {_HEDGE}"
        r"(?:never|not ever) (?:going to |gonna )?(?:get|be|feel) (?:any )?(?:better|okay|ok|"
        r"happy|normal|well|myself again|right)\b|\bi (?:will|am going to) (?:always|forever) "
        r"(?:be|feel) (?:like this|this way|depressed|empty|broken|sad|miserable|numb)\b|"
        r"\b(?:done|finished|through) (?:trying|hoping|fighting)(?: ?$| ?,| any ?more| now| "
        r"to get better| to feel better| for anything)|\b(?:gave|given|giving|give) up "
        r"(?:hope|hoping|trying(?! to (?!(?:live|get better|feel better|be happy|stay alive|"
        r"survive|be okay|be ok)\b))|on myself|on ever|on feeling|on recovery|on the idea)\b|"
        r"\bno (?:hope|future)(?: ?$| ?,| for me| left| anymore| any ?more)",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}|(?:boiler|printer|diet|game|level|exam|"
        r"puzzle|crossword|recipe|garden|car|bike) ~{0,4}",
    ),
    rule(
        "burden",
        Q,
        rf"\b(?:i am|i feel like i am|i feel|feel like|i have become|i am always|i am just) "
        rf"{_HEDGE}(?:holding|dragging|weighing|pulling|bringing) (?:everyone|everybody|them|"
        r"my family|my kids|my partner|my wife|my husband|people|you all|you|her|him|the "
        r"family|us all|everyone around me) (?:back|down)\b|\b(?:they are|everyone is|"
        r"everybody is|people are|my family is|my friends are|they must be|everyone must be|"
        r"they have got to be) (?:all )?(?:so )?(?:sick|tired|fed up|exhausted|worn out) of "
        r"(?:me|having me around|looking after me|dealing with me|my shit|my moods)\b|"
        rf"\b(?:i am|i feel|i have always been|i am just) {_HEDGE}(?:too much|too needy|"
        r"too difficult|too hard to love|impossible to love|unlovable|more trouble than i am "
        r"worth|not worth the (?:trouble|effort|bother|hassle)|a waste of (?:everyone s|everyone "
        r"is|your|"
        r"their|everyones|his|her) (?:time|money|energy|love|effort)|a waste of (?:money|"
        r"resources|a bed|a place|time)|a drain on (?:everyone|everybody|them|my family|the "
        r"nhs|resources|you)|a disappointment to (?:everyone|everybody|them|my family|my "
        r"parents))\b|\b(?:deserve|deserves|deserved) (?:a |so much )?better (?:\w+ )?than "
        r"me\b|\b(?:all i (?:ever )?do is|i only|i just|i always) (?:cause|bring|make) "
        r"(?:problems|trouble|pain|hurt|stress|worry|misery|more work) (?:for|to) "
        rf"{_PEOPLE}\b|\b(?:manage|cope|get on|do|get by|be happier|be better|be free|be "
        r"lighter) (?:just )?(?:fine |better |okay |well )?without me(?: ?$| ?,| around| here| "
        r"in the picture| in their lives| for good| forever| honestly| tbh| anyway)",
        about_writer=False,
        unless_after=r" ?(?:at (?:the|this|work)|on (?:the|this) (?:team|trip|project)|for "
        r"(?:the|this|a) (?:trip|weekend|day|week|shift|meeting|night)|while|when i am (?:away|"
        r"on))",
    ),
    rule(
        "goodbye",
        Q,
        r"\b(?:i am (?:so |truly |really )?sorry for everything|sorry for everything)(?: ?$| i "
        r"(?:have )?(?:done|put you through|caused)| and)|\b(?:please )?(?:look after|take care "
        r"of|watch over) (?:mum|mom|dad|the kids|my kids|the children|my children|my cat|my "
        r"dog|the cat|the dog|my family|my parents|my sister|my brother|each other|yourselves|"
        r"them) for me\b(?! (?:while|when|this|next|on|until|till|tomorrow|tonight|over|during|"
        r"for (?:a|the)))|\bi hope (?:you|they|you all|everyone|you both|mum|dad|my \w+) "
        r"(?:can|will|could) (?:one day |someday |eventually )?forgive me(?: ?$| ?,| one day| "
        r"someday| for (?:this|everything|what i|leaving|doing this|going))|\bplease (?:do not|"
        r"never|try not to) (?:blame yourselves|blame yourself|be sad|cry|grieve|mourn|miss "
        r"me)\b|\b(?:do not|try not to) (?:be sad|cry|grieve|mourn) (?:for me|when i am gone|"
        r"over me|after i am gone)\b|\bremember me (?:as|how|for|fondly|kindly|happy|smiling)"
        r"\b|\bplease remember me\b|\b(?:it|this) (?:is|was) not (?:your|anyone s|anyones|"
        r"anybody s|their|his|her) fault(?: ?$| ?,| what (?:i|happened)| i (?:did|chose|"
        r"decided)| that i)|\b(?:tell|let) (?:them|her|him|everyone|my \w+|mum|mom|dad|the "
        r"kids) (?:know )?(?:that )?i (?:loved|always loved) (?:them|her|him|you|everyone)\b|"
        r"\b(?:left|leaving|leave|wrote|written|writing|write) (?:a |some |my )?(?:letters?|"
        r"goodbye notes?) (?:for|to) (?:each of|everyone|everybody|all of|my (?:mum|mom|dad|"
        r"kids|children|family|parents|wife|husband|partner|sister|brother|son|daughter|"
        r"boys|girls|best friend))(?! (?:who|about|because|for (?:her|his|their) birthday|"
        r"for christmas|like|as|in (?:therapy|group|session)))|\b(?:this|that) (?:will be|is "
        r"going to be|was|is) (?:my|the) (?:last|final) (?:message|entry|post|note|words|"
        r"goodbye)\b(?! (?:for|of|before|until|till|from|on|in|today|tonight|this))|"
        r"\b(?:written|wrote|finished|left) (?:my|the) (?:note|letters)(?: ?$| and (?:left|"
        r"put|hid)| (?:on|in|under) (?:the|my) (?:pillow|table|desk|drawer|bed|kitchen "
        r"table))",
        about_writer=False,
        negatable=False,
        unless_before=r"(?:he|she|they|his|her|their|character|the hero|teacher|therapist) "
        r"~{0,3}",
    ),
    rule(
        "giving_away",
        Q,
        r"\b(?:giv|gave|gift|hand|pass|sign|transfer|left|leav|promis)\w* (?:away |over |on )?(?:a"
        r"ll "
        r"|most |the rest )?(?:of )?my (?:own |precious |beloved |grandma s |nan s |"
        rf"mum s |dad s |whole )?{_TREASURE} (?:away |over |on )?(?:to|over to)\b(?! (?:be |"
        r"get )?(?:repaired|fixed|cleaned|serviced|resized|valued|engraved|sold|appraised|"
        r"restrung|tuned)|(?:the|a) (?:shop|jeweller|jewellers|repair|pawn|pawnbroker|menders|"
        r"valuer|restorer|luthier|mechanic|garage|auction|museum|bank))|"
        rf"\b(?:can|could|should|will|gets to|is going to) (?:have|keep|take) my "
        rf"{_POSSESSION}\b(?! (?:while|for (?:the|a) (?:day|week|weekend|night|trip|month)|"
        r"tonight|tomorrow|until|till|when (?!i am gone)|back))|\bi want (?:you|her|him|them|"
        r"my \w+|\w+) to (?:have|keep|take) (?:my|all my|it now|them now|it after|them after|"
        r"it when i am gone|them when i am gone|it before)\b|\b(?:updated|update|updating|"
        r"made|making|wrote|writing|written|sorted|sorting|finished|signed|redone|redid|"
        r"rewrote|drew up|drawn up) (?:out |up )?(?:my|a) (?:will|last will)\b|\b(?:gave|"
        rf"given|giving|give) (?:away )?(?:my |the )?{_POSSESSION} (?:away )?(?:~|, ){{0,6}}"
        r"(?:will not|do not|no longer|would not) (?:need|be needing|have (?:a )?(?:use|need) "
        r"for)\b|\b(?:more use out of (?:it|them)|get more use (?:of|out of) (?:it|them)) "
        r"than (?:me|i)\b|\b(?:cancel\w*) (?:all )?(?:my )?(?:subscriptions|phone contract|"
        r"contract|memberships?|gym membership|direct debits) (?:~|, ){0,6}(?:will not|do not|no "
        r"longer) (?:need|be needing)\b|\bwho (?:will|would|is going to|can) (?:look after|"
        r"take care of|feed|have|take) (?:my|the) (?:cat|cats|dog|dogs|pets?|fish|plants|"
        r"rabbit|kids|children)\b ~{0,2}(?:when|after|once|if) i am (?:gone|not here|dead)\b|"
        r"\b(?:found|finding|arranged|arranging|sorted|sorting) (?:someone|somebody|a "
        r"person|a friend|my \w+) (?:to|who will|who can) (?:take|have|look after|care for|"
        r"adopt) (?:my|the) (?:cat|cats|dog|dogs|pets?|fish|plants|rabbit|animals|chickens|"
        r"bird|birds)\b",
        about_writer=False,
        negatable=False,
        unless_before=r"(?:declutter\w*|moving|move|minimalis\w*|kondo|spring clean\w*|"
        r"charity|donat\w*|goodwill|garage sale|yard sale|boot sale|ebay|allerg\w*|landlord|"
        r"deployment|travel\w*|trip|vacation|holiday|downsiz\w*|upgrad\w*|new one|baby|"
        r"birthday|christmas|wedding|hospital stay|surgery) ~{0,8}",
        unless_after=r" ?(?:(?:the |a |an |our )?(?:charity|goodwill|thrift|oxfam|tip|dump|"
        r"recycling|church|food bank|shelter|red cross|salvation army|hospice shop|school)|"
        r"for (?:her|his|their) (?:birthday|wedding|christmas)|as a "
        r"(?:gift|present)|for christmas|because (?:i|we) (?:got|bought|upgraded|are getting)|"
        r"since (?:i|we) (?:got|bought|upgraded)|when (?:she|he|they) (?:passes|pass|turns|"
        r"turn|moves|move)|(?:i|we) (?:got|bought) a new)",
    ),
    rule(
        "no_way_out",
        Q,
        r"\b(?:run|ran|running|am out|out) (?:out )?of (?:options|road|chances|choices|ways "
        r"out|places to turn)(?: ?$| ?,| now| completely| here| for me| and| with)|"
        r"\bbacked into a corner\b|\bno (?:other )?(?:options?|choices?|alternatives?)"
        r"(?: left)?(?: ?$| ?,| for me| any ?more| at all| but)(?! (?:to|for (?:the|a)))|"
        r"\b(?:hole|pit|darkness|place|mess|cycle|loop) (?:that )?i (?:can not|could not|will "
        r"never|am never going to) (?:climb|get|crawl|dig (?:my way|myself)|claw my way|"
        r"break|pull myself) out (?:of|from)\b|\b(?:can not|could not|will never|never) "
        r"(?:climb|crawl|dig myself|claw my way|pull myself|get myself) out of (?:this|the|"
        r"my|it)\b|\b(?:can not|could not|do not) see (?:a|any|the) way (?:out|through|"
        r"forward|past this|past it|beyond this)\b|\b(?:i am|i feel|feel|feeling|so) "
        r"(?:so |completely |totally |just )?stuck (?:and|with) (?:i )?(?:can not|could not|no "
        r"way|nowhere) (?:get out|escape|move|go)|\b(?:can not|could not|will never) get "
        r"out(?: of (?:here|this|it|this life|my head))? ?(?:$|,)|\bnothing (?:left|more|"
        r"else) (?:that )?i can do(?: ?$| ?,| now| any ?more)|\b(?:only|one) (?:one )?(?:way "
        r"out|exit|escape|option left|thing left to do)\b|\b(?:no way|nowhere) to (?:turn|"
        r"run|go|escape|hide)(?: ?$| ?,| any ?more| now| from (?:this|it|my))|\bno (?:way|"
        r"escape) (?:out )?from (?:this|it|my (?:head|life|mind|thoughts))\b|\b(?:trapped|"
        r"stuck|imprisoned) in my own (?:head|mind|life|body|brain)\b",
        about_writer=False,
        unless_before=r"(?:car park|parking|maze|lift|elevator|traffic|level|game|escape room|"
        r"puzzle|queue|meeting|airport|snow|storm|flight|train) ~{0,6}",
        unless_after=r" ?(?:of (?:the|this) (?:car park|parking|maze|lift|building|room|game|"
        r"level|contract|deal|lease)|in (?:traffic|the game|the maze))",
    ),
    rule(
        "not_being_here",
        Q,
        r"\b(?:it|this|everything|all of this|all of it|it all|the pain|all this) (?:will|is "
        r"going to|is gonna) (?:all )?be (?:over|done|finished) (?:soon|shortly|very soon|before "
        r"long|tonight|tomorrow)(?! (?:and (?:then|we|i can)|then (?:we|i can)|thank god|"
        r"hopefully (?:and|then)))|\b(?:soon|before long|shortly|pretty soon|very soon) "
        r"(?:it|this|everything|it all|all of this) (?:will|is going to) (?:all )?be (?:over|"
        r"done|finished)\b|\b(?:soon|before long|one day soon|shortly|in a few days) "
        rf"{_SOON_GONE}|\bby (?:next|the end of|this time next|tomorrow|friday|sunday|the "
        rf"weekend) ~{{0,2}}{_SOON_GONE}|\bi will (?:soon |finally )?be (?:gone|out of "
        rf"{_OUT_OF_WAY}) (?:soon|for good|forever|before long|shortly)\b|\bi will (?:finally )?(?:"
        r"be|find) "
        r"(?:at )?peace (?:soon|at last|"
        r"finally|before long)\b|\b(?:will not|do not think i will|never going to|not going "
        r"to|might not|may not|probably will not) (?:see|make it to|be here for|be around "
        r"for|live to see|get to see) (?:another|next|the next|my next|this|one more) "
        r"(?:christmas|birthday|spring|summer|winter|year|autumn|fall|new year)\b|\b(?:be|"
        r"get|set) (?:free|rid) of me\b(?! (?:that easily|so easily|easily|for (?:the|a)))|"
        r"\b(?:will not|would not) (?:be needing|need) (?:my |the |that |this |any |a )?"
        r"(?:next |repeat |follow up )?(?:appointment|follow up|prescription|refill|session|"
        r"infusion|meds|medication|therapy|booking|check in|review)s?\b|\b(?:do not|no need "
        r"to) (?:bother )?(?:book|booking|rebook|schedule) (?:me|my|another|the next|a "
        r"follow up)\b|\b(?:by|after|before) ~{0,3}(?:none of (?:this|it)|nothing) (?:will|is "
        r"going to) (?:be my problem|matter)\b|\b(?:none of (?:this|it)|nothing) (?:will|is "
        r"going to) (?:be my problem|matter to me)\b|\bi (?:will not|am not going to|do not "
        r"think i will|may not|might not) (?:be|still be) (?:around|here|alive) (?:much "
        r"longer|for (?:much )?long|to see (?:it|them|him|her|that|this|the|my|how|what|"
        r"you))\b|\b(?:i will not|"
        r"i will no longer) be a (?:problem|burden|bother|worry) (?:for|to) ~{0,2}(?:much "
        r"longer|for (?:much )?long|soon|anymore|any ?more)?",
        about_writer=False,
        negatable=False,
        unless_before=r"(?:exam|exams|term|semester|week|shift|project|surgery|wait|waiting|"
        r"holiday|trip|move|renovation|building work|job) ~{0,3}",
        unless_after=r" ?,? ?(?:just|only|then|thank|hopefully|and then|one more|two more|"
        r"three more|a few more)\b|" + _NUISANCE_AFTER,
    ),
    rule(
        "not_being_here",
        Q,
        r"\b(?:when|after|once|by the time) i am (?:gone|dead|no longer here|not here any "
        r"?more|not around any ?more|in the ground|not alive|six feet under)\b(?! (?:on|for|to) "
        r"(?:vacation|holiday|the trip|a trip|work|the weekend|a week|a few|two weeks|business|"
        r"the day|the shops|the store))",
        negatable=False,
        unless_before=r"(?:he|she|they|dad|mom|grandma|grandpa) ~{0,2}",
    ),
    rule(
        "unbearable",
        Q,
        r"\b(?:it is|everything is|this is|it all is|life is|it all feels|everything feels|it "
        r"is all|it feels|this is all|everything is all|it all|it is just|it is all just) "
        r"(?:all |just |getting |becoming |so |way |far |much )?(?:too much|more than i can "
        r"(?:take|bear|handle|cope with))(?: for me)?(?: ?$| ?,| to (?:bear|handle|take|cope|"
        r"carry)| any ?more| now| and i)|\b(?:at|reached|hit|past|beyond) (?:my )?breaking "
        r"point\b|\b(?:can not|could not|can no longer) (?:face|do|bear|survive|handle|take|"
        r"get through) (?:another|one more) (?:day|night|week|morning|minute|hour)(?: of "
        r"(?:this(?= ?$| ?,)|it|feeling|being|living))?\b(?! of (?!(?:this ?$|this ?,|it|feeling|"
        r"being|living|life|my life|pain|the pain)\b))|\b(?:can not|could not|can no longer|do not "
        r"want "
        r"to|refuse to) (?:live|go on|keep living|exist|carry on|keep going|keep existing) "
        r"(?:like this|this way|feeling like this|with this pain)\b|\b(?:can not|could not|"
        r"can no longer) (?:keep|carry on|go on) (?:fighting|fighting this|fighting it|"
        r"struggling|pretending|trying)\b(?! (?:to|with|for|the|over))|\b(?:can not|could "
        r"not) cope(?: ?$| ?,| any ?more| any longer| at all| with (?:anything|life|any of it|"
        r"any of this|it all|everything|this|it) ?(?:$|,| any ?more))|\b(?:i am|i feel like "
        r"i am|i feel|everything is|my life is|i am just) (?:completely |totally |slowly |"
        r"literally )?(?:falling apart|coming apart|crumbling|unravelling|unraveling|"
        r"drowning|going under|sinking)(?: ?$| ?,| and| inside| again| completely)|\bi "
        r"(?:just |really |honestly |literally |simply )?can not (?:do (?:it|this|life) |take "
        r"(?:it|this) |go on |cope )?any ?more(?: ?$| ?,)|\bi have (?:just |really |truly |"
        r"honestly )?had enough(?: of (?:everything|it all|all of it|this|fighting|feeling "
        r"like this|struggling|trying))?(?: ?$| ?,)|\b(?:end of my|end of the) (?:tether|"
        r"rope)\b|\bi (?:just |honestly )?(?:can not|could not) (?:bear|stand|take|handle) "
        r"(?:it|this|myself|being me|being alive|the pain|the way i feel|feeling like this)"
        r"(?: any ?more| any longer)?(?: ?$| ?,)|\b(?:the )?(?:pain|hurt|emptiness|darkness|"
        r"sadness|despair|numbness|loneliness) (?:is|has become|feels) (?:just )?(?:too much|"
        r"unbearable|too heavy|too big|unending|never ending|relentless|crushing)(?: ?$| ?,| "
        r"to (?:bear|carry|take|handle)| and| now| for me)",
        unless_before=r"(?:back|knee|tooth|head|neck|hip|leg|shoulder|joint|stomach|period|"
        r"foot|feet|ankle|wrist|arm|migraine|physical|nerve|ear|eye|chest|job|boss|commute|"
        r"meeting|game|match|race|workout|heat|deadline|printer|noise|neighbo\w*|traffic|"
        r"weather|rain|queue|kids are|toddler|baby|dog|puppy|builders|renovation|homework|"
        r"exam|exams|revision|essay|course|semester|project|shift|shifts|rota|landlord|"
        r"washing machine|boiler) ~{0,6}",
        unless_after=_NUISANCE_AFTER,
    ),
)

RULES += (
    rule(
        "burden",
        Q,
        r"\b(?:i|all i do is|i always|i just|i only) (?:ruin|ruins|ruined|wreck|spoil|mess up|"
        r"screw up|fuck up|make) (?:everything|everyone s life|everyone is life|it|things|life) "
        r"(?:worse |harder )?for (?:everyone|everybody|them|my family|people|the people i love|"
        r"you all|my kids|the kids)\b",
        about_writer=False,
    ),
    rule(
        "giving_away",
        Q,
        r"\bmade sure (?:my|the) (?:cat|cats|dog|dogs|pets?|fish|plants|rabbit|kids|children|"
        r"animals|chickens|horse) (?:will be|is|are|get|gets|would be) (?:looked after|taken "
        r"care of|cared for|fed|rehomed|okay|safe|provided for)(?: ?$| ?,| when| after| once| if| "
        r"for good| no matter what| whatever happens)|\b(?:will not|do not|no longer|would not) "
        r"(?:need|be needing|have (?:a |any )?(?:use|need) for) (?:my|any of my|all my) "
        r"(?:stuff|things|belongings|possessions|clothes|books|records|games|savings|money|"
        r"car|guitar|bike|furniture)\b(?! (?:for|on|at|during|while|when we|when i am "
        r"(?:away|on)|this (?:week|weekend|trip)))",
        about_writer=False,
        unless_before=r"(?:moving|move|declutter\w*|minimalis\w*|trip|holiday|travel\w*) "
        r"~{0,8}",
    ),
    rule(
        "hopelessness",
        Q,
        r"\b(?:is not|are not|has not|have not|does not|do not|never|nothing is) (?:been )?"
        r"(?:working|helping|work|help|worked|helped)(?: ?,)? (?:and|but) (?:it|they|nothing|i "
        r"know it|i do not think it) (?:never will|will never|probably never will|is never "
        r"going to|ever will|will ever|will not ever|will)\b",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}|(?:printer|laptop|phone|computer|heater|"
        r"boiler|charger|remote|tv|shower|washing machine|app|website|diet|plant|plants|"
        r"car|wifi|internet) ~{0,4}",
    ),
)
_MORE_USE = (
    r"(?:more use|will not need|do not need|no need for|no use for|not going to need|will not "
    r"be needing|keep (?:it|them) (?:for good|forever)|to keep|always (?:loved|liked|wanted|"
    r"admired)|meant for|for good|better home|deserves? (?:it|them) more)"
)
RULES += (
    rule(
        "giving_away",
        Q,
        rf"\b(?:give|gave|giving|given|handed|handing|passed|passing) (?:away |over |on )?"
        r"(?:all |most |the rest )?(?:of )?my (?:\w+ )?(?:car|bike|books|clothes|xbox|"
        r"playstation|console|games|laptop|camera|plants|furniture|tools|stuff|things|"
        rf"belongings|dog|cat|pets|fish|rabbit|chickens) (?:~|, ){{0,12}}{_MORE_USE}\b|"
        r"\barranged for (?:my \w+|someone|somebody|a friend|\w+) to (?:take|have|look after|"
        r"adopt|keep|rehome) (?:my|the) (?:cat|cats|dog|dogs|pets?|fish|plants|rabbit|animals|"
        r"chickens|bird|birds|horse|car|things|stuff)\b|\b(?:giving|gave|give|given|getting "
        r"rid of|got rid of|clearing out|cleared out|sorting out|sorted out|throwing out|threw "
        r"out) (?:~|, ){0,8}(?:less (?:for \w+ )?to (?:deal with|sort out|sort through|clear|"
        r"clean up) (?:later|after|when)|so (?:no one|nobody|they|my family|my kids) (?:has|"
        r"have|will have|would have|will not have|do not have|would not have) to (?:deal with|"
        r"sort|clear|go through) (?:it|them|my|everything|any of it) (?:later|after|when i))",
        about_writer=False,
        negatable=False,
        unless_before=r"(?:declutter\w*|moving|move|minimalis\w*|trip|holiday|travel\w*|"
        r"vacation|hospital stay|surgery|upgrad\w*) ~{0,8}",
        unless_after=r" ?(?:while|for (?:the|a) (?:week|weekend|fortnight|month|trip|day)|when "
        r"(?:i am|we are) (?:away|on)|until)",
    ),
    rule(
        "burden",
        Q,
        r"\b(?:cause|causing|caused|bring|bringing|brought|give|giving) (?:everyone|everybody|"
        r"them|my family|people|the people i love|you all|my kids|you|my partner|my parents) "
        r"(?:nothing but |so much |more )?(?:pain|problems|trouble|misery|grief|stress|hurt|"
        r"suffering|heartache)\b",
        about_writer=False,
        unless_before=r"(?:he|she|they|it|this|that|traffic|weather) ~{0,2}",
    ),
    rule(
        "hopelessness",
        Q,
        r"\bi (?:do not|no longer|will never|can not) (?:really |even |honestly )?(?:have|see) "
        r"(?:a|any|much of a) future(?: ?$| ?,| any ?more| left| at all| ahead| for me)",
    ),
    rule(
        "unbearable",
        Q,
        r"\b(?:can not|could not) (?:take|handle|bear|stand|cope with) (?:much|any) more(?: of "
        r"(?:this|it|this pain|this life|feeling like this))?(?: ?$| ?,)|\b(?:i am|i have been) "
        r"(?:really |just |honestly |so )?not coping(?: at all| well| any ?more| with anything)?"
        r"(?: ?$| ?,)|\b(?:this|it|life|everything|the pain|my life|living|existing|being "
        r"alive|being me|each day|every day|waking up) (?:is|feels|has become|has been) (?:so "
        r"|just |completely |utterly |absolutely |honestly )?(?:unbearable|unlivable|"
        r"intolerable|agony|torture|hell on earth|too much to bear)(?: ?$| ?,| and| now| for "
        r"me)|\b(?:do not know|not sure|no idea|wonder|unsure) how (?:much )?(?:longer|long) i "
        r"can (?:do this|keep (?:going|doing this|this up|fighting|living|on)|go on|carry on|"
        r"hold on|last|survive|take (?:it|this)|live like this)\b",
        unless_before=r"(?:back|knee|tooth|head|neck|hip|leg|shoulder|heat|noise|job|boss|"
        r"commute|traffic|weather|rain|builders|exam|exams|shift|shifts|meeting) ~{0,4}",
        unless_after=r" ?(?:at (?:work|this job|school|uni)|in this (?:job|heat|house|flat)|"
        r"with (?:this|the|my) (?:job|boss|heat|noise|commute))|" + _NUISANCE_AFTER,
    ),
    rule(
        "no_way_out",
        Q,
        r"\b(?:can not|could not|do not) see (?:a|any|the) way to (?:fix|solve|sort|get out "
        r"of|escape|change|make) (?:this|it|things|my life|anything|any of (?:it|this))(?: "
        r"better| okay| right)?(?: ?$| ?,| any ?more)",
    ),
)
RULES += (
    rule(
        "hopelessness",
        Q,
        r"\b(?:i will|i am going to|going to|i am gonna) (?:always |forever |just )?be (?:stuck|"
        r"trapped) (?:like this|in this|here|this way)(?: forever)?\b|\bnothing (?:good|nice|"
        r"better) (?:is )?(?:ever )?(?:going to|will|is gonna) (?:ever )?happen (?:to|for) me\b",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}",
        unless_after=_NUISANCE_AFTER,
    ),
    rule(
        "burden",
        Q,
        r"\bbetter off with (?:the |my )?(?:insurance|life insurance|inheritance|payout)\b|"
        r"\b(?:better off|happier|easier|better|fine) (?:for (?:everyone|everybody|them) )?if i "
        r"(?:had never been born|was never born|were never born|had not been born|never "
        r"existed|did not exist|had died|was not here|was not around|was gone|were gone|"
        r"disappeared|vanished|was dead|were dead)\b|\b(?:a|such a|just a|the) (?:weight|"
        r"millstone|albatross|anchor|drag) (?:on|around|round|to|for) (?:everyone|everybody|"
        r"them|my family|people|you all|the people|my kids|my partner|my parents)\b",
        about_writer=False,
    ),
    rule(
        "goodbye",
        Q,
        r"\b(?:this is|here is|consider this|take this as) my (?:goodbye|farewell)\b|\b(?:written|"
        r"wrote|writing|write|texted|texting|messaged|messaging|called|calling|rang|emailed|"
        r"emailing) (?:to )?(?:everyone|everybody|all|each of|my (?:family|kids|parents|friends|"
        r"loved ones)|the people i love|them all) ~{0,4}(?:to say goodbye|saying goodbye|"
        r"goodbye)\b|\bplease (?:do not|try not to) be (?:angry|mad|upset|cross) (?:with|at) "
        r"me(?: ?$| ?,| for (?:this|what i|doing|leaving))",
        about_writer=False,
        negatable=False,
        unless_journey=True,
    ),
    rule(
        "giving_away",
        Q,
        r"\b(?:put|putting|moved|moving|transferred|transferring|signed|signing) (?:all )?(?:of "
        r")?my (?:savings|money|house|flat|car|accounts?|pension|assets|everything|things) "
        r"(?:in|into|over to|to) (?:my \w+|her|his|their|\w+) (?:s )?(?:name|account)\b|"
        r"\bsign(?:ed|ing)? (?:over )?my (?:car|house|flat|savings|accounts?|pension|bike) "
        r"(?:over )?to\b",
        about_writer=False,
        negatable=False,
    ),
)
_AWAY = (
    r"(?:~|, ){0,10}?(?:i am |we are |i will be |we will be |because |as |since )?(?:visiting|on "
    r"holiday|on vacation|away|abroad|travel\w*|at a conference|at work|on business|at a "
    r"wedding|camping|moving|going to|flying|off to|in hospital|having surgery)"
)
RULES += (
    rule(
        "hopelessness",
        Q,
        r"\b(?:this|it|life|my life|things) (?:is|are) (?:just )?(?:how|the way) (?:it is|it will "
        r"be|things are|life is|my life is) (?:going to be|gonna be|always going to be) "
        r"(?:forever|now|from now on|for the rest of my life)\b|\b(?:always|forever) (?:going "
        r"to |gonna )?be (?:like this|this way)\b|\b(?:all )?(?:hope|my hope|any hope) (?:is|has) "
        r"(?:gone|lost|dead|died|run out|disappeared)(?: ?$| ?,| now| for me| completely)",
        unless_before=rf"{_OTHER_THINGS} ~{{0,2}}",
        unless_after=_NUISANCE_AFTER,
    ),
    rule(
        "burden",
        Q,
        r"\bmy (?:partner|wife|husband|boyfriend|girlfriend|kids|children|family|daughter|son) "
        r"(?:would|will|could) (?:be )?(?:so much |much |a lot )?(?:better off|happier) with "
        r"(?:someone|somebody|anyone) (?:else|better|normal)\b|\b(?:make|makes|making|made) "
        r"(?:everyone s|everyone is|everyones|everybody s|everybody is|their|my family s|my "
        r"family is|his|her|your|my partner s|my partner is) (?:lives?|day|days|life) (?:so "
        r"much |much |a lot )?(?:harder|worse|more difficult|miserable|hell)\b|\bi am (?:always "
        r"|just |only )?in (?:everyone s|everyone is|everyones|everybody s|everybody is|their|"
        r"your) way(?: ?$| ?,| all the time| constantly)|\bbetter off without (?:a|an) (?:\w+ "
        r")?like me\b|\bbetter off without someone like me\b|\b(?:i|all i do is|i only|i "
        r"just|i always) (?:ever )?(?:let|lets|letting) (?:everyone|everybody|people|them|my "
        r"family|you all|you) down(?: ?$| ?,| all the time| again| constantly| every time)",
        about_writer=False,
    ),
    rule(
        "goodbye",
        Q,
        r"\bplease tell (?:my \w+|them|everyone|her|him|mum|mom|dad|the kids) (?:that )?i "
        r"(?:love|loved) (?:them|her|him|you|everyone)(?: ?$| ?,| so much| very much| always)|"
        r"\btell (?:my \w+|them|everyone|her|him|mum|mom|dad|the kids) (?:that )?i (?:always )?"
        r"loved (?:them|her|him|you|everyone)\b|"
        r"\bif (?:anything|something) (?:happens|should happen|were to happen) to me\b|\bso "
        r"(?:you|they|everyone|you all) (?:will )?(?:know|understand) why(?: ?$| ?,| i did| i "
        r"had to| i chose| i could not)",
        about_writer=False,
        negatable=False,
        unless_journey=True,
    ),
    rule(
        "giving_away",
        Q,
        r"\b(?:dropped|left|took|gave|handed) (?:the|my) (?:dog|cat|cats|dogs|pets?|rabbit|fish|"
        r"bird|birds|horse|chickens|plants|car|guitar) ~{0,5}for good\b|\b(?:give|gave|giving|"
        r"given) away (?:all )?(?:of )?my (?:plants|cat|dog|pets|books|records|guitar|car|bike|"
        r"games|xbox|console|camera|jewel\w*|ring|watch|art|paintings|collection|things|stuff)"
        r"\b",
        about_writer=False,
        negatable=False,
        unless_before=r"(?:declutter\w*|moving|move|minimalis\w*|trip|holiday|travel\w*|"
        r"vacation|allerg\w*|downsiz\w*|landlord|baby) ~{0,8}",
        unless_after=r"(?:~|, ){0,6}?(?:before|because|since|as|when) (?:i am |we are |i was |we "
        r"were |i |we )?(?:moving|move|moved|downsizing|relocating|leaving for|going abroad|"
        r"emigrating|allergic|travel\w*|got|bought|upgraded)|(?:~|, ){0,3}?(?:to (?:the|a) "
        r"(?:charity|shop|school|church|library))",
    ),
    rule(
        "not_being_here",
        Q,
        r"\b(?:after|by|from) (?:tonight|tomorrow|this weekend|friday|saturday|sunday|next week|"
        r"today) (?:none of (?:this|it)|it|nothing) (?:will not|is not going to|will|wont) "
        r"(?:matter|be my problem)(?: any ?more)?\b|\b(?:do not|not) (?:plan|planning|intend|"
        r"intending|expect|expecting) (?:on |to )?(?:being|be) (?:around|here|alive) (?:for|by|"
        r"at|much longer|long|next)\b",
        about_writer=False,
        negatable=False,
        unless_after=_AWAY + "|" + _NUISANCE_AFTER,
    ),
    rule(
        "unbearable",
        Q,
        r"\bi (?:just |really |honestly |literally |simply )?can not (?:do it |take it |)?any "
        r"?more with (?:any of (?:this|it)|this|it|life|everything|all of (?:this|it))\b|"
        r"\b(?:so |really |just )?(?:tired|exhausted|weary|sick) of (?:fighting|struggling|trying|"
        r"being (?:strong|okay|brave)|pretending to be (?:okay|fine|happy)|surviving|hurting|"
        r"feeling like this|the pain|this pain|being in pain|suffering)(?: ?$| ?,| every| all "
        r"the time| so hard| any ?more| for so long| my own| this)|\b(?:the|this|my) (?:pain|"
        r"hurt|sadness|darkness|emptiness|despair|numbness) (?:never|does not|will not) "
        r"(?:stops?|ends?|goes? away|lets up|eases|lifts)(?: ?$| ?,)|\bhow (?:much )?more (?:of "
        r"this |of it )?i can (?:take|handle|bear|stand|cope with)\b|\b(?:i am|i am just|i am "
        r"so|so) done with (?:everything|it all|all of it|everyone|this life|all this|the "
        r"world)(?: ?$| ?,| now| honestly| tbh| i| and)",
        unless_before=r"(?:back|knee|tooth|head|neck|hip|leg|shoulder|heat|noise|job|boss|"
        r"commute|traffic|weather|rain|builders|exam|exams|shift|shifts|meeting) ~{0,4}",
        unless_after=r" ?(?:in (?:my|the) |at (?:work|this job|school|uni))|" + _NUISANCE_AFTER,
    ),
)
RULES += (
    rule(
        "hopelessness",
        Q,
        r"\b(?:life|my life|living|existence|everything|my existence) (?:has|holds|had) no "
        r"(?:meaning|purpose|point|value|joy)(?: ?$| ?,| for me| any ?more| left| at all)",
        unless_after=_NUISANCE_AFTER,
    ),
    rule(
        "goodbye",
        Q,
        r"\b(?:writing|wrote|write|leaving|left|recording|recorded) (?:this|these|a few|some) "
        r"(?:words |lines |notes? |letters? )?(?:to say goodbye|as (?:a|my) goodbye|so you "
        r"(?:know|understand) why)\b",
        about_writer=False,
        negatable=False,
        unless_journey=True,
    ),
    rule(
        "giving_away",
        Q,
        rf"\b(?:gave|give|giving|given|handed|left) (?:my \w+|her|him|them|\w+) (?:my|all my) "
        rf"{_TREASURE}\b(?! (?:to (?:be |get )?(?:repaired|fixed|cleaned|mind|look after|hold)|"
        r"for (?:the|a) (?:day|week|weekend|night)|while|until|back))",
        about_writer=False,
        negatable=False,
    ),
    rule(
        "no_way_out",
        Q,
        r"\b(?:buried alive|suffocating|drowning|trapped|stuck|imprisoned|caged|a prisoner|"
        r"locked (?:up|in)) in (?:my own|this) (?:life|head|mind|body|skin|brain)\b|"
        r"\b(?:trap|cage|prison|hell|nightmare|loop|cycle|hole|pit) (?:that )?i (?:can not|could "
        r"not|will never|can never) (?:escape|get out of|break out of|leave|climb out of)\b",
        unless_before=r"(?:game|level|escape room|maze|book|film|movie|show) ~{0,6}",
    ),
)
RULES += (
    rule(
        "not_being_here",
        Q,
        r"\b(?:will not|not going to|am not going to|not gonna|will no longer) be (?:here|around|"
        r"alive) (?:after|past|beyond) (?:this|tonight|today|tomorrow|the weekend|friday|"
        r"saturday|sunday|monday|next|christmas|my birthday)\b",
        negatable=False,
        unless_after=_AWAY,
    ),
)
RULES += (
    rule(
        "unbearable",
        Q,
        r"\b(?:do not think|not sure|doubt|do not know if|do not know whether|not convinced) i "
        r"can (?:go on|keep going|do this|cope|take (?:it|this|much more)|carry on|keep doing "
        r"this|survive (?:this|another)|last (?:much )?longer|hold on)\b",
        negatable=False,
        unless_after=r" ?(?:at (?:work|this job|school|uni)|in this (?:job|heat|house|flat))|"
        + _NUISANCE_AFTER,
    ),
    rule(
        "not_being_here",
        Q,
        r"\b(?:do not think|not sure|doubt|do not know if|do not expect) i will (?:make it|be "
        r"here|be around|be alive|last|survive|live) (?:to|till|until|through|past|for|by|much "
        r"longer|another) ?(?:christmas|next (?:year|spring|summer|month)|the end of the year|my "
        r"birthday|spring|summer|the new year|new year|another (?:year|winter))?\b",
        negatable=False,
        unless_after=_AWAY + "|" + _NUISANCE_AFTER + r"| ?(?:the|a|an|his|her|their|our) ",
    ),
)
RULES += (
    rule(
        "hopelessness",
        Q,
        r"\b(?:i )?(?:just |really |honestly )?want out(?: ?$| ?,| of everything| of it all| of "
        r"here for good| of this for good)",
    ),
)
RULES += (
    rule(
        "hopelessness",
        Q,
        r"\b(?:fed up|sick and tired) (?:of|with) (?:trying|fighting|hoping|struggling|being "
        r"like this|feeling like this|everything|it all)(?: ?$| ?,| any ?more| so hard| for "
        r"nothing)|\b(?:just |only )?waiting to die\b",
        unless_after=_NUISANCE_AFTER,
        unless_journey=True,
    ),
    rule(
        "burden",
        Q,
        r"\bi am (?:just |always |only |so )?(?:too much trouble|too much hassle|too much to deal "
        r"with|too much work|more hassle than i am worth)\b|\b(?:i|all i do is|i always|i just) "
        r"(?:ruin|ruins|ruined|wreck|wrecked|spoil|spoiled|destroy|destroyed) (?:everything|"
        r"everyone s life|everyone is life|everything i touch|every relationship)(?: ?$| ?,| "
        r"for everyone| i touch| always| again)|\b(?:be|live) (?:happy|okay|ok|fine|better) "
        r"without me\b",
        about_writer=False,
        unless_after=r" ?(?:at (?!(?:the moment|this point))|on (?:the|this) (?:team|trip)|for "
        r"(?:a|the|this) (?:day|week|weekend|night|trip)|while)",
    ),
    rule(
        "goodbye",
        Q,
        r"\bplease (?:do not|never|try not to) forget (?:about )?me\b|\bsorry (?:that )?i "
        r"(?:was not|could not be|am not|was never) (?:strong|good|brave) enough\b(?! (?:to|for|"
        r"at|in))",
        about_writer=False,
        negatable=False,
        unless_journey=True,
    ),
    rule(
        "no_way_out",
        Q,
        r"\b(?:can not|could not|can never) escape(?: ?$| ?,| from (?:this|it|myself|my|the "
        r"pain|the thoughts|the darkness))",
        unless_after=_NUISANCE_AFTER,
    ),
    rule(
        "not_being_here",
        Q,
        r"\bthis time (?:next|tomorrow)\b ~{0,3}i (?:will not|will no longer) be (?:here|"
        r"around|alive)\b",
        negatable=False,
        unless_after=_AWAY,
    ),
    rule(
        "unbearable",
        Q,
        r"\bi (?:just |really |honestly |seriously )?can not (?:take|handle|bear|stand) it(?: "
        r"?$| ?,)|\b(?:so |really |just )?(?:tired|exhausted|weary|sick) of (?:everything|it "
        r"all|all of it)(?: ?$| ?,| now| honestly| and)",
        unless_before=r"(?:heat|noise|job|boss|commute|traffic|weather|rain|builders|exam|exams|"
        r"shift|shifts|meeting|kids|neighbou?rs?|music|smell|snoring) ~{0,6}",
        unless_after=_NUISANCE_AFTER,
    ),
)

RULES = by_branch(word_bounded(RULES))
