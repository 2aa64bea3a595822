"""Property tests of the extraction engine: any input, any mode, no exception and true offsets.

Bounded (a few hundred examples) and derandomised so that CI is reproducible;
`bench/fuzz_extraction.py` is the long, seeded random run. The invariants are
those of `articles.extraction.evaluate.invariants`, shared with the fuzzer.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.extraction import MODES, extract
from articles.extraction.evaluate.invariants import offset_problems

BOUNDED = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Letters of several scripts, digits, punctuation, quotation marks, spaces, control characters.
ALPHABET = st.characters(codec="utf-8", exclude_categories=["Cs"])
WORD = st.sampled_from(
    "the minister said that more than 20,000 workers left in 2023 according to officials "
    "Kim Jong-un told reporters she added 북한 노동자 قال الوزير министр заявил 😀 🇰🇷 percent".split()
)
MARK = st.sampled_from(
    ['"', "\u201c", "\u201d", "'", "\u2019", "\u00ab", "\u00bb", ".", ",", ":", "?", "\n", "\n\n"]
)
TAG = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<a href='x'>", "<br>", "<"]
)
TOKENS = st.lists(st.one_of(WORD, MARK, TAG), max_size=120).map(" ".join)


@st.composite
def news_like(draw: st.DrawFn) -> str:
    """Paragraphs with quotations, cues, speakers and numbers, so that offsets get exercised."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 8))):
        words = " ".join(draw(st.lists(WORD, min_size=2, max_size=20)))
        speaker = draw(st.sampled_from(["Kim", "she", "Lee Jae-myung", "the ministry", "an official"]))
        cue = draw(st.sampled_from(["said", "told reporters", "added", "claimed"]))
        paragraphs.append(
            draw(
                st.sampled_from(
                    [
                        f"\u201c{words}.\u201d {speaker} {cue}.",
                        f"{speaker.capitalize()} {cue} that {words}.",
                        f"About {draw(st.integers(0, 10**7)):,} people left, {speaker} {cue}.",
                        f"{words.capitalize()}.",
                    ]
                )
            )
        )
    text = "\n\n".join(paragraphs)
    if draw(st.booleans()):
        text = (
            "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
        )
    return text


def assert_valid(content: str, mode: str) -> None:
    extraction = extract(content, mode=mode)
    problems = list(offset_problems(extraction))
    assert not problems, problems


@BOUNDED
@given(content=st.one_of(st.text(ALPHABET, max_size=2000), TOKENS), mode=st.sampled_from(MODES))
def test_any_input_extracts_with_true_offsets(content, mode):
    assert_valid(content, mode)


@BOUNDED
@given(content=news_like(), mode=st.sampled_from(MODES))
def test_news_like_input_extracts_with_true_offsets(content, mode):
    assert_valid(content, mode)
