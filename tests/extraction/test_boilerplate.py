from claims.extraction.boilerplate import clean_article

PARAGRAPH = ("قال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة " * 3).strip()


def test_masthead_printed_twice_and_repeated_caption_are_dropped():
    text = "\n".join(
        [
            "المدير العام",
            "فلان الفلاني",
            "المدير العام",
            "فلان الفلاني",
            "",
            "عنوان الخبر؟",
            "",
            "صورة أرشيفية",
            "صورة أرشيفية",
            "",
            PARAGRAPH,
        ]
    )
    cleaned = clean_article(text)
    assert cleaned.title == "عنوان الخبر؟"
    assert cleaned.body == PARAGRAPH
    assert cleaned.dropped_lines.count("المدير العام") == 2
    assert cleaned.dropped_lines.count("صورة أرشيفية") == 2


def test_plain_article_keeps_everything_after_the_title():
    text = f"عنوان\n\n{PARAGRAPH}\n\nسطر قصير\n\n{PARAGRAPH}"
    cleaned = clean_article(text)
    assert cleaned.title == "عنوان"
    assert cleaned.body == f"{PARAGRAPH}\n\nسطر قصير\n\n{PARAGRAPH}"
    assert cleaned.dropped_lines == ()


def test_repeated_lines_inside_the_body_are_kept():
    text = f"عنوان\n\n{PARAGRAPH}\n\nتكرار\n\nتكرار"
    assert clean_article(text).body.endswith("تكرار\n\nتكرار")


def test_no_short_lines_means_the_first_line_is_the_title():
    cleaned = clean_article(f"{PARAGRAPH}\n\n{PARAGRAPH}x")
    assert cleaned.title == PARAGRAPH.strip()
    assert cleaned.body == f"{PARAGRAPH}x"
