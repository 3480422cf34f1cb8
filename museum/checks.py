"""System checks of the deployment (run by ``manage.py check --deploy``)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import Error, Tags, register
from django.db import DatabaseError

from museum.demo.accounts import DEMO_ACCOUNTS
from museum.public_site import default_site_mismatch


@register(Tags.security, deploy=True)
def demo_passwords_check(app_configs=None, **kwargs):
    """An Error for each demo account that still has the password the README publishes.

    Dev and test settings allow the demo accounts (``DEMO_ACCOUNTS_ALLOWED``); anywhere
    else such an account is a door left open.
    """
    if settings.DEBUG or settings.DEMO_ACCOUNTS_ALLOWED:
        return []
    passwords = {username: password for username, password, _role, _group in DEMO_ACCOUNTS}
    try:
        users = list(get_user_model().objects.filter(username__in=passwords))
    except DatabaseError:
        return []  # not migrated yet: no accounts at all
    return [
        Error(
            f"The demo account {user.username!r} still has its published demo password.",
            hint=(
                f"Delete it (manage.py shell) or give it a new password with "
                f"`manage.py changepassword {user.username}`."
            ),
            obj=user.username,
            id="museum.E001",
        )
        for user in users
        if user.has_usable_password() and user.check_password(passwords[user.username])
    ]


@register(Tags.sites, deploy=True)
def public_site_check(app_configs=None, **kwargs):
    """An Error when the default Site does not name PUBLIC_BASE_URL's host and port:
    every absolute link the site prints (sitemap, CSV, API, QR labels) would name it."""
    try:
        mismatch = default_site_mismatch()
    except DatabaseError:
        return []  # not migrated yet: there is no Site to check
    if mismatch is None:
        return []
    (host, port), (public_host, public_port) = mismatch
    return [
        Error(
            f"The default Site names {host}:{port}, not the public address "
            f"{public_host}:{public_port} (PUBLIC_BASE_URL): links in the sitemap, CSV, "
            "API and QR labels would name it.",
            hint="Run `manage.py public_site` (make serve runs it after migrate).",
            id="museum.E002",
        )
    ]
