"""Questions and requests put to someone: "A reporter asked Sanders how he felt", "Asked whether ...".

The asker is the subject before the cue; what was asked starts at "to", a
question word, or after "about" / "for", past the one asked.
"""

from __future__ import annotations

import re

from .cues import words
from .outlets import skip_after_cue, via_before
from .reported import Attribution, Stretch, reported_words
from .subjects import subject_before

ASKING = words("ask asks asked asking")
# What is asked starts at "to", a question word, or after "about" / "for", past the one asked.
ASKED_CONTENT = re.compile(r"\b(?:to|whether|if|how|what|why|when|where|who|which)\b|\b(?:about|for)\s+")
ASKED_OPENING = re.compile(r"\s*(?:(?:[Ww]hen|[Ii]f|[Bb]ut|[Aa]nd|[Ll]ater|[Oo]nce)\s+)?")
LISTENER = re.compile(r"[^,.;:\"\u201c\u201d]*")
MAX_LISTENER = 60


def asked(stretch: Stretch, match: re.Match) -> list[Attribution]:
    """A question or request put to someone: "A reporter asked Sanders how he felt".

    The one asked is not part of what was asked: the content starts at "to",
    a question word, or after "about" / "for", a few words past the cue. A
    sentence opening "Asked ..." or "When asked ..." reports a question whose
    asker is not named.
    """
    masked = stretch.masked
    mention = subject_before(stretch, match.start())
    opening = mention is None and ASKED_OPENING.fullmatch(masked, stretch.start, match.start()) is not None
    if mention is None and not opening:
        return []
    rest, via = skip_after_cue(stretch, match.end(), match.group())
    question = ASKED_CONTENT.search(masked, rest, min(stretch.end, rest + MAX_LISTENER))
    if question is None or not LISTENER.fullmatch(masked, rest, question.start()):
        return []
    start = question.end() if question.group().split()[0] in ("about", "for") else question.start()
    via = via or via_before(stretch, match.start())
    if opening:
        # "Asked whether he would run, Lee said ...": what was asked, by someone unnamed, ends at the comma.
        comma = masked.find(",", start, stretch.end)
        return [] if comma < 0 else reported_words(stretch, start, comma, match.group(), None, via)
    return reported_words(stretch, start, stretch.end, match.group(), mention, via)
