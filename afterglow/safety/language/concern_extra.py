"""Indirect signs, second round: shapes of saying it, by category (see crisis_extra.py).

Not being here told by a date ("I don't expect to still be here by the summer"), things that
will not be needed, goodbyes "in case", pain measured by how much more can be taken, the
writer as the problem in other people's lives. The statistical reading (model.py) covers the
metaphors no rule can list; these are the shapes common enough to name.
"""

from afterglow.safety.language.crisis_rules import by_branch, word_bounded
from afterglow.safety.language.rule import Rule, rule
from afterglow.safety.language.verdict import Level

Q = Level.CONCERN
_OTHER = r"(?:he|she|they|his|her|their|my (?:son|daughter|friend|brother|sister|mum|mom|dad))"

RULES: tuple[Rule, ...] = (
    rule(
        "not_being_here",
        Q,
        r"\b(?:will not|not going to|do not expect to|am not going to|probably will not|"
        r"might not) (?:still )?be (?:here|around|alive) (?:by|for|when|at|in|next|much "
        r"longer|to (?:use|see|need|read|keep|enjoy)|after|come|this time next)\b|"
        r"\b(?:if|when) i am still (?:here|around)\b(?= ~{0,6}(?:instead|not when|next|by))|"
        r"\bmy last (?:spring|summer|autumn|fall|winter|christmas|birthday|new year|easter)\b|"
        r"\b(?:on my way out|just be a memory|be a memory soon)\b|"
        r"\b(?:will not|not going to) be (?:anyone s|anybody s|your|their|his|her|a) "
        r"(?:problem|concern|worry|burden) (?:much longer|for long|any ?more|soon)?\b|"
        r"\b(?:will not|not) have to (?:worry about|put up with|deal with|look after|carry) "
        r"me (?:for )?(?:much longer|for long|any ?more|soon)\b|\bdo not save me a (?:seat|"
        r"place|plate)\b|\b(?:will not|not) be seeing (?:you|u) (?:next|again|any)\b",
        unless_before=rf"{_OTHER} ~{{0,3}}",
        unless_after=r"(?:because|as i am|as i will be|since i am|i am (?:away|moving|"
        r"travel\w*|on holiday))",
    ),
    rule(
        "giving_away",
        Q,
        r"\b(?:before|after|when|once) i am (?:gone|not here|not around|no longer here)\b|"
        r"\b(?:i )?(?:will not|do not|won t|am not going to) (?:need|be needing|be using|be "
        r"playing|be wearing|be reading) (?:it|them|any of (?:it|them)|it back|them back|"
        r"anything)\b(?= ?(?:$|\||,|for|where|any|not|much|after|when|again|,))|"
        r"\b(?:hers|his|theirs|yours) (?:to keep|for keeps)\b|\bfor keeps\b|"
        r"\bwho (?:gets|should get|will get) (?:the|my|what)\b|\b(?:labels?|names?) on "
        r"everything i own\b|\bnot going to be a later\b|\bwill still be using it\b|"
        r"\b(?:everything|all) (?:that )?(?:matters|i own|of my things) (?:to me )?"
        r"(?:is gone|has gone|gave|given)\b|\bmy (?:dog|cat|dogs|cats) (?:is |are )?going to "
        r"(?:my|a) \w+ (?:permanently|for good|for keeps)\b",
        unless_before=rf"{_OTHER} ~{{0,3}}|(?:holiday|trip|move|moving|declutter\w*) ~{{0,6}}",
    ),
    rule(
        "goodbye",
        Q,
        r"\b(?:one|for the) last time\b(?! (?:before (?:the|my|we|i) (?:holiday|move|trip|"
        r"wedding|exam|surgery|baby))|this (?:season|year|term|week))|"
        r"\bthis (?:is|might be|may be|will be) the last (?:time i write|entry|thing you|time "
        r"you|note|message|time i|post)\b|\b(?:if|in case) i (?:do not|don t) (?:reply|wake "
        r"up|make it|answer|come back)\b|\bjust know (?:that )?i (?:loved|love) (?:you|u)\b|"
        r"\bdo not be sad when (?:you|u) read\b|\bsaid goodbye properly\b|\bwhere we part "
        r"ways\b|\ba good one to leave on\b|\b(?:thank you|thanks) for (?:trying|everything)"
        r" ~{0,4}(?:you did your best|you did what you could|it was not your fault)\b|"
        r"\bwhile i still can\b|\bin case\b(?= ?(?:$|\|))|\bhugged ~{0,3}(?:extra long|one "
        r"more time)\b(?= ~{0,3}last)",
        unless_before=rf"{_OTHER} ~{{0,3}}|(?:season|series|show|match|game|concert|tour|"
        r"term|semester|shift|exam) ~{0,4}",
    ),
    rule(
        "hopelessness",
        Q,
        r"\b(?:can not|could not|do not|can t) (?:even )?(?:imagine|picture|see) (?:ever |"
        r"myself )?(?:feeling|being|getting) (?:ok|okay|better|happy|well|good|normal) "
        r"(?:again|ever)?\b|\b(?:no|not a single|not one) reason to get up\b|"
        r"\b(?:i am )?(?:not fixable|unfixable|beyond fixing|past fixing|past saving)\b|"
        r"\bnothing (?:ever )?sticks\b|\bnothing good (?:is )?(?:still )?coming\b|"
        r"\bwaiting for nothing\b|\b(?:will|is going to) be the same as today\b|"
        r"^pointless\b|\bwhat is the point of any of it\b|\b(?:just )?a blank where\b|"
        r"\b(?:lost|losing) faith ~{0,4}(?:that|in) ~{0,3}(?:anything|good|better|getting "
        r"better|ever)\b|\bwasting (?:your|their) time (?:with|on) me\b|\bthis is (?:simply )?"
        r"who i am now\b|\b(?:stopped|stop) waiting for (?:things|it|life) to (?:turn around|"
        r"get better|change)\b",
        unless_before=rf"{_OTHER} ~{{0,3}}",
    ),
    rule(
        "no_way_out",
        Q,
        r"\bno (?:exit|route out|escape|way through|way to untie|fixing this|running from "
        r"it)\b|\bonly (?:one )?door (?:left|that is still open|still open)\b|\bevery door "
        r"(?:i try )?is (?:locked|shut|closed)\b|\b(?:boxed|hemmed|walled|closed) in "
        r"(?:from|on) every side\b|\bnowhere (?:left )?to (?:go|turn|run)\b|\b(?:can not|"
        r"could not) get out from under\b|\b(?:stuck|trapped) in a life i can not (?:leave|"
        r"escape|get out of)\b|\ba maze with no (?:exit|way out)\b|\bthey all end at the same "
        r"wall\b|\b(?:no|not a) (?:version|way) (?:of this )?(?:where|that) (?:it|this|i) "
        r"(?:works? out|gets? (?:better|free|out))\b",
        unless_before=rf"{_OTHER} ~{{0,3}}|(?:game|level|puzzle|escape room|maze) ~{{0,6}}",
        unless_journey=True,
    ),
    rule(
        "unbearable",
        Q,
        r"\b(?:can not|could not|can t) bear (?:it|this|to carry|to go on|another|any ?more)\b"
        r"(?! (?:when|if|that (?:he|she|they)))|\bhurts too much to (?:be awake|live|breathe|"
        r"exist|keep going|go on)\b|\bhow (?:much|many) more (?:of this|days like this|days)"
        r" i (?:can|am able to) (?:take|get through|bear|handle|survive)\b|\bhow much more of "
        r"this i am able to take\b|\bnot built to take this much\b|\b(?:this|the) pain is "
        r"going to (?:break|kill|finish) me\b|\b(?:do not|no longer) have the strength to "
        r"(?:lift|carry|keep|go on|do this|get up|face)\b|\bsimply can not bear it\b",
        unless_before=rf"{_OTHER} ~{{0,3}}",
        unless_after=r"(?:to (?:watch|look|see|throw|part|miss|leave (?:the|my) (?:dog|cat|"
        r"house))|the (?:heat|cold|noise|suspense|wait|waiting))",
    ),
    rule(
        "burden",
        Q,
        r"\b(?:easier|better|freer|happier) (?:life )?(?:if|without) (?:i|me|he did not have "
        r"me|she did not have me|they did not have me)\b(?! (?:the|my|a) )|"
        r"\b(?:i am|i am just|i am only) (?:a|the) (?:problem (?:people|everyone)|reason "
        r"everyone|inconvenience|hole that people)\b|\bmy existence is (?:an inconvenience|a "
        r"burden|a problem|a drain)\b|\bdeserves? (?:so much |much )?better than (?:looking "
        r"after me|me|having to (?:look after|carry|deal with) me)\b|\b(?:relieved|better "
        r"off|lighter) if i (?:stopped being around|was not around|were not around|was gone|"
        r"were gone|was not here)\b|\bstop being (?:their|everyone s|your|a) problem\b|"
        r"\b(?:i am|i am just|feel like) (?:ballast|an anchor|dead weight|a weight)\b|"
        r"\bif (?:he|she|they) did not have me to (?:carry|look after|worry about)\b|"
        r"\b(?:costing|cost) (?:the nhs|everyone|my family|this family) ~{0,3}(?:for what|and "
        r"(?:i )?give nothing)\b|\bgive nothing back\b",
        about_writer=False,
        unless_before=r"(?:broke|broken|surgery|operation|cast|crutches|sling) ~{0,8}",
    ),
)

RULES = by_branch(word_bounded(RULES))
