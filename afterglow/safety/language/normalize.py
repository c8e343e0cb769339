"""Text as the rules read it: lower case, plain letters, words spelled one way, split in sentences.

People write in a hurry, on a phone, at night: "im sooo done", "dont wanna wake up", "kil myslef",
"su1c1de". The rules are written once against a canonical form, and this module brings every way
of writing to it: case and accents folded, curly quotes straightened, letters repeated three or
more times reduced, digits used as letters read as letters, contractions spelled out whether or
not the apostrophe was typed, texting shorthand and common misspellings mapped to their word.
"""

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Sentences end at . ! ? ; and line breaks; a comma or dash ends a clause but not a sentence.
_SENTENCE_END = re.compile(r"[.!?;…\n\r]+|\s/\s|\s{3,}")
_TAG = re.compile(r"<[^>]{0,200}>")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "`": "'", "´": "'", "ʼ": "'", "“": '"', "”": '"'})
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_LEET = str.maketrans({"1": "i", "3": "e", "0": "o", "4": "a", "@": "a", "$": "s", "5": "s"})
_TOKEN_OR_END = re.compile(r"[a-z0-9@$*]+(?:'[a-z]+)?|,|-{1,2}|—|–|\(|\)|:|\|")
_TOKEN = re.compile(r"[a-z0-9@$*]+(?:'[a-z]+)?|,|-{1,2}|—|–|\(|\)|:")
_STARRED = ("suicide", "suicidal", "kill", "killing", "killed", "myself", "die", "dead", "cut")

# Contractions, with or without the apostrophe (people drop it), spelled out.
_CONTRACTIONS = {
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "ive": "i have",
    "i'd": "i would",
    "i'll": "i will",
    "id": "i would",
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "don't": "do not",
    "dont": "do not",
    "doesn't": "does not",
    "doesnt": "does not",
    "didn't": "did not",
    "didnt": "did not",
    "isn't": "is not",
    "isnt": "is not",
    "wasn't": "was not",
    "wasnt": "was not",
    "aren't": "are not",
    "arent": "are not",
    "weren't": "were not",
    "werent": "were not",
    "haven't": "have not",
    "havent": "have not",
    "hasn't": "has not",
    "hasnt": "has not",
    "hadn't": "had not",
    "hadnt": "had not",
    "couldn't": "could not",
    "couldnt": "could not",
    "wouldn't": "would not",
    "wouldnt": "would not",
    "shouldn't": "should not",
    "shouldnt": "should not",
    "ain't": "am not",
    "aint": "am not",
    "what's": "what is",
    "whats": "what is",
    "there's": "there is",
    "theres": "there is",
    "it's": "it is",
    "that's": "that is",
    "thats": "that is",
    "she's": "she is",
    "shes": "she is",
    "they're": "they are",
    "theyre": "they are",
    "you're": "you are",
    "youre": "you are",
    "we're": "we are",
    "they'd": "they would",
    "theyd": "they would",
    "everyone's": "everyone is",
    "nobody's": "nobody is",
    "noone": "no one",
    "no-one": "no one",
    "let's": "let us",
    "y'all": "you all",
    "it'll": "it will",
    "that'll": "that will",
    "you'll": "you will",
    "they'll": "they will",
    "we'll": "we will",
    "he'll": "he will",
    "she'll": "she will",
    "she'd": "she would",
    "he'd": "he would",
    "we'd": "we would",
    "you'd": "you would",
    "he's": "he is",
    "hes": "he is",
    "life's": "life is",
    "lifes": "life is",
    "everything's": "everything is",
    "everythings": "everything is",
    "nothing's": "nothing is",
    "nothings": "nothing is",
    "something's": "something is",
    "tonight's": "tonight is",
    "today's": "today is",
    "tomorrow's": "tomorrow is",
    "who's": "who is",
    "where's": "where is",
    "how's": "how is",
    "here's": "here is",
    "time's": "time is",
    "this'll": "this will",
    "there'll": "there will",
    "i'ma": "i am going to",
    "ima": "i am going to",
    "imma": "i am going to",
    "lemme": "let me",
    "gimme": "give me",
}

