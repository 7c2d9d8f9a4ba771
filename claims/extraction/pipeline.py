"""Article text in, attributed claims out: the steps glued together.

1. :mod:`prepare` — boilerplate, paragraphs, tokens (offsets into the original text)
2. :mod:`cues` — reporting verbs, prepositional cues, participial follow-ons
3. :mod:`speakers` — speaker phrases: role, name, organisation
4. :mod:`resolve` — one identity per speaker (surnames, roles, anaphora, gender)
5–6. :mod:`spans` — attribution chains (نقلا عن، على لسان) and content spans
7. :mod:`figures` — amounts, qualifiers and units inside each claim

Each claim comes from one clause-opening cue; its content ends before the next one,
so claims never overlap and never leave their paragraph. Besides verb-first clauses a
cue may have its subject before the verb (الوزير خالد العمري قال إن …، وكان الوزير قد
أكد …، أما النادي فقد أشاد …), a quotation before it («…»، قال الوزير), content before
it (…، بحسب ما ذكرته الوكالة), or share the subject of the verb opening its sentence
(أدانت الحكومة الهجوم، وقالت إن …; قطعت السلطة المياه …، مؤكدة أن …).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claims.extraction.cues import Cue, find_cues, subject_aside
from claims.extraction.figures import find_figures
from claims.extraction.lexicon import (
    ACCORDING_BEFORE_WHAT,
    ADVERBIAL_PREPOSITIONS,
    COMPLEMENTISERS,
    DATE_WORDS,
    HONORIFICS,
    ISSUED_BY,
    NAME_PARTICLES,
    NAME_STOPS,
    NON_SPEAKERS,
    PARTICIPLES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SOURCE_NOUNS,
    TITLE_NOUNS,
    VERBS,
    VerbInfo,
    fold,
    is_definite,
    word_set,
)
from claims.extraction.prepare import Paragraph, Token, prepare
from claims.extraction.resolve import Identity, SpeakerRegistry
from claims.extraction.spans import (
    ContentStart,
    according_aside_end,
    claim_kind,
    content_end,
    content_start,
    trim,
)
from claims.extraction.speakers import (
    SpeakerPhrase,
    body_named_earlier,
    extend_to_complement,
    introduced_earlier,
    named_earlier,
    parse_speaker,
    quoted_name_end,
    title_phrase,
    unknown_source,
    unknown_subject,
)
from claims.extraction.types import ExtractedClaim, Extraction

EXTRACTOR_VERSION = "ar-1.7.0"

_STARTERS = frozenset({"verb", "according", "according_lam"})
_WHAT = fold("ما")
_LAM_ALONE = "ل"
#: Verbs whose complement opens with ب (طالب بـ): a ب-word right after them is that
#: complement, unless it already names a speaker the article introduced.
_BI_VERBS = frozenset({"طالب"})
#: Verbs whose complement may open with ب right after a role (أشاد الرئيس بجهود …،
#: ندد الحزب بالاعتداء): such a word is not the start of a name.
_BI_COMPLEMENT = frozenset(
    {"طالب", "أشاد", "ندد", "رحب", "استنكر", "اعترف", "تعهد", "أقر", "أفاد", "أدان"}
)
_NAMED_B: frozenset[str] = frozenset()
_PRONOUNS = frozenset({"لها", "له", "لهم", "لهن"})
_COMMAS = frozenset("،,")
_ABOUT = fold("عن")
_EXPRESSED = "عبر"  # عبّر عن: its complement opens with عن
_ABOUT_OBJECT = frozenset({_EXPRESSED, "تحدث"})
#: Verbs that report with عن as readily as with أن (أفاد/أعلن/كشف/أعرب عن …).
_ABOUT_REPORTS = frozenset({"أفاد", "أعلن", "كشف", "أعرب", _EXPRESSED, "تحدث"})
#: Objects that still make a comp-only verb report (folded prefixes of the object;
#: عبّر needs عن itself).
_CLOSING_WORDS = tuple(
    fold(w) for w in ("بالتأكيد", "بالدعوة", "بالتشديد", "بالإشارة", "بالمطالبة")
)
_REPORTING_OBJECTS = {
    "أقر": ("ب",),  # أقر بوجود نقص، أقر بالهزيمة
    "هدد": ("ب",),  # هدد بالإضراب، هددت بوقف التعاون
    "لوح": ("ب",),  # لوّح بإلغاء الانتخابات
    "طلب": (fold("من"),),  # طلبت الوزارة من المواطنين عدم …
    "جدد": tuple(
        fold(w)
        for w in (
            *("دعوت", "تأكيد", "مطالبت", "رفض", "تحذير", "إدانت", "دعم", "موقف", "التزام"),
            *("التأكيد", "الدعوة", "الدعم", "الرفض"),
        )
    ),
    "أعاد": tuple(fold(w) for w in ("التأكيد", "تأكيد", "التذكير")),
    # واختتمت الوزارة بيانها بالتأكيد على …
    "اختتم": _CLOSING_WORDS,
    "ختم": _CLOSING_WORDS,
}
#: Verbs that report only through such an object: "أعادت السلطات فتح المعبر بعد أن
#: …" has an أن, but reports nothing.
_OBJECT_ONLY = frozenset({"أعاد"})
_ASKED = "طلب"
#: The public a speaker addresses, right after the verb: its object, never its subject.
_ADDRESSED = word_set("المواطنين المواطنون الأهالي الجمهور السكان الزوار")
_NOT = fold("عدم")
#: A comp-only verb's إن/أن is looked for this many tokens on (subject, occasion).
_COMP_WINDOW = 16
_DEMONSTRATIVES = word_set("هذا هذه هؤلاء ذلك تلك")
_IN = fold("في")
#: في هذا الصدد / السياق / الإطار: a frame between a verb and its subject.
_DISCOURSE_FRAMES = word_set("الصدد السياق الإطار الشأن")
#: Participles (masculine, without the final alef) whose claim is not a statement.
_PARTICIPLE_KINDS = {
    fold("مطالب"): "call",
    fold("داعي"): "call",
    fold("معتبر"): "position",
    fold("محذر"): "position",
    fold("نافي"): "denial",
}
#: A shared subject is looked for at most this many tokens before the verb.
_MAX_SHARED = 30
_IN_IT = word_set("فيها فيه خلالها خلاله")
#: A pronoun after a verb that refers back to a noun of the reported words.
_RESUMPTIVE = _IN_IT | word_set("بها به عليها عليه منها منه")
#: The statement or report a speaker issued, as the subject of a later cue (وأوضح
#: البيان أن …): its author is the latest speaker, not a new one named "البيان".
_ISSUED_TEXTS = word_set("البيان البلاغ التقرير الرسالة التصريح الدراسة")
#: Verbs of judging whose passive (اعتُبر، يُعتبر) is spelled as the active.
_PASSIVE_READ = frozenset({"اعتبر"})
_CAME = "جاء"
#: Verbs an outlet reports with: a short quotation right after them may be its name.
_OUTLET_VERBS = frozenset({"ذكر", "أفاد", "أورد", "نشر", "نقل", "كشف"})
#: "نُشرت أمس" after a source: when its text came out.
_PUBLISHED = word_set("نشرت نشر صدرت صدر الصادرة الصادر المنشورة المنشور")
_DESCRIBED = "وصف"
_CALLED_TO = word_set("على إلى")
_SOURCE_WORDS = word_set("المصدر المصادر")
_SAME = word_set("ذاته ذاتها نفسه نفسها ذاتهم أنفسهم")
_ITS_AUTHOR = SpeakerPhrase(0, 0, "", "", "", "", "", "", anaphor=True)
_QAD = word_set("قد فقد وقد")
#: Adjectives between a report and its author (تقرير جديد للبنك الدولي).
_NEW = word_set("جديد جديدة حديث حديثة أولي أولية رسمي رسمية مشترك مشتركة")
#: "ختم كلمته"، "اختتم حديثه": the speaker's own words as the verb's object.
_OWN_WORDS = word_set(
    "حديثه حديثها كلمته كلمتها تصريحه تصريحها تصريحاته تصريحاتها كلامه كلامها مداخلته مداخلتها"
)
_WAS = word_set("كان وكان كانت وكانت")
_AS_FOR = word_set("أما وأما")
_WHO = word_set("الذي التي الذين")
#: Words before a fronted subject that are not part of it (وكان الوزير قد أكد …).
_FRONT_SKIP = word_set("كان وكان كانت وكانت أما وأما لكن ولكن بينما وبينما فيما وفيما")
#: يذكر أن …، يشار إلى أن …، علما أن …: the outlet's reminder before a subject.
_REMINDERS = word_set("يذكر ويذكر يشار ويشار علما")
_REMINDER_LINKS = word_set("إلى أن")


def _lam_object(tokens: tuple[Token, ...], i: int) -> tuple[tuple[Token, ...], int, bool]:
    """After وفقا: the tokens with the ل of "لمديرية"/"للوزارة" cut off token i, the
    index where the phrase starts, and whether a لل was cut (its alef must be restored
    in the name)."""
    if i >= len(tokens):
        return tokens, i, False
    tok = tokens[i]
    if tok.folded == _LAM_ALONE:
        return tokens, i + 1, False
    if tok.kind != "word" or not tok.folded.startswith("ل") or tok.folded in _PRONOUNS:
        return tokens, i, False
    double = tok.folded.startswith("لل")
    folded = "ا" + tok.folded[1:] if double else tok.folded[1:]
    new = replace(tok, start=tok.start + 1, text=tok.text[1:], folded=folded)
    return (*tokens[:i], new, *tokens[i + 1 :]), i, double


def _subject(
    tokens: tuple[Token, ...], cue: Cue, source: str, registry: SpeakerRegistry | None = None
) -> tuple[tuple[Token, ...], SpeakerPhrase | None, int]:
    """The tokens to use, the phrase naming the speaker after a cue, and the index after it."""
    k = cue.end
    double = False
    if cue.kind == "verb" and k < len(tokens) and tokens[k].folded in _OWN_WORDS:
        return tokens, None, k + 1  # واختتم حديثه قائلا: …: his words, no new subject
    if cue.verb is not None and cue.verb.lemma == _CAME and k < len(tokens):
        return _text_issued_by(tokens, k, source)
    if cue.kind == "according_lam":
        tokens, k, double = _lam_object(tokens, k)
    if cue.kind in ("according", "according_lam"):
        while k + 1 < len(tokens) and tokens[k].folded in SOURCE_NOUNS:
            k += 1  # وفقا لبيانات الوزارة، بحسب تقرير المنظمة
        if k + 2 < len(tokens) and tokens[k].folded in ISSUED_BY and tokens[k + 1].folded == _ABOUT:
            k += 2  # بحسب تقرير صادر عن الهيئة
    if (
        cue.kind in ("according", "according_lam")
        and k + 1 < len(tokens)
        and tokens[k].folded == _WHAT
        and (tokens[k + 1].folded in VERBS or tokens[k + 1].folded[1:] in VERBS)
    ):
        k += 2  # بحسب ما ذكرت الوزارة
    if (
        cue.verb is not None
        and k < len(tokens)
        and tokens[k].folded.startswith("ب")
        and (
            (cue.verb.lemma in _BI_VERBS and tokens[k].folded not in _NAMED_B)
            # رحبت بالنتائج، أشاد بـ"…": a definite ب-word is the complement
            or (cue.verb.lemma in _BI_COMPLEMENT and tokens[k].folded[:3] in ("بال", "ب"))
            or (cue.verb.lemma in _BI_COMPLEMENT and tokens[k].folded == "ب")
        )
    ):
        return tokens, None, k  # طالبت بانسحاب …: the complement, no subject
    if (
        cue.kind == "verb"
        and k < len(tokens)
        and tokens[k].folded in _DEMONSTRATIVES
        and not (k + 1 < len(tokens) and is_definite(tokens[k + 1].folded))
    ):
        return tokens, None, k  # وعزت ذلك إلى …: "that" is the object, no subject
    if (
        k + 1 < len(tokens)
        and tokens[k].folded in _DEMONSTRATIVES
        and is_definite(tokens[k + 1].folded)
    ):
        named = parse_speaker(tokens, k + 1, source)
        if named is None or not (named.kind == "organization" or named.role):
            return tokens, None, k  # ووصفت هذه الخطوة بأنها …: the object, no subject
        k += 1  # وقال هذا المسؤول، بحسب هذه الوزارة: the noun names the speaker
    if (
        cue.kind == "verb"
        and k + 3 < len(tokens)
        and tokens[k].folded in SOURCE_NOUNS
        and tokens[k + 1].folded in ISSUED_BY
        and tokens[k + 2].folded == _ABOUT
    ):
        k += 3  # وذكر بيان صادر عن الوزارة أن …: the ministry speaks
    elif cue.kind == "verb" and k + 1 < len(tokens) and tokens[k].folded in SOURCE_NOUNS:
        # ولفت تقرير وزارة الصحة إلى …، وأفاد بيان للمديرية بأن …: the body speaks
        after = k + 2 if k + 2 < len(tokens) and tokens[k + 1].folded in _NEW else k + 1
        inner_tokens, inner_k, inner_double = _lam_object(tokens, after)  # تقرير جديد للبنك
        inner = parse_speaker(inner_tokens, inner_k, source)
        if inner is not None and inner.kind == "organization":
            tokens, k, double = inner_tokens, inner_k, inner_double
    sourced = k
    if cue.kind in ("according", "according_lam"):
        while sourced > 0 and tokens[sourced - 1].folded in SOURCE_NOUNS:
            sourced -= 1
        if sourced < k and not double:
            tokens, k, double = _lam_object(tokens, k)  # بحسب بيان للمديرية
    if cue.kind == "verb":
        k = _past_date(tokens, k)  # كشف اليوم الأربعاء، وزير الطاقة، …
    elif cue.verb is not None:
        while k + 1 < len(tokens) and tokens[k].folded in DATE_WORDS:
            k += 1  # بحسب ما أعلن الاثنين المعهد الوطني …
    phrase = parse_speaker(tokens, k, source)
    if phrase is not None and cue.kind == "verb" and cue.verb.lemma != _DESCRIBED:
        # (وصف takes its object before its بأن: the phrase never runs up to it)
        about = cue.verb is not None and cue.verb.lemma in _ABOUT_REPORTS
        phrase = extend_to_complement(tokens, phrase, source, about)  # قوات الدعم السريع أنها
        if _feminine_body_after_masculine(tokens, cue, phrase):
            return tokens, None, k  # ودعا الحكومة إلى …: the body is his object
    if registry is not None and _known_surname_and_object(tokens, phrase, registry):
        # ووصف تشيروما الإعلان بأنه …: the surname the article knows, then the object
        phrase = replace(phrase, end=phrase.start + 1, name=tokens[phrase.start].text)
    if phrase is None and cue.kind == "verb":
        # أكد "سامي نور" وهو وزير …؛ وذكرت "إن إتش كيه"، … أن
        outlet = cue.verb is not None and cue.verb.lemma in _OUTLET_VERBS
        phrase = _quoted_name(tokens, k, source, outlet)
    if (
        phrase is not None
        and sourced < k
        and phrase.kind == "person"
        and not phrase.role
        and phrase.end == k + 1
    ):
        phrase = None  # وفقا لبيانات السوق: data of a market, not a person
    if (
        phrase is None
        and registry is not None
        and cue.kind == "verb"
        and k + 1 < len(tokens)
        and tokens[k].kind == "word"
        and tokens[k + 1].kind == "word"
        and tokens[k].folded not in NAME_STOPS
        and (
            registry.knows(tokens[k].text)
            or (full := _surname_named_before(source, tokens[k].text, tokens[k].start))
        )
    ):
        # ودعا حمداني الوزارة إلى …، كشف المحارمة ارتفاع …، تعهّد آيزاكمان بـ …: a
        # surname the article introduced, then the object.
        name = tokens[k].text if registry.knows(tokens[k].text) else full
        phrase = SpeakerPhrase(k, k + 1, "person", name, "", "", "", "")
    if phrase is None and cue.kind == "verb":
        about = cue.verb is not None and cue.verb.lemma in _ABOUT_REPORTS
        phrase = unknown_subject(tokens, k, source, about)  # قال الناخب الوطني وليد … إن
    elif phrase is None and cue.kind in ("according", "according_lam"):
        phrase = unknown_source(tokens, k, source)  # وبحسب الوحدة التنفيذية …، فإن
    if (
        phrase is not None
        and phrase.role
        and phrase.name
        and cue.verb is not None
        and cue.verb.lemma in _BI_COMPLEMENT
    ):
        for idx in range(k + 1, phrase.end):
            if source.startswith(phrase.name, tokens[idx].start):
                titled = tokens[idx - 1].folded in HONORIFICS or tokens[idx - 1].text == "."
                if tokens[idx].folded.startswith("ب") and not titled:
                    # أشاد الرئيس بجهود …: the role alone is the subject.
                    phrase = replace(phrase, name="", end=idx)
                    break
                # أقر الوزير سامي نور بوجود نقص: the name ends before its complement.
                cut = next(
                    (x for x in range(idx + 2, phrase.end) if tokens[x].folded.startswith("ب")),
                    phrase.end,
                )
                if cut < phrase.end:
                    name_end = tokens[cut - 1].end
                    phrase = replace(phrase, name=source[tokens[idx].start : name_end], end=cut)
                break
    if phrase is not None and double:
        # للوزارة: the source writes the article's alef as the ل; name it الوزارة.
        phrase = replace(phrase, name="ا" + phrase.name if phrase.name else "")
    return tokens, phrase, (phrase.end if phrase else k)


def _called_object(
    tokens: tuple[Token, ...], cue: Cue, phrase: SpeakerPhrase | None, registry: SpeakerRegistry
) -> bool:
    """A lone unknown word between a calling verb and its على/إلى (وحث واشنطن على …):
    the one called on, not who calls."""
    return (
        phrase is not None
        and cue.verb is not None
        and cue.verb.kind == "call"
        and phrase.kind == "person"
        and not phrase.role
        and phrase.end == phrase.start + 1
        and phrase.end < len(tokens)
        and tokens[phrase.end].folded in _CALLED_TO
        and not registry.knows(phrase.name)
    )


def _same_source(tokens: tuple[Token, ...], phrase: SpeakerPhrase | None) -> bool:
    """المصدر ذاته، المصادر نفسها: the source the article has just quoted."""
    return (
        phrase is not None
        and phrase.start + 1 < len(tokens)
        and tokens[phrase.start].folded in _SOURCE_WORDS
        and tokens[phrase.start + 1].folded in _SAME
    )


def _bi_complement(tok: Token) -> bool:
    """بالفوز، بنظيره: a ب-word that is a verb's complement, never part of a name."""
    f = tok.folded
    return f.startswith("بال") or (
        f[:1] == "ب" and f not in NAME_PARTICLES and tok.text.endswith(("ه", "ها", "هم"))
    )


