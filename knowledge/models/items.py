"""The base of every knowledge page: access level, community, TK labels, consent, media, sources.

``KnowledgeItem`` is a concrete page model (remedies and knowledge articles
inherit from it) so that one table answers "what may this visitor see" for
every exit: pages, listings, species pages, search, the API, the sitemap,
feeds, exports and media.
"""

import datetime
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet

from base.models import CitedSource, related_list
from knowledge.access import serve_protected
from knowledge.forms import KnowledgeItemForm
from knowledge.media_types import detect, read_head, validate_attachment
from search.documents import COMMUNITY, PUBLIC, REGISTERED, WITHHELD, AccessScope, Searchable
from species.vietnamese import set_title_sort_keys

from .communities import Community
from .labels import TKLabel


class AccessLevel(models.TextChoices):
    """Who may see an item, from the most open."""

    PUBLIC = PUBLIC, _("Public")
    REGISTERED = REGISTERED, _("Registered researchers (signed in)")
    COMMUNITY = COMMUNITY, _("Members of the community only")
    WITHHELD = WITHHELD, _("Withheld (never online)")


class ProtectedStorage(FileSystemStorage):
    """Files outside MEDIA_ROOT, with no public URL.

    Visitors get attachments through the media view, which checks the item's
    access rule; a file's own URL is the stewards' admin download (consent
    documents included), which the admin's file widgets link to.
    """

    def url(self, name):
        return reverse("knowledge_protected_file", args=[name])

    @property
    def base_location(self):
        return Path(settings.PROTECTED_MEDIA_ROOT)

    @property
    def location(self):
        return str(Path(settings.PROTECTED_MEDIA_ROOT).resolve())


def protected_storage():
    """Where protected files live: a folder outside MEDIA_ROOT, or a private bucket when
    ``PROTECTED_MEDIA_STORAGE`` names one (several app servers, nothing on local disk).
    Either way a file's URL is the checking view, never the storage's own address."""
    configured = getattr(settings, "PROTECTED_MEDIA_STORAGE", None)
    if not configured:
        return ProtectedStorage()
    backend = import_string(configured["BACKEND"])
    remote = type("ProtectedRemoteStorage", (backend,), {"url": ProtectedStorage.url})
    return remote(**configured.get("OPTIONS", {}))


def consent_current_q(today=None):
    """Consent records that cover display and have not expired on ``today``."""
    today = today or datetime.date.today()
    return Q(covers_display=True) & (Q(expires__isnull=True) | Q(expires__gte=today))


class KnowledgeItemQuerySet(PageQuerySet):
    def consented(self, today=None):
        """Items whose consent allows display: none recorded, or one still current."""
        # The excluded items (some consent recorded, none current) are found once from
        # the consent records, a short table: two subqueries per item, as EXISTS, made
        # every list of thousands of items read the records twice per row.
        lapsed = (
            ConsentRecord.objects.filter(item__isnull=False)
            .values("item")
            .annotate(current=Count("pk", filter=consent_current_q(today)))
            .filter(current=0)
            .values("item")
        )
        return self.exclude(pk__in=lapsed)

    def visible_to(self, user):
        """Live items ``user`` may see, by access level, community and consent."""
        scope = AccessScope.for_user(user)
        rule = Q(access_level__in=[lvl for lvl in scope.levels if lvl != COMMUNITY])
        if COMMUNITY in scope.levels:
            community = Q(access_level=COMMUNITY)
            if "*" not in scope.communities:
                community &= Q(community__code__in=scope.communities)
            rule |= community
        return self.live().filter(rule).exclude(access_level=WITHHELD).consented()

    def with_details(self):
        """What listings, print views and exports show of each item, prefetched, so a
        list of hundreds costs a fixed number of queries."""
        # Into lists (``to_attr``, which ``related_list`` reads): a prefetch into the
        # manager built a queryset per item and relation, a third of the API's time.
        return self.select_related("community").prefetch_related(
            "labels",
            Prefetch(
                "sources",
                queryset=KnowledgeItemSource.objects.select_related("source"),
                to_attr="prefetched_sources",
            ),
        )


KnowledgeItemManager = PageManager.from_queryset(KnowledgeItemQuerySet)


