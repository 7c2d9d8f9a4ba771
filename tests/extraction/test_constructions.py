"""Constructions met in wire copy from outlets the extractor was not tuned on.

Every sentence is original, with invented people and generic bodies; each one is the
whole body of a tiny article (a title line first, as the extractor expects).
"""

from __future__ import annotations

import pytest

from claims.extraction import ClaimKind
from tests.extraction.conftest import claim_with

TITLE = "عنوان الخبر\n\n"

# (sentence, the claim's text exactly, speaker name, claim kind)
CASES = [
    # generic organisation head nouns
    (
        "حذر برنامج الأغذية العالمي من أن أكثر من 3 ملايين شخص يواجهون خطر المجاعة.",
        "أكثر من 3 ملايين شخص يواجهون خطر المجاعة",
        "برنامج الأغذية العالمي",
        ClaimKind.FIGURE,
    ),
    (
        "وأعلنت رابطة الأندية المحترفة أن الموسم سينطلق في موعده.",
        "الموسم سينطلق في موعده",
        "رابطة الأندية المحترفة",
        ClaimKind.STATEMENT,
    ),
    (
        "وأفاد مستشفى الجامعة بأن قسم الطوارئ استقبل عشرات المصابين.",
        "قسم الطوارئ استقبل عشرات المصابين",
        "مستشفى الجامعة",
        ClaimKind.FIGURE,
    ),
    (
        "أعلنت وزارة الصحة والوقاية تسجيل إصابات جديدة.",
        "تسجيل إصابات جديدة",
        "وزارة الصحة والوقاية",
        ClaimKind.STATEMENT,
    ),
    # call verbs: the object after a complete role is not a name
    (
        "دعا الأمين العام للمنظمة الدول المانحة إلى زيادة مساهماتها بشكل عاجل.",
        "الدول المانحة إلى زيادة مساهماتها بشكل عاجل",
        "الأمين العام للمنظمة",
        ClaimKind.CALL,
    ),
    (
        "وحث وكيل الوزارة سامي العتيبي المواطنين على تلقي اللقاح.",
        "المواطنين على تلقي اللقاح",
        "سامي العتيبي",
        ClaimKind.CALL,
    ),
    # subject before the verb
    (
        "الوزير خالد العمري قال إن الأسعار ستنخفض.",
        "الأسعار ستنخفض",
        "خالد العمري",
        ClaimKind.STATEMENT,
    ),
    (
        "وزارة الصحة أعلنت أن عدد الإصابات تراجع.",
        "عدد الإصابات تراجع",
        "وزارة الصحة",
        ClaimKind.STATEMENT,
    ),
    (
        "وكان وزير المالية قد أكد الأسبوع الماضي أن الميزانية ستسجل فائضا.",
        "الميزانية ستسجل فائضا",
        "وزير المالية",
        ClaimKind.STATEMENT,
    ),
    (
        "البنك المركزي أعلن من جهته أن التضخم تراجع.",
        "التضخم تراجع",
        "البنك المركزي",
        ClaimKind.STATEMENT,
    ),
    (
        "أما نادي الساحل فقد أشاد بقرار اللجنة.",
        "بقرار اللجنة",
        "نادي الساحل",
        ClaimKind.POSITION,
    ),
    (
        "النائبة عن كتلة التغيير ريما خوري اعتبرت أن المشروع منقوص.",
        "المشروع منقوص",
        "ريما خوري",
        ClaimKind.POSITION,
    ),
    (
        "وزير الخارجية، من جهته، قال إن الحوار مستمر.",
        "الحوار مستمر",
        "وزير الخارجية",
        ClaimKind.STATEMENT,
    ),
    (
        "وقال مسعفون في البلدة إن بين القتلى أطفالا.",
        "بين القتلى أطفالا",
        "مسعفون في البلدة",
        ClaimKind.STATEMENT,
    ),
    (
        "وأكد شهود عيان أن القصف استمر لأكثر من ست ساعات.",
        "القصف استمر لأكثر من ست ساعات",
        "شهود عيان",
        ClaimKind.FIGURE,
    ),
    (
        "أعلنت شركة الاتصالات المتكاملة، في بيان، أن أرباحها ارتفعت.",
        "أرباحها ارتفعت",
        "شركة الاتصالات المتكاملة",
        ClaimKind.STATEMENT,
    ),
    (
        "وبحسب تقرير صادر عن الهيئة الوطنية للإحصاء، فإن البطالة تراجعت.",
        "البطالة تراجعت",
        "الهيئة الوطنية للإحصاء",
        ClaimKind.STATEMENT,
    ),
    (
        "الاتحاد العام للشغل دعا بدوره إلى إضراب عام.",
        "إلى إضراب عام",
        "الاتحاد العام للشغل",
        ClaimKind.CALL,
    ),
    (
        "الحكومة ردت على المحتجين بخطة إصلاحات، وأعلنت أن الحوار مفتوح.",
        "الحوار مفتوح",
        "الحكومة",
        ClaimKind.STATEMENT,
    ),
    (
        "وقال الكاتب العام للوزارة عبد الكريم بنعيسى إن المساحات تقلصت.",
        "المساحات تقلصت",
        "عبد الكريم بنعيسى",
        ClaimKind.STATEMENT,
    ),
    (
        "واعتبر رئيس جمعية منتجي الحبوب الحسين أوعلي أن الدعم غير كاف.",
        "الدعم غير كاف",
        "الحسين أوعلي",
        ClaimKind.POSITION,
    ),
    (
        "انتقد الوزير القرار بشدة.",
        "القرار بشدة",
        "الوزير",
        ClaimKind.POSITION,
    ),
    (
        "وذكر بيان صادر عن وزارة الخارجية أن الوزيرين اتفقا على اجتماع.",
        "الوزيرين اتفقا على اجتماع",
        "وزارة الخارجية",
        ClaimKind.STATEMENT,
    ),
    (
        "وبلغت نسبة ملء السدود 28 في المائة، وفق آخر معطيات وزارة التجهيز والماء.",
        "وبلغت نسبة ملء السدود 28 في المائة",
        "وزارة التجهيز والماء",
        ClaimKind.FIGURE,
    ),
    (
        "وقال الرئيس السابق خالد منصور إن الأزمة عميقة.",
        "الأزمة عميقة",
        "خالد منصور",
        ClaimKind.STATEMENT,
    ),
    (
        "الناطق الإعلامي باسم المديرية العقيد عامر السرطاوي قال إن الشبكة تفككت.",
        "الشبكة تفككت",
        "عامر السرطاوي",
        ClaimKind.STATEMENT,
    ),
    (
        "نفى محامي أحد الموقوفين، يوسف العمد، أن يكون موكله متورطا.",
        "يكون موكله متورطا",
        "يوسف العمد",
        ClaimKind.DENIAL,
    ),
    (
        "وأعلن بنك الإسكان للتجارة والتمويل أن أرباحه قفزت.",
        "أرباحه قفزت",
        "بنك الإسكان للتجارة والتمويل",
        ClaimKind.STATEMENT,
    ),
    (
        "وبحسب بيان للمديرية، فقد ضبطت القوات شحنة كبيرة.",
        "ضبطت القوات شحنة كبيرة",  # the فـ answers بحسب; not part of the words
        "المديرية",
        ClaimKind.STATEMENT,
    ),
    (
        "ويتوقع الصندوق أن تستقطب السوق استثمارات جديدة، بحسب بيان للصندوق.",
        "تستقطب السوق استثمارات جديدة",
        "الصندوق",
        ClaimKind.STATEMENT,
    ),
    (
        "في المقابل، قطعت سلطة المياه الضخ عن الأحياء، مؤكدة أن الضخ سيعود قريبا.",
        "الضخ سيعود قريبا",
        "سلطة المياه",
        ClaimKind.STATEMENT,
    ),
    (
        "وحثت منظمة الأرض الخضراء البلديات على إصلاح الشبكات.",
        "البلديات على إصلاح الشبكات",
        "منظمة الأرض الخضراء",
        ClaimKind.CALL,
    ),
    (
        "ويقول المواطن أحمد الزعبي، وهو أب لخمسة أطفال: «لم نر قطرة ماء».",
        "لم نر قطرة ماء",
        "أحمد الزعبي",
        ClaimKind.STATEMENT,
    ),
    # reporting verb after the quotation or the content
    ("«الخطة جاهزة»، قال الوزير.", "الخطة جاهزة", "الوزير", ClaimKind.STATEMENT),
    (
        "«لن نتهاون مع أي تجاوز»، أضاف المتحدث باسم الشرطة.",
        "لن نتهاون مع أي تجاوز",
        "المتحدث باسم الشرطة",
        ClaimKind.POSITION,
    ),
    (
        "تراجعت الأسعار بنسبة 5%، بحسب ما قال الوزير.",
        "تراجعت الأسعار بنسبة 5%",
        "الوزير",
        ClaimKind.FIGURE,
    ),
    (
        "وارتفعت الصادرات، وفق ما أعلنته الوزارة.",
        "وارتفعت الصادرات",  # a glued و stays: it may be part of the word
        "الوزارة",
        ClaimKind.STATEMENT,
    ),
    (
        "وتقام المباراة يوم الجمعة، بحسب ما ذكرته وكالة الأنباء الرسمية.",
        "وتقام المباراة يوم الجمعة",
        "وكالة الأنباء الرسمية",
        ClaimKind.STATEMENT,
    ),
    (
        "أجلت المحكمة النظر في القضية، حسبما أفادت مصادر قضائية.",
        "أجلت المحكمة النظر في القضية",
        "مصادر قضائية",
        ClaimKind.STATEMENT,
    ),
    # occasions and sources
    (
        "وفي بيان لها، أكدت الوزارة أن المخزون يكفي.",
        "المخزون يكفي",
        "الوزارة",
        ClaimKind.STATEMENT,
    ),
    ("قال مصدر أمني إن الهجوم فشل.", "الهجوم فشل", "مصدر أمني", ClaimKind.STATEMENT),
    (
        "وأفاد مصدر مصرفي مطلع بأن البنك يدرس خفض الفائدة.",
        "البنك يدرس خفض الفائدة",
        "مصدر مصرفي مطلع",
        ClaimKind.STATEMENT,
    ),
    (
        "ووفقا لبيانات الوزارة، فإن المخزون يكفي لستة أشهر.",
        "المخزون يكفي لستة أشهر",
        "الوزارة",
        ClaimKind.STATEMENT,
    ),
    (
        "وقالت مديرة الرصد في الوزارة الدكتورة هالة الصافي إن الحملة نجحت.",
        "الحملة نجحت",
        "هالة الصافي",
        ClaimKind.STATEMENT,
    ),
    (
        "«نتوقع نموا أقوى»، قالت كبيرة الاقتصاديين في البنك الأهلي سارة القحطاني.",
        "نتوقع نموا أقوى",
        "سارة القحطاني",
        ClaimKind.STATEMENT,
    ),
    # position, denial and statement verbs
    (
        "أعرب الوزير عن قلقه إزاء تصاعد العنف.",
        "عن قلقه إزاء تصاعد العنف",
        "الوزير",
        ClaimKind.POSITION,
    ),
    (
        "يرى الخبير الاقتصادي سمير داود أن الركود قادم.",
        "الركود قادم",
        "سمير داود",
        ClaimKind.POSITION,
    ),
    ("اعتبر المحامي أن الحكم قاس.", "الحكم قاس", "المحامي", ClaimKind.POSITION),
    (
        "أشاد الرئيس بجهود فرق الإنقاذ.",
        "بجهود فرق الإنقاذ",
        "الرئيس",
        ClaimKind.POSITION,
    ),
    ("ونددت نقابة المحامين بالاعتداء.", "بالاعتداء", "نقابة المحامين", ClaimKind.POSITION),
    (
        "أدانت الحكومة الهجوم على القافلة.",
        "الهجوم على القافلة",
        "الحكومة",
        ClaimKind.POSITION,
    ),
    ("نفى الوزير أن يكون قد استقال.", "يكون قد استقال", "الوزير", ClaimKind.DENIAL),
    ("زعم المتهم أنه كان خارج البلاد.", "كان خارج البلاد", "المتهم", ClaimKind.STATEMENT),
    ("ادعى المحامي أن الأدلة مزورة.", "الأدلة مزورة", "المحامي", ClaimKind.STATEMENT),
    ("توقع البنك أن يرتفع النمو إلى 3%.", "يرتفع النمو إلى 3%", "البنك", ClaimKind.FIGURE),
    (
        "وبين الوزير أن المرحلة الأولى ستوفر فرص عمل.",
        "المرحلة الأولى ستوفر فرص عمل",
        "الوزير",
        ClaimKind.STATEMENT,
    ),
    (
        "صرح وزير الطاقة والمعادن يوسف البلوشي بأن الإنتاج سيرتفع.",
        "الإنتاج سيرتفع",
        "يوسف البلوشي",
        ClaimKind.STATEMENT,
    ),
    (
        "أما جمعية أولياء التلاميذ فقد رحبت بالنتائج.",
        "بالنتائج",
        "جمعية أولياء التلاميذ",
        ClaimKind.POSITION,
    ),
    (
        "وحسب الديوان الوطني للامتحانات، فإن النتائج ستنشر ليلا.",
        "النتائج ستنشر ليلا",
        "الديوان الوطني للامتحانات",
        ClaimKind.STATEMENT,
    ),
    (
        'وقال مصدر في الوزارة لـ"الشرق" إن المفاوضات متعثرة.',
        "المفاوضات متعثرة",
        "مصدر في الوزارة",
        ClaimKind.STATEMENT,
    ),
    (
        "وأوضح المصدر، الذي فضل عدم ذكر اسمه، أن الاتفاق قريب.",
        "الاتفاق قريب",
        "المصدر",
        ClaimKind.STATEMENT,
    ),
    (
        "وقال الرئيس عبد الله الحسن خلال لقائه الوفد إن العلاقات متينة.",
        "العلاقات متينة",
        "عبد الله الحسن",
        ClaimKind.STATEMENT,
    ),
    (
        "في حين أكد الوزير أن الأزمة انتهت.",
        "الأزمة انتهت",
        "الوزير",
        ClaimKind.STATEMENT,
    ),
    (
        'وكتب مدرب الفريق عادل بوزيد على منصة إكس: "سنلجأ إلى التحكيم".',
        "سنلجأ إلى التحكيم",
        "عادل بوزيد",
        ClaimKind.STATEMENT,
    ),
    # a long occasion before the colon that opens the quotation
    (
        "وقال المدرب في مؤتمر صحفي عقب المباراة مع الفريق الضيف التي انتهت بالتعادل: "
        '"سنقاتل حتى النهاية".',
        "سنقاتل حتى النهاية",
        "المدرب",
        ClaimKind.STATEMENT,
    ),
    # name, then role with no comma; an abbreviated honorific; a name opening with ب
    (
        "طالب د. بدر عادل وزير الخارجية والهجرة، الدول المانحة بالضغط حتى نهاية الشهر.",
        "الدول المانحة بالضغط حتى نهاية الشهر",
        "بدر عادل",
        ClaimKind.CALL,
    ),
    # a verb inside its sentence, then a speaker and a colon or إن
    (
        "وحول نتائج الاتصالات مع الأطراف الدولية قال الوزير نبيل حداد: الكل مجمع على التهدئة.",
        "الكل مجمع على التهدئة",
        "نبيل حداد",
        ClaimKind.STATEMENT,
    ),
    (
        "ونقل التلفزيون وقائع الجلسة، التي قال فيها القاضي سامي نور، إن المحكمة قررت التأجيل.",
        "المحكمة قررت التأجيل",
        "سامي نور",
        ClaimKind.STATEMENT,
    ),
    # a source set off by commas after its clause
    (
        "ويعد هذا الحكم أوليا وقابلا للطعن، بحسب مصدر قضائي، فيما يترقب المحامون الجلسة.",
        "ويعد هذا الحكم أوليا وقابلا للطعن",
        "مصدر قضائي",
        ClaimKind.STATEMENT,
    ),
    # نبّه: a warning
    (
        "ونبّه البنك المركزي إلى ضرورة اليقظة إزاء المخاطر الخارجية.",
        "إلى ضرورة اليقظة إزاء المخاطر الخارجية",
        "البنك المركزي",
        ClaimKind.POSITION,
    ),
    # أعلن عن: the reported words keep their preposition, as a reader quotes them
    (
        "وأعلنت الشركة عن نتائجها المالية للربع الثالث.",
        "عن نتائجها المالية للربع الثالث",
        "الشركة",
        ClaimKind.STATEMENT,
    ),
    # إن after the colon is not content
    (
        "وقال الوزير سامي نور في بيان أصدرته الوزارة أمس: إن المطار استقبل 224 رحلة.",
        "المطار استقبل 224 رحلة",
        "سامي نور",
        ClaimKind.FIGURE,
    ),
    # where the words were heard, set off by commas inside the verb's claim
    (
        "وقالت قناة «الساحل»، حسبما أفادت قناة «المدار»، الخميس، إن 50 شخصا قتلوا في الكمين.",
        "50 شخصا قتلوا في الكمين",
        "قناة «الساحل»",
        ClaimKind.FIGURE,
    ),
    # the body's name again in quotation marks after a comma
    (
        "أوضحت وكالة الأنباء الرسمية، «صدى»، أن القتلى ينتمون إلى مجموعة مسلحة.",
        "القتلى ينتمون إلى مجموعة مسلحة",
        "وكالة الأنباء الرسمية",
        ClaimKind.STATEMENT,
    ),
    # قال never takes a bare object: its words start at إن however long the occasion
    (
        "قالت المديرة التنفيذية للبرنامج لينا سالم في كلمة ألقتها في الاجتماع في موضوع "
        '"حماية المياه من أجل المناخ والطبيعة والناس" المنعقد على هامش فعاليات الدورة '
        "التاسعة والعشرين لمؤتمر الأطراف في العاصمة اليوم إن الانبعاثات ازدادت.",
        "الانبعاثات ازدادت",
        "لينا سالم",
        ClaimKind.STATEMENT,
    ),
    # a definite body with its adjectives and attachment
    (
        "إذ أكدت المندوبية السامية للتخطيط أن معدل البطالة ارتفع إلى 9.4 في المائة.",
        "معدل البطالة ارتفع إلى 9.4 في المائة",
        "المندوبية السامية للتخطيط",
        ClaimKind.FIGURE,
    ),
    # a construct body whose name is two plain words
    (
        "وذكرت شرطة ولاية كارولينا في بيان إن الحافلة كانت تقل 24 شخصا.",
        "الحافلة كانت تقل 24 شخصا",
        "شرطة ولاية كارولينا",
        ClaimKind.FIGURE,
    ),
    # شكا: a complaint
    (
        "وشكا التاجر صابر داود من ركود حركة البيع في السوق.",
        "من ركود حركة البيع في السوق",
        "صابر داود",
        ClaimKind.POSITION,
    ),
    # قدّر: an estimate, its object and the amount after ب
    (
        "وقدّر البنك المركزي حجم الخسائر بنحو 3 مليارات دولار.",
        "حجم الخسائر بنحو 3 مليارات دولار",
        "البنك المركزي",
        ClaimKind.FIGURE,
    ),
    # a participle with its prepositional object inside the role
    (
        "وقدرت الوزيرة المكلفة بملف الطاقة منى الساعدي العجز بنحو 40 في المئة.",
        "العجز بنحو 40 في المئة",
        "منى الساعدي",
        ClaimKind.FIGURE,
    ),
    (
        "وقال نائب الرئيس المسؤول عن الملف الاقتصادي كمال حيدر إن الموازنة متوازنة.",
        "الموازنة متوازنة",
        "كمال حيدر",
        ClaimKind.STATEMENT,
    ),
]


