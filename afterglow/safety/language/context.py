"""Who a statement is about and whether it is denied: read from the words around a match.

Both look only inside the clause that holds the match (a comma, "but", "and", "because" ... end
a clause), so "I'm not okay and I want to die" is not read as a denial, and "my sister said she
wanted to die, and I held her" is about the sister.
"""

import re
from collections.abc import Sequence

_BOUNDARY = frozenset(
    [
        ",",
        "but",
        "and",
        "because",
        "so",
        "though",
        "although",
        "however",
        "yet",
        "or",
        "while",
        "then",
        "-",
        "--",
        "—",
        "–",
        "(",
        ")",
        ":",
        "|",
        "like",
        "cause",
        "since",
        "until",
    ]
)
_WRITER = frozenset(["i", "me", "myself", "we", "us", "ourselves", "you", "yourself"])
_OTHERS = frozenset(
    [
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "theirs",
        "himself",
        "herself",
        "themselves",
        "someone",
        "somebody",
        "people",
        "person",
        "everyone",
        "everybody",
        "anyone",
        "anybody",
        "nobody",
        "character",
        "characters",
        "friend",
        "friends",
        "brother",
        "sister",
        "mom",
        "mum",
        "mother",
        "dad",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "partner",
        "boyfriend",
        "girlfriend",
        "cousin",
        "aunt",
        "uncle",
        "grandma",
        "grandmother",
        "grandpa",
        "grandfather",
        "coworker",
        "colleague",
        "client",
        "patient",
        "patients",
        "roommate",
        "neighbor",
        "neighbour",
        "kid",
        "kids",
        "child",
        "children",
        "guy",
        "girl",
        "man",
        "woman",
        "teen",
        "teenager",
        "boy",
        "sibling",
        "niece",
        "nephew",
        "student",
        "students",
        "protagonist",
        "narrator",
        "hero",
        "author",
        "singer",
        "actor",
        "actress",
        "who",
        "fiance",
        "fiancee",
        "ex",
        "bestie",
        "bff",
        "buddy",
        "flatmate",
        "housemate",
        "mate",
        "pal",
        "stranger",
        "victim",
        "teammate",
        "classmate",
        "cat",
        "dog",
        "puppy",
        "kitten",
        "granddaughter",
        "grandson",
        "stepdad",
        "stepmom",
    ]
)
_NEGATORS = {"not", "never", "no", "nor", "without", "zero", "0", "denies", "denied"}
# "not sure I want to live", "can't stop thinking about it", "no idea why": not denials.
_NOT_A_DENIAL = frozenset(
    [
        "sure",
        "certain",
        "idea",
        "doubt",
        "matter",
        "wonder",
        "stop",
        "help",
        "shake",
        "resist",
        "escape",
        "only",
        "just",
        "even",
        "longer",
        "one",
        "control",
        "get",
        "lie",
        "know",
    ]
)
# Between the words and their denial only words about them: "thoughts of it: none", "the urges
# have mostly gone", never a new subject ("kms the rain stopped").
_FILLER = (
    r"(?: (?:or (?:suicide|self harm|suicidal (?:thoughts|ideation)|harming myself|hurting myself)|"
    r"thoughts?|urges?|feelings?|ideas?|ideation|stuff|things?|completely|totally|"
    r"mostly|now|really|all|finally|pretty|much|lately|since|then|for now|this week|today|"
    r"these days|at the moment|right now))"
)
_DENIED_AFTER = re.compile(
    # Something between: a word about them, a comma or colon, or a verb ("kms quiet sunday" is
    # not a denial; "urges gone", "thoughts: none", "it has passed" are).
    rf"^(?:{_FILLER}{{1,2}} ?(?:,|:|-)? ?|{_FILLER}{{0,2}} ?(?:,|:|-) ?|{_FILLER}{{0,2}} ?"
    r"(?:is |are |was |were |have |has |had )(?:been )?)(?:none|nil|zero|0(?: 10)?|denied|gone|"
    r"passed|faded|absent|quiet|quieter|stopped|disappeared|eased|lifted|went away|"
    r"over now|not at all)\b|"
    # "no" / "never" only as an answer, not as the start of what follows ("and never wake up").
    rf"^{_FILLER}{{0,2}} ?(?:,|:|-)? ?(?:no|nope|never(?: again| once)?)(?= ?(?:$|,|\||\.|:))|"
    # "the urge to cut didn't come back", "the thoughts I used to have haven't shown up".
    r"^(?: [a-z]+){0,9} (?:have not|has not|did not|had not|do not|does not|never) "
    r"(?:\w+ )?(?:shown up|show up|come back|came back|come|came|returned|been back|bothered me|"
    r"visited|surfaced|appeared|reappeared)\b|"
    # "the dark thoughts ... i have not had them in a month".
    r"^(?: [a-z]+){0,12} (?:have not|has not|had not) (?:had|felt|noticed|thought about) "
    r"(?:them|it|those|one|any|that)(?: \w+){0,2} (?:in|for|since)\b"
)
# Words a denial reaches across: "not having any thoughts of", "no, I haven't had any urges to".
_SCOPE = frozenset(
    [
        "i",
        "am",
        "have",
        "has",
        "had",
        "having",
        "any",
        "thoughts",
        "thought",
        "of",
        "about",
        "urges",
        "urge",
        "to",
        "wanting",
        "want",
        "wanted",
        "feel",
        "felt",
        "feeling",
        "like",
        "the",
        "plans",
        "plan",
        "intention",
        "intentions",
        "desire",
        "been",
        "a",
        "single",
        "ideas",
        "idea",
        "wish",
        "wishes",
        "did",
        "do",
        "does",
        "ever",
        "even",
        "considered",
        "considering",
        "think",
        "thinking",
        "really",
        "at",
        "all",
        "or",
        "and",
        "current",
        "active",
        "passive",
        "serious",
        "one",
        "single",
        "old",
        "of",
        "actually",
        "seriously",
        "once",
        # the subject named before another one: "no thoughts of suicide or self harm"
        "suicide",
        "suicidal",
        "self",
        "harm",
        "harming",
        "hurting",
        "hurt",
        "myself",
        "yourself",
        "ideation",
    ]
)
_SCOPE_NEGATORS = frozenset(["not", "never", "no", "without", "zero", "nor", "none"])
_NOT_THIS = frozenset(["reason", "why", "point", "excuse", "whether"])
# "I can't remember the last time I wanted to die": far in the past, not now.
_REMOTE = re.compile(
    r"\b(?:can not|could not|do not|barely) (?:even )?remember (?:the last time|when)|"
    r"\b(?:it has been|it is been|been) (?:\w+ ){0,2}(?:months|years|weeks|ages) since\b|"
    r"\b(?:zero|no|0|not one|not a single) (?:days?|nights?|times?|moments?) (?:of|where|when|"
    r"that)\b"
)
# Talking about the subject, not from inside it: a book, a song, a study, a screening question.
# A thing that can be about something frames only what it is said to be about ("a song about
# wanting to die"), not whatever follows it ("nobody read the book i want to ..."); the other
# frames carry their own link ("died by", "asked me whether", "ticked no to").
_ABOUT = (
    r"(?:about|of|on|called|titled|named|where|in which|that|which|asks|asked|asking|ask|"
    r"said|says|like|for|with|from|whether|if|to|:|is|was)"
)
_FRAME = re.compile(
    r"\b(?:(?:article|book|song|lyrics|film|movie|show|series|chapters?|scenes?|episode|"
    r"podcast|research|study|studies|paper|talk|lecture|training|course|class|poem|play|"
    r"characters?|story|novel|news|documentary|questions?|questionnaire|item|survey|form|"
    r"charity|fundraiser|campaign|video|meme|joke|trend|headline|report|victim|murder|trial|"
    r"stigma|museum|exhibit|sermon|eulogy|screening|quiz|interview|poster|leaflet|scale)"
    rf"(?: \S+){{0,3}} {_ABOUT}|studied|prevention|awareness|statistics|rates|hotline|"
    r"helpline|first aid|disclosed|disclosing|safeguarding|"
    r"support group|disguised as|bereaved by|lost (?:him|her|them|\w+) to|died by|death by|"
    r"ask\w* (?:me )?(?:about|if|whether)|asked (?:me )?(?:about|if|whether)|screening for|"
    r"screened for|tick\w* no|answered|treatment for|treat|treats|treating|used for|"
    r"approved for|risk of|warning signs? of|signs of|history of|funeral for|memorial for)\b"
    r"(?: \S+){0,7} ?$"
)


