"""Plain result types of the extraction engine.

Every offset (`start`, `end`) is a character offset into `ArticleParts.body`,
end exclusive, so that `body[start:end]` is the item's text as written.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class Caption:
    text: str
    credit: str = ""


@dataclass(slots=True)
class ArticleParts:
    """The article found in a page: metadata and the body without page furniture."""

    title: str = ""
    subtitle: str = ""
    section: str = ""
    outlet: str = ""
    authors: list[str] = field(default_factory=list)
    author_email: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    url: str = ""

    @property
    def body(self) -> str:
        # Paragraphs are joined by one blank line; offsets everywhere rely on it.
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)


PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Speaker:
    """Who a quote is attributed to.

    `name` is the resolved full name ("Maria Lopez") or, for an anonymous
    source, the noun phrase as written ("an official at the Ministry of X").
    `mention` is the words next to the cue ("Kang", "she"), with offsets.
    """

    name: str
    description: str = ""
    anonymous: bool = False
    kind: str = "person"  # person | organisation | group
    mention: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Quote:
    text: str
    kind: str  # direct | indirect | mixed
    cue: str
    start: int
    end: int
    speaker: Speaker | None = None
    via: str = ""


@dataclass(slots=True)
class Quantity:
    value: float
    unit: str = ""
    qualifier: str = ""
    text: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Claim:
    text: str
    start: int
    end: int
    score: float
    hedge: str = ""
    quantities: list[Quantity] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    article: ArticleParts
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The JSON shape promised by the command line, datetimes as ISO 8601."""
        article = dataclasses.asdict(self.article)
        article["body"] = self.article.body
        for key in ("published", "updated"):
            value = article[key]
            article[key] = value.isoformat() if value else None
        return {
            "article": article,
            "quotes": [dataclasses.asdict(q) for q in self.quotes],
            "claims": [dataclasses.asdict(c) for c in self.claims],
        }
