"""Sitemaps in every language: ``/sitemap.xml`` is an index of one section per language
(``/sitemap-vi.xml``, ``/sitemap-en.xml``, …), each split into pages of at most
``LanguageSitemap.limit`` URLs (``?p=2``), as the sitemaps.org protocol asks.

Each entry names its page's other language versions (``xhtml:link rel="alternate"
hreflang=…``) and an ``x-default``: the Vietnamese version, the language every page is
written in first. Addresses are PUBLIC_BASE_URL's, whatever Host the sitemap was asked
with and whatever the default Site still says.

Which language versions are listed: every page answers in every language, because an
empty translated field falls back to Vietnamese. A page whose title has not been
translated is Vietnamese text inside translated navigation; listed under ``/en/`` it
would be a near copy of the Vietnamese page, which a search engine indexes once at best
and otherwise counts as duplicate content. So a page is listed in the default language
always, and in another language only when its title has been translated into it (the
curator's sign that the page was). The same rule decides the alternates.

Which pages: Wagtail's rule (live pages of the default Site without a view restriction,
``PageQuerySet.public()``), less the knowledge an anonymous visitor may not open, and only
the addresses each page's own ``get_sitemap_urls`` gives (knowledge items give none unless
public): the query keeps the pages of a section honest, the page method keeps every rule a
page model adds.

A page of URLs costs a fixed number of queries whatever its length (the pages, one query
per page type, the consent records of knowledge items) and its XML is kept in the shared
cache under the publish generation (base.page_cache), so a publish, a takedown or a new
view restriction shows at the next request.
"""

import math
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.core.paginator import EmptyPage
from django.db.models import Count, Max, Q, prefetch_related_objects
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.http import http_date
from django.utils.timezone import template_localtime
from django.views.decorators.http import require_safe
from django_tasks import task
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from base.filters import GetFilterForm, IdField
from base.page_cache import generation, kept
from base.tasks import run_by_worker
from knowledge.access import anonymous
from knowledge.models import KnowledgeItem

# The protocol's ceiling: 50,000 URLs (and 50 MB) per file.
MAX_URLS = 50_000


def default_language():
    """The language every page is written in first, listed for every page, and x-default."""
    return mt_settings.DEFAULT_LANGUAGE


def languages():
    """Language codes, the default first, in the order of settings.LANGUAGES."""
    codes = [code for code, _name in settings.LANGUAGES]
    return sorted(codes, key=lambda code: code != default_language())


def _translated(language):
    """A condition on pages: listed in ``language`` (see the module's docstring)."""
    if language == default_language():
        return Q()
    return Q(**{f"{build_localized_fieldname('title', language)}__gt": ""})


def listed_languages(page):
    """The languages in which ``page`` is listed: the default one, and every language its
    title has been translated into (see the module's docstring for why)."""
    return [
        language
        for language in languages()
        if language == default_language()
        or (getattr(page, build_localized_fieldname("title", language), "") or "").strip()
    ]


def public_url(location):
    """``location`` (absolute or a path) at PUBLIC_BASE_URL's scheme and host."""
    base, parts = urlsplit(settings.PUBLIC_BASE_URL), urlsplit(location)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


def _adds_a_sitemap_rule(model):
    """Whether pages of ``model`` list other addresses than Wagtail's page model does."""
    return model is not None and model.get_sitemap_urls is not Page.get_sitemap_urls


def _entries(page, language, request):
    """What ``page.get_sitemap_urls`` gives in ``language``, at the public address."""
    with translation.override(language):
        entries = page.get_sitemap_urls(request)
    return [
        {**entry, "location": public_url(entry["location"])}
        for entry in entries
        if entry.get("location")
    ]


