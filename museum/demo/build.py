"""Build the demo museum: exhibits, a garden with stations, its tour and a tour of real
places, a festival, places, the map and a lesson kit, and feature them on the home page.
Safe to re-run."""

from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from base import admin_units
from base.content import ensure_index_page, get_source, set_translated
from base.models import Commune
from base.progress import progress
from knowledge.demo.content import source as knowledge_source
from knowledge.models import RemedyPage
from museum.models import (
    EventPage,
    EventSource,
    ExhibitIndexPage,
    ExhibitPage,
    ExhibitSource,
    GardenPage,
    GardenStationPage,
    HomeFeaturedExhibit,
    LessonIndexPage,
    LessonKitPage,
    MapPage,
    PlacePage,
    PlaceSource,
    TourPage,
    TourStop,
    VisitIndexPage,
)
from species.services import find_species

from . import content as c

LANGS = ("vi", "en")


def _source(key):
    return get_source(c.SOURCES.get(key) or knowledge_source(key))


def _species(key):
    page = find_species(*key)
    if page is None:
        raise LookupError(f"The demo catalogue has no {' '.join(key)}")
    return page


def _child(parent, model, slug, **lookup):
    return model.objects.child_of(parent).filter(slug_vi=slug["vi"], **lookup).first() or model()