# Texting shorthand and the misspellings people make of the words the rules need.
_WORDS = {
    "u": "you",
    "wont": "will not",
    "idk": "i do not know",
    "dunno": "do not know",
    "idc": "i do not care",
    "dnt": "do not",
    "wud": "would",
    "wld": "would",
    "cud": "could",
    "shud": "should",
    "shld": "should",
    "woulda": "would have",
    "coulda": "could have",
    "shoulda": "should have",
    "outta": "out of",
    "tho": "though",
    "alot": "a lot",
    "wat": "what",
    "wut": "what",
    "4ever": "forever",
    "forver": "forever",
    "foreva": "forever",
    "l8r": "later",
    "2moro": "tomorrow",
    "2mrw": "tomorrow",
    "tmrow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "tonihgt": "tonight",
    "anymoe": "anymore",
    "any1s": "anyone is",
    "enuf": "enough",
    "enogh": "enough",
    "enought": "enough",
    "becuase": "because",
    "becasue": "because",
    "beacuse": "because",
    "wanst": "was not",
    "realy": "really",
    "relly": "really",
    "honestley": "honestly",
    "honesly": "honestly",
    "probaly": "probably",
    "definately": "definitely",
    "defintely": "definitely",
    "deffo": "definitely",
    "def": "definitely",
    "literaly": "literally",
    "litterally": "literally",
    "pointles": "pointless",
    "pointlss": "pointless",
    "hopeles": "hopeless",
    "worthles": "worthless",
    "burdden": "burden",
    "berden": "burden",
    "someting": "something",
    "nothign": "nothing",
    "anythign": "anything",
    "everyting": "everything",
    "everythin": "everything",
    "anythin": "anything",
    "evryone": "everyone",
    "everyon": "everyone",
    "evryday": "every day",
    "everyday": "every day",
    "thier": "their",
    "freind": "friend",
    "freinds": "friends",
    "familly": "family",
    "wihtout": "without",
    "withou": "without",
    "wiht": "with",
    "agian": "again",
    "agin": "again",
    "againn": "again",
    "livng": "living",
    "liveing": "living",
    "wantd": "wanted",
    "wantin": "wanting",
    "wnated": "wanted",
    "wakeing": "waking",
    "sleepin": "sleeping",
    "dieing": "dying",
    "diee": "die",
    "dii": "die",
    "deadd": "dead",
    "myselff": "myself",
    "killl": "kill",
    "dieded": "died",
    "deid": "died",
    "deaht": "death",
    "dath": "death",
    "deth": "death",
    "suicidial": "suicidal",
    "suicidle": "suicidal",
    "suisid": "suicide",
    "suside": "suicide",
    "sueside": "suicide",
    "sucied": "suicide",
    "suiced": "suicide",
    "ovedose": "overdose",
    "overdoze": "overdose",
    "overdos": "overdose",
    "overdossed": "overdosed",
    "overdozed": "overdosed",
    "endding": "ending",
    "hurtting": "hurting",
    "harmin": "harming",
    "cutt": "cut",
    "cuttng": "cutting",
    "razer": "razor",
    "nooses": "noose",
    "noos": "noose",
    "tablts": "tablets",
    "medz": "meds",
    "paracetemol": "paracetamol",
    "paracetomol": "paracetamol",
    "parecetamol": "paracetamol",
    "tylenols": "tylenol",
    "anymroe": "anymore",
    "amymore": "anymore",
    "nemore": "anymore",
    "goodbey": "goodbye",
    "gooodbye": "goodbye",
    "sory": "sorry",
    "soz": "sorry",
    "sorri": "sorry",
    "forgiv": "forgive",
    "exausted": "exhausted",
    "exhuasted": "exhausted",
    "unbearible": "unbearable",
    "unberable": "unbearable",
    "imposible": "impossible",
    "trapt": "trapped",
    "traped": "trapped",
    "escap": "escape",
    "futur": "future",
    "ur": "your",
    "r": "are",
    "wanna": "want to",
    "wana": "want to",
    "wan": "want",
    "wnat": "want",
    "wnt": "want",
    "whant": "want",
    "wamt": "want",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "finna": "going to",
    "bouta": "about to",
    "tryna": "trying to",
    "gotta": "got to",
    "hafta": "have to",
    "needa": "need to",
    "kinda": "kind of",
    "sorta": "sort of",
    "rn": "right now",
    "tn": "tonight",
    "tonite": "tonight",
    "tonigt": "tonight",
    "2nite": "tonight",
    "2night": "tonight",
    "2day": "today",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tomorow": "tomorrow",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "b4": "before",
    "n": "and",
    "nd": "and",
    "w": "with",
    "wo": "without",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "every1": "everyone",
    "any1": "anyone",
    "some1": "someone",
    "no1": "no one",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "fam": "family",
    "mom's": "mom",
    "thru": "through",
    "anymore": "anymore",
    "anymor": "anymore",
    "anymre": "anymore",
    "nomore": "no more",
    "kil": "kill",
    "kll": "kill",
    "kiil": "kill",
    "kiling": "killing",
    "killin": "killing",
    "kilin": "killing",
    "kild": "killed",
    "kiled": "killed",
    "myslef": "myself",
    "mysef": "myself",
    "myelf": "myself",
    "mysefl": "myself",
    "myseld": "myself",
    "mself": "myself",
    "meself": "myself",
    "mysel": "myself",
    "myselfe": "myself",
    "myslf": "myself",
    "mysself": "myself",
    "mysellf": "myself",
    "misself": "myself",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "suicied": "suicide",
    "suacide": "suicide",
    "sucicide": "suicide",
    "suicie": "suicide",
    "suiscide": "suicide",
    "suicid": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suisidal": "suicidal",
    "suicidel": "suicidal",
    "sucicidal": "suicidal",
    "suicida": "suicidal",
    "sewerslide": "suicide",
    "sooicide": "suicide",
    "unalive": "unalive",
    "unalived": "unalive",
    "unaliving": "unalive",
    "unalove": "unalive",
    "dye": "die",
    "ded": "dead",
    "lyf": "life",
    "lif": "life",
    "pils": "pills",
    "pillz": "pills",
    "overdoes": "overdose",
    "odd": "odd",
    "overdosing": "overdosing",
    "oding": "overdosing",
    "odeing": "overdosing",
    "thinkin": "thinking",
    "thinkng": "thinking",
    "thiking": "thinking",
    "cuttin": "cutting",
    "cuting": "cutting",
    "hurtin": "hurting",
    "endin": "ending",
    "goin": "going",
    "nothin": "nothing",
    "somethin": "something",
    "feelin": "feeling",
    "livin": "living",
    "dyin": "dying",
    "tryin": "trying",
    "plannin": "planning",
    "savin": "saving",
    "jumpin": "jumping",
    "takin": "taking",
    "wakin": "waking",
    "doin": "doing",
    "wrtiing": "writing",
    "writting": "writing",
    "beter": "better",
    "btter": "better",
    "alive": "alive",
    "alvie": "alive",
    "aliv": "alive",
    "exsist": "exist",
    "exsit": "exist",
    "existance": "existence",
    "tierd": "tired",
    "tird": "tired",
    "tired": "tired",
    "wrists": "wrists",
    "wirst": "wrist",
    "wirsts": "wrists",
    "brige": "bridge",
    "brigde": "bridge",
    "bridg": "bridge",
    "ropes": "rope",
    "razors": "razor",
    "blades": "blade",
    "hurtt": "hurt",
    "deserv": "deserve",
    "everytime": "every time",
    "evrything": "everything",
    "everthing": "everything",
    "evrey": "every",
    "evry": "every",
    "pointt": "point",
    "burdon": "burden",
    "burdan": "burden",
    "goodby": "goodbye",
    "goodbyes": "goodbye",
    "bye": "bye",
    "k": "k",
    "wake": "wake",
    "wakeup": "wake up",
    "sh": "sh",
}

