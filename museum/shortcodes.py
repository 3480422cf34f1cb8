"""Short addresses for QR labels: ``/q/<code>`` for every page that declares it wants one.

A page type opts in with ``has_short_address = True`` (species pages now; garden
stations and exhibits as they come). The code is made when the page is first
published and follows the page through moves and renames.
"""

import secrets

from django.conf import settings
from django.db import IntegrityError, transaction

from museum.models import ShortCode

# No 0/o, 1/l/i: the address is also read and typed by people.
ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
LENGTH = 5


def wants_short_address(page):
    return bool(getattr(page.specific_class, "has_short_address", False))


def short_code(page):
    """The page's code, created on first use."""
    existing = ShortCode.objects.filter(page_id=page.pk).first()
    if existing:
        return existing.code
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        try:
            with transaction.atomic():
                return ShortCode.objects.create(page_id=page.pk, code=code).code
        except IntegrityError:
            existing = ShortCode.objects.filter(page_id=page.pk).first()
            if existing:  # made meanwhile by another request
                return existing.code


def short_url(code):
    """The absolute address printed under the QR code."""
    return f"{settings.PUBLIC_BASE_URL.rstrip('/')}/q/{code}"


def on_publish(sender, instance, **kwargs):
    if wants_short_address(instance):
        short_code(instance)
