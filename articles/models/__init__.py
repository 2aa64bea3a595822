from .article import Article
from .items import Claim, ItemStatus, Quote, QuoteKind
from .people import Speaker
from .review import Note, Rating, Source, SourceStance, Verdict

__all__ = [
    "Article",
    "Claim",
    "ItemStatus",
    "Note",
    "Quote",
    "QuoteKind",
    "Rating",
    "Source",
    "SourceStance",
    "Speaker",
    "Verdict",
]
