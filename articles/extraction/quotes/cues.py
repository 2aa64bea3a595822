"""Cue words that introduce reported speech or belief, and the phrases around them.

A cue is a verb of saying or thinking ("said", "told", "believes"), a passive
frame ("was quoted as saying") or "according to". The lexicons are written out
in full (no stemming) so that reading them tells exactly what is matched.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator


def words(text: str) -> frozenset[str]:
    """The set of words in a whitespace-separated lexicon string."""
    return frozenset(text.split())


def alternation(options: Iterable[str], word_start: bool = False) -> str:
    """A group matching any of `options` (words, or patterns opening with a plain letter), in their order.

    The regex engine tries the options of a group one after the other at each
    place, a slow loop for a lexicon of a hundred words. Grouped by their first
    letter, a couple of dozen are tried instead; options opening with different
    letters never match at the same place (in a case-insensitive pattern they
    are all in one case), so the order among those that can match is kept and
    the group matches exactly as the plain alternation would.

    With `word_start`, an option matches only at the start of a word, as after
    `\\b`, but that is tested after its first letter: the pattern then opens
    with plain letters, and a search skips to them. That pays when the options
    open with a few letters only.
    """
    by_first: dict[str, list[str]] = {}
    for option in options:
        by_first.setdefault(option[0], []).append(option[1:])
    return (
        "(?:"
        + "|".join(
            first + (r"(?<!\w" + first + ")" if word_start else "") + "(?:" + "|".join(rests) + ")"
            for first, rests in by_first.items()
        )
        + ")"
    )


class WordPattern:
    """A pattern matched at the start of a word only, as after `\\b`, and searched quickly.

    A search for a pattern opening with `\\b` tries every offset; opening with
    a non-word character instead, it skips to the few offsets where a word can
    start. The word at the very start of the text has none before it and is
    tried on its own. `finditer` finds what `\\b` and `pattern` would, each
    match's group 1; `pattern` opens with a letter and ends with a word
    character followed by `\\b`.
    """

    def __init__(self, pattern: str) -> None:
        self._at_start = re.compile("(" + pattern + ")")
        self._after_break = re.compile(r"\W(" + pattern + ")")

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match]:
        first = self._at_start.match(text, 0, end) if start == 0 else None
        if first is not None:
            yield first
        # A non-word character right before `start` may open the first match.
        yield from self._after_break.finditer(text, first.end() if first else max(0, start - 1), end)


# Verbs of saying, every inflection spelled out; "-ing" forms are also used
# as participles after a main clause (", saying ...").
SPEECH_VERBS = words(
    "say says said saying tell tells told telling add adds added adding note notes noted noting argue "
    "argues argued arguing claim claims claimed claiming warn warns warned warning insist insists "
    "insisted insisting stress stresses stressed stressing explain explains explained explaining "
    "write writes wrote writing tweet tweets tweeted tweeting announce announces announced announcing "
    "confirm confirms confirmed confirming deny denies denied denying estimate estimates estimated "
    "estimating mention mentions mentioned mentioning stated reports reported suggest suggests "
    "suggested suggesting acknowledge acknowledges acknowledged acknowledging admit admits admitted "
    "admitting declare declares declared declaring assert asserts asserted asserting contend contends "
    "contended contending predict predicts predicted predicting reply replies replied replying "
    "respond responds responded responding recall recalls recalled recalling observe observes "
    "observed observing emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised "
    "emphasising complain complains complained complaining concede concedes conceded conceding "
    "caution cautions cautioned cautioning testify testifies testified testifying maintain maintains "
    "maintained maintaining allege alleges alleged alleging conclude concludes concluded concluding "
    "remark remarks remarked remarking reiterate reiterates reiterated reiterating continued agree "
    "agrees agreed agreeing point pointed posted promised vowed vowing pledged boast boasts boasted "
    "boasting joke jokes joked joking ask asks asked asking disclose discloses disclosed disclosing "
    "reveal reveals revealed revealing indicate indicates indicated indicating yell yells yelled "
    "shout shouts shouted scream screams screamed exclaim exclaims exclaimed quip quips quipped "
    "retort retorts retorted muse muses mused wondered countered implied implies recounted assure "
    "assures assured assuring echo echoes echoed echoing blast blasts blasted blasting charge charges "
    "charged charging stating remind reminds reminded reminding repeat repeats repeated "
    "repeating retweet retweets retweeted retweeting emailed texted"
)

# Verbs ascribing a belief or expectation: they introduce indirect content
# only, never a quotation, and only with the subject before them.
BELIEF_VERBS = words(
    "think thinks thought believe believes believed expect expects expected fear fears feared hope "
    "hopes hoped doubt doubts doubted worry worries worried feel feels felt suspect suspects "
    "suspected show shows showed found finds know knows knew consider considers considered see sees "
    "saw view views viewed understand understands understood realize realizes realized realise "
    "realises realised assume assumes assumed learn learns learned recognize recognizes recognized "
    "hoping fearing believing thinking expecting"
)

# Verbs ascribing a stance, a wish or an intention to their subject: what follows the
# verb (its object, an infinitive, a "that" clause) is the attributed content,
# indirect only, with the subject before the verb: "Lee wants to run", "Kim
# criticized the plan", "The campaign urged voters to register".
STANCE_VERBS = words(
    "want wants urge urges urged accuse accuses accused criticize criticizes criticized criticise "
    "criticises criticised vow vows promise promises pledge pledges intend intends intended "
    "propose proposes proposed praise praises praised endorse endorses endorsed oppose opposes "
    "opposed supported condemn condemns condemned denounce denounces denounced blame blames "
    "blamed demand demands demanded dismiss dismisses dismissed defended reject rejects rejected "
    "welcome welcomes welcomed cite cites cited seek seeks sought question questions questioned "
    "mock mocks mocked slam slams slammed tout touts touted hail hails hailed lament laments "
    "lamented prefer prefers preferred urging accusing criticizing criticising vowing promising "
    "pledging praising blaming demanding citing questioning defending rejecting dismissing "
    "seeking condemning denouncing mocking touting "
    # Support and opposition, naming and describing, refusal, offers and plans.
    "support supports supporting backs backed backing endorsing attack attacks attacked attacking "
    "call calls called describe describes described describing decline declines declined "
    "declining refuse refuses refused refusing offer offers offered offering express expresses "
    "expressed expressing vote votes voted voting plan plans planned planning decide decides decided "
    "aim aims aimed wish wishes wished threaten threatens threatened threatening encourage encourages "
    "encouraged encouraging challenge challenges challenged challenging approve approves approved "
    "favor favors favored favour favours favoured label labels labeled labelled dub dubs dubbed "
    # Wishes, complaints, requests, orders and what is picked out for mention.
    "wanted wanting slamming decry decries decried decrying assail assails assailed assailing recommend "
    "recommends recommended recommending requested ordered "
    "highlight highlights highlighted highlighting discuss discussed discussing thanked thanking applaud "
    "applauds applauded applauding bemoan bemoans bemoaned bemoaning invoke invokes invoked invoking "
    "referenced"
)
# Phrases of the same kind, a verb and its preposition: "called for", "spoke about", "voted against".
_STANCE_PHRASE_VERBS = {
    "call calls called calling push pushes pushed pushing": "for on",
    "talk talks talked talking spoke speaks speaking": "about",
    "comment comments commented commenting": "on",
    "argue argues argued arguing": "for against",
    "advocate advocates advocated advocating": "for",
    "worry worries worried worrying complain complains complained complaining": "about",
    "boast boasts boasted boasting": "about of",
    "point points pointed pointing": "to",
    "refer refers referred referring": "to",
    "focus focuses focused focusing": "on",
    "go goes went going": "after",
    "side sides sided siding": "with",
    "hint hints hinted hinting": "at",
    "warn warns warned warning": "against about of",
}
STANCE_PHRASE = "|".join(
    r"(?:" + "|".join(verbs.split()) + r")\s+(?:" + "|".join(preps.split()) + ")"
    for verbs, preps in _STANCE_PHRASE_VERBS.items()
)

# Participles that follow a main clause and carry its subject's words.
PARTICIPLES = frozenset(w for w in SPEECH_VERBS if w.endswith("ing"))

# "point" only counts with "out"; "pointed out" is matched as a phrase below.
_SINGLE = sorted(
    (set(SPEECH_VERBS) | set(BELIEF_VERBS) | set(STANCE_VERBS)) - {"point", "pointed"}, key=len, reverse=True
)

# Idioms of speech and of stance, whose first word alone is no cue.
SPEECH_IDIOMS = r"(?:make|makes|made|making)\s+(?:it\s+clear|clear|the\s+case)"
STANCE_IDIOMS = (
    r"(?:take|takes|took|taking)\s+aim\s+at|(?:weigh|weighs|weighed|weighing)\s+in\s+on"
    r"|(?:speak|speaks|spoke|speaking)\s+out\s+(?:against|about|for|on)"
    r"|(?:come|comes|came|coming)\s+out\s+(?:against|for|in\s+favou?r\s+of)"
    r"|(?:lash|lashes|lashed|lashing)\s+out\s+at"
)

CUE = re.compile(
    r"\b(?:(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+as\s+(?:saying|telling)"
    r"|[Aa]ccording\s+to|Asked|" + SPEECH_IDIOMS + "|" + STANCE_IDIOMS + r"|point(?:s|ed|ing)?\s+out"
    r"|" + STANCE_PHRASE + r"|" + alternation(_SINGLE) + r")\b"
)

# The first word of every cue as written: `CUE` is case-sensitive but for "According" and "Asked".
_FIRST_WORDS = frozenset(
    {w.lower() for w in _SINGLE}
    | words("was were is are has had according According Asked point points pointed pointing")
    # The first words of the idioms.
    | words("make makes made making take takes took taking weigh weighs weighed weighing speak speaks")
    | words("spoke speaking come comes came coming lash lashes lashed lashing")
    | {w for verbs in _STANCE_PHRASE_VERBS for w in verbs.split()}
)
# Only these words are visited, none of the others (a text has ten times as many).
_FIRST_WORD = WordPattern(alternation(sorted(_FIRST_WORDS, key=len, reverse=True)) + r"\b")


def find_cues(text: str, start: int, end: int) -> Iterator[re.Match]:
    """Every cue in `text[start:end]`, left to right, as `CUE` matches.

    Scanning for the first words of cues and trying the long `CUE` pattern
    only there is several times faster than searching with it.
    """
    at = start
    cue_at = CUE.match
    for word in _FIRST_WORD.finditer(text, start, end):
        if word.start(1) < at:
            continue
        match = cue_at(text, word.start(1), end)
        if match:
            at = match.end()
            yield match


# Time words, skipped after a cue ("said Wednesday") and cut from a source ("an expert ... Wednesday").
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TIME_PHRASE = re.compile(
    r"(?:(?:on|late|early)\s+)?" + _DAYS + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|next|earlier\s+this|late\s+last)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)"
    r"|yesterday|today|tonight|earlier|later|recently|previously|afterward|afterwards|then|also|again"
    r"|(?:in|last|this|since|early|late)\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|\d{4})(?:\s+\d{4})?"
    r"|this\s+(?:morning|afternoon|evening)|(?:in|on)\s+(?:private|public)|privately|publicly|repeatedly"
    r"|on\s+(?:the\s+)?condition\s+of\s+anonymity|in\s+(?:a\s+)?(?:response|reply)\s+to\s+(?:a\s+)?"
    r"(?:question|questions|reporters)"
    r"|(?:on\s+)?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}"
    r"|(?:on\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}",
)

# Settings of a statement, skipped after a cue: "said in a statement", "told a press conference".
SETTING_PHRASE = re.compile(
    r"(?:in|on|at|during|after|before|via|through)\s+(?:a|an|the|his|her|their|its|our|this|that|Monday's|"
    r"[A-Z][\w.]*'s)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|conference|briefing|speech|rally|tweet|post|"
    r"email|e-mail|letter|op-ed|memo|debate|hearing|appearance|event|meeting|call|show|program|broadcast|"
    r"video|message|release|report|filing|session|address|remarks|podcast|article|column|book|blog|"
    r"forum|summit|visit|trip|radio|television|testimony|announcement)s?"
    r"|on\s+(?:Twitter|Facebook|Instagram|X|Telegram|TikTok|YouTube|Threads|television|TV|radio)",
)

# Listeners after "told": not the outlet that carried the words.
LISTENERS = re.compile(
    r"(?:(?:the|a|an|some|several|local|foreign|other)\s+)?(?:[\w-]+\s+)?"
    r"(?:reporters|journalists|lawmakers|legislators|supporters|crowd|audience|students|members|"
    r"delegates|voters|residents|workers|investors|analysts|congress|parliament|committee|panel|court|jury|"
    r"press\s+conference|news\s+conference|briefing|rally|gathering|forum|hearing)\b"
    r"|(?:him|her|them|us|me|you|it)\b",
)


def cue_is_belief(cue: str) -> bool:
    """Whether a cue ascribes a belief rather than speech ("thinks", "fears").

    Belief cues take indirect content only and need their subject before them.
    """
    return cue.lower() in _BELIEF_SET


def cue_is_participle(cue: str) -> bool:
    """Whether a cue is a participle hanging on a main clause (", saying ...")."""
    return cue.lower() in PARTICIPLES


@functools.lru_cache(maxsize=4096)  # asked several times per cue, of a few hundred distinct cues
def cue_is_stance(cue: str) -> bool:
    """Whether a cue ascribes a stance or an intention ("wants", "urged", "called for").

    Like beliefs, stance cues take indirect content only, after the verb, with
    their subject before them.
    """
    lowered = " ".join(cue.lower().split())
    return lowered in STANCE_VERBS or bool(_STANCE_PHRASE.fullmatch(lowered))


_BELIEF_SET = frozenset(BELIEF_VERBS)
_STANCE_PHRASE = re.compile(r"(?:" + STANCE_PHRASE + "|" + STANCE_IDIOMS + r")")