def _al_object_after(
    tokens: tuple[Token, ...], phrase: SpeakerPhrase | None, registry: SpeakerRegistry
) -> bool:
    """A two-word "name" without a role whose second word is an al-word no known name
    has: a surname, then the verb's object."""
    return (
        phrase is not None
        and phrase.kind == "person"
        and not phrase.role
        and phrase.end - phrase.start == 2
        and is_definite(tokens[phrase.start + 1].folded)
        and not registry.knows(phrase.name)
    )


def _known_surname_and_object(
    tokens: tuple[Token, ...], phrase: SpeakerPhrase | None, registry: SpeakerRegistry
) -> bool:
    """The same, when the article knows the first word as a person."""
    return (
        phrase is not None
        and _al_object_after(tokens, phrase, registry)
        and registry.knows(tokens[phrase.start].text)
    )


def _surname_named_before(source: str, word: str, before: int) -> str:
    """The full name the article gave earlier to someone with this word as the last
    of it (الملياردير جاريد آيزاكمان … ¶ تعهّد آيزاكمان …), even as no speaker; or ""."""
    folded = fold(word)
    if len(word) < 3 or is_definite(folded) or folded in NAME_PARTICLES:
        return ""
    pattern = re.compile(r"(\w+)\s+" + re.escape(word) + r"(?!\w)")
    for m in pattern.finditer(source, 0, before):
        first = fold(m.group(1))
        if (
            not is_definite(first)
            and first not in NAME_STOPS
            and first not in VERBS
            and (first[:1] not in "وفبل" or len(first) > 4)
        ):
            return f"{m.group(1)} {word}"
    return ""


