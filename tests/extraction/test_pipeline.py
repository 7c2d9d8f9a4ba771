# ruff: noqa: E501 -- the articles below are prose, one paragraph per line
"""End-to-end: original wire-copy articles (invented people and bodies) through extract()."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from claims.extraction import EXTRACTOR_VERSION, ClaimKind, Qualifier, SpeakerKind, extract
from tests.extraction.conftest import assert_invariants, claim_with, speaker_of

SEED = Path(__file__).resolve().parents[2] / "seeds" / "karabakh-2023-09-20-ar.txt"

TRADE = """الإشراف العام
نادر سليم
الإشراف العام
نادر سليم

صادرات القمح تتراجع والحكومة تطمئن الأسواق

ميناء التصدير الرئيسي
ميناء التصدير الرئيسي

تراجعت صادرات القمح خلال الربع الثالث، وسط مخاوف من ارتفاع الأسعار المحلية.

وقال وزير التجارة الداخلية عماد الفرا، الأحد، إن الصادرات انخفضت بنسبة ١٥٫٥٪ مقارنة بالعام الماضي، لكنها ما زالت تتجاوز 1,200,000 طن.

وأضاف الفرا في تصريحات للصحفيين أن المخزون الاستراتيجي "يكفي لمدة ستة أشهر على الأقل"، مشددا على أن الحكومة لن ترفع سعر الخبز المدعم.

ونفت الوزارة ما تردد عن وقف التصدير، موضحة أن العقود الموقعة ستنفذ في مواعيدها.

وبحسب المتحدثة باسم هيئة السلع التموينية رنا الخطيب، فإن الهيئة اشترت نحو 300 ألف طن من الموردين المحليين.

وأشارت الخطيب إلى أن عشرات الشحنات تنتظر التفريغ في الموانئ.
"""

UN_REPORT = """مجلس حقوق الإنسان يناقش تقريرا عن أوضاع اللاجئين

دعا المفوض السامي لشؤون اللاجئين فيليب أوكيرو، الخميس، إلى زيادة التمويل الإنساني بشكل عاجل.

وقالت ماري لوران، المتحدثة باسم المفوضية السامية لشؤون اللاجئين، خلال مؤتمر صحفي في جنيف، إن "أكثر من 3 ملايين شخص فروا من منازلهم منذ بداية العام".

وأضافت أن المفوضية لم تتلق سوى 40% من التمويل المطلوب.

من جهتها، حذرت منظمة الأغذية الدولية من أن مئات الآلاف يواجهون خطر المجاعة.

وأفادت وكالة الأنباء الوطنية، نقلا عن مسؤول محلي، أن قافلتين من المساعدات وصلتا إلى المخيمات.
"""

MATCH = """المنتخب يتأهل إلى نصف النهائي

أكد مدرب المنتخب الوطني حسام الدين رفعت أن اللاعبين قدموا "مباراة كبيرة" أمام منافس قوي.

ولفت رفعت إلى أن الفريق سجل هدفين في الشوط الأول، لافتا إلى أن الجماهير لعبت دورا حاسما.

وطالب الاتحاد الإفريقي لكرة القدم الأندية بالالتزام بمواعيد تسليم اللاعبين الدوليين.

وذكر المتحدث باسم الاتحاد أن الدور المقبل سيقام في ملعب العاصمة يوم 12 أكتوبر.
"""

HEALTH = """وزارة الصحة: تراجع الإصابات بالإنفلونزا الموسمية

كتب: محمود سالم

أعلنت وزارة الصحة والسكان، اليوم السبت، تراجع عدد الإصابات بالإنفلونزا الموسمية بنسبة 30% خلال الأسبوع الماضي.

وقال المتحدث الرسمي باسم الوزارة الدكتور حسام عبد الغفار، في تصريحات تلفزيونية، إن المستشفيات استقبلت نحو 1500 حالة فقط، مقارنة بأكثر من ألفي حالة قبل أسبوعين.