# Slang and compounds that stand for a whole phrase, expanded after the words above.
# (a word that must be in the text for the pattern to apply, pattern, replacement)
_PHRASES: list[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    ("kms", re.compile(r"\bkms\w*\b"), "kill myself"),
    (" s ", re.compile(r"\bs (?:- )?word(?:ing|ed)? myself\b"), "kill myself"),
    (" s ", re.compile(r"\b(?:the )?s (?:- )?word\b"), "suicide"),
    ("sewer", re.compile(r"\bsewer ?slide\w*\b"), "suicide"),
    (" self - ", re.compile(r"\bself ?- ?harm"), "self harm"),
    ("selfharm", re.compile(r"\bselfharm"), "self harm"),
    (" self - ", re.compile(r"\bself ?- ?(injur|mutilat|hat|delet)"), r"self \1"),
    (" re ", re.compile(r"\bre ?- ?hom"), "rehom"),
    ("my self", re.compile(r"\bmy self\b"), "myself"),
    ("my own self", re.compile(r"\bmy own self\b"), "myself"),
    ("aliv", re.compile(r"\bun ?- ?aliv\w*"), "unalive"),
    ("kermit", re.compile(r"\bkermit\b"), "commit"),
    (" sui ", re.compile(r"\bsui\b(?! generis)"), "suicide"),
    ("over dos", re.compile(r"\bover ?dos"), "overdos"),
    ("i will w", re.compile(r"\bi will\b(?= (?:will|would))"), "i"),
    (" wan ", re.compile(r"\b(?:dont|do not) wan(?:na)?\b"), "do not want to"),
    ("to to", re.compile(r"\b(?:want|go) to to\b"), lambda m: m.group(0)[:-3]),
    # "want too die": 'too' after a verb that takes 'to' is 'to'.
    (
        " too ",
        re.compile(
            r"\b(want|wanted|wanting|going|need|needed|have|had|trying|try|tried|supposed|"
            r"about|used|ready|deserve|planning|plan|decided) too (?!(?:much|many|little|bad|"
            r"badly|often|far|long|hard|late|early|soon|fast|high|low|well|big|small)\b)"
        ),
        r"\1 to ",
    ),
    # "i'd died", "she'd gone": 'd before a past participle is "had", not "would".
    (
        "would ",
        re.compile(
            r"\b(i|he|she|we|they|you) would (?=(?:just |already |nearly |almost )?(?:been|gone|"
            r"done|died|taken|known|seen|woken|made|got|gotten|thought|had|left|tried|ended|"
            r"jumped|killed|wanted|planned|decided|finished|written|saved|never been|never "
            r"woken|(?!need|feed|bleed|succeed|proceed|exceed|speed|heed|breed|seed|weed|shed|"
            r"red|bed|wed)[a-z]+ed)\b)"
        ),
        r"\1 had ",
    ),
    # "its not worth it", "its all pointless": 'its' before a verb or an adjective is "it is".
    (
        "its ",
        re.compile(
            r"\bits (?=(?:not|so|all|too|never|just|like|over|been|getting|going|always|really|"
            r"pointless|hopeless|no|only|time|ok|okay|fine|hard|impossible|killing|unbearable|"
            r"done|the end|hell|agony|torture|useless|meaningless|already|gonna|about|late|"
            r"happening|better|worse|easier)\b)"
        ),
        "it is ",
    ),
]
# "ill kill myself": 'ill' is 'I will' when a verb follows.
_ILL = re.compile(
    r"\bill (?=(?:just |probably |finally |never |be |do |kill|end|take|jump|go |hang|cut|"
    r"ever |always |still |definitely |feel |get |have |need |see |miss |stop |tell |let |"
    r"leave |give |keep |write |wait |call |text |sleep |sort |pay |come |look |make sure |"
    r"overdose|swallow|drive|walk|shoot|make|not |try|off|unalive|die\b))"
)
_TWO = re.compile(r"(?<=[a-z]) 2 (?=[a-z])")
_FOUR = re.compile(r"(?<=[a-z]) 4 (?=[a-z])")


