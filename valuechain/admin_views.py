"""Curators' imports of the value chain in the admin: upload, preview, confirm.

The upload is checked without writing anything (``valuechain.importer.check_file``)
and shown row by row: what would be created, updated or left unchanged, or every
error as ``Row N, column 'x': …``. The file waits under a random token tied to the
curator (``base.spreadsheets.keep_upload``) until they confirm; the confirmation
checks that same file again and writes it in one transaction.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from base.spreadsheets import (
    ImportFileError,
    UploadForm,
    forget_upload,
    keep_upload,
    kept_upload,
    upload_as_file,
)
from valuechain.importer import KINDS, PageKind, apply, check_file, template_csv


def _kind(request, name):
    kind = KINDS.get(name)
    if kind is None:
        raise Http404
    if not kind.permitted(request.user):
        raise PermissionDenied
    return kind


def _scope(kind):
    return f"valuechain:{kind.name}"


def _page_context(kind, **extra):
    """What the shared upload and preview templates show for ``kind``."""
    return {
        "kind": kind,
        "title": _("Import %(what)s") % {"what": kind.label},
        "columns": [(c.name, c.help, c.required) for c in kind.columns],
        "template_url": reverse("valuechain_import_template", args=[kind.name]),
        "upload_url": reverse("valuechain_import", args=[kind.name]),
        "confirm_url": reverse("valuechain_import_confirm", args=[kind.name]),
        **extra,
    }


def _check(kind, stored):
    """(plan, file error) of a kept upload."""
    with upload_as_file(stored) as path:
        try:
            return check_file(kind.name, path), None
        except ImportFileError as exc:
            return None, str(exc)


def import_index(request):
    """The kinds a curator may import, each with its columns."""
    kinds = [k for k in KINDS.values() if k.permitted(request.user)]
    if not kinds:
        raise PermissionDenied
    return TemplateResponse(request, "valuechain/admin/import_index.html", {"kinds": kinds})


def import_template(request, kind):
    """A CSV of the kind's columns with an example row."""
    kind = _kind(request, kind)
    response = HttpResponse(template_csv(kind.name), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{kind.name}-template.csv"'
    return response


def import_upload(request, kind):
    """Upload a sheet and see what it would change; nothing is written here."""
    kind = _kind(request, kind)
    context = _page_context(kind, form=UploadForm())
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            upload = form.cleaned_data["file"]
            stored = {"name": upload.name, "content": upload.read()}
            plan, error = _check(kind, stored)
            context.update(plan=plan, file_error=error, file_name=upload.name)
            if plan is not None and not plan.errors:
                context["token"] = keep_upload(
                    request.user, _scope(kind), upload.name, stored["content"]
                )
            if isinstance(kind, PageKind):
                context["drafts"] = not kind.may_publish(request.user)
            return TemplateResponse(request, "valuechain/admin/import_preview.html", context)
    return TemplateResponse(request, "valuechain/admin/import_upload.html", context)


def _listing_url(kind):
    if isinstance(kind, PageKind):
        index = kind.index_model.objects.first()
        return reverse("wagtailadmin_explore", args=[index.pk])
    meta = kind.model._meta
    try:
        return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list")
    except NoReverseMatch:
        return reverse("valuechain_import_index")


def _edit_url(kind, obj):
    if isinstance(kind, PageKind):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    meta = kind.model._meta
    try:
        return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[obj.pk])
    except NoReverseMatch:
        return ""


def _done_scope(kind):
    return f"valuechain-done:{kind.name}"


def import_done(request, kind):
    """What the confirmed import wrote, row by row, each record one click from its editor
    (in the whole list, among many records, they could be pages away)."""
    kind = _kind(request, kind)
    done = kept_upload(request.user, _done_scope(kind), request.GET.get("token", ""))
    if done is None:
        return redirect(_listing_url(kind))
    context = _page_context(
        kind,
        file_name=done["name"],
        records=done["content"]["records"],
        counts=done["content"]["counts"],
        listing_url=_listing_url(kind),
    )
    return TemplateResponse(request, "valuechain/admin/import_done.html", context)


def import_confirm(request, kind):
    """Write the upload the curator previewed, all or nothing."""
    kind = _kind(request, kind)
    if request.method != "POST":
        return redirect("valuechain_import", kind=kind.name)
    token = request.POST.get("token", "")
    stored = kept_upload(request.user, _scope(kind), token)
    if stored is None:
        messages.error(
            request, _("This upload has expired or was imported already; upload the file again.")
        )
        return redirect("valuechain_import", kind=kind.name)
    plan, error = _check(kind, stored)
    if plan is not None and not plan.errors:
        publish = not isinstance(kind, PageKind) or kind.may_publish(request.user)
        try:
            counts = apply(plan, user=request.user, publish=publish)
        except ImportFileError as exc:
            error = str(exc)
        else:
            forget_upload(token)
            messages.success(
                request,
                _("Imported %(file)s: %(create)s new, %(update)s updated, %(unchanged)s unchanged.")
                % {"file": stored["name"], **counts},
            )
            records = [
                {
                    "row": c.row,
                    "action": c.action_label,
                    "label": c.label,
                    "changed": c.changed,
                    "url": _edit_url(kind, c.obj) if c.obj is not None else "",
                }
                for c in plan.changes[:500]
            ]
            done = keep_upload(
                request.user,
                _done_scope(kind),
                stored["name"],
                {"records": records, "counts": counts},
            )
            return redirect(reverse("valuechain_import_done", args=[kind.name]) + f"?token={done}")
    # The data changed since the preview (or the write failed): show why, write nothing.
    context = _page_context(kind, plan=plan, file_error=error, file_name=stored["name"])
    return TemplateResponse(request, "valuechain/admin/import_preview.html", context)
