"""The steward's takedown: one confirmation, then the item is gone from every exit."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from knowledge.access import is_steward
from knowledge.models import KnowledgeItem
from knowledge.models.items import ProtectedStorage
from knowledge.withdrawal import withdraw


class TakedownForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=gettext_lazy("Who asked, and why. Kept in the audit log."),
    )


def takedown(request, page_id):
    if not is_steward(request.user):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, KnowledgeItem):
        raise PermissionDenied
    form = TakedownForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        withdraw(page, user=request.user, reason=form.cleaned_data["reason"])
        messages.success(
            request,
            _("'%(title)s' was taken down: unpublished, withheld and removed from search.")
            % {"title": page.title},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(request, "knowledge/admin/takedown.html", {"page": page, "form": form})


def protected_file(request, name):
    """Any protected file (attachment or consent document), for stewards only."""
    if not is_steward(request.user):
        raise PermissionDenied
    storage = ProtectedStorage()
    try:
        if not storage.exists(name):
            raise Http404
        response = FileResponse(storage.open(name, "rb"), as_attachment=True)
    except SuspiciousFileOperation as exc:
        raise Http404 from exc
    patch_cache_control(response, private=True, no_store=True)
    return response