class LanguageSitemap(Sitemap):
    """The public pages listed in one language, each with its alternates."""

    limit = MAX_URLS

    def __init__(self, request, language):
        super().__init__(request)
        self.language = language

    def get_wagtail_site(self):
        # PUBLIC_BASE_URL is the default Site's address, whatever Host the request named.
        return Site.objects.select_related("root_page").get(is_default_site=True)

    def pages(self):
        """The section's pages as a plain (not specific) queryset."""
        hidden = KnowledgeItem.objects.exclude(
            pk__in=KnowledgeItem.objects.visible_to(anonymous()).values("pk")
        )
        return (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .filter(_translated(self.language))
            .exclude(pk__in=hidden.values("pk"))
            .order_by("path")
        )

    def items(self):
        # Plain pages: a page whose type keeps Wagtail's ``get_sitemap_urls`` gives the
        # same addresses and dates from the base page's columns (the translated slugs
        # and paths are there), and a specific object of each of 10,000 pages took
        # seconds to build. The types that add a rule are read as themselves in ``_urls``.
        return self.pages()

    @cached_property
    def paginator(self):
        # Django builds a new paginator, and counts again, at each use.
        return super().paginator

    def get_urls(self, page=1, site=None, protocol=None):
        """The URLs of page ``page`` of the section; the address comes from
        PUBLIC_BASE_URL, never from ``site`` or ``protocol``."""
        return self._urls(page, None, None)

    def xml(self, page=1):
        """Page ``page`` of the section as sitemap XML, and its latest change; kept in the
        shared cache under the publish generation, written once per generation."""

        def write():
            urls = self.get_urls(page)
            return (urlset_xml(urls) if urls else b"", getattr(self, "latest_lastmod", None))

        return kept("sitemap-xml", write, settings.PUBLIC_BASE_URL, self.language, self.limit, page)

    @staticmethod
    def _as_own_type_where_it_adds_a_rule(pages):
        """``pages`` with each page whose type overrides ``get_sitemap_urls`` read as its
        own type (knowledge items: whether the public may open them), with the consent
        records ``is_public`` reads; one query per such type, whatever their number."""
        ids = {p.pk for p in pages if _adds_a_sitemap_rule(p.specific_class)}
        if not ids:
            return pages
        whole = {p.pk: p for p in Page.objects.filter(pk__in=ids).defer_streamfields().specific()}
        prefetch_related_objects(
            [p for p in whole.values() if isinstance(p, KnowledgeItem)], "consents"
        )
        # A page deleted since the list was read is left out, not listed by its old row.
        return [
            whole[p.pk] if p.pk in ids else p for p in pages if p.pk not in ids or p.pk in whole
        ]

    def _urls(self, page, protocol, domain):
        pages = self._as_own_type_where_it_adds_a_rule(list(self.paginator.page(page).object_list))
        # Language by language rather than page by page: a page's address is found
        # among the Site's root paths of the active language, which Wagtail keeps on the
        # request for one language at a time; switching for each page read them again
        # from the cache, twice per page (a third of the time at 10,000 pages).
        listed = [listed_languages(item) for item in pages]
        entries = {}
        for language in languages():
            with translation.override(language):
                for n, item in enumerate(pages):
                    if language in listed[n]:
                        entries[n, language] = _entries(item, language, self.request)
        urls, last_mods = [], set()
        for n in range(len(pages)):
            versions = {language: entries[n, language] for language in listed[n]}
            for position, entry in enumerate(versions.get(self.language, [])):
                alternates = [
                    {
                        "lang_code": language,
                        "location": entries[min(position, len(entries) - 1)]["location"],
                    }
                    for language, entries in versions.items()
                    if entries
                ]
                default = versions.get(default_language())
                if default:
                    alternates.append(
                        {
                            "lang_code": "x-default",
                            "location": default[min(position, len(default) - 1)]["location"],
                        }
                    )
                urls.append(
                    {
                        "location": entry["location"],
                        "lastmod": entry.get("lastmod"),
                        "changefreq": entry.get("changefreq"),
                        "priority": str(entry.get("priority") or ""),
                        "alternates": alternates,
                    }
                )
                last_mods.add(entry.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


URLSET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">'
)