def _text_issued_by(
    tokens: tuple[Token, ...], k: int, source: str
) -> tuple[tuple[Token, ...], SpeakerPhrase | None, int]:
    """The author of the text after "جاء في": بيان للوزارة، منشور لسامي نور (the
    ل-object), or, for البيان، التقرير, the speaker who issued it."""
    if tokens[k].folded not in SOURCE_NOUNS:
        return tokens, replace(_ITS_AUTHOR, start=k, end=k + 1), _words_at(tokens, k + 1)
    after = k + 1
    if after + 1 < len(tokens) and tokens[after].folded in ISSUED_BY:
        after += 2 if tokens[after + 1].folded == _ABOUT else 1  # بيان صادر عن الوزارة
        inner_tokens, inner_k, double = tokens, after, False
    else:
        inner_tokens, inner_k, double = _lam_object(tokens, after)
    lam = inner_tokens is not tokens or inner_k > k + 1
    inner = parse_speaker(inner_tokens, inner_k, source) if lam else None
    if inner is None and lam:
        inner = _bare_author(inner_tokens, inner_k, source)  # منشور لسامي نور على …
    if inner is None:
        return tokens, None, _words_at(tokens, k + 1)  # وجاء في بيان أن …: the body last quoted
    if double:
        inner = replace(inner, name="ا" + inner.name if inner.name else "")
    return inner_tokens, inner, _words_at(inner_tokens, inner.end)


