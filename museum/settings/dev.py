"""Local development: debug on, a fixed key that only ever serves 127.0.0.1."""

from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "dev-only-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEMO_ACCOUNTS_ALLOWED = True  # load_demo's accounts, passwords in the README
SERVE_MEDIA = True  # public images from runserver (museum.media)
