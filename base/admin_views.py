"""Curators' Translations report: every live page's state in each language, filterable,
and a button to record that a translation has been reviewed."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from base.filters import GetFilterForm, IdField, Select
from base.models.translation_reviews import TARGET_LANGUAGES, TranslationReview
from base.translation_status import LABELS, NOT_TRANSLATED, REVIEWED, UNREVIEWED, status
from base.translation_status import mark_reviewed as record_review

PER_PAGE = 50


class TranslationFilter(GetFilterForm):
    """``?language=fr&status=unreviewed``: which pages to list."""

    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=TARGET_LANGUAGES, widget=Select
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[(s, LABELS[s]) for s in (NOT_TRANSLATED, UNREVIEWED, REVIEWED)],
        widget=Select,
    )
    p = IdField(required=False)


class ReviewForm(forms.Form):
    language = forms.ChoiceField(choices=TARGET_LANGUAGES)


def _rows(pages, languages):
    """(page, [(language, status)]) for each page, reviews fetched in one query."""
    reviews = {
        (r.page_id, r.language): r
        for r in TranslationReview.objects.filter(page__in=[p.pk for p in pages])
    }
    for page in pages:
        yield page, [(code, status(page, code, reviews.get((page.pk, code)))) for code in languages]


def translations(request):
    form = TranslationFilter(
        request.GET or None,
        options={
            "language": TARGET_LANGUAGES,
            "status": [(s, LABELS[s]) for s in (NOT_TRANSLATED, UNREVIEWED, REVIEWED)],
        },
    )
    chosen = form.cleaned()
    languages = (
        [chosen["language"]] if chosen.get("language") else [c for c, _n in TARGET_LANGUAGES]
    )
    pages = list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))
    rows = list(_rows(pages, languages))
    if chosen.get("status"):
        rows = [r for r in rows if any(s == chosen["status"] for _c, s in r[1])]
    page = Paginator(rows, PER_PAGE).get_page(chosen.get("p") or 1)
    return TemplateResponse(
        request,
        "base/admin/translations.html",
        {
            "form": form,
            "rows": page,
            "languages": [(c, n) for c, n in TARGET_LANGUAGES if c in languages],
            "labels": LABELS,
            "unreviewed": UNREVIEWED,
            "total": len(rows),
        },
    )


@require_POST
def mark_reviewed(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _t("Choose one of the site's languages."))
    elif status(page, form.cleaned_data["language"]) == NOT_TRANSLATED:
        messages.error(request, _t("This page is not translated into that language yet."))
    else:
        record_review(page, form.cleaned_data["language"], request.user)
        messages.success(
            request,
            _t("“%(title)s” in %(language)s: translation marked as reviewed.")
            % {
                "title": page.title,
                "language": dict(TARGET_LANGUAGES)[form.cleaned_data["language"]],
            },
        )
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect("base_translations")
