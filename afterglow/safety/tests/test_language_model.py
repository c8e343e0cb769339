"""The statistical reading under the rules: trained on today's corpus, read only where it may."""

from afterglow.safety.language import Level, assess, model
from afterglow.safety.language.corpus import corpus_digest, load_all
from afterglow.safety.language.normalize import sentences, unquote
from afterglow.safety.reasons import REASON_LABELS


def parts(text: str) -> list[str]:
    return sentences(unquote(text))


def test_it_was_trained_on_the_corpus_as_it_is_now() -> None:
    # Change a line of the development corpus and this fails until `make train-safety` runs.
    assert model.load() is not None
    assert model.load().digest == corpus_digest()


def test_its_thresholds_were_chosen_by_the_training() -> None:
    # 0.995 is what the training falls back to when no threshold keeps its false-alarm limit.
    reading = model.load()
    assert 0.5 <= reading.concern_at < 0.995 and 0.5 <= reading.crisis_at < 0.995


def test_it_scores_words_and_word_pairs() -> None:
    head = model.Head(weights={"trapped": 2.0, "no way": 1.0, "tea": -3.0}, bias=-1.0)
    assert model.features("no way out") == {"no", "way", "out", "no way", "way out"}
    assert head.probability({"trapped", "no way"}) > 0.85
    assert head.probability({"trapped", "tea"}) < 0.15


def test_it_does_not_read_denials_other_people_or_journeys() -> None:
    assert not model.readable(parts("No thoughts of hurting myself this week."), 0)
    assert not model.readable(parts("My sister said she feels trapped and hopeless."), 0)
    journey = parts("The infusion was intense. I felt trapped in the void for a while.")
    assert not model.readable(journey, 1)
    assert model.readable(parts("I feel trapped and there is no door left."), 0)


def test_a_long_run_without_full_stops_is_read_in_pieces() -> None:
    run = " ".join(["walked the dog and made tea"] * 30)
    pieces = model.windows(parts(run))
    assert len(pieces) > 1 and all(len(p.split()) <= 40 for p in pieces)


def test_every_code_it_gives_has_words_the_care_team_can_read() -> None:
    items = [i for i in load_all() if i.kind != "harmless"][::7]
    codes = {code for item in items for code in assess(item.text).codes}
    assert {"wording_explicit", "wording_indirect"} & codes
    assert codes <= set(REASON_LABELS)


def test_sentences_the_rules_explained_away_are_not_read_again() -> None:
    reading = model.load()
    quiet = parts("I am killing myself laughing at this show.")
    assert reading.read(quiet, skip={0}).level == Level.NONE


def test_its_quick_sums_give_what_reading_each_window_gives() -> None:
    # model.py sums each sentence once and reuses it for the window with the next sentence;
    # that must score exactly what reading each window's text does (as training scored it).
    reading = model.load()
    for item in load_all()[::11]:
        found = parts(item.text)
        wins = model.windows(found)
        slow = [max((h.logit(w) for w in wins), default=float("-inf")) for h in reading.heads]
        fast = reading.logits(found)
        assert all(abs(a - b) < 1e-9 or a == b for a, b in zip(fast, slow, strict=True))