وأوضح عبد الغفار أن الوزارة وفرت 2 مليون جرعة من اللقاح، مطالبا المواطنين بالتوجه إلى أقرب وحدة صحية.

من جانبها، قالت الدكتورة نادية حلمي، أستاذة الأمراض الصدرية بجامعة القاهرة، إن "الموجة الحالية أخف من العام الماضي".

وأضافت حلمي أن كبار السن يجب أن يحصلوا على اللقاح قبل نهاية الشهر.

فيما نفت نقابة الصيادلة وجود نقص في أدوية البرد، مؤكدة أن المخزون يكفي لثلاثة أشهر.

وطالب النائب البرلماني أيمن مراد الحكومة بزيادة ميزانية الصحة إلى 5 في المائة من الناتج.
"""


def test_extractor_version_is_stamped():
    assert extract("").version == EXTRACTOR_VERSION
    assert EXTRACTOR_VERSION.startswith("ar-")


def test_empty_and_cue_free_text_give_nothing():
    assert extract("").claims == ()
    assert extract("بدأت الأمطار في الهطول على المدينة منذ الصباح.\n").claims == ()


def test_trade_article_speakers_roles_and_figures(run):
    ex = run(TRADE)
    names = {s.name for s in ex.speakers}
    assert names == {"عماد الفرا", "الوزارة", "رنا الخطيب"} or names >= {"عماد الفرا", "رنا الخطيب"}
    minister = next(s for s in ex.speakers if s.name == "عماد الفرا")
    assert minister.role == "وزير التجارة الداخلية"
    assert "الفرا" in minister.aliases
    assert speaker_of(ex, "الصادرات انخفضت") == "عماد الفرا"
    assert speaker_of(ex, "المخزون الاستراتيجي") == "عماد الفرا"
    first = claim_with(ex, "الصادرات انخفضت")
    assert first.cue == "قال" and not first.direct
    percent = next(f for f in first.figures if f.unit == "%")
    assert percent.value == Decimal("15.5")
    tons = next(f for f in first.figures if f.value == 1_200_000)
    assert tons.qualifier == Qualifier.MORE_THAN  # "ما زالت تتجاوز 1,200,000 طن"
    second = claim_with(ex, "المخزون الاستراتيجي")
    assert "الحكومة لن ترفع سعر الخبز" in second.text  # follow-on kept in the claim
    six = next(f for f in second.figures if f.value == 6)
    assert six.qualifier == Qualifier.AT_LEAST  # "ستة أشهر على الأقل"
    spokeswoman = next(s for s in ex.speakers if s.name == "رنا الخطيب")
    assert spokeswoman.role == "المتحدثة باسم هيئة السلع التموينية"
    assert spokeswoman.affiliation_name == "هيئة السلع التموينية"
    bought = claim_with(ex, "الهيئة اشترت")
    assert bought.figures[0].value == 300_000
    assert bought.figures[0].qualifier == Qualifier.ABOUT
    assert speaker_of(ex, "عشرات الشحنات") == "رنا الخطيب"
    assert claim_with(ex, "عشرات الشحنات").figures[0].qualifier == Qualifier.DOZENS


def test_trade_article_denial(run):
    ex = run(TRADE)
    denial = claim_with(ex, "ما تردد عن وقف التصدير")
    assert denial.kind == ClaimKind.DENIAL
    assert denial.cue == "نفى"


def test_un_report(run):
    ex = run(UN_REPORT)
    assert speaker_of(ex, "زيادة التمويل الإنساني") == "فيليب أوكيرو"
    call = claim_with(ex, "زيادة التمويل الإنساني")
    assert call.kind == ClaimKind.CALL
    lauren = next(s for s in ex.speakers if s.name == "ماري لوران")
    assert lauren.role.startswith("المتحدثة باسم المفوضية")
    quote = claim_with(ex, "فروا من منازلهم")
    assert quote.direct and not quote.text.startswith('"')
    millions = quote.figures[0]
    assert (millions.value, millions.qualifier) == (3_000_000, Qualifier.MORE_THAN)
    # zero subject, feminine verb → the spokeswoman
    assert speaker_of(ex, "لم تتلق سوى") == "ماري لوران"
    assert claim_with(ex, "لم تتلق سوى").figures[0].value == 40
    assert speaker_of(ex, "مئات الآلاف") == "منظمة الأغذية الدولية"
    relayed = claim_with(ex, "قافلتين")
    assert ex.speaker(relayed.speaker).name == "مسؤول محلي"
    assert ex.speaker(relayed.via).name == "وكالة الأنباء الوطنية"
    assert relayed.figures[0].value == 2


def test_match_report(run):
    ex = run(MATCH)
    coach = next(s for s in ex.speakers if s.kind == SpeakerKind.PERSON and "رفعت" in s.name)
    assert coach.name == "حسام الدين رفعت"
    assert coach.role == "مدرب المنتخب الوطني"
    assert speaker_of(ex, "الفريق سجل هدفين") == "حسام الدين رفعت"
    goals = claim_with(ex, "الفريق سجل هدفين")
    assert [f.value for f in goals.figures] == [2]
    assert "الجماهير لعبت دورا حاسما" in goals.text
    union = claim_with(ex, "الأندية بالالتزام")
    assert union.kind == ClaimKind.CALL
    assert ex.speaker(union.speaker).kind == SpeakerKind.ORGANIZATION
    # a date is not a figure
    assert claim_with(ex, "الدور المقبل").figures == ()


def test_seed_article_speakers():
    text = SEED.read_text(encoding="utf-8")
    ex = extract(text)
    assert_invariants(text, ex)
    assert len(ex.speakers) == 17
    assert len({s.name for s in ex.speakers}) == 17
    assert all(s.name for s in ex.speakers)
    persons = [s for s in ex.speakers if s.kind == SpeakerKind.PERSON]
    assert all(s.role for s in persons)
    assert all(len(s.name.split()) >= 2 for s in persons)
    assert any(s.affiliation for s in persons)  # a spokesperson of an org that speaks
    assert len(ex.claims) >= 34


def test_health_article(run):
    ex = run(HEALTH)
    ministry = next(s for s in ex.speakers if s.kind == SpeakerKind.ORGANIZATION)
    assert ministry.name == "وزارة الصحة والسكان"
    assert "الصحة والسكان" in ministry.aliases
    first = claim_with(ex, "تراجع عدد الإصابات")
    assert first.text.startswith("تراجع")  # the date after the subject is skipped
    spokesman = next(s for s in ex.speakers if "عبد الغفار" in s.name)
    assert spokesman.name == "حسام عبد الغفار"  # honorific الدكتور left out
    assert "عبد الغفار" in spokesman.aliases
    assert spokesman.affiliation == ministry.key  # باسم الوزارة → the ministry named before
    cases = claim_with(ex, "المستشفيات استقبلت")
    values = [(f.value, f.qualifier) for f in cases.figures]
    assert (1500, Qualifier.ABOUT) in values
    assert (2000, Qualifier.MORE_THAN) in values  # ألفي: the dual of ألف
    assert claim_with(ex, "وفرت 2 مليون جرعة").figures[0].value == 2_000_000
    professor = next(s for s in ex.speakers if s.name == "نادية حلمي")
    assert professor.role == "أستاذة الأمراض الصدرية بجامعة القاهرة"
    assert speaker_of(ex, "كبار السن") == "نادية حلمي"
    assert claim_with(ex, "وجود نقص في أدوية البرد").kind == ClaimKind.DENIAL
    mp = claim_with(ex, "بزيادة ميزانية الصحة")
    assert ex.speaker(mp.speaker).name == "أيمن مراد"
    assert (mp.kind, mp.figures[0].value, mp.figures[0].unit) == (ClaimKind.CALL, 5, "%")
