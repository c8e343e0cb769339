"""Indirect signs: hopelessness, feeling a burden, goodbyes, giving things away, no way out, not
being here much longer, pain that cannot be borne, thoughts of death. Any of these, with nothing
explicit, makes the verdict ``concern``: the patient is asked gently, never alarmed.
"""

from afterglow.safety.language.rule import Rule, rule
from afterglow.safety.language.verdict import Level

Q = Level.CONCERN

_OTHER_THINGS = (
    r"(?:traffic|weather|wifi|internet|team|economy|service|food|printer|app|"
    r"software|game|show|season|market|commute|line|queue|construction|project|build|code|"
    r"car|bus|train|flight|coffee|house|kitchen|renovation|garden|paint|dog|cat|puppy)"
)
_GONE = r"(?:gone|dead|no longer here|not here any ?more|not around any ?more|not here|not around)"

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
        r"\b(?:i have|there is|i see|i got|i had) no (?:future|hope|way forward)\b|"
        r"\b(?:nothing|none of (?:it|this)|life) matters (?:any ?more|any longer|to me any ?more|"
        r"at all any ?more)\b|\b(?:there is )?no point (?:in )?(?:anything|trying any ?more|"
        r"any of (?:it|this)|to any of (?:it|this)|any ?more|in trying any ?more|in anything)\b",
        unless_after=r"(?:at|with|in (?:math|the kitchen|cooking|sports)|about (?:cooking|"
        r"directions|maps))",
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
        unless_after=r"(?:at (?:the|this) (?:party|meeting)|on the team|for (?:the|this) (?:trip|"
        r"weekend))",
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
        r"course|team|newsletter|project|colleague|coworker|boss|job|shift|landlord)))|"
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
        r"hear from me|time i will write|time i write)\b(?! (?:for|of) (?:the|this|today|"
        r"tonight|a while|now|before (?:the|my) (?:trip|session)))|"
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
        r"(?! (?:of (?:the|this) (?:parking|building|maze|room|lot|garage|mall|park|forest|"
        r"woods|contract|lease|deal|meeting)|except through))|"
        r"\b(?:the )?only (?:way out|way to (?:make|stop) (?:it|this|the pain)|escape|exit|"
        r"option left|way it ends)\b(?! (?:is through|is to|of the|of this (?:parking|building)))|"
        r"\b(?:feel|feeling|felt|am|i am|so|completely|totally|utterly|always|forever|"
        r"just) trapped\b(?! (?:in (?:traffic|an elevator|a lift|the elevator|the snow|the "
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
    ),
    rule(
        "unbearable",
        Q,
        r"\b(?:can not|could not|can no longer|do not know how to|do not know if i can|not sure "
        r"i can|no longer) (?:go on|keep going|keep living|carry on|continue|keep fighting|hold "
        r"on|hang on|keep doing this|do this) ?(?:like this|this way|any ?more|any longer|"
        r"much longer|for much longer)\b|\b(?:can not|could not) (?:go on|keep going|keep "
        r"living|carry on|keep fighting|hold on) ?(?:$|\||,)",
        unless_after=r"(?:with (?:the|this|my) (?:project|plan|work|diet|trip|job|class)|"
        r"the (?:trip|walk|hike|ride))",
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
        r"will get|is going to get) better\b|\bnothing (?:left )?to look forward to\b|"
        r"\b(?:stopped|stop|stopping) (?:believing|hoping)\b|\b(?:lost|losing|lose|have no|no "
        r"longer have|gave up|given up|giving up) (?:all )?hope\b|\bused to (?:have|feel) hope\b|"
        r"\b(?:can not|could not) (?:imagine|picture|see) (?:a |any |my )?(?:future|myself (?:in|at|"
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
        r"\bwhat is (?:even )?the point(?: of (?:anything|trying|it all|any of (?:it|this)|me|going "
        r"on|getting up|carrying on|bothering|continuing|even trying|fighting|all this|this))?"
        r"(?: any ?more| now)? ?$",
    ),
    rule(
        "burden",
        Q,
        r"\b(?:life|lives|everything|things|it) would be (?:so much |a lot |much )?(?:easier|"
        r"better|simpler|lighter|happier) (?:for (?:everyone|everybody|them|him|her|my \w+) )?if "
        r"i (?:was|were|am) (?:not |never )?(?:in it|there|here|around|gone|alive|in the picture|"
        r"born|in their lives)\b|\bif i (?:was|were|am) (?:gone|dead|not (?:here|around|there|in it|"
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
        r"post|page)\b(?! (?:of|for) (?:the|this|today|tonight|a while|now|before))|\bsigning "
        r"off (?:for (?:the last time|good)|forever)\b|\b(?:will not|won t) be (?:writing|posting|"
        r"coming back|logging in|checking in) (?:here )?(?:again|any ?more)\b|\bhearing from me "
        r"(?:again|after (?:this|today|tonight)|any ?more)\b|\bthis is the end of (?:my|the) "
        r"(?:journal|story|road|line)\b|\b(?:said|say|saying) (?:all )?my goodbyes\b|"
        r"\b(?:if you (?:find|read|are reading) this|if anyone (?:reads|finds) this|whoever "
        r"(?:reads|finds) this)\b|\bnone of (?:it|this) (?:was|is) (?:your|anyone s) fault\b|"
        r"\bremember the good times\b|\bthank\w* (?:her|him|them|you|everyone|you all|u all) for "
        r"(?:everything|putting up with me|all (?:these|those) years)\b|\btake care of each "
        r"other\b|\b(?:letters?|notes?) (?:for|to) ~{0,4}(?:to open|for after|after i am|when i "
        r"am gone|since i (?:will not|won t) be)\b|\b(?:wrote|writing|write|written) (?:a |my )?"
        r"(?:letters?|notes?) ~{0,6}(?:for after|to open (?:when|after|once)|since i (?:will not|"
        r"won t) be)\b",
        about_writer=False,
    ),
    rule(
        "giving_away",
        Q,
        r"\b(?:who gets|who should get|who will get|who is getting|gets what|who should have|who "
        r"can have|who is having|who takes|who will take) (?:my|what|the)\b|\b(?:giving|gave|give|"
        r"given) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions)\b|"
        r"\b(?:found|find|finding) (?:new )?homes? for (?:all )?(?:of )?(?:my|the) (?:cat|cats|dog|"
        r"dogs|pets?|plants|fish|birds?|rabbits?|animals|hamster|chickens)\b|\brehom\w* (?:the|my|"
        r"our|all)\b|\b(?:signed|signing|sign) (?:over|away) (?:my|the) (?:savings|car|house|"
        r"flat|account|accounts|bank|pension|logbook)\b|\b(?:selling|sold|sell) (?:all )?(?:of )?"
        r"my (?:stuff|things|belongings) for (?:basically |almost )?nothing\b|\bmy (?:cat|dog|pets?|"
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
        r"through|options? left)(?: ?$| anywhere| from| for me| out)|\b(?:looking for|look for|"
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
        r"\b(?:grave|cemetery|heaven) ~{0,10}(?:see (?:him|her|them|you) soon)\b|\bi will (?:just )?"
        r"disappear (?:and|soon|forever|for good)\b|\b(?:soon|pretty soon|before long) i will "
        r"(?:not|no longer) be (?:a problem|around|here|a burden)\b",
        about_writer=False,
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
        r"\b(?:i am|i feel) (?:breaking|broken|shattered|crumbling)(?: ?$| down| apart)|"
        r"\b(?:can not|could not) (?:carry|hold|bear) (?:this|it|the weight) any ?more\b|"
        r"\b(?:can not|could not) survive (?:another|one more)\b|\b(?:too tired|done|finished) "
        r"(?:to keep going|fighting|trying)\b|\bout of (?:strength|fight)\b",
        unless_before=r"(?:job|boss|commute|meeting|game|match|race|workout|heat|deadline) ~{0,4}",
    ),
)
