"""Steps 5–6: attribution chains and claim spans.

After a cue and its subject, :func:`content_start` skips what only frames the
statement — commas, dates (الثلاثاء، اليوم الأربعاء), occasions (في بيان له، خلال
مؤتمر صحفي، على هامش …، عبر قناة …، لوسائل الإعلام) — and then:

* "على لسان X" names the real speaker (the subject only lends its voice);
* "نقلا عن X" / "نقلت … عن X قوله" names the original speaker; the subject becomes
  ``via`` (an agency relaying an official);
* إن/أن/بأن/إلى أن/على أن/: or an opening quotation mark opens the content; the
  complementiser itself is not part of the claim;
* otherwise the complement starts right away (a verbal noun: أعلنت … استهداف …; an
  object: حثت الشرطة المتظاهرين على …; a preposition: طالبت بـ …، دعا إلى …).

The content ends at the end of its sentence (outside quotations), before the next
clause-opening cue of the paragraph, or at the paragraph's end — never later, so a
claim never spans two paragraphs. Participial follow-ons (مشددا على أن …) stay inside
the claim before them.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.extraction.lexicon import (
    ACCORDING_TO,
    ACCORDING_TO_LAM,
    ACCORDING_TO_WHAT,
    ADVERBIAL_PREPOSITIONS,
    AUDIENCE_STEMS,
    CALL_WORDS,
    COMP_PREPOSITIONS,
    COMPLEMENTISERS,
    DATE_WORDS,
    MONTHS,
    ON_ADVERBIAL_STEMS,
    ON_THE_TONGUE,
    PARTICIPLES,
    POSITION_WORDS,
    PRONOUN_OBJECTS,
    QUOTES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    RELATIVES,
    RELAY,
    RELAYED_WORDS,
    SOURCE_NOUNS,
    TIME_BEFORE_THAT,
    VERBS,
    VerbInfo,
    fold,
    is_definite,
    is_nisba,
    word_set,
)
from claims.extraction.prepare import Token
from claims.extraction.speakers import SpeakerPhrase, extend_to_complement, parse_speaker
from claims.extraction.types import ClaimKind

_COMMAS = frozenset("،,")
#: Conjunctions left at a span's end by a clause that is not part of it.
_DANGLING = word_set("و ف فيما بينما حيث كما بعدما عندما حينما وعندما وبعدما")
_LAM_ALONE = "ل"
#: "دعا بدوره إلى …": "in his turn" frames the statement.
_IN_TURN = frozenset(fold(w) for w in ("بدوره", "بدورها", "بدورهم", "أيضا", "كذلك"))
_ON = fold("على")
_ABOUT = fold("عن")
_FROM = fold("من")
_CALL_LINKS = word_set("على إلى")
_FA_QAD = fold("فقد")
#: The speaker's own statement as the object of ختم/اختتم (بيانها، كلمته).
_OWN_TEXTS = word_set("بيانه بيانها كلمته كلمتها حديثه حديثها تصريحاته تصريحاتها")
#: Pronoun suffixes of a possessed noun (بيانه، كلمتها، تصريحاتهم).
_OWNED = ("ه", "ها", "هم")
_DESCRIBED = "وصف"
_NOT_PAST = fold("لم")
#: لم تسمهم، لم يسمها: a source the outlet does not name.
_NAMED_STEMS = ("تسم", "يسم")
#: على تويتر، عبر إكس: a platform named before a quotation.
_ON_PLATFORM = word_set("على عبر")
_BARE_COMPLEMENTISERS = frozenset(c for c in COMPLEMENTISERS if c[:1] not in "وفب")
_ACCORDING_ASIDE = ACCORDING_TO_WHAT | ACCORDING_TO | ACCORDING_TO_LAM
_SAYING = RELAYED_WORDS | word_set("القول")
_TRAILING = frozenset(".،,؛:!؟?…-")
_WINDOW = 8
#: Verbs opening an aside on why a source is unnamed (طلب/فضل عدم ذكر اسمه).
_ANONYMITY = word_set("طلب فضل رفض طالبا مفضلا رافضا")
_SHORT_ASIDE = 3
#: Tokens an occasion may take before the comma that closes it and its أن.
_OCCASION_REACH = 20
#: Tokens an occasion between commas may take (في تصريح خاص لـ«عكاظ»).
_OCCASION = 9
_LOOKAHEAD_COMP = 3


@dataclass(frozen=True, slots=True)
class ContentStart:
    index: int  # first token of the content
    direct: bool  # opens with a quotation or after a colon
    speaker: SpeakerPhrase | None = None  # a speaker named after the subject
    relayed: bool = False  # speaker is the original source; the subject is via


def _is_comp(tokens: tuple[Token, ...], k: int) -> int:
    """Length of a complementiser at k (إن، أن، إلى أن …), 0 when there is none."""
    tok = tokens[k]
    if tok.kind == "punct":
        return 1 if tok.text == ":" else 0
    if tok.folded in COMPLEMENTISERS:
        return 1
    if (
        tok.folded in COMP_PREPOSITIONS
        and k + 1 < len(tokens)
        and tokens[k + 1].folded in COMPLEMENTISERS
    ):
        return 2
    return 0


def _occasion_close(tokens: tuple[Token, ...], k: int) -> int:
    """The comma closing a short occasion between commas (، في تصريح خاص لـ«عكاظ»،)
    when a word follows it, or -1."""
    for j in range(k + 1, min(len(tokens) - 1, k + 1 + _OCCASION)):
        tok = tokens[j]
        if tok.sentence_end or tok.text == ":" or _is_comp(tokens, j):
            return -1
        if tok.text in _COMMAS:
            return j if tokens[j + 1].kind == "word" else -1
    return -1


def _next_comma(tokens: tuple[Token, ...], k: int) -> int:
    for j in range(k + 1, min(len(tokens), k + 1 + 2 * _WINDOW)):
        if tokens[j].sentence_end or tokens[j].text in QUOTES:
            break
        if tokens[j].text in _COMMAS or tokens[j].text == ":":
            return j
    return -1


def _calendar_date(tokens: tuple[Token, ...], k: int) -> int:
    """End of a day of the month at k with its month and year (2 أبريل 2025), or k."""
    if not (tokens[k].text.isdigit() and k + 1 < len(tokens) and tokens[k + 1].folded in MONTHS):
        return k
    end = k + 2
    if end < len(tokens) and tokens[end].text.isdigit():
        end += 1
    return end


def according_aside_end(tokens: tuple[Token, ...], k: int) -> int:
    """ "، حسبما أفادت قناة «…»، الخميس، إن": the comma closing an according-to aside
    at k that sits between commas and is followed by إن/أن, else -1."""
    if k == 0 or tokens[k - 1].text not in _COMMAS:
        return -1
    for j in range(k + 1, min(len(tokens), k + 1 + 2 * _WINDOW)):
        if tokens[j].sentence_end:
            return -1
        if tokens[j].text in _COMMAS:
            after = j + 1
            while after < len(tokens) and (
                tokens[after].folded in DATE_WORDS or tokens[after].text in _COMMAS
            ):
                after += 1
            if after < len(tokens) and (
                _is_comp(tokens, after) or tokens[after].folded in PARTICIPLES
            ):
                return j  # (…، وفقا لتقديرات الوزارة، مشيرة إلى أن …: still the verb's)
            return -1
    return -1


def _said_complement(tokens: tuple[Token, ...], k: int) -> int:
    """قال never takes a bare object: however long the occasion after it (في كلمة
    ألقتها في الاجتماع … المنعقد في …), its words start at the sentence's first إن or
    colon — or at a quotation (وقال، في كلمة خلال القمة، "…"), unless the quotation is
    the short name of the outlet spoken to (في تصريح لـ"الصحيفة" إن …). Index of that
    token, or -1."""
    j = k + 1
    while j < len(tokens):
        tok = tokens[j]
        if tok.sentence_end:
            return -1
        if tok.text in QUOTES_OPEN:
            close = _next_quote_close(tokens, j)
            if close < 0:
                return j  # a long quotation: the words themselves
            if (
                close - j <= 4
                and close + 1 < len(tokens)
                and (tokens[close + 1].text in _COMMAS or _is_comp(tokens, close + 1))
            ) or _comp_before_end(tokens, close + 1):
                # في تصريح لـ"الصحيفة" إن …، في مؤتمر "حماية المياه" المنعقد … إن …:
                # a quoted name inside the occasion, not the words
                j = max(close, j) + 1
                continue
            return j
        if tok.text == ":" or (
            tok.kind == "word"
            and tok.folded in _BARE_COMPLEMENTISERS
            and tokens[j - 1].folded not in TIME_BEFORE_THAT  # منذ أن أكد …: when
        ):
            return j
        j += 1
    return -1


def _comma_complement(tokens: tuple[Token, ...], k: int) -> int:
    """ "في مذكرتها حول وضعية السوق خلال الفصل الثالث، أن …": the إن/أن (or إلى أن)
    right after the comma that closes an occasion, before any other verb; or -1."""
    j = k
    while (j := j + 1) < min(len(tokens) - 1, k + 1 + _OCCASION_REACH):
        tok = tokens[j]
        if tok.text in QUOTES_OPEN and 0 < (close := _next_quote_close(tokens, j)) - j <= 5:
            j = close  # كلمة بثتها "القاهرة الإخبارية"، أن …: a quoted name in it
            continue
        if tok.sentence_end or tok.text in QUOTES or (j > k + 1 and tok.folded in VERBS):
            return -1
        if tok.text in _COMMAS:
            after = j + 1
            if tokens[after].folded in COMP_PREPOSITIONS and after + 1 < len(tokens):
                after += 1  # "، إلى أن"
            return j if _is_comp(tokens, after) else -1
    return -1


def _comp_before_end(tokens: tuple[Token, ...], j: int) -> bool:
    """Whether a bare إن or a colon of the same verb comes at or after j before the
    sentence ends (not one of a participle after it: "…"، متوقعا أن …)."""
    for x in range(j, len(tokens)):
        if tokens[x].sentence_end or tokens[x].folded in PARTICIPLES:
            return False
        if tokens[x].text == ":" or (
            tokens[x].kind == "word" and tokens[x].folded in _BARE_COMPLEMENTISERS
        ):
            return True
    return False


def _next_quote_close(tokens: tuple[Token, ...], k: int) -> int:
    for j in range(k + 1, min(len(tokens), k + 1 + _WINDOW)):
        if tokens[j].text in QUOTES_CLOSE:
            return j
    return -1


def _skip_adverbial(tokens: tuple[Token, ...], k: int, call: bool = False) -> int:
    """After a preposition opening an occasion phrase: jump to the comma, colon or
    complementiser that closes it, else past the preposition and its noun phrase. A
    call's على/إلى on the way (حضّت السفارة في مالي رعاياها على …) ends the jump: the
    phrase was a place, and the call's object follows it."""
    n = len(tokens)
    for j in range(k + 1, min(n, k + 1 + _WINDOW + 4)):
        tok = tokens[j]
        if tok.sentence_end or tok.text in QUOTES_OPEN:
            break
        if call and j > k + 2 and tok.folded in _CALL_LINKS:
            break
        if tok.text in _COMMAS or _is_comp(tokens, j):
            return j
    # A longer occasion (في مؤتمر صحفي عقب المباراة مع …:) still ends at a colon or
    # a complementiser, never at a comma this far away.
    for j in range(k + 1 + _WINDOW, min(n, k + 1 + 4 * _WINDOW)):
        tok = tokens[j]
        if tok.sentence_end or (tok.kind == "punct" and tok.text not in QUOTES and tok.text != ":"):
            break  # (a quoted title inside the occasion does not end it)
        if _is_comp(tokens, j):
            return j
    j = k + 2
    if k + 1 < n and tokens[k + 1].folded.endswith(_OWNED):
        return min(j, n)  # في بيانه العقوبات …: "his statement" takes no genitive
    while j < n and tokens[j].kind == "word":
        f = tokens[j].folded
        if f in RELATIVES:
            break  # … العقوبات التي أصدرها …: a relative clause is no genitive
        if is_nisba(f) or f in PRONOUN_OBJECTS or (is_definite(f) and not _is_comp(tokens, j)):
            j += 1
        else:
            break
    return min(j, n)