# "not because of dark thoughts", "grief is not the same thing as wanting to die".
_NOT_THAT = re.compile(
    r"\b(?:not|never) (?:because of|due to|from|out of)(?: \S+){0,2} $|"
    r"\b(?:not|never) the same (?:thing )?as $|\bdifferent (?:thing )?(?:from|than|to) $"
)
# "0 10 on the suicidal thoughts scale", "rated the pull towards self harm zero".
_SCORED_ZERO = re.compile(r"(?:^| )(?:0|zero)(?: 10| out of 10| of 10)? (?:on|for)(?: the)?$")


def framed(text: str, start: int) -> bool:
    """The words stand inside a frame (a book about, a question about) earlier in the sentence."""
    return _FRAME.search(" ".join(text[max(0, start - 120) : start].split()[-10:])) is not None


# "Not once did I think about it", "at no point": a denial whatever the subject that follows.
_FIRMLY_DENIED = re.compile(
    r"^(?:not once|never once|at no point|not one time|not a single time)\b"
)
_INTENSIFIED = re.compile(r"^ ?(?:(?:this|so|as) (?:much|badly|bad|strongly)|more than)\b")
_CLAUSE_WORDS = 8
_NEGATION_WORDS = 3


def _clause_before(text: str, start: int) -> list[str]:
    words = text[max(0, start - 200) : start].split()
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _BOUNDARY:
            return words[i + 1 :]
    return words