@pytest.mark.parametrize(("sentence", "text", "speaker", "kind"), CASES)
def test_construction(run, sentence, text, speaker, kind):
    extraction = run(TITLE + sentence)
    assert [c.text for c in extraction.claims] == [text]
    claim = extraction.claims[0]
    assert extraction.speaker(claim.speaker).name == speaker
    assert claim.kind == kind


def test_quote_before_the_verb_then_a_participle(run):
    extraction = run(
        TITLE + "«نحن نعمل على مدار الساعة»، قالت المتحدثة باسم البرنامج لينا فرحات، "
        "مضيفة أن الفرق وزعت حصصا غذائية على 150 ألف أسرة."
    )
    quote = claim_with(extraction, "نحن نعمل على مدار الساعة")
    assert quote.direct
    follow = claim_with(extraction, "الفرق وزعت حصصا غذائية")
    assert quote.speaker == follow.speaker
    assert extraction.speaker(quote.speaker).name == "لينا فرحات"
    assert [str(f.value) for f in follow.figures] == ["150000"]


def test_fronted_subject_after_the_earlier_claim_of_the_paragraph(run):
    extraction = run(
        TITLE + "قال رئيس الحكومة نبيل عازار إن القانون جاهز. وزارة الداخلية أعلنت أن التسجيل بدأ."
    )
    assert [c.text for c in extraction.claims] == ["القانون جاهز", "التسجيل بدأ"]
    names = [extraction.speaker(c.speaker).name for c in extraction.claims]
    assert names == ["نبيل عازار", "وزارة الداخلية"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun phrase before a verb is not a speaker unless the article named it
        "هذه الخطوة تؤكد أن الأزمة انتهت.",
        "عندما أعلن أن الأزمة انتهت خرج الناس.",
        "التقارير تشير إلى أن الأزمة انتهت.",
        # a law is not a source
        "ويواجه المتهمون السجن، وفق القانون.",
        # reports and estimates are not speakers
        "وذكرت التقارير أن الوزير استقال.",
        "وأشارت التقديرات إلى أن الخسائر كبيرة.",
        "وذكرت تقارير إعلامية أن الوزير استقال.",
        # قدّر in the passive, and قدر as a noun
        "وقدرت الخسائر بنحو مليار دولار حسب تقديرات أولية.",
        "وتقدر قيمة المشروع بنحو 5 ملايين دولار.",
        "وكان للقرار قدر كبير من الأهمية.",
        # quantities after حسب are not sources
        "ويتم تحديث القراءات حسب كميات الأمطار التي تهطل مستقبلا.",
    ],
)
def test_no_speaker_before_a_verb(run, sentence):
    assert run(TITLE + sentence).claims == ()


def test_known_person_before_the_verb(run):
    extraction = run(TITLE + "قال المحلل جورج سعادة إن التوافق ممكن.\n\nسعادة أكد أن الحل قريب.")
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == [
        "جورج سعادة",
        "جورج سعادة",
    ]


def test_did_not_exceed_is_an_upper_bound(run):
    extraction = run(TITLE + "وقالت الوزارة إن معدل الوفيات لم يتجاوز 0.3%.")
    (figure,) = extraction.claims[0].figures
    assert figure.qualifier == "up_to"


def test_name_before_an_object_of_a_call(run):
    extraction = run(
        TITLE + "وقال الأمين العام للنقابة مراد حمداني إن الأقسام مكتظة.\n\n"
        "ودعا حمداني الوزارة إلى مراجعة البرامج."
    )
    call = claim_with(extraction, "إلى مراجعة البرامج")
    assert call.text == "الوزارة إلى مراجعة البرامج"
    assert extraction.speaker(call.speaker).name == "مراد حمداني"


def test_bare_title_is_the_person_named_with_it(run):
    extraction = run(
        TITLE + "كشفت وزيرة التربية سعاد بلقاسم أن نسبة النجاح ارتفعت.\n\n"
        "وأضافت الوزيرة أن عدد المترشحين تجاوز 820 ألف مترشح."
    )
    speakers = {extraction.speaker(c.speaker).name for c in extraction.claims}
    assert speakers == {"سعاد بلقاسم"}
    (figure,) = claim_with(extraction, "عدد المترشحين").figures
    assert figure.qualifier == "more_than"


def test_market_data_is_not_a_speaker(run):
    assert run(TITLE + "وتراجعت الأسعار بنحو 2%، وفقا لبيانات السوق.").claims == ()


def test_coordinated_verb_shares_the_subject_of_its_sentence(run):
    extraction = run(
        TITLE + "وقال الوزير إن الوضع هادئ.\n\n"
        'من جهتها، حملت وزارة الداخلية "جماعات مسلحة" مسؤولية الهجوم، '
        "وقالت إن قواتها استعادت السيطرة."
    )
    claim = claim_with(extraction, "قواتها استعادت السيطرة")
    assert extraction.speaker(claim.speaker).name == "وزارة الداخلية"


def test_coordinated_verb_of_another_gender_keeps_the_earlier_speaker(run):
    extraction = run(
        TITLE + "وقالت الوزيرة سعاد بلقاسم إن الوضع هادئ.\n\n"
        "انتقد الحزب القرار، وأضافت أن المراجعة ضرورية."
    )
    claim = claim_with(extraction, "المراجعة ضرورية")
    assert extraction.speaker(claim.speaker).name == "سعاد بلقاسم"


def test_feminine_verb_never_falls_back_to_a_man(run):
    extraction = run(
        TITLE + "وقال رئيس المجلس عادل سرحان إن الجلسة ستعقد غدا.\n\n"
        "وأعلنت أنها ستقاطع الجلسة المقبلة."
    )
    for claim in extraction.claims:
        if "ستقاطع" in claim.text:
            speaker = extraction.speaker(claim.speaker)
            assert speaker is None or speaker.name != "عادل سرحان"


def test_parliamentary_bloc_before_its_verb(run):
    extraction = run(TITLE + 'لكن كتلة الوسط اعتبرت أن القانون "ظالم للأحزاب الصغيرة".')
    claim = claim_with(extraction, "ظالم للأحزاب الصغيرة")
    assert extraction.speaker(claim.speaker).name == "كتلة الوسط"
    assert extraction.speaker(claim.speaker).kind == "organization"


GENERIC_HEADS = [
    "كتلة",
    "برنامج",
    "صندوق",
    "منظمة",
    "مفوضية",
    "لجنة",
    "مجلس",
    "اتحاد",
    "جامعة",
    "هيئة",
    "مكتب",
    "مركز",
    "معهد",
    "جمعية",
    "نقابة",
    "غرفة",
    "بنك",
    "مصرف",
    "شركة",
    "محكمة",
    "نيابة",
    "جيش",
    "حزب",
    "حركة",
    "تحالف",
    "ائتلاف",
    "قوات",
    "سفارة",
    "قنصلية",
    "بعثة",
    "مرصد",
    "مستشفى",
    "بلدية",
    "إدارة",
    "دائرة",
    "مديرية",
    "وكالة",
    "وزارة",
    "حكومة",
    "سلطات",
    "شرطة",
    "رابطة",
    "أمانة",
    "ديوان",
]


@pytest.mark.parametrize("head", GENERIC_HEADS)
def test_generic_organisation_heads(run, head):
    extraction = run(TITLE + f"وقال {head} الشؤون العامة إن الخطة جاهزة.")
    assert [c.text for c in extraction.claims] == ["الخطة جاهزة"]
    speaker = extraction.speaker(extraction.claims[0].speaker)
    assert speaker.name == f"{head} الشؤون العامة"
    assert speaker.kind == "organization"


@pytest.mark.parametrize(
    "head",
    [
        "الحكومة",
        "الشرطة",
        "السلطات",
        "الجيش",
        "البرلمان",
        "الرئاسة",
        "البرنامج",
        "الرابطة",
        "المستشفى",
    ],
)
def test_definite_organisation_heads(run, head):
    extraction = run(TITLE + f"وقال {head} إن الخطة جاهزة.")
    speaker = extraction.speaker(extraction.claims[0].speaker)
    assert (speaker.name, speaker.kind) == (head, "organization")


def test_demonstrative_before_a_known_source(run):
    extraction = run(
        TITLE + "وقالت مصادر دبلوماسية إن المفاوضات ستستأنف. "
        "وبحسب هذه المصادر، فإن الوسطاء قدموا مقترحا جديدا."
    )
    claim = claim_with(extraction, "الوسطاء قدموا مقترحا جديدا")
    assert extraction.speaker(claim.speaker).name == "مصادر دبلوماسية"


