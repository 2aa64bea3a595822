"""Speaker resolution: surnames, pronouns, repeated sources, descriptions."""

from __future__ import annotations

from articles.extraction.quotes.names import Mention
from articles.extraction.quotes.speakers import SpeakerBook


def book_for(body: str) -> SpeakerBook:
    return SpeakerBook(body, body)


def mention(body: str, text: str, kind: str = "name", occurrence: int = -1, **flags) -> Mention:
    start = body.rfind(text) if occurrence < 0 else body.find(text)
    return Mention(text, start, start + len(text), kind, **flags)


def test_it_resolves_a_surname_to_the_full_name_and_its_first_description():
    body = "Kang Dong-wan, a professor at Dong-A University, spoke. Later Kang said no."
    speaker = book_for(body).resolve(mention(body, "Kang"))
    assert speaker.name == "Kang Dong-wan"
    assert speaker.description == "a professor at Dong-A University"
    assert (speaker.mention, body[speaker.start : speaker.end]) == ("Kang", "Kang")


def test_it_takes_the_title_before_a_name_as_description():
    body = "Britain's Ambassador to Japan Julia Longbottom spoke. Longbottom said yes."
    assert book_for(body).resolve(mention(body, "Longbottom")).description == "Britain's Ambassador to Japan"


def test_it_resolves_a_pronoun_to_the_latest_person_who_spoke():
    body = "Ann Lee said one thing. Bob Kay said another. Then she said more."
    book = book_for(body)
    book.resolve(mention(body, "Ann Lee"))
    book.resolve(mention(body, "Bob Kay"))
    assert book.resolve(mention(body, "she", "pronoun")).name == "Bob Kay"


def test_it_falls_back_to_the_latest_person_named_for_a_pronoun():
    body = "Ann Lee arrived late. She said sorry."
    assert book_for(body).resolve(mention(body, "She", "pronoun")).name == "Ann Lee"


def test_it_repeats_an_anonymous_source():
    body = "A source close to the talks said yes. The source added more."
    book = book_for(body)
    first = book.resolve(mention(body, "A source close to the talks", "noun", anonymous=True))
    again = book.resolve(mention(body, "The source", "noun", anonymous=True))
    assert first.anonymous and again.name == "A source close to the talks"


def test_it_resolves_the_ministry_to_its_full_name():
    body = "The Ministry of Finance met. the ministry said no."
    speaker = book_for(body).resolve(mention(body, "the ministry", "noun", organisation=True))
    assert speaker.name.endswith("Ministry of Finance")
    assert speaker.kind == "organisation"


def test_it_tells_an_outlet_from_a_person():
    body = "Donald Trump spoke to Le Monde."
    book = book_for(body)
    assert book.is_person_name("Trump")
    assert not book.is_person_name("Le Monde")


def test_it_does_not_give_she_to_a_man_already_called_he():
    body = "Ann Lee said one thing. Bob Kay said another. He said more. Then she said most."
    book = book_for(body)
    book.resolve(mention(body, "Ann Lee"))
    book.resolve(mention(body, "Bob Kay"))
    assert book.resolve(mention(body, "He", "pronoun")).name == "Bob Kay"
    assert book.resolve(mention(body, "she", "pronoun")).name == "Ann Lee"


def test_it_reads_gender_from_a_title():
    body = "Ms. Ann Lee spoke. Mr. Bob Kay spoke. She said yes."
    book = book_for(body)
    book.resolve(mention(body, "Ann Lee"))
    book.resolve(mention(body, "Bob Kay"))
    assert book.resolve(mention(body, "She", "pronoun")).name == "Ann Lee"


def test_it_resolves_a_definite_role_to_the_person_who_holds_it():
    body = "Sen. Ray Cole spoke on Monday. Then the senator said no."
    speaker = book_for(body).resolve(mention(body, "the senator", "noun"))
    assert speaker.name == "Ray Cole"
    assert (speaker.mention, body[speaker.start : speaker.end]) == ("the senator", "the senator")


def test_it_resolves_a_definite_role_from_a_description():
    body = "Ana Ruiz, the mayor of Dayton, spoke. Bo Li, a farmer, spoke too. Then the mayor said no."
    book = book_for(body)
    book.resolve(mention(body, "Ana Ruiz"))
    book.resolve(mention(body, "Bo Li"))
    assert book.resolve(mention(body, "the mayor", "noun")).name == "Ana Ruiz"


def test_it_keeps_a_role_nobody_holds_as_written():
    body = "Bo Li, a farmer, spoke. Then the governor said no."
    assert book_for(body).resolve(mention(body, "the governor", "noun")).name == "the governor"
