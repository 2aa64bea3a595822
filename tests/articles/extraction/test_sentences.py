"""Sentence splitting: abbreviations, initials, quotations, paragraphs, and runs without punctuation."""

from __future__ import annotations

from articles.extraction.sentences import MAX_SENTENCE_CHARS, split_sentences


def _texts(body: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(body)]


def test_it_splits_after_a_full_stop_but_not_after_a_title_or_an_initial():
    body = "Mr. Kim met John F. Kennedy Jr. in the U.S. capital. He left on Nov. 9. It rained."

    assert _texts(body) == [
        "Mr. Kim met John F. Kennedy Jr. in the U.S. capital.",
        "He left on Nov. 9.",
        "It rained.",
    ]


def test_it_keeps_a_closing_quotation_mark_with_its_sentence():
    assert _texts('"We will win." She smiled.') == ['"We will win."', "She smiled."]


def test_it_ends_a_sentence_at_a_paragraph_and_gives_offsets_into_the_body():
    body = "First paragraph ends here\n\nSecond one."

    sentences = split_sentences(body)

    assert [(s.text, s.paragraph) for s in sentences] == [
        ("First paragraph ends here", 0),
        ("Second one.", 1),
    ]
    assert all(body[s.start : s.end] == s.text for s in sentences)


def test_it_cuts_a_run_without_punctuation_at_spaces():
    body = " ".join(["word"] * 1000)

    sentences = split_sentences(body)

    assert len(sentences) == 5
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(body[s.start : s.end] == s.text and not s.text.startswith(" ") for s in sentences)
    assert " ".join(s.text for s in sentences) == body


def test_it_cuts_a_run_without_spaces_anywhere():
    body = "x" * (2 * MAX_SENTENCE_CHARS + 5)

    assert [len(text) for text in _texts(body)] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]