def test_a_statement_as_subject_is_its_authors(run):
    extraction = run(
        TITLE
        + "وقالت وزارة التجارة في بيان إن المخزون يكفي.\n\n"
        + "وأوضح البيان أن الوزارة تعاقدت على شراء 200 ألف طن."
    )
    speakers = {extraction.speaker(c.speaker).name for c in extraction.claims}
    assert len(extraction.claims) == 2
    assert speakers == {"وزارة التجارة"}


def test_a_statement_as_subject_with_no_author_is_no_claim(run):
    assert run(TITLE + "وأوضح البيان أن الوزارة تعاقدت على شراء القمح.").claims == ()


def test_a_verb_reported_inside_another_claim_opens_no_claim(run):
    extraction = run(
        TITLE + "وتابعت الوزارة أن الوزير نبيل حداد أكد للرئيس أنه لا حل عسكريا للأزمة."
    )
    assert [c.text for c in extraction.claims] == [
        "الوزير نبيل حداد أكد للرئيس أنه لا حل عسكريا للأزمة"
    ]


def test_relaying_an_event_quotes_no_one(run):
    extraction = run(
        TITLE
        + "أعلن قائد الشرطة مارك بيل القبض على أربعة أشخاص.\n\n"
        + "ونقلت قناة محلية المؤتمر الصحفي لقائد الشرطة وقال خلاله إن التحقيق مستمر."
    )
    texts = [c.text for c in extraction.claims]
    assert texts == ["القبض على أربعة أشخاص", "التحقيق مستمر"]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"مارك بيل"}


def test_to_say_and_by_saying_continue_the_speaker(run):
    extraction = run(
        TITLE
        + "وقال رئيس الوزراء كامل نور إن الحكومة مسؤولة.\n\n"
        + 'ثم عاد نور ليقول: "التظاهر حق".\n\n'
        + 'وختم كلمته بالقول: "مستمرون في أداء واجبنا".'
    )
    assert [c.text for c in extraction.claims] == [
        "الحكومة مسؤولة",
        "التظاهر حق",
        "مستمرون في أداء واجبنا",
    ]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"كامل نور"}


def test_a_role_named_earlier_outside_any_attribution(run):
    extraction = run(
        TITLE
        + "بحث وزير التجارة كامل سعيد نور مع السفير سبل تطوير العلاقات.\n\n"
        + "ولفت وزير التجارة إلى نمو حجم التبادل التجاري.\n\n"
        + "من جهته أكد السفير الخطيب أن العلاقات تشهد نموا."
    )
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == [
        "كامل سعيد نور",
        "الخطيب",
    ]


def test_a_known_speaker_through_showed_also_and_a_trailing_according_to(run):
    extraction = run(
        TITLE
        + "كشف رئيس المركز الوطني بسام الحلو أن الحوادث ارتفعت.\n\n"
        + "وبين الحلو ، أن الحوادث بلغت 1087 حادثة.\n\n"
        + "وصنف المركز الحوادث إلى 17 خطرة جدا، وفق الحلو.\n\n"
        + "كما كشف الحلو ارتفاعا كبيرا في هجمات الفدية."
    )
    assert len(extraction.claims) == 4
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"بسام الحلو"}
    assert extraction.claims[2].text == "وصنف المركز الحوادث إلى 17 خطرة جدا"


def test_honorifics_lineage_family_names_and_his_highness(run):
    extraction = run(
        TITLE
        + "نفى سمو رئيس مجلس إدارة النادي الأمير فهد بن محمد العبدالله السالم، ما تردد حول "
        + "استقالته.\n\n"
        + "وأكد سموه في تصريح خاص صادر عن المركز الإعلامي بالنادي الأهلي، أن الأخبار غير صحيحة."
    )
    assert [c.text for c in extraction.claims] == [
        "ما تردد حول استقالته",
        "الأخبار غير صحيحة",
    ]
    names = {extraction.speaker(c.speaker).name for c in extraction.claims}
    assert names == {"فهد بن محمد العبدالله السالم"}


def test_a_compound_name_with_hasb_is_no_according_to(run):
    extraction = run(TITLE + "قال صلاح حسب الله، المتحدث باسم المجلس، إن الجلسة تأجلت.")
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == ["صلاح حسب الله"]


def test_a_verb_after_qad_inside_the_content_opens_no_claim(run):
    extraction = run(
        TITLE + "نفى نائب رئيس الاتحاد حسن فقيه أن يكون الاتحاد قد دعا إلى أي إضراب غدا."
    )
    assert [c.text for c in extraction.claims] == ["يكون الاتحاد قد دعا إلى أي إضراب غدا"]


def test_a_general_director_named_in_apposition_after_his_department(run):
    extraction = run(
        TITLE
        + "وقال مدير عام دائرة التوعية والإعلام في الوزارة، نادر علي الحسون، في بيان، "
        + "إن الوزارة تحث المواطنين على ترشيد المياه."
    )
    [claim] = extraction.claims
    speaker = extraction.speaker(claim.speaker)
    assert speaker.name == "نادر علي الحسون"
    assert speaker.role == "مدير عام دائرة التوعية والإعلام في الوزارة"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("واستبعد الوزير سامي نور أن ترتفع الأسعار.", "ترتفع الأسعار"),
        ("ورجحت الخبيرة ليلى حداد أن يستقر التضخم.", "يستقر التضخم"),
        ("وأقر رئيس الوزراء بأن الحكومة تواجه صعوبات.", "الحكومة تواجه صعوبات"),
        ("ووصف الوزير القرار بأنه خطوة في الاتجاه الصحيح.", "خطوة في الاتجاه الصحيح"),
        ("وتساءل النائب: من سيدفع الثمن؟", "من سيدفع الثمن"),
    ],
)
def test_verbs_with_other_senses_report_before_a_complementiser(run, sentence, content):
    [claim] = run(TITLE + sentence).claims
    assert claim.text == content


@pytest.mark.parametrize(
    "sentence",
    [
        "وأقر البرلمان قانون الموازنة الجديد بالأغلبية.",
        "واستبعد المدرب اللاعب من قائمة المباراة.",
        "ووصف الطبيب الدواء للمريض.",
        "وأبرز المشاريع التي افتتحت هذا العام مستشفى جديد.",
    ],
)
def test_the_same_verbs_in_their_other_senses_report_nothing(run, sentence):
    assert run(TITLE + sentence).claims == ()


def test_a_pledge_with_a_bi_complement_keeps_the_role_as_speaker(run):
    extraction = run(
        TITLE + "وتعهد الرئيس بمواصلة الإصلاحات الاقتصادية، واعتبر أن المرحلة تتطلب تضافر الجهود."
    )
    assert [c.text for c in extraction.claims] == [
        "بمواصلة الإصلاحات الاقتصادية",
        "المرحلة تتطلب تضافر الجهود",
    ]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"الرئيس"}


def test_single_curly_quotes_mark_a_direct_quotation(run):
    [claim] = run(TITLE + "وقالت المنظمة في تقريرها: ‘هذه الأرقام مقلقة للغاية’.").claims
    assert (claim.text, claim.direct) == ("هذه الأرقام مقلقة للغاية", True)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # an office the lexicon does not know, set off by commas before إن
        (
            "قال عبد الكريم الساهر، والي المصرف المركزي، إن التضخم تراجع.",
            "عبد الكريم الساهر",
            "والي المصرف المركزي",
        ),
        (
            "قال سامي نور، المسؤول عن ملف الطاقة في الحزب، إن التضخم تراجع.",
            "سامي نور",
            "المسؤول عن ملف الطاقة في الحزب",
        ),
        # three coordinated portfolios
        (
            "قال وزير الصناعة والتجارة والتموين رامي حداد إن التضخم تراجع.",
            "رامي حداد",
            "وزير الصناعة والتجارة والتموين",
        ),
        # a quoted company after لشركة
        (
            'قال الرئيس التنفيذي لشركة "نور" أمين الحلو إن التضخم تراجع.',
            "أمين الحلو",
            'الرئيس التنفيذي لشركة "نور"',
        ),
        # a chain of constructs through an organisation noun
        (
            "قال رئيس مجلس إدارة رابطة المصارف سليم عيد إن التضخم تراجع.",
            "سليم عيد",
            "رئيس مجلس إدارة رابطة المصارف",
        ),
        # a two-word honorific, a chain of offices and a blessing before أن
        (
            "أعلن صاحب السمو الشيخ حمد بن سالم آل نور، نائب رئيس الدولة حاكم الإمارة، رعاه "
            "الله، أن التضخم تراجع.",
            "حمد بن سالم آل نور",
            "نائب رئيس الدولة حاكم الإمارة",
        ),
        # an indefinite spokesman in construct with the body
        ("توقع متحدث الأرصاد حسين العلي، أن التضخم تراجع.", "حسين العلي", "متحدث الأرصاد"),
    ],
)
def test_speaker_phrases_from_unseen_outlets(run, sentence, name, role):
    assert_one_claim_by(run(TITLE + sentence), "التضخم تراجع", name, role)


def assert_the_claim(extraction, content: str, name: str) -> None:
    """The article holds one claim, with this content, by the speaker of this name."""
    [claim] = extraction.claims
    assert claim.text == content
    assert extraction.speaker(claim.speaker).name == name


def assert_one_claim_by(extraction, content: str, name: str, role: str) -> None:
    """The article holds one claim, with this content, by this named officeholder."""
    [claim] = extraction.claims
    assert claim.text == content
    speaker = extraction.speaker(claim.speaker)
    assert (speaker.name, speaker.role) == (name, role)


def test_expressed_about_reports_but_via_does_not(run):
    extraction = run(
        TITLE
        + "وعبّر المحافظ سامي نور عن استغرابه من ارتفاع الأسعار.\n\n"
        + "وقال الوزير، عبر حسابه على المنصة، إن الحكومة ستدعم المزارعين.\n\n"
        + "وعبر الحدود دخل آلاف اللاجئين."
    )
    assert [(c.cue, c.text) for c in extraction.claims] == [
        ("عبر", "عن استغرابه من ارتفاع الأسعار"),
        ("قال", "الحكومة ستدعم المزارعين"),
    ]


def test_a_bare_title_names_the_person_introduced_with_it_outside_any_claim(run):
    extraction = run(
        TITLE
        + "ناقش الاجتماع برئاسة وزير الزراعة المهندس كامل سعيد نور وحضور المديرين واقع الموسم.\n\n"
        + "وبين الوزير أن الإنتاج كان جيدا."
    )
    [claim] = extraction.claims
    assert extraction.speaker(claim.speaker).name == "كامل سعيد نور"


def test_an_honorific_pronoun_with_no_speaker_before_it_is_the_person_of_the_lede(run):
    extraction = run(
        TITLE
        + "استقبل سمو الشيخ فهد السالم الحمد النور رئيس مجلس الوزراء اليوم وفدا.\n\n"
        + "وأكد سموه خلال المقابلة أن العلم أهم سلاح.\n\n"
        + "وختم سموه: «التعليم أولويتنا»."
    )
    assert [c.text for c in extraction.claims] == ["العلم أهم سلاح", "التعليم أولويتنا"]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {
        "فهد السالم الحمد النور"
    }


def test_a_report_or_statement_of_a_body_as_subject_names_the_body(run):
    extraction = run(
        TITLE
        + "وأفاد بيان للمديرية العامة للإطفاء، بأن الفرق سيطرت على الحرائق.\n\n"
        + "ولفت تقرير وزارة البيئة إلى تراجع التلوث.\n\n"
        + "وقالت العلاقات العامة بالهيئة في تقريرها: تم تسجيل 12 حالة."
    )
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == [
        "المديرية العامة للإطفاء",
        "وزارة البيئة",
        "العلاقات العامة بالهيئة",
    ]


def test_according_to_what_a_body_announced_after_the_clause_sources_it(run):
    extraction = run(
        TITLE
        + "ارتفع عدد الضحايا إلى 77 قتيلا، وفقا لما أعلنته مصادر المديرية العامة للإطفاء "
        + "في حصيلة جديدة."
    )
    [claim] = extraction.claims
    assert claim.text == "ارتفع عدد الضحايا إلى 77 قتيلا"
    assert "المديرية العامة للإطفاء" in extraction.speaker(claim.speaker).name


def test_a_rank_and_name_after_the_place_of_an_office_and_the_official_after_it(run):
    extraction = run(
        TITLE
        + "وأوضح الناطق الإعلامي في مديرية الإطفاء في المدينة النقيب سامي نور، يوم الخميس "
        + "الماضي، أن الفرق ما زالت تعمل.\n\n"
        + "وأضاف المسؤول أن البحث مستمر."
    )
    assert [c.text for c in extraction.claims] == ["الفرق ما زالت تعمل", "البحث مستمر"]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"سامي نور"}


def test_a_name_then_a_spokesman_role_with_its_place_before_a_comma(run):
    [claim] = run(
        TITLE + "المدينة/وكالة-أكد سامي نور الناطق باسم وزارة التربية برام الله، أن النتائج "
        "ستعلن غدا عبر الموقع https://results.example.ps ،موضحاً أن الدورة الثالثة ستكون لاحقا."
    ).claims
    assert claim.text.startswith("النتائج ستعلن غدا")
    assert claim.text.endswith("الدورة الثالثة ستكون لاحقا")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("اقر وزير الصحة سامي نور بوجود نقص في الأدوية.", "بوجود نقص في الأدوية"),
        ("وجددت المديرية دعوتها للمواطنين إلى توخي الحذر.", "دعوتها للمواطنين إلى توخي الحذر"),
        ("وبين ، أن جميع المناطق شهدت أمطارا.", "جميع المناطق شهدت أمطارا"),
    ],
)
def test_objects_that_still_report_and_a_comma_after_showed(run, sentence, content):
    extraction = run(TITLE + "قال المدير كامل حداد إن الوضع جيد.\n\n" + sentence)
    assert extraction.claims[-1].text == content


