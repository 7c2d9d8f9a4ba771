"""Step 3: speaker phrases — split a subject into role, name and organisation.

Grammar, not gazetteers:

* ROLE NAME: "المتحدث باسم <org> <name>", "وزير الخارجية المصري <name>",
  "الأمين العام لـ <org> <name>", "مفوض حقوق الإنسان في <place> <name>". A role is a
  title noun, then a genitive (definite noun, or a construct pair after an indefinite
  title), nisba adjectives (…ي/…ية) and لـ/لل attachments. The name is the 1–4 words
  after it, ending before punctuation, a preposition, a date word, إن/أن, a cue, or
  after an al- surname ("كريم الزين").
* NAME، ROLE، : "جان دوبوا، المتحدث باسم …،" (apposition).
* ORGANISATION: a construct head (وزارة/وكالة/منظمة … + genitive) or a definite head
  (السلطات، الشرطة، الخارجية …) with its adjectives and attachments.
* A lone name or surname ("حداد"، "الحلبي") is accepted when a boundary follows it,
  so "وطالبت بانسحاب القوات …" is not read as a name.

``parse_speaker(tokens, i)`` returns a :class:`SpeakerPhrase` or ``None`` (no subject).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from claims.extraction.lexicon import (
    AUDIENCE_STEMS,
    COMPLEMENTISERS,
    CUE_WORDS,
    DATE_WORDS,
    FEMININE_PLURAL_ORGS,
    HONORIFICS,
    IN_ITS_NAME,
    IN_THE_NAME_OF,
    MINISTRY,
    NAME_COMPOUND_SECONDS,
    NAME_PARTICLES,
    NAME_STOPS,
    ORG_ADJECTIVES,
    ORG_CONSTRUCT,
    ORG_DEFINITE,
    PARTICIPLES,
    PORTFOLIO_NOUNS,
    PRONOUNS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SPOKES_NOUNS,
    TITLE_FOLLOWERS,
    TITLE_NOUNS,
    VERBS,
    fold,
    is_definite,
    is_nisba,
    word_set,
)
from claims.extraction.prepare import Token, tokenize

_IN = fold("في")
_FA_INNA = fold("فإن")
_ALI = "علي"
_QAD = fold("قد")
_SAME = word_set("ذات نفس")
_ITSELF = word_set("نفسه نفسها ذاته ذاتها")
#: Portfolios that, alone after a verb, are the ministry (اتهمت الخارجية …).
_MINISTRIES_ALONE = word_set("الخارجية الداخلية")
#: Possessive pronouns that mark a noun as the verb's object (وقوفها، تضامنهم).
_POSSESSED = ("ها", "هم", "هما")
_OBJECT_LINKS = word_set("على عن من إلى في ب")
_ABD = "عبد"
_OWNER = fold("صاحب")
_TEAM = fold("الفريق")  # "the team", and a general's rank before a name
_RANK_SECONDS = word_set("أول الركن ركن")
_EMINENCE = word_set("السمو الجلالة الفخامة المعالي السعادة")
_LAM = "ل"
_LONE_BI = "ب"
_OFFICIAL = word_set("الرسمي الرسمية الإعلامي الإعلامية")
#: Nouns that show a في-phrase after a role is an occasion, not a place in the role.
_OCCASION_NOUNS = word_set(
    "مؤتمر صحفي صحفية مشترك بيان تصريحات تصريح مقابلة لقاء اجتماع كلمة خطاب تغريدة "
    "منشور حديث إفادة جلسة ندوة قمة زيارة فيديو مقطع تسجيل رسالة برنامج"
)
_MAX_NAME = 4
_OCCASION_OPENERS = word_set("في خلال عبر أمام لدى")
_GROUP_SOURCES = word_set("شهود مسعفون ناشطون نشطاء سكان مصادر مسؤولون أطباء")
_PARTICIPLE_PREPOSITIONS = word_set("عن لدى")
#: ماجد بن محمد الأنصاري: a father's name, then the family's al-surname.
_LINEAGE = word_set("بن ابن بنت")
_LINE_PARTICLES = word_set("بن ابن بنت عبد آل")
_PLACE_NOUNS = word_set("منطقة محافظة مدينة ولاية بلدة قضاء إقليم مقاطعة ناحية قرية مخيم مديرية")
_ABOUT = fold("عن")
_WHAT = fold("ما")
#: Titles whose body follows عن (النائبة عن كتلة …، ممثل عن وزارة الكهرباء).
_MP_TITLES = word_set(
    "نائب نائبة النائب النائبة البرلماني البرلمانية برلماني برلمانية ممثل ممثلة الممثل"
)
#: Unnamed sources (مصدر مصرفي مطلع، مسؤول رفيع المستوى): adjectives of the source.
_SOURCE_TITLES = word_set(
    "مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين شهود شاهد مسعفون مسعفين ناشطون ناشطين نشطاء سكان أطباء"
)
_SOURCE_ADJECTIVES = word_set(
    "مطلع مطلعة مطلعون مطلعين رفيع رفيعة رفيعو المستوى مقرب مقربة مقربون مقربين مسؤول "
    "موثوق موثوقة بارز بارزة كبير كبيرة رسمي رسمية عيان محليون محليين"
)


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    start: int  # token index
    end: int  # token index after the phrase
    kind: str  # "person" or "organization"
    name: str  # name as written ("" for a role-only or anaphoric mention)
    role: str  # role as written
    org: str  # organisation the role belongs to, as written
    head: str  # folded head noun of an organisation (وزاره, وكاله …), "" for persons
    gender: str  # "m", "f" or ""
    anaphor: bool = False  # a bare definite noun (الوزارة) or a pronoun (لها)


def _word(tokens: tuple[Token, ...], i: int) -> Token | None:
    if i < len(tokens) and tokens[i].kind == "word":
        return tokens[i]
    return None


def _text(tokens: tuple[Token, ...], a: int, b: int, source: str) -> str:
    if a >= b:
        return ""
    return source[tokens[a].start : tokens[b - 1].end]


def org_head(folded: str) -> str:
    """Head noun key shared by a ministry and its anaphora (الخارجية ~ وزارة ~ الوزارة)."""
    if folded in PORTFOLIO_NOUNS:
        return MINISTRY
    return folded[2:] if folded.startswith("ال") else folded


def _is_boundary(tok: Token | None) -> bool:
    if tok is None or tok.kind != "word":
        return True
    f = tok.folded
    return (
        f in NAME_STOPS
        or f == _LONE_BI  # أدانت الدولة بـ"أشد العبارات" (a lone لـ may go on: لـ الأمم)
        or f in DATE_WORDS
        or f in COMPLEMENTISERS
        or f in PARTICIPLES
        or f in VERBS
        or (f[0] in "وف" and f[1:] in VERBS)
        or f.startswith(AUDIENCE_STEMS)
    )


def _closes(tokens: tuple[Token, ...], j: int) -> bool:
    """Punctuation, or a word that cannot continue a noun phrase, at j."""
    if j >= len(tokens):
        return True
    tok = tokens[j]
    if tok.kind == "punct":
        return tok.text not in QUOTES_OPEN
    return tok.kind == "word" and tok.folded in COMPLEMENTISERS


def _place_at(tokens: tuple[Token, ...], j: int) -> bool:
    """بمحافظة حمص، بولاية الخرطوم at j: ب glued to a place noun, then its name."""
    f = tokens[j].folded
    return (
        f[:1] == "ب"
        and f[1:] in _PLACE_NOUNS
        and (place := _word(tokens, j + 1)) is not None
        and not _is_boundary(place)
    )


def _continue_org(tokens: tuple[Token, ...], j: int) -> int:
    """Adjectives and لـ/لل attachments after an organisation or role head."""
    n = len(tokens)
    while j < n:
        tok = _word(tokens, j)
        if tok is None:
            break
        f = tok.folded
        if is_nisba(f) or f in ORG_ADJECTIVES:
            j += 1
        elif f.startswith("الم") and len(f) > 5 and _closes(tokens, j + 1):
            j += 1  # شركة الاتصالات المتكاملة،: a participle adjective closing the phrase
        elif (
            f.startswith("الم")
            and len(f) > 5
            and f not in HONORIFICS
            and _two_word_name_at(tokens, j + 1)
        ):
            j += 1  # الرئيس الليبرالي المتطرف خافيير ميلي: one before a full name
        elif f == _LAM and _word(tokens, j + 1):
            j += 2
        elif (
            f == _LAM
            and j + 2 < len(tokens)
            and tokens[j + 2].folded in ORG_CONSTRUCT
            and (quoted := quoted_name_end(tokens, j + 1)) > j + 1
        ):
            # المدير العام لـ"منظمة الصحة العالمية": a quoted body (لـ"الشرق" is the
            # outlet spoken to)
            j = quoted
        elif f.startswith("بال") and f[1:] in ORG_DEFINITE:
            j += 1  # العلاقات العامة بالوزارة: the body the department belongs to
        elif _place_at(tokens, j):
            j += 2  # وزارة الصحة بولاية الخرطوم: the province the body serves
        elif f.startswith("لل") and len(f) > 4 and not f.startswith(AUDIENCE_STEMS):
            j += 1
            while (adj := _word(tokens, j)) is not None and (
                adj.folded in ORG_ADJECTIVES or is_nisba(adj.folded)
            ):
                j += 1  # الجهاز المركزي للتعبئة العامة والإحصاء: its adjective first
            conj = _word(tokens, j)
            if (
                conj is not None
                and conj.folded.startswith("وال")
                and not is_nisba(conj.folded[1:])
                and conj.folded[1:] not in TITLE_NOUNS
                and conj.folded[1:] not in SPOKES_NOUNS
            ):
                j += 1  # بنك الإسكان للتجارة والتمويل (but not …، والناطق باسم …)
        elif (
            f.startswith(_LAM)
            and not f.startswith(AUDIENCE_STEMS)
            and len(f) > 3
            and (nxt := _word(tokens, j + 1)) is not None
            and is_definite(nxt.folded)
            and not _full_name_at(tokens, j)
        ):
            j += 2  # لكرة القدم، لشؤون اللاجئين
        elif (
            f.startswith(_LAM)
            and not f.startswith(AUDIENCE_STEMS)
            and len(f) > 3
            and (mid := _word(tokens, j + 1)) is not None
            and not is_definite(mid.folded)
            and not _is_boundary(mid)
            and (last := _word(tokens, j + 2)) is not None
            and is_definite(last.folded)
            and _two_word_name_at(tokens, j + 3)
        ):
            j += 3  # الأمين العام لحلف شمال الأطلسي مارك روته: a construct, then the name
        elif (
            f.startswith(_LAM)
            and not f.startswith(AUDIENCE_STEMS)
            and len(f) > 3
            and (quoted := quoted_name_end(tokens, j + 1)) > j + 1
        ):
            j = quoted  # الرئيس التنفيذي لشركة "نور": a quoted company name
        else:
            break
    return j


def _two_word_name_at(tokens: tuple[Token, ...], j: int) -> bool:
    """Two undefined name words or more start at j (خافيير ميلي بالفوز)."""
    first = _word(tokens, j)
    if first is None or is_definite(first.folded) or first.folded in NAME_STOPS:
        return False
    return _name(tokens, j) - j >= 2


def _full_name_at(tokens: tuple[Token, ...], j: int) -> bool:
    """A name of three words or more closed by a comma or إن/أن starts at j (وزيرة
    السياحة لورا الخازن لحود، …): لورا is no ل-attachment like لكرة القدم."""
    end = _name(tokens, j)
    # (لأساتذة التعليم الثانوي أن …: a noun chain ends in an adjective, not a name)
    return end - j >= 3 and not is_definite(tokens[end - 1].folded) and _closes(tokens, end)


def _org_phrase(tokens: tuple[Token, ...], i: int) -> int:
    """End of an organisation phrase starting at i, or i when there is none."""
    tok = _word(tokens, i)
    if tok is None:
        return i
    f = tok.folded
    if f in ORG_CONSTRUCT:
        if i + 1 < len(tokens) and tokens[i + 1].text in QUOTES_OPEN:
            # صحيفة "الأخبار" / وكالة «نوفا»: a quoted name, up to its closing mark.
            for j in range(i + 2, min(len(tokens), i + 7)):
                if tokens[j].text in QUOTES_CLOSE:
                    return _continue_org(tokens, j + 1) if j > i + 2 else i
            return i
        nxt = _word(tokens, i + 1)
        if nxt is not None and nxt.folded == _IN and (place := _place_of_body(tokens, i + 2)) > 0:
            return place  # أفادت سلطات في جنوب أوكرانيا بمقتل …: where the body sits
        if nxt is None or _is_boundary(nxt):
            return i
        j = i + 2
        third = _word(tokens, j)
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if (
            not is_definite(nxt.folded)
            and third is not None
            and not is_definite(third.folded)
            and not _is_boundary(third)
            and after is not None
            and (
                after.text in "،,"
                or (
                    after.kind == "word"
                    and (after.folded in NAME_STOPS or after.folded in COMPLEMENTISERS)
                )
                or (after.kind == "word" and is_nisba(after.folded))
            )
        ):
            # شركة نور باور، / شرطة ولاية ميريلاند في بيان: a two-word name closed by a
            # comma or a preposition; وكالة خاما برس الأفغانية للأنباء: by its adjectives.
            return _continue_org(tokens, j + 1)
        if (
            not is_definite(nxt.folded)
            and third is not None
            and is_definite(third.folded)
            and not is_nisba(third.folded)
            and not _is_boundary(third)
        ):
            j += 1  # جمعية أولياء التلاميذ، هيئة تنظيم الاتصالات: a construct chain
        elif not is_definite(nxt.folded) and (chain := _construct_chain(tokens, i + 1)) > j:
            j = chain  # هيئة تنظيم قطاع الاتصالات: a longer chain of constructs
        conj = _word(tokens, j)
        if (
            conj is not None
            and conj.folded.startswith("وال")
            and (not is_nisba(conj.folded[1:]) or not is_nisba(nxt.folded))
        ):
            # وزارة الصحة والسكان، وزارة الصحة والوقاية: a coordinated genitive (a
            # word shaped like an adjective counts when the genitive is a noun), or
            # more than one (وزارة الصناعة والتجارة والتموين).
            j = _coordinated_genitives(tokens, j + 1)
        elif is_definite(nxt.folded):
            j = _coordinated_pair(tokens, j)
        return _continue_org(tokens, j)
    if f in ORG_DEFINITE:
        return _continue_org(tokens, i + 1)
    return i


def _place_then_comma_name(tokens: tuple[Token, ...], j: int) -> tuple[int, tuple[int, int]] | None:
    """ "في <place>، <name>،" at j: (the comma ending the role, the name's span)."""
    if not (_word(tokens, j) and tokens[j].folded == _IN):
        return None
    for c in range(j + 2, min(len(tokens), j + 5)):
        if tokens[c].text in "،,":
            appositive = _comma_name(tokens, c)
            return (c, appositive) if appositive else None
        if tokens[c].kind != "word":
            return None
    return None


def _place_of_body(tokens: tuple[Token, ...], j: int) -> int:
    """End of one to three place words at j after "<body> في" when the verb's
    complement follows them (a ب-word, إن/أن, a comma), or 0."""
    if _occasion_noun_at(tokens, j):
        return 0  # قالت شركة في بيان إن …: an occasion, not a place
    end = j
    while end < len(tokens) and end - j < 3:
        tok = _word(tokens, end)
        if (
            tok is None
            or _is_boundary(tok)
            or tok.folded[:1] == "ب"
            or tok.folded in COMPLEMENTISERS
        ):
            break
        end += 1
    if end == j or end >= len(tokens):
        return 0
    after = tokens[end]
    closes = after.text in "،," or (
        after.kind == "word" and (after.folded[:1] == "ب" or after.folded in COMPLEMENTISERS)
    )
    return end if closes else 0


def _affiliation_phrase(tokens: tuple[Token, ...], i: int) -> int:
    """The organisation after باسم: an organisation phrase, a title phrase
    (الأمين العام للرابطة الدولية) or a proper name (a definite word + adjectives)."""
    end = _org_phrase(tokens, i)
    if end > i:
        return end
    tok = _word(tokens, i)
    if tok is None:
        return i
    if tok.folded in TITLE_NOUNS:
        return title_phrase(tokens, i)
    return _continue_org(tokens, i + 1)


def title_phrase(tokens: tuple[Token, ...], i: int) -> int:
    """End of a role that starts with a title noun at i."""
    head = tokens[i].folded
    if head[:1] == "و" and (head[1:] in TITLE_NOUNS or head[1:] in SPOKES_NOUNS):
        head = head[1:]  # …، والناطق الرسمي باسم الهيئة: a second office
    j = i + 1
    if head in SPOKES_NOUNS:
        if _word(tokens, j) and (
            tokens[j].folded in _OFFICIAL
            # المتحدث العسكري باسم الجماعة: an adjective of the office before باسم
            or (
                is_nisba(tokens[j].folded)
                and _word(tokens, j + 1)
                and tokens[j + 1].folded in IN_THE_NAME_OF
            )
        ):
            j += 1
        if _word(tokens, j) and tokens[j].folded in IN_THE_NAME_OF:
            return _affiliation_phrase(tokens, j + 1)
        if _word(tokens, j) and tokens[j].folded in IN_ITS_NAME:
            return j + 1
        if (
            j == i + 1
            and not is_definite(head)
            and (body := _word(tokens, j)) is not None
            and is_definite(body.folded)
            and not is_nisba(body.folded)
            and not _is_boundary(body)
        ):
            j += 1  # متحدث الأرصاد، ناطق الحكومة: the body in construct
        return _continue_org(tokens, j)  # المتحدث الرسمي لوزارة الخارجية
    if (
        is_definite(head)
        and (tok := _word(tokens, j)) is not None
        and is_definite(tok.folded)
        and tok.folded in TITLE_NOUNS
        and tok.folded not in HONORIFICS
        and tok.folded[2:] not in _GROUP_SOURCES  # دعا المحافظ السكان: the addressed
    ):
        return title_phrase(tokens, j)  # الرئيس المدير العام لديوان …: one office
    if (tok := _word(tokens, j)) is not None and tok.folded in TITLE_FOLLOWERS:
        j += 1
    genitive = False
    definite_title = is_definite(head)
    if head in _MP_TITLES and (tok := _word(tokens, j)) is not None and tok.folded == _ABOUT:
        j += 1  # النائبة عن كتلة التغيير: the bloc or district the deputy sits for
        definite_title = False
    if (quoted := quoted_name_end(tokens, j)) > j:
        j, genitive = quoted, True  # وكيلة «الصحة العامة»: a quoted department
    while True:
        tok = _word(tokens, j)
        if tok is None or _is_boundary(tok):
            break
        f = tok.folded
        if f in HONORIFICS:
            break
        if (
            genitive
            and f[:1] == "و"
            and (f[1:] in TITLE_NOUNS or f[1:] in SPOKES_NOUNS)
            and _word(tokens, j + 1)
        ):
            # وزير التربية ووزير التعليم العالي: two offices held by one person.
            end = title_phrase(tokens, j)
            if end > j + 1:
                j = end
                continue
        if genitive and _place_at(tokens, j):
            # مدير الدفاع المدني بمحافظة حمص: the place the office covers, one word
            # (more only as adjectives), so the name after it stays the name.
            j = _continue_org(tokens, j + 2)
            continue
        end = _participle_attachment(tokens, j)
        if end > j:
            j, genitive = end, True
            continue
        if (
            genitive
            and f[:1] == "ب"
            and f[1:] in ORG_CONSTRUCT
            and (end := _body_of(tokens, j)) > j
        ):
            j = end  # مستشارة البحوث بمكتب وزير التراث: the office the role sits in
            continue
        if f in ORG_CONSTRUCT and not genitive:
            end = _org_phrase(tokens, j)
            if (chain := _construct_chain(tokens, j)) > end:
                end = _continue_org(tokens, chain)  # رئيس مجلس إدارة جمعية المصارف
            if end == j:
                break
            j, genitive = end, True
            continue
        if is_nisba(f) or f in ORG_ADJECTIVES:
            first = not genitive
            j, genitive = _continue_org(tokens, j), True
            if first:
                # وزير الخارجية والهجرة، وزير التربية الوطنية والتعليم الأولي: the
                # first genitive (shaped like an adjective) coordinated with others.
                j = _coordinated_genitives(tokens, j)
            continue
        if f.startswith(_LAM) and j > i + 1:
            end = _continue_org(tokens, j)
            if end == j:
                break
            # الأمين العام للمنظمة: the attachment completes the role, so a definite
            # noun after it (الدول المانحة) is the verb's object, not a genitive.
            j, genitive = end, True
            continue
        if not genitive and is_definite(f) and not (definite_title and j == i + 1):
            # (الوزير القرار: a definite title takes no genitive; the noun is an object)
            j, genitive = _continue_org(tokens, j + 1), True
            if not is_nisba(f):
                # وزير الطاقة والمعادن، وزير الصناعة والتجارة والتموين، وزير التعليم
                # العالي والبحث العلمي: coordinated genitives; وزير الاتصالات وتقنية
                # المعلومات: a coordinated pair.
                j = _coordinated_pair(tokens, _coordinated_genitives(tokens, j))
            continue
        nxt = _word(tokens, j + 1)
        if head in _SOURCE_TITLES and (
            f.endswith(("ي", "يه", "يون", "يين")) or f in _SOURCE_ADJECTIVES
        ):
            j, genitive = j + 1, True  # مصدر مصرفي مطلع: adjectives of an unnamed source
            continue
        if not genitive and not definite_title and f.endswith(("ي", "يه")) and _is_boundary(nxt):
            j, genitive = j + 1, True  # مصدر قضائي، مسؤول أمني: an indefinite adjective
            continue
        if (
            not genitive
            and not definite_title
            and f not in NAME_PARTICLES
            and nxt is not None
            and is_definite(nxt.folded)
            and not is_nisba(nxt.folded)
        ):
            # مفوض حقوق الإنسان، وزير شؤون المغتربين: an indefinite construct pair.
            j, genitive = _continue_org(tokens, _coordinated_genitives(tokens, j + 2)), True
            continue
        chain = _construct_chain(tokens, j) if not genitive and not definite_title else j
        if chain > j:
            # نائب رئيس مجلس الوزراء، مدير فرع هيئة الأرصاد: indefinite nouns in a
            # chain of constructs up to the definite noun that closes it, and the
            # genitives coordinated with it (وكيل وزير الإسكان والإعمار).
            j, genitive = _continue_org(tokens, _coordinated_genitives(tokens, chain)), True
            continue
        break
    return j


def _body_of(tokens: tuple[Token, ...], j: int) -> int:
    """End of "بمكتب وزير التراث"، "بوزارة الصحة" at j (ب glued to a body's head,
    then an office or a definite genitive), or j."""
    nxt = _word(tokens, j + 1)
    if nxt is None or _is_boundary(nxt):
        return j
    if nxt.folded in TITLE_NOUNS:
        return title_phrase(tokens, j + 1)
    if is_definite(nxt.folded):
        return _continue_org(tokens, _coordinated_genitives(tokens, j + 2))
    return j


def quoted_name_end(tokens: tuple[Token, ...], j: int) -> int:
    """End (after the closing mark) of a short quoted name right after a title."""
    if j >= len(tokens) or tokens[j].text not in QUOTES_OPEN:
        return j
    for k in range(j + 1, min(len(tokens), j + 6)):
        if tokens[k].text in QUOTES_CLOSE:
            return k + 1 if k > j + 1 else j
        if tokens[k].kind != "word":
            return j
    return j


def _construct_chain(tokens: tuple[Token, ...], j: int) -> int:
    """End of two or three indefinite nouns closed by a definite one (رئيس مجلس
    الوزراء), or j."""
    for length in (2, 3):
        words = [_word(tokens, k) for k in range(j, j + length + 1)]
        if any(w is None or _is_boundary(w) or w.folded in NAME_PARTICLES for w in words):
            return j
        *heads, last = words
        if any(is_definite(w.folded) for w in heads):
            return j
        if is_definite(last.folded) and (length == 3 or not is_nisba(last.folded)):
            # (رئيس فريق بلدية محافظة الأحمدي: three constructs end on a name)
            return _coordinated_pair(tokens, j + length + 1)
    return j


def _coordinated_genitives(tokens: tuple[Token, ...], j: int) -> int:
    """Past definite nouns joined by و that are not adjectives, each with its own
    adjectives (… والتجارة والتموين، … العالي والبحث العلمي)."""
    while (
        (conj := _word(tokens, j)) is not None
        and conj.folded.startswith("وال")
        and not is_nisba(conj.folded[1:])
        and not _second_office(conj.folded[1:])
    ):
        j += 1
        while (adj := _word(tokens, j)) is not None and is_nisba(adj.folded):
            j += 1
    return j


def _second_office(folded: str) -> bool:
    """… للانتخابات والناطق الرسمي باسم الهيئة: a title after و opens a second office,
    not a genitive — but people named by a group noun are one (وزير الصحة والسكان)."""
    return (folded in TITLE_NOUNS or folded in SPOKES_NOUNS) and folded[2:] not in _GROUP_SOURCES


def _coordinated_pair(tokens: tuple[Token, ...], end: int) -> int:
    """Past "وحماية البيئة" / "واستصلاح الأراضي": a construct pair coordinated with
    the one before (هيئة الأرصاد وحماية البيئة), else end."""
    conj, genitive = _word(tokens, end), _word(tokens, end + 1)
    if (
        conj is not None
        and genitive is not None
        and conj.folded[:1] == "و"
        and len(conj.folded) > 5
        and not is_definite(conj.folded[1:])
        and is_definite(genitive.folded)
        and not _is_boundary(conj)
        and not _is_boundary(genitive)
    ):
        return end + 2
    return end


def _participle_attachment(tokens: tuple[Token, ...], j: int) -> int:
    """End of a participle with its prepositional object inside a role ("المكلفة
    بملف الطاقة"، "المسؤول عن الملف الأمني"), or j when there is none."""
    tok = _word(tokens, j)
    nxt = _word(tokens, j + 1)
    if tok is None or nxt is None or not tok.folded.startswith("الم") or len(tok.folded) < 5:
        return j
    if _is_boundary(tok):
        return j
    obj = nxt.folded
    if obj in _PARTICIPLE_PREPOSITIONS:
        k = j + 2
        target = _word(tokens, k)
        if target is None or _is_boundary(target) or not is_definite(target.folded):
            return j
        return _continue_org(tokens, k + 1)
    if not (obj.startswith("ب") and len(obj) > 3) or _is_boundary(nxt):
        return j
    k = j + 2
    genitive = _word(tokens, k)
    if not obj.startswith("بال") and genitive is not None and is_definite(genitive.folded):
        if _is_boundary(genitive):
            return j
        k += 1  # بملف الطاقة: an indefinite construct pair after the ب
    return _continue_org(tokens, k)


def _described_body(tokens: tuple[Token, ...], i: int) -> int:
    """End of "definite noun + nisba or attachment …" directly followed by إن/أن (or
    a comma and إن/أن), else i."""
    tok = _word(tokens, i)
    if tok is None or not is_definite(tok.folded) or _is_boundary(tok):
        return i
    end = _continue_org(tokens, i + 1)
    if end == i + 1:
        return i
    k = end + (end < len(tokens) and tokens[end].text in "،,")
    return end if k < len(tokens) and tokens[k].folded in COMPLEMENTISERS else i


def _surname_then_stop(tokens: tuple[Token, ...], j: int) -> bool:
    tok = _word(tokens, j)
    return (
        tok is not None
        and is_definite(tok.folded)
        and j + 1 < len(tokens)
        and tokens[j + 1].kind == "punct"
    )


def _ends_name(tokens: tuple[Token, ...], j: int) -> bool:
    """After علي inside a name (written with ya): an al-surname that closes the name,
    or the name's end itself (punctuation, إن/أن, قد); the preposition على never
    stands there."""
    tok = tokens[j] if j < len(tokens) else None
    if tok is None or tok.kind == "punct" or tok.folded in COMPLEMENTISERS or tok.folded == _QAD:
        return True
    if _is_boundary(tok) or tok.folded in ORG_DEFINITE:
        return False
    # (خالد علي عثمان، مدير …: a plain surname too, when a comma closes it)
    if not is_definite(tok.folded):
        return j + 1 < len(tokens) and tokens[j + 1].text in "،,"
    return j + 1 < len(tokens) and (
        tokens[j + 1].kind == "punct"
        or tokens[j + 1].folded in COMPLEMENTISERS
        or tokens[j + 1].folded in TITLE_NOUNS
    )


def _closes_name(tokens: tuple[Token, ...], j: int) -> bool:
    """A comma (not the sentence's end) or إن/أن at j: الدكتور جاد القاضي، رئيس …
    — a title word as a surname only there (القاضي، الوزير are family names too)."""
    return j < len(tokens) and (
        tokens[j].text in "،," or (tokens[j].kind == "word" and tokens[j].folded in COMPLEMENTISERS)
    )


def _third_name(tokens: tuple[Token, ...], j: int) -> bool:
    """An al-word at j after two plain names is their surname when the phrase goes
    on right after it (a comma, إن/أن, a title, في/خلال); else it is the verb's
    object (أكد سامي نور الحرص على …) — and before the sentence's end, the shape is
    more often a noun chain (وفقا لقانون مكافحة الفساد.) than a name."""
    f = tokens[j].folded
    if f in ORG_DEFINITE or f in TITLE_NOUNS or f in HONORIFICS or _is_boundary(tokens[j]):
        return False
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    return (after.kind == "punct" and after.text not in QUOTES_OPEN and not after.sentence_end) or (
        after.kind == "word"
        and (
            after.folded in COMPLEMENTISERS
            or after.folded in TITLE_NOUNS
            or after.folded in SPOKES_NOUNS
            or after.folded in _OCCASION_OPENERS
            or after.folded in DATE_WORDS  # محمد شياع السوداني الثلاثاء: the day he spoke
        )
    )


def _lone_surname(tokens: tuple[Token, ...], j: int) -> int:
    """End of a single al-surname at j that إن/أن or a comma then إن/أن follows,
    else 0 (الوزير القرار بشدة stays a title and its object)."""
    tok = _word(tokens, j)
    if (
        tok is None
        or not is_definite(tok.folded)
        or is_nisba(tok.folded)
        or _is_boundary(tok)
        or tok.folded in ORG_DEFINITE
        or tok.folded in TITLE_NOUNS
        or tok.folded in ORG_ADJECTIVES
    ):
        return 0
    k = j + 1
    if k < len(tokens) and tokens[k].text in "،,":
        k += 1
    return j + 1 if k < len(tokens) and tokens[k].folded in COMPLEMENTISERS else 0


def _comma_name(
    tokens: tuple[Token, ...], j: int, shortest: int = 2, longest: int = 4
) -> tuple[int, int] | None:
    """ "، مايك بوش،" at j: the span of a name of shortest…longest words between
    commas (honorifics before it skipped; أمير علي الحسون، with its al-surname)."""
    if j >= len(tokens) or tokens[j].text not in "،,":
        return None
    first = _after_honorifics(tokens, j + 1)
    k = _name(tokens, first)
    if (
        k == first
        and (opener := _word(tokens, first)) is not None
        and is_definite(opener.folded)
        and not _is_boundary(opener)
        and opener.folded not in ORG_DEFINITE
        and opener.folded not in TITLE_NOUNS
        and (rest := _name(tokens, first + 1)) > first + 1
    ):
        k = rest  # "، الداه ولد عبد الجليل،": a first name with the article
    if k > first and _surname_then_stop(tokens, k):
        k += 1
    if tokens[first].folded in TITLE_NOUNS and tokens[first].folded not in HONORIFICS:
        return None  # "، وزير المالية،": a second office, not a name
    if shortest <= k - first <= longest and k < len(tokens) and tokens[k].text in "،,":
        return first, k
    return None


def _second_office_apart(tokens: tuple[Token, ...], j: int) -> int:
    """End of "، وزير المالية،" at j (a second office between commas after a role
    with no name), or -1."""
    if j + 1 >= len(tokens) or tokens[j].text not in "،,":
        return -1
    title = tokens[j + 1]
    if title.kind != "word" or title.folded not in TITLE_NOUNS or title.folded in HONORIFICS:
        return -1
    end = title_phrase(tokens, j + 1)
    if end <= j + 2 or end >= len(tokens) or tokens[end].text not in "،,":
        return -1
    return end


#: Words after في that make an occasion or an aside, not the place of a body.
_NOT_PLACES = word_set("المقابل السياق الوقت الإطار الأثناء الصدد حينه ذلك")


#: A body's place after في is at most this many words (في الجيش العربي الساحلي).
_MAX_PLACE = 4


def _body_place(tokens: tuple[Token, ...], j: int) -> int:
    """After a body's name at j, "في غزة"، "في الجيش العربي الساحلي" set off by a
    comma or followed by إن/أن is where the body sits (أعلنت وزارة الصحة في غزة،
    الأربعاء، …): the end of the name with it, or j."""
    if j + 2 >= len(tokens) or tokens[j].folded != _IN:
        return j
    m = j + 1
    while m < len(tokens) and m - j <= _MAX_PLACE:
        place = tokens[m]
        f = place.folded
        if (
            place.kind != "word"
            or _is_boundary(place)
            or f in _OCCASION_NOUNS
            or f in _NOT_PLACES
            or (m == j + 1 and f in ORG_DEFINITE and not _word(tokens, m + 1))
            or place.text.endswith(("ه", "ها", "هم"))  # في بيانه، في تقريرها (not ة)
            or _verbal_noun(f)
        ):
            break
        m += 1
    if m == j + 1 or m >= len(tokens):
        return j
    after = tokens[m]
    if after.text in "،," or after.folded in COMPLEMENTISERS:
        return m
    return j


def _suffixed_title(folded: str) -> bool:
    """رئيسها، مديره، نائبهم: a title whose body is a pronoun (the one named before).
    A body's head is none (مؤسسة is no مؤسس + ه)."""
    if folded in ORG_CONSTRUCT or folded in ORG_DEFINITE:
        return False
    for suffix in ("ها", "هم", "ه"):
        if folded.endswith(suffix) and len(folded) > len(suffix) + 2:
            stem = folded[: -len(suffix)]
            if stem in TITLE_NOUNS and not is_definite(stem):
                return True
    return False


def _team_rank(tokens: tuple[Token, ...], k: int) -> bool:
    """الفريق at k as a general's rank: before a first name or أول/الركن; before an
    adjective or a verb it is the team (الفريق الطبي، الفريق فاز)."""
    if tokens[k].folded != _TEAM:
        return False
    nxt = _word(tokens, k + 1)
    return nxt is not None and (
        nxt.folded in _RANK_SECONDS or (not is_definite(nxt.folded) and not _is_boundary(nxt))
    )


def _after_honorifics(tokens: tuple[Token, ...], k: int) -> int:
    """Past honorifics before a name (الدكتور، اللواء الركن، الفريق أول، د.)."""
    while k < len(tokens) and (
        tokens[k].folded in HONORIFICS
        or (
            tokens[k].folded == _OWNER
            and _word(tokens, k + 1)
            and tokens[k + 1].folded in _EMINENCE
        )
        or _team_rank(tokens, k)
    ):
        k += 1 + (tokens[k].folded == _OWNER)  # صاحب السمو: one honorific of two words
        if k < len(tokens) and tokens[k].text == "." and not tokens[k].sentence_end:
            k += 1  # د. : the abbreviation's dot
        while k < len(tokens) and tokens[k].folded in _RANK_SECONDS:
            k += 1
    return k


#: ب before the article or a verbal noun in م (بالتعاون، بمواصلة): a complement.
_BI_NOUN = ("بال", "بم")


def _verbal_noun(folded: str) -> bool:
    """The shapes of verbal nouns that open a verb's object (مواصلة، متابعة، مكافحة;
    استمرار، استكمال), which no first name takes."""
    return (len(folded) == 6 and folded[0] == "م" and folded[2] == "ا" and folded[-1] == "ه") or (
        len(folded) == 7 and folded.startswith("است") and folded[5] == "ا"
    )


def _name(tokens: tuple[Token, ...], i: int) -> int:
    """End of a personal name starting at i (i when there is none)."""
    j = i
    count = 0
    # عبد الله بن سالم الحارثي: in a name with lineage, each particle (بن، آل، عبد)
    # makes room for one more word (محمد بن سلمان بن علي آل فاروق).
    longest = _MAX_NAME
    if any(t.folded in _LINEAGE for t in tokens[i + 1 : i + 4]):
        longest += sum(t.folded in _LINE_PARTICLES for t in tokens[i + 1 : i + 7])
    while j < len(tokens) and count < longest:
        if count > 0 and _glued_hyphen(tokens, j):
            j += 1  # ماري-أجنيس ستراك-زيمرمان: one name word on each side
            continue
        tok = _word(tokens, j)
        # علي (a name) folds like على (a preposition); a name may open with it, and
        # it stays inside one when an al-surname and punctuation follow (أمير علي
        # الحسون،).
        if tok is None or (
            _is_boundary(tok)
            and not (count == 0 and tok.text == _ALI)
            and not (
                count > 0
                and tok.text == _ALI
                and (tokens[j - 1].folded in _LINEAGE or _ends_name(tokens, j + 1))
            )
        ):
            break
        if tok.folded == _LAM:
            break  # لـ"الشرق": a lone ل (with tatweel) before the outlet spoken to
        f = tok.folded
        if count == 0 and f.startswith(_BI_NOUN):
            break  # تعهد الرئيس بمواصلة …، بالإصلاح: a ب-complement, never a first name
        if count == 0 and _verbal_noun(f):
            break  # أكد المتحدث مواصلة العمل، استمرار الدعم: the object, never a name
        if count == 0 and len(f) > 3 and tok.text.endswith("ه") and _links_on(tokens, j + 1):
            break  # أعلن عزمه على أن …: his resolve, the object (محمد عبده إن … stays)
        if count == 0 and len(f) > 4 and tok.text.endswith(_POSSESSED):
            break  # وأكدت وقوفها الكامل …: a noun with the subject's pronoun, the object
        if count >= 2 and f in TITLE_NOUNS and not is_definite(f):
            break  # سامي نور وزير المالية: the role follows the name
        if count >= 2 and f[:1] == "و" and not is_definite(f):
            break  # سامي نور وحضور …: a coordinated noun after a complete name
        after_particle = count > 0 and (
            tokens[j - 1].folded in NAME_PARTICLES or f in NAME_COMPOUND_SECONDS
        )
        if (
            is_definite(f)
            and count == 2
            and tokens[j - 2].folded in NAME_PARTICLES
            and (tokens[j - 1].folded in NAME_COMPOUND_SECONDS or tokens[j - 2].folded == _ABD)
        ):
            # عبد الله الحسن، عبد اللطيف الجواهري: a compound first name, then the
            # al-surname.
            j += 1
            break
        if is_definite(f) and count >= 2 and tokens[j - 1].text == _ALI:
            j += 1  # حسن علي الجبوري: علي as a middle name, then the al-surname
            break
        if is_definite(f) and not after_particle:
            if count == 0 and _al_first_name(tokens, j):
                j += 2  # رئيس الجمعية الحسين أوعلي أن …: a first name with the article
                count += 2
                break
            # خالد بن عبد الله الحارثي: after a lineage particle anywhere in the name,
            # al-words are family names.
            lineage = count >= 2 and any(t.folded in _LINEAGE for t in tokens[i:j])
            if count == 2 and not lineage and _third_name(tokens, j):
                j += 1  # محمد هادي الحويلة، إن …: a first, a second and an al-surname
                break
            if (
                ((count == 0 or count >= 2) and not lineage)
                or f in ORG_DEFINITE
                or (f in TITLE_NOUNS and not (count == 1 and _closes_name(tokens, j + 1)))
            ):
                break  # دعا حمداني الوزارة …: an object, not an al-surname
            j += 1  # first name + al-surname ends the name
            count += 1
            if (
                count == 2
                and (last := _word(tokens, j)) is not None
                and not _is_boundary(last)
                and last.folded not in TITLE_NOUNS
                and last.folded not in ORG_DEFINITE
                and last.folded not in HONORIFICS
                # (a و-word only right before إن/أن or a comma: ياسين المهدي وليد أنها)
                and (last.folded[:1] != "و" or _comp_or_comma(tokens, j + 1))
                and not last.folded.startswith(("لل", "بال"))  # منح الأولوية للعائلات.
                and _closes(tokens, j + 1)
            ):
                # محمد المعز بلحسين، محمد التليلي المنصري، …: a Maghrebi family name
                j, count = j + 1, count + 1
            while lineage and count < longest and (nxt := _word(tokens, j)) is not None:
                if not is_definite(nxt.folded) or _is_boundary(nxt) or nxt.folded in ORG_DEFINITE:
                    break
                j, count = j + 1, count + 1  # تركي بن محمد العبدالله الفيصل: family names
            break
        j += 1
        count += 1
    if j > i and i > 0 and tokens[i - 1].folded in HONORIFICS:
        j = _family_names(tokens, j)
    if (
        count > 2
        and j < len(tokens)
        and tokens[j].kind == "word"
        and (not _is_boundary(tokens[j]) or tokens[j].folded == _WHAT)
        and tokens[j].folded not in TITLE_NOUNS
        and tokens[j].folded[:1] != "و"
    ):
        # (رفض فريدريش ميرتس فكرة إزالة ما يعرف …: "what" goes on with the object)
        # the name ran into the reported content: keep the usual two words (three
        # when the second is a particle: رائد أبو السعود)
        j = i + 2 + (tokens[i + 1].folded in NAME_PARTICLES)
    return j


def _comp_or_comma(tokens: tuple[Token, ...], j: int) -> bool:
    return j < len(tokens) and (tokens[j].text in "،," or tokens[j].folded in COMPLEMENTISERS)


def _links_on(tokens: tuple[Token, ...], j: int) -> bool:
    """A preposition that links a possessed noun to its complement (عزمه على، قلقه من)."""
    return j < len(tokens) and tokens[j].folded in _OBJECT_LINKS


def _glued_hyphen(tokens: tuple[Token, ...], j: int) -> bool:
    """A hyphen at j written between two words with no space (ستراك-زيمرمان)."""
    return (
        tokens[j].text == "-"
        and 0 < j < len(tokens) - 1
        and tokens[j - 1].kind == "word"
        and tokens[j + 1].kind == "word"
        and tokens[j - 1].end == tokens[j].start
        and tokens[j + 1].start == tokens[j].end
    )


def _family_names(tokens: tuple[Token, ...], j: int) -> int:
    """After a name with an honorific (الشيخ جابر المبارك …): one or two more al-
    words of the family's line, when a title or a comma follows them (… الحمد
    الصباح رئيس مجلس الوزراء)."""
    k = j
    while k < j + 2 and (tok := _word(tokens, k)) is not None:
        f = tok.folded
        if (
            not is_definite(f)
            or _is_boundary(tok)
            or f in ORG_DEFINITE
            or f in TITLE_NOUNS
            or f in HONORIFICS
            or is_nisba(f)
        ):
            break
        k += 1
    if k == j or k >= len(tokens):
        return j
    after = tokens[k]
    closes = after.text in "،," or (after.kind == "word" and after.folded in TITLE_NOUNS)
    return k if closes else j


def _al_first_name(tokens: tuple[Token, ...], j: int) -> bool:
    """A first name written with the article (الحسين، الطاهر) then a plain surname,
    followed by إن/أن: only then is a definite word after a role a name, not the
    verb's object (انتقد الوزير القرار بشدة)."""
    f = tokens[j].folded
    if f in ORG_DEFINITE or f in TITLE_NOUNS or is_nisba(f):
        return False
    second = _word(tokens, j + 1)
    if second is None or is_definite(second.folded) or _is_boundary(second):
        return False
    after = _word(tokens, j + 2)
    return after is not None and after.folded in COMPLEMENTISERS


def _gender(head: str) -> str:
    if head in FEMININE_PLURAL_ORGS or head.endswith(("ه", "ات")):
        return "f"
    return "m"


def _role_location(tokens: tuple[Token, ...], j: int) -> tuple[int, int] | None:
    """ "… في <place> <First Last>،": (end of role, start of name) or None."""
    if not (_word(tokens, j) and tokens[j].folded == _IN):
        return None
    if j + 1 < len(tokens) and tokens[j + 1].folded in ORG_CONSTRUCT:
        return None  # مسؤول في شركة طاقة أوروبية: a body, not a place and a name
    k = j + 1
    while k < len(tokens) and tokens[k].kind == "word" and not _is_boundary(tokens[k]):
        if tokens[k].folded in _OCCASION_NOUNS:
            return None
        k += 1
    words = k - (j + 1)
    # The two words taken as the name must not be definite (في العاصمة الفرنسية).
    if any(is_definite(tokens[x].folded) for x in range(max(j + 1, k - 2), k)):
        return None
    if (
        words < 3
        or k >= len(tokens)
        or (
            tokens[k].kind == "word"
            and tokens[k].folded not in COMPLEMENTISERS
            # … في سوريا سيلين شميت في تصريح لـ سانا: the occasion after the name
            and not (tokens[k].folded in _OCCASION_OPENERS and _occasion_noun_at(tokens, k + 1))
        )
    ):
        return None
    return k - 2, k  # role ends two words before the boundary; the name is those two


def _occasion_noun_at(tokens: tuple[Token, ...], j: int) -> bool:
    return j < len(tokens) and tokens[j].folded in _OCCASION_NOUNS


_MAX_OFFICE = 8


def _unknown_office(tokens: tuple[Token, ...], j: int) -> tuple[int, int] | None:
    """ "، والي بنك المغرب، إن": an office whose title the lexicon lacks, set off by
    commas right before إن/أن: (start, end) of the words between the commas."""
    k = j + 1
    while k < len(tokens) and k <= j + _MAX_OFFICE and tokens[k].kind == "word":
        if tokens[k].folded in COMPLEMENTISERS or (
            k == j + 1 and (_is_boundary(tokens[k]) or tokens[k].folded[:1] == "ب")
        ):
            return None  # (، بلهجة حادة، إن: a manner, not an office)
        k += 1
    if k == j + 1 or k >= len(tokens) or tokens[k].text not in "،,":
        return None
    after = k + 1
    while after < len(tokens) and tokens[after].folded in DATE_WORDS:
        after += 1
    if after < len(tokens) and tokens[after].folded in COMPLEMENTISERS:
        return j + 1, k
    return None


def _honorific_after_place(tokens: tuple[Token, ...], j: int) -> int:
    """ "في جدة النقيب …" at j: the index of the honorific after a place of one or two
    words, else j."""
    if not (_word(tokens, j) and tokens[j].folded == _IN):
        return j
    for k in (j + 2, j + 3):
        if (
            k < len(tokens)
            and tokens[k].folded in HONORIFICS
            and not any(_is_boundary(tokens[x]) for x in range(j + 1, k))
        ):
            return k
    return j


_ROLE_TAIL = 6


def _to_complementiser(tokens: tuple[Token, ...], j: int) -> int:
    """A role's tail of words and numbers right before إن/أن or a colon ("مدرب
    المنتخب لأقل من 20 سنة بأن"، "… والاستجابة لها في البرنامج: «…»"): the index
    of that complementiser, else j."""
    for k in range(j, min(len(tokens), j + _ROLE_TAIL)):
        tok = tokens[k]
        if (tok.kind == "word" and tok.folded in COMPLEMENTISERS) or tok.text == ":":
            return k if k > j else j
        if tok.kind == "punct" or tok.folded in VERBS or tok.folded in DATE_WORDS:
            return j
    return j


_ROLE_PLACE = 3


def _to_closing_comma(tokens: tuple[Token, ...], j: int) -> int:
    """The comma that closes a role a few words after j when إن/أن follows it (the
    place or branch of an office: "… وزارة التربية برام الله، أن"), else j."""
    k = j
    while k < len(tokens) and k < j + _ROLE_PLACE and tokens[k].kind == "word":
        if _is_boundary(tokens[k]):
            return j
        k += 1
    closed = k + 1 < len(tokens) and tokens[k].text in "،,"
    return k if closed and tokens[k + 1].folded in COMPLEMENTISERS else j


def _apposition(tokens: tuple[Token, ...], j: int) -> tuple[int, int] | None:
    """ "، المتحدث باسم …،" after a name: (role start, role end)."""
    if j + 1 >= len(tokens) or tokens[j].text not in "،,":
        return None
    tok = _word(tokens, j + 1)
    if tok is None:
        return None
    if not (tok.folded in TITLE_NOUNS or tok.folded in SPOKES_NOUNS):
        return _unknown_office(tokens, j)
    end = title_phrase(tokens, j + 1)
    # The apposition runs to the next comma when one closes it soon.
    k = end
    while (
        k < len(tokens)
        and k < end + 6
        and tokens[k].kind == "word"
        and tokens[k].folded not in COMPLEMENTISERS
    ):
        k += 1
    if k < len(tokens) and tokens[k].text in "،,":
        end = k
    return j + 1, end


def _org_of_role(tokens: tuple[Token, ...], a: int, b: int, source: str) -> str:
    """The organisation a role belongs to, as written: after باسم, a لـ/لل attachment,
    or a construct organisation phrase inside it."""
    for k in range(a, b):
        f = tokens[k].folded
        if f in IN_THE_NAME_OF and k + 1 < b:
            inner = tokens[k + 1].folded
            if inner in TITLE_NOUNS:
                return _org_of_role(tokens, k + 1, b, source) or _text(tokens, k + 1, b, source)
            return _text(tokens, k + 1, b, source)
    for k in range(a + 1, b):
        f = tokens[k].folded
        if f == _LAM and k + 1 < b:
            return _text(tokens, k + 1, b, source)
        if f.startswith("لل") and len(f) > 4:
            return "ال" + _text(tokens, k, b, source)[2:]
        if (
            f.startswith(_LAM)
            and len(f) > 3
            and k + 1 < b
            and is_definite(tokens[k + 1].folded)
            and not f.startswith(AUDIENCE_STEMS)
            and all(is_nisba(t.folded) or t.folded in ORG_ADJECTIVES for t in tokens[a + 1 : k])
        ):
            # المديرة التنفيذية لبرنامج الأمم …: the body the title heads.
            return _text(tokens, k, b, source)[1:]
        if f in ORG_CONSTRUCT:
            end = _org_phrase(tokens, k)
            if end > k:
                return _text(tokens, k, min(end, b), source)
    return ""


#: An unknown subject is at most this many words (الناخب الوطني وليد الركراكي).
_MAX_UNKNOWN = 7
#: Its complementiser is looked for at most this many tokens after it (an occasion).
_UNKNOWN_REACH = 12
#: Audience and occasion openers after a subject: "لـ"، "للصحفيين"، "في ندوة".
_AFTER_SUBJECT = _OCCASION_OPENERS | word_set("أثناء عقب إثر على")
_FROM_THAT = fold("من")


def _clause_complement(tokens: tuple[Token, ...], j: int, about: bool = False) -> bool:
    """Whether the clause goes on from token j to its إن/أن/colon/quotation (or عن,
    for a verb that reports with it) through an occasion, an audience or a date alone
    (في ندوة صحفية عقدها أمس، لوكالة …)."""
    if j >= len(tokens):
        return False
    first = tokens[j]
    if about and first.folded in DATE_WORDS:
        while j < len(tokens) and tokens[j].folded in DATE_WORDS:
            j += 1  # أفاد الهلال الأحمر الخميس عن …
        if j < len(tokens) and tokens[j].folded == _ABOUT:
            return True
    if about and first.folded == _ABOUT:
        return True
    if (
        first.folded == _FROM_THAT
        and j + 1 < len(tokens)
        and tokens[j + 1].folded in COMPLEMENTISERS
    ):
        return True  # وحذرت الأمم المتحدة من أن …: a warning's complement
    if first.kind == "word" and not (
        first.folded in COMPLEMENTISERS
        or first.folded in _AFTER_SUBJECT
        or first.folded in DATE_WORDS
        or first.folded == _LAM
        or first.folded.startswith(AUDIENCE_STEMS)
    ):
        return False
    for x in range(j, min(len(tokens), j + _UNKNOWN_REACH)):
        tok = tokens[x]
        if tok.sentence_end:
            return False
        if tok.text == ":" or tok.text in QUOTES_OPEN or tok.folded in COMPLEMENTISERS:
            return True
        if about and tok.folded == _ABOUT and tokens[x - 1].text in "،,":
            return True  # أعرب الفنان …، رئيس المهرجان، عن سعادته: after an apposition
        if tok.kind == "word" and x > j and (tok.folded in VERBS or tok.folded in PARTICIPLES):
            return False  # another report begins before any complement
    return False


def unknown_subject(
    tokens: tuple[Token, ...], i: int, source: str, about: bool = False
) -> SpeakerPhrase | None:
    """A subject made of words the grammar has no title or body for, between a verb
    and its complement (وقال الناخب الوطني وليد الركراكي في ندوة صحفية إن …).

    The phrase runs to the first boundary (punctuation, a preposition, a date, إن/أن)
    and counts only when the complement follows it. A name is what follows the
    definite words of the role (الناخب الوطني | وليد الركراكي), or, after a role of
    indefinite constructs only, its last two words (three with a particle); a phrase
    of definite words alone is an unnamed role. Two indefinite words or fewer are too
    often the verb's object to be read as a name here."""
    named = _name_then_title(tokens, i, source, about)
    if named is not None:
        return named
    j = i
    while j < len(tokens) and j - i < _MAX_UNKNOWN:
        tok = tokens[j]
        if _is_boundary(tok) or tok.folded == _LAM:
            break
        j += 1
    if j == i or not _clause_complement(tokens, j, about):
        return None
    words = [t.folded for t in tokens[i:j]]
    first = words[0]
    if (
        (first[:1] in "بلك" and first[1:3] == "ال")  # بالإضافة، للمواطنين: a complement
        or _verbal_noun(first)
        or first in ORG_DEFINITE
        or first in ORG_CONSTRUCT
        or any(w in TITLE_NOUNS or w in SPOKES_NOUNS for w in words)  # the grammar's own
    ):
        return None
    definite = [is_definite(w) for w in words]
    gender = "f" if first.endswith("ه") else "m"
    # الفيلق السابع للرد السريع: a لل-attachment says what a body is for, it names no one
    definite = [d or w.startswith("لل") for d, w in zip(definite, words, strict=True)]
    if all(definite):
        return SpeakerPhrase(i, j, "person", "", _text(tokens, i, j, source), "", "", gender)
    split = next((x for x in range(1, len(words)) if definite[x - 1] and not definite[x]), 0)
    if not split:
        if len(words) < 3 or definite[0]:
            return None
        split = len(words) - 2 - (words[-3] in NAME_PARTICLES or words[-2] in NAME_PARTICLES)
        if split < 1:
            return None
    if len(words) - split > _MAX_NAME:
        return None
    role_end = i + split
    role = _text(tokens, i, role_end, source)
    org = _org_of_role(tokens, i, role_end, source)
    appo = _apposition(tokens, j)
    if appo is not None and appo[1] < len(tokens) and tokens[appo[1]].text in "،,":
        # أعرب الفنان سامي نور، رئيس المهرجان، عن …: the office in apposition
        role, org = _text(tokens, *appo, source), _org_of_role(tokens, *appo, source)
        j = appo[1]
    return SpeakerPhrase(
        i, j, "person", _text(tokens, role_end, i + len(words), source), role, org, "", gender
    )


def _name_then_title(
    tokens: tuple[Token, ...], i: int, source: str, about: bool
) -> SpeakerPhrase | None:
    """Two or three undefined words, then a definite title (وقال مارتاين راتس المحلل
    في «مورغان ستانلي»: …): a name the grammar does not know, then the office."""
    t = i
    while (
        t < len(tokens)
        and t - i < 3
        and (tok := _word(tokens, t)) is not None
        and not is_definite(tok.folded)
        and tok.folded not in NAME_STOPS
        and tok.folded not in TITLE_NOUNS
        and tok.folded not in COMPLEMENTISERS
    ):
        t += 1
    if t - i < 2 or t >= len(tokens) or tokens[t].folded not in TITLE_NOUNS:
        return None
    if not is_definite(tokens[t].folded):
        return None
    end = title_phrase(tokens, t)
    if end <= t or not _clause_complement(tokens, end, about):
        return None
    return SpeakerPhrase(
        i,
        end,
        "person",
        _text(tokens, i, t, source),
        _text(tokens, t, end, source),
        _org_of_role(tokens, t, end, source),
        "",
        "",
    )


def unknown_source(tokens: tuple[Token, ...], i: int, source: str) -> SpeakerPhrase | None:
    """A body the grammar has no head noun for after بحسب/وفقا لـ, when the phrase
    can only be a source: followed by "، فإن" (وبحسب الوحدة التنفيذية للنازحين، فإن
    …), or closing the sentence with the adjective of a body (…، وفقا للأمم المتحدة.).
    "حسب الدورات الزراعية" names no one."""
    j = i
    while j < len(tokens) and j - i < _MAX_UNKNOWN:
        tok = tokens[j]
        if _is_boundary(tok) or tok.folded == _LAM or tok.folded in COMPLEMENTISERS:
            break
        j += 1
    if j - i < 2 or j >= len(tokens) or not is_definite(tokens[i].folded):
        return None
    then_fa_inna = (
        tokens[j].text in "،," and j + 1 < len(tokens) and tokens[j + 1].folded == _FA_INNA
    ) or tokens[j].folded == _FA_INNA
    closing = tokens[j].sentence_end and tokens[j - 1].folded in ORG_ADJECTIVES
    if not (then_fa_inna or closing):
        return None
    first = tokens[i].folded
    return SpeakerPhrase(
        i, j, "organization", _text(tokens, i, j, source), "", "", org_head(first), _gender(first)
    )


#: Words a subject may still hold between where the grammar ended it and its إن/أن.
_MAX_LEFTOVER = 2
#: … or a coordinated portfolio of a body of at most this many words.
_MAX_COORDINATED = 4
#: How far past a subject its إن/أن/colon is looked for when completing it.
_COMPLETE_REACH = 16
#: Prepositions inside a role (مندوب روسيا في مجلس الأمن، لدى الأمم المتحدة).
_ROLE_PREPOSITIONS = word_set("في لدى")
#: Particles a name may open with (عبد الله، أبو بكر), unlike بن or آل.
_NAME_OPENERS = word_set("عبد أبو")
#: A name found before the complement is at most this many words, particles aside.
_MAX_TAIL_NAME = 3


def _complement_at(tokens: tuple[Token, ...], j: int, about: bool = False) -> int:
    """Index of the إن/أن/colon (or the quotation after a comma, or عن for a verb that
    reports with it) that closes the subject starting before j, or -1 when the clause
    reaches other punctuation or another verb first. A short abbreviation in
    brackets is passed over (قوات سوريا الديمقراطية (قسد)، عن …)."""
    x = j
    while x < min(len(tokens), j + _COMPLETE_REACH):
        tok = tokens[x]
        if tok.text == "(" and (close := _bracket_close(tokens, x)) > 0:
            x = close + 1
            continue
        if tok.text == ":" or tok.folded in COMPLEMENTISERS or (about and tok.folded == _ABOUT):
            return x
        if tok.text in QUOTES_OPEN and x > j and tokens[x - 1].text in "،,":
            return x  # وأكد المتحدث باسم الوزارة، السفير رائد كمال، «…»
        if (
            tok.sentence_end
            or tok.text in QUOTES_OPEN
            or (tok.kind == "punct" and tok.text not in "،,")
        ):
            return -1
        if tok.kind == "word" and (tok.folded in VERBS or tok.folded in PARTICIPLES):
            return -1
        x += 1
    return -1


def _bracket_open(tokens: tuple[Token, ...], j: int) -> int:
    """The "(" opening the bracket of one to three words that closes at j, or -1."""
    for k in range(j - 1, max(-1, j - 5), -1):
        if tokens[k].text == "(":
            return k if k < j - 1 else -1
        if tokens[k].kind != "word":
            return -1
    return -1


def _bracket_close(tokens: tuple[Token, ...], j: int) -> int:
    """The ")" closing a bracket of one to three words opened at j (an abbreviation),
    or -1."""
    for k in range(j + 1, min(len(tokens), j + 5)):
        if tokens[k].text == ")":
            return k if k > j + 1 else -1
        if tokens[k].kind != "word":
            return -1
    return -1


def _name_word(tok: Token) -> bool:
    f = tok.folded
    return not (
        _is_boundary(tok)
        or f == _LAM
        or f in TITLE_NOUNS
        or f in SPOKES_NOUNS
        or f in HONORIFICS
        or f in ORG_CONSTRUCT
        or f in ORG_DEFINITE
        or f in _OCCASION_NOUNS
        or is_nisba(f)
        or _verbal_noun(f)
        or (f[:1] in "بل" and f[1:3] == "ال")
    )


def _tail_name(tokens: tuple[Token, ...], lo: int, e: int) -> int:
    """Start of a personal name that ends at e and begins after lo (محمد بن عبد
    الرحمن آل ثاني، فاسيلي نيبينزيا، أحمد الكعبي), or -1: plain words, an al-word
    only as the surname or after a particle."""
    j = e
    plain = 0
    while j - 1 > lo and (tok := _word(tokens, j - 1)) is not None:
        f = tok.folded
        if f in NAME_PARTICLES:
            j -= 1
            continue
        if not _name_word(tok) and not (j == e and is_nisba(f)):
            break  # (a surname may look like a nisba: سنان المجالي)
        after_particle = j - 2 >= 0 and tokens[j - 2].folded in NAME_PARTICLES
        if is_definite(f) and j != e and not after_particle:
            break
        if plain == _MAX_TAIL_NAME:
            break
        plain += 1
        j -= 1
    while j < e and tokens[j].folded in NAME_PARTICLES and tokens[j].folded not in _NAME_OPENERS:
        j += 1  # a name opens with its first name, not with بن/آل
    if plain == _MAX_TAIL_NAME and tokens[j - 1].folded in TITLE_NOUNS:
        j += 1  # مندوب روسيا فاسيلي نيبينزيا: the title's genitive, then the name
    if plain < 2 or j >= e or is_definite(tokens[j].folded):
        return -1
    return j


def extend_to_complement(
    tokens: tuple[Token, ...], phrase: SpeakerPhrase, source: str, about: bool = False
) -> SpeakerPhrase:
    """A subject the grammar ended early, completed up to its إن/أن/colon: an object
    never runs straight into the complement, so the words in between are the
    subject's.

    * one or two more words of a name or body (قوات الدعم | السريع أنها …، منظمة
      أطباء | بلا حدود إن …);
    * a role that goes on to a personal name just before the complement: the words
      in between are the role's (مندوب روسيا | في مجلس الأمن فاسيلي نيبينزيا إن …،
      رئيس الوزراء | وزير الخارجية الشيخ محمد بن عبد الرحمن آل ثاني، إن …، المتحدث
      باسم الوزارة، السفير أحمد أبوزيد: …)."""
    if phrase.anaphor or phrase.kind not in ("person", "organization"):
        return phrase
    c = _complement_at(tokens, phrase.end, about)
    if c < 0:
        return phrase
    e = c
    while e - 1 > phrase.end and (
        tokens[e - 1].text in "،,"
        or tokens[e - 1].folded in DATE_WORDS
        or (tokens[e - 1].text == ")" and _bracket_open(tokens, e - 1) > phrase.end)
    ):
        # "…آل ثاني، اليوم السبت، أن": the date after the name; "(قسد)،": its
        # abbreviation
        e = _bracket_open(tokens, e - 1) if tokens[e - 1].text == ")" else e - 1
    if e <= phrase.end:
        return phrase
    if phrase.kind == "person" and phrase.role:
        return _role_then_name(tokens, phrase, e, c, source)
    longest = _MAX_LEFTOVER
    if phrase.kind == "organization" and (
        _coordinated_pair(tokens, phrase.end) > phrase.end or tokens[phrase.end].folded[:1] == _LAM
    ):
        # وزارة التهذيب الوطني وإصلاح النظام التعليمي، …؛ المركز الساحلي لأبحاث
        # علوم الأرض (…) إن: a second portfolio, or what the body is for
        longest = _MAX_COORDINATED
    if e - phrase.end > longest:
        return phrase
    if not all(
        _word(tokens, x)
        and not _is_boundary(tokens[x])
        and tokens[x].folded != _LAM
        and tokens[x].folded not in TITLE_NOUNS
        and tokens[x].folded not in CUE_WORDS  # وكالة الأنباء نقلا عن …: a relay
        for x in range(phrase.end, e)
    ):
        return phrase
    end = tokens[e - 1].end
    if phrase.kind == "organization":
        return replace(phrase, end=c, name=source[tokens[phrase.start].start : end])
    at = next(
        (
            t.start
            for t in tokens[phrase.start : phrase.end]
            if source.startswith(phrase.name, t.start)
        ),
        None,
    )
    if at is None:
        return phrase
    return replace(phrase, end=c, name=source[at:end])


def _inside_role(tokens: tuple[Token, ...], x: int) -> bool:
    """Whether token x may stand between a role's first words and the name closing
    it: a word of the role, or a comma before a second title (الوزير الأول، وزير
    المالية، سامي نور، …) — never an occasion, a date or a preposition of one."""
    t = tokens[x]
    if t.kind != "word":
        return (
            t.text in "،,"
            and x + 1 < len(tokens)
            and tokens[x + 1].folded in TITLE_NOUNS
            and tokens[x + 1].folded not in HONORIFICS
        )
    return not (
        t.folded in _OCCASION_NOUNS
        or t.folded in DATE_WORDS
        or (t.folded in NAME_STOPS and t.folded not in _ROLE_PREPOSITIONS)
        or t.folded.startswith(AUDIENCE_STEMS)  # مسؤول رفيع لوكالة فرانس برس: spoken to
    )


def _role_then_name(
    tokens: tuple[Token, ...], phrase: SpeakerPhrase, e: int, c: int, source: str
) -> SpeakerPhrase:
    """The role's first words, then a name ending at e; the phrase reaches c, where
    the complement opens."""
    if len(phrase.name.split()) >= 2:
        return phrase  # a name of its own already: what follows is an occasion
    ns = _tail_name(tokens, phrase.start, e)
    if ns < 0 or ns < phrase.end - 1:
        return phrase
    role_end = ns
    while role_end > phrase.start and tokens[role_end - 1].folded in HONORIFICS:
        role_end -= 1
    if (
        role_end - 2 > phrase.start
        and tokens[role_end - 2].text in "،,"
        and tokens[role_end - 1].folded in TITLE_NOUNS
        and is_definite(tokens[role_end - 1].folded)
    ):
        role_end -= 1  # المتحدث باسم الوزارة، السفير أحمد أبوزيد: a rank, not the role
    if role_end > phrase.start and tokens[role_end - 1].text in "،,":
        role_end -= 1
    if role_end <= phrase.start or any(
        not _inside_role(tokens, x) for x in range(phrase.end, role_end)
    ):
        return phrase
    name_start = tokens[ns].start
    return replace(
        phrase,
        end=c,
        name=source[name_start : tokens[e - 1].end],
        role=_text(tokens, phrase.start, role_end, source),
        org=_org_of_role(tokens, phrase.start, role_end, source) or phrase.org,
    )


def parse_speaker(tokens: tuple[Token, ...], i: int, source: str) -> SpeakerPhrase | None:
    """The speaker phrase starting at token i, or None when no subject starts there."""
    tok = _word(tokens, i)
    if tok is None:
        return None
    f = tok.folded
    if f in PRONOUNS:
        return SpeakerPhrase(i, i + 1, "", "", "", "", "", PRONOUNS[f], anaphor=True)
    if f in _SAME and (nxt := _word(tokens, i + 1)) is not None and nxt.folded in SPOKES_NOUNS:
        # وأوضح ذات المتحدث، نفس المتحدث: the one who spoke last.
        inner = parse_speaker(tokens, i + 1, source)
        return replace(inner, start=i) if inner is not None else None
    if f in HONORIFICS and (nxt := _word(tokens, i + 1)) is not None and nxt.folded in TITLE_NOUNS:
        # سمو رئيس مجلس الإدارة …: the honorific opens the phrase, the title the role.
        inner = parse_speaker(tokens, i + 1, source)
        return replace(inner, start=i) if inner is not None else None
    if f in TITLE_NOUNS or f in SPOKES_NOUNS or _suffixed_title(f):
        role_end = title_phrase(tokens, i)
        located = _role_location(tokens, role_end)
        if located:
            role_end = located[0]
        name_start = role_end
        name_start = _after_honorifics(tokens, name_start)
        name_end = located[1] if located else _name(tokens, name_start)
        if f in _GROUP_SOURCES:
            name_start = name_end = role_end  # نشطاء سوريون: a group, never one name
        elif name_end == name_start and (surname := _lone_surname(tokens, name_start)):
            name_end = surname  # أكد السفير الدندح أن …: a title and a surname
        elif name_end == name_start and (appositive := _comma_name(tokens, role_end)):
            name_start, name_end = appositive  # مدير الدائرة في الوزارة، أمير الحسون،
        elif name_end == name_start and (placed := _place_then_comma_name(tokens, role_end)):
            # رئيس حركة "حماس" في قطاع غزة، خليل الحية،: the place of the office first
            role_end, (name_start, name_end) = placed
        elif (
            name_end == name_start
            and (place := _word(tokens, role_end)) is not None
            and place.folded[:1] == "ب"
            and (appositive := _comma_name(tokens, role_end + 1))
        ):
            # محامي الجماعة بمصر، سامي نور،: the office's place, then the name
            role_end = role_end + 1
            name_start, name_end = appositive
        if (
            name_end == name_start
            and f in _SOURCE_TITLES
            and (glued := _word(tokens, role_end)) is not None
            and glued.folded[:1] == "ب"
            and glued.folded[1:] in ORG_DEFINITE
        ):
            # مصدر بالشرطة الهندية، مسؤول بالوزارة: an unnamed source of a body.
            role_end = name_start = name_end = _continue_org(tokens, role_end + 1)
        if name_end == name_start and _word(tokens, role_end) and tokens[role_end].folded == _IN:
            # مسؤول في الشرطة، مصدر في الوزارة: an unnamed official of a body.
            inner = _org_phrase(tokens, role_end + 1)
            if inner == role_end + 1 and (chain := _construct_chain(tokens, inner)) > inner:
                inner = _continue_org(tokens, chain)  # مصدر في أجهزة إنفاذ القانون
            if inner == role_end + 1 and (quoted := quoted_name_end(tokens, inner)) > inner:
                inner = quoted  # مسؤول في «الخطوط الساحلية»
            nxt = _word(tokens, role_end + 1)
            if (
                inner == role_end + 1
                and nxt is not None
                and is_definite(nxt.folded)
                and not _is_boundary(nxt)
            ):
                inner = _continue_org(tokens, role_end + 2)
            if inner > role_end + 1:
                role_end = name_start = name_end = inner
                if (titled := _honorific_after_place(tokens, inner)) > inner:
                    # الناطق في مديرية الدفاع المدني في جدة النقيب سامي نور: the
                    # office's place, then a rank and the name.
                    role_end = name_start = titled
                # مديرة الرصد في الوزارة الدكتورة هالة الصافي إن …: a name after it.
                name_start = _after_honorifics(tokens, name_start)
                name_end = _name(tokens, name_start)
                if name_end == name_start or not (
                    _is_boundary(_word(tokens, name_end)) or tokens[name_end].folded == _LAM
                ):
                    name_start = name_end = inner
        if name_end > name_start and (appositive := _comma_name(tokens, name_end)) is not None:
            # رئيس شرطة مدينة كرايست تشيرش، مايك بوش،: the words after the title were
            # the place in the role; the name stands between the commas.
            role_end = name_end
            name_start, name_end = appositive
        if name_end == name_start and (
            appositive := _comma_name(tokens, name_start, shortest=1, longest=len(tokens))
        ):
            name_start, name_end = appositive  # محامي أحد الموقوفين، يوسف العمد، أن …
        if name_end == name_start and (second := _second_office_apart(tokens, role_end)) > 0:
            # جدد الوزير الأول، وزير المالية، تأكيده …: two offices set off by commas
            role_end = name_start = name_end = second
        role = _text(tokens, i, role_end, source)
        end = name_end if name_end > name_start else role_end
        if name_end == name_start and (same := _word(tokens, end)) and same.folded in _ITSELF:
            end += 1  # ولفت المتحدث نفسه …: the same speaker, like ذات المتحدث
        return SpeakerPhrase(
            i,
            end,
            "person",
            _text(tokens, name_start, name_end, source),
            role,
            _org_of_role(tokens, i, role_end, source),
            "",
            _gender(f),
        )
    org_end = _org_phrase(tokens, i)
    if org_end > i:
        if f in PORTFOLIO_NOUNS and org_end == i + 1 and f not in _MINISTRIES_ALONE:
            org_end = i  # a bare portfolio noun (الدفاع) is a field, not an organisation
        else:
            anaphor = org_end == i + 1 and f in ORG_DEFINITE
            if not anaphor:
                org_end = _body_place(tokens, org_end)  # وزارة الصحة في غزة، …
            return SpeakerPhrase(
                i,
                org_end,
                "organization",
                _text(tokens, i, org_end, source),
                "",
                "",
                org_head(f),
                _gender(f),
                anaphor=anaphor,
            )
    if (start := _after_honorifics(tokens, i)) == i and (
        body_end := _described_body(tokens, i)
    ) > i:
        # المندوبية السامية للتخطيط أن …: a definite noun with its adjectives and
        # attachment, then إن/أن, names a body.
        return SpeakerPhrase(
            i,
            body_end,
            "organization",
            _text(tokens, i, body_end, source),
            "",
            "",
            org_head(f),
            _gender(f),
        )
    if is_definite(tokens[start].folded if start < len(tokens) else ""):
        # A lone al- surname: only when a boundary follows it.
        name_end = start + 1 if _is_boundary(_word(tokens, start + 1)) else start
    else:
        name_end = _name(tokens, start)
    if name_end == start:
        return None
    role = ""
    org = ""
    end = name_end
    if (title := _word(tokens, name_end)) is not None and (
        title.folded in TITLE_NOUNS or title.folded in SPOKES_NOUNS
    ):
        # بدر عادل وزير الخارجية، …، سامي نور الناطق باسم الوزارة: the role right
        # after the name, no comma between.
        role_end = title_phrase(tokens, name_end)
        if (second := _word(tokens, role_end)) is not None and (
            second.folded in TITLE_NOUNS or second.folded in SPOKES_NOUNS
        ):
            # مستشار رئيس الوزراء المتحدث الرسمي للوزارة: two offices in a row.
            role_end = title_phrase(tokens, role_end)
        if role_end < len(tokens) and tokens[role_end].kind == "word":
            role_end = _to_closing_comma(tokens, role_end)  # … والتعليم برام الله، أن
            role_end = _to_complementiser(tokens, role_end)  # … لأقل من 20 سنة بأن
        if role_end > name_end + 1 and (
            _is_boundary(_word(tokens, role_end))
            or tokens[role_end].kind == "punct"
            or tokens[role_end].folded == _LAM  # … لشؤون العلاقات العامة لـ«الصحيفة»
        ):
            role = _text(tokens, name_end, role_end, source)
            org = _org_of_role(tokens, name_end, role_end, source)
            end = role_end
    if (
        end == name_end
        and not _is_boundary(_word(tokens, name_end))
        and not (name_end < len(tokens) and tokens[name_end].kind == "punct")
    ):
        return None
    appo = _apposition(tokens, name_end) if end == name_end else None
    if appo:
        role = _text(tokens, appo[0], appo[1], source)
        org = _org_of_role(tokens, appo[0], appo[1], source)
        end = appo[1]
    return SpeakerPhrase(
        i,
        end,
        "person",
        _text(tokens, start, name_end, source),
        role,
        org,
        "",
        _gender(tokens[appo[0]].folded) if appo else "",
    )


_MENTION_WINDOW = 120


def named_earlier(source: str, role: str, before: int) -> str:
    """The name that goes with a role where the article first introduced the person
    outside any attribution ("بحث وزير التجارة سامي نور مع …" … "ولفت وزير التجارة
    إلى …"): the name next to an earlier occurrence of the role's words, or ""."""
    name = _named_with(source, role, before)
    words = role.split()
    if not name and len(words) == 1 and fold(role) in TITLE_NOUNS and role.startswith("ال"):
        # الوزير after "برئاسة وزير الزراعة المهندس سامي نور": the bare title names
        # the latest person introduced with that title and a name.
        name = _named_with(source, role[2:], before)
    return name


def _named_with(source: str, role: str, before: int) -> str:
    at = source.rfind(role, 0, before)
    while at >= 0:
        lo = max(0, at - _MENTION_WINDOW)
        tokens = tokenize(source, lo, min(len(source), at + len(role) + _MENTION_WINDOW))
        i = next((x for x, t in enumerate(tokens) if t.start == at), -1)
        for s in (i, *range(max(0, i - 5), i)):  # ROLE NAME, then NAME ROLE
            p = parse_speaker(tokens, s, source) if s >= 0 else None
            if (
                p is not None
                and p.kind == "person"
                and p.name
                and p.role.startswith(role)
                and p.end > i
            ):
                return p.name
        at = source.rfind(role, 0, at)
    return ""


def body_named_earlier(source: str, anaphor: str, before: int) -> str:
    """The body a bare definite noun (اللجنة، الهيئة) stands for when the article
    named it outside any attribution ("في اجتماع لجنة السياسات النقدية …" … "وأبقت
    اللجنة على …"): the latest construct phrase with that head, or ""."""
    if not anaphor.startswith("ال") or len(anaphor) < 4:
        return ""
    head = anaphor[2:]
    at = source.rfind(head, 0, before)
    while at >= 0:
        if at == 0 or not source[at - 1].isalpha():
            tokens = tokenize(source, at, min(len(source), at + _MENTION_WINDOW))
            if tokens and tokens[0].start == at and tokens[0].folded in ORG_CONSTRUCT:
                end = _org_phrase(tokens, 0)
                if end > 1:
                    return source[at : tokens[end - 1].end]
        at = source.rfind(head, 0, at)
    return ""


_LEDE_CHARS = 1500


def introduced_earlier(source: str, before: int, gender: str) -> SpeakerPhrase | None:
    """The first named person of the article before ``before`` ("استقبل سمو الشيخ
    سامي نور رئيس الوزراء …" … "وأكد سموه أن …"): the antecedent of a pronoun or a
    zero subject when no speaker came before it. Offsets of the phrase are
    meaningless; only its words are used."""
    lo = max(0, before - _LEDE_CHARS)
    tokens = tokenize(source, lo, before)
    for k, tok in enumerate(tokens):
        if tok.kind != "word" or not (tok.folded in HONORIFICS or tok.folded in TITLE_NOUNS):
            continue
        p = parse_speaker(tokens, k, source)
        if (
            p is not None
            and p.kind == "person"
            and len(p.name.split()) >= 2
            and {p.gender or gender, gender or p.gender} != {"m", "f"}
            # (the headline and the lede are tokenised together: no phrase spans both)
            and "\n" not in source[tokens[p.start].start : tokens[p.end - 1].end]
        ):
            return p
    return None