_THINGS = frozenset(["they", "them", "their", "it"])


def about_writer(text: str, start: int, *, things: bool = False) -> bool:
    """The nearest subject before the match is the writer, or there is none ("wanted to die").

    With ``things``, "they" and "it" may be objects ("they're for tonight"), not other people.
    """
    for word in reversed(_clause_before(text, start)[-_CLAUSE_WORDS:]):
        if word in _WRITER:
            return True
        if word in _OTHERS and not (things and word in _THINGS):
            return False
        # "my brother's overdose" is read as "my brothers overdose": someone else's.
        if word.endswith("s") and word[:-1] in _OTHERS and word[:-1] not in _THINGS:
            return False
    return True


def denied(text: str, start: int, end: int) -> bool:
    """A negation right before it, or a "none"/"gone" right after it."""
    clause = _clause_before(text, start)
    if _FIRMLY_DENIED.search(" ".join(clause)):
        return True
    before = clause[-_NEGATION_WORDS:]
    for i, word in enumerate(before):
        following = before[i + 1] if i + 1 < len(before) else ""
        # "never thought I would want to die": the denial is of another verb, with its subject.
        if any(w in _WRITER or w in _OTHERS for w in before[i + 1 :]):
            continue
        # "I've never wanted to die this much": never, then a comparison, is not a denial.
        if word == "never" and _INTENSIFIED.match(text[end : end + 30]):
            continue
        if word in _NEGATORS and following not in _NOT_A_DENIAL:
            if word == "no" and following == "longer":
                continue
            return True
        if word == "longer" and i and before[i - 1] == "no":
            return True
    if _REMOTE.search(" ".join(clause[-12:])) or _REMOTE.search(text[max(0, start - 80) : start]):
        return True
    if _SCORED_ZERO.search(" ".join(clause[-6:])):
        return True
    if _NOT_THAT.search(text[max(0, start - 40) : start]):
        return True
    if _reaches(text[max(0, start - 120) : start].split()):
        return True
    return bool(_DENIED_AFTER.match(text[end : end + 90]))


def negation_reaching(
    words: Sequence[str], *, negators: frozenset[str], scope: frozenset[str], span: int
) -> int | None:
    """Where, among the last ``span`` words, a negation stands that reaches their end across
    only ``scope`` words ("not having any thoughts of", "no he tenido pensamientos de"); None
    if there is none. Shared by the English and the Spanish readings."""
    last = words[-span:]
    for i in range(len(last) - 1, -1, -1):
        if last[i] in negators:
            return len(words) - len(last) + i
        if last[i] not in scope:
            return None
    return None


def _reaches(words: list[str]) -> bool:
    """A negation a few words back, with only words it reaches across in between."""
    at = negation_reaching(words, negators=_SCOPE_NEGATORS, scope=_SCOPE, span=9)
    if at is None:
        return False
    # "no reason not to", "can't see why not": the negation is of something else.
    # (Only a word inside the span counts, as the span is all the reading looks at.)
    return not (at > max(0, len(words) - 9) and words[at - 1] in _NOT_THIS)


