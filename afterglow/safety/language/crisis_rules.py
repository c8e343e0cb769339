"""Explicit language: a wish to die, suicidal thoughts, intent, a plan, a method, preparation,
an attempt, self-harm. Any of these makes the verdict ``crisis``.

Written by category, not by sentence: each rule joins a verb phrase in all its forms to what
makes it the writer's own, and names the idioms that share its words ("killing myself laughing",
"cut myself shaving", "I'd rather die than sing karaoke").
"""

import re
from dataclasses import replace

from afterglow.safety.language.index import _split_top
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
    r"out|off|short|some slack|a break|up|over|free|down|back|in half|loose|badly on|a "
    r"(?:slice|piece|bit|wedge|chunk|portion|fringe|sandwich|new|fresh|treat|deal)|some "
    r"(?:cake|bread|cheese|pie|fruit|fabric|paper)"
)
_WANT = (
    r"(?:want|wants|wanted|wanting|wish|wished|wishing|would (?:quite |really |honestly |just "
    r"|kind of |sort of )?(?:like|love)|long|longing|"
    r"yearn|yearning|hope|hoping|pray|praying|prayed|need|needed|just want|really want|"
    r"still want|only want|desperately want|am ready|was ready|crave|craving)"
)
_DEATH = (
    r"(?:die|be dead|not exist|stop existing|not be alive|not be here anymore|"
    r"not wake up|never wake up|not be here any ?more|disappear forever|"
    r"(?:go to |fall a)?sleep forever(?! (?:this|on|till|until|in|all|tomorrow|tonight|at|after|whe"
    r"n|if|for (?:a|the|an)))|"
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
        unless_before=r"(?:will|would|going to|gonna|is going to|are going to|gonna) "
        r"(?:kill|murder) "
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
        r"again|myself|and (?:go|move|start)|tomorrow (?:morning|at)|(?:things|everything|it) "
        r"(?:with|between)|things off|things on)",
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
        r"squad|bomber|bombing|bombings|mission|watch|risk assessment|training|walk|helpline|"
        r"first aid|"
        r"survivors?|loss|bereavement|support group|doors|forest|pact of|epidemic|crisis line|"
        # sport: "suicide sprints", "suicide drills", "suicide runs" are shuttle runs
        r"sprints?|drills?|runs|lines|shuttles?|squeeze|"
        r"research|is (?:a|the) leading|of (?:a|his|her|their|my (?:friend|brother|sister|"
        r"dad|father|mom|mother|uncle|aunt|cousin|son|daughter|husband|wife|partner|"
        r"grandpa|grandfather|colleague|coworker)))",
        unless_before=r"(?:died by|death by|lost ~{1,3}to|loss to|bereaved by|his|her|their|"
        r"staged|faked|fake|anniversary of (?:a|the)|"
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
        rf"\b{_WANT} (?:to |for )?(?:(?:just|simply|really|finally|to|fucking|honestly|"
        r"literally|actually|genuinely|kind of|sort of|quietly|peacefully|seriously|already) "
        rf"){{0,2}}{_DEATH}\b",
        unless_after=r"(?:of (?:embarrassment|shame|boredom|laughter|cringe|laughing|happiness)|"
        r"laughing|(?:in|at) (?:peace at|home at|my sleep at|old age|an old)|old|happy|"
        r"peacefully (?:at|in my sleep at|when)|when i am (?:old|ninety|90|100|a hundred)|"
        r"(?:of|from) (?:natural|old)|for (?:a|an|the) (?:while|bit|day|week|weekend|hour|"
        r"moment|few)|into (?:a|the|my) |from (?:social|this|the|work|facebook|instagram)|"
        r"(?:to|in) (?:the|a) (?:mountains|beach|woods|forest|cabin|island)|"
        r"for (?:a|the) (?:weekend|week|month)|my hair|her hair|his hair|my (?:jeans|shirt|"
        r"clothes|roots|beard|eyebrows))",
        unless_before=r"used to ~{0,1}|when i was (?:a kid|younger|a teenager|young|little|in "
        r"school|at school) ~{0,3}",
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
        r"waking up)\b|\b(?:over|finished with|through with) (?:living|being alive|life|existing)\b"
        r"",
        unless_after=r"(?:in |at |as |on |here|there|with |without |admin|lessons|coaching|"
        r"insurance|hacks|skills|drawing|of |out of |off |from |paycheck|pay check|hand to "
        r"mouth|for (?:others|other people|everyone else))",
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
        r"\b(?:better off|be better|happier|at peace|free|be free|easier|be easier|simpler|a "
        r"relief) (?:dead|if i (?:was|were) dead|"
        r"if i died|if i (?:was|were) gone forever|if i did not exist|if i was not alive|"
        r"in the ground|six feet under)\b",
    ),
    rule(
        "wish_to_die",
        C,
        r"\bi (?:would|d) (?:(?:much|honestly|really|genuinely|actually|just|seriously|"
        r"literally|kind of|sort of|probably|truly) ){0,2}(?:rather|sooner) (?:just )?(?:die|"
        r"be dead|not exist|not be alive|not wake up|stop existing|not be here)\b",
        unless_after=r"than (?!(?:live|living|go on|going on|keep|feel|feeling|spend|"
        r"wake up|waking up|be like this|face|stay|continue|exist|existing|endure|suffer|"
        r"be alive|being alive|carry on|deal|be in this|be here|another day|go back to "
        r"(?:how|the way|feeling|being)|live like this|keep living|keep going|"
        r"spend another|have to))",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:should|ought to|deserve to|need to|must|might as well|may as well|"
        r"should just|just want to|going to|will|can not wait to|cannot wait to|can not wait till i"
        r") "
        r"(?:just )?(?:die|be dead|drop dead|not exist|not be alive|stop existing)\b",
        unless_after=r"(?:of|from|laughing|in (?:a|the) (?:ditch|game|movie)|on (?:stage|the)|"
        r"if (?:i|we|they|he|she|you|it|my|the|this|that) ~|my hair|her hair|his hair|it "
        r"(?:red|blue|black|green|pink|purple|blonde|brown))",
        # fear in the moment, told afterwards: "i thought i was going to die at 1500 m"
        unless_before=r"(?:(?:thought|felt like|was sure|was convinced) (?:i|we) (?:was|were)|"
        r"plant|plants|phone|battery|car|laptop|fish|show|series|trend|"
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
        r"kinder)\b|\b(?:welcome|long for|crave|craving|want|wish for|pray for|praying for|"
        r"longing for|yearn for|yearning for|wishing for|hoping for|begging for|ready for) "
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
        r"(?:fun|dare|summer|swim|swimming|pool|lake day|dive|diving|bungee|cliff|base|rope "
        r"swing|tombstone|coasteering)",
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
        r"hang|hung|hanging|got|get|have|had|fasten|fastened) (?:a |the |my |up a |up the )?noose\b"
        r"|"
        r"\b(?:rope|belt|cord|noose|scarf) (?:around|round) (?:my )?(?:own )?neck\b|"
        r"\b(?:lethal|fatal|deadly) (?:doses?|dosages?|amounts?|height|combinations?|quantity|"
        r"mix|injection)\b|\bhow (?:many|much) (?:pills|tablets|of my pills|of them|of my meds|"
        r"tylenol|insulin|it would take|would it take|would kill|it takes to|is lethal|is fatal|"
        r"is enough to (?:die|kill|not wake))\b",
        unless_before=r"(?:he|she|they|his|her|their|the character|in the (?:movie|film|book|"
        r"show)) ~{0,3}",
    ),
    rule(
        "method",
        C,
        rf"\b(?:overdos\w*|od on|od ing|od with)\b|\b(?:take|taking|took|swallow|swallowing|"
        r"swallowed|down|downing|downed|chug|chugging|chugged|pop|popping|popped|eat|eating|ate|"
        r"gulp|gulped|gulping|empty|emptied|emptying|finish|finished) (?:all|every one|every last "
        r"one|everyone|the (?:whole|entire|rest of the|full)|a (?:whole|full|entire) (?:bottle|"
        r"pack|box|packet|strip|blister|month)|a bunch|a handful|handfuls|a fistful|fistfuls|"
        r"a bottle|a box|a packet|a pack|a strip|two packs|two boxes|a month s supply|a "
        r"week s worth|a month s worth|two bottles|a tub|"
        r"a load|a whole load|a heap|a pile|a stack|heaps|tons|a mouthful|a shitload|"
        r"all of|enough|too many|dozens|a lot|a ton|lots|loads|[0-9]{2,}|ten|twenty|thirty|"
        r"forty|fifty|sixty|a hundred|a hundred of|as many|every|both bottles|two bottles|"
        rf"three bottles) ~{{0,4}}?(?:{_PILLS}|bottles?|packs?|packets?|boxes|them|of them)\b",
        unless_after=r"of (?!(?:my |the |those |these |his |her )?" + _PILLS + r")|"
        r"storyline|story|plot|scene|episode|took (?:her|him|them)|killed (?:her|him|them)|"
        r"on (?:chocolate|sugar|cake|caffeine|coffee|carbs|cheese|netflix|tv|sun|nostalgia)|"
        r"as (?:prescribed|directed|instructed|told|usual|i was told|i should|i am "
        r"supposed)|on time|today|this (?:morning|week|month)|with (?:breakfast|food|water|dinner|"
        r"lunch|a meal|meals)|for the (?:week|month|day)|like (?:i am|i was) supposed|every "
        r"(?:day|morning|night)|on schedule|correctly|properly|right|in the (?:morning|evening)|"
        r"at (?:the right time|breakfast|dinner|bedtime|night)|before (?:the|my) (?:session|"
        r"infusion|appointment)|awareness|prevention|reversal|crisis|epidemic|deaths|kit|"
        r"warnings?|risk|risks|label|leaflet|advice|helpline|info|information|symptoms|"
        r"antidote|ward|unit|limit|threshold|guidance|course|training|class|first aid|"
        r"workshop|module|scare|"
        r"narcan|naloxone|to (?:the|my) (?:pharmacy|appointment|doctor)|back|in (?:my|the) "
        r"(?:organi[sz]er|pill box|pillbox)|out of (?:the|my) (?:bag|car)|off",
        unless_before=r"(?:forgot|remembered|did|always|accidentally|by mistake|almost forgot|"
        r"nurse|doctor|pharmacist|he|she|they|brother|sister|friend|cousin|dad|mom|uncle|aunt|"
        r"son|daughter|mother|father|husband|wife|boyfriend|girlfriend|partner|his|her|their|"
        r"(?:risk|danger|dangers|signs|symptoms|effects|side effects|case|cases) of|"
        r"accidental|prevent|after|from) ~{0,2}",
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
        r"pharmacy)|money|on |at the pharmacy|costs?|from (?:the )?(?:pharmacy|chemist|"
        r"chemists|doctor|doctors|gp|hospital|surgery|clinic|boots)|prescription|refill)",
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
        unless_after=r" ?(?:the |my |some |all the |those |these |off )?(?:weeds|bugs|pests|mold|"
        r"mould|germs|mice|rats|the plants|a plant|bacteria|slugs|ants|wasps|flies|moss|fleas|"
        r"nits|lice|aphids|spiders|roaches|cockroaches|greenfly|snails|mites|termites)",
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
        r"course|program|job|treatment|induction|semester)| ?,? ?(?:just|only|then|thank|"
        r"hopefully|and then|one more|two more|three more|a few more|the (?:exam|exams|"
        r"course|treatment|chemo|wait|move|surgery|trip)))",
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
        r"wounds|cuts|tonight|today|last night)\b|\b(?:relapsed|relapse|relapsing) (?:on |with |int"
        r"o |"
        r"back into )?(?:sh|cutting|burning|self harm|hurting SELF)\b|\b(?:did|done) sh\b",
        unless_before=r"(?:about|on|film|movie|documentary|book|article|podcast|class|course|"
        r"training|his|her|their|(?:friend|brother|sister|daughter|son)s?|clean (?:from|of)|"
        r"free (?:from|of)|recovery from|recovered from|stopped|quit|days (?:without|free of|"
        r"clean from)|months (?:without|free of|clean from)|years (?:without|free of|clean "
        r"from)|used to|when i was (?:younger|a teen|a teenager|a kid|at school|in school)) "
        r"~{0,2}",
        unless_after=r"(?:awareness|prevention|research|training|statistics|in (?:teens|young)|"
        r"chapters?|scenes?|content|warnings?|tw|trigger|storyline|plot)|(?:~|, ){0,3}but "
        r"(?:i am|i have been|i have|now i am|i stopped|i quit) (?:clean|free|better|okay|fine|"
        r"stopped|quit|recovered|in recovery|not)",
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
        r"\b(?:yeet|yeeting|yeeted|delete|deleting|deleted|rope|roping|roped|neck|necking|"
        r"necked|uninstall|"
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
        unless_after=r" ?(?:on (?:sundays?|saturdays?|weekends|days off|my day off)|this "
        r"weekend|every (?:weekend|sunday|saturday)|till (?:noon|lunch|midday)|until (?:noon|"
        r"lunch|midday))",
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

# Families of phrasings, widened by category: hedges ("honestly", "kind of", "i think"), the
# reasons and comparisons people give, British and American idiom, and texting forms.
_HEDGE = (
    r"(?:(?:really|honestly|genuinely|actually|just|kind of|sort of|truly|seriously|literally|"
    r"still|even|ever|probably|definitely|totally|completely|so|secretly|sometimes|often|"
    r"always|almost|pretty much|basically) ){0,3}"
)
_ALIVE = (
    r"(?:living|being alive|life|existing|being here|breathing|surviving|this life|"
    r"staying alive|waking up every day|waking up each day)"
)
_DIE = (
    r"(?:die|be dead|not exist|stop existing|not be alive|not wake up|never wake up|end it|"
    r"end my life|end it all|kill SELF|disappear forever|not be here|be gone)"
)

RULES += (
    rule(
        "wish_to_die",
        C,
        rf"\b{_WANT} out of (?:this life|life|this world|existence|living|being alive|it all|"
        rf"everything)\b|\b{_WANT} (?:it all|my life|this life|my existence|everything) to "
        r"(?:end|be over|stop|finish)(?: ?$| ?,| now| forever| for good| permanently| tonight| "
        r"already| and)|\bready for (?:it all|everything|my life|life|all of it) to (?:be over|"
        r"end|stop)\b|\b(?:had enough of|fed up (?:of|with)|sick to death of|can not be "
        r"(?:bothered|arsed)(?: with| to(?: keep)?)?|tired of(?: just)?|done with(?: just)?) "
        r"(?:living|being alive|life|existing|breathing|being here|live|staying alive|be "
        r"alive|exist|go on)\b"
        r"(?! (?:in|at|as|on|here|there|with|without|admin|like (?:a|an)|skills|lessons|costs|"
        r"out of|off|from|paycheck|pay check|for (?:others|other people|everyone else)|through|"
        r"under|month to month|hand to mouth|near|next))|\bhate (?:being alive|living|existing|that"
        r" i am "
        r"(?:still )?alive|that i woke up|being here|waking up (?:alive|every (?:day|morning)|"
        r"each morning))\b(?! (?:in|with|at|near|here|there|so far|next|alone|on|out of|off|"
        r"like (?:a|an)|paycheck|under))|\b(?:why am i|why i am|why the fuck am i|why do i keep) "
        r"(?:even |still |fucking ){0,3}(?:alive|breathing|still here|waking up)\b|\b(?:do not "
        r"know|not sure|no idea|wonder) why i (?:am|bother being|keep) (?:still |even ){0,2}"
        r"(?:alive|breathing|living)\b|\b(?:would|will|i am|i would be) (?:so |honestly "
        r"|really |be )?(?:happy|glad|relieved|okay|ok|fine|grateful|thankful|at peace) (?:to "
        r"die|to not wake up|to never wake up|if i (?:never|did not|do not) (?:woke|wake) up|if "
        r"i died|if i (?:was|were) dead|to be dead|if (?:it|something|a bus|a car|someone|"
        r"cancer) (?:killed|hit|took) me|if i did not exist|if i just died)\b(?! (?:on (?:this|that"
        r") "
        r"hill|for (?:my|the|this|a|her|him|them|you|love|it)|doing|happy|at (?:a|the|an) ))|\b(?:w"
        r"ould not|"
        r"do not|would no longer|would not even) mind (?:dying|if i died|if i did not wake "
        r"up|not waking up|being dead|if i never woke up|if i did not exist|if (?:a bus|a car|"
        r"something|it|cancer) (?:hit|killed|took) me)\b(?! (?:my|her|his|it|the|them))|"
        r"\b(?:give|do|trade) anything (?:to|for|just to) (?:not exist|die|be dead|not wake up|"
        r"never wake up|stop existing|not be alive|disappear forever|sleep forever|not be "
        r"here)\b",
        negatable=False,
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:wish|wished|wishing|hope|hoping|pray|praying|prayed) (?:that )?i (?:could|would|"
        rf"might|will|can|did|had) {_HEDGE}(?:go to sleep forever|fall asleep forever|sleep "
        r"forever|drop dead|die in my sleep|stop living|not wake up tomorrow|never wake up "
        r"again|cease to exist|vanish forever|get hit by a (?:bus|car|truck|lorry|train)|be hit "
        r"by a (?:bus|car|truck|lorry|train)|get (?:cancer|sick) and die|had died|died|was "
        r"dead|were dead|be dead|not exist|never existed|not be here any ?more|not be alive)\b|"
        r"\bi wish i (?:had|would have|did) (?:died|not survived|not woken up|not made it|"
        r"never woken up|stayed dead)\b|\b(?:death|dying|being dead|not existing|not being "
        r"alive|not waking up|the idea of dying|the thought of dying|the thought of not "
        r"waking up|the idea of not existing) (?:would be|is|sounds|seems|feels|looks|is "
        r"looking|is starting to (?:sound|look|feel)) (?:so |really |pretty |quite |more and "
        r"more |increasingly |kind of |sort of |very )?(?:nice|good|appealing|tempting|"
        r"inviting|attractive|comforting|like a good idea|like (?:a )?relief|better than this|"
        r"like the answer|like an option|like the only option|easier|like freedom|like peace|"
        r"peaceful|like rest|so peaceful|better)\b",
        negatable=False,
        unless_journey=True,
        unless_after=r" ?(?:than (?:(?:a |the |this )?(?:meeting|exam|exams|party|dinner|"
        r"karaoke|shift|work|monday))|on (?:sundays?|saturdays?|weekends|a|the|my|days off)|"
        r"this weekend|every (?:weekend|sunday|saturday)|till|until|after (?:this|that|the|a|"
        r"work|my)|in (?:the|on)|lol|haha|lmao)",
    ),
    rule(
        "wish_to_die",
        C,
        r"\b(?:do not|can not|fail to|no longer|can no longer|struggle to|never) "
        r"(?:really |even |honestly |actually )?see (?:the |any |a )?(?:point|reason|purpose|"
        r"use) (?:in|of|to|for|anymore in|any ?more in) (?:me )?(?:living|being alive|life|"
        r"staying alive|existing|going on|carrying on|my life|being here|waking up|keep "
        r"living|live|be alive|stay alive|exist|keep going|me being here|being on this "
        r"earth)\b|\bwhat is (?:even |really |honestly |actually |the fucking )?(?:the )?"
        r"(?:point|reason|purpose|use) (?:in|of) (?:me )?(?:even |still )?(?:being alive|staying al"
        r"ive|living|"
        r"existing|being here|life|my life|me being here|breathing|waking up)\b|\b(?:no|not "
        r"any|not a single|can not find a|can not think of a) (?:reason|point|purpose) (?:left )?"
        r"(?:to|for|in) (?:keep )?(?:living|live|being alive|stay alive|staying alive|exist|"
        r"existing|going on|carry on|wake up|be here)\b",
        negatable=False,
    ),
    rule(
        "suicidal_thoughts",
        C,
        r"\b(?:think\w*|thought\w*|consider\w*|contemplat\w*|urges?|ideas?|fantas\w*|"
        r"dream\w*|obsess\w*|plann\w*|fixat\w*) (?:about |of |on )?(?:just |maybe |finally "
        r"|quietly |seriously )?(?:ending|end) (?:things|everything|it|it all|my life|my own "
        r"life|my existence|my time here|the whole thing|it for good)\b(?! (?:with|between|"
        r"for (?:him|her|them|us)|off|on|at (?:work|the)|early|there))|\b(?:courage|guts|"
        r"nerve|balls|bravery|strength) to (?:just |finally )?(?:die|end it|end my life|kill "
        r"SELF|go through with it|jump|take them all|pull the trigger|take the pills|do it "
        r"properly|end things|step off|let go)\b|\b(?:telling|tell|tells|told|saying|says|"
        r"said|whispering|whispers|urging|urges|screaming at|screams at|begging) me (?:to|i "
        r"should|that i should|i ought to|i need to) (?:just )?(?:die|kill SELF|end it|end my "
        r"life|jump|hurt SELF|overdose|not be here|disappear forever|end it all|take the pills|"
        r"take them all|step in front|drive off|crash the car)\b|\bsuicid(?:e|al) (?:keeps "
        r"|kept )?(?:crossing|crossed|on|in|popping into|creeping into) (?:my )?(?:mind|head|"
        r"thoughts)\b|\b(?:death|dying|ending it) (?:is|keeps|has been|kept) (?:always )?"
        r"(?:on|crossing|in) my mind\b",
        about_writer=False,
        unless_journey=True,
        unless_before=r"(?:he|she|they|his|her|their|character|the hero) (?:~{0,2})",
    ),
    rule(
        "intent",
        C,
        r"\b(?:made up my mind|decided|have decided|resolved|determined|committed|set on|"
        r"my mind is made up|mind is made up) (?:that i am going |that i will )?(?:to |i will |"
        r"i am going to |i am gonna )?(?:just |finally )?(?:die|end it|end my life|kill SELF|go "
        r"through with it|take my (?:own )?life|end things|end it all|check out|unalive|not "
        r"be here|not wake up)\b(?! (?:with|between|early|on (?:a|the)))|\b(?:i will|i am "
        r"going to|i am gonna|i will probably|i will definitely|i am definitely going to|i am "
        r"probably going to) (?:be )?(?:dead|gone for good) (?:by|before|within|in) (?:the "
        r"morning|morning|tomorrow|tonight|the weekend|friday|saturday|sunday|monday|next|a "
        r"week|a few days|the end of|christmas)\b",
        unless_after=r" ?(?:lol|haha|if (?:i|mum|mom|dad|my (?:boss|mom|dad|mum)) )",
    ),
    rule(
        "plan",
        C,
        r"\bi (?:have )?(?:picked|chosen|chose|decided on|settled on|set) (?:a|the|my) "
        r"(?:date|day|time|place|spot|method|way)(?: ?$| ?,| and (?:a|the) (?:time|place|method|"
        r"way|day|date)| for it| for when)|\b(?:know|decided|worked out|figured out|picked|"
        r"planned) (?:exactly )?(?:where and when|when and where|when and how|how and when|"
        r"where and how|how and where)\b|\b(?:chosen|picked|chose|found|scouted|checked out|"
        r"settled on) (?:the|a|my) (?:bridge|spot|place|beam|building|roof|cliff|location|"
        r"rope|method|way|tree|overpass|car park roof) (?:and (?:the|a) (?:day|date|time|"
        r"night)|to (?:do it|jump|end it|die|hang|jump from)|for (?:it|when|the end|doing it|"
        r"my death))\b|\b(?:planned|worked|figured|sorted|mapped) (?:it |everything |the "
        r"whole thing )?(?:all )?out\b (?:~|, ){0,8}(?:when (?:everyone|nobody|no one|they|the kids"
        r")|"
        r"the note|the pills|the rope|the bridge|the car|goodbye|no one will|it will be over|"
        r"i am done)",
        negatable=False,
        unless_before=r"(?:he|she|they|we|friend|brother|sister|party|wedding|trip|holiday|"
        r"birthday|meeting|route) ~{0,3}",
    ),
    rule(
        "method",
        C,
        r"\b(?:might|may|would|wanna|gonna|i will|ready to|about to|need to|have to|plan to|"
        r"decided to|tempted to|so close to|came close to|close to|considering|considered|"
        r"urge to|wish i could|part of me wants to|i could) (?:just )?(?:jump|leap|throw SELF|"
        r"step|walk|drive|swerve|crash|veer|steer|lie down|hurl SELF|chuck SELF|fling SELF) "
        rf"(?:my car |the car |it )?(?:off|from|in front of|into|under|onto|out of|down|on) "
        rf"(?:a |the |my |this |that |some |an |oncoming )?~{{0,2}}{_PLACE}\b|"
        r"\b(?:chuck|chucking|chucked|lob|lobbing|hurl|hurling|launch|launching) SELF "
        r"(?:off|from|in front of|into|under) \b|\b(?:pills|tablets|meds|medication|"
        r"painkillers|sleeping pills|paracetamol|tylenol) ~{0,6}?(?:think\w*|thought|want\w*|"
        r"going to|gonna|could|should|just|tempted|urge|imagin\w*|wonder\w*) (?:about |of |to "
        r")?(?:just )?(?:take|taking|swallow|swallowing|down|downing) (?:them all|all of them|"
        r"the lot|every (?:single )?one|the whole (?:bottle|box|packet|pack))\b|\b(?:tried|"
        r"try|trying|attempted|almost|nearly|going|want|wanted|wanting|plan|planning|thinking "
        r"about|think about) (?:to )?od\b|\b(?:take|taking|took) (?:an|another|a big|a "
        r"massive|a huge|a fatal|a deliberate) overdose\b",
        unless_before=r"(?:he|she|they|his|her|their|friend|brother|sister|kids|dog|cat) ~{0,2}",
        unless_after=r" ?(?:as prescribed|with (?:breakfast|food|water|dinner)|every (?:day|"
        r"morning|night)|at (?:night|bedtime|breakfast|once a day)|in the morning|for (?:the|my) "
        r"(?:pain|headache|cold|flu|migraine|back|week))",
    ),
    rule(
        "preparation",
        C,
        r"\b(?:look\w* up|google\w*|search\w*|research\w*|read\w* (?:up )?(?:about|on)|"
        r"look\w* into|watch\w* videos (?:about|on)|asked \w+ about|learn\w* about|check\w* "
        r"out|found|find|finding|compar\w*) (?:about )?(?:the )?(?:most |least |best |easiest "
        r"|quickest |fastest |surest |a |an |different |some |good )?(?:painless |peaceful |"
        r"quick |easy |sure |effective |reliable |certain |lethal |painful )?(?:ways?|methods?|"
        r"means|options) (?:to|of|for) (?:die|dying|kill SELF|killing SELF|end it|ending it|end "
        r"my life|ending my life|commit suicide|suicide|unalive|overdose|od|not wake up|do it)"
        r"\b|\b(?:look\w* up|google\w*|search\w*|research\w*|read\w* (?:up )?(?:about|"
        r"on)) (?:suicide methods|methods of suicide|suicide|overdose amounts|overdoses|lethal "
        r"doses|how to die|how to kill SELF|ways to die|how long it takes to die|what happens "
        r"when you (?:overdose|hang|drown|jump))\b",
        unless_after=r" ?(?:for (?:a|my|the|our|an) (?:essay|class|project|course|paper|"
        r"assignment|work|book|thesis|dissertation|article|talk|training|module|exam|job)|in "
        r"(?:class|school|nursing|training)|prevention|awareness|statistics|rates|"
        r"in (?:teens|men|women|the uk|the us))",
        unless_before=r"(?:he|she|they|character|nurse|student|students) ~{0,3}",
    ),
    rule(
        "attempt",
        C,
        r"\b(?:nearly|almost|so close to|came (?:so |really |very )?close to|very nearly|"
        r"tried to|attempted to|was about to) (?:end|ended|ending) (?:it|things|everything|my "
        r"life|it all|my own life)\b(?! (?:with|between))|\b(?:after|since|from|survived|"
        r"following|because of|recovering from|before|during) my (?:last |second |first |"
        r"third |previous |recent )?(?:overdose|od|suicide attempt|attempt on my life|attempt|"
        r"attempts)\b(?! (?:scare|warning|risk|symptoms|course|training|kit|awareness))|"
        r"\b(?:took|take|swallowed|drank|downed) ~{0,6}?(?:to try (?:and|to) "
        r"(?:end (?:it|my life|things|everything)|die|kill SELF|not wake up))\b|\b(?:woke|"
        r"wake|waking|came round|came to) (?:up )?(?:in (?:the |a )?(?:hospital|er|icu|resus|"
        r"emergency room|ambulance|psych ward|ward)|alive) (?:again )?(?:after|when|because|"
        r"from) (?:i |trying |taking |swallowing |the |my |all |an |that )|\b(?:my|the) "
        r"(?:overdose|od) (?:last|on|in|was|two|three|a few|in the)\b|\b(?:overdosed|od d) "
        r"(?:on purpose|deliberately|intentionally|last (?:night|week|month|year|time)|again)\b",
        unless_before=r"(?:he|she|they|friend|brother|sister|mum|mom|dad|son|daughter|his|"
        r"her|their) ~{0,3}",
    ),
    rule(
        "self_harm",
        C,
        r"\bmade SELF (?:bleed|bruise)\b|\b(?:slipped|slipped up|relapsed|gave in|caved) "
        r"(?:and|to the urge and|to the urges and) (?:cut|burned|burnt|hurt SELF|scratched|"
        r"hit SELF)\b|\b(?:the )?urges? to (?:cut|self harm|sh|hurt SELF|burn SELF) "
        r"(?:are|is|were|was|has been|have been|came|keep|kept) (?:back|coming back|so strong|"
        r"strong|bad|overwhelming|winning|everywhere)\b",
        unless_after=r" ?(?:the|my|some|it|back|down|out|up)",
    ),
    rule(
        "slang",
        C,
        r"\b(?:catch|catching|caught) the (?:bus|last bus|final bus)(?: for real| fr| for good|"
        r" permanently| one way| this time| ctb| forever| at last| finally)(?: ?$| ?,| tonight| "
        r"(?:for real|fr|i think|tbh|lol|honestly|maybe|probably))|\b(?:want to|wanna|going "
        r"to|thinking (?:about|of)|ready to|about to|tempted to|urge to|planning to|plan to|"
        r"decided to|might|should|will|gonna|time to) (?:just |finally |really )?(?:catch|"
        r"catching) the (?:bus|last bus)(?: ?$| ?,| for real| fr| for good| permanently| this "
        r"time| tonight ?$| soon ?$| tonight for real)",
        unless_before=r"(?:he|she|they|kids|we|mum|mom|dad) ~{0,2}",
    ),
)

RULES += (
    rule(
        "intent",
        C,
        r"\b(?:i will|i am going to|i am gonna|going to|gonna|i want to|i plan to|i am "
        r"planning to) (?:~|, ){1,8}?(?:and|then|to) (?:just |finally |quietly )?(?:end it|end "
        r"my life|end it all|end things|kill SELF|end everything)\b",
        unless_after=r" ?(?:with (?!(?:the|my|a) (?:car|gun|pills|rope|knife|razor|belt|bag|"
        r"bottle))|between|early|there|for (?:the|today|now|him|her|them)|on (?:a|the) "
        r"(?:high|good|positive)|properly)",
    ),
)

RULES += (
    rule(
        "wish_to_die",
        C,
        rf"\b(?:hope|hoping|pray|praying|prayed|hopefully|wish|wishing) (?:that )?i {_HEDGE}"
        rf"(?:do not|will not|never|would not|did not) {_HEDGE}(?:wake up|wake|make it through "
        r"the night|see (?:the )?morning|see tomorrow)\b|\b(?:hope|hoping|pray|praying|wish|"
        r"wishing|want) (?:that )?(?:something|someone|somebody|a car|a bus|a truck|a lorry|a "
        r"train|cancer|god|the universe|the illness|lightning|a plane) (?:would |will |could "
        r"|to )?(?:just |finally )?(?:kills?|hits?|takes?|runs? me over|run over) me\b|"
        r"\b(?:had it with|done with it all|finished with it all) (?:living|life|being alive|"
        r"existing)\b",
        negatable=False,
        unless_after=r" ?(?:late|early|before|until|at \d|in time|for (?:work|school|the)|too|"
        r"with (?:a|the) (?:headache|hangover)|off|out|up|on the way)",
    ),
    rule(
        "suicidal_thoughts",
        C,
        r"\b(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing|visuali[sz]\w*)"
        r" (?:SELF|me) (?:dead|in a coffin|hanging|lying dead|not existing|gone for good|"
        r"jumping|falling from|under a train)\b",
        unless_journey=True,
    ),
    rule(
        "intent",
        C,
        r"\b(?:this is|today is|tonight is|tomorrow is|it is) (?:my|the) (?:last|final) "
        r"(?:day|night|week|morning) (?:i am|i will be|of me being|of my life|alive|on earth|"
        r"here|breathing)\b(?! (?:at|in|with|of (?:the|my) (?:trip|holiday|course|job)|here (?:at|"
        r"in|before)))|\b(?:want\w*|think\w*|thought|going|could|will|should|tempted|urges?|"
        r"plan\w*) (?:to |about |of )?(?:put|putting|stick|sticking) my head in (?:the|a) "
        r"(?:gas )?oven\b",
        negatable=False,
    ),
)

RULES += (
    rule(
        "plan",
        C,
        r"\b(?:know|knew|picked|chosen|chose|decided|found) (?:which|what|the) (?:bridge|"
        r"building|tree|rope|pills|method|spot|place|car park|cliff|train|line|gun|knife|"
        r"overpass|roof) (?:i am going to|i will|i would|to|i am gonna) (?:use|jump (?:from|off)|"
        r"do it|go from|do it with|do it at)\b",
        unless_before=r"(?:he|she|they|we|friend|brother|sister) ~{0,3}",
    ),
    rule(
        "preparation",
        C,
        r"\b(?:note|notes|letter|letters) ~{0,5}explaining (?:why i (?:did|have done|am doing|"
        r"will do|had to|chose|could not)|everything|what i (?:did|am about to do|have done))\b",
        unless_before=r"(?:he|she|they|his|her|their|character) ~{0,3}",
    ),
    rule(
        "self_harm",
        C,
        r"\bended up (?:cutting|burning SELF|hurting SELF|self harming|scratching SELF|"
        r"cutting SELF|cutting again)\b(?! (?:the|my|it|back|down|out|up|off|in|through|"
        r"across|corners|costs|ties))",
    ),
)

RULES += (
    rule(
        "wish_to_die",
        C,
        r"\b(?:would be|it would be|it would) (?:so |really |quite |honestly )?(?:nice|good|"
        r"easier|a relief|peaceful|lovely|better) (?:to )?(?:just )?(?:not exist|not be alive|"
        r"die|be dead|not wake up|stop existing|disappear forever|not be here)\b",
        negatable=False,
        unless_after=r" ?(?:than|on (?:this|that) hill|laughing|of (?:laughter|boredom))",
    ),
)

_NOT_HYPERBOLE = (
    r"(?!(?:headache|migraine|hangover|cold|flu|heat|cramps|period|toothache|exam|exams|boss|"
    r"work|traffic|commute|meeting|deadline|week|day|kids|noise|cough)\b)"
)
RULES += (
    rule(
        "wish_to_die",
        C,
        r"\b(?:disappointed|annoyed|angry|upset|gutted|sad|furious|pissed off|pissed) (?:that )?"
        r"(?:i )?(?:woke up|to wake up|i am still (?:alive|here|breathing)|to (?:still )?be (?:aliv"
        r"e|"
        r"here|breathing)|i am alive|i survived|i did not die|to have woken up)\b(?! (?:so |too )?"
        r"(?:early|late|at \d|on time|before|after|in time))|\b(?:wish|wishes|wished|wishing|hope|"
        rf"hoping|pray|praying) (?:that )?(?:it|this|the {_NOT_HYPERBOLE}\w+|something|someone) "
        r"(?:would|will|could) (?:just )?(?:kill|take) me\b(?! (?:off|out|to|for|away|home|back))|"
        r"\bif i (?:died|were to die|was to die|did not wake up|never woke up) (?:tomorrow |tonight"
        r" "
        r"|today |in my sleep )?(?:i would|i had|i will) (?:be )?(?:fine|okay|ok|happy|glad|"
        r"relieved|grateful|at peace|not mind|not care)\b|\b(?:do not|does not|would not|no "
        r"longer|honestly do not|really do not) (?:even |really |honestly )?care (?:if|whether) "
        r"i (?:die|live or die|live|wake up|am alive|make it|survive|get killed|see tomorrow)\b",
        negatable=False,
        unless_after=r" ?(?:of (?:embarrassment|boredom|laughter)|laughing|on (?:this|that) "
        r"hill|in (?:the|this) (?:game|match))",
    ),
)

RULES += (
    rule(
        "wish_to_die",
        C,
        r"\b(?:i |i just |i really |i honestly |i kind of |i sort of |just |honestly |i "
        r"genuinely )feel like dying\b|\bwhat if i (?:just )?(?:ended it|end it|killed SELF|"
        r"kill SELF|ended my life|end my life|took them all|take them all|jumped|did not wake "
        r"up|was not here any ?more)\b",
        unless_after=r" ?(?:of|after|from|laughing|with (?:this|the|my) \w+|when|at|in (?:this|"
        r"the) (?:heat|gym|class))",
        unless_journey=True,
    ),
    rule(
        "self_harm",
        C,
        r"\bmy (?:arms?|legs?|thighs?|wrists?|stomach|skin|hips?|forearms?) (?:is|are) "
        r"(?:covered in|full of|all|a mess of) (?:fresh |new |deep )?(?:cuts|burns|slashes|"
        r"self harm scars)\b(?! from (?:the|a|my) (?:cat|dog|kitten|puppy|bramble|brambles|"
        r"thorns|roses|garden|hedge|fall|accident|work|job|kitchen))",
    ),
)

RULES += (
    rule(
        "wish_to_die",
        C,
        r"\b(?:do not|no longer|never) (?:really |even |honestly )?feel like (?:living|being "
        r"alive|existing|going on|carrying on|waking up)\b|\bwhy do i (?:even |still )?(?:exist|"
        r"bother living|keep living|keep breathing|keep waking up)\b",
        negatable=False,
        unless_after=r" ?(?:in|at|here|there|with|near|like (?:a|an)|on)",
    ),
    rule(
        "suicidal_thoughts",
        C,
        r"\b(?:fantasi[sz]\w*|daydream\w*|dream\w* about|obsess\w*|romantici[sz]\w*) "
        r"(?:about |of |over |with )?(?:dying|death|my death|being dead|not existing|not waking "
        r"up|my own death|my funeral)\b",
        unless_journey=True,
        unless_after=r" ?(?:metal|row|star|valley|eater|note|in (?:the|a) (?:book|film|game))",
    ),
    rule(
        "method",
        C,
        r"\b(?:think\w*|thought|obsess\w*|fixat\w*|can not stop (?:thinking|looking)|keep "
        r"(?:thinking|looking)|kept (?:thinking|looking)|staring|stared) (?:about|of|at) (?:the|"
        r"my|his|dad s|a) (?:gun|rifle|pistol|shotgun|rope|noose|pills|razor|razor blades|"
        r"blades?)\b(?! (?:range|club|shop|show|licen[cs]e|safety|cabinet|laws?|control|"
        r"debate|swing|for (?:the|my) (?:garden|swing|boat|shed|tent)|in (?:the|my) "
        r"(?:organi[sz]er|pill box|pillbox)|from (?:the|my) (?:pharmacy|doctor|chemist)))|"
        r"\b(?:want|wanted|wanting|urge|tempted|thinking (?:about|of)|thought about|going|"
        r"could|should|will|might|plan\w*) (?:to )?(?:just )?(?:crash|crashing|wreck|wrecking) "
        r"(?:my|the) car(?: ?$| ?,| (?:on purpose|deliberately|into|off|at full speed|head on|"
        r"at speed|and die|and end it))|\b(?:want|wanted|wanting|urge|tempted|thinking "
        r"(?:about|of)|thought about|going|could|should|might) (?:to )?(?:just )?(?:drive|"
        r"driving|steer|steering|swerve|swerving) (?:my|the) car (?:into|off) (?:a|the|"
        r"oncoming)\b",
        unless_before=r"(?:he|she|they|his|her|their|friend|brother|sister|kids) ~{0,2}",
    ),
)


def word_bounded(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """Guards before a match start at a word: "he ~{0,2}" must not fire on "the pills"."""
    return tuple(
        replace(r, unless_before=re.compile(r"\b(?:" + r.unless_before.pattern + ")"))
        if r.unless_before is not None and not r.unless_before.pattern.startswith(r"\b")
        else r
        for r in rules
    )


def by_branch(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """Each top-level alternative of a pattern as a rule of its own, with the same guards.

    A sentence then runs only the branches its words could start, not a whole rule because one
    branch of it holds a common word; a match of any branch is a match of the rule.
    """
    out: list[Rule] = []
    for r in rules:
        branches = _split_top(r.pattern.pattern)
        if len(branches) == 1:
            out.append(r)
            continue
        out.extend(replace(r, pattern=re.compile(branch)) for branch in branches)
    return tuple(out)


RULES = by_branch(word_bounded(RULES))