# Without its apostrophe a contraction can be another word: "were", "well", "ill", "shell".
_REAL_WORDS = {
    "were",
    "well",
    "ill",
    "shell",
    "hell",
    "wed",
    "shed",
    "its",
    "lets",
    "hed",
    "wont",
    "times",
    "somethings",
    "todays",
    "tomorrows",
}
_UNAPOSTROPHED = {k.replace("'", ""): v for k, v in _CONTRACTIONS.items()}
_WORD_MAP = {
    **_WORDS,
    **{k: v for k, v in _UNAPOSTROPHED.items() if k not in _REAL_WORDS},
    **_CONTRACTIONS,
    "od'd": "overdosed",
    "oded": "overdosed",
    "od'ed": "overdosed",
    "abt": "about",
}
_UNITS = re.compile(r"[0-9]+(?:st|nd|rd|th|s|am|pm|k|x|mg|ml|h|hrs?|min|mins|lbs?|kg)?")


def _unmask(token: str) -> str:
    """'su1c1de', 'k1ll', 's*icide': letters hidden behind digits or stars."""
    if token.isalpha() or not any(c.isalpha() for c in token) or _UNITS.fullmatch(token):
        return token
    token = token.translate(_LEET)
    if "*" in token:
        shape = re.compile(re.escape(token).replace(r"\*", "[a-z]{1,2}") + "$")
        return next((word for word in _STARRED if shape.match(word)), token.replace("*", ""))
    return token