def _save(parent, page):
    if page.pk is None:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _localise(value, lang):
    """Pick ``lang`` out of {'vi': …, 'en': …} leaves and turn references into pages."""
    if isinstance(value, dict) and set(value) == set(LANGS):
        return _localise(value[lang], lang)
    if isinstance(value, dict):
        return {k: _localise(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [_localise(v, lang) for v in value]
    if isinstance(value, tuple):
        return tuple(_localise(v, lang) for v in value)
    return value


AUDIO_COLLECTION = "Demo audio guides"


def _audio_document(name):
    """The Wagtail document of the demo recording ``name``, in the demo's collection;
    its file is replaced only when the committed recording changed, so a re-run adds
    nothing."""
    path = c.audio_path(name)
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=AUDIO_COLLECTION).first()
    collection = collection or root.add_child(name=AUDIO_COLLECTION)
    title = f"{name} (generated voice, Vietnamese)"
    document = get_document_model().objects.filter(title=title).first()
    if document is None:
        document = get_document_model()(title=title, collection=collection)
    else:
        with path.open("rb") as handle:
            if document.file_hash == hash_filelike(handle):
                return document
        document.file.delete(save=False)
    with path.open("rb") as handle:
        document.file = File(handle, name=path.name)
        document._set_document_file_metadata()  # size and hash, as an upload gets them
        document.save()
    return document


def _illustration(key):
    """The species' placeholder card, as its species page shows it."""
    item = _species(key).gallery_images.first()
    if item is None:
        raise LookupError(f"The demo species {' '.join(key)} has no image")
    return item.image


def _stream_value(block_type, value):
    """Demo shorthand to block values: species keys, remedy and place slugs, pairs,
    recording names."""
    if block_type == "species":
        return {**value, "species": _species(value["species"])}
    if block_type == "image":
        return {**value, "image": _illustration(value["image"])}
    if block_type == "audio":
        return {**value, "audio": _audio_document(value["audio"])}
    if block_type == "remedy":
        return {"remedy": RemedyPage.objects.get(slug_vi=value["remedy"])}
    if block_type == "map":
        return {**value, "places": [PlacePage.objects.get(slug_vi=s) for s in value["places"]]}
    if block_type == "timeline":
        return {**value, "events": [{"when": w, "text": x} for w, x in value["events"]]}
    if block_type in ("quiz", "question"):
        return {**value, "choices": [{"text": x, "correct": ok} for x, ok in value["choices"]]}
    return value


def _stream(blocks):
    return {
        lang: [(kind, _stream_value(kind, value)) for kind, value in _localise(blocks, lang)]
        for lang in LANGS
    }


def _commune_position(name, province, district, lat, lon):
    """(code, latitude, longitude, source) of a demo commune, from the packages.

    A commune that kept its name takes today's official code and centre; one merged into
    another (Nậm Đét, now part of Bảo Nhai) keeps the centre of the former commune and
    no code of its own. Where the package cannot convert it, the content's position stays.
    """
    found = admin_units.convert_former(name, district, province)
    if not found.ok:
        return "", lat, lon, c.COMMUNE_POSITION if lat else ""
    today, versions = found.commune, admin_units.package_versions()
    if not found.renamed:
        return today.code, today.latitude, today.longitude, admin_units.position_source()
    source = (
        f"Centre of the former commune (before July 2025), part of {today.full_name} "
        f"({today.code}) since: vietnamadminunits {versions['vietnamadminunits']}"
    )
    return "", found.former_latitude, found.former_longitude, source


def _communes():
    for name, province, district, lat, lon in c.COMMUNES:
        code, latitude, longitude, source = _commune_position(name, province, district, lat, lon)
        Commune.objects.update_or_create(
            province=province,
            name=name,
            defaults={
                "former_district": district,
                "code": code,
                "latitude": latitude,
                "longitude": longitude,
                "position_source": source if latitude is not None else "",
            },
        )


def _place(visit, data):
    page = _child(visit, PlacePage, data["slug"])
    for field in ("title", "slug", "summary", "what_to_see"):
        set_translated(page, field, data[field])
    page.kind = data["kind"]
    province, commune = data["commune"]
    page.commune = Commune.objects.get(province=province, name=commune)
    page.sources = [PlaceSource(source=_source(k), supports=s) for k, s in data["sources"]]
    page.species = [_species(key) for key in data["species"]]
    return _save(visit, page)


def _garden(visit):
    data = c.GARDEN
    garden = _child(visit, GardenPage, data["slug"])
    for field in ("title", "slug", "summary"):
        set_translated(garden, field, data[field])
    _save(visit, garden)
    stations = []
    for number, key, note in data["stations"]:
        species = _species(key)
        station = GardenStationPage.objects.child_of(garden).filter(number=number).first()
        station = station or GardenStationPage(number=number)
        station.species = species
        set_translated(
            station,
            "title",
            {
                lang: f"{number}. {getattr(species, f'title_{lang}') or species.title}"
                for lang in LANGS
            },
        )
        set_translated(station, "slug", {"vi": f"tram-{number}", "en": f"station-{number}"})
        set_translated(station, "what_to_notice", {k: f"<p>{v}</p>" for k, v in note.items()})
        stations.append(_save(garden, station))
    return garden, stations


def _tour(visit, stations, exhibits):
    data = c.TOUR
    tour = _child(visit, TourPage, data["slug"])
    for field in ("title", "slug", "summary"):
        set_translated(tour, field, data[field])
    tour.duration_minutes = data["duration"]
    tour.difficulty = data["difficulty"]
    tour.stops = [TourStop(page=page) for page in [*stations, *exhibits]]
    return _save(visit, tour)


def _real_tour(visit):
    """The tour of real growing areas: its stops are the place pages, each with a note."""
    data = c.REAL_TOUR
    tour = _child(visit, TourPage, data["slug"])
    for field in ("title", "slug", "summary", "body"):
        set_translated(tour, field, data[field])
    tour.duration_minutes = data["duration"]
    tour.difficulty = data["difficulty"]
    places = {p.slug_vi: p for p in PlacePage.objects.child_of(visit)}
    stops = []
    for slug, note in data["stops"]:
        stop = TourStop(page=places[slug])
        set_translated(stop, "note", note)
        stops.append(stop)
    tour.stops = stops
    return _save(visit, tour)


def _festival(visit):
    data = c.FESTIVAL
    event = _child(visit, EventPage, data["slug"])
    for field in ("title", "slug", "summary", "body"):
        set_translated(event, field, data[field])
    event.sources = [EventSource(source=_source(k), supports=s) for k, s in data["sources"]]
    return _save(visit, event)


def _exhibit(index, data):
    page = _child(index, ExhibitPage, data["slug"])
    for field in ("title", "slug", "summary"):
        set_translated(page, field, data[field])
    set_translated(page, "body", _stream(data["body"]))
    page.sources = [ExhibitSource(source=_source(k), supports=s) for k, s in data["sources"]]
    return _save(index, page)


def _lesson(index, exhibits):
    data = c.LESSON
    page = _child(index, LessonKitPage, data["slug"])
    for field in ("title", "slug", "age_group", "summary", "objectives", "teacher_notes"):
        set_translated(page, field, data[field])
    set_translated(page, "worksheet", data["worksheet"])
    set_translated(page, "quiz", _stream([("question", q) for q in data["quiz"]]))
    page.duration_minutes = data["duration"]
    page.exhibits = exhibits
    page.species = [_species(c.SAM), _species(c.QUE)]
    return _save(index, page)


def build_museum(home, stream=None):
    """Create or update the demo museum under ``home``."""
    _communes()
    visit = ensure_index_page(
        home,
        VisitIndexPage,
        {"vi": "Tham quan", "en": "Visit"},
        {"vi": "tham-quan", "en": "visit"},
        {
            "vi": "<p>Vườn thuốc, tuyến tham quan, lễ hội và những nơi trồng cây thuốc.</p>",
            "en": "<p>Herb gardens, tours, festivals and the places where medicinal plants grow.</p>",
        },
    )
    for data in progress(c.PLACES, len(c.PLACES), stream, "places"):
        _place(visit, data)
    exhibits_index = ensure_index_page(
        home,
        ExhibitIndexPage,
        {"vi": "Trưng bày", "en": "Exhibits"},
        {"vi": "trung-bay", "en": "exhibits"},
    )
    exhibits = [_exhibit(exhibits_index, data) for data in c.EXHIBITS]
    _garden_page, stations = _garden(visit)
    _tour(visit, stations, exhibits)
    _real_tour(visit)
    _festival(visit)
    ensure_index_page(
        home,
        MapPage,
        {"vi": "Bản đồ", "en": "Map"},
        {"vi": "ban-do", "en": "map"},
        {
            "vi": "<p>Nơi tham quan, vườn thuốc và lễ hội.</p>",
            "en": "<p>Places to visit, herb gardens and festivals.</p>",
        },
    )
    lessons = ensure_index_page(
        home,
        LessonIndexPage,
        {"vi": "Cho nhà trường", "en": "For schools"},
        {"vi": "nha-truong", "en": "schools"},
    )
    _lesson(lessons, exhibits)
    home.featured_exhibits = [HomeFeaturedExhibit(exhibit=e) for e in exhibits]
    home.species_of_the_month = _species(c.QUE)
    set_translated(
        home,
        "species_of_the_month_note",
        {
            "vi": "Lào Cai đặt mục tiêu 150.000 ha quế vào năm 2030.",
            "en": "Lào Cai aims at 150,000 ha of cassia by 2030.",
        },
    )
    home.save_revision().publish()
