"""`check --deploy` passes under production settings, and refuses the demo accounts
and a default Site that does not name the public address.

The demo accounts' passwords are printed in the README: production settings never
create them, and a deploy check fails while one of them still has its demo password.
"""

import os
import secrets
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.checks import run_checks
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from wagtail.models import Site

from museum.checks import demo_passwords_check
from museum.demo.accounts import DEMO_ACCOUNTS
from museum.management.commands.load_demo import Command as LoadDemo
from tests.sitemap_reader import sitemap_text

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = override_settings(DEBUG=False, DEMO_ACCOUNTS_ALLOWED=False)


def test_check_deploy_finds_nothing_with_the_documented_environment(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "museum.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50)[:50],
        "ALLOWED_HOSTS": "duoclieu.example",
        "PUBLIC_BASE_URL": "https://duoclieu.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MUSEUM_VAR_DIR": str(tmp_path),
    }
    for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_PRELOAD"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "System check identified no issues" in done.stdout


def demo_user(username="admin"):
    password = {name: pw for name, pw, _role, _group in DEMO_ACCOUNTS}[username]
    return get_user_model().objects.create_user(username, password=password)


@pytest.mark.django_db
def test_a_demo_account_with_its_demo_password_fails_the_deploy_check():
    user = demo_user("curator")
    with PRODUCTION:
        errors = demo_passwords_check()
        assert [e.id for e in errors] == ["museum.E001"]
        assert "curator" in errors[0].msg
        # Registered, as a deploy check of the security tag.
        found = run_checks(tags=["security"], include_deployment_checks=True)
        assert "museum.E001" in {e.id for e in found}
        assert "museum.E001" not in {e.id for e in run_checks(tags=["security"])}
    user.set_password("a-new-long-secret-phrase")
    user.save()
    with PRODUCTION:
        assert demo_passwords_check() == []


@pytest.mark.django_db
def test_dev_and_test_settings_allow_the_demo_accounts():
    demo_user("admin")
    assert demo_passwords_check() == []


@pytest.mark.django_db
def test_production_settings_build_the_demo_without_its_accounts():
    out = StringIO()
    with PRODUCTION:
        LoadDemo(stdout=out)._accounts()
    assert not get_user_model().objects.filter(username__in=[a[0] for a in DEMO_ACCOUNTS]).exists()
    assert "Demo accounts not created" in out.getvalue()
    assert "createsuperuser" in out.getvalue()
    assert "admin-demo" not in out.getvalue()


@pytest.mark.django_db
def test_dev_settings_create_the_demo_accounts():
    for _name, _password, _role, group in DEMO_ACCOUNTS:
        if group:  # made by the demo's other builders and migrations
            Group.objects.get_or_create(name=group)
    LoadDemo(stdout=StringIO())._accounts()
    User = get_user_model()
    for username, password, _role, _group in DEMO_ACCOUNTS:
        assert User.objects.get(username=username).check_password(password)


@pytest.mark.django_db
@override_settings(PUBLIC_BASE_URL="https://duoclieu.example")
def test_a_default_site_named_localhost_fails_the_deploy_check_until_public_site_runs(home):
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    found = run_checks(include_deployment_checks=True)
    errors = [e for e in found if e.id == "museum.E002"]
    assert len(errors) == 1
    assert "localhost:80" in errors[0].msg and "duoclieu.example:443" in errors[0].msg
    assert "museum.E002" not in {e.id for e in run_checks()}  # a deploy check only

    out = StringIO()
    call_command("public_site", stdout=out)
    assert "duoclieu.example:443 (it named localhost:80)" in out.getvalue()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page_id) == ("duoclieu.example", 443, home.pk)
    assert "museum.E002" not in {e.id for e in run_checks(include_deployment_checks=True)}
    # The sitemap now names the public host.
    sitemap = sitemap_text(Client(HTTP_HOST="duoclieu.example"))  # index and every file
    assert "<loc>https://duoclieu.example/vi/</loc>" in sitemap
    assert "localhost" not in sitemap

    out = StringIO()
    call_command("public_site", stdout=out)
    assert "already names the public address" in out.getvalue()


@pytest.mark.django_db
@override_settings(PUBLIC_BASE_URL="http://duoclieu.example:8080")
def test_public_site_keeps_a_written_port():
    call_command("public_site", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("duoclieu.example", 8080)


@pytest.mark.django_db
@override_settings(PUBLIC_BASE_URL="https://duoclieu.example")
def test_public_site_says_which_site_already_has_the_address(home):
    Site.objects.create(hostname="duoclieu.example", port=443, root_page=home, site_name="Old")
    with pytest.raises(CommandError, match=r"Another Site \(Old\) already answers"):
        call_command("public_site", stdout=StringIO())
