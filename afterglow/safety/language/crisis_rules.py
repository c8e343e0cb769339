"""Explicit language: a wish to die, suicidal thoughts, intent, a plan, a method, preparation,
an attempt, self-harm. Any of these makes the verdict ``crisis``.

Written by category, not by sentence: each rule joins a verb phrase in all its forms to what
makes it the writer's own, and names the idioms that share its words ("killing myself laughing",
"cut myself shaving", "I'd rather die than sing karaoke").
"""

from afterglow.safety.language.rule import Rule, rule
from afterglow.safety.language.verdict import Level

C = Level.CRISIS

_PILLS = (
    r"(?:pills|meds|medication|medications|medicine|tablets|capsules|sleeping pills|"
    r"sleepers|benzos|xanax|ativan|klonopin|valium|ambien|tylenol|paracetamol|acetaminophen|"
    r"pill|tablet|capsule|zopiclone|zolpidem|quetiapine|amitriptyline|diazepam|lorazepam|"
    r"clonazepam|alprazolam|propranolol|sleeping tablets|co codamol|codeine|tramadol|"
    r"ibuprofen|advil|aspirin|painkillers|pain killers|pain meds|opioids|oxy|oxycodone|"
    r"oxys|percocet|vicodin|seroquel|lithium|insulin|antidepressants|prescriptions|"
    r"sertraline|zoloft|prozac|lexapro|trazodone|gabapentin|fentanyl|heroin)"
)
_PLACE = (
    r"(?:bridge|building|roof|rooftop|cliff|balcony|overpass|ledge|parking garage|"
    r"parking deck|tower|window|train|trains|tracks|railway|subway|bus|truck|lorry|traffic|"
    r"car|cars|semi|highway|freeway|ocean|sea|river|lake|tree|wall|edge|dam|quarry|"
    r"motorway|platform|express|metro|tram|freight|semi|oncoming|pier|water|waves)"
)
# What the person was doing when "I cut / burned / hurt myself" by accident, and idioms.
_ACCIDENT = (
    r"shaving|cooking|chopping|slicing|gardening|opening|cleaning|washing|working|"
    r"on (?:a |the |some |my |an )|with (?:a |the )?(?:kitchen|bread|paper|can|lid|oven|iron|"
    r"stove|pan|kettle|saw|knife while|tin)|while|at (?:the gym|work|practice)|lifting|"
    r"running|playing|skiing|hiking|climbing|falling|slipping|tripping|by (?:accident|mistake)|"
    r"accidentally|in (?:the|a|my) (?:kitchen|garden|yard|gym|shop|workshop|fall|game)|"
    r"out|off|short|some slack|a break|up|over|free|down|back|in half|loose|badly on"
)
_WANT = (
    r"(?:want|wants|wanted|wanting|wish|wished|wishing|would like|would love|long|longing|"
    r"yearn|yearning|hope|hoping|pray|praying|prayed|need|needed|just want|really want|"
    r"still want|only want|desperately want|am ready|was ready|crave|craving)"
)
_DEATH = (
    r"(?:die|be dead|not exist|stop existing|not be alive|not be here anymore|"
    r"not wake up|never wake up|not be here any ?more|sleep forever|disappear forever|"
    r"disappear for good|cease to exist|go to sleep and (?:not|never) wake up|"
    r"fall asleep and (?:not|never) wake up|not wake up again|be gone forever|be gone for good|"
    r"end it all|stop living|stop breathing|be with (?:my )?(?:mom|dad|grandma|grandpa) in "
    r"heaven|not be born|never have been born|rot in the ground|be erased|vanish forever)"
)
_ENDING = r"(?:end|ends|ending|ended|finish|finishing)"