def _words_at(tokens: tuple[Token, ...], k: int) -> int:
    """The colon, quotation or إن/أن opening the words of a text after its author and
    where it was posted (منشور لسامي نور على المنصة: "…"), or k."""
    for j in range(k, len(tokens)):
        tok = tokens[j]
        if tok.text == ":" or tok.text in QUOTES_OPEN or _is_comp_at(tokens, j):
            return j
        if tok.sentence_end:
            break
    return k


def _bare_author(tokens: tuple[Token, ...], i: int, source: str) -> SpeakerPhrase | None:
    """A name of up to three undefined words, the ل-object of a text's noun, up to a
    preposition or punctuation: that text's author, whom the grammar has no title for."""
    j = i
    while (
        j < len(tokens)
        and j - i < 3
        and tokens[j].kind == "word"
        and not is_definite(tokens[j].folded)
        and tokens[j].folded not in NAME_STOPS
        and tokens[j].folded not in COMPLEMENTISERS
    ):
        j += 1
    if j == i or (
        j < len(tokens) and tokens[j].kind == "word" and tokens[j].folded not in NAME_STOPS
    ):
        return None
    name = source[tokens[i].start : tokens[j - 1].end]
    return SpeakerPhrase(i, j, "person", name, "", "", "", "")


def _feminine_body_after_masculine(
    tokens: tuple[Token, ...], cue: Cue, phrase: SpeakerPhrase
) -> bool:
    """A masculine singular verb right before a feminine singular body (ودعا الحكومة
    إلى …، وانتقد الوزارة): a verb agrees with a feminine subject that follows it,
    so the body is the object of a subject left unsaid — unless إن/أن follows it,
    which no object runs into (a careless "وقال الهيئة إن …" still names the body)."""
    return (
        cue.verb is not None
        and cue.verb.gender == "m"
        and phrase.kind == "organization"
        and phrase.start == cue.end
        and tokens[phrase.start].folded.endswith("ه")
        and not (phrase.end < len(tokens) and _is_comp_at(tokens, phrase.end))
    )


def _unknown_lone_word(phrase: SpeakerPhrase | None, registry: SpeakerRegistry) -> bool:
    """A one-word "name" with no role that the article never introduced (الاحتياجات،
    الادعاءات): a noun, not a person."""
    return (
        phrase is not None
        and phrase.kind == "person"
        and not phrase.role
        and " " not in phrase.name.strip()
        and not registry.knows(phrase.name)
    )


def _object_not_woman(
    tokens: tuple[Token, ...], cue: Cue, phrase: SpeakerPhrase | None, registry: SpeakerRegistry
) -> bool:
    """A feminine verb followed by a bare two-word "name" that no woman's name ends
    like, that the article never introduced, while a feminine speaker came before:
    the words are the verb's object (كما أعلنت منح الأولوية …), the subject is hers."""
    if (
        phrase is None
        or cue.verb is None
        or cue.verb.gender != "f"
        or phrase.kind != "person"
        or phrase.role
        or phrase.start != cue.end
        or phrase.end - phrase.start != 2
    ):
        return False
    first = tokens[phrase.start].folded
    if first.endswith(("ه", "ا", "اء", "ى")) or registry.knows(phrase.name):
        return False
    return registry.by_gender("f") is not None


def _past_date(tokens: tuple[Token, ...], k: int) -> int:
    """Past a date between a verb and its subject, up to its comma (كشف اليوم
    الأربعاء، وزير …), or a stray comma (وأورد، الوزير …); k when none stands there."""
    if k + 1 < len(tokens) and tokens[k].text in _COMMAS and tokens[k + 1].kind == "word":
        return k + 1
    if (
        k + 3 < len(tokens)
        and tokens[k].folded == _IN
        and tokens[k + 1].folded in _DEMONSTRATIVES
        and tokens[k + 2].folded in _DISCOURSE_FRAMES
        and tokens[k + 3].kind == "word"
    ):
        return k + 3  # وشدد في هذا الصدد سامي نور، …: the frame, then the subject
    j = k
    while j < len(tokens) and tokens[j].kind == "word" and tokens[j].folded in DATE_WORDS:
        j += 1
    if j > k and j + 1 < len(tokens) and tokens[j].text in _COMMAS:
        return j + 1
    return k


def _past_quoted_name(tokens: tuple[Token, ...], k: int) -> int:
    """Past a source's name repeated in quotation marks at k when the sentence ends
    there (… الرئاسة "آفاد".); k otherwise."""
    if k >= len(tokens) or tokens[k].text not in QUOTES_OPEN:
        return k
    for j in range(k + 1, min(len(tokens), k + 5)):
        if tokens[j].text in QUOTES_CLOSE:
            return j + 1 if j + 1 < len(tokens) and tokens[j + 1].sentence_end else k
        if tokens[j].kind != "word":
            return k
    return k


def _quoted_name(
    tokens: tuple[Token, ...], k: int, source: str, outlet: bool = False
) -> SpeakerPhrase | None:
    """A person's name in quotation marks right after the verb (قال "سامي نور" إن …)."""
    if k >= len(tokens) or tokens[k].text not in QUOTES_OPEN:
        return None
    if k + 2 < len(tokens) and tokens[k + 1].kind == "word" and tokens[k + 2].text in QUOTES_CLOSE:
        # وقال "القاضي" لـ…: one quoted word after the verb is a surname
        word = tokens[k + 1].text
        return SpeakerPhrase(k, k + 3, "person", word, "", "", "", "")
    inner = parse_speaker(tokens, k + 1, source)
    if (
        inner is None
        or inner.kind != "person"
        or inner.role
        or inner.end >= len(tokens)
        or tokens[inner.end].text not in QUOTES_CLOSE
        # وأضاف “نرفض هذه الكارثة”: words, not a name
        or any(t.folded in _DEMONSTRATIVES for t in tokens[inner.start : inner.end])
    ):
        return _quoted_body(tokens, k, source) if outlet else None
    end = inner.end + 1
    title = tokens[end] if end < len(tokens) else None
    if title is not None and title.kind == "word" and title.folded in TITLE_NOUNS:
        # أعلن "سامي نور" عضو نقابة الفلاحين أن …: the role after the quoted name
        role_end = title_phrase(tokens, end)
        if role_end > end + 1:
            return replace(
                inner,
                start=k,
                end=role_end,
                role=source[title.start : tokens[role_end - 1].end],
            )
    return replace(inner, start=k, end=end)


def _quoted_body(tokens: tuple[Token, ...], k: int, source: str) -> SpeakerPhrase | None:
    """وذكرت "إن إتش كيه"، …، أن: a short quoted name the grammar cannot read, set off
    by a comma or followed by إن/أن, is the outlet or body speaking."""
    after = quoted_name_end(tokens, k)
    if after == k or after >= len(tokens):
        return None
    if not (tokens[after].text in _COMMAS or _is_comp_at(tokens, after)):
        return None
    name = source[tokens[k + 1].start : tokens[after - 2].end]
    return SpeakerPhrase(k, after, "organization", name, "", "", "", "")


