"""Build the demo knowledge: communities, conditions, remedies and articles. Safe to re-run."""

import datetime

from django.core.files import File
from wagtail.utils.file import hash_filelike

from base.content import ensure_index_page, get_source, set_translated
from base.progress import progress
from knowledge.models import (
    Community,
    Condition,
    ConsentRecord,
    KnowledgeIndexPage,
    KnowledgeItemSource,
    KnowledgeMedia,
    KnowledgePage,
    RemedyEvidence,
    RemedyIndexPage,
    RemedyIngredient,
    RemedyPage,
    TKLabel,
)
from species.models import PartUsed
from species.services import find_species

from .content import (
    ARTICLES,
    COMMUNITIES,
    CONDITIONS,
    EMERGENCY_CONDITIONS,
    RECORDINGS,
    REMEDIES,
    recording_path,
    source,
)

REMEDY_INTRO = {
    "vi": "<p>Các bài thuốc truyền thống như tài liệu ghi lại, kèm lưu ý và nguồn. Đây là tư liệu về truyền thống, không phải lời khuyên y tế.</p>",
    "en": "<p>Traditional remedies as the literature records them, with cautions and sources. This documents tradition; it is not medical advice.</p>",
}
KNOWLEDGE_INTRO = {
    "vi": "<p>Tri thức bản địa về cây thuốc, chia sẻ theo quy tắc của từng cộng đồng.</p>",
    "en": "<p>Indigenous knowledge of medicinal plants, shared on each community's terms.</p>",
}


# The demo's communities and conditions in Chinese and French, translated from their
# Vietnamese and English texts in .content (nothing added). These rows come from the
# demo, not from a migration, so the demo carries their zh-hans and fr text.
# Ethnic groups take their established Chinese names (Dao 瑶族, H'Mông 苗族, Hà Nhì 哈尼族);
# places without an established Chinese name stay in Vietnamese.
# code: {field: (zh_hans, fr)}
COMMUNITY_ZH_FR = {
    "dao-lao-cai": {
        "name": ("老街的瑶族（Dao）", "Les Dao de Lào Cai"),
        "ethnic_group": ("瑶族（Dao）", "Dao"),
    },
    "hmong": {
        "name": ("莱州和老街的苗族（H'Mông）", "Les H'Mông de Lai Châu et de Lào Cai"),
        "ethnic_group": ("苗族（H'Mông）", "H'Mông"),
    },
    "ha-nhi-bat-xat": {
        "name": ("Bát Xát（老街）的哈尼族（Hà Nhì）", "Les Hà Nhì de Bát Xát (Lào Cai)"),
        "ethnic_group": ("哈尼族（Hà Nhì）", "Hà Nhì"),
    },
}
CONDITION_ZH_FR = {
    "bleeding": {
        "name": ("出血", "Saignements"),
        "description": (
            "鼻出血、吐血、痢疾便血、产后出血、外伤出血。",
            "Saignement de nez, vomissement de sang, dysenterie avec du sang, post-partum, "
            "traumatisme.",
        ),
    },
    "snakebite": {"name": ("蛇咬伤", "Morsure de serpent")},
    "fever": {"name": ("发热", "Fièvre")},
    "dysentery": {"name": ("痢疾、肠炎", "Dysenterie et gastro-entérite")},
    "digestive": {"name": ("腹胀、呕吐、腹泻", "Ballonnements, vomissements, diarrhée")},
    "tonic": {"name": ("体虚、滋补", "Faiblesse (comme fortifiant)")},
    "circulation": {"name": ("气血流通", "Circulation du qi et du sang")},
    "mouth": {"name": ("口腔溃疡、口臭、牙痛", "Aphtes, mauvaise haleine, mal de dents")},
}


def _fill_zh_fr(obj, texts):
    """Fill each field's zh-hans and fr columns from ``texts`` {field: (zh, fr)} where
    the demo content left them empty (content that brings its own translation wins)."""
    for field, values in texts.items():
        for lang, value in zip(("zh_hans", "fr"), values, strict=True):
            if not getattr(obj, f"{field}_{lang}"):
                setattr(obj, f"{field}_{lang}", value)


def _communities():
    for data in COMMUNITIES:
        community = Community.objects.filter(code=data["code"]).first() or Community(
            code=data["code"]
        )
        set_translated(community, "name", data["name"])
        set_translated(community, "ethnic_group", data["ethnic_group"])
        _fill_zh_fr(community, COMMUNITY_ZH_FR.get(data["code"], {}))
        community.language = data["language"]
        community.provinces = data["provinces"]
        community.save()


def _conditions():
    for code, name, description in CONDITIONS:
        condition = Condition.objects.filter(code=code).first() or Condition(code=code)
        set_translated(condition, "name", name)
        set_translated(condition, "description", description or {"vi": "", "en": ""})
        _fill_zh_fr(condition, CONDITION_ZH_FR.get(code, {}))
        condition.is_emergency = code in EMERGENCY_CONDITIONS
        condition.save()


