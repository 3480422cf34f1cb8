"""Settings shared by every environment.

The defaults run the whole site with no server: SQLite in the project folder,
local media, the embedded search index. ``DATABASE_URL`` moves the database to
PostgreSQL without touching code.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    # modeltranslation must come before the apps whose models it patches.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    # Top floor to ground floor: each app imports only the ones listed below it.
    "museum",
    "knowledge",
    "valuechain",
    "species",
    "search",
    "base",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",  # the widgets of the admin's listing filters
    "ninja",  # the research API (museum/api.py); its Swagger UI from our own static files
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Django's form templates, for the site's own widgets (base/widgets/) to include.
    "django.forms",
    # Content-Security-Policy (museum.middleware) and login throttling.
    "csp",
    "axes",
    "django_tasks_db",
]

MIDDLEWARE = [
    "museum.middleware.ServerTimingMiddleware",
    # Pages travel compressed to phones on slow connections; Django's gzip pads
    # responses against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache, so a stored page gets today's headers too.
    "museum.middleware.PathContentSecurityPolicyMiddleware",
    "museum.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Django's, keeping a view's own Content-Security-Policy on a 304. Outside the page
    # cache, so a browser revalidating a stored page gets a 304, not the page again.
    "museum.middleware.PolicyKeepingConditionalGetMiddleware",
    # After authentication (it serves anonymous visitors only), before the page view.
    "base.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out sign-in into its 429 page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username+address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "museum.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "museum.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=600
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead logging: a reader (a list's CSV sent to a slow phone, read as it goes;
    # the background worker walking an index's pages) no longer holds a lock that makes
    # a curator's publish wait and fail with "database is locked". Kept in the file once
    # set; an in-memory test database stays in memory.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Vietnamese is the source language; every translated field falls
# back to it (visibly, see base.fallbacks).
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("fr", "Français"),
]
MODELTRANSLATION_DEFAULT_LANGUAGE = "vi"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("vi",)
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Where the embedded search index and other generated state live (git-ignored).
VAR_DIR = Path(os.environ.get("MUSEUM_VAR_DIR", BASE_DIR / "var"))
# Files of restricted knowledge (recordings, consent documents): never under MEDIA_URL,
# served only by a view that checks who is asking. Back it up with the media folder.
PROTECTED_MEDIA_ROOT = Path(os.environ.get("PROTECTED_MEDIA_ROOT", BASE_DIR / "protected-media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Dược liệu số"
WAGTAILIMAGES_IMAGE_MODEL = "base.CreditedImage"
# A 121-megapixel image (under Wagtail's default limit) took the admin's image list 6 s to
# render; 40 million pixels is a 7000x5000 photo.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Wagtail's own index serves the admin's search only; the public search is
# the search app's service.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The site's public address, printed in QR labels (/q/<code>).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", WAGTAILADMIN_BASE_URL)
# Where to report a vulnerability, published in /.well-known/security.txt.
SECURITY_CONTACT = os.environ.get(
    "SECURITY_CONTACT", f"mailto:security@{urlsplit(PUBLIC_BASE_URL).hostname or 'localhost'}"
)
# Spreadsheet imports (manage.py import_species): larger files are refused before reading.
IMPORT_MAX_BYTES = 10 * 1024 * 1024
IMPORT_MAX_ROWS = 20_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "mp3", "ogg", "m4a"]
# Documents and knowledge attachments have the images' limit, under the proxy's 25 MB
# (docs/deploy.md): a larger file is refused with its reason, not cut off by nginx.
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
KNOWLEDGE_MEDIA_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# The editor's language and the limits in its messages (Wagtail's own are in English).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "base.uploads.DocumentForm"
WAGTAIL_I18N_ENABLED = False  # translations are fields (modeltranslation), not page copies
# A renamed or moved page is redirected from its old address in every language by
# base.translated_redirects; Wagtail's own handlers did the editor's language alone.
WAGTAILREDIRECTS_AUTO_CREATE = False
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

# Wagtail's background work (the reference index, the admin's search index, image
# focal points) runs as django-tasks. TASKS_BACKEND=database queues it in the database
# for `manage.py db_worker` (production's default); "immediate" runs it inside the
# request or command that caused it (development, tests). The public search index is
# written at once either way: a takedown must never wait for a queue.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(name):
    """The TASKS setting for a TASKS_BACKEND name, or a clear stop for a misspelt one."""
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(
            f"TASKS_BACKEND={name!r} is not known: use one of {', '.join(TASK_BACKENDS)}."
        )
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


TASKS = tasks_setting(os.environ.get("TASKS_BACKEND", "immediate"))
# /healthz says "degraded" when queued work has waited longer than this.
TASKS_LATE_AFTER = timedelta(minutes=int(os.environ.get("TASKS_LATE_MINUTES", "10")))

# Every cache is shared by all server processes, so that what one worker changes
# (a publish, a new search synonym) the others see at once: on disk by default, in
# Redis when REDIS_URL is set (several machines, or a disk too slow for many workers).
# "pages" holds rendered pages for anonymous visitors (base.page_cache).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Both caches share one Redis database: clear() on either empties both.
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": alias,
        }
        for alias in ("default", "pages")
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "page-cache"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))
# Bump to make every visitor's service worker drop its offline copies.
OFFLINE_CACHE_VERSION = "1"
# Pages a phone keeps from browsing (the oldest dropped first); saved packs are the
# visitor's to delete and are not counted.
OFFLINE_PAGE_LIMIT = 40

# Everything worth knowing goes to stderr, where the app server and systemd's journal
# collect it: with DEBUG off Django's own console handler is silent, and a server
# error left no trace at all. A request error is one line with its traceback.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"}
    },
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # 404s and other client errors are the proxy's access log's business.
        "django.request": {"level": "ERROR"},
        # Scanners send any Host header; the 400 is enough, a traceback each is noise.
        "django.security.DisallowedHost": {"level": "CRITICAL"},
    },
}

# Researchers and community members sign in on the site, not in the admin.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# --- Security: headers, login throttling, demo accounts ------------------------------------
# Production adds HSTS and the HTTPS redirect (settings/production.py). Public pages
# carry no inline script, so a script injected into a page cannot run. No nonces either:
# the page cache serves one rendered page to many visitors, and a stored nonce would
# not match the header.

from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE  # noqa: E402

# Leaflet's tiles (museum/static/museum/js/site.js).
MAP_TILE_ORIGIN = "https://tile.openstreetmap.org"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        # Everything is refused unless named below (Mozilla Observatory's best case).
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", MAP_TILE_ORIGIN],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "manifest-src": [SELF],
        "worker-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail and Django admins (museum.middleware): their templates use inline scripts
# and styles, Wagtail's accessibility checker (axe-core) compiles its messages with
# new Function(), avatars come from Gravatar, the dashboard asks releases.wagtail.org
# for a newer version, and the preview panel frames the site's own pages.
ADMIN_CONTENT_SECURITY_POLICY = {
    "URL_PREFIXES": ("/admin/", "/django-admin/"),
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "https:"],
        "connect-src": [SELF, "https://releases.wagtail.org"],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# museum.middleware.PermissionsPolicyMiddleware; the map asks for no location today.
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# django-axes: a username tried from one address is locked after AXES_FAILURE_LIMIT
# wrong passwords, for AXES_COOLOFF_MINUTES, on the admin's and the site's sign-in alike.
# The count lives in the database, so every server process sees it.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "museum/locked_out.html"
# How many proxies stand in front of the app (1 behind nginx): the lockout then counts
# the visitor's address from X-Forwarded-For, not the proxy's (museum.middleware).
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", 0))
AXES_CLIENT_IP_CALLABLE = "museum.middleware.client_address"

# Demo accounts (load_demo) have their passwords in the README: only dev and test
# settings allow them; production refuses to create them and `check --deploy` fails
# while one still has its demo password (museum/checks.py).
DEMO_ACCOUNTS_ALLOWED = False

# The licence of the museum's own data (catalogue text, lists, API, Darwin Core
# Archive): one GBIF accepts. Images and community media keep their own licences.
OPEN_DATA_LICENCE = os.environ.get("OPEN_DATA_LICENCE", "CC BY 4.0")