@lru_cache(maxsize=50_000)
def _word(token: str) -> str:
    """One token's canonical spelling (kept: the same words come back in every entry)."""
    if token in _WORD_MAP:
        return _WORD_MAP[token]
    if "'" in token:
        token = token.replace("'", "")
        return _WORD_MAP.get(token, token)
    token = _unmask(token)
    return _WORD_MAP.get(token, token)


def canonical(text: str) -> str:
    """Shorthand, misspellings, masked letters and contractions brought to one spelling."""
    text = " ".join(map(_word, text.split(" ")))
    # Padded with spaces while the phrases apply, so that a key such as " self" also finds the
    # text's first word.
    text = f" {text} "
    if " 4 " in text:
        text = _FOUR.sub(" for ", text)
    if " 2 " in text:
        text = _TWO.sub(" to ", text)
    for key, pattern, replacement in _PHRASES:
        if key in text:
            text = pattern.sub(replacement, text)
    text = _ILL.sub("i will ", text) if " ill " in text else text
    return text.strip()


_SLASHED = re.compile(r"\b(?:w/o|w/out|b/c|a&e|a & e)\b")
_SLASHED_WORDS = {
    "w/o": "without",
    "w/out": "without",
    "b/c": "because",
    "a&e": "hospital",
    "a & e": "hospital",
}