def test_renewing_a_contract_reports_nothing(run):
    assert run(TITLE + "وجددت الشركة عقدها مع المورد لعامين.").claims == ()


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "قال وزير الاتصالات وتقنية المعلومات م. عبد الله الحلو، اليوم، إن الشبكة جاهزة.",
            "عبد الله الحلو",
            "وزير الاتصالات وتقنية المعلومات",
        ),
        (
            "كشف الرئيس المدير العام لديوان السياحة، محمد المنصف بلقاسم، أن الشبكة جاهزة.",
            "محمد المنصف بلقاسم",
            "الرئيس المدير العام لديوان السياحة",
        ),
        (
            "وقال رئيس فريق بلدية محافظة الشمالي الدكتور مبارك العلي إن الشبكة جاهزة.",
            "مبارك العلي",
            "رئيس فريق بلدية محافظة الشمالي",
        ),
        (
            "قال سامي نور مدرب المنتخب الوطني لأقل من 20 سنة بأن الشبكة جاهزة.",
            "سامي نور",
            "مدرب المنتخب الوطني لأقل من 20 سنة",
        ),
    ],
)
def test_more_offices_and_names_from_unseen_outlets(run, sentence, name, role):
    assert_one_claim_by(run(TITLE + sentence), "الشبكة جاهزة", name, role)


def test_an_occasion_after_the_name_is_not_an_office(run):
    extraction = run(
        TITLE + "أعرب رئيس رابطة المصارف سليم عيد، عقب انتخابه لولاية جديدة، عن أسف الرابطة."
    )
    [claim] = extraction.claims
    assert extraction.speaker(claim.speaker).name == "سليم عيد"


def test_an_according_to_that_names_no_source_cuts_no_claim(run):
    extraction = run(
        TITLE
        + "وأوضح الوزير سامي نور أنه يتم التحضير للخطة حسب الدورات الزراعية النمطية، لافتاً "
        + "إلى استمرار الدعم.\n\n"
        + "وأكد الوزير أن تحديد الأولويات يتم وفقًا للموارد المتاحة، بالتوازي مع جهود أخرى."
    )
    assert [c.text for c in extraction.claims] == [
        "يتم التحضير للخطة حسب الدورات الزراعية النمطية، لافتاً إلى استمرار الدعم",
        "تحديد الأولويات يتم وفقًا للموارد المتاحة، بالتوازي مع جهود أخرى",
    ]


def test_an_according_to_aside_before_a_participle_stays_in_the_verbs_claim(run):
    extraction = run(
        TITLE
        + "أعلنت وزارة العمل، يوم السبت، أن البطالة تراجعت، وفقاً لتقديرات وزارة التخطيط، "
        + "مشيرة إلى أنها تبنت إجراءات جديدة."
    )
    [claim] = extraction.claims
    assert claim.text.endswith("مشيرة إلى أنها تبنت إجراءات جديدة")
    assert extraction.speaker(claim.speaker).name == "وزارة العمل"


def test_closing_his_talk_saying_continues_the_speaker(run):
    extraction = run(
        TITLE
        + "وقال الوزير سامي نور إن العمل مستمر.\n\n"
        + 'واختتم حديثه قائلاً: "نحاول متابعة التزامات البرنامج".'
    )
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == [
        "سامي نور",
        "سامي نور",
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "أكد عضو الهيئة العليا للانتخابات والناطق الرسمي باسم الهيئة محمد التليلي المنصوري، "
            "أمس الاثنين، أن الفرز انتهى.",
            "محمد التليلي المنصوري",
            "عضو الهيئة العليا للانتخابات والناطق الرسمي باسم الهيئة",
        ),
        (
            "وأوضح رئيس اللجنة الوطنية للانتخابات، الداه ولد عبد الكريم، في مؤتمر صحفي، أن "
            "الفرز انتهى.",
            "الداه ولد عبد الكريم",
            "رئيس اللجنة الوطنية للانتخابات",
        ),
        (
            "واعتبر البرلماني عن المجموعة النيابية للتقدم، مصطفى العلوي، أن الفرز انتهى.",
            "مصطفى العلوي",
            "البرلماني عن المجموعة النيابية للتقدم",
        ),
        (
            'وقال محامي جماعة "النهضة" بالعاصمة، عبد المنعم عبد الرحيم، إن الفرز انتهى.',
            "عبد المنعم عبد الرحيم",
            'محامي جماعة "النهضة" بالعاصمة',
        ),
    ],
)
def test_offices_and_names_of_politics_and_courts(run, sentence, name, role):
    assert_one_claim_by(run(TITLE + sentence), "الفرز انتهى", name, role)


def test_a_paragraph_opening_with_a_participle_goes_on_with_the_speaker(run):
    extraction = run(
        TITLE
        + "وقال المتحدث باسم الوزارة سامي نور إن الخلية فككت.\n\n"
        + "مؤكداً «إلقاء القبض على أفرادها الأربعة».\n\n"
        + "لافتاً الى أن «الجهات المختصة دونت الأقوال»."
    )
    assert [c.text for c in extraction.claims][1:] == [
        "إلقاء القبض على أفرادها الأربعة",
        "الجهات المختصة دونت الأقوال",
    ]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"سامي نور"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "وقال وزير النقل الفريق سامر الكيلاني إن الخط سيفتتح.",
            "سامر الكيلاني",
            "وزير النقل",
        ),
        (
            "وقال رئيس الأركان الفريق أول ركن باسل حمدان إن الخط سيفتتح.",
            "باسل حمدان",
            "رئيس الأركان",
        ),
        (
            "وأوضح محمد بن سلمان بن علي آل فاروق، رئيس الهيئة، أن الخط سيفتتح.",
            "محمد بن سلمان بن علي آل فاروق",
            "رئيس الهيئة",
        ),
        (
            "وقال الشيخ خالد بن عبد الرحمن آل منصور، وزير النقل، إن الخط سيفتتح.",
            "خالد بن عبد الرحمن آل منصور",
            "وزير النقل",
        ),
        ("وقال خالد بن عبد الله الحارثي إن الخط سيفتتح.", "خالد بن عبد الله الحارثي", ""),
        ("وقال حسن علي الجبوري إن الخط سيفتتح.", "حسن علي الجبوري", ""),
        (
            "وقال المحامي سامي نور علي الجبوري وزير العدل إن الخط سيفتتح.",
            "سامي نور علي الجبوري",
            "المحامي",
        ),
        ("وقال وزيرالنقل سامي نور إن الخط سيفتتح.", "سامي نور", "وزيرالنقل"),
        ("وقال مدرب الفريق جمال سليمان إن الخط سيفتتح.", "جمال سليمان", "مدرب الفريق"),
    ],
)
def test_ranks_lineage_and_glued_titles(run, sentence, name, role):
    """الفريق as a rank before a name (the team elsewhere); names of lineage with آل
    and عبد; علي inside a name; a title glued by a typo to its genitive."""
    assert_one_claim_by(run(TITLE + sentence), "الخط سيفتتح", name, role)


def test_the_team_stays_a_body_and_on_stays_a_preposition(run):
    extraction = run(
        TITLE
        + "وقال الفريق الطبي إن الحالة مستقرة.\n\n"
        + "وشدد سامي نور علي ضرورة الالتزام بالتعليمات."
    )
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == [
        "الفريق الطبي",
        "سامي نور",
    ]


def test_a_hashtag_inside_a_body_name_is_part_of_it(run):
    [claim] = run(TITLE + "وقالت قيادة #عمليات_الشمال إن القوات اعتقلت خمسة مطلوبين.").claims
    assert claim.text == "القوات اعتقلت خمسة مطلوبين"


def test_threats_and_surprise_report_only_with_their_complement(run):
    extraction = run(
        TITLE
        + "وهدد رئيس النقابة سمير العتوم بالإضراب إذا لم تستجب الحكومة.\n\n"
        + "وهددت السيول عشرات القرى في المنطقة.\n\n"
        + "وتعجب النائب فادي الزعبي من أن الرواتب لم تصرف.\n\n"
        + "وتعجب الحضور من المشهد."
    )
    assert [(c.cue, extraction.speaker(c.speaker).name, c.text) for c in extraction.claims] == [
        ("هدد", "سمير العتوم", "بالإضراب إذا لم تستجب الحكومة"),
        ("تعجب", "فادي الزعبي", "الرواتب لم تصرف"),
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وجمدت الوزارة القرار، مؤكدة أن الأرقام غير دقيقة.", "الوزارة"),
        ("وزار الوزير المستشفى، مشيرا إلى أن الأرقام غير دقيقة.", "الوزير"),
    ],
)
def test_a_participle_after_a_short_clause_that_reports_nothing(run, sentence, name):
    """The comma closing a three-word clause is not an opener's (من جهتها،), and a
    noun in ى (المستشفى) is no nisba adjective of the title."""
    [claim] = run(TITLE + sentence).claims
    assert claim.text == "الأرقام غير دقيقة"
    assert run(TITLE + sentence).speaker(claim.speaker).name == name


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("وقال محمد هادي الراشد إن الطلب قدم.", "محمد هادي الراشد", ""),
        (
            'وقال د. محمد هادي الراشد، عبر حسابه على موقع "إكس" إن الطلب قدم.',
            "محمد هادي الراشد",
            "",
        ),
        ("وقال النائب محمد هادي الراشد في تصريح إن الطلب قدم.", "محمد هادي الراشد", "النائب"),
        (
            "أكد قائد الجيش العماد سامر الحلبي، أن الطلب قدم.",
            "سامر الحلبي",
            "قائد الجيش",
        ),
    ],
)
def test_three_word_names_and_the_army_rank(run, sentence, name, role):
    assert_one_claim_by(run(TITLE + sentence), "الطلب قدم", name, role)


def test_a_noun_chain_before_the_full_stop_is_no_name(run):
    extraction = run(TITLE + "ويواجه المتهمون عقوبات تصل إلى عشر سنوات، وفقا لقانون حماية البيئة.")
    assert extraction.claims == ()


def test_a_bare_title_takes_the_office_named_in_full_later(run):
    extraction = run(
        TITLE
        + "وقال المتحدث في بيان: «بدأت العملية قبل ساعات».\n\n"
        + "وأكد المتحدث باسم الجيش مواصلة العمل."
    )
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"المتحدث باسم الجيش"}
    assert len(extraction.speakers) == 1


def test_asked_reports_a_call_but_not_asking_for_anonymity(run):
    extraction = run(
        TITLE
        + "وطلبت الوزارة من المواطنين عدم الاقتراب من الشواطئ.\n\n"
        + "وأشار مسؤول في الوزارة، طلب عدم الكشف عن هويته، إلى أن الحكومة تدرس الخطة.\n\n"
        + "وطلب اللاعب الانتقال إلى نادٍ آخر."
    )
    assert [(c.cue, c.text) for c in extraction.claims] == [
        ("طلب", "من المواطنين عدم الاقتراب من الشواطئ"),
        ("أشار", "الحكومة تدرس الخطة"),
    ]


def test_the_lede_person_is_never_read_across_the_headline(run):
    extraction = run(
        "نواب يطلبون مقابلة أمير البلاد ويحملون رسائل\n\n"
        + "طلب عدد من النواب، اليوم، مقابلة الأمير.\n\n"
        + "وقال إنه تقدم بطلب."
    )
    assert all("\n" not in s.name for s in extraction.speakers)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "كشف اليوم الأربعاء، وزير الطاقة، سامي نور، أن الإنتاج سيرتفع.",
            "سامي نور",
            "وزير الطاقة",
        ),
        (
            'أكد "سامي نور" وهو وزير الطاقة، اليوم الأربعاء، على أن الإنتاج سيرتفع.',
            "سامي نور",
            "",
        ),
        (
            "أقر وكيل وزير الإسكان والإعمار المهندس سامي نور بأن الإنتاج سيرتفع.",
            "سامي نور",
            "وكيل وزير الإسكان والإعمار",
        ),
    ],
)
def test_dates_quotes_and_coordinated_offices_around_the_subject(run, sentence, name, role):
    assert_one_claim_by(run(TITLE + sentence), "الإنتاج سيرتفع", name, role)


def test_the_same_speaker_stray_commas_and_more_cues(run):
    extraction = run(
        TITLE
        + "وقال وزير الزراعة سامي نور، الثلاثاء، إن الأسعار مستقرة.\n\n"
        + "وتحدث عن الاحتياجات اليومية من الخضار.\n\n"
        + "وأوضح بأن الوزارة توقف التصدير بحسب الاحتياجات، مشيرا إلى أن العرض يتحكم بالسعر.\n\n"
        + "وأورد، نور أن الإنتاج سيرتفع.\n\n"
        + "وأرجع ذات المتحدث الأزمة إلى الجفاف.\n\n"
        + "كما فند الادعاءات التي أثيرت حول الدعم."
    )
    assert [c.cue for c in extraction.claims] == ["قال", "تحدث", "أوضح", "أورد", "أرجع", "فند"]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"سامي نور"}
    assert claim_with(extraction, "الوزارة توقف").text.endswith("العرض يتحكم بالسعر")
    assert claim_with(extraction, "الاحتياجات اليومية").text == "عن الاحتياجات اليومية من الخضار"


def test_objects_that_look_like_subjects(run):
    extraction = run(
        TITLE
        + "وقالت المفوضية الأممية لشؤون اللاجئين إن مليون لاجئ عادوا.\n\n"
        + 'ووصفت هذه الخطوة بأنها "بالغة الأهمية".\n\n'
        + "كما أعلنت منح الأولوية للعائلات.\n\n"
        + "وعبر كثيرون عن رغبتهم في العودة."
    )
    assert [c.text for c in extraction.claims] == [
        "مليون لاجئ عادوا",
        'هذه الخطوة بأنها "بالغة الأهمية"',  # what is described, with its words
        "منح الأولوية للعائلات",
    ]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {
        "المفوضية الأممية لشؤون اللاجئين"
    }


