"""Step 7: figures, qualifiers and units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.extraction.figures import find_figures, parse_number
from claims.extraction.prepare import tokenize
from claims.extraction.types import Qualifier


def figures(text: str):
    toks = tokenize(text, 0, len(text))
    found = find_figures(toks, 0, len(toks), text)
    for f in found:
        assert text[f.start : f.end] == f.text
    return found


def one(text: str):
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,240", "1240"),
        ("12.5", "12.5"),
        ("٣٥٠", "350"),
        ("١٢٫٥", "12.5"),
        ("2,5", "2.5"),
        ("1.200.000", "1200000"),
        # wire style: the fraction first, so that right to left it reads 82ر73
        ("73ر82", "82.73"),
        ("5ر0", "0.5"),
    ],
)
def test_parse_number(raw, value):
    assert parse_number(raw) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("تم بيع ما يصل إلى 70 سيارة", 70, Qualifier.UP_TO),
        ("وصل حوالي 45 زائرا", 45, Qualifier.ABOUT),
        ("اشترى نحو 300 ألف طن", 300_000, Qualifier.ABOUT),
        ("غادر أكثر من 900 عامل", 900, Qualifier.MORE_THAN),
        ("قتل ما لا يقل عن 12 شخصا", 12, Qualifier.AT_LEAST),
        ("تراجع العجز إلى أقل من 4 في المئة", 4, Qualifier.LESS_THAN),
        ("أصيب 27 شخصا", 27, Qualifier.EXACT),
    ],
)
def test_qualifiers(text, value, qualifier):
    f = one(text)
    assert f.value == value
    assert f.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier", "unit"),
    [
        ("دمرت عشرات المنازل", Qualifier.DOZENS, "المنازل"),
        ("أصيب العشرات من المتظاهرين", Qualifier.DOZENS, "المتظاهرين"),
        ("فر مئات السكان", Qualifier.HUNDREDS, "السكان"),
        ("يضر بمئات الشركات", Qualifier.HUNDREDS, "الشركات"),
        ("تظاهر آلاف الطلاب", Qualifier.THOUSANDS, "الطلاب"),
        ("شارك الآلاف في المسيرة", Qualifier.THOUSANDS, ""),
    ],
)
def test_vague_amounts_have_no_value(text, qualifier, unit):
    f = one(text)
    assert f.value is None
    assert f.qualifier == qualifier
    assert f.unit == unit


def test_units_and_scales():
    f = one("بلغت الاحتياطيات 41.7 مليار دولار")
    assert f.value == Decimal("41700000000")
    assert f.unit == "دولار"
    assert one("بلغت الإيرادات 312 مليار ريال").value == 312 * 10**9
    pct = one("ارتفع التضخم إلى 12.5%")
    assert (pct.value, pct.unit) == (Decimal("12.5"), "%")
    assert one("ارتفع بنسبة ٧٪").value == 7
    assert one("ارتفع بنسبة ٧٪").unit == "%"
    assert one("تراجع بنسبة 3 بالمئة").unit == "%"
    assert one("تدمير 20 مركبة قتالية").unit == "مركبة قتالية"


def test_number_words_fractions_and_duals():
    assert one("بينهم ستة أطفال").value == 6
    assert one("أرسلت ثلاثة آلاف جرعة").value == 3000
    assert one("استولوا على حوالي نصف مليون دينار").value == 500_000
    dual = one("أسقطت الدفاعات طائرتين مسيرتين")
    assert dual.value == 2 and dual.unit.startswith("طائرتين")
    assert one("سجل الفريق هدفين").value == 2


@pytest.mark.parametrize(
    "text",
    [
        "وقف إطلاق النار لعام 2020",
        "منذ 2014 والأزمة مستمرة",
        "تعقد الجلسة يوم 14 نوفمبر",
        "تطبيق القرار 2334 بالكامل",
        "اجتماع بصيغة 3+3 حول الأزمة",
        "انتشار فيروس كوفيد-19 في المدينة",
        "وفق المادة 5 من الميثاق",
    ],
)
def test_not_figures(text):
    assert figures(text) == ()


def test_several_figures_in_one_sentence():
    found = figures("أصيب 35 مدنيا وهم 13 طفلا و15 امرأة و7 رجال")
    assert [f.value for f in found] == [35, 13, 15, 7]


def test_teen_numbers_written_in_words():
    from claims.extraction import extract

    text = (
        "عنوان الخبر\n\nوقالت الوزارة إن ثلاثة عشر شخصا أصيبوا، وإن الأحد عشر متهما أوقفوا، "
        "وإن خمسة عشر ألف شخص تضرروا، وإن إحدى عشرة سيدة أسعفن يوم الأحد."
    )
    (claim,) = extract(text).claims
    assert [int(f.value) for f in claim.figures] == [13, 11, 15000, 11]


def test_lam_before_a_qualifier_noun_but_not_before_a_verb():
    from claims.extraction import extract

    text = (
        "عنوان الخبر\n\nوقالت الوزارة إن الإيرادات ارتفعت لتصل إلى 312 مليار ريال، "
        "وإن القصف استمر لأكثر من ست ساعات."
    )
    (claim,) = extract(text).claims
    assert [(int(f.value), f.qualifier) for f in claim.figures] == [
        (312_000_000_000, "exact"),
        (6, "more_than"),
    ]


def test_an_adjective_agreeing_with_a_dual_is_not_a_second_pair():
    found = figures("ولدينا مباراتان مهمتان في الشهر المقبل")
    assert [(f.value, f.unit) for f in found] == [(Decimal(2), "مباراتان")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("تبلغ حوالي 3 ملايين و402 ألف فدان", 3402000, "فدان"),
        ("تبلغ 516 ألفا و358 فدانا للبنجر", 516358, "فدانا"),
        ("زراعة مليون و382 ألفا و941 فدانا بالبرسيم", 1382941, "فدانا"),
    ],
)
def test_a_number_written_in_groups_is_one_figure(text, value, unit):
    found = one(text)
    assert (found.value, found.unit) == (Decimal(value), unit)
    assert text[found.start : found.end].endswith(unit)


def test_two_amounts_joined_by_and_stay_two_figures():
    found = figures("استقبل 224 رحلة و 30 طائرة")
    assert [f.value for f in found] == [Decimal(224), Decimal(30)]


def test_a_wire_style_decimal_is_one_figure_with_its_scale():
    f = one("تراجع العجز إلى 3ر1 مليار دينار")
    assert (f.value, f.unit, f.text) == (Decimal("1300000000"), "دينار", "3ر1 مليار دينار")


def test_a_lone_scale_word_a_trailing_at_least_and_within_bounds():
    found = figures(
        "ستصل الأصول إلى تريليون دولار، وإن 610 أشخاص على الأقل قتلوا بعد أكثر من ألف يوم، "
        "وقد ينخفض السعر إلى حدود 50 دولارا، وسجل مليون و629 ألف عاطل، وبنحو ملياري دولار"
    )
    assert [(f.value, f.qualifier.value) for f in found] == [
        (10**12, "exact"),
        (610, "at_least"),
        (1000, "more_than"),
        (50, "about"),
        (1_629_000, "exact"),
        (2 * 10**9, "about"),
    ]


def test_ranges_are_a_lower_and_an_upper_bound_but_a_change_is_two_figures():
    found = figures(
        "خسرت ما بين 4000 الى 4500 ميجاوات، وبلغ عدد السياح 18.5 إلى 19 مليون سائح، "
        "بزيادة بين 15 و20%، بعدما تراجعت البطالة من 17% إلى 16,3%، مع حالتي وفاة، "
        "ومقتل ما يقرب من 150 إنسانا"
    )
    assert [(f.value, f.qualifier.value) for f in found] == [
        (4000, "at_least"),
        (4500, "up_to"),
        (18_500_000, "at_least"),
        (19_000_000, "up_to"),
        (15, "at_least"),
        (20, "up_to"),
        (17, "exact"),
        (Decimal("16.3"), "exact"),
        (2, "exact"),
        (150, "about"),
    ]
    assert found[4].unit == "%"
