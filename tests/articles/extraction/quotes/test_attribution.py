"""Attribution frames read on one stretch of text, before speakers are resolved.

The frames alone: what the learned model adds for the cues they leave is
tested in `test_unread_cues` and measured by the dev figures.
"""

from __future__ import annotations

from unittest import mock

from articles.extraction.quotes import unread_cues
from articles.extraction.quotes.attribution import attribute
from articles.extraction.quotes.quotemarks import mask, quotation_spans
from articles.extraction.quotes.reported import Stretch


def attributions(text: str):
    quotations = quotation_spans(text)
    with mock.patch.object(unread_cues, "accept", return_value=False):
        return attribute(Stretch(text, mask(text, quotations), quotations, 0, len(text)))


def test_it_reads_the_subject_before_its_cue():
    (found,) = attributions("The vote was rigged, Kim said.")
    assert (found.kind, found.cue, found.mention.text) == ("indirect", "said", "Kim")
    assert "The vote was rigged, Kim said."[found.start : found.end] == "The vote was rigged"


def test_it_looks_past_an_appositive_for_the_subject():
    (found,) = attributions("Ann Lee, a nurse at the clinic, a charity, said beds were short.")
    assert found.mention.text == "Ann Lee"


def test_it_splits_a_quotation_around_its_cue():
    text = '"We lost," he said, "but we will be back."'
    first, second = attributions(text)
    assert text[first.start : first.end] == "We lost,"
    assert text[second.start : second.end] == "but we will be back."
    assert second.inherit


def test_it_cuts_reported_words_where_the_next_speaker_begins():
    text = "Kim said the plan failed, though she admitted it was popular."
    first, second = attributions(text)
    assert text[first.start : first.end] == "the plan failed"
    assert text[second.start : second.end] == "it was popular"


def test_it_reads_a_dash_signature():
    text = "\u201cVote for change!\u201d \u2015 Maria Lopez."
    (found,) = attributions(text)
    assert found.mention.text == "Maria Lopez"
    assert found.kind == "direct"


def test_it_finds_nothing_without_a_speaker():
    assert attributions("The said agreement was signed by both sides.") == []


def test_it_reads_a_stance_after_its_verb():
    text = "The union urged members to reject the offer."
    (found,) = attributions(text)
    assert (found.kind, found.cue, found.mention.text) == ("indirect", "urged", "The union")
    assert text[found.start : found.end] == "members to reject the offer"


def test_it_reads_a_wish_with_an_infinitive():
    text = "She wants to build a new bridge over the river."
    (found,) = attributions(text)
    assert text[found.start : found.end] == "to build a new bridge over the river"


def test_it_reads_a_phrasal_stance():
    text = "Lawmakers called for an inquiry into the spending."
    (found,) = attributions(text)
    assert (found.cue, found.mention.text) == ("called for", "Lawmakers")
    assert text[found.start : found.end] == "an inquiry into the spending"


def test_it_gives_a_stance_participle_the_main_subject():
    text = "The mayor left the meeting early, criticizing the budget cuts."
    (found,) = attributions(text)
    assert found.mention.text == "The mayor"
    assert text[found.start : found.end] == "the budget cuts"


def test_it_does_not_read_a_noun_as_a_stance_verb():
    assert attributions("The Nordic demands for a new port were dropped in the end.") == []
    # Her demands are hers, but as a noun after her name, not as a verb she is the subject of.
    assert [a.cue for a in attributions("Nadia Okafor's demands for a new port were dropped.")] == [
        "demands for"
    ]
    assert attributions("The mayor praise for the port was lukewarm at best.") == []


def test_it_does_not_read_a_phrasal_verb_as_a_stance():
    assert attributions("The council backed away from the proposal last week.") == []


def test_it_ends_a_stance_in_a_relative_clause_at_its_comma():
    text = "Tom Reyes, who wants to unseat the mayor, held a rally on Sunday."
    (found,) = attributions(text)
    assert text[found.start : found.end] == "to unseat the mayor"
    assert found.mention.antecedent.text == "Tom Reyes"


def test_it_reads_one_clause_around_a_cue_set_off_by_commas():
    text = "Many of the farms, he said, have closed for good."
    (found,) = attributions(text)
    assert text[found.start : found.end] == "Many of the farms, he said, have closed for good"
    assert found.mention.text == "he"


def test_it_leaves_out_a_scene_setting_opening_before_a_cue():
    text = "But to prevent problems, he said, the city hired guards."
    (found,) = attributions(text)
    assert text[found.start : found.end] == "the city hired guards"


def test_it_reads_one_clause_around_according_to():
    text = "His main worry, according to aides, was the cost of the bridge."
    (found,) = attributions(text)
    assert text[found.start : found.end] == "His main worry, according to aides, was the cost of the bridge"
    assert (found.cue, found.mention.text) == ("according to", "aides")


def test_it_leaves_out_a_short_opening_before_according_to():
    text = "In addition, according to the agency, nine million workers will be covered."
    (found,) = attributions(text)
    assert text[found.start : found.end] == "nine million workers will be covered"


def test_it_ends_reported_words_in_a_relative_clause_at_its_comma():
    text = "Ana Diaz, who in 2010 said the tax was too high, now backs it."
    (found,) = attributions(text)
    assert text[found.start : found.end] == "the tax was too high"
    assert found.mention.antecedent.text == "Ana Diaz"