RULES: tuple[Rule, ...] = (
    # --- the act itself, in every tense and spelling: kill / unalive / off / top myself ...
    rule(
        "act",
        C,
        r"\b(?:kill|kills|killing|killed|unalive|off|offing|offed|top|topping|topped|murder|"
        r"murdering|end|ending|ended|hang|hanging|hanged|hung|shoot|shooting|shot|"
        r"poison|poisoning|poisoned|gas|gassing|suffocate|suffocating|"
        r"strangle|strangling|smother|electrocute|electrocuting|stab|stabbing|overdose) SELF\b",
        negatable=True,
        unless_after=r"laughing|laugh|with laughter|trying|working|studying|training|"
        r"cleaning|over (?:a |an |it|this|that|nothing|something|every|little|small|stupid|such|"
        r"grades?|exams?|deadlines?|work|my (?:grades|exams|job|work))|"
        r"for (?:this|that|a |an |the |them|him|her|nothing|work|my job|school|money|"
        r"my kids|my family|other|people|years|months|weeks|hours|every)|"
        r"at (?:work|the gym|school|the office|my job|practice|the job)|"
        r"to (?:finish|get|make|meet|keep|please|impress|pay|hit|earn|stay|catch|be|look|fit|"
        r"learn|prove|save|support|provide)|with (?:work|stress|this project|overtime|"
        r"guilt|worry|caffeine|coffee|sugar|junk)|in the foot|in the leg|"
        r"into (?:work|my work|it|a project|projects|studying|hobbies|exercise|the gym)|"
        r"first thing|every morning|(?:doing|working) (?:this|that)",
        unless_before=r"(?:will|would|going to|gonna|is going to|are going to|gonna) (?:kill|murder) "
        r"SELF (?:if|when)|you|your|(?:you|he|she|they) (?:will|would)|"
        r"(?:mom|mum|dad|boss|wife|husband|partner|she|he|they) (?:is going to|will|would|"
        r"gonna|is gonna) ~{0,1}",
    ),
    rule("act", C, r"\b(?:do|doing|did) SELF in\b"),
    rule(
        "act",
        C,
        r"\b(?:drown|drowning|drowned|throw|throwing|threw|fling|flinging|flung|hurl|hurling) "
        r"SELF (?:in|into|off|from|under|in front of) (?:the |a )?(?:river|lake|sea|ocean|bath|"
        r"bathtub|tub|water|pool|traffic|bridge|building|roof|cliff|balcony|train|bus|truck|"
        r"car|window|tracks|waves)\b",
    ),
    rule(
        "act",
        C,
        r"\b(?:take|taking|took|taken) (?:my (?:own )?life|SELF out)\b",
        unless_after=r"(?:to|for) (?:dinner|lunch|a|the|coffee|brunch|drinks|breakfast|dessert)|"
        r"back|in (?:my|to) (?:own )?hands|seriously",
    ),
    rule(
        "act",
        C,
        rf"\b{_ENDING} (?:my (?:own )?(?:life|existence|suffering for good|time here)|it all|"
        r"everything for good|things for good|it for good|it once and for all|it permanently|"
        r"my misery|my pain for good|it tonight|it tomorrow|it this week|it soon)\b",
        unless_after=r"(?:with|between) ",
    ),
    rule(
        "act",
        C,
        r"\b(?:want to|wanted to|wanting to|going to|will|would|should|could|might|got to|"
        r"need to|have to|had to|about to|ready to|decided to|plan to|planning to|planned to|"
        r"just|finally|thinking (?:about|of)|thought (?:about|of)|think about|urge to|tempted to|"
        r"time to|try to|tried to|trying to|desire to|wish i could|i am|i will|i would|"
        r"considering|considered|contemplating|going through with|want it to|rather|"
        r"might as well|may as well|better|wanna|can|can not wait to)"
        r" (?:just |finally |really |simply |probably |actually |quietly |fucking |seriously )?"
        r"(?:end|ending|end this|end things|end everything|be done with it|get it over with|"
        r"check out|clock out|peace out|exit|off it|go through with it|do it)\b",
        unless_after=r"(?:with (?!(?:the|my|a) (?:car|gun|pills|rope|knife|razor|belt|bag|"
        r"bottle))|between|there|early|at |off|up|for (?:him|her|them|us|the day|"
        r"today|now|the week|the night)|before|here|on a|on the|this (?:year|week|month|"
        r"semester)|soon with|the (?:call|meeting|day|week|relationship|lease|project|job|"
        r"contract|friendship|conversation|session|chat|argument|fight|subscription|"
        r"marriage|year)|my (?:shift|day|lease|contract|subscription|relationship|marriage|"
        r"friendship)|of|in |to |out |from |it with|properly|right|better|perfectly|well|"
        r"again|myself|and (?:go|move|start)|tomorrow (?:morning|at))",
        unless_before=r"(?:the|a|an|this|that|his|her|their|our|its) ~{0,2}|"
        r"(?:you|he|she|they|we|someone) ~{0,2}|how|when|once|if|until",
    ),
    rule("act", C, r"\b(?:commit|commits|committing|committed|do|doing) suicide\b"),
    rule("act", C, r"\b(?:unalive|ctb|catch the bus ctb)\b"),
    rule(
        "act",
        C,
        r"\b(?:want to|wanna|going to|should|gonna|will|might|about to|ready to|i will|"
        r"i am going to|need to|just|could) kys\b",
    ),
    # --- suicide and suicidal: the writer's own (not a film, a statistic, or someone's loss)
    rule(
        "suicidal_thoughts",
        C,
        r"\bsuicid(?:e|al|ality)\b",
        unless_after=r"(?:prevention|awareness|hotline|line|lifeline|rates?|statistics|stats|"
        r"squad|bomber|bombing|bombings|mission|watch|risk assessment|training|walk|"
        r"survivors?|loss|bereavement|support group|doors|forest|pact of|epidemic|crisis line|"
        r"research|is (?:a|the) leading|of (?:a|his|her|their|my (?:friend|brother|sister|"
        r"dad|father|mom|mother|uncle|aunt|cousin|son|daughter|husband|wife|partner|"
        r"grandpa|grandfather|colleague|coworker)))",
        unless_before=r"(?:died by|death by|lost ~{1,3}to|loss to|bereaved by|his|her|their|"
        r"whose|(?:friend|brother|sister|dad|father|mom|mother|uncle|aunt|cousin|son|daughter|"
        r"husband|wife|partner)s?) ~{0,2}",
    ),
    rule("suicidal_thoughts", C, r"\b(?:passive|active|having|had|have|some|my) (?:si|ideation)\b"),
    rule(
        "suicidal_thoughts",
        C,
        r"\b(?:thinking|thought|thoughts|think|thinks|considering|considered|contemplating|"
        r"contemplated|fantasi[sz]ing|fantasi[sz]ed|fantasies|obsessing|obsessed|dreaming|"
        r"daydreaming|daydream|ideas|idea|urges?|intrusive thoughts|imagining|imagined|"
        r"picturing|pictured|planning|googling|researching|wondering) "
        r"(?:about |of |on )?(?:how to |ways to |the best way to |the easiest way to )?"
        r"(?:(?:killing|ending|taking|offing|unaliving|doing) (?:SELF|my (?:own )?life|it all)|"
        r"how to die|ways to die|how i would die|how i would do it|not waking up|"
        r"not existing|ending it|overdosing|hanging SELF|jumping (?:off|from|in front)|"
        r"how many pills|the pills|pills|a lethal|lethal|unalive|my suicide|"
        r"ways to end|how to end|how i would end|how to kill|ways to kill)\b",
        unless_after=r"(?:the (?:project|pest|weeds|bugs|germs|mold|relationship|season)|"
        r"(?:pests|bugs|weeds|germs|mold|time|zombies|monsters|the boss))",
    ),
    # --- a wish to be dead or not to exist
    rule(
        "wish_to_die",
        C,
        rf"\b{_WANT} (?:to |for )?(?:just |simply |really |finally |to )?{_DEATH}\b",
        unless_after=r"(?:of (?:embarrassment|shame|boredom|laughter|cringe|laughing|happiness)|"
        r"laughing|(?:in|at) (?:peace at|home at|my sleep at|old age|an old)|old|happy|"
        r"peacefully (?:at|in my sleep at|when)|when i am (?:old|ninety|90|100|a hundred)|"
        r"(?:of|from) (?:natural|old)|for (?:a|an|the) (?:while|bit|day|week|weekend|hour|"
        r"moment|few)|into (?:a|the|my) |from (?:social|this|the|work|facebook|instagram)|"
        r"(?:to|in) (?:the|a) (?:mountains|beach|woods|forest|cabin|island)|"
        r"for (?:a|the) (?:weekend|week|month))",
        unless_journey=False,
    ),
    rule(
        "wish_to_die",
        C,
        r"\bwish(?:ed|ing)? (?:that )?i (?:was|were|had been|could be|would be) dead\b|"
        r"\bwish(?:ed|ing)? (?:that )?i (?:had )?(?:never been born|never existed|did not exist|"
        r"was never born|could (?:just )?die|would (?:just )?die|would not wake up|"
        r"could stop existing|had died|died|could (?:just )?not exist|"
        r"did not wake up|had not woken up|had not survived|had not made it|"
        r"was not alive|were not alive|was not here anymore|could go to sleep forever|"
        r"would never wake up|could never wake up|could disappear (?:forever|for good)|"
        r"would disappear (?:forever|for good)|could just not be|did not have to wake up|"
        r"could fall asleep and (?:not|never))\b",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:hope|hoping|pray|praying|prayed|hopefully) (?:that )?i (?:do not|will not|never|"
        r"would not|did not) wake up\b|\b(?:hope|hoping|pray|praying) (?:that )?i (?:die|will die|"
        r"just die|get hit|crash|do not make it|never wake)\b|\bhopefully i (?:die|will die|"
        r"do not wake up|will not wake up)\b",
        unless_after=r"(?:late|early|before|until|at \d|in time|for|too|with)",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:do not|never|no longer|not|did not|would not|will not|can not) (?:really |even |"
        r"actually |particularly |honestly )?(?:want|wanna|wish|care|need|feel like|have the "
        r"energy) to (?:live|be alive|exist|keep living|keep existing|stay alive|be here any ?more|"
        r"be here any longer|be on this earth|be in this world|be living|wake up any ?more|"
        r"wake up again|survive|be around any ?more|go on living|keep breathing|"
        r"wake up tomorrow|wake up in the morning|see tomorrow|see another day|"
        r"make it to|go on any ?more)\b",
        negatable=False,
        unless_after=r"like this|this way|like that|with (?:him|her|them|roommates|my)|"
        r"in (?:this|a|the|that|an)|here|there|near|alone|at|on (?:a|the|this)|"
        r"(?:to|in) (?:the|a) (?:city|town|country)|off|without|through (?:another|one more) "
        r"(?:winter|monday|week)|for (?:work|school)|early",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:not sure|do not know|unsure|wonder|wondering|not certain|question|questioning) "
        r"(?:if |whether |why |that )?(?:i )?(?:even |still )?(?:want|wanna) to (?:live|be alive|"
        r"be here|exist|keep going|go on|keep living|wake up|stay alive)\b",
        negatable=False,
        unless_after=r"(?:in|here|there|with|at|near|like) ",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:tired|sick|weary|exhausted) of (?:living|being alive|life|existing|waking up|"
        r"being here|breathing|surviving|trying to stay alive|staying alive)\b|"
        r"\bdone (?:with )?(?:living|life|being alive|existing|this life|breathing|"
        r"waking up)\b|\b(?:over|finished with|through with) (?:living|being alive|life|existing)\b",
        unless_after=r"(?:in |at |as |on |here|there|with |without |admin|lessons|coaching|"
        r"insurance|hacks|skills|drawing|of )",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:what is|what) (?:even )?the point (?:of|in) (?:living|being alive|going on|existing|"
        r"staying alive|carrying on|waking up|trying to live|keeping going|keep going|"
        r"breathing|being here|me being here|my life|me living|continuing)\b",
    ),
    rule(
        "wish_to_die",
        C,
        r"\bno (?:reason|point|purpose|use|sense) (?:to|in|for|of) (?:live|living|go on|going on|"
        r"be alive|being alive|stay alive|staying alive|exist|existing|keep living|keep going|"
        r"wake up|waking up|continue living|continuing|be here|being here|me living|"
        r"my life|my existence)\b|\bnothing (?:left )?to live for\b|"
        r"\b(?:lost|losing|lose|have no|no|without (?:a|any)) (?:the |my |all )?will to live\b|"
        r"\b(?:my )?life (?:is not|is no longer|does not feel|not|never feels|no longer feels|"
        r"feels|is|has not been|has stopped being|stopped being) (?:not |no longer )?worth "
        r"(?:living|it|anything|continuing|going on)\b(?<!is worth living)(?<!is worth it)"
        r"(?<!feels worth living)(?<!feels worth it)(?<!is worth anything)|"
        r"\bnot worth (?:living|being alive|staying alive|keeping alive|saving)\b",
        unless_after=r"(?:without|in (?:this|that)|for (?:the|a|this|that)|as (?:a|an))",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:better off|be better|happier|at peace|free|be free) (?:dead|if i (?:was|were) dead|"
        r"if i died|if i (?:was|were) gone forever|if i did not exist|if i was not alive|"
        r"in the ground|six feet under)\b",
    ),
    rule(
        "wish_to_die",
        C,
        r"\bi (?:would|d) (?:much )?(?:rather|sooner) (?:die|be dead|not exist|not be alive|"
        r"not wake up|stop existing)\b",
        unless_after=r"than (?!(?:live|living|go on|going on|keep|feel|feeling|spend|"
        r"wake up|waking up|be like this|face|stay|continue|exist|existing|endure|suffer|"
        r"be alive|being alive|carry on|deal|be in this|be here|another day))",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:should|ought to|deserve to|need to|must|might as well|may as well|"
        r"should just|just want to|going to|will|can not wait to|cannot wait to|can not wait till i) "
        r"(?:just )?(?:die|be dead|drop dead|not exist|not be alive|stop existing)\b",
        unless_after=r"(?:of|from|laughing|in (?:a|the) (?:ditch|game|movie)|on (?:stage|the))",
        unless_before=r"(?:plant|plants|phone|battery|car|laptop|fish|show|series|trend|"
        r"conversation|party|the|this|that|it|meme|joke|band|project|game|character|hero|"
        r"villain|everyone|people|we all|all) ~{0,1}",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:do not|never|not|no longer|did not) (?:really )?(?:deserve|have the right|"
        r"belong|get) to (?:live|be alive|exist|be here|be happy and alive|keep living)\b",
        negatable=False,
        unless_after=r"(?:in|here|there|with|at|near|like) ",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:death|dying|being dead|the grave|nonexistence|non existence|not existing|"
        r"not waking up) (?:would be|is|sounds|seems|feels like) (?:a |such a |the |like a |"
        r"the only |my only )?(?:relief|mercy|release|escape|gift|blessing|better|easier|"
        r"welcome|peaceful|answer|only option|only way|way out|solution|rest|best option|"
        r"kinder)\b|\b(?:welcome|long for|crave|craving|want|wish for|pray for|praying for) "
        r"(?:death|an end|the end|nonexistence|oblivion)\b",
        unless_journey=True,
    ),
    rule(
        "intent",
        C,
        r"\b(?:i will|i am going to|i am gonna|i shall|i plan to|i am planning to|going to) "
        r"(?:be|end up) (?:dead|gone for good|gone forever|in the ground|found dead)\b|"
        r"\b(?:i will not|i will no longer|will not) be (?:alive|breathing) (?:by|tomorrow|"
        r"next|much longer|for much longer|soon|this time|to see|after)\b|"
        r"\bthis time (?:tomorrow|next week) i will be (?:dead|gone)\b",
        unless_after=r"(?:tired|meat|on my feet|lol|haha|if (?:mom|dad|my (?:boss|mom|dad)))",
    ),
    # --- methods joined to the writer's intent, in the same sentence
    rule(
        "method",
        C,
        r"\b(?:jump|jumping|jumped|leap|leaping|leapt|throw SELF|throwing SELF|threw SELF|"
        r"step|stepping|stepped|walk|walking|walked|drive|driving|drove|run|running|swerve|"
        r"swerving|crash|crashing|veer|veering|fling SELF|lie|lying|lay) "
        rf"(?:my car |the car |it )?(?:off|from|in front of|into|under|onto|out of|down) "
        rf"(?:a |the |my |this |that |some |an |oncoming )?~{{0,2}}{_PLACE}\b",
        unless_before=r"(?:i|we|and|then|they|he|she|kids|dog|cat|friends) ~{0,2}|"
        r"(?:fun|dare|summer|swim|swimming|pool|lake day|dive|diving)",
    ),
    rule(
        "method",
        C,
        r"\b(?:want|wanted|wanting|urge|urges|tempted|temptation|thought about|think about|"
        r"thinking about|thinking of|thought of|imagine|imagined|imagining|picture|pictured|"
        r"picturing|could|should|going to|will|almost|nearly|tried|try|plan|planning|planned|"
        r"fantasi[sz]e|fantasi[sz]ing|dream about|impulse|impulses|kept wanting) (?:to )?"
        r"(?:just )?(?:jump|jumping|leap|leaping|throw SELF|throwing SELF|step|stepping|walk|"
        r"walking|drive|driving|swerve|swerving|crash|crashing|veer|veering|steer|steering|"
        r"let go of the wheel|lie down|lying down) "
        rf"(?:my car |the car |it )?(?:off|from|in front of|into|under|onto|out of|down|on) "
        rf"(?:a |the |my |this |that |some |an |oncoming )?~{{0,2}}{_PLACE}\b",
    ),
    rule(
        "method",
        C,
        r"\b(?:slit|slitting|slash|slashing|slashed|cut|cutting|open|opening|opened|"
        r"carve|carving|carved|saw at|sawing at|slice|slicing|sliced) (?:open )?(?:my )?(?:own )?"
        r"(?:wrists?|throat|veins?|arms? open|wrists? open)\b",
        unless_after=_ACCIDENT,
        unless_before=r"(?:accidentally|nearly|almost|accident|ouch)",
    ),
    rule(
        "method",
        C,
        r"\b(?:gun|pistol|revolver|barrel|shotgun|rifle|handgun|bullet) (?:to|against|in|into) "
        r"(?:my )?(?:own )?(?:head|temple|mouth|chest|heart)\b|"
        r"\b(?:put|putting|eat|eating|ate) a bullet\b|\bblow (?:my )?brains out\b|"
        r"\b(?:tie|tied|tying|make|made|making|bought|buy|buying|test|tested|testing|"
        r"hang|hung|hanging|got|get|have|had|fasten|fastened) (?:a |the |my |up a |up the )?noose\b|"
        r"\b(?:rope|belt|cord|noose|scarf) (?:around|round) (?:my )?(?:own )?neck\b|"
        r"\b(?:lethal|fatal|deadly) (?:doses?|dosages?|amounts?|height|combinations?|quantity|"
        r"mix|injection)\b|\bhow (?:many|much) (?:pills|tablets|of my pills|of them|of my meds|"
        r"tylenol|insulin|it would take|would it take|would kill|it takes to|is lethal|is fatal|"
        r"is enough to (?:die|kill|not wake))\b",
        unless_before=r"(?:he|she|they|his|her|their|the character|in the (?:movie|film|book|show)) ~{0,3}",
    ),
    rule(
        "method",
        C,
        rf"\b(?:overdos\w*|od on|od ing|od with)\b|\b(?:take|taking|took|swallow|swallowing|"
        r"swallowed|down|downing|downed|chug|chugging|chugged|pop|popping|popped|eat|eating|ate|"
        r"gulp|gulped|gulping|empty|emptied|emptying|finish|finished) (?:all|every one|every last "
        r"one|everyone|the (?:whole|entire|rest of the|full)|a (?:whole|full|entire) (?:bottle|"
        r"pack|box|packet|strip|blister|month)|a bunch|a handful|handfuls|a fistful|fistfuls|"
        r"all of|enough|too many|dozens|a lot|a ton|lots|loads|[0-9]{2,}|ten|twenty|thirty|"
        r"forty|fifty|sixty|a hundred|a hundred of|as many|every|both bottles|two bottles|"
        rf"three bottles) ~{{0,4}}?(?:{_PILLS}|bottles?|packs?|packets?|boxes|them|of them)\b",
        unless_after=r"of (?!(?:my |the |those |these |his |her )?" + _PILLS + r")|"
        r"as (?:prescribed|directed|instructed|told|usual|i was told|i should|i am "
        r"supposed)|on time|today|this (?:morning|week|month)|with (?:breakfast|food|water|dinner|"
        r"lunch|a meal|meals)|for the (?:week|month|day)|like (?:i am|i was) supposed|every "
        r"(?:day|morning|night)|on schedule|correctly|properly|right|in the (?:morning|evening)|"
        r"at (?:the right time|breakfast|dinner|bedtime|night)|before (?:the|my) (?:session|"
        r"infusion|appointment)|awareness|prevention|reversal|crisis|epidemic|deaths|kit|"
        r"narcan|naloxone|to (?:the|my) (?:pharmacy|appointment|doctor)|back|in (?:my|the) "
        r"(?:organi[sz]er|pill box|pillbox)|out of (?:the|my) (?:bag|car)|off",
        unless_before=r"(?:forgot|remembered|did|always|accidentally|by mistake|almost forgot|"
        r"nurse|doctor|pharmacist|he|she|they|brother|sister|friend|cousin|dad|mom|uncle|aunt|"
        r"son|daughter|mother|father|husband|wife|boyfriend|girlfriend|partner|his|her|their|"
        r"of|accidental|prevent|after|from) ~{0,2}",
    ),
    # --- preparation: gathering the means, looking up how, writing the note
    rule(
        "preparation",
        C,
        r"\b(?:sav(?:e|ed|ing)|stockpil\w*|hoard\w*|stash\w*|squirrel\w* away|put aside|"
        r"putting aside|set aside|setting aside|(?:been )?collecting|collected|stored up|"
        r"storing up|building up|built up|keep(?:ing)? back|kept back|holding onto|"
        r"held onto|hiding|hid|hidden|secretly kept|saving up|amass\w*|gather\w*) "
        r"(?:up )?(?:all |some |a few |enough |extra |these |those |a bunch of |a stash of |"
        r"a supply of |a pile of |a lot of |every one of |of )?(?:my |the |some |his |her |"
        rf"mom s |dad s |old |leftover |spare |unused )?~{{0,1}}?{_PILLS}\b",
        unless_after=r"(?:for (?:the|my|our) (?:trip|vacation|holiday|travel|flight|weekend|"
        r"week|month|refill|next)|in (?:the|my|a) (?:organi[sz]er|pillbox|pill box|bag|travel|"
        r"cabinet|fridge)|to (?:bring|return|take back|give back|dispose|drop off|the "
        r"pharmacy)|money|on |at the pharmacy|costs?)",
        unless_before=r"(?:money|dollars|\$|cost|costs|price|coupon|insurance|pharmacy|"
        r"nurse|doctor) ~{0,3}",
    ),
    rule(
        "preparation",
        C,
        r"\benough (?:of )?(?:my |the |these |those )?(?:pills|meds|tablets|sleeping pills|"
        r"benzos|painkillers|insulin|xanax|oxy|opioids) (?:saved|stashed|hidden|put aside|"
        r"to (?:die|do it|end it|kill|not wake|make sure|finish|be sure|never wake|be done|"
        r"take|go to sleep)|that (?:it|i) (?:would|could|will))\b|\benough (?:of them )?to "
        r"(?:die|kill me|end it|not wake up|never wake up|do it|make sure i do not wake)\b",
    ),
    rule(
        "preparation",
        C,
        r"\b(?:looked up|look up|looking up|googled|google|googling|searched|searching|"
        r"researched|researching|research|read up on|reading up on|looked into|looking into|"
        r"checked|checking|figured out|figuring out|worked out|working out|calculated|"
        r"calculating|asked (?:chatgpt|ai|the internet|reddit)|watched videos on|"
        r"reading about|read about|learning|learned|learnt) (?:about )?"
        r"(?:how (?:many|much|to|long|high|fast|tall|far)|ways to|the best way to|"
        r"the easiest way to|the quickest way to|the fastest way to|the least painful|painless|"
        r"what dose|what amount|the dose|the dosage|what it would take|methods|which method|"
        r"the most effective|quick ways|peaceful ways|the surest) ~{0,6}?(?:die|dying|dead|death|"
        r"kill|lethal|fatal|end it|overdose|od|hang|hanging|painless|not wake|never wake|"
        r"it takes to|to do it|for it to work|be enough|would take|suicide|my life|"
        r"drown|bleed out|unalive|jump|fall)\b",
        unless_before=r"(?:cat|dog|fish|plant|plants|pest|pests|weed|weeds|mold|germs|"
        r"he|she|they|character) ~{0,3}",
        unless_after=r"(?:weeds|bugs|pests|mold|germs|mice|rats|the plants|a plant|bacteria)",
    ),
    rule(
        "preparation",
        C,
        r"\b(?:wrote|writing|write|written|left|leave|leaving|drafted|drafting|finished|"
        r"finishing|started|starting|made|making|record|recorded|recording|typed|typing|"
        r"have|had|keep|kept) (?:a |my |the |out my |up my )?(?:suicide|last|final) "
        r"(?:note|letter|notes|letters|message|video|words)\b",
        unless_after=r"(?:for (?:the|our|my) (?:class|course|presentation|report|meeting|exam|"
        r"team|project|newsletter)|of the (?:day|week|semester|year|course|book))",
        unless_before=r"(?:he|she|they|his|her|their|character|the hero) ~{0,3}",
    ),
    rule(
        "plan",
        C,
        r"\b(?:have|had|made|make|making|got|worked out|came up with|figured out|finalised|"
        r"finalized|drew up|written|wrote|set|picked|chose|chosen|settled on|know|decided on)"
        r" (?:a |the |my |out a |up a |out the |out my )?(?:plan|date|day|time|place|spot|method|"
        r"way) (?:to (?:die|do it|end it|end my life|kill SELF|not be here|go|check out|unalive|"
        r"jump|hang|overdose)|for (?:how|when|where|tonight|it|doing it|my death|ending)|"
        r"and (?:a date|the means|a time|a method)|when i will (?:do it|die|go)|"
        r"how i will (?:do it|die|go)|how to do it|(?:to|i will) do it)\b|"
        r"\b(?:know|knew|decided|figured out|worked out|picked|chosen|chose|planned|"
        r"have decided|have planned|have picked|have figured out|have chosen) (?:exactly )?"
        r"(?:how|when|where|the day|the date|the time|the place|the way|the spot) "
        r"(?:i will|i would|i am going to|i am gonna|to|i want to|i will be|i am) "
        r"(?:do it|die|end it|kill SELF|go|check out|end things|unalive|be found|jump|"
        r"overdose|hang)\b",
        unless_before=r"(?:he|she|they|we|friend|brother|sister) ~{0,3}",
    ),
    rule(
        "plan",
        C,
        r"\b(?:tonight|tomorrow|today|this weekend|on (?:my|his|her) birthday|on friday|"
        r"on sunday|on monday|soon|next week) (?:is|will be) (?:the (?:night|day|end|last)|"
        r"my (?:last|final) (?:day|night))\b|\b(?:it|this|everything|all of it|the pain) "
        r"(?:all )?(?:ends|will end|will be over|stops|will stop) (?:tonight|tomorrow|today|"
        r"this weekend|soon|for good|forever|on (?:friday|saturday|sunday|monday|tuesday|"
        r"wednesday|thursday))\b|\b(?:my|this is my) (?:last|final) (?:night|day|week|sunset|"
        r"sunrise|weekend) (?:alive|on earth|here|breathing|on this planet|in this world)\b",
        unless_after=r"(?:at|with|for (?:the|this)|of (?:the|my) (?:trip|vacation|holiday|"
        r"course|program|job|treatment|induction|semester))",
        unless_journey=True,
    ),
    # --- an attempt the writer made
    rule(
        "attempt",
        C,
        r"\b(?:my|a|the|last|previous|second|third|first|another|failed|recent|latest) "
        r"(?:suicide )?attempt(?:s)? (?:on my life|to (?:die|end (?:it|my life)|kill SELF))\b|"
        r"\battempt(?:ed|ing)? (?:on my life|suicide)\b|"
        r"\b(?:survived|after|since|before) my (?:suicide )?attempt\b|"
        r"\b(?:woke|wake|waking) up (?:in (?:the|a) (?:hospital|er|icu|ambulance)|alive) "
        r"(?:after|again after|when) (?:i |trying |taking |swallowing |the )\b",
    ),
    # --- self-harm
    rule(
        "self_harm",
        C,
        r"\b(?:cut|cutting|cuts|burn|burning|burnt|burned|hurt|hurting|hurts|harm|harming|"
        r"harmed|hit|hitting|punch|punching|punched|scratch|scratching|scratched|bite|biting|"
        r"bruise|bruising|bruised|carve|carving|carved|mutilate|mutilating|mutilated|injure|"
        r"injuring|starve|starving|starved|choke|choking|choked|slice|slicing|sliced|"
        r"slash|slashing|slashed|pinch|pinching|pinched) SELF\b",
        unless_after=_ACCIDENT,
        unless_before=r"(?:accidentally|by accident|ouch|oops|nearly|almost|never|kitchen) ~{0,1}",
    ),
    rule(
        "self_harm",
        C,
        r"\bself harm\w*|\bself (?:injur\w*|mutilat\w*)\b|\bsh (?:urges?|again|relapse|scars|"
        r"wounds|cuts|tonight|today|last night)\b|\b(?:relapsed|relapse|relapsing) (?:on |with |into |"
        r"back into )?(?:sh|cutting|burning|self harm|hurting SELF)\b|\b(?:did|done) sh\b",
        unless_after=r"(?:awareness|prevention|research|training|statistics|in (?:teens|young)|"
        r"chapters?|scenes?|content|warnings?|tw|trigger|storyline|plot)",
        unless_before=r"(?:about|on|film|movie|documentary|book|article|podcast|class|course|"
        r"training|his|her|their|(?:friend|brother|sister|daughter|son)s?|clean (?:from|of)|"
        r"free (?:from|of)|recovery from|recovered from|stopped|quit|days (?:without|free of|"
        r"clean from)|months (?:without|free of|clean from)|years (?:without|free of|clean from)) ~{0,2}",
    ),
    rule(
        "self_harm",
        C,
        r"\b(?:cutting|cut|burning|hurting SELF|harming SELF) (?:again|tonight|last night|"
        r"yesterday|this morning|every night|in the bathroom|on my (?:arms?|legs?|thighs?|wrists?|"
        r"stomach|hips?))\b|\b(?:started|start|starting|back to|went back to|going back to|"
        r"relapsed into|can not stop|could not stop|keep|kept) (?:cutting|burning|hurting SELF|"
        r"self harming)\b(?! (?:the|my|it|back|down|out|up|carbs|sugar|coffee|ties|class|corners|"
        r"in line|onions|wood|hair|grass|calories|costs|the budget))",
        unless_before=r"(?:he|she|they|friend|brother|sister|daughter|son) ~{0,2}",
    ),
    rule(
        "self_harm",
        C,
        r"\b(?:urge|urges|need|itch|craving|cravings|impulse|impulses|want|wanted|wanting|"
        r"temptation|desire) to (?:cut|burn|hurt SELF|harm SELF|self harm|sh|bleed|punish SELF "
        r"physically|feel the blade|use the blade|use a razor)\b",
        unless_after=r"(?:back|down|out|up|carbs|sugar|coffee|ties|class|corners|in line|onions|"
        r"wood|hair|the grass|the lawn|calories|costs|the budget|my hair|a |the |some |it |"
        r"them |him |her |that |this |those |these |through|off|away|bridges|loose|"
        r"(?:has|have|had|is|are) (?:gone|passed|faded|eased|lifted|stopped|quiet|less|"
        r"weaker))",
    ),
    rule(
        "self_harm",
        C,
        r"\b(?:fresh|new|deep|bleeding) (?:cuts|wounds|burns|gashes)\b|"
        r"\b(?:razor|blade|razor blade|knife|scissors|lighter|glass|compass) (?:on|across|into|"
        r"against|to) (?:my )?(?:skin|arm|arms|wrist|wrists|thigh|thighs|legs?|stomach|hips?)\b",
        unless_before=r"(?:shav\w*|kitchen|cooking|chopping|accident\w*|his|her|their) ~{0,4}",
    ),
)