_USED_TO = re.compile(r"\bused to\b")
_OVER = re.compile(
    r"\b(?:anymore|any more|no longer|(?:have|has|had) not (?:had|felt|thought|been|come|wanted)|"
    r"gone|stopped|disappeared|in the past|not since|(?:weeks|months|years) since|since then)\b"
)
_BACK = re.compile(
    r"\b(?:again|back|relaps\w*|returned|return|started|starting|lately|recently|tonight|"
    r"these days|this week|right now|now i (?:want|think|feel|wish|am))\b"
)


def over_now(parts: Sequence[str], i: int, start: int) -> bool:
    """Something the writer "used to" feel, said to be over ("i do not anymore") and not back."""
    if not _USED_TO.search(" ".join(_clause_before(parts[i], start)[-8:])):
        return False
    after = " ".join([parts[i][start:], *parts[i + 1 : i + 2]])
    return bool(_OVER.search(after)) and not _BACK.search(after)


_MEANT_NOT = re.compile(
    r"\bmeant\b(?: \S+){0,8} not (?:with |about |that |in that way |like )?(?:my |with my )?"
    r"(?:life|living|like that|literally|anything (?:bad|serious|dark|worrying|like that)|"
    r"suicid\w*|dying|death)\b"
)


def clarified(parts: Sequence[str], i: int) -> bool:
    """The writer says what they meant, and that it was not their life ("i meant the job")."""
    return any(_MEANT_NOT.search(part) for part in parts[i : i + 2])


# Goodbyes and giving away for an ordinary reason told beside them: a move, a new job, a will
# made for a baby or a mortgage. ("moving to a better place" is not a move.)
_ORDINARY = re.compile(
    r"\b(?:moving (?:house|out|abroad|flats?|in with|cities|country|offices?|desks?|away|"
    r"back|home|to (?!a better place|the other side|heaven)[a-z]+)|(?:the|our|my) move\b|"
    r"new (?:job|office|flat|house|school|baby)|other office|leaving (?:do|party|drinks|"
    r"card)|emigrat\w*|relocat\w*|retir(?:e|ed|ing|ement)|course ends|end of (?:term|the course|"
    r"the year|the season)|last day at|for the weekend|holiday|vacation|"
    r"honeymoon|gap year|the baby (?:arrived|came|is due)|mortgage|solicitor|guardianship|"
    r"adulting|in the boring sense|"
    r"downsiz\w*|decluttering|declutter|marie kondo|spring clean\w*|to a charity shop|"
    r"to charity|car boot|yard sale|garage sale|no pets allowed|to open when|wedding days?|"
    r"18th birthdays?|maintenance program\w*|switch(?:ing)? to)\b"
)


# ... unless the writer says it is not the reason, or that they will not be there.
_NOT_ORDINARY = re.compile(
    r"\b(?:(?:will|would) not be (?:here|there|around)|i am not\b|that is the point|"
    r"not explained|more than i (?:will|would|do)|be around for|deserves? someone)"
)


def ordinary_reason(parts: Sequence[str], i: int) -> bool:
    """An ordinary reason for a goodbye or for giving things away, in or beside the sentence."""
    near = parts[max(0, i - 1) : i + 2]
    return any(_ORDINARY.search(part) for part in near) and not any(
        _NOT_ORDINARY.search(part) for part in parts[max(0, i - 1) : i + 3]
    )


_JOURNEY = re.compile(
    r"\b(?:ketamine|k ?hole|khole|infusion|spravato|journey|session|trip|tripping|ego|reborn|"
    r"rebirth|dissolv\w*|medicine|psychedelic\w*|mushrooms|ayahuasca|dissociat\w*|the experience|"
    r"visions?|the dose|the ride|the void|universe|cosmic|death and rebirth|surrender\w*)\b"
)


def in_journey(parts: Sequence[str], i: int) -> bool:
    """Ketamine-experience language in this sentence, the one before or the one after."""
    return any(_JOURNEY.search(part) for part in parts[max(0, i - 1) : i + 2])


def journeys(parts: Sequence[str]) -> list[bool]:
    """``in_journey`` for every sentence at once, each sentence searched once."""
    own = [_JOURNEY.search(part) is not None for part in parts]
    return [any(own[max(0, i - 1) : i + 2]) for i in range(len(parts))]