def clean(text: str) -> str:
    """Folded, quotes straightened, tags and invisible characters gone."""
    text = _unslash(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if text.isascii():  # invisible characters are none of them ASCII
        return text.casefold()
    text = _INVISIBLE.sub("", text)
    if text.isascii():
        return text.casefold()
    # Accents off, and what is not a Latin letter (emoji, other scripts) dropped: the rules read
    # English; see docs/safety-language.md for what other languages get.
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


def _unslash(text: str) -> str:
    """'w/o', 'b/c', 'A&E': shorthand the tokeniser would split, spelled out first."""
    if "/" not in text and "&" not in text:
        return text
    return _SLASHED.sub(lambda m: _SLASHED_WORDS[m.group(0).lower()], text.lower())


# Someone else's words, quoted: 'my sister said "im gonna kms" about her exam'.
_SPEAKER = re.compile(
    r"\b(?:he|she|they|his|her|their|friend|sister|brother|mom|mum|dad|coworker|colleague|"
    r"flatmate|roommate|boss|son|daughter|wife|husband|partner|someone|everyone|people|kids?|"
    r"nephew|niece|cousin|uncle|aunt|grandma|grandpa|nan|gran|child|student|client|patient|"
    r"mate|bestie|bf|gf|boyfriend|girlfriend|teacher|doctor|therapist|nurse|somebody|guy|"
    r"girl|man|woman|lad|lads|teammate|classmate|neighbour|neighbor|stepdad|stepmom|"
    r"character|singer|song|lyrics|chat|group chat|post|posts|tweet|meme|caption|[A-Z][a-z]+)"
    r"[^.!?\"“”]{0,60}?\b(?:said|says|say|saying|posts?|posted|posting|texted|texts|wrote|writes|"
    r"told me|tells me|keeps? saying|keeps? posting|joked|jokes|sang|sings|goes|went|yelled|"
    r"shouted|screamed|captioned|tweeted|replied|messaged)\b[^\"“”]{0,20}$"
)
_QUOTE = re.compile(r"[\"“]([^\"“”]{1,300})[\"”]")
# "Any thoughts of suicide? No.": an answer of no belongs to its question.
_ANSWERED_NO = re.compile(
    r"([^.?!\n\"“”|]{0,200})\?\s*(?:(?:honestly|truthfully|truly|well|ok|okay|answer|the answer is|"
    r"my answer is)[,:]?\s*)?(?:no|none|nope|nah|never|not at all|not really|i don'?t think so|"
    r"i do not think so)\b[.!]?",
    re.I,
)
# A question about the writer's own risk, answered no, is read as denied from its first word:
# "Any thoughts of suicide since the last visit? No." -> "no any thoughts of suicide ...".
_RISK_QUESTION = re.compile(
    r"suicid|self[- ]?harm|hurt|harm|kill|\bdie\b|dying|dead|end(?:ing)? (?:it|my life)|cut|"
    r"thoughts|urges?|plans?\b",
    re.I,
)


def _answered_no(match: re.Match[str]) -> str:
    question = match.group(1)
    if _RISK_QUESTION.search(question):
        return f" no {question.strip()} : none."
    return f"{question} : none."


def unquote(text: str) -> str:
    """Someone else's quoted words left out; a question answered "no" marked as denied."""
    if '"' not in text and "“" not in text:
        return _ANSWERED_NO.sub(_answered_no, text) if "?" in text else text
    kept, last = [], 0
    for quote in _QUOTE.finditer(text):
        # Only the words just before a quote say whose it is: read those, not the whole text.
        if _SPEAKER.search(text, max(last, quote.start() - 100), quote.start()):
            kept.append(text[last : quote.start(1)])
            last = quote.end(1)
    text = "".join(kept) + text[last:]
    return _ANSWERED_NO.sub(_answered_no, text)


def sentences(text: str) -> list[str]:
    """The text's sentences, each in canonical form; empty ones left out.

    The rewriting runs once over all sentences joined by " | " (the rules never read across
    that mark): one pass of each pattern instead of one per sentence.
    """
    marked = _SENTENCE_END.sub(" | ", _REPEATS.sub(r"\1", clean(text)))
    joined = " ".join(_TOKEN_OR_END.findall(marked))
    return [part for part in map(str.strip, canonical(joined).split("|")) if part]