# Broader ways of saying the same things, written by category after measuring the corpus.
RULES += (
    rule(
        "act",
        C,
        r"\b(?:drown|drowning|drowned) SELF\b",
        unless_after=r"in (?!(?:the|a) (?:river|lake|sea|ocean|bath|bathtub|tub|water|pool|"
        r"canal|quarry))",
    ),
    rule(
        "act",
        C,
        r"\b(?:commit|committing|committed|do|doing|did) (?:die|death|not alive|sudoku|toaster "
        r"bath|neck rope|the suicide|a suicide|the big sleep|unalive)\b|\btoaster bath\b|"
        r"\b(?:yeet|yeeting|yeeted|delete|deleting|deleted|rope|roping|roped|uninstall|"
        r"uninstalling) SELF\b|\bself delet\w*|\b(?:end|ending) me(?= ?$)|"
        r"\b(?:i|tonight i|today i|then i) (?:end|am ending) it (?:tonight|today|now|all|for good|"
        r"this weekend|tomorrow)\b|\b(?:tonight|today|tomorrow|soon|now) i (?:end|am ending|will "
        r"end) (?:it|things|everything)\b|\b(?:that is|this is|it is|then|that s) (?:when|where|"
        r"how) i (?:end it|do it|will do it|will end it|die|go|kill SELF|am going to do it)\b",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:wish|wished|wishing|hope|hoping|pray|praying|prayed) (?:that )?i (?:could|would|"
        r"might|will|can|did|had) (?:just |simply |finally )?(?:die|go to sleep and (?:not|never) "
        r"wake up|fall asleep and (?:not|never) wake up|sleep forever|stop existing|not exist|"
        r"disappear forever|not wake up|never wake up|be dead|never have been born|never been "
        r"born|never existed|not be alive|stop breathing)\b|\b(?:god|lord|jesus|universe|death) "
        r"(?:please )?(?:just )?(?:take|come for|come and take) me\b|\bready for (?:you|god|"
        r"him|death|the lord) to take me\b|\blet (?:it|the water|the river|the sea|the ocean|the "
        r"waves|the current|the cold|the dark|the darkness) (?:take|have|swallow) me\b|"
        r"\b(?:do not|no longer) want to be (?:in this life|in this world|on this earth|alive|"
        r"here any ?more)\b|\bwant to be gone(?= ?$)|\b(?:and|to|so (?:that )?i|hoping (?:to|i)|"
        r"then) (?:will )?(?:just )?(?:not|never|do not|will not) wake (?:up )?(?:again|ever "
        r"again)?(?= ?$)",
        negatable=False,
    ),
    rule(
        "attempt",
        C,
        r"\b(?:took|take|taking|swallowed|drank|jumped|cut|stepped|walked|drove|hung|tied|"
        r"overdosed|did it) ~{0,6}?(?:to die|to kill SELF|to end (?:it|my life)|meaning "
        r"to die|wanting to die|hoping to die|so i would die|so i could die|to not wake up|to "
        r"never wake up|intending to die|on purpose)\b|\b(?:died|die|dying|death) by "
        r"my own hand\b|\bby my own hand\b|\b(?:i )?attempted (?:again|last night|yesterday|"
        r"twice|this week|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday))\b",
        unless_before=r"(?:he|she|they|friend|brother|sister) ~{0,3}",
    ),
    rule(
        "method",
        C,
        r"\b(?:run|running|ran|leave|leaving|left|sit|sitting|sat) (?:the|my) (?:car|engine) "
        r"(?:running )?in (?:the|a) (?:closed |shut )?garage\b|\b(?:hose|tube|pipe) ~{0,4}"
        r"(?:exhaust|tailpipe|tail pipe)\b|\b(?:use|using|used|turn|turning|point|pointing) "
        r"(?:it|the gun|a gun|the knife|the rope|them|that|the blade|the pills|my gun) on SELF\b|"
        r"\b(?:going to|gonna|will|want to|about to|wanna|might|should|i will) (?:just )?od\b|"
        r"\b(?:crash|wreck|drive|steer) (?:the|my) car ~{0,4}(?:on purpose|deliberately|"
        r"intentionally)\b|\b(?:beam|hook|rafter|banister|bannister|door frame|ceiling fan|pipe|"
        r"branch) ~{0,6}(?:hold|take|support|carry) my weight\b|\b(?:bridge|building|roof|"
        r"overpass|cliff) ~{0,3}(?:does not have|without|with no|has no) (?:a )?(?:fence|barrier|"
        r"railing|net)\b|\b(?:bought|got|have|ordered|picked up) (?:the|a|some) (?:rope|noose)"
        r"(?= ?$)|\bnot for the (?:garden|swing|boat|tent|camping|dog|move|hunting|shed|yard)\b|"
        r"\b(?:the |my )?plan is (?:to (?:take (?:everything|all|them|the pills|my pills)|jump|do "
        r"it|end it|swallow|drive (?:off|into)|hang|use the)|the (?:bridge|tracks|pills|rope|gun|"
        r"river|roof|garage))\b",
    ),
    rule(
        "self_harm",
        C,
        r"\b(?:cut|cutting|burn\w*|burnt|scratch\w*|carv\w*|slic\w*|slash\w*|stab\w*) "
        r"(?:into )?my (?:own )?(?:arms?|thighs?|legs?|wrists?|skin|stomach|hips?|ankles?|"
        r"forearms?|chest|belly|shoulders?|hand|hands)\b|\b(?:been|still|back to|keep|kept) "
        r"(?:cutting|burning SELF|hurting SELF)\b(?! (?:back|down|out|up|carbs|sugar|"
        r"coffee|corners|onions|wood|hair|grass|costs|the|my|it))|\b(?:every|each|another|new|"
        r"fresh|the) cuts? i (?:made|did|gave SELF)\b|\bself injur\w*",
        unless_after=_ACCIDENT,
        unless_before=r"(?:accidentally|by accident|ouch|oops|nearly|almost|never) ~{0,1}",
    ),
)
