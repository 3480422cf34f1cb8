"""SearchDocuments made by hand, for backend tests that need no pages."""

from search.documents import SearchDocument


def doc(
    key, title, names=(), body="", kind="species", access="public", community="", en=None, **facets
):
    titles = {"vi": title}
    if en:
        titles["en"] = en
    return SearchDocument(
        key=key,
        kind=kind,
        titles=titles,
        urls={"vi": f"/vi/{key}/", "en": f"/en/{key}/"},
        names=list(names),
        bodies={"vi": body},
        facets=facets,
        access=access,
        community=community,
    )


CATALOGUE = [
    doc(
        "tam-that",
        "Tam thất",
        [
            "Panax notoginseng",
            "P. notoginseng",
            "Aralia quinquefolia var. notoginseng",
            "Araliaceae",
            "Điền thất",
        ],
        "Cây thuốc cầm máu, trồng ở Lào Cai.",
        family=["Araliaceae"],
        part=["root", "leaf"],
        province=["lao-cai"],
    ),
    doc(
        "tam-that-hoang",
        "Tam thất hoang",
        ["Panax stipuleanatus", "P. stipuleanatus", "Araliaceae"],
        "Loài sâm hoang dại.",
        family=["Araliaceae"],
        part=["rhizome"],
        status=["nd06-2019:listed"],
    ),
    doc(
        "sam-lai-chau",
        "Sâm Lai Châu",
        ["Panax vietnamensis var. fuscidiscus", "Araliaceae", "Tam thất đen"],
        "Sâm của dãy Pu Si Lung ở Mường Tè, không nhầm với tam thất.",
        family=["Araliaceae"],
        part=["rhizome", "root"],
        province=["lai-chau"],
    ),
    doc(
        "duong-quy",
        "Đương quy",
        ["Angelica sinensis", "A. sinensis", "Apiaceae"],
        "Bổ huyết.",
        family=["Apiaceae"],
        part=["root"],
        province=["lao-cai"],
    ),
    doc(
        "duong-xi",
        "Dương xỉ thuốc",
        ["Pteridium aquilinum", "Dennstaedtiaceae"],
        "Một loài dương xỉ.",
        family=["Dennstaedtiaceae"],
    ),
    doc(
        "hoang-lien",
        "Hoàng liên",
        ["Coptis chinensis", "C. chinensis", "Ranunculaceae", "Phàng lình"],
        "Thân rễ màu vàng; người H'Mông gọi là phàng lình.",
        family=["Ranunculaceae"],
        part=["rhizome"],
        province=["lao-cai"],
    ),
    doc(
        "nhan-sam",
        "Nhân sâm",
        ["Panax ginseng", "Araliaceae"],
        "Sâm Triều Tiên.",
        family=["Araliaceae"],
        part=["root"],
    ),
]
