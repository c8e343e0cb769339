"""What one sentence does not say alone: a means joined to intent, despair joined to a means,
an injury joined to "on purpose", in the same sentence or the next.

"I've been saving my pills. Tonight I'll take them all." Neither sentence alone names suicide;
together they are a plan. A *means* the writer holds (pills gathered, a rope, a gun, charcoal)
near any sign of intent, or a *place* (a bridge, the tracks, a roof) near a strong one, makes
the text explicit; so does a means near indirect signs the concern rules found. Harmless means
("a rope for the garden swing", "my pills as prescribed") are not means here.
"""

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate

from afterglow.safety.language import context
from afterglow.safety.language.crisis_rules import _PILLS

_HELD = re.compile(
    r"\b(?:(?:have|got|bought|buy|buying|ordered|found|hidden|hid|keep|kept|stole|took|"
    r"borrowed|loaded|cleaned|holding|held|picked up|there is|there are|under my bed|in my "
    r"(?:drawer|closet|car|bag|nightstand))(?: [a-z0-9]+){0,4} (?:a |the |my |his |dad s |some )?"
    r"(?:gun|pistol|revolver|handgun|shotgun|rifle|bullets|rope|noose|razor blades|blades|"
    r"razor|charcoal|helium|exit bag|hose|tape)|(?:saved|saving|stockpiled|stockpiling|"
    r"hoarded|hoarding|stashed|stashing|collected|collecting|counted|counting|lined up|hidden|"
    r"hid|enough|all (?:of )?(?:my|the|these|those)|a (?:whole|full) bottle of|bottles of|"
    r"a month of|months of|weeks of|bought|got|have|keeping|kept)(?: [a-z0-9]+){0,3} "
    rf"{_PILLS}(?: (?:saved|ready|lined up|counted|hidden|in (?:the|my) (?:drawer|bag|car|"
    r"cabinet)))?|(?:the |my )?(?:pills|tablets|meds) (?:saved|ready|lined up|counted|"
    r"hidden|in (?:the|my) (?:drawer|bag|car|cabinet)))\b"
)
_PLACE = re.compile(
    r"\b(?:bridge|overpass|tracks|railway|train line|roof|rooftop|ledge|cliff|balcony|"
    r"platform|parking garage|top floor|river|express|motorway|highway|water)\b"
)
# Any sign of intent or an ending, near a means the writer holds.
_SIGN = re.compile(
    r"\b(?:end (?:it|this|everything|things)|do it|go through with it|get it over with|"
    r"be over|it is over|it will be over|never wake up|not wake up|no one (?:will|would) "
    r"(?:miss|notice)|nobody (?:will|would) (?:miss|notice)|the only way|it would be (?:quick|"
    r"easy|painless|over)|how (?:many|much)|tonight|tomorrow night|this weekend|soon|finally|"
    r"for good|forever|goodbye|last time|better off without me|burden|no way out|can not do "
    r"this any ?more|can not take (?:it|this) any ?more|can not go on|i am done|take them all|"
    r"all at once|at once|it will stop|make it stop|the pain will|be free|when the time comes|"
    r"ready|jump|step off|let go|lean|pull the trigger|in my mouth|to my head|around my neck|"
    r"the beam|tie it|swallow them|take them|down them|the whole bottle|enough to|just in "
    r"case|if it gets worse|hopeless|pointless|no point|nothing left|tired of|done with|want to "
    r"die|kill myself|it is for me|for me|for the end|so nobody would|so no one would|need the "
    r"nerve|the nerve|courage|waiting now|just waiting|the letters|letters|note|what (?:it is|"
    r"they are|that is|it will be|they will be) for|(?:have|got) enough(?! (?:for|to last|"
    r"until|till))|it is for the end|"
    r"one way|no going back|will not need|last time|i am ready|ready now|the end)\b"
)
# A place needs a strong sign: "the bridge is lovely tonight" is not one.
_STRONG = re.compile(
    r"\b(?:jump|jumping|end it|end my life|kill myself|want to die|be over|it is over|never "
    r"wake up|goodbye|step off|let go|lie down on (?:them|it|the tracks)|step in front|let it "
    r"take me|be gone|no one would miss|can not do this any ?more|done with this|for jumping|"
    r"to jump|throw myself|over the edge|the drop|how high|how far down|i am done|step "
    r"onto (?:them|it|the tracks|the line)|walk (?:onto|into) (?:them|it|the tracks|the "
    r"water|the sea|the river|traffic))\b"
)
_ORDINARY = re.compile(
    r"\b(?:as prescribed|pharmacy|refill|organi[sz]er|pillbox|pill box|on time|with "
    r"breakfast|doctor|dose reminder|garden|swing|climbing|gym|hunting|range|target "
    r"practice|camping|boat|sailing|tent|dog leash|tie down|moving|the view|sunset|"
    r"photos?|tour|commute|train to work|bus to|concert|festival|date night|the game|"
    r"shaving|craft|crafts|workshop|skipping|jump rope|bungee|diving board|pool|headache|"
    r"migraine|cold|flu|fever|period|cramps|hangover|toothache|back pain|as directed|"
    r"prescribed|prescription|chemist|gp|nurse|holiday|vacation|trip|travel|travelling|"
    r"traveling|flight|weekend away|week away|to last)\b"
)
_INJURY = re.compile(
    r"\b(?:cut|cutting|burn\w*|burnt|hit|hitting|punch\w*|slam\w*|bang\w*|scratch\w*|bit|"
    r"bite|biting|dig\w*|dug|scrape\w*|pinch\w*|smash\w*|stab\w*|carv\w*)\b"
)
_ON_PURPOSE = re.compile(
    r"\b(?:on purpose|deliberately|intentionally|to feel something|to feel anything|to punish "
    r"myself|because i deserved? it|because i hate myself|until (?:it|they|i) (?:bled|bleed|"
    r"bleeds|was bleeding)|till (?:it|they) (?:bled|bleeds|bleed)|until my \w+ (?:split|bled|"
    r"broke|bleed)|so it would hurt|wanted it to hurt|i deserved)\b"
)