def test_the_company_is_the_airline_but_the_police_are_themselves(run):
    extraction = run(
        TITLE
        + "أعلنت الخطوط الجوية الوطنية، اليوم الجمعة، استئناف رحلاتها.\n\n"
        + "وأكدت الشركة في بيانها أن الرحلات آمنة.\n\n"
        + "ووجهت الخطوط الجوية الوطنية شكرا للمواطنين، معربة عن عزمها تحسين الخدمات.\n\n"
        + "وأفادت الشرطة بأن المطار آمن."
    )
    names = [extraction.speaker(c.speaker).name for c in extraction.claims]
    assert names == ["الخطوط الجوية الوطنية"] * 3 + ["الشرطة"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "وقالت وزيرة السياحة لينا الخازن رعد، إن المهرجان سيقام.",
            "لينا الخازن رعد",
            "وزيرة السياحة",
        ),
        (
            "وقال وزير التعليم العالي والبحث العلمي سامي نور، يوم الخميس، إن المهرجان سيقام.",
            "سامي نور",
            "وزير التعليم العالي والبحث العلمي",
        ),
        (
            "وقال وزير التربية الوطنية والتعليم الأولي والرياضة، سامي نور، إن المهرجان سيقام.",
            "سامي نور",
            "وزير التربية الوطنية والتعليم الأولي والرياضة",
        ),
        (
            "وأوضح خالد علي عثمان، مدير الإدارة العامة، أن المهرجان سيقام.",
            "خالد علي عثمان",
            "مدير الإدارة العامة",
        ),
        (
            "كشف الدكتور جاد القاضي، رئيس المعهد القومي للبحوث، عن أن المهرجان سيقام.",
            "جاد القاضي",
            "رئيس المعهد القومي للبحوث",
        ),
        (
            "قالت مستشارة البحوث بمكتب وزير التراث والسياحة سلمى بنت عبد الله الراشدية، "
            "الثلاثاء، إن المهرجان سيقام.",
            "سلمى بنت عبد الله الراشدية",
            "مستشارة البحوث بمكتب وزير التراث والسياحة",
        ),
        (
            "وقال مدير الإعلام بوزارة الصحة سامي نور إن المهرجان سيقام.",
            "سامي نور",
            "مدير الإعلام بوزارة الصحة",
        ),
        ("وأعلن السلطان سامي بن نور أن المهرجان سيقام.", "سامي بن نور", "السلطان"),
        (
            "قال وزير الصحة والسكان وإصلاح المستشفيات سامي بن نور أن المهرجان سيقام.",
            "سامي بن نور",
            "وزير الصحة والسكان وإصلاح المستشفيات",
        ),
    ],
)
def test_long_offices_and_names_that_look_like_other_words(run, sentence, name, role):
    """لينا is no ل-attachment, علي and القاضي can be names, a coordinated portfolio
    keeps its adjectives, and the office a role sits in follows بمكتب/بوزارة."""
    assert_one_claim_by(run(TITLE + sentence), "المهرجان سيقام", name, role)


def test_a_quoted_surname_and_the_construct_form_of_a_role(run):
    extraction = run(
        TITLE
        + "دعا أمين عام المنظمة سامي نور إلى حملة للقضاء على التلوث.\n\n"
        + "وحذر الأمين العام للمنظمة من العواقب الجسيمة.\n\n"
        + 'وقال "نور" لـ"الصحيفة" إن الحملة ستبدأ.\n\n'
        + "ونبه المواطنين من التعرض لأشعة الشمس."
    )
    assert len(extraction.claims) == 4
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"سامي نور"}


def test_a_body_and_an_office_with_their_province(run):
    extraction = run(
        TITLE
        + "قالت وزارة الصحة بولاية الساحل،إن الإصابات بلغت 336 إصابة.\n\n"
        + "وارتفع عدد الوفيات إلى 52 وفاة، حسب ما أكد مسؤول الإعلام في مكتب وزارة الصحة "
        + "بمحافظة الساحل سامي نور.\n\n"
        + "وتوقع وزير المياه رائد أبو السعود الانتهاء من المشروع."
    )
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == [
        "وزارة الصحة بولاية الساحل",
        "سامي نور",
        "رائد أبو السعود",
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # a title the lexicon lacks: the definite words are the role, the rest the name
        (
            "وقال الناخب الوطني سامي نور في ندوة صحفية إن المهرجان سيقام.",
            "سامي نور",
            "الناخب الوطني",
        ),
        # indefinite constructs only: the last two words are the name
        ("وأكد نجم نادي الساحل كريم الزين أن المهرجان سيقام.", "كريم الزين", "نجم نادي الساحل"),
        # a role that goes on past its place to the name before the complement
        (
            "وقال مندوب الساحل في مجلس الاتحاد رائد كمال إن المهرجان سيقام.",
            "رائد كمال",
            "مندوب الساحل في مجلس الاتحاد",
        ),
        (
            "وقال مندوب الساحل الدائم لدى المنظمة رائد كمال إن المهرجان سيقام.",
            "رائد كمال",
            "مندوب الساحل الدائم لدى المنظمة",
        ),
        # two titles, an honorific and a lineage name, then a date before أن
        (
            "وقال رئيس الوزراء وزير المالية الشيخ سامي بن عبد الله آل نور، اليوم السبت، "
            "أن المهرجان سيقام.",
            "سامي بن عبد الله آل نور",
            "رئيس الوزراء وزير المالية",
        ),
        # a rank between the apposition comma and the name
        (
            "وقال المتحدث باسم الوزارة، السفير رائد كمال: إن المهرجان سيقام.",
            "رائد كمال",
            "المتحدث باسم الوزارة",
        ),
    ],
)
def test_subjects_the_grammar_lacks_run_to_their_complement(run, sentence, name, role):
    """An object never runs straight into إن/أن: the words between the verb and its
    complement are the subject's, even when the lexicon has no title for them."""
    assert_one_claim_by(run(TITLE + sentence), "المهرجان سيقام", name, role)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقالت قوات الحماية الخاصة أنها أغلقت الطريق.", "قوات الحماية الخاصة"),
        ("وقالت منظمة أطباء بلا قيود إن الطريق أغلق.", "منظمة أطباء بلا قيود"),
        # one unknown definite word straight before إن is the subject, not an object
        ("وقال الديوان إن الطريق أغلق.", "الديوان"),
    ],
)
def test_a_body_named_longer_than_the_grammar_reads(run, sentence, name):
    extraction = run(TITLE + sentence)
    [claim] = extraction.claims
    assert claim.text.startswith(("الطريق", "أغلقت"))
    assert extraction.speaker(claim.speaker).name == name


def test_the_subject_is_not_stretched_over_objects_and_occasions(run):
    extraction = run(
        TITLE
        + "وقال الوزير سامي نور خلال لقائه الوفد إن المهرجان سيقام.\n\n"
        + "وأكد مجددا أن الموعد ثابت.\n\n"
        + "ولفت الانتباه إلى أن التذاكر نفدت."
    )
    assert [c.text for c in extraction.claims] == [
        "المهرجان سيقام",
        "الموعد ثابت",
        "التذاكر نفدت",
    ]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"سامي نور"}


@pytest.mark.parametrize(
    ("sentence", "text", "speaker"),
    [
        # states speak through their governments
        (
            "وأعربت المملكة الساحلية عن قلقها إزاء التصعيد.",
            "عن قلقها إزاء التصعيد",
            "المملكة الساحلية",
        ),
        (
            "نفت الولايات الجنوبية ضلوعها في الهجوم.",
            "ضلوعها في الهجوم",
            "الولايات الجنوبية",
        ),
        ("وقالت دولة نوريا إنها ترحب بالاتفاق.", "ترحب بالاتفاق", "دولة نوريا"),
        # a lone بـ ends a one-word name
        (
            'وأدانت نوريا بـ"أشد العبارات" الهجوم على القافلة.',
            'بـ"أشد العبارات" الهجوم على القافلة',
            "نوريا",
        ),
        # دعى, a frequent misspelling of دعا (the residents addressed are no second
        # title), and توعد
        ("ودعى المحافظ السكان إلى الحذر.", "السكان إلى الحذر", "المحافظ"),
        (
            "وتوعد قائد الشرطة سامي نور المهربين بالملاحقة.",
            "المهربين بالملاحقة",
            "سامي نور",
        ),
    ],
)
def test_states_misspelt_calls_and_threats(run, sentence, text, speaker):
    assert_the_claim(run(TITLE + sentence), text, speaker)


def test_is_called_is_no_claim_and_keeps_the_speaker(run):
    extraction = run(
        TITLE + "وقال المصدر إن الشرطة اعتقلت رجلا يدعى رائد كمال.\n\n" + "وأضاف أن التحقيق مستمر."
    )
    assert [c.text for c in extraction.claims] == [
        "الشرطة اعتقلت رجلا يدعى رائد كمال",
        "التحقيق مستمر",
    ]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"المصدر"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "وقال المتحدث العسكري باسم الجماعة رائد كمال إن المهرجان سيقام.",
            "رائد كمال",
            "المتحدث العسكري باسم الجماعة",
        ),
        ("وأكد المرشد الأعلى علي الحسن أن المهرجان سيقام.", "علي الحسن", "المرشد الأعلى"),
        # two offices between commas, the name, then a date before أن
        (
            "أكد الوزير الأول، وزير المالية، سامي بن نور، اليوم الخميس، أن المهرجان سيقام.",
            "سامي بن نور",
            "الوزير الأول، وزير المالية",
        ),
        # a surname shaped like a nisba, then a quotation after the comma
        (
            "وأكد المتحدث باسم الوزارة، السفير سنان الكعبي، «المهرجان سيقام».",
            "سنان الكعبي",
            "المتحدث باسم الوزارة",
        ),
    ],
)
def test_offices_apposed_and_adjectives_before_bismi(run, sentence, name, role):
    assert_one_claim_by(run(TITLE + sentence), "المهرجان سيقام", name, role)


def test_a_feminine_body_after_a_masculine_verb_is_its_object(run):
    extraction = run(
        TITLE
        + "قال الوزير سامي نور إن الخطة جاهزة.\n\n"
        + "ودعا الحكومة إلى التحرك العاجل.\n\n"
        + "وقال الهيئة العامة إن الموعد ثابت."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("الخطة جاهزة", "سامي نور"),
        ("الحكومة إلى التحرك العاجل", "سامي نور"),
        # a careless masculine verb before إن still names the body
        ("الموعد ثابت", "الهيئة العامة"),
    ]


def test_the_conjunction_apart_a_sentence_opening_participle_and_a_second_office(run):
    extraction = run(
        TITLE
        + 'قال الناطق باسم الوزارة رائد كمال إن "الدولة ليست ضالعة" .. مضيفاً: "لا علم لنا".\n\n'
        + 'و أضاف: "الموعد ثابت".\n\n'
        + "أكد الوزير الأول، وزير المالية، سامي بن نور، أن الصادرات ارتفعت.\n\n"
        + "وجدد الوزير الأول، وزير المالية، تأكيده على أن الدعم مستمر."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("الدولة ليست ضالعة", "رائد كمال"),
        ("لا علم لنا", "رائد كمال"),
        ("الموعد ثابت", "رائد كمال"),
        ("الصادرات ارتفعت", "سامي بن نور"),
        ("الدعم مستمر", "سامي بن نور"),
    ]


def test_a_body_with_its_place_and_a_body_named_outside_any_claim(run):
    extraction = run(
        TITLE
        + "أعلنت وزارة الصحة في الساحل، الأربعاء، ارتفاع الحصيلة.\n\n"
        + "وقالت الوزارة في بيان إن المستشفيات ممتلئة.\n\n"
        + "وعقد المصرف اجتماع لجنة السياسات النقدية أمس.\n\n"
        + "وقالت اللجنة إن الأسعار مستقرة."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("ارتفاع الحصيلة", "وزارة الصحة في الساحل"),
        ("المستشفيات ممتلئة", "وزارة الصحة في الساحل"),
        ("الأسعار مستقرة", "لجنة السياسات النقدية"),
    ]


def test_quoted_words_inside_reported_content_and_after_a_source(run):
    extraction = run(
        TITLE
        + "قال الوزير سامي نور إن الخطة جاهزة.\n\n"
        + 'وأضاف: الطفلة "ريم" رأت النور من جديد.\n\n'
        + 'وارتفع عدد الضحايا إلى 312 شخصا، بحسب ما ذكرت هيئة الطوارئ "هطو".'
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("الخطة جاهزة", "سامي نور"),
        ('الطفلة "ريم" رأت النور من جديد', "سامي نور"),
        ("وارتفع عدد الضحايا إلى 312 شخصا", "هيئة الطوارئ"),
    ]


def test_a_source_the_grammar_lacks_after_according_to(run):
    extraction = run(
        TITLE
        + "وبحسب الوحدة التنفيذية لمخيمات النازحين، فإن عدد النازحين بلغ 3 ملايين.\n\n"
        + "وخلف الفيضان 15 قتيلا، وفقا للأقاليم المتحدة.\n\n"
        + "وتزرع الحبوب، حسب الدورات الزراعية المتبعة."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("عدد النازحين بلغ 3 ملايين", "الوحدة التنفيذية لمخيمات النازحين"),
        ("وخلف الفيضان 15 قتيلا", "الأقاليم المتحدة"),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "speaker"),
    [
        # قال's words start at a quotation after the occasion's comma
        (
            'وقال سامي نور، في كلمة خلال القمة، "لدينا فرصة فريدة لتحسين جودة الحياة"، '
            "متوقعا أن الأسعار ستنخفض.",
            'لدينا فرصة فريدة لتحسين جودة الحياة"، متوقعا أن الأسعار ستنخفض',
            "سامي نور",
        ),
        # an impersonal من الضروري أن is the content itself
        (
            "وقال المدرب سامي نور من الضروري أن يدعم الجمهور الفريق.",
            "من الضروري أن يدعم الجمهور الفريق",
            "سامي نور",
        ),
        # a verb of another gender with no subject inside the reported words
        (
            "وقال سامي نور، محامي الشركة، إن المحكمة رفضت الطلب، واعتبرت أن الأدلة كافية.",
            "المحكمة رفضت الطلب، واعتبرت أن الأدلة كافية",
            "سامي نور",
        ),
        # a title whose body is a pronoun, then the name between commas
        (
            'ونقل بيان للشركة عن رئيسها التنفيذي، سامي نور، قوله "نحن ممتنون".',
            "نحن ممتنون",
            "سامي نور",
        ),
        # an unnamed source in a body named by a construct chain
        (
            "ونقلت الوكالة عن مصدر في أجهزة إنفاذ القانون، لم تكشف هويته، أن الحكم صدر.",
            "الحكم صدر",
            "مصدر في أجهزة إنفاذ القانون",
        ),
        # لوّح reports only with its ب-complement
        (
            "ولوح رئيس الهيئة سامي نور، اليوم الإثنين، بإلغاء الانتخابات.",
            "بإلغاء الانتخابات",
            "سامي نور",
        ),
    ],
)
def test_where_reported_words_start_and_who_says_them(run, sentence, text, speaker):
    assert_the_claim(run(TITLE + sentence), text, speaker)


