"""Steps 5–6: attribution chains and claim spans (through extract())."""

from __future__ import annotations

from claims.extraction import ClaimKind
from claims.extraction.prepare import tokenize
from claims.extraction.spans import content_start, trim
from tests.extraction.conftest import claim_with


def test_content_starts_after_the_complementiser(run):
    text = "وقال رئيس بلدية المدينة سعد المالكي، الأربعاء، إن أعمال الصيانة ستنتهي الشهر المقبل.\n"
    ex = run(text)
    (claim,) = ex.claims
    assert claim.text == "أعمال الصيانة ستنتهي الشهر المقبل"
    assert not claim.direct


def test_quoted_passage_after_a_colon_is_direct_without_its_marks(run):
    text = 'وأكد الحارس ماتيو لوبيز في تصريحات لقناة محلية: "سنقاتل حتى آخر دقيقة".\n'
    (claim,) = run(text).claims
    assert claim.text == "سنقاتل حتى آخر دقيقة"
    assert claim.direct


def test_occasion_phrases_are_skipped(run):
    text = "وأوضح الوزير جمال سرور على هامش اجتماعات المنتدى الاقتصادي، أن الاستثمارات تضاعفت.\n"
    (claim,) = run(text).claims
    assert claim.text == "الاستثمارات تضاعفت"


def test_verbal_noun_complement(run):
    text = "وأعلنت السلطات الصحية، الأحد، في العاصمة، إغلاق المدارس لمدة أسبوع.\n"
    (claim,) = run(text).claims
    assert claim.text.startswith("إغلاق المدارس")
    assert run(text).speaker(claim.speaker).name == "السلطات الصحية"


def test_object_and_prepositional_complements(run):
    text = (
        "وحثت الشرطة المحلية السائقين على تجنب الطرق الجبلية.\n\n"
        "كما طالبت نقابة الأطباء بزيادة عدد الأسرة، ودعت إلى فتح مستشفى جديد.\n"
    )
    ex = run(text)
    assert claim_with(ex, "السائقين على تجنب").kind == ClaimKind.CALL
    first = claim_with(ex, "بزيادة عدد الأسرة")
    assert "فتح مستشفى" not in first.text  # the second verb opens its own claim
    second = claim_with(ex, "فتح مستشفى جديد")
    assert second.speaker == first.speaker  # zero subject: the same union


def test_participial_follow_on_stays_in_the_claim(run):
    text = 'وقال المدير سامي نعمان إن الإنتاج زاد، مشيرا إلى أن "الطلب يفوق العرض".\n'
    (claim,) = run(text).claims
    assert claim.text == 'الإنتاج زاد، مشيرا إلى أن "الطلب يفوق العرض"'


def test_relay_chain_gives_speaker_and_via(run):
    text = (
        "وأفادت وكالة الشرق للأنباء نقلاً عن بيانات رئيس هيئة الإسعاف علي بدر، أن 8 "
        "أشخاص أصيبوا.\n\n"
        "ونقلت صحيفة المساء عن المحافظ فريد سالم قوله إن الطريق سيفتح غدا.\n"
    )
    ex = run(text)
    first = claim_with(ex, "أشخاص أصيبوا")
    assert ex.speaker(first.speaker).name == "علي بدر"
    assert ex.speaker(first.via).name == "وكالة الشرق للأنباء"
    second = claim_with(ex, "الطريق سيفتح")
    assert ex.speaker(second.speaker).name == "فريد سالم"
    assert ex.speaker(second.via).name == "صحيفة المساء"


def test_on_the_tongue_names_the_real_speaker(run):
    text = "وعلقت الحكومة على لسان المتحدث باسمها نبيل عيسى قائلا، إن الخطة واقعية.\n"
    ex = run(text)
    (claim,) = ex.claims
    assert ex.speaker(claim.speaker).name == "نبيل عيسى"
    assert claim.via is None
    assert claim.text == "الخطة واقعية"


def test_according_to_before_and_after_the_content(run):
    text = (
        "وبحسب المتحدثة باسم المستشفى هدى فارس، فإن حالة المصابين مستقرة.\n\n"
        "ووفقا لمديرية التربية، فإن الامتحانات ستجرى في موعدها.\n\n"
        "وارتفعت حصيلة الضحايا إلى 9 قتلى، بحسب الدفاع المدني.\n"
    )
    ex = run(text)
    assert ex.speaker(claim_with(ex, "حالة المصابين").speaker).name == "هدى فارس"
    assert ex.speaker(claim_with(ex, "الامتحانات ستجرى").speaker).name == "مديرية التربية"
    late = claim_with(ex, "حصيلة الضحايا")
    assert ex.speaker(late.speaker).name == "الدفاع المدني"
    assert late.figures[0].value == 9


def test_claims_never_cross_paragraphs(run):
    text = "وقال الخبير مراد حسن إن السوق مستقر\n\nوهذا ما لم يحدث منذ سنوات.\n"
    (claim,) = run(text).claims
    assert claim.text == "السوق مستقر"


def test_kinds(run):
    text = (
        "ونفى المتحدث باسم الشركة وجود أي تسريب.\n\n"
        "ودعا رئيس الاتحاد الأعضاء إلى المشاركة في التصويت.\n\n"
        "وقال المدير المالي إن الشركة ترفض الاستحواذ.\n\n"
        "وقال المدير المالي إن الشركة باعت 500 وحدة.\n\n"
        "وقال المدير المالي إن الاجتماع انتهى.\n"
    )
    ex = run(text)
    assert claim_with(ex, "وجود أي تسريب").kind == ClaimKind.DENIAL
    assert claim_with(ex, "المشاركة في التصويت").kind == ClaimKind.CALL
    assert claim_with(ex, "ترفض الاستحواذ").kind == ClaimKind.POSITION
    assert claim_with(ex, "باعت 500 وحدة").kind == ClaimKind.FIGURE
    assert claim_with(ex, "الاجتماع انتهى").kind == ClaimKind.STATEMENT


def test_stray_quote_is_trimmed():
    text = 'أن الوضع لا يزال غير مستقر".'
    toks = tokenize(text, 0, len(text))
    a, b, direct = trim(toks, 1, len(toks))
    assert text[toks[a].start : toks[b - 1].end] == "الوضع لا يزال غير مستقر"
    assert not direct


def test_content_start_reports_nested_speaker():
    text = "نقلا عن مصدر أمني، أن الحدود مغلقة"
    toks = tokenize(text, 0, len(text))
    start = content_start(toks, 0, None, text)
    assert start.relayed and start.speaker.role == "مصدر أمني"
    assert toks[start.index].text == "الحدود"


def test_quoted_outlet_audience_and_unnamed_official(run):
    text = (
        "وقالت المدعية العامة سارة ليندبرغ للصحفيين إن النيابة ستوجه تهمة جديدة.\n\n"
        'ونقلت صحيفة "الأخبار" عن مسؤول في الشرطة قوله: "لدينا أدلة قوية".\n'
    )
    ex = run(text)
    prosecutor = claim_with(ex, "النيابة ستوجه")
    assert prosecutor.text == "النيابة ستوجه تهمة جديدة"
    assert ex.speaker(prosecutor.speaker).role == "المدعية العامة"
    relayed = claim_with(ex, "لدينا أدلة قوية")
    assert relayed.direct
    assert ex.speaker(relayed.via).name == 'صحيفة "الأخبار"'
    assert ex.speaker(relayed.speaker).name == "مسؤول في الشرطة"
