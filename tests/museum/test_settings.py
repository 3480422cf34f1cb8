"""Production settings refuse to start without their secrets, their public address, or a
private bucket of its own for protected media on S3."""

import os
import subprocess
import sys

import pytest

READY = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "duoclieu.example, 127.0.0.1",
    "PUBLIC_BASE_URL": "https://duoclieu.example",
}
# The machine's own media settings must not leak into a run that tests them.
MEDIA_ENVIRONMENT = {
    "MEDIA_STORAGE",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "PROTECTED_MEDIA_BUCKET",
    "MEDIA_URL",
}
S3 = {
    **READY,
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "duoclieu-media",
    "PROTECTED_MEDIA_BUCKET": "duoclieu-protected",
    "MEDIA_URL": "https://media.duoclieu.example/",
}


def run_production(env, code=None):
    code = code or (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.ALLOWED_HOSTS, settings.PUBLIC_BASE_URL, settings.CSRF_TRUSTED_ORIGINS)"
    )
    leave_out = {*READY, *MEDIA_ENVIRONMENT, "DATABASE_URL"}
    base = {k: v for k, v in os.environ.items() if k not in leave_out}
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


@pytest.mark.parametrize(
    "change, message",
    [
        ({"PROTECTED_MEDIA_BUCKET": ""}, "PROTECTED_MEDIA_BUCKET is not set"),
        ({"PROTECTED_MEDIA_BUCKET": "duoclieu-media"}, "PROTECTED_MEDIA_BUCKET is the public"),
        ({"PROTECTED_MEDIA_BUCKET": " Duoclieu-Media "}, "PROTECTED_MEDIA_BUCKET is the public"),
        ({"AWS_STORAGE_BUCKET_NAME": ""}, "AWS_STORAGE_BUCKET_NAME is not set"),
        ({"MEDIA_STORAGE": "S3"}, "MEDIA_STORAGE='S3' is not known"),
        ({"MEDIA_STORAGE": "s3 "}, "MEDIA_STORAGE='s3 ' is not known"),
        ({"MEDIA_STORAGE": "local-disk"}, "MEDIA_STORAGE='local-disk' is not known"),
    ],
)
def test_refuses_to_start_with_protected_media_at_risk(change, message):
    result = run_production({**S3, **change})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_s3_puts_protected_media_in_their_own_private_bucket():
    # The settings module alone: setting Django up would build the storages, and
    # django-storages is installed only with the [s3] extra.
    code = (
        "from museum.settings import production as settings; "
        "options = settings.PROTECTED_MEDIA_STORAGE['OPTIONS']; "
        "print(settings.STORAGES['default']['BACKEND'], settings.AWS_STORAGE_BUCKET_NAME, "
        "options['bucket_name'], options['default_acl'], settings.SERVE_MEDIA)"
    )
    result = run_production(S3, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "storages.backends.s3.S3Storage",
        "duoclieu-media",
        "duoclieu-protected",
        "private",
        "False",
    ]


def test_without_media_storage_files_stay_on_this_machine():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['default']['BACKEND'], "
        "hasattr(settings, 'PROTECTED_MEDIA_STORAGE'))"
    )
    result = run_production(READY, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.core.files.storage.FileSystemStorage", "False"]
