"""Settings shared by every environment.

The defaults run the whole site with no server: SQLite in the project folder,
local media, the embedded search index. ``DATABASE_URL`` moves the database to
PostgreSQL without touching code.
"""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    # modeltranslation must come before the apps whose models it patches.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "museum",
    "species",
    "knowledge",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
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
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Pages travel compressed to phones on slow connections; Django's gzip pads
    # responses against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication (it serves anonymous visitors only), before the page view.
    "museum.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
                "wagtail.contrib.settings.context_processors.settings",
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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Vietnamese is the source language; every translated field falls
# back to it (visibly, see museum.translation_tools).
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
WAGTAILIMAGES_IMAGE_MODEL = "museum.CreditedImage"
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
# Spreadsheet imports (manage.py import_species): larger files are refused before reading.
IMPORT_MAX_BYTES = 10 * 1024 * 1024
IMPORT_MAX_ROWS = 20_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx", "mp3", "ogg", "m4a"]
WAGTAIL_I18N_ENABLED = False  # translations are fields (modeltranslation), not page copies
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Rendered pages for anonymous visitors (museum.page_cache). On disk so that every
    # server process shares it and a publish invalidates it for all of them.
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "page-cache"),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))
# Bump to make every visitor's service worker drop its offline copies.
OFFLINE_CACHE_VERSION = "1"

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
    },
}

# Researchers and community members sign in on the site, not in the admin.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