def test_a_board_is_no_threat(run):
    assert run(TITLE + "ووضع المعلم لوح الإعلانات في الممر.").claims == ()


@pytest.mark.parametrize(
    ("sentence", "text", "speaker"),
    [
        ('وقال الرئيس سامي نور إننا "سنفعل ما يجب فعله".', "سنفعل ما يجب فعله", "سامي نور"),
        (
            "وقال المتحدث باسم خلية الإعلام الأمني العميد رائد كمال إن العملية نجحت.",
            "العملية نجحت",
            "رائد كمال",
        ),
        (
            'وذكرت فضائية "الساحل" أن العملية نجحت.',
            "العملية نجحت",
            'فضائية "الساحل"',
        ),
        # أفاد بـ: the ب-complement is no name after the role
        ("وأفاد مصدر أمني بتسجيل 10 إصابات.", "بتسجيل 10 إصابات", "مصدر أمني"),
        (
            "ونقلت الوكالة عن الوزير سامي نور توضيحه أن العملية نجحت.",
            "العملية نجحت",
            "سامي نور",
        ),
        # the outlet's reminder, the subject and a comma before the verb
        (
            "يذكر أن وزارة التجارة الساحلية، أكدت أن العملية نجحت.",
            "العملية نجحت",
            "وزارة التجارة الساحلية",
        ),
    ],
)
def test_complementisers_bodies_and_relayed_words(run, sentence, text, speaker):
    extraction = run(TITLE + sentence)
    claim = extraction.claims[-1]
    assert claim.text == text
    assert extraction.speaker(claim.speaker).name == speaker


def test_a_quoted_name_with_its_role_then_the_same_speaker(run):
    extraction = run(
        TITLE
        + "أعلن “سامي نور” عضو نقابة الفلاحين الساحليين أن الحليب لن يكون متوفرا.\n\n"
        + "وأضاف ذات المتحدث، في تصريح لإذاعة محلية، أن الإنتاج تراجع."
    )
    assert [c.text for c in extraction.claims] == ["الحليب لن يكون متوفرا", "الإنتاج تراجع"]
    [speaker] = extraction.speakers
    assert (speaker.name, speaker.role) == ("سامي نور", "عضو نقابة الفلاحين الساحليين")


def test_hyphenated_names_and_a_body_with_a_coordinated_portfolio(run):
    extraction = run(
        TITLE
        + 'وقالت ماري-لين سامي-نور، رئيسة لجنة الدفاع في البرلمان، "الوقت غير مناسب".\n\n'
        + "أعلنت وزارة التهذيب الوطني وإصلاح النظام التعليمي، اليوم الأربعاء، أن "
        + "نسبة المشاركة بلغت 29 في المائة."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("الوقت غير مناسب", "ماري-لين سامي-نور"),
        ("نسبة المشاركة بلغت 29 في المائة", "وزارة التهذيب الوطني وإصلاح النظام التعليمي"),
    ]


def test_straight_single_quotes_and_a_quotation_after_the_platform(run):
    extraction = run(
        TITLE
        + "وقال المصدر لـ'الساحل نيوز' ان المفاوضات متعثرة.\n\n"
        + "وقال الوزير سامي نور في موقعه على تويتر “احترامنا هو للمجلس وحده وليس لغيره”، "
        + "وجاء الرد سريعا."
    )
    assert [c.text for c in extraction.claims] == [
        "المفاوضات متعثرة",
        "احترامنا هو للمجلس وحده وليس لغيره”، وجاء الرد سريعا",
    ]


def test_sources_of_a_body_a_fronted_apposition_and_a_sentence_opening_waqf(run):
    extraction = run(
        TITLE
        + "ونقلت الوكالة عن مصدر بالشرطة الساحلية قوله إن القصف أسفر عن 10 قتلى.\n\n"
        + "وكان مساعد الرئيس الساحلي، رائد كمال، قد أعلن يوم الأربعاء، أن الوفد سيصل.\n\n"
        + "ووفق وزارة الخارجية في نوريا، يتوقع وصول الوفد في وقت لاحق اليوم.\n\n"
        + "وبحسب وكالات إخبارية، أكدت المتحدثة باسم المفوضية وجود انتهاكات."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("القصف أسفر عن 10 قتلى", "مصدر بالشرطة الساحلية"),
        ("الوفد سيصل", "رائد كمال"),
        ("يتوقع وصول الوفد في وقت لاحق اليوم", "وزارة الخارجية في نوريا"),
        ("وجود انتهاكات", "المتحدثة باسم المفوضية"),
    ]


def test_a_frame_before_the_subject_and_the_same_speaker_named_itself(run):
    extraction = run(
        TITLE
        + "وشدد في هذا الصدد سامي نور، الكاتب العام للنقابة، على أنه لا يجب إصدار الرخص.\n\n"
        + "ولفت المتحدث نفسه، في تصريحه لجريدة محلية، إلى أن الحكومة مطالبة بتصور جديد.\n\n"
        + "وأكد في هذا السياق أن الحل قريب."
    )
    assert [c.text for c in extraction.claims] == [
        "لا يجب إصدار الرخص",
        "الحكومة مطالبة بتصور جديد",
        "الحل قريب",
    ]
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"سامي نور"}


def test_data_showed_a_role_before_the_outlet_and_an_official_of_a_quoted_body(run):
    extraction = run(
        TITLE
        + "أظهرت بيانات لوزارة التخطيط، الإثنين، أن النمو بلغ 2.2%.\n\n"
        + "وأظهر المسح تراجع البطالة.\n\n"
        + "وقال مسؤول في «الخطوط الساحلية» إن الحادث وقع بسبب عطل.\n\n"
        + "وقال عبد الله الحسن مساعد مدير الخطوط الساحلية لشؤون العلاقات العامة "
        + "لـ«الصحيفة» إن الرحلات عادت."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("النمو بلغ 2.2%", "وزارة التخطيط"),
        ("الحادث وقع بسبب عطل", "مسؤول في «الخطوط الساحلية»"),
        ("الرحلات عادت", "عبد الله الحسن"),
    ]


def test_objects_with_the_subjects_pronoun_ranks_of_foreign_armies_and_in_turn(run):
    extraction = run(
        TITLE
        + "أعربت المملكة الساحلية عن إدانتها للهجوم.\n\n"
        + "واستنكرت نوريا بدورها الهجوم، وأكدت وقوفها الكامل إلى جانب الساحل.\n\n"
        + "وقال المتحدث باسم التحالف، الكولونيل رائد كمال، إن الضربة لم تقع.\n\n"
        + "وقال المحامي سامي نور إن الحكم باطل، بل هو دليل يثبت براءتهما ويؤكد "
        + "أن موقفهما سليم."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("عن إدانتها للهجوم", "المملكة الساحلية"),
        ("الهجوم", "نوريا"),
        ("وقوفها الكامل إلى جانب الساحل", "نوريا"),
        ("الضربة لم تقع", "رائد كمال"),
        ("الحكم باطل، بل هو دليل يثبت براءتهما ويؤكد أن موقفهما سليم", "سامي نور"),
    ]


def test_a_source_with_a_date_and_reports_with_an_about(run):
    extraction = run(
        TITLE
        + "قتل 18 شخصا خلال أسبوع من الأمطار، بحسب ما أعلن الدفاع المدني الخميس.\n\n"
        + "وفي بيان منفصل، أفاد الهلال الأحمر الساحلي الخميس عن مقتل شخص.\n\n"
        + "وأفادت معلومات قناة “الساحل 3” بأن الضحية طبيب."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("قتل 18 شخصا خلال أسبوع من الأمطار", "الدفاع المدني"),
        ("عن مقتل شخص", "الهلال الأحمر الساحلي"),
        ("الضحية طبيب", "قناة “الساحل 3”"),
    ]


def test_quotations_after_an_occasion_relayed_roles_and_a_described_body(run):
    extraction = run(
        TITLE
        + "وقال سامي نور في رسالة نصية للوكالة اليوم “أؤكد أننا قدمنا طعنا للمجلس”.\n\n"
        + 'وقال الوزير رائد كمال في تصريح لـ"الصحيفة" إن الخطة جاهزة.\n\n'
        + "قالت منظمة رايتس نوريا إن السلطات اعتقلت عشرات الأشخاص.\n\n"
        + "ونقل البيان عن نائب المدير التنفيذي لقسم الشرق الأوسط في المنظمة هالة الصافي، "
        + "أن الاعتقالات أدت إلى الخوف.\n\n"
        + "وأضافت المنظمة الحقوقية أن 27 منهم ما زالوا محتجزين.\n\n"
        + "وقالت الحكومة الساحلية إن التحقيق جار."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("أؤكد أننا قدمنا طعنا للمجلس", "سامي نور"),
        ("الخطة جاهزة", "رائد كمال"),
        ("السلطات اعتقلت عشرات الأشخاص", "منظمة رايتس نوريا"),
        ("الاعتقالات أدت إلى الخوف", "هالة الصافي"),
        ("27 منهم ما زالوا محتجزين", "منظمة رايتس نوريا"),
        ("التحقيق جار", "الحكومة الساحلية"),
    ]


def test_a_body_described_with_another_adjective_is_another_body(run):
    extraction = run(
        TITLE
        + "وقالت الحكومة الجبلية إن الحدود مغلقة.\n\n"
        + "وقالت الحكومة الساحلية إن الحدود مفتوحة."
    )
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == [
        "الحكومة الجبلية",
        "الحكومة الساحلية",
    ]


def test_a_body_named_in_the_headline_and_a_long_role_before_a_colon(run):
    extraction = run(
        "منظمة الهجرة الساحلية: غرق 57 مهاجرا\n\n"
        + "أعلنت المنظمة أن 57 مهاجرا لقوا حتفهم.\n\n"
        + "ومن جانبه قال رائد كمال مدير إدارة الاستعداد لحالات الطوارئ والاستجابة لها "
        + "في البرنامج: «نشهد ارتفاعا خطيرا»."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("57 مهاجرا لقوا حتفهم", "منظمة الهجرة الساحلية"),
        ("نشهد ارتفاعا خطيرا", "رائد كمال"),
    ]


def test_an_official_of_a_quoted_party_and_a_body_inside_another(run):
    extraction = run(
        TITLE
        + 'أكد المسؤول في "حزب الجبل" سامي نور لـ"الوكالة" أن الجلسة فرصة.\n\n'
        + "من جانبها، قالت هيئة العمليات في الجيش العربي الساحلي إن الوحدات أمنت السجن.\n\n"
        + "وقالت الهيئة في بيان إن التمشيط مستمر."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("الجلسة فرصة", "سامي نور"),
        ("الوحدات أمنت السجن", "هيئة العمليات في الجيش العربي الساحلي"),
        ("التمشيط مستمر", "هيئة العمليات في الجيش العربي الساحلي"),
    ]


def test_a_body_with_its_abbreviation_and_an_imperfect_verb_inside_the_words(run):
    extraction = run(
        TITLE
        + "أعلنت قيادة قوات نوريا الديمقراطية (قند)، عن خروج السجن عن سيطرتها.\n\n"
        + "وأكد الناطق سامي نور أن تقريرا سيبث لاحقا، يتضمن اعترافات المتهمين، "
        + "ويكشف تفاصيل دقيقة حول المخطط.\n\n"
        + "وأفادت وكالة الساحل للأنباء نقلا عن المتحدث رائد كمال أن الحدود مفتوحة."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("عن خروج السجن عن سيطرتها", "قيادة قوات نوريا الديمقراطية"),
        (
            "تقريرا سيبث لاحقا، يتضمن اعترافات المتهمين، ويكشف تفاصيل دقيقة حول المخطط",
            "سامي نور",
        ),
        ("الحدود مفتوحة", "رائد كمال"),
    ]


def test_reports_with_adjectives_unnamed_sources_representatives_and_the_ministry_alone(run):
    extraction = run(
        TITLE
        + "أظهر تقرير جديد للبنك الساحلي أن النمو تباطأ.\n\n"
        + "ونقلت الصحيفة، عن مسؤولين جبليين لم تسمهم، أن الاتفاق قريب.\n\n"
        + "من جانبه، أشار ممثل عن وزارة الكهرباء، إلى أن الساعات ستحدد.\n\n"
        + "وقالت وزارة الخارجية الجبلية إن الوضع خطير.\n\n"
        + "واتهمت الخارجية الولايات الشمالية بجر المنطقة إلى الصراع.\n\n"
        + "وقال متحدثا في المنتدى إن الدور مستمر."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("النمو تباطأ", "البنك الساحلي"),
        ("الاتفاق قريب", "مسؤولين جبليين"),
        ("الساعات ستحدد", "ممثل عن وزارة الكهرباء"),
        ("الوضع خطير", "وزارة الخارجية الجبلية"),
        ("الولايات الشمالية بجر المنطقة إلى الصراع", "وزارة الخارجية الجبلية"),
        ("الدور مستمر", "ممثل عن وزارة الكهرباء"),
    ]


def test_a_body_with_what_it_is_for_and_a_long_abbreviation(run):
    assert_the_claim(
        run(TITLE + "وقال المركز الساحلي لأبحاث علوم الأرض (جي إف زد) إن الزلزال هز المنطقة."),
        "الزلزال هز المنطقة",
        "المركز الساحلي لأبحاث علوم الأرض",
    )


def test_a_warning_from_a_subject_the_grammar_has_no_head_noun_for(run):
    assert_the_claim(
        run(TITLE + "وحذر الصليب الأزرق الجبلي من أن نحو مليوني شخص يواجهون الجوع."),
        "نحو مليوني شخص يواجهون الجوع",
        "الصليب الأزرق الجبلي",
    )