def content_start(
    tokens: tuple[Token, ...], k: int, verb: VerbInfo | None, source: str
) -> ContentStart | None:
    """Where the reported content begins after a cue's subject (token k)."""
    n = len(tokens)
    speaker: SpeakerPhrase | None = None
    relayed = False
    while k < n:
        tok = tokens[k]
        f = tok.folded
        if tok.text in _COMMAS:
            k += 1
            continue
        if tok.kind == "punct" and tok.text == ":":
            if k + 1 < n and tokens[k + 1].folded in COMPLEMENTISERS:
                k += 1  # "أمس: إن مطار …": the إن after the colon is not content
            return ContentStart(k + 1, True, speaker, relayed)
        if tok.text in QUOTES_OPEN:
            close = _next_quote_close(tokens, k)
            if (
                0 < close - k <= 4
                and close + 1 < n
                and (tokens[close + 1].text in _COMMAS or _is_comp(tokens, close + 1))
            ):
                k = close + 1  # وكالة الأنباء الرسمية، «سانا»، أن …: the name again
                continue
            return ContentStart(k, True, speaker, relayed)
        if tok.text == "(" and k + 2 < n and tokens[k + 2].text == ")":
            k += 3  # قوات الجبل الديمقراطية (قجد)، عن …: the subject's abbreviation
            continue
        if tok.kind == "punct":
            return None if tok.sentence_end else ContentStart(k + 1, False, speaker, relayed)
        if (
            f in DATE_WORDS
            or f in _SAYING
            or f in PRONOUN_OBJECTS
            or f in PARTICIPLES
            or f in _IN_TURN
        ):
            k += 1
            continue
        if f in _OWN_TEXTS and k + 1 < n and tokens[k + 1].kind == "word":
            k += 1  # واختتمت الوزارة بيانها بالتأكيد على …: the text, then its words
            continue
        if f == _FA_QAD and k + 1 < n and tokens[k + 1].kind == "word":
            k += 1  # وبحسب التقرير، فقد شهد …: the فـ answering the source, not its words
            continue
        if (month := _calendar_date(tokens, k)) > k:
            k = month  # أعلنت الهيئة، الأربعاء 02 أبريل 2025، أن …: when it spoke
            continue
        if f == _NOT_PAST and k + 1 < n and tokens[k + 1].folded.startswith(_NAMED_STEMS):
            k += 2  # عن مسؤولين لم تسمهم، أن …: the outlet did not name them
            continue
        if f in _ACCORDING_ASIDE and (close := according_aside_end(tokens, k)) > k:
            k = close  # "وقالت القناة، حسبما أفادت قناة أخرى، إن …": where it was heard
            continue
        if (
            (f in RELATIVES or f in _ANONYMITY)
            and k > 0
            and (tokens[k - 1].text in _COMMAS or tokens[k - 1].text in QUOTES_CLOSE)
        ):
            # "المصدر، الذي طلب عدم الكشف عن هويته، أن …"، "مسؤول، فضل عدم ذكر اسمه،
            # إلى أن …": an aside up to its comma.
            close = _next_comma(tokens, k)
            if close > k:
                k = close
                continue
        if f == _LAM_ALONE:
            # لـ"الشرق" / لـ«الوطن»: the outlet the words were given to.
            if k + 1 < n and tokens[k + 1].text in QUOTES_OPEN:
                close = _next_quote_close(tokens, k + 1)
                k = close + 1 if close > k else k + 2
            else:
                k += 2
            continue
        if f == _ON and k + 1 < n and tokens[k + 1].folded == ON_THE_TONGUE:
            inner = parse_speaker(tokens, k + 2, source)
            if inner is None:
                return None
            speaker, k = inner, inner.end
            continue
        if (f in RELAY and k + 1 < n and tokens[k + 1].folded == _ABOUT) or (
            verb is not None and verb.relay and f == _ABOUT
        ):
            j = k + 2 if f in RELAY else k + 1
            while j < n and tokens[j].folded in SOURCE_NOUNS:
                j += 1
            inner = parse_speaker(tokens, j, source)
            if inner is None:
                return None
            # نقل البيان عن نائب المدير لقسم الشرق الأوسط في المنظمة سامي نور، أن …
            inner = extend_to_complement(tokens, inner, source)
            speaker, relayed, k = inner, True, inner.end
            continue
        comp = _is_comp(tokens, k)
        if comp:
            return ContentStart(k + comp, False, speaker, relayed)
        if (
            tokens[k - 1].text in _COMMAS
            and k < (close := _next_comma(tokens, k)) <= k + _SHORT_ASIDE
            and tokens[close].text != ":"
            and close + 1 < n
            and _is_comp(tokens, close + 1)
        ):
            k = close  # "، رعاه الله، أن …"، "، في تصريح خاص، إن …": a short aside
            continue
        if (
            tokens[k - 1].text in _COMMAS
            and f in ADVERBIAL_PREPOSITIONS
            and (close := _occasion_close(tokens, k)) > k
        ):
            k = close  # "أكد، في تصريح خاص لـ«عكاظ»، اعتزازه …": where he said it
            continue
        if (
            f in ADVERBIAL_PREPOSITIONS
            and k + 1 < n
            and (day := _calendar_date(tokens, k + 1)) > k + 1
        ):
            k = day  # أعلنت الوزارة في 4 سبتمبر 2025 عن …: the day it spoke
            continue
        if (
            f in ADVERBIAL_PREPOSITIONS
            or f.startswith(AUDIENCE_STEMS)
            or (f == _ON and k + 1 < n and tokens[k + 1].folded.startswith(ON_ADVERBIAL_STEMS))
        ):
            said = _said_complement(tokens, k) if verb is not None and verb.lemma == "قال" else -1
            if said < 0:
                said = _comma_complement(tokens, k)
            call = verb is not None and verb.kind == "call"
            k = said if said > k else _skip_adverbial(tokens, k, call)
            continue
        if f == _FROM and k + 1 < n and (said := _comma_complement(tokens, k)) > k:
            k = said  # أفادت المندوبية من خلال نفس المذكرة، إلى أن …
            continue
        # "لفت الانتباه إلى أن": a complementiser a few words on, before any comma —
        # but "من الضروري أن …"، "من المتوقع أن …" are the content itself.
        impersonal = f == _FROM and k + 1 < n and is_definite(tokens[k + 1].folded)
        # ووصف الخطوة بأنها …: what is described belongs to the words
        described = verb is not None and verb.lemma == _DESCRIBED
        reach = 0 if impersonal or described else _LOOKAHEAD_COMP
        for j in range(k + 1, min(n, k + 1 + reach)):
            if (
                f in _ON_PLATFORM
                and tokens[j].text in QUOTES_OPEN
                and _next_quote_close(tokens, j) > j + 4
            ):
                # قال الوزير في موقعه على تويتر "…": the quotation after the platform
                return ContentStart(j, True, speaker, relayed)
            if tokens[j].kind == "punct" and tokens[j].text != ":":
                break
            comp = _is_comp(tokens, j)
            if comp:
                return ContentStart(j + comp, tokens[j].text == ":", speaker, relayed)
        return ContentStart(k, False, speaker, relayed)
    return None


