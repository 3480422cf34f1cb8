"""WSGI entry point (gunicorn museum.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

from base.process_start import freeze_loaded_site

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "museum.settings.production")

application = get_wsgi_application()
# Each gunicorn worker imports this module (no --preload), so each freezes its own site.
freeze_loaded_site()