def _fronted(
    tokens: tuple[Token, ...], cue: Cue, source: str, registry: SpeakerRegistry
) -> SpeakerPhrase | None:
    """The subject placed before the cue's verb (الوزير خالد العمري قال إن …، وزارة
    الصحة أعلنت أن …، وكان الوزير قد أكد …، أما النادي فقد أشاد …), or None."""
    s = cue.subject
    if s < cue.index and tokens[s].folded in _REMINDERS:
        s += 1
        while s < cue.index and tokens[s].folded in _REMINDER_LINKS:
            s += 1
    while s < cue.index and tokens[s].folded in _FRONT_SKIP:
        s += 1
    if s >= cue.index:
        return None
    verb_at = cue.index - 1 if tokens[cue.index - 1].folded in _QAD else cue.index
    aside = subject_aside(tokens, cue.index)
    if aside >= 0:
        verb_at = aside
    comma = tokens[verb_at - 1].text in _COMMAS
    if comma:
        # يذكر أن وزارة التجارة، أكدت أن …، وكان مساعد الرئيس، سامي نور، قد أعلن …:
        # a comma before the verb
        verb_at -= 1
    phrase = parse_speaker(tokens, s, source)
    if (
        phrase is not None
        and comma
        and phrase.end < verb_at
        and tokens[phrase.end].folded in _WHO
        and not any(_is_comp_at(tokens, x) for x in range(phrase.end, verb_at))
    ):
        # لكن بابيش الذي هزم بفارق ضئيل قبل أربع سنوات، أعلن …: the relative clause
        # describes the subject
        known = phrase.kind == "organization" or phrase.role or registry.knows(phrase.name)
        full = (
            "" if known else _surname_named_before(source, phrase.name, tokens[phrase.start].start)
        )
        if known or full:
            return replace(phrase, end=verb_at, name=full or phrase.name)
    if (
        phrase is not None
        and phrase.kind == "organization"
        and phrase.end + 1 == verb_at
        and is_definite(tokens[phrase.end].folded)
    ):
        phrase = replace(phrase, end=verb_at)  # كتائب حزب الله النافذة قالت: its adjective
    if (
        phrase is not None
        and phrase.kind == "organization"
        and phrase.end < verb_at <= phrase.end + 4
        and tokens[phrase.end].folded == _IN
        and all(t.kind == "word" for t in tokens[phrase.end : verb_at])
    ):
        # وكانت وزارة الصحة في الكونغو الديمقراطية قد أعلنت: where the body sits
        name = source[tokens[phrase.start].start : tokens[verb_at - 1].end]
        phrase = replace(phrase, end=verb_at, name=name)
    if phrase is None or phrase.end != verb_at or phrase.kind == "":
        return None
    if phrase.kind == "organization" or phrase.role:
        return phrase
    if comma and tokens[cue.subject].folded in _AS_FOR and tokens[cue.index].folded[:1] == "ف":
        return phrase  # أما مراد هوساوي، فأشاد …: the topic is the subject
    if comma and tokens[cue.subject].folded in _AS_FOR and tokens[cue.index - 1].folded in _QAD:
        return phrase  # أما مراد هوساوي، فقد أشاد …
    if comma:
        return None
    if tokens[cue.subject].folded in _WAS and tokens[cue.index - 1].folded in _QAD:
        return phrase  # وكان ترامب قد دعا …: nothing but a subject stands there
    # A bare name before a verb is too often a noun phrase (هذه الخطوة تؤكد …): only
    # a speaker the article already introduced.
    return phrase if registry.knows(phrase.name) else None


def _late_verb(
    tokens: tuple[Token, ...], cue: Cue, source: str, registry: SpeakerRegistry
) -> Cue | None:
    """A verb inside its sentence that still opens an attribution because a speaker
    and إن/أن/: follow it ("وحول النتائج قال الوزير: …"، "الجلسة التي قال فيها
    القاضي سامي نور، إن …"): the cue as a clause opener, its subject after فيها."""
    if cue.kind != "verb" or cue.verb is None or cue.verb.gender == "p":
        return None
    s = _clause_start(tokens, cue.index)
    if any(_is_comp_at(tokens, x) for x in range(s, cue.index)):
        return None  # تابعت الوزارة أن الوزير أكد …: reported inside another claim
    k = cue.end
    if k < len(tokens) and tokens[k].folded in _IN_IT:
        k += 1
    phrase = parse_speaker(tokens, k, source)
    if phrase is None or phrase.kind == "" or phrase.anaphor:
        return None
    if (
        not (phrase.kind == "organization" or phrase.role or registry.knows(phrase.name))
        and len(phrase.name.split()) < 2
    ):
        return None
    j = phrase.end
    while j < len(tokens) and (tokens[j].text in _COMMAS or tokens[j].folded in DATE_WORDS):
        j += 1
    if j >= len(tokens) or not _is_comp_at(tokens, j):
        return None
    return replace(cue, end=k, initial=True)


def _mid_sentence_source(tokens: tuple[Token, ...], cue_at: int, k: int) -> bool:
    """ "ويعد الحكم أوليا، بحسب مصدر قضائي، فيما …", "… مفقودا، وفقا لما أعلنته
    المديرية في حصيلة جديدة.": a source after a clause of its own and a comma, not
    followed by فإن/أن (nor by a colon or a quotation before the sentence ends when
    only an occasion follows it), sources the clause before it."""
    before = cue_at - _clause_start(tokens, cue_at)
    if before < 3 or tokens[cue_at - 1].text not in _COMMAS or _is_comp_at(tokens, k):
        return False
    if tokens[k - 1].text in _COMMAS:
        return True
    if tokens[k].folded not in ADVERBIAL_PREPOSITIONS:
        return False
    for j in range(k, len(tokens)):
        if tokens[j].sentence_end:
            return True
        if _is_comp_at(tokens, j) or tokens[j].text in QUOTES_OPEN:
            return False
    return True


def _complement_ahead(tokens: tuple[Token, ...], cue: Cue) -> bool:
    """Whether إن/أن/:/a quotation (عن for عبّر) follows a comp-only verb within its
    sentence and a subject's length."""
    lemma = cue.verb.lemma if cue.verb is not None else ""
    if lemma == _ASKED and tokens[cue.end : cue.end + 1] and tokens[cue.end].folded == _NOT:
        return False  # مسؤول، طلب عدم الكشف عن هويته، …: asked not to be named
    for j in range(cue.end, min(len(tokens), cue.end + _COMP_WINDOW)):
        tok = tokens[j]
        if tok.sentence_end:
            return False
        if _object_reports(lemma, tok):
            return True
        if lemma in _OBJECT_ONLY:
            continue
        if lemma == _EXPRESSED:
            if _is_comp_at(tokens, j):
                return False  # "، عبر حسابه على المنصة، إن …": via, not expressed
        elif _is_comp_at(tokens, j) or tok.text in QUOTES_OPEN:
            return True
    return False


def _object_reports(lemma: str, tok: Token) -> bool:
    """Whether a comp-only verb's object at tok still reports (عبّر عن …، تحدث عن
    …، أقر بوجود …، جددت دعوتها إلى …)."""
    if tok.kind != "word":
        return False
    if lemma in _ABOUT_OBJECT:
        return tok.folded == _ABOUT
    return tok.folded.startswith(_REPORTING_OBJECTS.get(lemma, ()))


