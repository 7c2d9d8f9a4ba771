"""Static files are served by the application itself (WhiteNoise), so production
needs no separate web server for them."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import Client, override_settings


@pytest.mark.django_db
def test_collected_static_files_are_served_by_the_app(tmp_path):
    with override_settings(STATIC_ROOT=tmp_path, DEBUG=False, ALLOWED_HOSTS=["testserver"]):
        call_command("collectstatic", interactive=False, verbosity=0)
        assert (tmp_path / "css" / "site.css").exists()
        # A new client builds a new middleware chain that sees the collected files.
        response = Client().get("/static/css/site.css")
        assert response.status_code == 200
        served = b"".join(response.streaming_content)
        assert served == (tmp_path / "css" / "site.css").read_bytes()
        assert response["Content-Type"].startswith("text/css")
        missing = Client().get("/static/css/no-such-file.css")
        assert missing.status_code == 404