def content_end(tokens: tuple[Token, ...], a: int, limit: int) -> int:
    """Token index just after the content that starts at a: the end of its sentence
    or the next clause-opening cue (``limit``), whichever comes first."""
    for j in range(a, limit):
        if tokens[j].sentence_end:
            return j
    return limit


def trim(tokens: tuple[Token, ...], a: int, b: int) -> tuple[int, int, bool]:
    """Drop framing punctuation and balanced outer quotation marks: (a, b, direct)."""
    direct = False
    while b > a and tokens[b - 1].kind == "punct" and tokens[b - 1].text in _TRAILING:
        b -= 1
    while b > a and tokens[b - 1].kind == "word" and tokens[b - 1].folded in _DANGLING:
        b -= 1  # "…، فيما" before a verb that did not report: the clause it opened
        while b > a and tokens[b - 1].kind == "punct" and tokens[b - 1].text in _TRAILING:
            b -= 1
    if a < b and tokens[a].text in QUOTES_OPEN:
        direct = True
        a += 1
    quotes = sum(1 for t in tokens[a:b] if t.kind == "punct" and t.text in QUOTES)
    if b > a and tokens[b - 1].text in QUOTES_CLOSE and quotes % 2 == 1:
        b -= 1  # the closing mark of the opening one dropped above, or a stray mark
    while b > a and tokens[b - 1].kind == "punct" and tokens[b - 1].text in _TRAILING:
        b -= 1
    return a, b, direct


def claim_kind(
    verb_kind: str, tokens: tuple[Token, ...], a: int, b: int, figures: bool
) -> ClaimKind:
    if verb_kind == "denial":
        return ClaimKind.DENIAL
    if verb_kind == "call":
        return ClaimKind.CALL
    if any(t.folded in CALL_WORDS for t in tokens[a : min(b, a + 4)]):
        return ClaimKind.CALL
    if figures:
        return ClaimKind.FIGURE
    if verb_kind == "position" or any(t.folded in POSITION_WORDS for t in tokens[a:b]):
        return ClaimKind.POSITION
    return ClaimKind.STATEMENT
