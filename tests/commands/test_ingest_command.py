from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article

GOOD = "عنوان الخبر\n\nقال المتحدث باسم الحكومة سامي الحداد إن الاجتماع سيعقد غدا.\n"


@pytest.mark.django_db
def test_folder_ingest_reports_bad_files_and_keeps_the_good_ones(tmp_path, capsys):
    (tmp_path / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / "c-latin1.txt").write_bytes("عنوان".encode("cp1256"))
    (tmp_path / "d-binary.txt").write_bytes(b"\x00\x01\x02GIF89a")
    (tmp_path / "e-also-good.txt").write_text(GOOD.replace("غدا", "بعد غد"), encoding="utf-8")

    with pytest.raises(CommandError, match="3 of 5 files could not be ingested"):
        call_command("ingest", str(tmp_path))
    out, err = capsys.readouterr()
    assert Article.objects.count() == 2
    assert "b-empty.txt: file is empty" in err
    assert "c-latin1.txt: file is not valid UTF-8" in err
    assert "d-binary.txt: file is not text" in err
    assert "Traceback" not in err
    assert out.count("stored article") == 2


@pytest.mark.django_db
def test_ingesting_twice_reports_nothing_changed(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    call_command("ingest", str(path))
    call_command("ingest", str(path))
    out = capsys.readouterr().out
    assert "already stored" in out
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_missing_path_is_a_clear_error(tmp_path, capsys):
    with pytest.raises(CommandError, match="1 of 1"):
        call_command("ingest", str(tmp_path / "nope.txt"))
    assert "cannot read" in capsys.readouterr().err


def test_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no article files"):
        call_command("ingest", str(tmp_path))
