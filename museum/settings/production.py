"""Production: every secret comes from the environment; a missing key stops start-up."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Export a long random value, e.g. "
        "SECRET_KEY=$(python -c 'import secrets; print(secrets.token_urlsafe(50))')"
    )

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. Export the site's host names, comma-separated, "
        "e.g. ALLOWED_HOSTS=duoclieu.laichau.gov.vn"
    )

# QR labels, CSV exports, the API, the sitemap and calendar files print absolute
# addresses: a label printed with "localhost" on it is useless in a garden.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/")
_public = urlsplit(PUBLIC_BASE_URL)
if _public.scheme not in ("http", "https") or not _public.hostname:
    raise ImproperlyConfigured(
        "PUBLIC_BASE_URL is not set. Export the site's public address, "
        "e.g. PUBLIC_BASE_URL=https://duoclieu.laichau.gov.vn"
    )
if _public.hostname in ("localhost", "127.0.0.1", "::1") and not os.environ.get(
    "ALLOW_LOCAL_PUBLIC_BASE_URL"
):
    raise ImproperlyConfigured(
        f"PUBLIC_BASE_URL is {PUBLIC_BASE_URL}: visitors cannot reach that. Export the "
        "public address (ALLOW_LOCAL_PUBLIC_BASE_URL=1 for a trial on this machine only)."
    )
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", PUBLIC_BASE_URL)
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
] or [f"{_public.scheme}://{_public.netloc}"]

# Wagtail's background work waits in the database for `manage.py db_worker` (a systemd
# unit in docs/deploy.md), so a publish or an import does not do it in the request.
TASKS = tasks_setting(os.environ.get("TASKS_BACKEND", "database"))  # noqa: F405

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed files with content hashes in their names: cached forever by browsers.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploaded media on S3-compatible storage (several app servers, nothing on local disk):
# MEDIA_STORAGE=s3 with AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, AWS_ACCESS_KEY_ID,
# AWS_SECRET_ACCESS_KEY and MEDIA_URL, the bucket's public address. Protected knowledge
# media go to their own private bucket (PROTECTED_MEDIA_BUCKET) and still leave only
# through the checking view.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "")
if MEDIA_STORAGE not in ("", "s3"):
    # A misspelt "s3" would otherwise put every upload on one machine's disk, unseen by
    # the other servers and lost with it.
    raise ImproperlyConfigured(
        f"MEDIA_STORAGE={MEDIA_STORAGE!r} is not known: leave it unset for files on this "
        "machine, or use s3."
    )
if MEDIA_STORAGE == "s3":
    # django-storages reads the keys from the environment, but the bucket and the
    # endpoint only from settings.
    AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    _protected_bucket = os.environ.get("PROTECTED_MEDIA_BUCKET", "").strip()
    if not AWS_STORAGE_BUCKET_NAME:
        raise ImproperlyConfigured(
            "AWS_STORAGE_BUCKET_NAME is not set: export the public media bucket's name "
            "with MEDIA_STORAGE=s3."
        )
    # Without its own bucket, restricted knowledge (recordings, consent documents) would
    # be written where MEDIA_URL publishes everything, past the access check.
    if not _protected_bucket:
        raise ImproperlyConfigured(
            "PROTECTED_MEDIA_BUCKET is not set: export the name of a private bucket for "
            "protected knowledge media with MEDIA_STORAGE=s3."
        )
    if _protected_bucket.lower() == AWS_STORAGE_BUCKET_NAME.lower():
        raise ImproperlyConfigured(
            "PROTECTED_MEDIA_BUCKET is the public media bucket (AWS_STORAGE_BUCKET_NAME): "
            "protected knowledge media need a private bucket of their own."
        )
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"querystring_auth": False, "file_overwrite": False},
    }
    PROTECTED_MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _protected_bucket,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
    MEDIA_URL = os.environ.get("MEDIA_URL", MEDIA_URL)  # noqa: F405
    SERVE_MEDIA = False
else:
    # One machine: the app serves public images itself unless the proxy does
    # (SERVE_MEDIA=0 with the proxy's /media/images/ and /media/original_images/).
    SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "1") == "1"

# Error reports to a Sentry server, off unless SENTRY_DSN is set (pip install ".[sentry]").
# No personal data leaves: visitors may be community members reading restricted pages.
if os.environ.get("SENTRY_DSN"):
    import sentry_sdk

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,
        traces_sample_rate=0,
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = os.environ.get("SESSION_COOKIE_SECURE", "1") == "1"
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# --- Security (see also the security block at the end of settings/base.py) ----------------

# Behind a TLS proxy the redirect stays on: SECURE_PROXY_SSL_HEADER tells Django the
# request came in over HTTPS. A health probe on plain HTTP is answered, not redirected.
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_REDIRECT_EXEMPT = [r"^healthz/?$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 365 * 24 * 3600))
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "1") == "1"
# Preloading is hard to undo once the domain is submitted to the browsers' list; an
# operator who switches it off has decided so, and `check --deploy` stops asking.
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "1") == "1"
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "security.W021"]
# Media on another origin (S3-compatible storage) must be allowed to show.
_media = urlsplit(MEDIA_URL)  # noqa: F405
if _media.scheme and _media.netloc:
    for _directive in ("img-src", "media-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive].append(  # noqa: F405
            f"{_media.scheme}://{_media.netloc}"
        )
