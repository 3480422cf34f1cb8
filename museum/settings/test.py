"""Test settings: fast hashing, in-memory cache, media and index in temp folders."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="museum-media-"))
VAR_DIR = Path(tempfile.mkdtemp(prefix="museum-var-"))
PROTECTED_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="museum-protected-"))
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
DEMO_ACCOUNTS_ALLOWED = True
# Django's test client.login() authenticates without a request, which django-axes refuses;
# the throttling tests switch it back on (tests/museum/test_login_throttling.py).
AXES_ENABLED = False
SERVE_MEDIA = True  # public images from the app (museum.media), as on one machine