def urlset_xml(urls):
    """``urls`` as a sitemap ``<urlset>`` (what Django's ``sitemap.xml`` template writes),
    as UTF-8 bytes. Written as strings: the template engine took seconds for a section of
    10,000 URLs with their alternates, this a few hundredths."""
    out = [URLSET_OPEN]
    for url in urls:
        out.append(f"<url><loc>{escape(url['location'])}</loc>")
        if url.get("lastmod"):
            # The date in the site's time zone, as the template's ``date`` filter gives it.
            out.append(f"<lastmod>{template_localtime(url['lastmod']):%Y-%m-%d}</lastmod>")
        if url.get("changefreq"):
            out.append(f"<changefreq>{escape(url['changefreq'])}</changefreq>")
        if url.get("priority"):
            out.append(f"<priority>{escape(url['priority'])}</priority>")
        out += [
            f'<xhtml:link rel="alternate" hreflang="{escape(alternate["lang_code"])}" '
            f'href="{escape(alternate["location"])}"/>'
            for alternate in url["alternates"]
        ]
        out.append("</url>\n")
    out.append("</urlset>\n")
    return "".join(out).encode()


class SitemapPageForm(GetFilterForm):
    """``?p=``: which page of a section."""

    p = IdField(required=False)


def _sections(request):
    return {language: LanguageSitemap(request, language) for language in languages()}


def _section_url(language):
    return public_url(reverse("sitemap-section", kwargs={"language": language}))


def _last_modified(moments):
    moments = [m for m in moments if m is not None]
    return {"Last-Modified": http_date(max(moments).timestamp())} if moments else None


def section_extents(request):
    """{language: (how many pages of URLs its section has, its latest change)}, in one
    query: the sections differ only by which titles are translated (``_translated``),
    and a count and a latest change per language read every public page eight times
    (8 ms apiece at 10,000 species)."""
    codes = languages()
    aggregates = {}
    for n, language in enumerate(codes):
        listed = _translated(language) or None  # the default language lists every page
        aggregates[f"count_{n}"] = Count("pk", filter=listed)
        aggregates[f"latest_{n}"] = Max("last_published_at", filter=listed)
    found = LanguageSitemap(request, default_language()).pages().aggregate(**aggregates)
    return {
        language: (math.ceil(found[f"count_{n}"] / LanguageSitemap.limit), found[f"latest_{n}"])
        for n, language in enumerate(codes)
    }


def index_entries(request):
    """(language, page number, latest change) of every page of every language's section
    that lists anything; kept in the shared cache under the publish generation."""

    def count():
        return [
            (language, n, latest)
            for language, (pages, latest) in section_extents(request).items()
            for n in range(1, pages + 1)
        ]

    return kept("sitemap-sections", count, settings.PUBLIC_BASE_URL, LanguageSitemap.limit)


@x_robots_tag
@require_safe
def index(request):
    """The sitemap index: every page of every language's section that lists anything."""
    entries = [
        (_section_url(language) + (f"?p={n}" if n > 1 else ""), latest)
        for language, n, latest in index_entries(request)
    ]
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": [SitemapIndexItem(url, latest) for url, latest in entries]},
        content_type="application/xml",
        headers=_last_modified(latest for _url, latest in entries),
    )


@x_robots_tag
@require_safe
def section(request, language):
    """One page of one language's section (``?p=2`` for the second)."""
    if language not in languages():
        raise Http404("No sitemap for this language")
    form = SitemapPageForm(request.GET)
    if not form.is_valid():
        raise Http404("No such page of the sitemap")
    sitemap = LanguageSitemap(request, language)
    try:
        body, latest = sitemap.xml(page=form.cleaned_data["p"] or 1)
    except EmptyPage:
        raise Http404("No such page of the sitemap") from None
    if not body:  # a section with nothing to list is not in the index either
        raise Http404("Nothing listed in this language")
    return HttpResponse(body, content_type="application/xml", headers=_last_modified([latest]))


@task()
def write_sitemaps(moved_to):
    """Write the index and every section of generation ``moved_to`` into the shared cache,
    so the first crawler after a publish is not the one who waits for it (seconds for a
    section of 10,000 pages). A later change has a task of its own: this one stops as
    soon as the generation has moved on."""
    request = HttpRequest()  # where Wagtail keeps the Site's root paths while writing
    if generation() != moved_to:
        return
    for language, number, _latest in index_entries(request):
        if generation() != moved_to:
            return
        LanguageSitemap(request, language).xml(page=number)


def write_after_a_change(sender, generation, **kwargs):
    """Queue ``write_sitemaps`` when the page cache moves to a new generation, where a
    worker runs the queue (production); elsewhere a publish would wait for it."""
    if run_by_worker():
        write_sitemaps.enqueue(generation)