def _is_comp_at(tokens: tuple[Token, ...], k: int) -> bool:
    return tokens[k].text == ":" or tokens[k].folded in COMPLEMENTISERS


def _shared_subject(
    tokens: tuple[Token, ...], cue: Cue, source: str, registry: SpeakerRegistry
) -> SpeakerPhrase | None:
    """ "أدانت الحكومة الهجوم، وقالت إن …": a و-verb without a subject inside a
    sentence shares the subject of the verb that opens the sentence, when their
    genders agree."""
    i = cue.index
    if tokens[i].folded[:1] != "و" or cue.verb is None:
        return None
    return _sentence_subject(tokens, i, cue.verb.gender, source, registry)


def _sentence_subject(
    tokens: tuple[Token, ...], i: int, gender: str, source: str, registry: SpeakerRegistry
) -> SpeakerPhrase | None:
    """The subject of the verb opening the sentence that token i belongs to."""
    s = i
    while s > 0 and not tokens[s - 1].sentence_end:
        s -= 1
    if s == i or i - s > _MAX_SHARED:
        return None
    p = s
    # "من جهتها، …" / "في المقابل، …": a short opener up to its comma — unless the
    # comma closes the whole clause (وجمدت الوزارة القرار، مؤكدة …).
    for q in range(s, min(i, s + 4)):
        if tokens[q].text in _COMMAS:
            p = q + 1 if q + 2 < i else s
            break
    if p + 1 >= i or tokens[p].kind != "word":
        return None
    # "الحكومة ردت …، وأعلنت": a subject before the first verb; else after it.
    phrase = parse_speaker(tokens, p, source)
    if (
        phrase is None
        or phrase.end >= i
        or tokens[phrase.end].kind != "word"
        or not (phrase.kind == "organization" or phrase.role)
    ):
        phrase = parse_speaker(tokens, p + 1, source)
        if phrase is not None and phrase.kind == "person" and not phrase.role:
            # واحتفل ميلي بالفوز: a ب-word is the verb's complement, never a name's
            cut = next((x for x in range(p + 2, phrase.end) if _bi_complement(tokens[x])), 0)
            # وخاطب كاست الآلاف: a surname, then the object
            phrase = None if cut or _al_object_after(tokens, phrase, registry) else phrase
        if (
            phrase is None
            and tokens[p + 1].kind == "word"
            and tokens[p + 1].folded not in NAME_STOPS
        ):
            # واحتفل ميلي بالفوز، قائلا: …، وخاطب كاست الآلاف، قائلا: …: a surname the
            # article introduced
            word = tokens[p + 1].text
            name = (
                word
                if registry.knows(word)
                else _surname_named_before(source, word, tokens[p + 1].start)
            )
            if name:
                phrase = SpeakerPhrase(p + 1, p + 2, "person", name, "", "", "", "")
    if phrase is None or phrase.kind == "" or phrase.end >= i:
        return None
    if not (
        phrase.kind == "organization"
        or phrase.role
        or registry.knows(phrase.name)
        or (phrase.end == phrase.start + 1 and phrase.name != tokens[phrase.start].text)
    ):
        return None  # (a surname completed from the article's earlier full name counts)
    genders = {gender, phrase.gender}
    if genders <= {"m", "f"} and len(genders) == 2:
        return None  # the verbs' genders disagree: another subject
    return phrase


def _continues_content(
    tokens: tuple[Token, ...], cue: Cue, before: Cue, source: str, registry: SpeakerRegistry
) -> bool:
    """A و-verb with no subject of its own, inside the sentence of an earlier claim,
    whose gender is not that claim's verb's (قال المحامي إن المحكمة رفضت الطلب،
    واعتبرت أن …) or that is imperfect where the narration is not (… بل هو دليل
    يثبت إدانتهما ويؤكد تورطهما): its subject is inside the reported words, so it
    reports nothing new and the claim goes on."""
    if (
        cue.kind == "verb"
        and before.kind == "verb"
        and cue.end < len(tokens)
        and tokens[cue.end].folded in _RESUMPTIVE
        and tokens[cue.index].folded[:1] == "و"
        and before.index >= _clause_start(tokens, cue.index)
        and any(_is_comp_at(tokens, x) for x in range(before.end, cue.index))
    ):
        return True  # … بسبب تعليقات أدلى بها وانتقد فيها القضاء: inside a relative clause
    if (
        cue.kind != "verb"
        or cue.verb is None
        or before.kind != "verb"
        or before.verb is None
        or (
            {cue.verb.gender, before.verb.gender} != {"m", "f"}
            and not _imperfect(tokens[cue.index].folded[1:], cue.verb)
        )
        or tokens[cue.index].folded[:1] != "و"
        or before.index < _clause_start(tokens, cue.index)
        # reported words open with إن/أن or a colon, where their own subject stands
        or not any(_is_comp_at(tokens, x) for x in range(before.end, cue.index))
    ):
        return False
    _, phrase, _ = _subject(tokens, cue, source, registry)
    return (
        phrase is None
        or (phrase.anaphor and phrase.kind == "")
        # ويكشف تفاصيل دقيقة: a noun phrase no one in the article is named by
        or (phrase.kind == "person" and not phrase.role and not registry.knows(phrase.name))
    )


def _imperfect(bare: str, verb: VerbInfo) -> bool:
    """يؤكد، تتوقع (not تابع، توقع): the imperfect of a reporting verb."""
    perfect = fold(verb.lemma)
    return bare[:1] == "ي" or (bare[:1] == "ت" and not bare.startswith(perfect[:2]))


def _content_of_source(
    tokens: tuple[Token, ...], cue: Cue, after_source: int, source: str, registry: SpeakerRegistry
) -> bool:
    """A verb right after "وفق X،" / "بحسب X،" with no speaker of its own (ووفق الوزارة،
    يتوقع وصول الوفد …) belongs to the source's content; with one (وبحسب وكالات،
    أكدت المتحدثة باسم … أن …) it opens its own claim."""
    if not (
        after_source < cue.index
        and all(tokens[x].text in _COMMAS for x in range(after_source, cue.index))
    ):
        return False
    _, phrase, _ = _subject(tokens, cue, source, registry)
    return phrase is None or (
        phrase.kind == "person" and not phrase.role and not registry.knows(phrase.name)
    )


def _participle_verb(cue: Cue) -> VerbInfo:
    f = fold(cue.text)
    gender = "f" if f.endswith("ه") else "m"
    kind = _PARTICIPLE_KINDS.get(f[:-1] if gender == "f" else f, "statement")
    return VerbInfo(cue.text, gender, kind)


def _quote_before(tokens: tuple[Token, ...], cue: Cue) -> int:
    """ "«…»، قال الوزير": index of the opening mark of a quotation that makes up the
    sentence before the cue, or -1."""
    i = cue.index
    if i < 3 or tokens[i - 1].text not in _COMMAS or tokens[i - 2].text not in QUOTES_CLOSE:
        return -1
    q = i - 3
    while q >= 0 and tokens[q].in_quote:
        q -= 1
    if q < 0 or q == i - 3 or tokens[q].text not in QUOTES_OPEN:
        return -1
    if q > 0 and not tokens[q - 1].sentence_end:
        return -1
    return q


