"""Keywords: frequencies, keyness, TF-IDF, collocations and keyphrases, on the seed
(counts checked by hand with grep) and on short texts written for the tests."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import pytest

from analysis.collocations import collocations
from analysis.frames import KEYWORDS_COLUMNS, keywords_frame
from analysis.keyphrases import candidates, keyphrases, nested_in
from analysis.keywords import (
    REFERENCE_SIZE,
    distinctive_terms,
    extract_keywords,
    log_likelihood,
    occurrences,
    reference_frequency,
    term_frequencies,
    tfidf,
)
from analysis.parse import parse
from analysis.read import article_from_text, read_article
from analysis.stoplist import stopwords
from analysis.types import Document, Keyword

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_396a11e332c8e407.txt"


def _doc(text: str, id: str = "t") -> Document:
    return parse(article_from_text(text, id=id))


def _seed() -> Document:
    return parse(read_article(SEED))


def _counts(keywords: Sequence[Keyword]) -> dict[str, int]:
    return {k.keyword: k.count for k in keywords}


def test_stopwords_are_the_package_list() -> None:
    words = stopwords()
    assert {"the", "of", "and", "said", "would"} <= words
    assert "china" not in words and "cooperation" not in words
    assert all(w == w.lower() and w.strip() == w for w in words)


def test_seed_word_counts() -> None:
    counts = _counts(term_frequencies(_seed()))
    # grep: "cooperation" 7 times; "international" 6; "China" 14 times, 7 of them
    # inside hyphenated names (China-Belarus, China-Europe, Belarus-China), which
    # count as their parts; "Belarus" 12 (plus one "Belarusian", a different word).
    assert counts["cooperation"] == 7
    assert counts["international"] == 6
    assert counts["China"] == 14
    assert counts["Belarus"] == 12
    assert "the" not in counts and "said" not in counts


def test_seed_stems_and_ngrams() -> None:
    doc = _seed()
    stems = _counts(term_frequencies(doc, unit="stem"))
    assert stems["cooperation"] == 8  # 7 "cooperation" + 1 "cooperate"
    bigrams = _counts(term_frequencies(doc, n=2))
    assert bigrams["30th anniversary"] == 3
    assert bigrams["diplomatic ties"] == 3
    assert bigrams["industrial park"] == 2
    assert "of the" not in bigrams
    trigrams = _counts(term_frequencies(doc, n=3))
    assert trigrams["China-Europe Railway Express"] == 2


def test_ngrams_stay_inside_sentences_and_skip_punctuation() -> None:
    doc = _doc("Green tea, green tea. Tea leaves of tea plants!")
    grams = [(o.key, o.surface) for o in occurrences(doc, n=2)]
    assert grams == [
        ("green tea", "Green tea"),
        ("green tea", "green tea"),
        ("tea leaves", "Tea leaves"),
        ("tea plants", "tea plants"),
    ]
    three = [o.surface for o in occurrences(doc, n=3)]
    assert three == ["leaves of tea"]
    for o in occurrences(doc, n=2):
        assert doc.text[o.start : o.end] == o.surface


def test_hyphenated_compounds_count_as_their_parts() -> None:
    text = "The long-awaited sequel opened. E-mail and 50-fold gains, a win-win's end."
    doc = _doc(text)
    grams = [(o.key, o.start, o.end) for o in occurrences(doc)]
    # "long-awaited" (offsets 4-16) gives "long" 4-8 and "awaited" 9-16; "E-mail" and
    # "50-fold" have a part that is no word of two letters and stay whole; the
    # possessive of "win-win's" (57-66) is dropped before the split: win 60-63, 64-67.
    assert grams == [
        ("long", 4, 8),
        ("awaited", 9, 16),
        ("sequel", 17, 23),
        ("opened", 24, 30),
        ("e-mail", 32, 38),
        ("50-fold", 43, 50),
        ("gains", 51, 56),
        ("win", 60, 63),
        ("win", 64, 67),
        ("end", 70, 73),
    ]
    assert all(doc.text[s:e] == k for k, s, e in grams if k != "e-mail")
    # Inside a phrase the compound stays whole.
    bigrams = [o.surface for o in occurrences(doc, n=2)]
    assert bigrams == ["long-awaited sequel", "sequel opened", "50-fold gains", "win-win's end"]


def test_lemma_unit_merges_inflections_and_shows_the_lemma() -> None:
    doc = _doc(
        "Countries met in Minsk. The country agreed, and the countries stopped talks. "
        "Talking stopped."
    )
    counts = [(k.keyword, k.count) for k in term_frequencies(doc, unit="lemma")]
    # countries x2 + country; stopped x2; talks + Talking; a name stays as written
    assert counts == [
        ("country", 3),
        ("stop", 2),
        ("talk", 2),
        ("meet", 1),
        ("Minsk", 1),
        ("agree", 1),
    ]
    words = [(k.keyword, k.count) for k in term_frequencies(doc, unit="word")][:3]
    assert words == [("countries", 2), ("stopped", 2), ("met", 1)]


def test_bad_n_fails_loudly() -> None:
    with pytest.raises(ValueError, match="n must be"):
        list(occurrences(_doc("Cats sat."), n=4))


def test_reference_frequencies_work_offline() -> None:
    assert reference_frequency("the") > 0.01
    assert 1e-7 < reference_frequency("belarus") < 1e-4
    assert reference_frequency("zzqxv") == pytest.approx(1e-8)


def test_log_likelihood_matches_the_formula() -> None:
    # a = 5 of N = 100 against a reference frequency of 1e-4 (b = 1e5 of M = 1e9).
    a, n, b, m = 5.0, 100.0, 1e-4 * REFERENCE_SIZE, REFERENCE_SIZE
    e1, e2 = n * (a + b) / (n + m), m * (a + b) / (n + m)
    expected = 2 * (a * math.log(a / e1) + b * math.log(b / e2))
    assert log_likelihood(5, 100, 1e-4) == pytest.approx(expected)
    # By hand: E1 = 0.0100004, E2 = 100004.99; 2 * (5 ln 499.98 + 1e5 ln 0.99995) = 52.17.
    assert expected == pytest.approx(52.17, abs=0.01)
    assert log_likelihood(1, 10_000, 0.05) < 0  # underused: negative


def test_seed_distinctive_terms() -> None:
    top = [k.keyword for k in distinctive_terms(_seed(), top=6)]
    assert top == ["Belarus", "China", "cooperation", "Xi", "Lukashenko", "30th"]


def test_tfidf_against_other_documents() -> None:
    a = _doc("Solar panels and solar farms. Solar power grows.", id="a")
    b = _doc("Wind farms and wind power. Wind grows.", id="b")
    result = tfidf([a, b], top=3)
    # A word in one of the two documents has idf = ln(3/2) + 1; in both, ln(3/3) + 1 = 1.
    # "Solar" opens two sentences and is once "solar": shown in lower case.
    solar = result["a"][0]
    assert (solar.keyword, solar.count) == ("solar", 3)
    assert solar.score == pytest.approx(3 * (math.log(3 / 2) + 1))
    farms = next(k for k in tfidf([a, b])["a"] if k.keyword == "farms")
    assert farms.score == pytest.approx(1.0)
    assert result["b"][0].keyword == "wind"


def test_collocations_on_the_seed() -> None:
    top = collocations(_seed(), measure="likelihood", top=2)
    assert [(k.keyword, k.count) for k in top] == [("30th anniversary", 3), ("diplomatic ties", 3)]
    pmi = collocations(_seed(), measure="pmi", top=30)
    assert ("industrial park", 2) in [(k.keyword, k.count) for k in pmi]
    assert all(k.count >= 2 for k in pmi)


def test_seed_keyphrases_read_like_a_summary() -> None:
    doc = _seed()
    top = [(k.keyword, k.count) for k in keyphrases(doc, top=12)]
    # grep: "Xi" is written 5 times (the body's first mention "Chinese President Xi
    # Jinping", then alone): a person's short name, as specific as the full name, so
    # the two-letter "Xi" (26th before) ranks 6th. "Lukashenko" (3), ten letters, is
    # not held back by the length cue and keeps its own score.
    # "diplomatic" (3) and "anniversary" (3) are only ever written in "diplomatic
    # ties" and "30th anniversary", common-noun phrases that leave their words alone.
    # "bilateral" (3: "bilateral relations" twice, "bilateral trade") is always
    # written just before another content word: x0.8 (MODIFIER_WEIGHT).
    assert top == [
        ("Belarus", 12),
        ("China", 14),
        ("cooperation", 7),  # grep: 7 "cooperation"; "cooperate" is another word
        ("international", 6),  # grep: 6; "internal" (Porter "intern" too) is not it
        ("development", 6),
        ("Xi", 5),
        ("Lukashenko", 3),
        ("anniversary", 3),
        ("diplomatic", 3),
        ("relations", 3),
        ("countries", 3),
        ("bilateral", 3),
    ]
    # No repeated name holds a word of the top ten: expand=False reads the same.
    words = [k.keyword for k in keyphrases(doc, top=10, expand=False)]
    assert words == [k for k, _ in top[:10]]
    # The repeated phrases rank with their own score (no phrase weight: listed alone,
    # a phrase competes with no word) or the best of the words they hold, whichever
    # is higher: "diplomatic" (3) is only in "diplomatic ties", "anniversary" (3) only
    # in "30th anniversary", "industrial" (2) only in "industrial park"; "Railway" and
    # "Express" only in "China-Europe Railway Express", which stands for them rather
    # than "Railway Express" (written as often, inside it) and ranks with its own
    # score, 2 x 1.205 x 0.750 (count x specificity x position).
    found = keyphrases(doc, top=10, min_words=2)
    phrases = [(k.keyword, k.count) for k in found]
    assert phrases == [
        ("diplomatic ties", 3),
        ("30th anniversary", 3),
        ("China-Europe Railway Express", 2),
        ("bilateral relations", 2),
        ("correct approach", 2),
        ("sustainable development", 2),
        ("industrial park", 2),
        ("human rights", 2),
        ("two sides", 2),
    ]
    assert found[2].score == pytest.approx(2 * 1.2048 * 0.7498, abs=5e-4)
    # "diplomatic ties" ranks with "diplomatic" (3 x 0.978 x 0.819, above its own
    # 3 x 0.955 x 0.819)
    assert found[0].score == pytest.approx(3 * 0.978 * 0.8186, abs=5e-4)
    unfolded = [k.keyword for k in keyphrases(doc, top=3, min_words=2, expand=False)]
    assert unfolded == ["diplomatic ties", "30th anniversary", "China-Europe Railway Express"]


def test_seed_short_name_scores_as_the_full_name() -> None:
    from analysis.keyphrases import POSITION_POWER, POSITION_SCALE, word_specificity

    doc = _seed()
    xi = next(k for k in keyphrases(doc, top=10) if k.keyword == "Xi")
    first = next(i for i, t in enumerate(doc.tokens) if t.text == "Xi")
    assert doc.tokens[first].start == doc.text.index("Xi to Lukashenko")  # the headline
    full = (word_specificity("xi") + word_specificity("jinping")) / math.sqrt(2)
    assert full > word_specificity("xi")
    position = (1 + first / POSITION_SCALE) ** -POSITION_POWER
    assert xi.score == pytest.approx(5 * full * position)


def test_keyphrases_group_stems_and_fold_nested_words() -> None:
    text = (
        "The quantum router failed. Engineers replaced the quantum router. "
        "Routers elsewhere worked."
    )
    doc = _doc(text)
    # "router" (2) and "Routers" (1) share a stem. "quantum" is written only inside
    # "quantum router", a common-noun phrase: the word keeps its slot, and the phrase
    # (every "quantum" inside it) adds nothing after it. "Engineers" is written only
    # just before another content word ("Engineers replaced"), which the modifier
    # cue cannot tell from "retail banking": x0.8, so "replaced" (also written once,
    # just after it) ranks third.
    kws = keyphrases(doc, top=4)
    assert [(k.keyword, k.count) for k in kws] == [
        ("router", 3),
        ("quantum", 2),
        ("replaced", 1),
        ("Engineers", 1),
    ]
    assert [k.keyword for k in keyphrases(doc, top=3, expand=False)] == [
        "router",
        "quantum",
        "replaced",
    ]
    # Every repeated term and word listed, phrases written once fill the list;
    # the repeated phrase is never among them.
    listed = [(k.keyword, k.count) for k in keyphrases(doc, top=20)]
    assert len(listed) == 13 and "quantum router" not in [k for k, _ in listed]
    assert listed[7:] == [
        ("Routers elsewhere worked", 1),
        ("Engineers replaced", 1),
        ("Routers elsewhere", 1),
        ("quantum router failed", 1),
        ("elsewhere worked", 1),
        ("router failed", 1),
    ]
    assert [(k.keyword, k.count) for k in keyphrases(doc, min_words=2)] == [("quantum router", 2)]


def test_a_repeated_name_holds_the_words_written_only_inside_it() -> None:
    doc = _doc("Penelope Cruz won. Critics loved Penelope Cruz. Cruz smiled.")
    # "Penelope" (2) is only written in "Penelope Cruz" (2), a name: the name takes
    # its slot and its score; "Cruz" (3) is also written alone, a word of its own, but
    # it names the same person as the chosen name and gets no second slot.
    assert [(k.keyword, k.count) for k in keyphrases(doc, top=3)] == [
        ("Penelope Cruz", 2),
        ("smiled", 1),
        ("Critics", 1),
    ]
    assert [k.keyword for k in keyphrases(doc, top=2, expand=False)] == ["Penelope", "Cruz"]


def test_one_slot_per_name() -> None:
    text = "Larsson wrote novels. Larsson died young. Critics praised Stieg Larsson and "
    doc = _doc(text + "Stieg Larsson sold millions.")
    # "Larsson" (4: twice alone, twice in the name) ranks first; "Stieg Larsson" (2),
    # the same person, gets no second slot (it was second before), nor does "Stieg",
    # written only inside it.
    assert [(k.keyword, k.count) for k in keyphrases(doc, top=3)] == [
        ("Larsson", 4),
        ("millions", 1),
        ("novels", 1),
    ]
    # Lower-case words and phrases keep their slots beside each other.
    doc = _doc("Tax evasion grows. Tax evasion costs money. Evasion is a crime.")
    assert [k.keyword for k in keyphrases(doc, top=2)] == ["evasion", "Tax evasion"]


def test_nested_words_find_their_phrase() -> None:
    doc = _doc("Tax evasion grows. Tax evasion and tax fraud cost money.")
    cands = candidates(doc)
    hosts = {word: phrase.keyword for word, phrase in nested_in(cands).items()}
    # "evasion" is only in "tax evasion" (2); "tax" is also in "tax fraud" (1), and
    # "fraud" (once) only in "tax fraud", a phrase written once: no candidate. Keys are
    # inflection stems ("evasion" stays "evasion"); both "Tax evasion" open a sentence.
    assert hosts == {"evasion": "Tax evasion"}


def test_extract_keywords_methods_and_frame() -> None:
    doc = _seed()
    freq = extract_keywords(doc, method="frequency", top=3)
    assert [k.method for k in freq] == ["frequency:word:1"] * 3
    with pytest.raises(ValueError, match="drop unit and n"):
        extract_keywords(doc, method="keyphrases", n=2)
    frame = keywords_frame(freq, doc=doc.id)
    assert tuple(frame.columns) == KEYWORDS_COLUMNS
    assert frame["rank"].tolist() == [1, 2, 3]
    assert tuple(keywords_frame((), doc="x").columns) == KEYWORDS_COLUMNS


def test_deterministic() -> None:
    assert keyphrases(_seed()) == keyphrases(_seed())


def test_ngram_rows_repeated_leaves_out_phrases_written_once() -> None:
    from analysis.keywords import ngram_rows

    doc = _doc("Solar farms grow. Solar farms pay. Wind farms grow slowly.")
    every = ngram_rows(doc, max_n=2, unit="stem")
    repeated = ngram_rows(doc, max_n=2, unit="stem", repeated=True)
    # Single words are the same; of the bigrams, only those whose two words are both
    # written twice or more stay: "solar farm" (x2) and "farm grow" (x2). "farm pay"
    # ("pay" once) and "wind farm" ("wind" once) go; "grow slowly" ("slowly" once) too.
    assert [r for r in repeated if r[4] == 1] == [r for r in every if r[4] == 1]
    assert [(r[0], r[1]) for r in every if r[4] == 2] == [
        ("solar farm", 0),
        ("farm grow", 6),
        ("solar farm", 18),
        ("farm pay", 24),
        ("wind farm", 35),
        ("farm grow", 40),
        ("grow slowli", 46),
    ]
    assert [(r[0], r[1]) for r in repeated if r[4] == 2] == [
        ("solar farm", 0),
        ("farm grow", 6),
        ("solar farm", 18),
        ("farm grow", 40),
    ]


def test_written_form_prefers_the_commonest_spelling() -> None:
    from analysis.keywords import written_form

    assert written_form(["Belarus", "Belarus"]) == "Belarus"
    assert written_form(["China", "china", "China"]) == "china"  # also written lower case
    assert written_form(["Road", "road"]) == "road"  # a tie: the first written, lowered
    assert written_form(["tea", "Tea", "Tea"]) == "tea"
    assert written_form(["iPhone"]) == "iPhone"  # written once: as written
    assert written_form(["star Hailee Steinfeld"]) == "star Hailee Steinfeld"
    assert written_form(["U.S.", "U.S."]) == "U.S."
    # A dateline in capitals is a capital too: the name keeps its case.
    assert written_form(["CHARLOTTE", "Charlotte", "Charlotte", "Charlotte"]) == "Charlotte"
    assert written_form(["iPhone", "iPhone", "iPhones"]) == "iPhone"  # an inner capital


def test_a_name_under_a_dateline_keeps_its_capital() -> None:
    text = (
        "CHARLOTTE - Protests continued in the city on Monday.\n\n"
        "Charlotte police said Charlotte was calm. Charlotte schools reopened.\n"
    )
    top = extract_keywords(parse(article_from_text(text, id="d")), top=1)
    assert [(k.keyword, k.count) for k in top] == [("Charlotte", 4)]


def test_unlisted_words_get_the_floor_frequency_like_wordfreq() -> None:
    from wordfreq import word_frequency

    # wordfreq gives 0 to a plain word it does not list; we floor it without asking.
    assert word_frequency("blorptangle", "en") == 0.0
    assert reference_frequency("blorptangle") == pytest.approx(1e-8)
    # A hyphenated word is still looked up through wordfreq, which combines its parts.
    assert reference_frequency("long-awaited") > 1e-8


def test_keyphrases_match_a_ranking_of_all_candidates() -> None:
    # keyphrases scores words written once only when the repeated terms do not fill
    # the list; the result must equal a plain ranking of every candidate.
    from analysis.keyphrases import Candidate, _redundant

    texts = [
        SEED.read_text(encoding="utf-8"),
        "The quantum router failed. Engineers replaced the quantum router. Routers worked.",
        "Tax evasion grows. Tax evasion and tax fraud cost money. Auditors worry.",
    ]
    for text in texts:
        doc = _doc(text)
        ranked = sorted(candidates(doc), key=lambda c: (-c.score, c.first, c.key))
        for top in (1, 3, 10, 30):
            expected: list[str] = []
            chosen: list[Candidate] = []
            for c in ranked:
                if len(chosen) == top:
                    break
                if not _redundant(c, chosen):
                    chosen.append(c)
                    expected.append(c.keyword)
            got = [k.keyword for k in keyphrases(doc, top=top, expand=False)]
            # a list the candidates cannot fill goes on with phrases written once
            assert got[: len(expected)] == expected, (text[:20], top)
            assert all(" " in k for k in got[len(expected) :]), (text[:20], top)


@pytest.mark.parametrize("method", ["keyphrases", "phrases", "frequency", "keyness"])
def test_top_below_one_is_a_value_error(method: str) -> None:
    doc = parse(article_from_text("The minister met the minister.", id="t"))
    with pytest.raises(ValueError, match="top must be at least 1, not 0"):
        extract_keywords(doc, top=0, method=method)  # type: ignore[arg-type]


def test_quick_stemmer_gives_nltks_stems() -> None:
    # the shortcuts in analysis.terms skip steps and rule lists only where NLTK would
    # change nothing: every stem of 50,000 common words and a few edge forms must agree
    # (all 300,000 of wordfreq's English list agreed when the shortcut was written)
    from nltk.stem import PorterStemmer
    from wordfreq import top_n_list

    from analysis.porter import stemmer

    nltk_stem, quick = PorterStemmer().stem, stemmer().stem
    edge = ["controlling", "hopping", "filing", "dies", "tied", "eying", "a", "news", "sky"]
    # a "y" is a vowel after a consonant: NLTK's own measure for stems holding one
    edge += ["syzygy", "yyyy", "toy", "happily", "crying", "yeses", "enjoyment", "rhythmical"]
    words = [*top_n_list("en", 50000), *edge, "Generalization", "RELATIONAL"]
    assert [quick(w) for w in words] == [nltk_stem(w) for w in words]
    assert quick("controlling") == "control" and quick("relational") == "relat"
    # step 1c only for a final y, step 5a only for a final e (read off NLTK's rules)
    ends = stemmer()._ends
    assert ends["_step1c"] == {"y"} and ends["_step5a"] == {"e"} and ends["_step1b"] == {"d", "g"}


def test_zipf_is_wordfreqs_zipf_frequency() -> None:
    # the plain-word shortcut must give wordfreq's own numbers, listed or not
    # (all 289,023 plain words of the list and 30,000 random strings agreed when written)
    from wordfreq import top_n_list, zipf_frequency

    from analysis.keywords import zipf

    unlisted = ["qzxvbn", "brexitology", "zzzzzzzzzzzz"]
    other = ["Trump", "o'neill", "new-york", "café", "x2", "", "l'amour", "COVID"]
    words = [*top_n_list("en", 20000), *unlisted, *other]
    assert [zipf(w) for w in words] == [zipf_frequency(w, "en") for w in words]
    assert zipf("the") == 7.73 and zipf("qzxvbn") == 0.0
