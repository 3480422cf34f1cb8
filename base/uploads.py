"""Wagtail documents: only the site's kinds of file, no larger than the proxy lets through.

Documents are served from the site's own origin, so an HTML or SVG document
would be a page under the site's name; ``WAGTAILDOCS_EXTENSIONS`` lists the few
types the site needs and ``WAGTAILDOCS_MAX_UPLOAD_SIZE`` keeps uploads under the
proxy's limit. Wagtail and Django already check both, but their messages have no
Vietnamese translation, and a file refused for its size gets a second, wrong
message ("extension “” is not allowed") from the model's own extension check.
This form, Wagtail's ``WAGTAILDOCS_DOCUMENT_FORM_BASE``, says each once, in the
editor's language, with the limit.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

TOO_LARGE_MESSAGE = _(
    "This file is too big (%(file_size)s); a document can be at most %(max_filesize)s."
)
TOO_LARGE_UNKNOWN_SIZE_MESSAGE = _(
    "This file is too big; a document can be at most %(max_filesize)s."
)
EXTENSION_MESSAGE = _(
    "Files of type “.%(extension)s” cannot be uploaded as documents; only "
    "%(allowed_extensions)s can."
)


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form with the project's messages for a file too big or of a
    type not in ``WAGTAILDOCS_EXTENSIONS``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is None:  # the multiple uploader's edit form: the file came before
            return
        # Wagtail's field checks the size and reads these messages, in the form and in
        # the multiple uploader's own check in the browser.
        field.error_messages["file_too_large"] = TOO_LARGE_MESSAGE
        field.error_messages["file_too_large_unknown_size"] = TOO_LARGE_UNKNOWN_SIZE_MESSAGE % {
            "max_filesize": field.max_upload_size_text
        }
        allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
        if allowed:
            field.validators = [
                *field.validators,
                FileExtensionValidator(allowed, message=EXTENSION_MESSAGE),
            ]

    def add_error(self, field, error):
        """Add an error, leaving out the model's extension check on a file already refused.

        When the file field fails, the document holds no file, and ``Document.clean()``
        would add "extension “” is not allowed" under the real reason.
        """
        error_dict = getattr(error, "error_dict", None)
        if field is None and error_dict and "file" in error_dict and self.has_error("file"):
            rest = {name: errors for name, errors in error_dict.items() if name != "file"}
            if not rest:
                return
            error = ValidationError(rest)
        super().add_error(field, error)
