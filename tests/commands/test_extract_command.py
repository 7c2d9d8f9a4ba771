from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

from claims.extraction import EXTRACTOR_VERSION


def test_extract_json_matches_the_evaluation_format(seed_path, seed_text, capsys):
    call_command("extract", str(seed_path), "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["language"] == "ar"
    assert data["extractor_version"] == EXTRACTOR_VERSION
    assert data["claims"]
    for claim in data["claims"]:
        # Offsets count code points into the file as read with UTF-8.
        assert seed_text[claim["start"] : claim["end"]] == claim["text"]
        assert set(claim) >= {"start", "end", "text", "speaker", "via", "cue", "direct", "figures"}
        for figure in claim["figures"]:
            assert figure["qualifier"] in {
                "exact",
                "about",
                "up_to",
                "at_least",
                "more_than",
                "less_than",
                "dozens",
                "hundreds",
                "thousands",
            }
    names = {s["name"] for s in data["speakers"]}
    assert {c["speaker"]["name"] for c in data["claims"] if c["speaker"]} <= names


@pytest.mark.django_db
def test_extract_touches_no_database(seed_path, capsys, django_assert_num_queries):
    with django_assert_num_queries(0):
        call_command("extract", str(seed_path))
    assert "claims" in capsys.readouterr().out


def test_extract_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(CommandError, match=r"bad\.txt: file is not text"):
        call_command("extract", str(bad), "--json")
