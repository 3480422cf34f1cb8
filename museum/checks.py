"""System checks of the deployment (run by ``manage.py check --deploy``)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import Error, Tags, register
from django.db import DatabaseError

from museum.demo.accounts import DEMO_ACCOUNTS


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