def _species(key):
    genus, epithet = key
    page = find_species(genus, epithet)
    if page is None:
        raise LookupError(f"The demo catalogue has no {genus} {epithet}")
    return page


def _common(page, data):
    set_translated(page, "title", data["title"])
    set_translated(page, "slug", data["slug"])
    set_translated(page, "summary", data["summary"])
    page.access_level = data.get("access", "public")
    page.withheld_stub = data.get("stub", False)
    code = data.get("community")
    page.community = Community.objects.get(code=code) if code else None
    page.sources = [
        KnowledgeItemSource(source=get_source(source(key)), supports=supports)
        for key, supports in data["sources"]
    ]
    if data.get("consent"):
        page.consents = [
            ConsentRecord(
                given_by=data["consent"]["given_by"],
                date=datetime.date.fromisoformat(data["consent"]["date"]),
                covers_display=True,
                covers_research=True,
            )
        ]


def _save(index, page, data):
    if page.pk is None:
        index.add_child(instance=page)
    page.labels.set(TKLabel.objects.filter(code__in=data["labels"]))
    page.save_revision().publish()


def _remedy(index, data):
    page = RemedyPage.objects.child_of(index).filter(slug_vi=data["slug"]["vi"]).first()
    page = page or RemedyPage()
    _common(page, data)
    set_translated(page, "cautions", data["cautions"])
    set_translated(page, "preparation", data.get("preparation"))
    ingredients = []
    for item in data["ingredients"]:
        ingredient = RemedyIngredient(
            species=_species(item["species"]) if "species" in item else None,
            part=PartUsed.objects.get(code=item["part"]) if "part" in item else None,
            other=item.get("other", ""),
        )
        set_translated(ingredient, "preparation", item.get("preparation"))
        ingredients.append(ingredient)
    page.ingredients = ingredients
    evidence = []
    for level, summary, key in data["evidence"]:
        record = RemedyEvidence(level=level, source=get_source(source(key)))
        set_translated(record, "summary", summary)
        evidence.append(record)
    page.evidence = evidence
    page.conditions.set(Condition.objects.filter(code__in=data["conditions"]))
    _save(index, page, data)


def _article(index, data):
    page = KnowledgePage.objects.child_of(index).filter(slug_vi=data["slug"]["vi"]).first()
    page = page or KnowledgePage()
    _common(page, data)
    set_translated(page, "body", data["body"])
    page.species.set([_species(key) for key in data["species"]])
    _save(index, page, data)
    if data.get("recording") and _recording(page, data["recording"]):
        page.save_revision().publish()  # the live revision lists the recording too


def _recording(page, name):
    """Attach the demo recording ``name`` to ``page`` (kind audio, in protected storage
    like any upload); True when it was added or its file changed. The file is saved
    before the page's revision, which can only point at a stored file."""
    data, path = RECORDINGS[name], recording_path(name)
    # Found by its file's name, which upload_to and the storage keep as a prefix.
    media = page.media.filter(kind="audio", file__startswith=f"knowledge/{name}").first()
    with path.open("rb") as handle:
        digest = hash_filelike(handle)
    same_text = media is not None and (media.title, media.caption_vi, media.transcript) == (
        data["title"],
        data["caption"]["vi"],
        data["transcript"],
    )
    if same_text and media.file:
        try:
            with media.file.open("rb") as stored:
                if hash_filelike(stored) == digest:
                    return False
        except OSError:  # the stored copy is gone: store it again
            pass
    media = media or KnowledgeMedia(item=page, kind=KnowledgeMedia.Kind.AUDIO)
    set_translated(media, "caption", data["caption"])
    media.title, media.credit, media.licence = data["title"], data["credit"], data["licence"]
    media.transcript, media.transcript_language = data["transcript"], "vi"
    if media.file:
        media.file.delete(save=False)
    with path.open("rb") as handle:
        media.file = File(handle, name=path.name)
        media.mime_type = ""  # read again from the new file
        media.save()
    return True


def build_knowledge(home, stream=None):
    """Create or update the demo knowledge under ``home``."""
    _communities()
    _conditions()
    remedies = ensure_index_page(
        home,
        RemedyIndexPage,
        {"vi": "Bài thuốc", "en": "Remedies"},
        {"vi": "bai-thuoc", "en": "remedies"},
        REMEDY_INTRO,
    )
    for data in progress(REMEDIES, len(REMEDIES), stream, "remedies"):
        _remedy(remedies, data)
    knowledge = ensure_index_page(
        home,
        KnowledgeIndexPage,
        {"vi": "Tri thức bản địa", "en": "Indigenous knowledge"},
        {"vi": "tri-thuc", "en": "knowledge"},
        KNOWLEDGE_INTRO,
    )
    for data in progress(ARTICLES, len(ARTICLES), stream, "knowledge"):
        _article(knowledge, data)
