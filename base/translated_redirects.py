"""Redirects from a page's old address in every language, not only the editor's.

Wagtail creates a redirect when a page's slug changes or the page moves
(``wagtail.contrib.redirects``), for its address as ``url_path`` gives it: with
wagtail-modeltranslation, the address in the language the editor's admin is in. A page
has an address per language (``url_path_vi``, ``url_path_en``…, a language without its
own slug following the Vietnamese one), so renaming the English slug of a species, or
the Vietnamese slug that the Chinese pages fall back to, left the old links shared in
that language (a phone's bookmark, a school handout, a search engine) a 404.

Before a page is saved, the addresses it had in every language are read; once the save
commits, Wagtail's own ``create_redirects`` runs for each language whose address changed,
with that language active, for the page and its live descendants.

A redirect is followed only to a page the public may open (``get_public_redirect``): an
old address must not say where restricted knowledge now is, nor that it exists (a
community-only item answers 404 to everyone else). A page restricted, taken down or
withheld after it was renamed keeps its redirect rows, which then lead nowhere.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.utils import translation
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects import middleware as redirects_middleware
from wagtail.contrib.redirects.signal_handlers import create_redirects
from wagtail.models import Page, Site

from base.page_queries import is_private

_OLD_PATHS = "_url_paths_before_save"


def _url_path_fields():
    return [build_localized_fieldname("url_path", lang) for lang in mt_settings.AVAILABLE_LANGUAGES]


def _remember_url_paths(sender, instance, raw=False, update_fields=None, **kwargs):
    """Read the addresses ``instance`` has in the database, before they are rewritten."""
    if raw or instance.pk is None or not isinstance(instance, Page):
        return
    fields = _url_path_fields()
    if update_fields is not None and not set(fields) & set(update_fields):
        return  # a revision or a lock saved: the addresses are not written
    old = Page.objects.filter(pk=instance.pk).values(*fields).first()
    if old is not None:
        setattr(instance, _OLD_PATHS, old)


def _redirect_changed_addresses(sender, instance, created=False, raw=False, **kwargs):
    old = instance.__dict__.pop(_OLD_PATHS, None)
    if raw or created or old is None or not isinstance(instance, Page):
        return
    if not getattr(settings, "WAGTAILREDIRECTS_AUTO_CREATE", True):
        return
    new = {field: getattr(instance, field) for field in old}
    if new != old:
        transaction.on_commit(lambda: redirect_old_addresses(instance.pk, old))


def redirect_old_addresses(page_id, old_url_paths):
    """Create a redirect from each address that page ``page_id`` (and each of its live
    descendants) had in a language before its ``url_path_*`` fields were
    ``old_url_paths``, to its address in that language now."""
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None or not page.live:
        return
    page_before = type(page)()
    page_before.__dict__.update(page.__dict__)
    page_before.__dict__.update(old_url_paths)
    sites = Site.objects.exclude(root_page=page)
    for language in mt_settings.AVAILABLE_LANGUAGES:
        with translation.override(language):
            # ``url_path`` in the active language, after its fallbacks: a language
            # without a slug of its own moves with the Vietnamese one.
            if page_before.url_path != page.url_path:
                create_redirects(page=page, page_old=page_before, sites=sites)


def opens_to_the_public(page):
    """Whether an anonymous visitor may open ``page``: live, outside every view
    restriction, and public by its own rule where it has one (``is_public``: knowledge
    by its access level and consent)."""
    if not page.live or is_private(page):
        return False
    return getattr(page.specific, "is_public", True)


# Wagtail's, kept before ``install`` puts ``get_public_redirect`` in its place.
wagtails_get_redirect = redirects_middleware.get_redirect


def get_public_redirect(request, encoded_path):
    """Wagtail's redirect for ``encoded_path``, unless it leads to a page the public may
    not open: then the 404 stands."""
    redirect = wagtails_get_redirect(request, encoded_path)
    if redirect is not None and redirect.redirect_page_id is not None:
        if not opens_to_the_public(redirect.redirect_page):
            return None
    return redirect


def install():
    """Connect the handlers and guard Wagtail's redirects (once, from
    ``BaseConfig.ready``)."""
    redirects_middleware.get_redirect = get_public_redirect
    pre_save.connect(_remember_url_paths, dispatch_uid="translated-redirects-before")
    post_save.connect(_redirect_changed_addresses, dispatch_uid="translated-redirects-after")