class KnowledgeItem(Searchable, Page):
    """A piece of traditional knowledge with its protocol; remedies and articles extend it."""

    # What the API, the exports and search call it; each specific type names its own.
    item_kind = "knowledge"

    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences."))
    community = models.ForeignKey(
        Community,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="items",
        verbose_name=_("community"),
        help_text=_("The community that holds this knowledge, if it comes from one."),
    )
    access_level = models.CharField(
        _("access level"),
        max_length=20,
        choices=AccessLevel.choices,
        default=AccessLevel.PUBLIC,
        help_text=_("Only knowledge stewards may open an item to a wider audience."),
    )
    withheld_stub = models.BooleanField(
        _("show a stub when withheld"),
        default=False,
        help_text=_(
            "When withheld, show a page that only says the knowledge is held by the community."
        ),
    )
    labels = ParentalManyToManyField(
        TKLabel, blank=True, related_name="items", verbose_name=_("TK labels")
    )
    # The title's place in Vietnamese dictionary order, per language, kept on save so the
    # database sorts and pages the remedy index (species.vietnamese.sortable).
    name_sort_key = models.CharField(max_length=255, blank=True, editable=False, db_index=True)

    objects = KnowledgeItemManager()
    base_form_class = KnowledgeItemForm
    is_creatable = False

    protocol_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("access_level"), FieldPanel("community")]),
                FieldPanel("access_change_reason"),
                FieldPanel("withheld_stub"),
                FieldPanel("labels", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Access protocol"),
        ),
        InlinePanel("consents", heading=_("Consent"), label=_("consent record")),
        InlinePanel("media", heading=_("Media"), label=_("media file")),
    ]

    class Meta:
        verbose_name = _("knowledge item")

    def save(self, *args, **kwargs):
        set_title_sort_keys(self)
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.access_level == COMMUNITY and not self.community_id:
            raise ValidationError(
                {"community": _("Name the community whose members may see this item.")}
            )

    # -- access -------------------------------------------------------------------
    def consent_allows_display(self, today=None):
        records = self.consents.all()
        if not records:
            return True
        today = today or datetime.date.today()
        return any(r.covers_display and (r.expires is None or r.expires >= today) for r in records)

    def consent_ends(self, today=None):
        """The last day current consent allows display, or None when nothing ends it
        (no consent recorded, or a current record without an expiry)."""
        records = list(self.consents.all())
        if not records:
            return None
        today = today or datetime.date.today()
        current = [
            r for r in records if r.covers_display and (r.expires is None or r.expires >= today)
        ]
        if not current or any(r.expires is None for r in current):
            return None
        return max(r.expires for r in current)

    @property
    def effective_access(self):
        """The access level in force now: withheld once consent for display has expired."""
        if not self.consent_allows_display():
            return WITHHELD
        return self.access_level

    def is_visible_to(self, user):
        community = self.community.code if self.community_id else ""
        return self.live and AccessScope.for_user(user).allows(self.effective_access, community)

    @property
    def is_public(self):
        return self.live and self.effective_access == PUBLIC

    def get_sitemap_urls(self, request=None):
        # Only what an anonymous visitor may open belongs in the sitemap.
        return super().get_sitemap_urls(request) if self.is_public else []

    def serve(self, request, *args, **kwargs):
        return serve_protected(self, request, super().serve, *args, **kwargs)

    @cached_property
    def source_list(self):
        return related_list(self, "sources", "source")

    def search_key(self):
        # One key whether the row is loaded as a KnowledgeItem or as its specific type.
        return f"knowledge.item:{self.pk}"


