"""Guessing passwords stops after a few tries, on the admin's and on the site's sign-in.

django-axes counts wrong passwords per username and address; the test settings switch
it off for the rest of the suite (the test client's login() has no request), so each
test here switches it on.
"""

import datetime

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.contrib.auth import get_user_model
from django.test import override_settings

LIMIT = 5
LOGIN_PAGES = ["/admin/login/", "/vi/accounts/login/"]

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]


@pytest.fixture(autouse=True)
def axes_on():
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=LIMIT):
        yield


@pytest.fixture
def users():
    User = get_user_model()
    User.objects.create_user("curator2", password="right-horse-battery", is_staff=True)
    User.objects.create_user("reader", password="another-good-phrase", is_staff=True)


def sign_in(client, url, username, password):
    return client.post(url, {"username": username, "password": password})


@pytest.mark.parametrize("url", LOGIN_PAGES)
def test_the_right_password_is_refused_after_five_wrong_ones(client, users, url):
    for attempt in range(LIMIT - 1):
        assert sign_in(client, url, "curator2", f"guess-{attempt}").status_code == 200
    locked = sign_in(client, url, "curator2", "guess-last")
    assert locked.status_code == 429
    response = sign_in(client, url, "curator2", "right-horse-battery")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert 'role="alert"' in response.content.decode()


def test_the_lockout_page_is_in_the_sites_language(client, users, english):
    for attempt in range(LIMIT):
        sign_in(client, "/en/accounts/login/", "curator2", f"guess-{attempt}")
    response = sign_in(client, "/en/accounts/login/", "curator2", "right-horse-battery")
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Too many sign-in attempts" in html
    assert "Try again in 15 minutes." in html


def test_another_user_from_the_same_address_is_not_locked(client, users):
    for attempt in range(LIMIT):
        sign_in(client, "/admin/login/", "curator2", f"guess-{attempt}")
    response = sign_in(client, "/admin/login/", "reader", "another-good-phrase")
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_signing_in_works_again_after_the_cool_off(client, users):
    for attempt in range(LIMIT):
        sign_in(client, "/vi/accounts/login/", "curator2", f"guess-{attempt}")
    assert (
        sign_in(client, "/vi/accounts/login/", "curator2", "right-horse-battery").status_code == 429
    )
    # As if the cool-off had passed: axes forgets attempts older than AXES_COOLOFF_TIME.
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )
    response = sign_in(client, "/vi/accounts/login/", "curator2", "right-horse-battery")
    assert response.status_code == 302


def test_an_administrator_can_lift_a_lockout(client, users):
    for attempt in range(LIMIT):
        sign_in(client, "/admin/login/", "curator2", f"guess-{attempt}")
    reset(username="curator2")  # what `manage.py axes_reset_username curator2` does
    response = sign_in(client, "/admin/login/", "curator2", "right-horse-battery")
    assert response.status_code == 302


def test_a_success_clears_earlier_failures(client, users):
    for attempt in range(LIMIT - 1):
        sign_in(client, "/vi/accounts/login/", "curator2", f"guess-{attempt}")
    assert (
        sign_in(client, "/vi/accounts/login/", "curator2", "right-horse-battery").status_code == 302
    )
    client.logout()
    assert sign_in(client, "/vi/accounts/login/", "curator2", "guess-again").status_code == 200


def test_behind_the_proxy_the_visitor_not_the_proxy_is_locked_out(rf, settings):
    from museum.middleware import client_address

    settings.TRUSTED_PROXIES = 1
    # nginx appends the address it saw; what is further left the client wrote itself.
    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="127.0.0.1")
    assert client_address(request) == "203.0.113.7"
    assert client_address(rf.get("/", REMOTE_ADDR="127.0.0.1")) == "127.0.0.1"
    settings.TRUSTED_PROXIES = 0
    assert client_address(request) == "127.0.0.1"  # no proxy: the header is the client's