def _paragraph_claims(
    para: Paragraph,
    source: str,
    registry: SpeakerRegistry,
    held: list[tuple[Cue, SpeakerPhrase | None, str]],
) -> list[ExtractedClaim]:
    """The paragraph's claims; a cue whose colon ends the paragraph is put in ``held``
    for the quotation that opens the next one."""
    tokens = para.tokens
    # (cue, fronted subject, first token the cue owns)
    found: list[tuple[Cue, SpeakerPhrase | None, int]] = []
    # the subjects of prepositional cues, parsed once to decide whether they count
    sources: dict[int, tuple[tuple[Token, ...], SpeakerPhrase | None, int]] = {}
    for c in find_cues(tokens):
        if c.kind == "participle":
            # "قطعت السلطة المياه عن …، مؤكدة أن …": a participle after a verb that
            # reports nothing starts the claim of that verb's subject.
            s = _clause_start(tokens, c.index)
            if found and found[-1][2] >= s:
                continue  # it continues the claim of a cue in its sentence
            verb = _participle_verb(c)
            subject = _sentence_subject(tokens, c.index, verb.gender, source, registry)
            if subject is not None or c.index == 0 or (found and tokens[c.index - 1].sentence_end):
                # (a paragraph or a sentence after a claim opening "مؤكداً «…»" goes on
                # with the latest speaker: «…» .. مضيفاً: «…»)
                found.append((replace(c, kind="verb", verb=verb, initial=True), subject, c.index))
            continue
        if c.kind not in _STARTERS:
            continue
        if (
            tokens[c.index].folded in _REMINDERS
            and c.end < len(tokens)
            and _is_comp_at(tokens, c.end)
        ):
            continue  # يُذكر أن …: the outlet's own reminder, no one's claim
        if (
            c.kind == "verb"
            and c.verb is not None
            and c.verb.needs_comp
            and not _complement_ahead(tokens, c)
        ):
            continue  # أقر البرلمان القانون، عبر الحدود: not a report; cuts no claim
        if (
            c.kind == "according"
            and found
            and found[-1][0].kind == "verb"
            and according_aside_end(tokens, c.index) > c.index
        ):
            continue  # an aside inside the verb's claim: where the words were heard
        if c.kind != "verb":
            toks, phrase, _ = sources[c.index] = _subject(tokens, c, source)
            if (
                phrase is None
                or toks[phrase.start].folded in NON_SPEAKERS
                or (_unknown_lone_word(phrase, registry) and fold(phrase.name) not in _ISSUED_TEXTS)
            ):
                # حسب الدورات الزراعية، بحسب التقديرات: no source, no new claim; nor
                # بحسب الاحتياجات، a lone al-word no one in the article is named by
                # (بحسب التقرير is its author's).
                continue
        if (
            c.kind == "verb"
            and found
            and found[-1][0].index in sources
            and _content_of_source(tokens, c, sources[found[-1][0].index][2], source, registry)
        ):
            continue  # ووفق الوزارة، يتوقع وصول الوفد …: the source's own content
        fronted = _fronted(tokens, c, source, registry) if c.subject >= 0 else None
        if fronted is not None:
            found.append((c, fronted, fronted.start))
        elif c.initial:
            if found and _continues_content(tokens, c, found[-1][0], source, registry):
                continue  # قال الوزير إن المحكمة رفضت الطلب، واعتبرت أن …: her verb
            q = _quote_before(tokens, c) if c.kind == "verb" else -1
            found.append((c, None, q if q >= 0 else c.index))
        elif (late := _late_verb(tokens, c, source, registry)) is not None:
            found.append((late, None, c.index))
    claims: list[ExtractedClaim] = []
    for n, (cue, fronted, front) in enumerate(found):
        limit = found[n + 1][2] if n + 1 < len(found) else len(tokens)
        unsaid = False
        if fronted is not None:
            toks, phrase, k = tokens, fronted, cue.end
        else:
            toks, phrase, k = sources.get(cue.index) or _subject(tokens, cue, source, registry)
            if cue.kind == "verb" and (
                (phrase is not None and toks[phrase.start].folded in _ADDRESSED)
                or _object_not_woman(toks, cue, phrase, registry)
                or (
                    _unknown_lone_word(phrase, registry)
                    and is_definite(fold(phrase.name))
                    and fold(phrase.name) not in _ISSUED_TEXTS
                    # وقال الكرملين إن …: an object never runs straight into إن/أن —
                    # but what وصف describes does (ووصف المبادرة بأنها حاسمة)
                    and (
                        (cue.verb is not None and cue.verb.lemma == _DESCRIBED)
                        or not (phrase.end < len(toks) and _is_comp_at(toks, phrase.end))
                    )
                    and source.find(phrase.name, 0, toks[phrase.start].start) < 0
                )
            ):
                # ونبه المواطنين من …، كما أعلنت منح الأولوية …، كما فند الادعاءات
                # التي … (an al-word the article never used before, so no surname):
                # the object, after a subject left unsaid
                phrase, k = None, cue.end
            if _called_object(toks, cue, phrase, registry):
                shared = _shared_subject(tokens, cue, source, registry)
                if shared is not None:
                    # أضاف البرنامج …، وحث واشنطن على …: the place is who is urged
                    phrase, k = shared, cue.end
            unsaid = phrase is None
            if phrase is None and cue.kind == "verb" and cue.verb is not None:
                phrase = _shared_subject(tokens, cue, source, registry)
        verb = cue.verb
        start: ContentStart | None
        if (
            phrase is not None
            and cue.kind == "according"
            and fold(cue.text) in ACCORDING_BEFORE_WHAT
            and not (phrase.kind == "organization" or phrase.role or registry.knows(phrase.name))
        ):
            continue  # "…، وفق القانون.": a bare وفق names a source only if already known
        subject_at = phrase.start if phrase is not None else k
        if subject_at < len(toks) and toks[subject_at].folded in NON_SPEAKERS:
            continue  # وذكرت التقارير أن …: no speaker to attribute it to
        if phrase is not None and not phrase.role and fold(phrase.name) in _ISSUED_TEXTS:
            phrase = replace(_ITS_AUTHOR, start=phrase.start, end=phrase.end)
        elif _same_source(toks, phrase):
            # وأضاف المصدر ذاته أن …: the source just quoted, whoever it was
            phrase = replace(_ITS_AUTHOR, start=phrase.start, end=phrase.start + 2)
        if front < cue.index and fronted is None:
            # The quotation before the verb is the claim; a participle after the
            # speaker (، مضيفة أن …) adds a second one.
            gender = verb.gender if verb else ""
            claims.extend(
                _claim(toks, front, cue.index, cue, phrase, None, True, gender, source, registry)
            )
            start = content_start(toks, k, verb, source)
            if (
                start is None
                or start.index >= limit
                or not any(t.folded in PARTICIPLES for t in toks[k : start.index])
            ):
                continue
            b = content_end(toks, start.index, limit)
            claims.extend(
                _claim(toks, start.index, b, cue, phrase, None, start.direct, "", source, registry)
            )
            continue
        if cue.kind == "verb":
            start = content_start(toks, k, verb, source)
        else:
            while k < len(toks) and toks[k].text in "،,":
                k += 1
            k = _past_quoted_name(toks, k)  # بحسب ما ذكرت الرئاسة "آفاد".
            if k + 1 < len(toks) and toks[k].folded in _PUBLISHED:
                k += 1  # …، وفق ما أظهرت إحصاءات للحكومة نشرت أمس.
            while k < len(toks) and toks[k].folded in DATE_WORDS and k + 1 < len(toks):
                k += 1  # …، بحسب ما أعلن الدفاع المدني الخميس.
            if k >= limit or toks[k].sentence_end or _mid_sentence_source(toks, cue.index, k):
                start = None  # "…، بحسب الوزارة." — content before the cue
                a = _clause_start(toks, cue.index)
                b = cue.index
                if n > 0 and found[n - 1][2] >= a:
                    # "ويتوقع الصندوق أن …، بحسب بيان للصندوق": the verb's claim
                    # already holds the content; one claim, not two overlapping.
                    continue
                if phrase is not None and b > a:
                    claims.extend(
                        _claim(toks, a, b, cue, phrase, None, False, "", source, registry)
                    )
                continue
            start = content_start(toks, k, None, source)
        if start is None or start.index >= limit:
            if start is not None and start.index == len(toks) and toks[-1].text == ":":
                # وقالت جورجيفا خلال فعالية …: ¶ “…”: the words open the next paragraph
                held.append((cue, phrase, verb.gender if verb else ""))
            continue
        if (
            verb is not None
            and verb.needs_comp
            and not start.direct
            # وصفت الولايات المتحدة السياسات بأنها …: its بأن follows the object
            and verb.lemma != _DESCRIBED
            and (
                verb.lemma in _OBJECT_ONLY
                or not any(_is_comp_at(toks, x) for x in range(k, start.index))
            )
            and not any(_object_reports(verb.lemma, toks[x]) for x in range(k, start.index + 1))
        ):
            continue  # أقر البرلمان القانون: passed it, reporting nothing
        if (
            unsaid
            and verb is not None
            and verb.lemma in _PASSIVE_READ
            and not start.direct
            and not any(_is_comp_at(toks, x) for x in range(k, start.index))
        ):
            # وتعتبر الزلازل أمرا شائعا، فيما اعتبر 373 شخصا في عداد المفقودين: with
            # no subject and no أن, the verb is read in the passive (is considered).
            continue
        if (
            verb is not None
            and verb.relay
            and start.speaker is None
            and not start.direct
            and not any(_is_comp_at(toks, x) for x in range(k, start.index))
        ):
            continue  # نقلت القناة المؤتمر الصحفي: it broadcast the event, quoting no one
        a = start.index
        b = content_end(toks, a, limit)
        speaker_phrase, via_phrase = phrase, None
        if start.speaker is not None:
            speaker_phrase = start.speaker
            if start.relayed:
                via_phrase = phrase
        if speaker_phrase is None and cue.kind != "verb":
            continue
        gender = verb.gender if verb and speaker_phrase is phrase else ""
        claims.extend(
            _claim(
                toks, a, b, cue, speaker_phrase, via_phrase, start.direct, gender, source, registry
            )
        )
    return claims


