"""Curators' QR labels: choose pages, download a printable SVG sheet."""

from django import forms
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from base.filters import GetFilterForm, IdField
from museum.labels import label_sheets
from museum.shortcodes import wants_short_address


def labelled_pages():
    """Live pages whose type has a short address, in tree order."""
    return [p for p in Page.objects.live().specific().order_by("path") if wants_short_address(p)]


class LabelForm(forms.Form):
    pages = forms.TypedMultipleChoiceField(
        label=_("Pages"), coerce=int, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pages"].choices = choices


class OneLabelForm(GetFilterForm):
    """``?page=<id>``: the label of one page, straight from its admin action."""

    page = IdField(required=False)


def _download(pages):
    response = HttpResponse(label_sheets(pages), content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="qr-labels.svg"'
    return response


def qr_labels(request):
    pages = labelled_pages()
    by_id = {p.pk: p for p in pages}
    one = OneLabelForm(request.GET).cleaned().get("page")
    if one in by_id:
        return _download([by_id[one]])
    choices = [(p.pk, f"{p.title} ({p.specific_class._meta.verbose_name})") for p in pages]
    form = LabelForm(request.POST or None, choices=choices)
    if request.method == "POST" and form.is_valid():
        return _download([by_id[pk] for pk in form.cleaned_data["pages"]])
    return TemplateResponse(request, "museum/admin/qr_labels.html", {"form": form})