class ConsentRecord(Orderable):
    """Prior informed consent for an item: who gave it, for what, until when."""

    class GivenBy(models.TextChoices):
        PERSON = "person", _("a knowledge holder")
        COMMUNITY = "community", _("a community body")

    item = ParentalKey(KnowledgeItem, on_delete=models.CASCADE, related_name="consents")
    given_by = models.CharField(
        _("given by"), max_length=200, help_text=_("Shown only in the admin.")
    )
    given_by_kind = models.CharField(
        _("kind"), max_length=20, choices=GivenBy.choices, default=GivenBy.COMMUNITY
    )
    date = models.DateField(_("date given"))
    covers_display = models.BooleanField(_("display online"), default=True)
    covers_research = models.BooleanField(_("research use"), default=False)
    covers_commercial = models.BooleanField(_("commercial use"), default=False)
    expires = models.DateField(
        _("expires"),
        null=True,
        blank=True,
        help_text=_("When it passes, the item is withdrawn automatically."),
    )
    document = models.FileField(
        _("consent document"),
        storage=protected_storage,
        upload_to="consent/",
        blank=True,
        # A scan or a PDF: the same types and size limit as an item's attachments.
        validators=[validate_attachment],
        help_text=_("Kept outside the public media folder; only stewards can open it."),
    )
    note = models.CharField(_("note"), max_length=500, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("given_by"), FieldPanel("given_by_kind")]),
        FieldRowPanel([FieldPanel("date"), FieldPanel("expires")]),
        FieldRowPanel(
            [
                FieldPanel("covers_display"),
                FieldPanel("covers_research"),
                FieldPanel("covers_commercial"),
            ],
            heading=_("scope"),
        ),
        FieldPanel("document"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def clean(self):
        if self.expires and self.date and self.expires < self.date:
            raise ValidationError({"expires": _("Consent cannot expire before it was given.")})

    def scope_labels(self):
        fields = ("covers_display", "covers_research", "covers_commercial")
        return [self._meta.get_field(f).verbose_name for f in fields if getattr(self, f)]

    @property
    def is_current(self):
        return self.covers_display and (
            self.expires is None or self.expires >= datetime.date.today()
        )


class KnowledgeMedia(Orderable):
    """An image, recording or document attached to an item, served through an access check."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        AUDIO = "audio", _("Audio")
        VIDEO = "video", _("Video")
        DOCUMENT = "document", _("Document")

    item = ParentalKey(KnowledgeItem, on_delete=models.CASCADE, related_name="media")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(
        _("file"),
        storage=protected_storage,
        upload_to="knowledge/",
        validators=[validate_attachment],
        help_text=_(
            "Audio, video (MP4), an image (JPEG, PNG, WebP, GIF), a PDF or a plain-text "
            "transcript (UTF-8)."
        ),
    )
    # Read from the file's first bytes when it is uploaded: the media view serves this
    # type, never one guessed from the file's name.
    mime_type = models.CharField(_("content type"), max_length=100, blank=True, editable=False)
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(_("credit"), max_length=255)
    licence = models.CharField(_("licence or permission"), max_length=100)
    transcript = models.TextField(
        _("transcript"), blank=True, help_text=_("Required for audio and video.")
    )
    transcript_language = models.CharField(
        _("language of the transcript"), max_length=50, blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("title")]),
        FieldPanel("file"),
        FieldPanel("caption"),
        FieldRowPanel([FieldPanel("credit"), FieldPanel("licence")]),
        FieldPanel("transcript"),
        FieldPanel("transcript_language"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("media file")
        verbose_name_plural = _("media files")

    def clean(self):
        self.detect_type()
        if self.kind in (self.Kind.AUDIO, self.Kind.VIDEO) and not self.transcript.strip():
            raise ValidationError(
                {"transcript": _("Give a transcript, so the recording can be read and searched.")}
            )

    def save(self, *args, **kwargs):
        # Code that saves without full_clean (demo data, fixtures) gets the type too.
        if self.file and (not self.mime_type or not self.file._committed):
            self.detect_type()
        super().save(*args, **kwargs)

    def detect_type(self):
        """Store the type read from the file's content ("" when it is not an accepted type)."""
        if not self.file:
            self.mime_type = ""
            return
        if self.mime_type and self.file._committed:
            return
        try:
            self.mime_type = detect(read_head(self.file)) or ""
        except OSError:  # a stored file gone missing: served as a 404 anyway
            self.mime_type = ""

    @property
    def url(self):
        return reverse("knowledge:media", args=[self.pk, Path(self.file.name).name])


class KnowledgeItemSource(CitedSource):
    """A source cited by an item, with what it supports."""

    item = ParentalKey(KnowledgeItem, on_delete=models.CASCADE, related_name="sources")