# Something settled ("it's all planned", "my mind is made up") near an ending or a means: a plan.
_SETTLED = re.compile(
    r"\b(?:(?:it is|everything is|all|it all|the whole thing is|it has all been|everything "
    r"has been) (?:all )?(?:planned|sorted|set|arranged|ready|decided|in place|worked out|"
    r"organi[sz]ed|figured out)|(?:have|got|had) (?:it|everything|it all) (?:all )?"
    r"(?:planned|sorted|arranged|worked out|figured out|ready)|i have decided|made up my "
    r"mind|my mind is made up|i am ready to go|i am ready now|(?:picked|chosen) (?:a|the) "
    r"(?:date|day|time))\b"
)
_FINAL = re.compile(
    r"\b(?:end it|end things|end my life|end it all|i am done|kill myself|die|dead|not "
    r"wake up|never wake up|no one will (?:miss|notice)|nobody will (?:miss|notice)|be over|be "
    r"gone|not be here|the pills|my pills|the rope|the bridge|the gun|the note|the letters|"
    r"jump|for good|final|it ends|it will end|at peace|checking out|go through with it|"
    r"goodbye (?:everyone|world|all|forever|my)|"
    r"last (?:night|day) (?:alive|on earth|here)|better off without me|burden)\b"
)


Spots = tuple[set[int], set[int], set[int], set[int]]


def spots(parts: Sequence[str]) -> Spots:
    """The sentences that hold a means, a place, a settled plan, an injury.

    Found by one pass over the whole text rather than one search per sentence, and shared by
    both readings of ``crisis_codes``. (These patterns have no anchors or lookarounds and cannot
    match a line break, so the sentences with a match in the text are those with one of their
    own.)
    """
    text = "\n".join(parts)
    starts = list(accumulate((len(p) + 1 for p in parts), initial=0))
    return (
        _holding(_HELD, text, starts),
        _holding(_PLACE, text, starts),
        _holding(_SETTLED, text, starts),
        _holding(_INJURY, text, starts),
    )


def crisis_codes(
    parts: Sequence[str], *, concern: bool = False, found: Spots | None = None
) -> Iterator[str]:
    """'method' for a means joined to intent (or to the concerns found: ``concern``);
    'self_harm' for an injury joined to purpose."""
    held, place, settled, injured = spots(parts) if found is None else found
    for i, sentence in enumerate(parts):
        window = parts[max(0, i - 1) : i + 2]
        # A means held, then what it is for up to two sentences on: "Bought rope today. Not
        # for fencing. For me."
        wider = parts[max(0, i - 1) : i + 3]
        if (i in held and _joined(sentence, wider, _HELD, _SIGN, concern)) or (
            i in place and _joined(sentence, window, _PLACE, _STRONG, concern)
        ):
            yield "method"
        if i in settled and _settled(parts, i, concern):
            yield "plan"
        injury = _INJURY.search(sentence) if i in injured else None
        if (
            injury is not None
            and _writer_says(sentence, injury.start())
            and any(_ON_PURPOSE.search(part) for part in window)
        ):
            yield "self_harm"


def _holding(pattern: re.Pattern[str], text: str, starts: list[int]) -> set[int]:
    """The sentences in which pattern matches, given where each starts in the text."""
    return {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text)}


def _joined(
    sentence: str,
    window: Sequence[str],
    means: re.Pattern[str],
    sign: re.Pattern[str],
    concern: bool,
) -> bool:
    found = means.search(sentence)
    if found is None or _ORDINARY.search(sentence) or not _writer_says(sentence, found.start()):
        return False
    if concern:
        return True
    for part in window:
        rest = part.replace(found.group(0), " ", 1) if part is sentence else part
        mark = sign.search(rest)
        if mark is not None and _writer_says(rest, mark.start(), things=True):
            return True
    return False


def _settled(parts: Sequence[str], i: int, concern: bool) -> bool:
    sentence = parts[i]
    found = _SETTLED.search(sentence)
    if found is None or _ORDINARY.search(sentence) or not _writer_says(sentence, found.start()):
        return False
    if concern:
        return True
    for part in parts[max(0, i - 2) : i + 3]:
        rest = part.replace(found.group(0), " ", 1) if part is sentence else part
        mark = _FINAL.search(rest)
        if mark is not None and not _ORDINARY.search(rest) and _writer_says(rest, mark.start()):
            return True
    return False


def _writer_says(sentence: str, start: int, *, things: bool = False) -> bool:
    return (
        context.about_writer(sentence, start, things=things)
        and not context.denied(sentence, start, start)
        and not context.framed(sentence, start)
    )
