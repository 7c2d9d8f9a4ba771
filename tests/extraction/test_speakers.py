"""Step 3: speaker phrases (role and name in both orders, organisations)."""

from __future__ import annotations

import pytest

from claims.extraction.prepare import tokenize
from claims.extraction.speakers import parse_speaker


def phrase(text: str, at: int = 0):
    toks = tokenize(text, 0, len(text))
    return parse_speaker(toks, at, text), toks


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("المتحدث باسم وزارة النقل سامح عوض، إن", "سامح عوض", "المتحدث باسم وزارة النقل"),
        (
            "المتحدثة بإسم الهيئة العامة للطرق منى زكي إن",
            "منى زكي",
            "المتحدثة بإسم الهيئة العامة للطرق",
        ),
        ("وزير المالية المغربي خالد الناصري، الاثنين", "خالد الناصري", "وزير المالية المغربي"),
        ("الرئيس التنفيذي للشركة ماجد سعيد حمدان، أن", "ماجد سعيد حمدان", "الرئيس التنفيذي للشركة"),
        ("الأمين العام لـ الجامعة فؤاد يوسف إن", "فؤاد يوسف", "الأمين العام لـ الجامعة"),
        (
            "مفوض شؤون الإغاثة في بلدة السهل كريم منصور، أن",
            "كريم منصور",
            "مفوض شؤون الإغاثة في بلدة السهل",
        ),
        ("وزير الصحة الدكتور عادل الشامي إن", "عادل الشامي", "وزير الصحة"),
        ("المدير الفني نور الدين عامر أن", "نور الدين عامر", "المدير الفني"),
        (
            "الوزيرة المكلفة بملف الطاقة منى الساعدي إن",
            "منى الساعدي",
            "الوزيرة المكلفة بملف الطاقة",
        ),
        (
            "نائب الرئيس المسؤول عن الملف الاقتصادي كمال حيدر إن",
            "كمال حيدر",
            "نائب الرئيس المسؤول عن الملف الاقتصادي",
        ),
        ("الوزير المنتدب لدى الرئاسة سعيد بلقاسم إن", "سعيد بلقاسم", "الوزير المنتدب لدى الرئاسة"),
        # a chain of indefinite constructs closed by a definite noun
        ("نائب رئيس مجلس الوزراء سامي حداد إن", "سامي حداد", "نائب رئيس مجلس الوزراء"),
        # …a coordinated construct pair, and the province the office covers
        (
            "مدير فرع هيئة الرصد وحماية الغابات بمنطقة السهول نادر الحلو، أمس، إن",
            "نادر الحلو",
            "مدير فرع هيئة الرصد وحماية الغابات بمنطقة السهول",
        ),
        # the outlet spoken to is not part of the name
        ("المتحدثة باسم المكتب سيلين مارو لشبكة", "سيلين مارو", "المتحدثة باسم المكتب"),
    ],
)
def test_role_then_name(text, name, role):
    p, _ = phrase(text)
    assert p.kind == "person"
    assert p.name == name
    assert p.role == role


def test_name_then_role_apposition():
    p, _toks = phrase("جوليا مارتن، المتحدثة باسم صندوق الأمم الإنمائي، إن الصندوق")
    assert p.name == "جوليا مارتن"
    assert p.role == "المتحدثة باسم صندوق الأمم الإنمائي"
    assert p.org == "صندوق الأمم الإنمائي"
    assert p.gender == "f"


def test_spokesperson_affiliation():
    p, _ = phrase("المتحدث باسم وزارة الزراعة الليبية علي منصور إن")
    assert p.org == "وزارة الزراعة الليبية"


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("وزارة الزراعة الليبية أن", "وزارة الزراعة الليبية", "f"),
        ("السلطات المحلية، الأحد", "السلطات المحلية", "f"),
        ("الشرطة الفرنسية المحتجين على", "الشرطة الفرنسية", "f"),
        ("الخارجية الكندية في بيان", "الخارجية الكندية", "f"),
        ("وكالة نوفا للأنباء أن", "وكالة نوفا للأنباء", "f"),
        ("الاتحاد الآسيوي للتنس إن", "الاتحاد الآسيوي للتنس", "m"),
        ("السلطات الموالية لـ الحكومة، الثلاثاء", "السلطات الموالية لـ الحكومة", "f"),
    ],
)
def test_organisations(text, name, gender):
    p, _ = phrase(text)
    assert p.kind == "organization"
    assert p.name == name
    assert p.gender == gender


