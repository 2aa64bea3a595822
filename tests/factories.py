"""factory-boy factories for every model; one file, as the style guide asks."""

from __future__ import annotations

import hashlib

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.models import Article, Claim, Note, Quote, Rating, Source, SourceStance, Speaker, Verdict

BODY = (
    "The city council approved a budget of $4.2 million on Tuesday, more than last year.\n\n"
    '"We had no choice," said Maria Lopez, the council\'s finance chair.\n\n'
    "Critics said the plan may raise taxes for 3,000 households."
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"editor{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@newsroom.test")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.save()

    @factory.post_generation
    def role(obj, create, extracted, **kwargs):  # noqa: N805
        """`UserFactory(role="checker")` puts the user in that desk group (made by a migration)."""
        if create and extracted:
            obj.groups.add(Group.objects.get(name=extracted))


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Council approves budget, part {n}")
    subtitle = "Critics warn of higher taxes"
    section = "Local"
    outlet = "The Daily Test"
    authors = factory.LazyFunction(lambda: ["Sam Reporter"])
    body = BODY
    input_mode = "text"
    raw_input = factory.LazyAttribute(lambda a: f"{a.title}\n\n{a.body}")
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.raw_input.encode()).hexdigest())


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Maria Lopez {n}")
    description = "the council's finance chair"


def _span(item, needle: str) -> tuple[int, int]:
    start = item.article.body.find(needle)
    assert start >= 0, f"{needle!r} is not in the article body"
    return start, start + len(needle)


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    text = "The city council approved a budget of $4.2 million on Tuesday, more than last year."
    start = factory.LazyAttribute(lambda c: _span(c, c.text)[0])
    end = factory.LazyAttribute(lambda c: _span(c, c.text)[1])
    extracted_text = factory.SelfAttribute("text")
    extracted_start = factory.SelfAttribute("start")
    extracted_end = factory.SelfAttribute("end")
    score = 0.82
    quantities = factory.LazyFunction(lambda: [{"value": 4200000, "unit": "USD", "qualifier": ""}])
    reasons = factory.LazyFunction(lambda: ["has a quantity: $4.2 million"])


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory)
    text = "We had no choice,"
    start = factory.LazyAttribute(lambda q: _span(q, q.text)[0])
    end = factory.LazyAttribute(lambda q: _span(q, q.text)[1])
    extracted_text = factory.SelfAttribute("text")
    extracted_start = factory.SelfAttribute("start")
    extracted_end = factory.SelfAttribute("end")
    kind = "direct"
    extracted_kind = factory.SelfAttribute("kind")
    cue = "said"
    speaker = factory.SubFactory(SpeakerFactory)
    speaker_mention = factory.LazyAttribute(lambda q: q.speaker.name if q.speaker else "")
    extracted_speaker_name = factory.SelfAttribute("speaker_mention")


class NoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Note

    claim = factory.SubFactory(ClaimFactory)
    text = "Checked against the council minutes."
    created_by = factory.SubFactory(UserFactory)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    claim = factory.SubFactory(ClaimFactory)
    url = "https://council.example.org/minutes/2026-11-24"
    title = "Council minutes, 24 November"
    publisher = "City council"
    stance = SourceStance.SUPPORTS
    is_primary = True
    created_by = factory.SubFactory(UserFactory)


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdict

    claim = factory.SubFactory(ClaimFactory)
    rating = Rating.MOSTLY_TRUE
    rationale = "The budget is $4.2 million; last year's was $4.0 million."
    created_by = factory.SubFactory(UserFactory)
    updated_by = factory.SelfAttribute("created_by")


# States that come with a verdict, and those where the verdict is approved.
VERDICT_STATES = {"proposed", "returned", "approved", "published"}
APPROVED_STATES = {"approved", "published"}


def item_in_state(
    status: str,
    *,
    item_factory: type[factory.django.DjangoModelFactory] = ClaimFactory,
    assignee=None,
    verdict_by=None,
    approved_by=None,
    **fields,
):
    """A claim (or `item_factory`'s item) in `status`, with what that state implies.

    States from "proposed" on get a verdict written by `verdict_by` (a new checker
    by default); "approved" and "published" get it approved by `approved_by` (a new
    editor by default); "returned" gets a return comment; "dismissed" a reason.
    """
    if status == "dismissed":
        fields.setdefault("dismissed_reason", "Opinion, not checkable")
    assigned_at = timezone.now() if assignee else None
    item = item_factory(status=status, assignee=assignee, assigned_at=assigned_at, **fields)
    if status in VERDICT_STATES:
        author = verdict_by or UserFactory(role="checker")
        approver = (approved_by or UserFactory(role="editor")) if status in APPROVED_STATES else None
        VerdictFactory(
            claim=item if isinstance(item, Claim) else None,
            quote=item if isinstance(item, Quote) else None,
            created_by=author,
            approved_by=approver,
            approved_at=timezone.now() if approver else None,
            return_comment="Find the primary record." if status == "returned" else "",
        )
    return item


def sources_for(item, *, primary: int = 1, secondary: int = 1) -> list[Source]:
    """`primary` primary and `secondary` secondary sources on `item`."""
    attach = {"claim": item} if isinstance(item, Claim) else {"claim": None, "quote": item}
    return [
        SourceFactory(is_primary=is_primary, url=f"https://example.org/{n}", **attach)
        for n, is_primary in enumerate([True] * primary + [False] * secondary)
    ]