def test_it_reads_an_indirect_question_after_asked():
    text = "A voter asked whether the mayor would run again."
    (found,) = attributions(text)
    assert (found.cue, found.mention.text) == ("asked", "A voter")
    assert text[found.start : found.end] == "whether the mayor would run again"


def test_it_reads_a_verb_and_its_preposition_as_one_stance_cue():
    text = "The mayor spoke about the cost of the new bridge."
    (found,) = attributions(text)
    assert found.cue == "spoke about"
    assert text[found.start : found.end] == "the cost of the new bridge"


def test_it_reads_words_quoted_in_an_action_past_an_aside():
    text = "Ana Ruiz, a city ally, called the plan \u201ca sham.\u201d"
    (found,) = attributions(text)
    assert (found.kind, found.cue, found.mention.text) == ("mixed", "called", "Ana Ruiz")


def test_it_takes_a_quotation_as_the_object_of_a_stance():
    text = "The mayor condemned \u201csuch a cruel attack\u201d on Friday."
    (found,) = attributions(text)
    assert (found.kind, text[found.start : found.end]) == ("direct", "such a cruel attack")


def test_it_reads_a_participle_after_but():
    text = "She praised the son as a hero but insisting that he had \u201cno right\u201d to speak."
    first, second = attributions(text)
    assert (first.kind, text[first.start : first.end]) == ("indirect", "the son as a hero")
    assert (second.cue, second.kind) == ("insisting", "mixed")
    assert second.inherit  # the speaker of the clause it hangs on


def test_it_keeps_a_stance_inside_reported_words_as_part_of_them():
    text = "Many superdelegates said they support Clinton."
    (found,) = attributions(text)
    assert (found.cue, text[found.start : found.end]) == ("said", "they support Clinton")


def test_it_reads_support_and_refusal_as_stances():
    for text, content in (
        ("The union endorsed Kim Lee.", "Kim Lee"),
        ("The mayor refused to answer.", "to answer"),
    ):
        (found,) = attributions(text)
        assert text[found.start : found.end] == content


def test_it_reads_a_progressive_cue_as_a_verb_not_a_participle():
    text = "Ted Cruz is telling voters that the fracking ban is hurting the economy."
    (found,) = attributions(text)
    assert (found.cue, found.mention.text) == ("telling", "Ted Cruz")
    assert text[found.start : found.end].endswith("the fracking ban is hurting the economy")


def test_it_reads_the_words_after_as_x_reported():
    text = "As The Daily Caller reported, the actor gave $5,000 to the Clintons."
    (found,) = attributions(text)
    assert (found.cue, found.mention.text) == ("reported", "The Daily Caller")
    assert text[found.start : found.end] == "the actor gave $5,000 to the Clintons"


def test_it_keeps_an_infinitive_stance_inside_the_stance_before_it():
    text = "The union urged members to reject the offer."
    (found,) = attributions(text)
    assert (found.cue, text[found.start : found.end]) == ("urged", "members to reject the offer")


def test_it_leaves_the_one_asked_out_of_what_was_asked():
    text = "A reporter asked Sanders how he was feeling on caucus day."
    (found,) = attributions(text)
    assert (found.cue, found.mention.text) == ("asked", "A reporter")
    assert text[found.start : found.end] == "how he was feeling on caucus day"


def test_it_takes_what_was_asked_for():
    text = "The mayor asked the council for a second vote on the budget."
    (found,) = attributions(text)
    assert text[found.start : found.end] == "a second vote on the budget"


def test_it_reads_what_a_denial_or_a_report_takes_as_its_object():
    for text, content in (
        ("The senator denied the allegations about his campaign.", "the allegations about his campaign"),
        (
            "The Tennessean reported the decision of the former vice president.",
            "the decision of the former vice president",
        ),
    ):
        (found,) = attributions(text)
        assert text[found.start : found.end] == content


def test_it_trusts_any_noun_phrase_opening_the_clause_of_a_verb_of_saying():
    text = "The state election board confirmed that the count was finished."
    (found,) = attributions(text)
    assert (found.cue, found.mention.text) == ("confirmed", "The state election board")


def test_it_takes_no_plural_noun_spelled_like_a_verb_for_a_cue():
    assert attributions("Their high hopes for the plan faded over the summer.") == []


def test_it_takes_an_infinitive_after_a_vow_or_an_agreement():
    text = "Donald Trump has vowed to fight the ruling."
    (found,) = attributions(text)
    assert (found.mention.text, text[found.start : found.end]) == ("Donald Trump", "to fight the ruling")


def test_it_reads_no_infinitive_after_a_plain_verb_of_saying():
    assert attributions("Donald Trump said to the crowd.") == []


def test_it_ends_reported_words_where_a_second_verb_of_the_same_subject_begins():
    text = "He said that the party was more focused on the platform and noted that the race was over."
    first, second = attributions(text)
    assert text[first.start : first.end] == "the party was more focused on the platform"
    assert text[second.start : second.end] == "the race was over"


def test_it_attributes_a_sentence_to_the_poll_opening_it():
    text = "In the new Post-ABC poll, the mogul wins one in three primary voters."
    (found,) = attributions(text)
    assert (found.mention.text, text[found.start : found.end]) == (
        "the new Post-ABC poll",
        "the mogul wins one in three primary voters",
    )


def test_it_attributes_nothing_to_a_scene_opening_a_sentence():
    assert attributions("In the new state office, the mogul met three primary voters.") == []
