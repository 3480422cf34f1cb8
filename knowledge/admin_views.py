"""The steward's takedown: one confirmation, then the item is gone from every exit."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from knowledge.access import is_steward
from knowledge.models import KnowledgeItem
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
