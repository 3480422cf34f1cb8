"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys


def run_production(env):
    code = "import django; django.setup(); from django.conf import settings; print(settings.ALLOWED_HOSTS)"
    base = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**base, "DJANGO_SETTINGS_MODULE": "museum.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_refuses_without_secret_key():
    result = run_production({})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_reads_the_environment():
    result = run_production(
        {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "duoclieu.example, 127.0.0.1"}
    )
    assert result.returncode == 0, result.stderr
    assert "['duoclieu.example', '127.0.0.1']" in result.stdout