def _opening_quotation(
    para: Paragraph,
    held: tuple[Cue, SpeakerPhrase | None, str],
    own: list[ExtractedClaim],
    source: str,
    registry: SpeakerRegistry,
) -> list[ExtractedClaim]:
    """The quotation opening a paragraph, as the claim of the cue whose colon ended
    the paragraph before it, unless a claim of its own already starts there."""
    tokens = para.tokens
    if not tokens or tokens[0].text not in QUOTES_OPEN:
        return []
    close = next(
        (
            j
            for j in range(1, len(tokens))
            if tokens[j].text in QUOTES_CLOSE and not tokens[j].in_quote
        ),
        len(tokens) - 1,
    )
    if any(c.start <= tokens[close].start for c in own):
        return []
    cue, phrase, gender = held
    return _claim(tokens, 0, close + 1, cue, phrase, None, True, gender, source, registry)


def _clause_start(tokens: tuple[Token, ...], end: int) -> int:
    a = end
    while a > 0 and not tokens[a - 1].sentence_end:
        a -= 1
    return a


def _claim(
    tokens: tuple[Token, ...],
    a: int,
    b: int,
    cue: Cue,
    phrase: SpeakerPhrase | None,
    via_phrase: SpeakerPhrase | None,
    direct: bool,
    gender: str,
    source: str,
    registry: SpeakerRegistry,
) -> list[ExtractedClaim]:
    a, b, opened = trim(tokens, a, b)
    if b <= a:
        return []
    via: Identity | None = None
    if via_phrase is not None:
        via = registry.resolve(via_phrase, gender)
        gender = ""
    if (
        phrase is not None
        and phrase.kind == "person"
        and phrase.role
        and not phrase.name
        and not registry.knows_role(phrase.role)
    ):
        named = named_earlier(source, phrase.role, tokens[phrase.start].start)
        if named:
            phrase = replace(phrase, name=named)
    if (
        phrase is not None
        and phrase.kind == "organization"
        and phrase.anaphor
        and not registry.knows_body(phrase.head)
    ):
        body = body_named_earlier(source, phrase.name, tokens[phrase.start].start)
        if body:
            phrase = replace(phrase, name=body, anaphor=False)  # اللجنة: the one named
    speaker = registry.resolve(phrase, gender)
    if speaker is None and (phrase is None or (phrase.anaphor and phrase.kind == "")):
        # "وأكد سموه …" with no speaker before it: the person the lede introduced.
        antecedent = introduced_earlier(
            source, tokens[a].start, gender or (phrase and phrase.gender) or ""
        )
        if antecedent is not None:
            speaker = registry.resolve(antecedent, gender)
    if speaker is None:
        return []
    speaker.speaks = True
    if via is not None:
        via.speaks = True
    figures = find_figures(tokens, a, b, source)
    start, end = tokens[a].start, tokens[b - 1].end
    verb_kind = cue.verb.kind if cue.verb else "statement"
    return [
        ExtractedClaim(
            start=start,
            end=end,
            text=source[start:end],
            speaker=speaker.key,
            via=via.key if via is not None and via is not speaker else None,
            cue=cue.verb.lemma if cue.verb else cue.text,
            direct=direct or opened,
            kind=claim_kind(verb_kind, tokens, a, b, bool(figures)),
            figures=figures,
        )
    ]


def extract(text: str, language: str = "ar") -> Extraction:
    """Attributed claims and their speakers in one article."""
    prepared = prepare(text, only_cued=True)
    registry = SpeakerRegistry()
    claims: list[ExtractedClaim] = []
    held: list[tuple[Cue, SpeakerPhrase | None, str]] = []
    previous_end = -1
    for para in prepared.paragraphs:
        next_line = previous_end >= 0 and not text[previous_end : para.start].strip()
        carried = held[-1] if held and next_line else None
        held = []
        own = _paragraph_claims(para, text, registry, held)
        if carried is not None:
            own.extend(_opening_quotation(para, carried, own, text, registry))
        claims.extend(own)
        previous_end = para.end
    claims.sort(key=lambda c: c.start)
    return Extraction(language, EXTRACTOR_VERSION, tuple(claims), registry.speakers())
