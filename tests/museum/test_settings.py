"""Production settings refuse to start without their secrets and their public address."""

import os
import subprocess
import sys

import pytest

READY = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "duoclieu.example, 127.0.0.1",
    "PUBLIC_BASE_URL": "https://duoclieu.example",
}


def run_production(env):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.ALLOWED_HOSTS, settings.PUBLIC_BASE_URL, settings.CSRF_TRUSTED_ORIGINS)"
    )
    base = {k: v for k, v in os.environ.items() if k not in {*READY, "DATABASE_URL"}}
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**base, "DJANGO_SETTINGS_MODULE": "museum.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "missing, message",
    [
        ({"SECRET_KEY": ""}, "SECRET_KEY is not set"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS is not set"),
        ({"PUBLIC_BASE_URL": ""}, "PUBLIC_BASE_URL is not set"),
        ({"PUBLIC_BASE_URL": "duoclieu.example"}, "PUBLIC_BASE_URL is not set"),
        ({"PUBLIC_BASE_URL": "http://localhost:8000"}, "visitors cannot reach that"),
    ],
)
def test_refuses_to_start_without(missing, message):
    result = run_production({**READY, **missing})
    assert result.returncode != 0
    assert message in result.stderr


def test_reads_the_environment():
    result = run_production(READY)
    assert result.returncode == 0, result.stderr
    assert (
        "['duoclieu.example', '127.0.0.1'] https://duoclieu.example ['https://duoclieu.example']"
        in result.stdout
    )
