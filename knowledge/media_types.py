"""What a knowledge attachment really is, read from its first bytes, and how to serve it.

Attachments are served from the site's own origin, so a file that a browser
would render as a page (HTML, SVG, XML) is stored XSS against every visitor
and steward who opens it. A name says nothing about content: an HTML file
called ``photo.jpg`` is still HTML to a browser that sniffs. So a file is
recognised by its magic bytes, only the few types an item needs are accepted,
the type found is stored, and the media view sends that type, never one
guessed from the name, with ``nosniff`` and a sandboxing policy.

The signatures are sniffed here rather than with a library: the allowed set is
small, and plain UTF-8 text, which no magic-number library recognises, is one
of them.
"""

import codecs
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# Enough for every signature below and for judging a transcript's text.
HEAD_BYTES = 64 * 1024

TEXT = "text/plain"
OCTET_STREAM = "application/octet-stream"
# Types a browser renders as media (never as a page), so they may be shown inline.
INLINE_TYPES = {
    "audio/mpeg",
    "audio/aac",
    "audio/mp4",
    "audio/ogg",
    "audio/wav",
    "audio/webm",
    "video/mp4",
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/gif",
    "application/pdf",
}
ACCEPTED_TYPES = INLINE_TYPES | {TEXT}

# No scripts, no plugins, no requests, a unique origin. The inline styles are
# those of the browser's own viewer page for an image or a recording.
SANDBOX_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
# Browsers' PDF viewers refuse to run in a sandbox (Chrome and Safari show a
# blank page), and a response sent as application/pdf with nosniff cannot
# become a page, so a PDF gets the same policy without ``sandbox``, letting the
# viewer embed the document.
PDF_POLICY = "default-src 'none'; style-src 'unsafe-inline'; object-src 'self'"

# Markup a browser would run: HTML, SVG, XML (which may carry XHTML or SVG).
MARKUP_RE = re.compile(
    rb"<\s*(?:!doctype|\?xml|html|head|body|script|svg|iframe|object|embed|meta|link|"
    rb"style|img|a\s|div|form|math|xml|base)\b",
    re.IGNORECASE,
)

MARKUP_MESSAGE = _(
    "This file looks like HTML/SVG; only audio, video, images (JPEG, PNG, WebP, GIF), "
    "PDF and plain-text transcripts can be attached."
)
UNKNOWN_MESSAGE = _(
    "This kind of file cannot be attached; only audio (MP3, Ogg/Opus, M4A/AAC, WAV, WebM), "
    "video (MP4), images (JPEG, PNG, WebP, GIF), PDF and plain-text transcripts in UTF-8 "
    "(.txt, .vtt) can."
)
EMPTY_MESSAGE = _("The file is empty.")
TOO_LARGE_MESSAGE = _("This file is too big (%(size)s); an attachment can be at most %(limit)s.")


def _mp3_frame(head):
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 3
    # Layers II and III only: a Layer I header is FF FE, the byte-order mark of UTF-16.
    return version != 1 and layer in (1, 2) and bitrate != 15 and rate != 3


def _adts_frame(head):
    # AAC's frame header: the MPEG sync word with the layer bits at zero.
    return len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0


def _binary_type(head):
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or _mp3_frame(head):
        return "audio/mpeg"
    if _adts_frame(head):
        return "audio/aac"
    if head[4:8] == b"ftyp":
        return "audio/mp4" if head[8:11] in (b"M4A", b"M4B") else "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3") and b"webm" in head[:64]:
        return "audio/webm"
    return None


def looks_like_markup(head):
    """Whether these bytes hold markup a browser would render as a page."""
    text = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n")
    return text.startswith(b"<") or MARKUP_RE.search(head) is not None


def _is_text(head):
    if b"\x00" in head:
        return False
    try:
        # Not final: the head may end inside a multi-byte character.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return not looks_like_markup(head)


def detect(head):
    """The MIME type of an acceptable attachment starting with ``head``, else None.

    Binary signatures come first, so a GIF or PDF whose header happens to be
    ASCII is not taken for text; text is UTF-8 without NULs and without markup.
    """
    if not head:
        return None
    return _binary_type(head) or (TEXT if _is_text(head) else None)


def read_head(file):
    """The first bytes of a file, leaving it at its start, and closed if it was."""
    was_closed = file.closed
    if was_closed:
        file.open("rb")
    try:
        file.seek(0)
        head = file.read(HEAD_BYTES)
        file.seek(0)
    finally:
        if was_closed:
            file.close()
    return head if isinstance(head, bytes) else head.encode()


def validate_attachment(value):
    """Refuse a new upload that is not audio, video, a raster image, a PDF or UTF-8 text,
    or that is larger than ``KNOWLEDGE_MEDIA_MAX_UPLOAD_SIZE`` bytes.

    Files already in storage are left alone (the media view serves them
    safely), so editing an item never fails on an old attachment.
    """
    if not value or getattr(value, "_committed", True):
        return
    limit = settings.KNOWLEDGE_MEDIA_MAX_UPLOAD_SIZE
    # The size first: it costs nothing to read and says more than a type refusal would.
    if limit is not None and value.size > limit:
        raise ValidationError(
            TOO_LARGE_MESSAGE,
            code="file_too_large",
            params={"size": filesizeformat(value.size), "limit": filesizeformat(limit)},
        )
    head = read_head(value)
    if not head:
        raise ValidationError(EMPTY_MESSAGE, code="empty")
    if detect(head) is None:
        if looks_like_markup(head):
            raise ValidationError(MARKUP_MESSAGE, code="markup")
        raise ValidationError(UNKNOWN_MESSAGE, code="file_type")


def serving(content_type):
    """(Content-Type, inline?, Content-Security-Policy) for a file of this detected type.

    Media types and PDF are shown inline; text as UTF-8 plain text (inline is
    safe with nosniff); anything else, including an unrecognised file stored
    before uploads were checked, only as a download.
    """
    if content_type in INLINE_TYPES:
        policy = PDF_POLICY if content_type == "application/pdf" else SANDBOX_POLICY
        return content_type, True, policy
    if content_type == TEXT:
        return "text/plain; charset=utf-8", True, SANDBOX_POLICY
    return OCTET_STREAM, False, SANDBOX_POLICY
