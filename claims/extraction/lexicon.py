"""Closed word lists the extraction steps share.

Everything here is grammar, not knowledge about the world: reporting verbs in the
inflections wire copy uses, role and title nouns, organisation head nouns, time and
function words. No person, place or organisation name may appear in this module; the
steps must find names from their position in the sentence.

Every entry is stored in the folded form of :func:`fold` (no diacritics or tatweel,
one alef, ه for ة, ي for ى) so look-ups are a single set membership test on a folded
token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
FOLD_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
    }
)


def fold(word: str) -> str:
    """Folded form of one token, as normalize_key folds it but without touching
    punctuation or spaces (the token never holds any).

    One exception: a hamza-alef before ل stays "أ", so a name such as ألكسندر is not
    mistaken for a definite noun (ال…); lexicons list both spellings (see _f)."""
    s = DIACRITICS.sub("", word)
    if s[:1] in "أإآ" and s[1:2] == "ل":
        return "أ" + s[1:].translate(FOLD_TABLE)
    return s.translate(FOLD_TABLE)


def _f(words: str) -> frozenset[str]:
    out = set()
    for w in words.split():
        out.add(fold(w))
        if w[:1] in "أإآ":
            out.add(fold("ا" + w[1:]))  # the same word written without hamza
    return frozenset(out)


#: Public name of the folded word-set builder for the other steps' small lists.
word_set = _f


# --- reporting verbs -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VerbInfo:
    lemma: str  # masculine perfect, as written (reported as the claim's cue)
    gender: str  # "m", "f" or "p" (plural)
    kind: str  # default claim kind the verb implies: statement/call/denial/position
    relay: bool = False  # نقل: the subject relays another speaker's words
    #: Reports only before أن/إن/:/a quotation (أقر بأن …، but أقر البرلمان القانون).
    needs_comp: bool = False


# masc perfect, fem perfect, plural perfect, masc imperfect, fem imperfect, kind
_VERB_TABLE = (
    ("قال", "قالت", "قالوا", "يقول", "تقول", "statement"),
    ("أضاف", "أضافت", "أضافوا", "يضيف", "تضيف", "statement"),
    ("أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "statement"),
    ("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "statement"),
    ("أشار", "أشارت", "أشاروا", "يشير", "تشير", "statement"),
    ("أوضح", "أوضحت", "أوضحوا", "يوضح", "توضح", "statement"),
    ("لفت", "لفتت", "لفتوا", "", "", "statement"),
    ("أفاد", "أفادت", "أفادوا", "يفيد", "تفيد", "statement"),
    ("ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر", "statement"),
    ("كشف", "كشفت", "كشفوا", "يكشف", "تكشف", "statement"),
    ("صرح", "صرحت", "صرحوا", "يصرح", "تصرح", "statement"),
    ("تابع", "تابعت", "تابعوا", "", "", "statement"),
    ("أردف", "أردفت", "أردفوا", "", "", "statement"),
    ("نوه", "نوهت", "نوهوا", "", "", "statement"),
    ("بين", "بينت", "بينوا", "", "", "statement"),
    ("أبلغ", "أبلغت", "أبلغوا", "", "", "statement"),
    ("علق", "علقت", "علقوا", "", "", "statement"),
    ("زعم", "زعمت", "زعموا", "يزعم", "تزعم", "statement"),
    ("توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "statement"),
    ("قدر", "قدرت", "قدروا", "يقدر", "تقدر", "statement"),
    ("اعترف", "اعترفت", "اعترفوا", "", "", "statement"),
    ("نفى", "نفت", "نفوا", "ينفي", "تنفي", "denial"),
    ("اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "statement"),
    ("حذر", "حذرت", "حذروا", "يحذر", "تحذر", "position"),
    ("نبه", "نبهت", "نبهوا", "ينبه", "تنبه", "position"),
    ("شكا", "شكت", "شكوا", "يشكو", "تشكو", "position"),
    ("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "call"),
    ("دعا", "دعت", "دعوا", "يدعو", "تدعو", "call"),
    ("حث", "حثت", "حثوا", "يحث", "تحث", "call"),
    ("حض", "حضت", "حضوا", "يحض", "تحض", "call"),
    ("شبه", "شبهت", "شبهوا", "يشبه", "تشبه", "position"),  # شبهت المراكز بالجحيم
    ("رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "position"),  # رفض بشكل قاطع دعوة …
    ("أثنى", "أثنت", "أثنوا", "يثني", "تثني", "position"),  # وأثنت الرئيسة على …
    ("أنكر", "أنكرت", "أنكروا", "ينكر", "تنكر", "denial"),
    ("أوصى", "أوصت", "أوصوا", "يوصي", "توصي", "call"),
    ("ناشد", "ناشدت", "ناشدوا", "يناشد", "تناشد", "call"),
    ("شدد", "شددت", "شددوا", "يشدد", "تشدد", "statement"),
    ("اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر", "position"),
    ("رأى", "رأت", "رأوا", "يرى", "ترى", "position"),
    ("أعرب", "أعربت", "أعربوا", "", "", "position"),
    ("رحب", "رحبت", "رحبوا", "", "", "position"),
    ("أدان", "أدانت", "أدانوا", "", "", "position"),
    ("انتقد", "انتقدت", "انتقدوا", "", "", "position"),
    ("نقل", "نقلت", "نقلوا", "", "", "statement"),
    ("ادعى", "ادعت", "ادعوا", "يدعي", "تدعي", "statement"),
    ("أشاد", "أشادت", "أشادوا", "يشيد", "تشيد", "position"),
    ("ندد", "نددت", "نددوا", "يندد", "تندد", "position"),
    ("استنكر", "استنكرت", "استنكروا", "", "", "position"),
    ("كتب", "كتبت", "كتبوا", "", "", "statement"),
    ("غرد", "غردت", "غردوا", "", "", "statement"),
    ("تعهد", "تعهدت", "تعهدوا", "يتعهد", "تتعهد", "statement"),
    ("اقترح", "اقترحت", "اقترحوا", "يقترح", "تقترح", "call"),
    ("استطرد", "استطردت", "استطردوا", "", "", "statement"),
    ("أورد", "أوردت", "أوردوا", "", "", "statement"),
    ("فند", "فندت", "فندوا", "يفند", "تفند", "denial"),
    ("أرجع", "أرجعت", "أرجعوا", "", "", "position"),  # the cause a speaker gives
    ("عزا", "عزت", "عزوا", "يعزو", "تعزو", "position"),
    ("عزى", "", "", "", "", "position"),  # a frequent misspelling of عزا
    ("دعى", "", "", "", "", "call"),  # a frequent misspelling of دعا
    ("توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد", "position"),
    # reporting only with a complementiser (see COMP_ONLY_VERBS)
    ("أقر", "أقرت", "أقروا", "يقر", "تقر", "statement"),
    ("استبعد", "استبعدت", "استبعدوا", "يستبعد", "تستبعد", "position"),
    ("رجح", "رجحت", "رجحوا", "يرجح", "ترجح", "position"),
    ("اعتقد", "اعتقدت", "اعتقدوا", "يعتقد", "تعتقد", "position"),
    ("أمل", "أملت", "أملوا", "يأمل", "تأمل", "position"),
    ("جدد", "جددت", "جددوا", "يجدد", "تجدد", "statement"),
    ("أعاد", "أعادت", "أعادوا", "يعيد", "تعيد", "statement"),  # أعادت التأكيد على أن
    ("وصف", "وصفت", "وصفوا", "يصف", "تصف", "position"),
    ("لاحظ", "لاحظت", "لاحظوا", "يلاحظ", "تلاحظ", "statement"),
    ("أبرز", "أبرزت", "أبرزوا", "يبرز", "تبرز", "statement"),
    ("ألمح", "ألمحت", "ألمحوا", "يلمح", "تلمح", "statement"),
    ("شرح", "شرحت", "شرحوا", "يشرح", "تشرح", "statement"),
    ("تساءل", "تساءلت", "تساءلوا", "يتساءل", "تتساءل", "statement"),
    ("طمأن", "طمأنت", "طمأنوا", "يطمئن", "تطمئن", "statement"),
    ("ختم", "ختمت", "ختموا", "", "", "statement"),
    ("اختتم", "اختتمت", "اختتموا", "", "", "statement"),
    ("أكمل", "أكملت", "أكملوا", "", "", "statement"),
    ("عبر", "عبرت", "عبروا", "يعبر", "تعبر", "position"),  # عبّر عن: only before عن
    ("هدد", "هددت", "هددوا", "يهدد", "تهدد", "position"),  # or before ب: هدد بالإضراب
    ("لوح", "لوحت", "لوحوا", "يلوح", "تلوح", "position"),  # لوّح بالإلغاء (a board too)
    ("طلب", "طلبت", "طلبوا", "", "", "call"),  # or before من: طلبت من المواطنين …
    ("تحدث", "تحدثت", "تحدثوا", "يتحدث", "تتحدث", "statement"),  # تحدث عن: only before عن
    ("تعجب", "تعجبت", "تعجبوا", "", "", "position"),
    ("أظهر", "أظهرت", "أظهروا", "يظهر", "تظهر", "statement"),  # أظهرت بيانات … أن
    ("أتم", "أتمت", "أتموا", "", "", "statement"),  # وأتم تصريحاته "…"
    ("استغرب", "استغربت", "استغربوا", "", "", "position"),
)

#: Verbs with other frequent senses (أقر القانون: passed; وصف الدواء: prescribed;
#: استبعد اللاعب: left out; عبر: via; هددت السيول القرى: endangered): they report
#: only when the content opens with إن/أن/: or a quotation (عبّر: with عن; أقر and
#: هدد: with ب, see the pipeline's reporting objects).
COMP_ONLY_VERBS = frozenset(
    [
        "أقر",
        "استبعد",
        "رجح",
        "اعتقد",
        "أمل",
        "جدد",
        "أعاد",
        "وصف",
        "لاحظ",
        "أبرز",
        "ألمح",
        "شرح",
        "تساءل",
        "طمأن",
        "ختم",
        "اختتم",
        "أكمل",
        "عبر",
        "هدد",
        "لوح",
        "طلب",
        "تحدث",
        "تعجب",
        "استغرب",
        "أظهر",
        "أتم",
    ]
)

#: Bare verbs whose form is also a frequent noun or particle; they count as cues only
#: with a conjunction prefix (وبين، وذكر…) or right after punctuation.
AMBIGUOUS_VERBS = _f(
    "بين ذكر طالب كشف حذر نقل كتب قدر أمل وصف أبرز شرح عبر ختم طلب لوح شبه يشبه رفض"
)

VERBS: dict[str, VerbInfo] = {}
for _row in _VERB_TABLE:
    _lemma, _kind = _row[0], _row[5]
    for _form, _gender in zip(_row[:5], "mfpmf", strict=True):
        if _form:
            VERBS[fold(_form)] = VerbInfo(
                _lemma, _gender, _kind, relay=_lemma == "نقل", needs_comp=_lemma in COMP_ONLY_VERBS
            )
    if _row[3] and _row[3][-1] not in "وي":  # يقولون، يؤكدون: regular plural imperfect
        VERBS[fold(_row[3] + "ون")] = VerbInfo(
            _lemma, "p", _kind, needs_comp=_lemma in COMP_ONLY_VERBS
        )
# بين alone is far more often "between" than "he showed".
del VERBS[fold("بين")]
# دان، دانت: the short form of أدان (condemned) that wire copy uses too.
for _short, _full in (("دان", "أدان"), ("دانت", "أدانت"), ("دانوا", "أدانوا")):
    VERBS[fold(_short)] = VERBS[fold(_full)]


def verb_with_object(folded: str) -> VerbInfo | None:
    """A reporting verb with an object pronoun (ذكرته، أعلنتها): بحسب ما ذكرته."""
    info = VERBS.get(folded)
    if info is None and folded.endswith("ها"):
        info = VERBS.get(folded[:-2])
    if info is None and folded.endswith("ه"):
        info = VERBS.get(folded[:-1])
    return info


#: Prefixes glued to a verb: و، ف، وقد…
VERB_PREFIXES = ("و", "ف")

#: Participial follow-ons (مشددا على أن …): they continue the previous claim.
PARTICIPLES = _f(
    "مشددا مشددة مشيرا مشيرة لافتا لافتة لافته مضيفا مضيفة قائلا قائلة مؤكدا مؤكدة "
    "موضحا موضحة معتبرا معتبرة مطالبا داعيا محذرا محذرة منوها منوهة نافيا نافية "
    "متهما متهمة معربا معربة كاشفا كاشفة مبينا مبينة مطالبة داعية معتبرة "
    "متوقعا متوقعة مرجحا مرجحة مذكرا مذكرة مستدركا مستدركة متعهدا متعهدة "
    # plural subjects: وصوت معظم الأعضاء ضد القانون، معتبرين أنه …
    "معتبرين مؤكدين مشيرين مشددين محذرين مطالبين داعين قائلين مضيفين لافتين موضحين"
)

#: Words that may separate a clause boundary from the verb that opens it.
CLAUSE_OPENERS = _f("كما ثم حيث فيما بينما وقد قد فقد لقد وكان كان وكانت كانت بدوره بدورها حين إذ")

#: "ومن جانبها" / "من جهته": the pronoun-suffixed noun after من.
SIDE_NOUNS = ("جانب", "جهت", "ناحيت")

# --- complementisers and clause structure ---------------------------------------

COMPLEMENTISERS = _f(
    "إن أن أنه أنها أنهم أنهن بأن بأنه بأنها فإن وإن وأن إننا أننا بأننا إنني أنني بأنهم"
)
#: من/إلى/على/عن directly before أن (حذر من أن، أشار إلى أن).
COMP_PREPOSITIONS = _f("من إلى على عن")
#: بعد أن، منذ أن: the أن of a time clause, which opens no reported words.
TIME_BEFORE_THAT = _f("بعد عقب منذ إثر قبل")
#: Straight marks open and close alike (لـ'الصحيفة', "…").
SYMMETRIC_QUOTES = frozenset("\"'")
QUOTES_OPEN = frozenset("«“‘") | SYMMETRIC_QUOTES
QUOTES_CLOSE = frozenset("»”’") | SYMMETRIC_QUOTES
QUOTES = QUOTES_OPEN | QUOTES_CLOSE
SENTENCE_END = frozenset(".!?؟")

# --- prepositional cues ---------------------------------------------------------

#: بحسب X / حسب X: the speaker follows directly.
ACCORDING_TO = _f("بحسب حسب وبحسب وحسب")
#: حسبما / وفقما: "according to what" glued; a reporting verb and its subject follow.
ACCORDING_TO_WHAT = _f("حسبما بحسبما وحسبما وفقما ووفقما")
#: وفقا لما / طبقا لما: "according to what", a verb and its subject follow.
TO_WHAT = fold("لما")
#: وفق / طبقا ل… only count as a cue before ما + verb (وفق ما أعلنته الوزارة): a bare
#: "وفق القانون" names no speaker.
ACCORDING_BEFORE_WHAT = _f("وفق ووفق")
#: وفقا لـ X / طبقا لـ X: the speaker follows a ل.
ACCORDING_TO_LAM = _f("وفقا طبقا ووفقا وطبقا استنادا")
#: نقلا عن X: X is the original speaker; the sentence's subject only relays.
RELAY = _f("نقلا ونقلا")
#: "على لسان X": X speaks for the subject.
ON_THE_TONGUE = fold("لسان")

# --- speaker phrases -----------------------------------------------------------

#: Head nouns of a spokesperson's role: followed by باسم + organisation.
SPOKES_NOUNS = _f("المتحدث المتحدثة متحدث متحدثة الناطق الناطقة ناطق ناطقة")
IN_THE_NAME_OF = _f("باسم بإسم")

#: Title nouns that open a role (وزير الخارجية …، الرئيس …).
TITLE_NOUNS = _f(
    "شهود شاهد مسعفون ناشطون نشطاء سكان كاتب مواطن طالب مزارع تاجر التاجر سائق معلم "
    "وزير وزيرة الوزير الوزيرة رئيس رئيسة الرئيس الرئيسة نائب نائبة الأمين أمين "
    "مدير مديرة المدير المديرة محافظ محافظة المحافظ مفوض مفوضة المفوض قائد قائدة القائد "
    "مدرب مدربة المدرب محامي محامية المحامي سفير سفيرة السفير مستشار مستشارة "
    "المبعوث مبعوث الممثل ممثل ممثلة مندوب مندوبة المندوب زعيم زعيمة الزعيم "
    "المدعي مدعي القاضي قاضي القاضية الخبير خبير الخبيرة خبيرة عضو عضوة "
    "النائب مسؤول مسؤولة المسؤول الملك الأمير أمير رئيسا عميد العميد "
    "الباحث باحث الباحثة أستاذ الأستاذ أستاذة المحلل محلل المحللة "
    "لاعب اللاعب حارس مهاجم قائدا المراقب مراقب منسق المنسق منسقة "
    "رئيسي أحد إحدى مصدر مصادر المصدر وكيل وكيلة الوكيل كبير متهم الناشط ناشط "
    "مساعد مساعدة السكرتير سكرتير برلماني البرلماني برلمانية البرلمانية "
    "والي الوالي حاكم نقيب قنصل مؤسس مراسل عمدة السلطان سلطان مرشد "
    "مدافع المدافع نجم النجم القائم "  # القائم بأعمال السفارة
    # plurals in construct (لاعبو "الأخضر"، ممثلو الادعاء)
    "لاعبو مسؤولو ممثلو"
)
# Every indefinite title also occurs with the article (حارس → الحارس), and every
# title in the feminine (المدعي → المدعية).
TITLE_NOUNS = TITLE_NOUNS | frozenset("ال" + t for t in TITLE_NOUNS if not t.startswith("ال"))
TITLE_NOUNS = TITLE_NOUNS | frozenset(t + "ه" for t in TITLE_NOUNS if not t.endswith(("ه", "ا")))
#: Feminine forms made above that are bodies, not women (مؤسسة "أنقذوا الأطفال").
TITLE_NOUNS = TITLE_NOUNS - _f("مؤسسة المؤسسة")
#: باسمه/باسمها: "the spokesman in its name" — the organisation was named before.
IN_ITS_NAME = _f("باسمه باسمها باسمهم بإسمه بإسمها")

#: Titles that need the next word to be a role (الأمين العام، النائب العام).
TITLE_FOLLOWERS = _f("العام العامة الأول الأعلى التنفيذي عام")

#: Honorifics in front of a name: part of neither the role nor the name.
HONORIFICS = _f(
    "المستشار الدكتور الدكتورة د السيد السيدة الشيخ المهندس اللواء العميد "
    "م العقيد الجنرال الأستاذ الأستاذة الحاج المشير الطيار سمو معالي فخامة الأمير الأميرة "
    "الشيخة النقيب الرائد المقدم الملازم الرقيب العماد "
    # ranks of foreign armies as wire copy writes them
    "الكولونيل الكولونيل الميجور الأدميرال الكابتن الماريشال المارشال البريجادير"
)

#: Nouns heading an organisation phrase in construct state (وزارة X، وكالة X …).
ORG_CONSTRUCT = _f(
    "وزارة وكالة منظمة هيئة مديرية نقابة إدارة صحيفة نادي محكمة مجلس لجنة مكتب "
    "شركة اتحاد جامعة مؤسسة صندوق مركز بنك جمعية حركة حزب قناة مصلحة دائرة سلطة "
    "رئاسة قيادة بعثة مفوضية جهاز غرفة برنامج رابطة أمانة مرصد مستشفى بلدية "
    "محافظة مصرف سفارة قنصلية نيابة هيئة ائتلاف تحالف تجمع منتدى مجمع معهد "
    "مجموعة جبهة قوات وحدة شبكة ديوان جيش حكومة سلطات شرطة كتلة تيار كتائب جماعة "
    "خطوط طيران مطار مملكة جمهورية إمارة دولة دول خلية فضائية منصة فصائل مندوبية "
    # media: إذاعة "…"، مجلة …، تلفزيون …
    "إذاعة مجلة تلفزيون"
)

#: Heads of a role or a body that a typo may glue to the next word (وزيرالثقافة).
GLUED_HEADS = frozenset(t for t in TITLE_NOUNS | SPOKES_NOUNS | ORG_CONSTRUCT if len(t) > 2)
#: Definite organisation nouns that are speakers in their own right
#: (السلطات المحلية، الشرطة، الحكومة …) and, bare, anaphora (الوزارة، الوكالة).
ORG_DEFINITE = _f(
    "الوزارة الوكالة المنظمة الهيئة المديرية النقابة الإدارة الصحيفة النادي المحكمة "
    "المجلس اللجنة المكتب الشركة الاتحاد الجامعة المؤسسة الصندوق المركز البنك الجمعية "
    "الحركة الحزب القناة السلطات السلطة الشرطة الحكومة الجيش النيابة الرئاسة القيادة "
    "البعثة المفوضية الجهاز البرلمان الخارجية الداخلية الدفاع الصحة المالية "
    "الأمن الغرفة المصلحة الدائرة القوات البرنامج الرابطة الأمانة المرصد المستشفى "
    "البلدية المصرف السفارة القنصلية الائتلاف التحالف المعهد المجموعة الجبهة الديوان "
    "الكتلة التيار المعارضة العلاقات الجماعة الخطوط المطار "
    # states speak through their governments (نفت الولايات المتحدة …، أعربت المملكة …)
    "المملكة الجمهورية الإمارة الإمارات الولايات الدولة الدول البلدان "
    "الوحدة الإذاعة المجلة التلفزيون الكتائب الفصائل المندوبية "
    "الهيئات المنظمات الوكالات الجمعيات النقابات الأحزاب"
)
#: Ministries named by their portfolio alone (الخارجية الأمريكية = وزارة الخارجية …):
#: a bare portfolio noun is an organisation only when an adjective follows.
PORTFOLIO_NOUNS = _f("الخارجية الداخلية الدفاع الصحة المالية")
MINISTRY = fold("وزارة")

#: Feminine organisation heads (verbs agree in the feminine): a trailing ة or a
#: broken plural of a non-human noun.
FEMININE_PLURAL_ORGS = _f(
    "السلطات القوات الخطوط خطوط الإمارات الولايات الدول دول البلدان الكتائب كتائب الفصائل فصائل "
    "الأحزاب أحزاب"
)

#: Adjectives that continue an organisation or role phrase besides nisba forms.
ORG_ADJECTIVES = _f(
    "العام العامة المتحدة الأعلى العليا الكبرى الأول الخاص الخاصة المستقلة "
    "المؤقتة الانتقالية التنفيذي التنفيذية الموالية الموالي المعارضة "
    "المحترفة المحترف المحترفين المختصة المختص المعنية المعني المشتركة المشترك "
    "المسلحة المتحدة المتحد الموحدة الموحد المتخصصة المتخصص "
    "المنتخب المنتخبة الحاكم الحاكمة المركزي "
    "المشاركة المشارك المشاركين المانحة المانحين الأعضاء السريع السريعة "
    "الكبير الكبيرة الصغير الصغيرة "
    "السابق السابقة الأسبق الجديد الجديدة المكلف المكلفة المساعد المساعدة "
    "الخضراء الحمراء البيضاء السوداء الزرقاء الأخضر الأحمر الأبيض الأسود الأزرق"
)

#: Nouns that report but never speak (وذكرت التقارير أن …، وأشارت التقديرات إلى أن …):
#: a cue whose subject is one of them is no attribution to a speaker.
NON_SPEAKERS = _f(
    "التقارير تقارير التقديرات تقديرات التوقعات توقعات دراسة الدراسات دراسات "
    "الأرقام أرقام البيانات بيانات المعطيات معطيات الإحصاءات إحصاءات المؤشرات مؤشرات "
    "النتائج نتائج الأنباء أنباء المعلومات معلومات "
    # quantities: بحسب كميات الأمطار، حسب حجم الطلب
    "كمية كميات حجم نسبة نسب مستوى مستويات عدد أعداد "
    # unnamed many: وعبر كثيرون عن …
    "كثيرون كثيرين الكثيرون آخرون البعض"
)
#: Relative pronouns opening an aside after a comma (المصدر، الذي طلب عدم …،).
RELATIVES = _f("الذي التي الذين اللذان اللتان اللواتي وهو وهي وهم")

#: Words before a source that are not part of it (نقلا عن بيانات …).
SOURCE_NOUNS = _f(
    "بيانات تصريحات بيان تصريح تقرير تقارير معطيات أرقام إحصاءات معلومات منشور تغريدة دراسة استطلاع"
)
#: "تقرير صادر عن X": the participle and عن between a source noun and its author.
ISSUED_BY = _f("صادر صادرة الصادر الصادرة")

# --- words that end a name or a subject --------------------------------------

DATE_WORDS = _f(
    "اليوم أمس غدا الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد "
    "صباح مساء ظهر فجر ليل ليلة صباحا مساء الليلة يوم "
    # يوم الخميس الماضي، الأسبوع المقبل
    "الماضي الماضية المقبل المقبلة الفائت الجاري الأسبوع"
)
ADVERBIAL_PREPOSITIONS = _f("في خلال عبر أمام لدى أثناء عقب بعد قبل ضمن وفي وخلال عند")
#: على opens an adverbial only before these nouns (على هامش، على موقعه …).
ON_ADVERBIAL_STEMS = tuple(fold(w) for w in ("هامش", "موقع", "حساب", "صفح", "منص", "قنا"))
#: ل + these nouns: the audience of a statement (لوسائل الإعلام، لقناة …).
AUDIENCE_STEMS = tuple(
    fold(w)
    for w in (
        "لوسائل",
        "لقناة",
        "لصحيفة",
        "لوكالة",
        "لموقع",
        "لتلفزيون",
        "لإذاعة",
        "للصحف",
        "للصحاف",
        "للإعلام",
        "للتلفزيون",
        "للإذاعة",
        "لمراسل",
        "لشبكة",
        "لمجلة",
        "لجريدة",
        "لمحطة",
    )
)
PRONOUN_OBJECTS = _f("له لها لهم لهن")
#: The speaker's words as the object of a relay (نقلت الوكالة عن الوزير قوله/توضيحه
#: أن …): they end a name.
RELAYED_WORDS = _f("قوله قولها قولهم توضيحه توضيحها تأكيده تأكيدها إشارته إشارتها تصريحه تصريحها")
NAME_STOPS = _f(
    "في على عبر خلال من عن إلى الى مع أمام لدى منذ بعد قبل حول ضد عند أثناء "
    "عقب إثر إبان جراء "
    "الذي التي الذين أيضا كذلك إن أن أنه أنها بأن وإن وأن ما لا لم لن "
    "نفسه نفسها ذاته ذاتها بدوره بدورها بدورهم متحدثا متحدثة "
    "قد وقد كما و أو ثم حيث إذ فيما بينما لكن هو هي "
    "فيه فيها خلاله خلالها منه منها عليه عليها "
    # function words and verbal nouns that open complements (نفى وجود أي …), never names
    "أي كل بعض جميع عدد وجود عدم ضرورة أهمية استعداد رفض دعم تأييد استمرار صحة "
    "بشكل بصورة بشدة بقوة بهذا بهذه بذلك"  # ونفى الوزير بشكل قاطع …، قال بهذا الخصوص
)
#: Adverbs between a verb and its complement (وأكد مجددا أن …): never part of a name.
ADVERBS = _f("مجددا مرارا مؤخرا سابقا لاحقا رسميا صراحة تكرارا علنا ضمنا حينها آنذاك")
NAME_STOPS = NAME_STOPS | RELAYED_WORDS | ADVERBS
#: Compound-name particles: a definite word after them is still the same name.
NAME_PARTICLES = _f("عبد أبو أبي بن ابن بنت أم آل ولد")
#: Second halves of compound first names (حسام الدين، عبد الله): not an al- surname.
NAME_COMPOUND_SECONDS = _f("الدين الله")

#: Pronoun suffixes and the gender they agree with (ووفقا لها).
PRONOUNS = {fold("لها"): "f", fold("له"): "m", fold("لهم"): "p", fold("لهن"): "p"} | {
    # honorific pronouns: وأكد سموه، وأوضحت معاليها
    fold(w): g
    for w, g in (("سموه", "m"), ("سموها", "f"), ("معاليه", "m"), ("معاليها", "f"), ("فخامته", "m"))
}


#: Broken plurals shaped like a nisba adjective (أفعِلة): nouns, not adjectives.
_NOT_NISBA = _f(
    "الأندية الأغذية الأدوية الأبنية الأودية الأحذية الأغطية الأدعية الأوعية الأقبية "
    "الأروقة الأجنحة الأسلحة الأمسية "
    # ى folds to ي: nouns in ى look like nisbas once folded
    "المستشفى المبنى الملتقى المنتدى المستوى المقهى المرمى المجرى "
    # bodies in ية/ئة: nouns, not adjectives (نائبة رئيس المفوضية)
    "المفوضية المديرية الجمعية البلدية القنصلية المندوبية الهيئة"
)


def is_nisba(folded: str) -> bool:
    """A definite relational adjective: اللبنانية، المصري، الأمريكيين …"""
    return (
        folded.startswith("ال")
        and len(folded) > 4
        and folded.endswith(("ي", "يه", "يين", "يون", "يان"))
        and folded not in _NOT_NISBA
    )


def is_definite(folded: str) -> bool:
    return folded.startswith("ال") and len(folded) > 3


# --- figures -------------------------------------------------------------------

#: Qualifier phrases, folded, longest first, with the qualifier they mean.
QUALIFIER_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        (
            (tuple(fold(w) for w in phrase.split()), q)
            for phrase, q in (
                ("ما يصل إلى", "up_to"),
                ("ما يصل الى", "up_to"),
                ("يصل الى", "up_to"),
                ("تصل الى", "up_to"),
                ("يصل إلى", "up_to"),
                ("تصل إلى", "up_to"),
                ("حتى", "up_to"),
                ("لم يتجاوز", "up_to"),
                ("لم تتجاوز", "up_to"),
                ("لا يتجاوز", "up_to"),
                ("لا تتجاوز", "up_to"),
                ("حوالي", "about"),
                ("حوالى", "about"),
                ("بحوالي", "about"),
                ("نحو", "about"),
                ("بنحو", "about"),
                ("قرابة", "about"),
                ("زهاء", "about"),
                ("ما يقارب", "about"),
                ("ما يقرب من", "about"),
                ("يقرب من", "about"),
                ("يقارب", "about"),
                ("ما يناهز", "about"),
                ("في حدود", "about"),
                ("إلى حدود", "about"),
                ("بحدود", "about"),
                ("أكثر من", "more_than"),
                ("تجاوز", "more_than"),
                ("يتجاوز", "more_than"),
                ("تتجاوز", "more_than"),
                ("تخطى", "more_than"),
                ("يفوق", "more_than"),
                ("بأكثر من", "more_than"),
                ("ما يزيد على", "more_than"),
                ("ما يزيد عن", "more_than"),
                ("يزيد على", "more_than"),
                ("يزيد عن", "more_than"),
                ("أزيد من", "more_than"),
                ("ما لا يقل عن", "at_least"),
                ("لا يقل عن", "at_least"),
                ("لا تقل عن", "at_least"),
                ("على الأقل", "at_least"),
                ("أقل من", "less_than"),
                ("بأقل من", "less_than"),
                ("ما دون", "less_than"),
            )
        ),
        key=lambda item: -len(item[0]),
    )
)

#: Vague amounts: folded word without prefixes → qualifier.
VAGUE_AMOUNTS = {
    fold("عشرات"): "dozens",
    fold("مئات"): "hundreds",
    fold("مئآت"): "hundreds",
    fold("آلاف"): "thousands",
    fold("الاف"): "thousands",
}

UNITS_WORDS = {
    fold("واحد"): 1,
    fold("واحدة"): 1,
    fold("اثنان"): 2,
    fold("إثنان"): 2,
    fold("إثنين"): 2,
    fold("اثنين"): 2,
    fold("اثنتان"): 2,
    fold("اثنتين"): 2,
    fold("ثلاث"): 3,
    fold("ثلاثة"): 3,
    fold("أربع"): 4,
    fold("أربعة"): 4,
    fold("خمس"): 5,
    fold("خمسة"): 5,
    fold("ست"): 6,
    fold("ستة"): 6,
    fold("سبع"): 7,
    fold("سبعة"): 7,
    fold("ثماني"): 8,
    fold("ثمانية"): 8,
    fold("ثمان"): 8,
    fold("تسع"): 9,
    fold("تسعة"): 9,
    fold("عشر"): 10,
    fold("عشرة"): 10,
    fold("عشرون"): 20,
    fold("عشرين"): 20,
    fold("ثلاثون"): 30,
    fold("ثلاثين"): 30,
    fold("أربعون"): 40,
    fold("أربعين"): 40,
    fold("خمسون"): 50,
    fold("خمسين"): 50,
    fold("مئة"): 100,
    fold("مائة"): 100,
    fold("مئتي"): 200,
    fold("مئتان"): 200,
    fold("مئتين"): 200,
    # duals of scale words are amounts, not "2 thousands"
    fold("ألفي"): 2000,
    fold("ألفين"): 2000,
    fold("ألفان"): 2000,
    fold("مليوني"): 2 * 10**6,
    fold("مليونين"): 2 * 10**6,
    fold("مليونان"): 2 * 10**6,
    fold("ملياري"): 2 * 10**9,
    fold("مليارين"): 2 * 10**9,
    fold("ملياران"): 2 * 10**9,
}
SCALE_WORDS = {
    fold("ألف"): 1000,
    fold("الف"): 1000,
    fold("الاف"): 1000,
    fold("آلاف"): 1000,
    fold("ألفا"): 1000,
    fold("مليون"): 10**6,
    fold("ملايين"): 10**6,
    fold("مليونا"): 10**6,
    fold("مليار"): 10**9,
    fold("مليارات"): 10**9,
    fold("مليارا"): 10**9,
    fold("بليون"): 10**9,
    fold("تريليون"): 10**12,
}
FRACTIONS = {fold("نصف"): "0.5", fold("ربع"): "0.25", fold("ثلث"): "0.3333"}

#: Common nouns whose dual (ين/ان) the extractor reads as 2 (feminine duals in تين are
#: recognised by form).
DUAL_NOUNS = _f(
    "فريقين طرفين جانبين شخصين طفلين رجلين قتيلين جريحين صاروخين هدفين جنديين "
    "يومين شهرين عامين أسبوعين مرتين سنتين ساعتين مليارين لاعبين "
    "بلدين مسؤولين حالتي"
) - _f("لاعبين مسؤولين")

PERCENT_WORDS = ((fold("في"), fold("المئة")), (fold("في"), fold("المائة")))
PERCENT_SINGLE = _f("بالمئة بالمائة % ٪")

#: A number right after these is a label, not an amount (القرار 2334، المادة 5).
NUMBER_LABELS = _f(
    "رقم الرقم القرار قرار المادة مادة الفقرة البند الفصل الساعة المرتبة المركز الجولة "
    "الطريق الدورة النسخة الطبعة الصفحة"
)
YEAR_MARKERS = _f("عام لعام العام سنة لسنة العامين عامي منذ في حتى بحلول مطلع نهاية")
MONTHS = _f(
    "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري أفريل ماي جوان "
    "جويلية أوت"
)

# --- claim kinds -----------------------------------------------------------------

CALL_WORDS = _f("يدعو تدعو ندعو يطالب تطالب نطالب يحث تحث نحث نناشد يناشد تناشد")
POSITION_WORDS = _f(
    "نرى ترى يرى نعتقد يعتقد تعتقد تعتبر يعتبر نعتبر تدعم يدعم ندعم نرفض ترفض يرفض "
    "تعترف يعترف نعترف آمل نأمل تأمل يأمل القلق بالقلق قلق يجب ينبغي الضروري لن "
    "ترحب نرحب يرحب تدين ندين يدين نريد تريد يريد أرض نؤيد يؤيد تؤيد نعارض يعارض تعارض"
)
DENIAL_OPENERS = _f("لا_صحة ينفي تنفي ننفي")


#: Every word that can open an attribution (verbs with their prefixes, prepositional
#: cues): a paragraph without one of them holds no claim and is never tokenised.
CUE_WORDS = frozenset(
    {p + v for v in VERBS for p in ("", *VERB_PREFIXES)}
    | ACCORDING_TO
    | ACCORDING_TO_WHAT
    | ACCORDING_BEFORE_WHAT
    | ACCORDING_TO_LAM
    | RELAY
    | {ON_THE_TONGUE}
    | _f("وبين فبين")  # وبين أن …: see cues.find_cues
    | PARTICIPLES  # "قطعت الوزارة المياه …، مؤكدة أن …"
    | {"ل" + v for v in VERBS if v[:1] in "يت"}  # ثم عاد ليقول: see cues.find_cues
    | _f("بالقول")  # وختم كلمته بالقول: "…"
    | _f("جاء وجاء")  # وجاء في بيان للوزارة أن …: see cues.find_cues
    | _f("زاد وزاد زادت وزادت")  # وزاد: "…"
)