def test_bare_definite_org_noun_is_anaphora():
    p, _ = phrase("الوزارة أن العمل مستمر")
    assert p.kind == "organization" and p.anaphor
    assert p.head == "وزاره"
    portfolio, _ = phrase("الخارجية الكندية أن")
    assert portfolio.head == "وزاره"  # a portfolio ministry shares the ministry head


@pytest.mark.parametrize("text", ["بيرتوني في بيان", "الحربي إن", "مارتينيز:"])
def test_lone_surname_before_a_boundary(text):
    p, _ = phrase(text)
    assert p is not None and p.kind == "person"
    assert p.name == text.split()[0].rstrip(":")


@pytest.mark.parametrize("text", ["بانسحاب القوات الأجنبية من المنطقة", "إن الأسعار", ": نحن"])
def test_no_subject(text):
    p, _ = phrase(text)
    assert p is None


def test_role_only_mention_has_no_name():
    p, _ = phrase("المتحدث باسم الجيش الانتباه إلى أن")
    assert p.name == ""
    assert p.role == "المتحدث باسم الجيش"


def test_pronoun_suffix():
    p, _ = phrase("لها، ارتفع")
    assert p.anaphor and p.gender == "f"


def test_unnamed_official_with_adjective():
    p, _ = phrase("مصدر أمني أن")
    assert p.role == "مصدر أمني" and p.name == ""


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("سامي نور وزير المالية إن", "سامي نور", "وزير المالية"),
        ("د. بدر عادل وزير الخارجية والهجرة، الدول", "بدر عادل", "وزير الخارجية والهجرة"),
        ("الدكتور بدر عبد الكريم وزير الخارجية، الدول", "بدر عبد الكريم", "وزير الخارجية"),
    ],
)
def test_name_then_role_without_a_comma(text, name, role):
    p, _ = phrase(text)
    assert (p.kind, p.name, p.role) == ("person", name, role)


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        (
            "وزير التربية ووزير التعليم العالي الدكتور سامي نور أن",
            "سامي نور",
            "وزير التربية ووزير التعليم العالي",
            "",
        ),
        (
            "المديرة التنفيذية لبرنامج الشعوب المتحدة للبيئة لينا سالم في كلمة",
            "لينا سالم",
            "المديرة التنفيذية لبرنامج الشعوب المتحدة للبيئة",
            "برنامج الشعوب المتحدة للبيئة",
        ),
        ("وكيلة «الصحة العامة» هالة نور أن", "هالة نور", "وكيلة «الصحة العامة»", ""),
        (
            "المتحدث الرسمي باسم القوات المسلحة، العقيد سامر نور، في بيان",
            "سامر نور",
            "المتحدث الرسمي باسم القوات المسلحة",
            "القوات المسلحة",
        ),
        (
            "رئيس شرطة مدينة كرايست هيل، مارك بيل، اليوم",
            "مارك بيل",
            "رئيس شرطة مدينة كرايست هيل",
            "",
        ),
        ("الطيار حسام نور وزير الطيران المدني أن", "حسام نور", "وزير الطيران المدني", ""),
    ],
)
def test_longer_roles_of_wire_copy(text, name, role, org):
    p, _ = phrase(text)
    assert (p.kind, p.name, p.role) == ("person", name, role)
    if org:
        assert p.org == org


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وزارة الزراعة واستصلاح الأراضي، أن", "وزارة الزراعة واستصلاح الأراضي"),
        ("شركة نور باور، اليوم، عن", "شركة نور باور"),
    ],
)
def test_organisations_with_coordinated_or_two_word_names(text, name):
    p, _ = phrase(text)
    assert (p.kind, p.name) == ("organization", name)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "الدكتور سالم بن محمد الحارثي مستشار رئيس مجلس الوزراء "
            "المتحدث الرسمي لوزارة الخارجية، إن",
            "سالم بن محمد الحارثي",
            "مستشار رئيس مجلس الوزراء المتحدث الرسمي لوزارة الخارجية",
        ),
        ("عبد الله بن سالم الحارثي إن", "عبد الله بن سالم الحارثي", ""),
        (
            "المتحدث الرسمي لوزارة الخارجية سامي نور إن",
            "سامي نور",
            "المتحدث الرسمي لوزارة الخارجية",
        ),
        ("نشطاء محليون بمقتل", "", "نشطاء محليون"),
    ],
)
def test_lineage_names_offices_in_a_row_and_groups(text, name, role):
    p, _ = phrase(text)
    assert (p.kind, p.name, p.role) == ("person", name, role)
