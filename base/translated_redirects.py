"""Redirects from a page's old address in every language, not only the editor's.

Wagtail creates a redirect when a page's slug changes or the page moves
(``wagtail.contrib.redirects``), for its address as ``url_path`` gives it: with
wagtail-modeltranslation, the address in the language the editor's admin is in. A page
has an address per language (``url_path_vi``, ``url_path_en``…, a language without its
own slug following the Vietnamese one), so renaming the English slug of a species, or
the Vietnamese slug that the Chinese pages fall back to, left the old links shared in
that language (a phone's bookmark, a school handout, a search engine) a 404.

Before a page is saved, the addresses it had in every language are read; once the save
commits, ``redirect_old_addresses`` (a background task: an index of 10,000 species has
10,000 addresses per language) redirects each address that changed, of the page and of
its live descendants, in one pass over them. Wagtail's own handlers are off
(``WAGTAILREDIRECTS_AUTO_CREATE = False``): this covers the editor's language too.

A redirect is followed only to a page the visitor may open (``get_visible_redirect``):
an old address must not say where restricted knowledge now is, nor that it exists, to a
visitor the restriction does not admit (a community-only item, or a section behind a
password or a group, answers 404 to everyone else; the community's members, the group's
and whoever typed the password follow it). A page restricted, taken down or
withheld after it was renamed keeps its redirect rows, which then lead nowhere.
"""

import logging
from itertools import chain

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.utils import translation
from django_tasks import task
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects import middleware as redirects_middleware
from wagtail.contrib.redirects.signal_handlers import BatchRedirectCreator, _page_urls_for_sites
from wagtail.models import Page, Site

logger = logging.getLogger(__name__)
_OLD_PATHS = "_url_paths_before_save"
# Redirects written per query. Wagtail's batch of 2,000 first deletes the clashing ones
# with one condition per redirect, which SQLite refuses beyond about 1,000.
BATCH = 500


class _RedirectBatch(BatchRedirectCreator):
    """Wagtail's batch of redirects, which first deletes the automatically created ones
    that clash with those it writes. Processed with nothing in it (the redirects a multiple
    of its size, already written), that condition was empty, and it deleted every
    automatically created redirect of every site."""

    def process(self):
        if self.items:
            super().process()


def _url_path_fields():
    return [build_localized_fieldname("url_path", lang) for lang in mt_settings.AVAILABLE_LANGUAGES]


def _remember_url_paths(sender, instance, raw=False, update_fields=None, **kwargs):
    """Read the addresses ``instance`` has in the database, before they are rewritten."""
    if not isinstance(instance, Page):
        return
    instance.__dict__.pop(_OLD_PATHS, None)  # left by a save that failed
    if raw or instance.pk is None:
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
    new = {field: getattr(instance, field) for field in old}
    if new != old:
        # Robust: a failure here must not drop what else waits for the commit.
        transaction.on_commit(lambda: redirect_old_addresses.enqueue(instance.pk, old), robust=True)


@task()
def redirect_old_addresses(page_id, old_url_paths):
    """Redirect each address that page ``page_id`` and its live descendants had in a
    language when its ``url_path_*`` fields were ``old_url_paths`` to their address in
    that language now."""
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None or not page.live:
        return
    before = type(page)()
    before.__dict__.update(page.__dict__)
    before.__dict__.update(old_url_paths)
    changed = {}  # language: (old url_path, new url_path), after the fallbacks
    for language in mt_settings.AVAILABLE_LANGUAGES:
        with translation.override(language):
            if before.url_path != page.url_path:
                changed[language] = (before.url_path, page.url_path)
    if not changed:
        return
    # As Wagtail does: the sites the page was and is on, not one whose root it is.
    site_ids = {srp.site_id for srp in page._get_relevant_site_root_paths(cache_object=page)}
    sites = tuple(Site.objects.filter(pk__in=site_ids).exclude(root_page=page))
    if not sites:
        return
    batch = _RedirectBatch(max_size=BATCH, ignore_conflicts=True)
    descendants = page.get_descendants().live().defer_streamfields().specific().iterator()
    # One page at a time: an index has 10,000 species, each a row of every language.
    for each in chain([page], descendants):
        for language, (old_path, new_path) in changed.items():
            with translation.override(language):
                moved = each.url_path
                if not moved.startswith(new_path):
                    continue  # a descendant with an address of its own in this language
                new_urls = _page_urls_for_sites(each, sites, cache_target=page)
                each.url_path = old_path + moved[len(new_path) :]
                old_urls = _page_urls_for_sites(each, sites, cache_target=page)
                each.url_path = moved
            for site, old_address, route_path in old_urls - new_urls:
                batch.add(
                    old_path=old_address,
                    site=site,
                    redirect_page=each,
                    redirect_page_route_path=route_path,
                    automatically_created=True,
                )
    batch.process()
    logger.info("Redirects for page %s: %s", page_id, batch.get_summary())


def may_open(page, request):
    """Whether the visitor of ``request`` may open ``page``: live, admitted by every view
    restriction over it as Wagtail admits one when serving (the password typed in this
    session, the group, the sign-in), and allowed by its own rule where it has one
    (knowledge: by access level, community and consent, ``is_visible_to``; else
    ``is_public``)."""
    if not page.live:
        return False
    # None are asked of a page outside every restricted section (``page_queries``).
    if not all(r.accept_request(request) for r in page.get_view_restrictions()):
        return False
    page = page.specific
    user = getattr(request, "user", None) or AnonymousUser()
    if hasattr(page, "is_visible_to"):
        return page.is_visible_to(user)
    return getattr(page, "is_public", True)


# Wagtail's, kept before ``install`` puts ``get_visible_redirect`` in its place.
wagtails_get_redirect = redirects_middleware.get_redirect


def get_visible_redirect(request, encoded_path):
    """Wagtail's redirect for ``encoded_path``, unless it leads to a page the visitor may
    not open: then the 404 stands (a community member follows one to their community's
    knowledge; only a 200 is ever stored by the page cache, so the redirect shown to a
    visitor who typed a password reaches nobody else)."""
    redirect = wagtails_get_redirect(request, encoded_path)
    if redirect is not None and redirect.redirect_page_id is not None:
        if not may_open(redirect.redirect_page, request):
            return None
    return redirect


def install():
    """Connect the handlers and guard Wagtail's redirects (once, from
    ``BaseConfig.ready``)."""
    redirects_middleware.get_redirect = get_visible_redirect
    pre_save.connect(_remember_url_paths, dispatch_uid="translated-redirects-before")
    post_save.connect(_redirect_changed_addresses, dispatch_uid="translated-redirects-after")
