import pytest

from claims.extraction.normalize import normalize_key, strip_diacritics


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أحمد إبراهيم", "احمد ابراهيم"),
        ("آمنة", "امنه"),
        ("مصطفى", "مصطفي"),
        ("مُحَمَّد", "محمد"),
        ("أحمــد", "أحمد"),
        ("السلطات الموالية لـ كاريستان", "السلطات الموالية لكاريستان"),
        ("الأمين العام لـ الرابطة الدولية", "الأمين العام للرابطة الدولية"),
        ("تعترف بـ الاتفاق", "تعترف بالاتفاق"),
        ("«الوزارة»،  قالت", "الوزارة قالت"),
        ("Ministry\xa0of Health", "ministry of health"),
    ],
)
def test_spelling_variants_share_a_key(a, b):
    assert normalize_key(a) == normalize_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("سامي الحداد", "ليلى الحداد"),
        ("الدفاع", "الخارجية"),
        # A word that merely starts with ل or ب keeps its letters.
        ("لبنان", "بنان"),
    ],
)
def test_different_names_keep_different_keys(a, b):
    assert normalize_key(a) != normalize_key(b)


def test_empty_and_punctuation_only_give_an_empty_key():
    assert normalize_key("") == ""
    assert normalize_key(" ،؛ «» - ") == ""


def test_strip_diacritics_keeps_letters_and_punctuation():
    assert strip_diacritics("قَالَ: «نَعَم»") == "قال: «نعم»"
