"""Settings come from the environment and fail loudly on bad values. Each case runs
in a fresh interpreter, because settings are read once per process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 20 + "x9!" * 15


def load_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    clean.update(env)
    code = (
        "import django; from django.conf import settings; django.setup();"
        "print(settings.DEBUG, settings.DATABASES['default']['ENGINE'], settings.ALLOWED_HOSTS)"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**clean, "DJANGO_SETTINGS_MODULE": "factcheck.settings"},
        check=False,
    )


def test_development_defaults_to_sqlite_with_debug():
    result = load_settings()
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["True", "django.db.backends.sqlite3"]


def test_postgres_url_selects_postgres():
    result = load_settings(DATABASE_URL="postgres://u@db.example:5432/x")
    assert "django.db.backends.postgresql" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEBUG": "0"}, "SECRET_KEY must be set"),
        ({"DEBUG": "0", "SECRET_KEY": "short"}, "at least 50"),
        ({"DEBUG": "0", "SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS must be set"),
        ({"DEBUG": "maybe"}, "DEBUG must be one of"),
        ({"DATABASE_URL": "nosuchdb://x"}, "DATABASE_URL"),
        ({"ARTICLE_MAX_CHARS": "lots"}, "must be an integer"),
    ],
)
def test_bad_values_fail_loudly(env, message):
    result = load_settings(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_production_settings_are_accepted():
    result = load_settings(DEBUG="off", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="a.example,b.example")
    assert result.returncode == 0, result.stderr
    assert "['a.example', 'b.example']" in result.stdout


def test_redis_url_selects_a_shared_cache():
    code_env = {"REDIS_URL": "redis://127.0.0.1:6379/3"}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; from django.conf import settings; django.setup();"
            "print(settings.CACHES['default']['BACKEND'])",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **code_env, "DJANGO_SETTINGS_MODULE": "factcheck.settings"},
    )
    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache", result.stderr


def test_bad_redis_url_fails_loudly():
    result = load_settings(REDIS_URL="localhost:6379")
    assert result.returncode != 0 and "REDIS_URL must be" in result.stderr


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="CI sets REDIS_URL to a live Redis")
def test_cache_round_trip_through_redis():
    from django.core.cache import caches

    cache = caches.create_connection("default")
    cache.set("factcheck-test-key", "قيمة", timeout=5)
    assert cache.get("factcheck-test-key") == "قيمة"
    cache.delete("factcheck-test-key")