def test_states_as_a_plural_body_and_a_restated_affirmation(run):
    extraction = run(
        TITLE
        + "وأكدت الدول المشاركة استمرار قرارها بتعليق الزيادات.\n\n"
        + "كما أعادت المجموعة التأكيد على أن الخفض قابل للمراجعة.\n\n"
        + "وأعادت السلطات فتح المعبر بعد أن أغلقته."
    )
    assert [(c.cue, c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("أكد", "استمرار قرارها بتعليق الزيادات", "الدول المشاركة"),
        ("أعاد", "الخفض قابل للمراجعة", "المجموعة"),
    ]


def test_a_calendar_date_the_same_source_and_a_passive_judgement(run):
    extraction = run(
        TITLE
        + "أعلنت هيئة الإحصاء، الأربعاء 02 أبريل 2025، أن الحصيلة ارتفعت إلى 2886 قتيلا.\n\n"
        + "وأضاف المصدر ذاته أن البحث مستمر، فيما اعتبر 373 شخصا في عداد المفقودين.\n\n"
        + "وتعتبر الزلازل أمرا شائعا نسبيا في المنطقة.\n\n"
        + "واعتبرت الهيئة الخطوة ضرورية."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("الحصيلة ارتفعت إلى 2886 قتيلا", "هيئة الإحصاء"),
        ("البحث مستمر", "هيئة الإحصاء"),
        ("الخطوة ضرورية", "هيئة الإحصاء"),
    ]


def test_a_radio_station_with_its_quoted_name_as_a_source(run):
    assert_the_claim(
        run(TITLE + 'قررت المحكمة تأييد الحكم، بحسب ما أوردته إذاعة "الساحل" المحلية.'),
        "قررت المحكمة تأييد الحكم",
        'إذاعة "الساحل" المحلية',
    )


def test_what_came_in_a_statement_or_a_post_is_its_authors(run):
    extraction = run(
        TITLE
        + "وجاء في بيان للوزارة أن الوضع مستقر.\n\n"
        + "وجاء في بيان صادر عن هيئة الموانئ أن الحركة طبيعية. "
        + "وجاء في البيان، الذي وزع على الصحفيين، أن السفن وصلت.\n\n"
        + 'وجاء في منشور لرائد كمال على شبكة للتواصل الاجتماعي: "البلاد بحاجة إلى دعم".\n\n'
        + "وجاء في المرتبة الثانية الفريق الأزرق."
    )
    assert [(c.cue, c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("جاء", "الوضع مستقر", "الوزارة"),
        ("جاء", "الحركة طبيعية", "هيئة الموانئ"),
        ("جاء", "السفن وصلت", "هيئة الموانئ"),
        ("جاء", "البلاد بحاجة إلى دعم", "رائد كمال"),
    ]


def test_a_participle_after_a_known_surname_and_its_bi_complement(run):
    extraction = run(
        TITLE
        + "أشاد الرئيس الجبلي سامي نور بالفوز الكبير.\n\n"
        + 'واحتفل نور بالفوز في العاصمة، حيث خاطب أنصاره، قائلا: "اليوم يبدأ البناء".'
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("بالفوز الكبير", "سامي نور"),
        ("اليوم يبدأ البناء", "سامي نور"),
    ]


def test_an_adverb_after_the_subject_and_a_place_called_on(run):
    extraction = run(
        TITLE
        + "قال وزير النقل سامي نور إن الخط آمن.\n\n"
        + "ونفى الوزير بشكل قاطع وجود هبوط في السكة.\n\n"
        + "وأضاف البرنامج أنه يتواصل مع الإدارة، وحث نوريا على مواصلة الدعم.\n\n"
        + "ودعا زياد إلى الحوار."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("الخط آمن", "سامي نور"),
        ("بشكل قاطع وجود هبوط في السكة", "سامي نور"),
        ("يتواصل مع الإدارة", "البرنامج"),
        ("نوريا على مواصلة الدعم", "البرنامج"),
        ("إلى الحوار", "زياد"),  # opening its sentence, the word is the subject
    ]


def test_an_office_in_apposition_before_an_about_complement_and_an_occasion_aside(run):
    extraction = run(
        TITLE
        + "أعرب الفنان سامي نور، رئيس مهرجان الساحل السينمائي، عن سعادته بالمشاركة.\n\n"
        + "نور أكد، في تصريح خاص لـ«الأخبار»، اعتزازه بالتطور الثقافي."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("عن سعادته بالمشاركة", "سامي نور"),
        ("اعتزازه بالتطور الثقافي", "سامي نور"),
    ]
    assert extraction.speaker(extraction.claims[0].speaker).role == "رئيس مهرجان الساحل السينمائي"


def test_what_a_speaker_describes_is_the_object_of_the_description(run):
    extraction = run(
        TITLE + "أعلن الرئيس سامي نور عن خطط للانتخابات، ووصف المبادرة بأنها حاسمة للبلاد."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("عن خطط للانتخابات", "سامي نور"),
        ("المبادرة بأنها حاسمة للبلاد", "سامي نور"),
    ]


def test_a_participle_adjective_of_the_office_before_a_full_name(run):
    assert_one_claim_by(
        run(TITLE + "أشاد الرئيس الجبلي الليبرالي المتطرف سامي نور بالفوز الكبير."),
        "بالفوز الكبير",
        "سامي نور",
        "الرئيس الجبلي الليبرالي المتطرف",
    )


def test_a_name_between_kana_and_qad_is_the_subject(run):
    extraction = run(
        TITLE
        + "فشل المجلس في تمرير القانون.\n\n"
        + "وكان سامي نور قد دعا، في تصريح سابق، الأعضاء إلى “التوقف عن اللعب”.\n\n"
        + "وكانت الأمطار الغزيرة قد أكدت التوقعات."
    )
    assert_the_claim(extraction, "الأعضاء إلى “التوقف عن اللعب”", "سامي نور")


def test_a_colon_ending_the_paragraph_hands_the_quotation_below_to_its_speaker(run):
    extraction = run(
        TITLE
        + "وقالت سامية نور، مديرة الصندوق، خلال فعالية على هامش الاجتماعات:\n\n"
        + "“لقد اختار العالم، حتى الآن، عدم الرد.”\n\n"
        + "ارتفعت الأسعار في الأسواق.\n\n"
        + "«هذا نص منقول» عبارة كتبت على الجدار."
    )
    assert_the_claim(extraction, "لقد اختار العالم، حتى الآن، عدم الرد", "سامية نور")


def test_brigades_with_an_adjective_before_their_verb_and_urging_verbs(run):
    extraction = run(
        TITLE
        + "لكن كتائب الجبل النافذة قالت إنها لن تناقش التخلي عن سلاحها.\n\n"
        + "وقالت الكتائب في بيان إن المقاومة حق.\n\n"
        + "حضّت السفارة الجبلية رعاياها على مغادرة البلاد فورا.\n\n"
        + "وأوصت المواطنين بالاستعداد لأي حالات طارئة."
    )
    assert [(c.cue, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("قال", "كتائب الجبل"),
        ("قال", "كتائب الجبل"),
        ("حض", "السفارة الجبلية"),
        ("أوصى", "السفارة الجبلية"),
    ]


def test_a_name_before_its_title_and_an_occasion_closed_by_a_comma_before_an(run):
    extraction = run(
        TITLE
        + "وقال رائد كمال المحلل في «بنك الساحل»: «إذا انخفض السعر فسنشهد تخفيضات».\n\n"
        + "أكدت المندوبية السامية للتخطيط في مذكرتها حول وضعية سوق الشغل خلال الفصل "
        + "الثالث، أن البطالة تراجعت.\n\n"
        + "وأفادت المندوبية من خلال نفس المذكرة، إلى أن عدد العاطلين انخفض."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("إذا انخفض السعر فسنشهد تخفيضات", "رائد كمال"),
        ("البطالة تراجعت", "المندوبية السامية للتخطيط"),
        ("عدد العاطلين انخفض", "المندوبية السامية للتخطيط"),
    ]
    assert extraction.speaker(extraction.claims[0].speaker).role == "المحلل"


def test_a_day_between_a_trailing_source_verb_and_its_subject(run):
    assert_the_claim(
        run(TITLE + "تراجع التضخم إلى 30,89% في الشهر الأخير، بحسب ما أعلن الاثنين المعهد."),
        "تراجع التضخم إلى 30,89% في الشهر الأخير",
        "المعهد",
    )


def test_a_place_after_a_calling_body_is_not_an_occasion_to_skip(run):
    assert_the_claim(
        run(TITLE + "حضّت السفارة في الساحل رعاياها على مغادرة البلاد فورا، إذ تواجه حصارا."),
        "رعاياها على مغادرة البلاد فورا، إذ تواجه حصارا",
        "السفارة",
    )


def test_a_day_before_the_verb_a_likening_and_statistics_published_yesterday(run):
    extraction = run(
        TITLE
        + "ومساء الثلاثاء أعلن وزير الداخلية سامي نور الوصول إلى حطام الطائرة.\n\n"
        + 'شبهت الباحثة الحقوقية سامية كمال مراكز الاحتجاز بـ"الجحيم".\n\n'
        + "سجلت البلاد ثاني أعلى عدد من المهاجرين، وفق ما أظهرت إحصاءات للحكومة نشرت أمس.\n\n"
        + "وتقع المدينة على شبه جزيرة صغيرة."
    )
    assert [(c.cue, c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("أعلن", "الوصول إلى حطام الطائرة", "سامي نور"),
        ("شبه", 'مراكز الاحتجاز بـ"الجحيم"', "سامية كمال"),
        ("أظهر", "سجلت البلاد ثاني أعلى عدد من المهاجرين", "الحكومة"),
    ]


def test_the_outlets_reminder_is_no_claim_and_plural_bodies_speak(run):
    extraction = run(
        TITLE
        + "وقال سامي نور إن المشروع سينتج 126 مليون طن.\n\n"
        + "يذكر أن المشروع سينتج 126 مليون طن بحلول 2027.\n\n"
        + "وأعلنت الهيئات الجبلية لمكافحة الفساد عن إطلاق عملية تفتيش."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("المشروع سينتج 126 مليون طن", "سامي نور"),
        ("عن إطلاق عملية تفتيش", "الهيئات الجبلية لمكافحة الفساد"),
    ]


def test_a_deputy_of_a_commission_a_long_construct_body_and_the_topic_of_amma(run):
    extraction = run(
        TITLE
        + "وقالت نائبة رئيس المفوضية للشؤون الرقمية سامية نور في مؤتمر صحفي: "
        + '"ينبغي ألا تكون قواعدنا عبئا".\n\n'
        + "أكدت هيئة تنظيم قطاع الاتصالات متابعتها لالتزام المشغلين.\n\n"
        + 'أما رائد كمال، فقد أشاد بأداء "الأخضر" رغم الخسارة.'
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("ينبغي ألا تكون قواعدنا عبئا", "سامية نور"),
        ("متابعتها لالتزام المشغلين", "هيئة تنظيم قطاع الاتصالات"),
        ('بأداء "الأخضر" رغم الخسارة', "رائد كمال"),
    ]
    assert extraction.speaker(extraction.claims[0].speaker).role == (
        "نائبة رئيس المفوضية للشؤون الرقمية"
    )


def test_an_hour_between_commas_before_the_announced_object(run):
    assert_the_claim(
        run(TITLE + "تعلن وزارة التربية اليوم الأربعاء، عند الساعة الخامسة مساء، نتائج الامتحان."),
        "نتائج الامتحان",
        "وزارة التربية",
    )


def test_players_in_construct_a_defenders_fronted_name_and_completed_statements(run):
    extraction = run(
        TITLE
        + 'عبّر لاعبو "الأخضر" عن رضاهم بأداء الفريق رغم الخسارة.\n\n'
        + "مدافع المنتخب رائد كمال شدد على أن الفريق كان الأقرب للفوز.\n\n"
        + 'وأتم تصريحاته "لا أقول إنه يجب عدم منح الكأس".\n\n'
        + "وأتمت الشركة الصفقة."
    )
    assert [(c.cue, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("عبر", 'لاعبو "الأخضر"'),
        ("شدد", "رائد كمال"),
        ("أتم", "رائد كمال"),
    ]


def test_a_description_after_its_object_and_a_study_by_its_author(run):
    extraction = run(
        TITLE
        + "شهد الاجتماع خلافات، حيث وصفت الولايات الشمالية السياسات بأنها ضارة.\n\n"
        + "أظهرت دراسة صادرة عن جامعة الساحل، الثلاثاء، أن الذكاء الاصطناعي يغير سوق العمل.\n\n"
        + "وكشفت الدراسة أن توظيف المطورين انخفض.\n\n"
        + "ووصف الطبيب الدواء للمريض."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("السياسات بأنها ضارة", "الولايات الشمالية"),
        ("الذكاء الاصطناعي يغير سوق العمل", "جامعة الساحل"),
        ("توظيف المطورين انخفض", "جامعة الساحل"),
    ]


def test_an_official_in_a_company_is_no_place_before_a_name(run):
    extraction = run(
        TITLE + "ووفقا لتقرير وكالة الأنباء نقلا عن مسؤول في شركة طاقة جبلية، خففت الوكالة خطابها."
    )
    [claim] = extraction.claims
    speaker = extraction.speaker(claim.speaker)
    assert (speaker.name, extraction.speaker(claim.via).name) == (
        "مسؤول في شركة طاقة جبلية",
        "وكالة الأنباء",
    )


def test_a_surname_the_article_named_before_it_ever_spoke(run):
    extraction = run(
        TITLE
        + "أعلن المجلس الموافقة على تعيين الملياردير رائد كمال رئيسا للوكالة.\n\n"
        + "وخلال جلسة تثبيته، تعهّد كمال بالالتزام بنجاح البرنامج.\n\n"
        + "وقال عبد الغفار إن الوفد وصل."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims][1] == (
        "بالالتزام بنجاح البرنامج",
        "رائد كمال",
    )


def test_a_report_in_a_clause_after_baadama_or_baada_an_is_its_own_speakers(run):
    extraction = run(
        TITLE
        + "طالب المسؤول الأممي سامي نور بتوفير ممر آمن بعدما أعلنت قوات الدعم السريع الأحد "
        + "سيطرتها على المدينة.\n\n"
        + "تصاعد التوتر بعد أن هدد وزير الدفاع رائد كمال، الأربعاء، بـ”محو” الحركة.\n\n"
        + "أكد زياد حمدي أن العلاقات جيدة، بعدما جدد الرئيس سليم فارس التأكيد على الصداقة."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("بتوفير ممر آمن", "سامي نور"),
        ("سيطرتها على المدينة", "قوات الدعم السريع"),
        ("بـ”محو” الحركة", "رائد كمال"),
        ("العلاقات جيدة", "زياد حمدي"),
        ("التأكيد على الصداقة", "سليم فارس"),
    ]


def test_a_rejection_is_a_position_and_his_statement_takes_no_genitive(run):
    extraction = run(
        TITLE
        + "رفض المتحدث باسم الحركة، سامي نور، يوم الاثنين، بشكل قاطع دعوة الرئيس.\n\n"
        + "ورفض الاتحاد الجبلي في بيانه العقوبات التي أصدرها الاتحاد القاري.\n\n"
        + "وقال إن رفض الحكومة للقرار متوقع."
    )
    assert [(c.cue, c.text) for c in extraction.claims] == [
        ("رفض", "بشكل قاطع دعوة الرئيس"),
        ("رفض", "العقوبات التي أصدرها الاتحاد القاري"),
        ("قال", "رفض الحكومة للقرار متوقع"),
    ]
    assert extraction.claims[0].kind == ClaimKind.POSITION


def test_an_institution_is_a_body_not_a_founder(run):
    extraction = run(
        TITLE
        + 'قالت مؤسسة "أنقذوا الأطفال"، إن الحصار يجوع الأطفال.\n\n'
        + 'وانتقدت مؤسسة "أنقذوا الأطفال" طريقة إسقاط المساعدات جوا.'
    )
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {
        'مؤسسة "أنقذوا الأطفال"'
    }
    assert extraction.claims[1].text == "طريقة إسقاط المساعدات جوا"


def test_a_clause_after_mundhu_an_inside_the_occasion_of_qala_and_an_object_with_ma(run):
    extraction = run(
        TITLE
        + "أعلن زعيم المعارضة سامي نور رفضه الإعلان.\n\n"
        + "وقال نور، في أول خطاب له منذ أن أكد المجلس فوز الرئيس بولاية ثامنة: "
        + "«لقد فزنا في هذه الانتخابات».\n\n"
        + "رفض المستشار الجبلي رائد كمال فكرة إزالة ما يعرف بالجدار العازل."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("رفضه الإعلان", "سامي نور"),
        ("لقد فزنا في هذه الانتخابات", "سامي نور"),
        ("فكرة إزالة ما يعرف بالجدار العازل", "رائد كمال"),
    ]


def test_a_known_surname_then_the_object_a_possessed_resolve_and_that(run):
    extraction = run(
        TITLE
        + "أعلن زعيم المعارضة سامي نور رفضه الإعلان.\n\n"
        + "ووصف نور الإعلان بأنه «انتصار وهمي».\n\n"
        + "وأعلن عزمه على أن يطعن في النتائج.\n\n"
        + "وقال محمد عبده إن العمل مستمر.\n\n"
        + "كشفت هيئة الإحصاء أن الأسعار انخفضت، وعزت ذلك إلى تراجع القطاع السكني."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("رفضه الإعلان", "سامي نور"),
        ("الإعلان بأنه «انتصار وهمي»", "سامي نور"),
        ("يطعن في النتائج", "سامي نور"),
        ("العمل مستمر", "محمد عبده"),
        ("الأسعار انخفضت", "هيئة الإحصاء"),
        ("ذلك إلى تراجع القطاع السكني", "هيئة الإحصاء"),
    ]


def test_a_participle_after_a_surname_named_earlier_and_its_object(run):
    extraction = run(
        TITLE
        + "فاز المرشح اليميني زياد فارس بالانتخابات.\n\n"
        + "وخاطب فارس الآلاف من أنصاره، قائلاً: “البلاد أرادت التغيير”."
    )
    assert_the_claim(extraction, "البلاد أرادت التغيير", "زياد فارس")


def test_a_quoted_outlet_after_the_verb_and_an_according_aside_before_an(run):
    assert_the_claim(
        run(TITLE + 'وذكرت "إن إتش كيه"، وفقا لنتائج فرز الأصوات، أن الحزب حصل على 316 مقعدا.'),
        "الحزب حصل على 316 مقعدا",
        "إن إتش كيه",
    )


def test_a_name_after_the_place_of_an_office_then_an_occasion_and_an_agency_adjective(run):
    extraction = run(
        TITLE
        + "وأكدت المتحدثة باسم مفوضية اللاجئين في الساحل سامية نور في تصريح لـ الوكالة "
        + "التزام المفوضية بدعم العائدين.\n\n"
        + "وحذرت المنظمة من أن التمويل مهم، حسب وكالة خاما برس الجبلية للأنباء اليوم الأربعاء."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("التزام المفوضية بدعم العائدين", "سامية نور"),
        ("التمويل مهم", "المنظمة"),
    ]


def test_a_verb_with_a_resumptive_pronoun_stays_inside_the_words_and_a_denial(run):
    extraction = run(
        TITLE
        + "وقال ممثلو الادعاء في بيان إنهم بدأوا التحقيق بسبب تعليقات أدلى بها في تجمع "
        + "وانتقد فيها إجراءات القضاء.\n\n"
        + "وأنكرت الشركة مسؤوليتها عن الحوادث."
    )
    assert [(c.cue, c.text) for c in extraction.claims] == [
        ("قال", "بدأوا التحقيق بسبب تعليقات أدلى بها في تجمع وانتقد فيها إجراءات القضاء"),
        ("أنكر", "مسؤوليتها عن الحوادث"),
    ]
    assert extraction.claims[1].kind == ClaimKind.DENIAL


def test_an_occasion_with_a_quoted_channel_before_its_comma_and_an(run):
    extraction = run(
        TITLE
        + "قال رئيس المجلس سامي نور إن الحرب مستمرة.\n\n"
        + 'وأضاف "نور" خلال كلمة بثتها "قناة الساحل"، أن مجموعة تريد أن تستحوذ على السلطة.'
    )
    assert extraction.claims[1].text == "مجموعة تريد أن تستحوذ على السلطة"


def test_a_bi_word_with_a_pronoun_after_a_surname_is_the_verbs_complement(run):
    extraction = run(
        TITLE
        + "قال الرئيس سامي نور إن الحوار ممكن.\n\n"
        + 'واتصل نور بنظيره، قائلا: "نحن مستعدون للحوار".'
    )
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == ["سامي نور"] * 2


def test_an_indefinite_body_with_its_place_and_a_company_with_its_occasion(run):
    extraction = run(
        TITLE
        + "وفي وقت سابق، أفادت سلطات في جنوب الساحل بمقتل أربعة أشخاص في هجمات.\n\n"
        + "وقالت شركة في بيان إن الوضع هادئ."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("بمقتل أربعة أشخاص في هجمات", "سلطات في جنوب الساحل"),
        ("الوضع هادئ", "شركة"),
    ]


def test_a_coordinated_attachment_after_its_adjective_a_quoted_body_and_a_great_town(run):
    extraction = run(
        TITLE
        + "ووفق الجهاز المركزي للتعبئة العامة والإحصاء، بلغ عدد الإصابات 76362 إصابة.\n\n"
        + 'وقال رئيس بلدية القصر الكبير، رائد كمال، للوكالة، إن "السلطات أنهت الإجلاء".\n\n'
        + 'أعلن المدير العام لـ"منظمة الصحة الجبلية" سامي نور، أن 12 شخصا أصيبوا.'
    )
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == [
        "الجهاز المركزي للتعبئة العامة والإحصاء",
        "رائد كمال",
        "سامي نور",
    ]
    assert extraction.speaker(extraction.claims[2].speaker).role == (
        'المدير العام لـ"منظمة الصحة الجبلية"'
    )


def test_a_construct_after_la_then_the_name(run):
    assert_one_claim_by(
        run(TITLE + "أكد الأمين العام لحلف شمال الساحل رائد كمال أن القمة ستبني على القرارات."),
        "القمة ستبني على القرارات",
        "رائد كمال",
        "الأمين العام لحلف شمال الساحل",
    )


def test_a_fronted_body_with_its_place_and_a_calendar_day_before_its_words(run):
    assert_the_claim(
        run(TITLE + "وكانت وزارة الصحة في الساحل الجنوبي قد أعلنت في 4 سبتمبر 2025 عن تفشي الحمى."),
        "عن تفشي الحمى",
        "وزارة الصحة في الساحل الجنوبي",
    )


def test_according_to_the_report_is_according_to_its_author(run):
    extraction = run(
        TITLE
        + "حذرت منظمة الصحة من تفش واسع للوباء.\n\n"
        + "وبحسب التقرير، فقد شهد شهر سبتمبر وحده تسجيل 8,929 حالة جديدة.\n\n"
        + "وارتفعت الإصابات، بحسب التقرير."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("من تفش واسع للوباء", "منظمة الصحة"),
        ("شهد شهر سبتمبر وحده تسجيل 8,929 حالة جديدة", "منظمة الصحة"),
        ("وارتفعت الإصابات", "منظمة الصحة"),
    ]


def test_zada_with_a_colon_adds_words_and_otherwise_increases(run):
    extraction = run(
        TITLE
        + "وقال رئيس البلدية سامي نور إن الإجلاء انتهى.\n\n"
        + 'وزاد: "سكان باقي الأحياء يعيشون في أمن وسلام".\n\n'
        + "وزاد عدد السكان في المدينة."
    )
    assert [(c.cue, c.text) for c in extraction.claims] == [
        ("قال", "الإجلاء انتهى"),
        ("زاد", "سكان باقي الأحياء يعيشون في أمن وسلام"),
    ]


def test_a_short_quotation_after_added_is_words_not_an_outlet(run):
    extraction = run(
        TITLE
        + "وقال سامي نور إن الفرز شابته مخالفات.\n\n"
        + 'وأضاف "لن نتهاون مع أحد"، رافضا الإجابة على أسئلة الصحافيين.'
    )
    assert {extraction.speaker(c.speaker).name for c in extraction.claims} == {"سامي نور"}


def test_a_fronted_subject_described_by_a_relative_clause(run):
    extraction = run(
        TITLE
        + "فاز حزب رائد كمال بالانتخابات، بحسب النتائج.\n\n"
        + "لكن كمال الذي هزم بفارق ضئيل قبل أربع سنوات، أعلن عزمه على أن يحكم وحيدا."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("يحكم وحيدا", "رائد كمال"),
    ]


def test_unnamed_sources_spoken_to_an_agency_a_responsible_source_and_a_corps(run):
    extraction = run(
        TITLE
        + "أعلن مسؤول حكومي رفيع لوكالة الأنباء الثلاثاء أن التيار الكهربائي عاد تدريجا.\n\n"
        + "نفى مصدر أمني مسؤول صحة ما تم تداوله عبر مقطع فيديو.\n\n"
        + "وقال الفيلق السابع للرد السريع على فيسبوك إن القوات تزيد عددها."
    )
    assert [(c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("التيار الكهربائي عاد تدريجا", "مسؤول حكومي رفيع"),
        ("صحة ما تم تداوله عبر مقطع فيديو", "مصدر أمني مسؤول"),
        ("القوات تزيد عددها", "الفيلق السابع للرد السريع"),
    ]


def test_dana_condemns_and_a_statement_closed_by_its_affirmation(run):
    extraction = run(
        TITLE
        + "دان رئيس الجمهورية سامي نور بأشد العبارات الاعتداءات المتكررة على الأراضي.\n\n"
        + "واختتمت وزارة الخارجية بيانها بالتأكيد على التزام المملكة بالقانون الدولي."
    )
    assert [(c.cue, c.text, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("أدان", "بأشد العبارات الاعتداءات المتكررة على الأراضي", "سامي نور"),
        ("اختتم", "بالتأكيد على التزام المملكة بالقانون الدولي", "وزارة الخارجية"),
    ]


def test_a_surname_before_the_day_praise_a_charge_daffaires_and_quoted_words(run):
    extraction = run(
        TITLE
        + "أشار رئيس مجلس الوزراء سامي نور الساحلي الثلاثاء إلى أن الولاية الثانية ليست طموحا.\n\n"
        + "وأضاف “نرفض هذه الكارثة”، مشيرا إلى أن حكومات أخرى تشاركه.\n\n"
        + "وقال نور بهذا الخصوص إن القمة مهمة.\n\n"
        + "وقال القائم بأعمال السفارة الجبلية رائد كمال إن الطائرات ليست جبلية.\n\n"
        + "وأثنت الوزيرة سامية فارس على مساهمة المغتربين في الاقتصاد."
    )
    assert [(c.cue, extraction.speaker(c.speaker).name) for c in extraction.claims] == [
        ("أشار", "سامي نور الساحلي"),
        ("أضاف", "سامي نور الساحلي"),
        ("قال", "سامي نور الساحلي"),
        ("قال", "رائد كمال"),
        ("أثنى", "سامية فارس"),
    ]


def test_the_place_of_an_office_before_its_holders_name_between_commas(run):
    assert_one_claim_by(
        run(TITLE + 'أعلن رئيس حركة "الجبل" في قطاع الساحل، سامي نور، التوصل إلى اتفاق.'),
        "التوصل إلى اتفاق",
        "سامي نور",
        'رئيس حركة "الجبل" في قطاع الساحل',
    )


def test_a_family_name_with_waw_before_an(run):
    extraction = run(
        TITLE
        + "واعتبر وزير الفلاحة سامي المهدي وليد أنها حصيلة استثنائية.\n\n"
        + "وقال الوزير رائد كمال وحضور المؤتمر إن العمل مستمر."
    )
    assert [extraction.speaker(c.speaker).name for c in extraction.claims] == [
        "سامي المهدي وليد",
        "رائد كمال",
    ]
