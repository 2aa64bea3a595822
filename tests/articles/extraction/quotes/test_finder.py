"""Quotes: direct, indirect and mixed, with speaker, cue and outlet."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction.quotes.finder import find_quotes
from articles.extraction.results import Quote
from articles.extraction.sentences import split_sentences


def quotes_in(*paragraphs: str) -> tuple[str, list[Quote]]:
    body = "\n\n".join(paragraphs)
    return body, find_quotes(body, split_sentences(body))


def only(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def normalised(text: str) -> str:
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').split()).strip(' ,."').lower()


# The seed article --------------------------------------------------------------


def test_it_finds_every_required_quote_of_the_seed(seed_article, seed_gold):
    body = seed_article.body
    quotes = find_quotes(body, split_sentences(body))
    for gold in (g for g in seed_gold["quotes"] if not g.get("optional")):
        hits = [q for q in quotes if normalised(gold["text"]) in normalised(q.text)]
        assert hits, gold["text"]
        assert any(q.speaker and q.speaker.name == gold["speaker"] for q in hits), gold["text"]
        kinds = {"direct"} if gold["kind"] == "direct" else {"indirect", "mixed"}
        assert any(q.kind in kinds for q in hits), gold["text"]
        if gold.get("via"):
            assert any(q.via == gold["via"] for q in hits), gold["text"]


def test_its_offsets_point_at_the_text(seed_article):
    body = seed_article.body
    for quote in find_quotes(body, split_sentences(body)):
        assert body[quote.start : quote.end] == quote.text
        if quote.speaker and quote.speaker.start is not None:
            assert body[quote.speaker.start : quote.speaker.end] == quote.speaker.mention


def test_it_describes_the_seed_speakers_at_their_first_mention(seed_article):
    body = seed_article.body
    speakers = {q.speaker.name: q.speaker for q in find_quotes(body, split_sentences(body)) if q.speaker}
    assert "professor" in speakers["Kang Dong-wan"].description
    assert "researcher" in speakers["Chung Eun-sook"].description
    assert "Ambassador" in speakers["Alexander Matsegora"].description
    assert speakers["an official at the Ministry of Unification"].anonymous


def test_it_keeps_the_quotation_marks_out_of_the_text(seed_article):
    body = seed_article.body
    for quote in find_quotes(body, split_sentences(body)):
        assert not quote.text.startswith(('"', "\u201c")), quote.text


# Direct quotes -----------------------------------------------------------------


def test_it_attributes_a_quote_with_the_cue_after_it():
    body, quotes = quotes_in('"We will not back down," Maria Lopez said.')
    quote = only(quotes, "back down")
    assert quote.text == "We will not back down,"
    assert (quote.kind, quote.cue, quote.speaker.name) == ("direct", "said", "Maria Lopez")
    assert quote.speaker.mention == "Maria Lopez"


def test_it_attributes_a_quote_with_the_cue_before_the_speaker():
    body, quotes = quotes_in(
        "\u201cThe numbers do not add up,\u201d said Peter Hall, an economist at the Bank of Norway."
    )
    quote = only(quotes, "numbers")
    assert quote.speaker.name == "Peter Hall"
    assert quote.speaker.description == "an economist at the Bank of Norway"


def test_it_attributes_a_quote_after_a_colon():
    body, quotes = quotes_in('The mayor, Anne Marsh, said: "The bridge will reopen in May."')
    quote = only(quotes, "bridge")
    assert quote.kind == "direct"
    assert quote.speaker.name == "Anne Marsh"


def test_it_keeps_a_multi_sentence_quotation_whole():
    body, quotes = quotes_in('"Prices rose. Wages did not," Tom Baker said.')
    quote = only(quotes, "Prices rose")
    assert quote.text == "Prices rose. Wages did not,"
    assert quote.speaker.name == "Tom Baker"


def test_it_gives_a_continued_quotation_the_same_speaker_and_outlet():
    body, quotes = quotes_in(
        "Jane Doe is a lawyer in Ohio.",
        '"The ruling is wrong," Doe told The Daily Planet. "We will appeal it next week."',
    )
    first, second = only(quotes, "ruling"), only(quotes, "appeal")
    assert first.speaker.name == second.speaker.name == "Jane Doe"
    assert first.via == second.via == "The Daily Planet"
    assert second.kind == "direct"


def test_it_continues_the_speaker_into_a_paragraph_that_is_only_a_quotation():
    body, quotes = quotes_in(
        '"We expected more," said Omar Farouk, a teacher.',
        '"Nobody listened to us for a year, and now they want our votes again."',
    )
    assert only(quotes, "Nobody listened").speaker.name == "Omar Farouk"


def test_it_ignores_scare_quotes():
    body, quotes = quotes_in('The so-called "peace plan" was dropped after a week of talks in the capital.')
    assert quotes == []


def test_it_reads_straight_and_doubled_apostrophe_marks():
    body, quotes = quotes_in("''It is a fair deal,'' said Mr. Green.")
    quote = only(quotes, "fair deal")
    assert quote.text == "It is a fair deal,"
    assert quote.speaker.name == "Green"


def test_it_attributes_a_transcript_line():
    body, quotes = quotes_in(
        "Senator Rob Pence spoke to the host.", "PENCE: Well, the question is why they did not ask."
    )
    quote = only(quotes, "the question")
    assert quote.kind == "direct"
    assert quote.speaker.name == "Rob Pence"


# Indirect and mixed ------------------------------------------------------------


def test_it_finds_reported_speech_after_the_cue():
    body, quotes = quotes_in("Maria Lopez said that the company would cut 200 jobs by March.")
    quote = only(quotes, "company")
    assert quote.text == "the company would cut 200 jobs by March"
    assert (quote.kind, quote.speaker.name) == ("indirect", "Maria Lopez")


def test_it_finds_reported_speech_before_the_cue():
    body, quotes = quotes_in("The company would cut 200 jobs by March, Lopez said Tuesday.")
    quote = only(quotes, "company")
    assert quote.text == "The company would cut 200 jobs by March"
    assert quote.speaker.mention == "Lopez"


def test_it_reads_according_to_on_either_side():
    body, quotes = quotes_in(
        "According to the Pew Research Center, most adults get news from phones.",
        "Turnout fell to 40 percent, according to an election official in Nairobi.",
    )
    first = only(quotes, "most adults")
    assert first.cue == "according to"
    assert "Pew Research Center" in first.speaker.name
    second = only(quotes, "Turnout")
    assert second.speaker.name == "an election official in Nairobi"
    assert second.speaker.anonymous


def test_it_counts_a_belief_as_an_indirect_attribution():
    body, quotes = quotes_in("Sam Reed is an analyst.", "Reed thinks the chances of a deal are slim.")
    quote = only(quotes, "chances")
    assert (quote.kind, quote.cue, quote.speaker.name) == ("indirect", "thinks", "Sam Reed")


def test_it_takes_the_main_subject_for_a_participle():
    body, quotes = quotes_in(
        "Speaking to reporters, a senior official at the Treasury declined to comment, "
        "saying talks were still under way."
    )
    quote = only(quotes, "talks")
    assert quote.cue == "saying"
    assert quote.speaker.name == "a senior official at the Treasury"
    assert quote.speaker.anonymous


def test_it_marks_a_quoted_fragment_inside_reported_speech_as_mixed():
    body, quotes = quotes_in('Kim Lee said the plan was "a disaster for farmers" and should be dropped.')
    quote = only(quotes, "disaster")
    assert quote.kind == "mixed"


def test_it_attributes_to_an_organisation():
    body, quotes = quotes_in("The White House said in a statement that the visit would go ahead.")
    quote = only(quotes, "visit")
    assert quote.speaker.name == "The White House"
    assert quote.speaker.kind == "organisation"


def test_it_skips_a_bracketed_party_label():
    body, quotes = quotes_in("Sen. Lindsey Graham (R-S.C.) said the bill would pass.")
    assert only(quotes, "bill").speaker.name == "Lindsey Graham"


# Outlets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ('"It is over," Ana Ruiz told Reuters.', "Reuters"),
        ('"It is over," Ana Ruiz told reporters.', ""),
        ('"It is over," Ana Ruiz told a press conference.', ""),
        ('"It is over," Ana Ruiz was quoted as saying by the Nikkei Shimbun.', "the Nikkei Shimbun"),
        ("Speaking to Le Monde, a French daily, Ana Ruiz said it was over.", "Le Monde"),
        ('"It is over," Ana Ruiz said in an interview with Radio Free Asia.', "Radio Free Asia"),
    ],
)
def test_it_names_the_outlet_that_carried_the_words(sentence, via):
    body, quotes = quotes_in(sentence)
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "Ana Ruiz"
    assert quotes[0].via.lower() == via.lower()


# Speakers across the article ---------------------------------------------------


def test_it_resolves_a_pronoun_to_the_latest_person_who_spoke():
    body, quotes = quotes_in(
        "Lena Park, a nurse, said the ward was full.",
        '"We had no beds left," she said.',
    )
    assert only(quotes, "no beds").speaker.name == "Lena Park"
    assert only(quotes, "no beds").speaker.mention == "she"


def test_it_resolves_a_surname_given_first_and_a_name_with_particles():
    body, quotes = quotes_in(
        "Ursula von der Leyen met the press in Brussels.",
        '"Europe is ready," von der Leyen said.',
    )
    assert only(quotes, "Europe").speaker.name == "Ursula von der Leyen"


def test_it_keeps_the_title_before_a_name_as_description():
    body, quotes = quotes_in("Britain's Ambassador to Japan Julia Longbottom said trade would grow.")
    speaker = only(quotes, "trade").speaker
    assert speaker.name == "Julia Longbottom"
    assert speaker.description == "Britain's Ambassador to Japan"


# Robustness --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "",
        '"',
        '"unbalanced quotation with no end',
        "no punctuation at all said he",
        "\u201c\u201d\u201c",
        "said said said according to",
        '"A," "B," "C," said',
        "\n\n\n\n",
    ],
)
def test_it_never_raises_on_odd_input(body):
    for quote in find_quotes(body, split_sentences(body)):
        assert body[quote.start : quote.end] == quote.text


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('ab Xy,."\u201c\u201d\n:said told Kim according to')), max_size=300)
)
def test_its_offsets_stay_inside_any_body(body):
    for quote in find_quotes(body, split_sentences(body)):
        assert 0 <= quote.start <= quote.end <= len(body)
        assert body[quote.start : quote.end] == quote.text
        if quote.speaker and quote.speaker.start is not None:
            assert 0 <= quote.speaker.start <= quote.speaker.end <= len(body)


def test_it_finds_every_quote_of_a_long_article(seed_article):
    body = "\n\n".join(seed_article.paragraphs * 10)
    quotes = find_quotes(body, split_sentences(body))
    assert len(quotes) >= 100


def test_it_attributes_words_quoted_inside_an_action_as_mixed():
    body, quotes = quotes_in('Senator Ray Cole called the report "a partisan hit job" on Tuesday.')
    quote = only(quotes, "partisan")
    assert (quote.kind, quote.cue, quote.speaker.name) == ("mixed", "called", "Ray Cole")


def test_it_does_not_take_the_title_of_a_work_for_someone_s_words():
    body, quotes = quotes_in('The director Ava Lin made this clear in her new film "The Long Road Home."')
    assert quotes == []


def test_it_joins_a_quoted_question_to_the_short_sentence_that_signs_it():
    body, quotes = quotes_in('"Does anybody know the plan?" Graham asked. "Neither do I."')
    assert only(quotes, "anybody").speaker.name == "Graham"
    assert only(quotes, "Neither").speaker.name == "Graham"


def test_it_reads_a_title_inside_an_appositive_without_ending_the_sentence():
    body, quotes = quotes_in(
        '"It was common ground," said John D. Podesta, an aide whom Mr. Obama hired in 2013.'
    )
    speaker = only(quotes, "common ground").speaker
    assert speaker.name == "John D. Podesta"
    assert speaker.description == "an aide whom Mr. Obama hired in 2013"


@pytest.mark.parametrize(
    "body",
    [
        " -- ".join(["Kim said"] * 5000),
        '"a" ' * 20000,
        "Kim (R-S.C.) " * 5000 + "said yes.",
        "The official said " + "x, " * 20000 + "Kim said.",
        "Kim, " * 20000 + "said yes.",
    ],
)
def test_it_survives_pathological_text(body):
    # Each of these was once quadratic; bench/fuzz_extraction.py times them, this checks the offsets.
    for quote in find_quotes(body, split_sentences(body)):
        assert body[quote.start : quote.end] == quote.text


def test_it_sets_aside_a_title_inside_a_capitalised_run_and_a_dateline():
    body, quotes = quotes_in(
        "WASHINGTON (Reuters) - Rates will stay on hold, Fed Chair Jerome Powell said on Wednesday."
    )
    quote = only(quotes, "Rates")
    assert quote.text == "Rates will stay on hold"
    assert (quote.speaker.name, quote.speaker.description) == ("Jerome Powell", "Fed Chair")


def test_it_never_takes_the_paragraph_before_as_a_title():
    body, quotes = quotes_in(
        "The rally was held in Atlanta.", "House Speaker Mike Johnson said the bill would pass."
    )
    assert only(quotes, "bill").speaker.description == "House Speaker"


# Quotations interrupted by their signature ------------------------------------


def test_it_joins_a_quotation_interrupted_by_its_signature():
    body, quotes = quotes_in('"We lost the vote," Dana Whit said. "We will win the next one."')
    (quote,) = quotes
    assert quote.text == 'We lost the vote," Dana Whit said. "We will win the next one.'
    assert body[quote.start : quote.end] == quote.text
    assert (quote.kind, quote.cue, quote.speaker.name, quote.speaker.mention) == (
        "direct",
        "said",
        "Dana Whit",
        "Dana Whit",
    )


def test_it_joins_a_quotation_resumed_after_a_comma():
    body, quotes = quotes_in("\u201cThe plan is sound,\u201d she said, \u201cbut it is late.\u201d")
    (quote,) = quotes
    assert quote.start == body.index("The plan") and quote.end == body.index("late.") + len("late.")


def test_it_joins_a_quotation_left_open_at_its_paragraph_end():
    body, quotes = quotes_in(
        '"We were told to wait for the trucks, and we waited for three days," said Ruth Amos.',
        '"Then the rain came and nobody could reach the village',
        '"It was the longest week of my life."',
    )
    first, second = quotes
    assert first.text.startswith("We were told")
    assert second.text.startswith("Then the rain") and second.text.endswith("my life.")
    assert second.speaker.name == "Ruth Amos"


def test_it_keeps_apart_quotations_of_two_speakers():
    body, quotes = quotes_in('"The bridge is safe," Ana Ruiz said. "It is not," Omar Bell said.')
    assert [q.speaker.name for q in quotes] == ["Ana Ruiz", "Omar Bell"]


def test_it_keeps_apart_quotations_separated_by_a_reporter_s_sentence():
    body, quotes = quotes_in(
        '"The bridge is safe," Ana Ruiz said on Monday at a hearing of the transport committee in the '
        "state capital, where engineers, residents and two former mayors had gathered since the early "
        'morning to hear the findings of the inspection. "It will stay open."'
    )
    assert len(quotes) == 2


def test_it_reads_a_stance_as_an_indirect_quote():
    body, quotes = quotes_in("Ana Ruiz is the mayor.", "Ruiz criticized the decision to close the bridge.")
    quote = only(quotes, "decision")
    assert (quote.kind, quote.cue, quote.speaker.name) == ("indirect", "criticized", "Ana Ruiz")
    assert quote.text == "the decision to close the bridge"


def test_it_keeps_apart_a_closed_quotation_and_the_next_paragraph_s():
    body, quotes = quotes_in(
        '"We expected more from the council this year," said Omar Farouk, a teacher.',
        '"Nobody listened to us for a year, and now they want our votes again."',
    )
    assert [q.text[:6] for q in quotes] == ["We exp", "Nobody"]
    assert quotes[1].speaker.name == "Omar Farouk"


def test_it_reads_according_to_after_a_dash():
    body, quotes = quotes_in("In 2014, the town had 115 thefts \u2014 according to the police.")
    quote = only(quotes, "thefts")
    assert (quote.cue, quote.speaker.name) == ("according to", "the police")


def test_it_attributes_words_said_by_a_subject_of_any_shape():
    body, quotes = quotes_in("People with direct knowledge of the deal said that the firm had paid for it.")
    assert [(q.text, q.speaker.mention) for q in quotes] == [
        ("the firm had paid for it", "People with direct knowledge of the deal")
    ]


def test_it_attributes_a_headline_giving_its_speaker_first():
    body, quotes = quotes_in("Paul Ryan: FBI Decision Defies Explanation", "He spoke on Tuesday.")
    (quote,) = quotes
    assert (quote.text, quote.kind, quote.speaker.mention) == (
        "FBI Decision Defies Explanation",
        "indirect",
        "Paul Ryan",
    )


def test_it_takes_no_section_label_for_a_speaker():
    for label in ("Related", "The Latest", "Contributing", "Editor's Note"):
        assert quotes_in(f"{label}: Trump Wins Again In Nevada", "He spoke on Tuesday.")[1] == []


def test_it_still_reads_a_transcript_label_opening_with_the():
    body, quotes = quotes_in("THE PRESIDENT: We will rebuild this country.")
    assert [(q.text, q.kind) for q in quotes] == [("We will rebuild this country.", "direct")]


def test_it_reads_a_cue_in_a_title_case_headline():
    body, quotes = quotes_in(
        "Rubio Says Abandoning Immigration Reform Was A Sign Of Leadership",
        "Marco Rubio defended himself on Saturday.",
    )
    quote = only(quotes, "Abandoning")
    assert quote.text == "Abandoning Immigration Reform Was A Sign Of Leadership"
    assert (quote.cue, quote.speaker.name) == ("Says", "Marco Rubio")


def test_it_reads_no_headline_cue_in_an_ordinary_sentence():
    # "Kim Says Hello" names a shop in an ordinary sentence, which is no title-case headline.
    body, quotes = quotes_in(
        "The shop Kim Says Hello opened on Main Street, and its owner hired three new workers."
    )
    assert [q.cue for q in quotes if q.cue.lower() == "says"] == []
