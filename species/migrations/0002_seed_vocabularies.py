"""Seed the controlled vocabularies: parts used, the Lào Cai plan's strategic groups,
and the conservation schemes with their categories.

Meanings follow section D of the project's facts file (shared/facts/species_facts.md);
curators extend these in the admin (Catalogue menu).
"""

from django.db import migrations

PARTS = [
    ("root", "Rễ", "Root"),
    ("rhizome", "Thân rễ", "Rhizome"),
    ("tuberous-root", "Rễ củ", "Tuberous root"),
    ("bulb", "Thân hành", "Bulb"),
    ("bark", "Vỏ", "Bark"),
    ("stem", "Thân", "Stem"),
    ("twig", "Cành", "Twig"),
    ("leaf", "Lá", "Leaf"),
    ("flower", "Hoa", "Flower"),
    ("fruit", "Quả", "Fruit"),
    ("seed", "Hạt", "Seed"),
    ("aerial-parts", "Phần trên mặt đất", "Aerial parts"),
    ("whole-plant", "Toàn cây", "Whole plant"),
]

GROUPS = [
    ("deep-processing", "Phục vụ công nghiệp chế biến sâu", "For deep processing"),
    ("health-care", "Gắn với chăm sóc sức khỏe", "For health care"),
    ("export", "Gắn với xuất khẩu", "For export"),
    ("eco-tourism", "Gắn với du lịch sinh thái - văn hóa bản địa", "For eco- and cultural tourism"),
]
GROUP_SOURCE = (
    "Kế hoạch phát triển dược liệu tỉnh Lào Cai 2026–2030, tầm nhìn 2050",
    "The Lào Cai medicinal-plant plan 2026–2030 (vision 2050)",
)

# (code, vi name, en name, short, is_legal, vi description, en description, categories)
# category: (code, vi name, en name, vi meaning, en meaning, threatened, wild_harvest)
IUCN_MEANING = (
    "CR, EN và VU là các bậc bị đe dọa. Đánh giá có năm; luôn ghi năm.",
    "CR, EN and VU are the threatened categories. Assessments are dated.",
)
SCHEMES = [
    (
        "iucn", "Sách Đỏ IUCN", "IUCN Red List", "IUCN", False,
        "Danh lục Đỏ toàn cầu của Liên minh Bảo tồn Thiên nhiên Quốc tế (IUCN, phiên bản 3.1). "
        "Là đánh giá khoa học, không phải văn bản pháp luật.",
        "The global Red List of the International Union for Conservation of Nature (categories "
        "v3.1). A scientific assessment, not a law.",
        [
            ("EX", "Tuyệt chủng", "Extinct", "", "", False, ""),
            ("EW", "Tuyệt chủng ngoài tự nhiên", "Extinct in the Wild", "", "", False, ""),
            ("CR", "Cực kỳ nguy cấp", "Critically Endangered", *IUCN_MEANING, True, ""),
            ("EN", "Nguy cấp", "Endangered", *IUCN_MEANING, True, ""),
            ("VU", "Sẽ nguy cấp", "Vulnerable", *IUCN_MEANING, True, ""),
            ("NT", "Sắp bị đe dọa", "Near Threatened", "", "", False, ""),
            ("LC", "Ít quan ngại", "Least Concern", "", "", False, ""),
            ("DD", "Thiếu dữ liệu", "Data Deficient", "", "", False, ""),
            ("NE", "Chưa đánh giá", "Not Evaluated", "", "", False, ""),
        ],
    ),
    (
        "sdvn-2007", "Sách Đỏ Việt Nam 2007", "Vietnam Red Data Book 2007", "SĐVN 2007", False,
        "Sách Đỏ Việt Nam 2007, phần II Thực vật (464 loài thực vật bị đe dọa), phát hành "
        "26/06/2008. Là tài liệu khoa học, tự nó không phải văn bản pháp luật.",
        "The Vietnam Red Data Book 2007, Part II Plants (464 threatened plants), released "
        "26 June 2008. A scientific reference, not a legal instrument in itself.",
        [
            ("CR", "Rất nguy cấp", "Critically Endangered", "", "", True, ""),
            ("EN", "Nguy cấp", "Endangered", "", "", True, ""),
            ("VU", "Sẽ nguy cấp", "Vulnerable", "", "", True, ""),
            ("LR", "Ít nguy cấp", "Lower Risk", "", "", False, ""),
            ("DD", "Thiếu dữ liệu", "Data Deficient", "", "", False, ""),
            (
                "listed", "Có tên (chưa rõ bậc)", "Listed (category not confirmed)",
                "Loài có trong sách nhưng bậc đánh giá chưa được kiểm chứng.",
                "The species is in the book; its category has not been checked.", True, "",
            ),
        ],
    ),
    (
        "vnredlist", "Danh lục Đỏ Việt Nam (trực tuyến)", "Vietnam Red List (online)", "vnredlist",
        False,
        "Danh lục Đỏ Việt Nam trực tuyến (vnredlist.vast.vn) do Viện Sinh thái và Tài nguyên sinh "
        "vật (VAST) xây dựng 2020–2024, 1.398 taxon bị đe dọa. Không phải Sách Đỏ 2007; bậc "
        "đánh giá thường khác.",
        "The online Vietnam Red List (vnredlist.vast.vn), built by IEBR (VAST) in 2020–2024 and "
        "covering 1,398 threatened taxa. Not the 2007 Red Data Book; categories often differ.",
        [
            ("CR", "Cực kỳ nguy cấp", "Critically Endangered", "", "", True, ""),
            ("EN", "Nguy cấp", "Endangered", "", "", True, ""),
            ("VU", "Sẽ nguy cấp", "Vulnerable", "", "", True, ""),
        ],
    ),
    (
        "nd06-2019", "Nghị định 06/2019/NĐ-CP (sửa đổi bởi Nghị định 84/2021/NĐ-CP)",
        "Decree 06/2019/NĐ-CP as amended by Decree 84/2021/NĐ-CP", "NĐ 06/2019 · 84/2021", True,
        "Nghị định về quản lý thực vật rừng, động vật rừng nguy cấp, quý, hiếm và thực thi CITES "
        "(22/01/2019), được sửa đổi bởi Nghị định 84/2021/NĐ-CP (22/09/2021). Nhóm IA và IIA là "
        "thực vật rừng.",
        "The decree on endangered, precious and rare forest flora and fauna and on implementing "
        "CITES (22 Jan 2019), amended by Decree 84/2021/NĐ-CP (22 Sep 2021). Groups IA and IIA "
        "are forest plants.",
        [
            (
                "IA", "Nhóm IA", "Group IA",
                "Loài bị đe dọa tuyệt chủng; nghiêm cấm khai thác, sử dụng vì mục đích thương mại.",
                "Threatened with extinction: exploitation and use for commercial purposes are "
                "strictly prohibited.", True, "banned",
            ),
            (
                "IIA", "Nhóm IIA", "Group IIA",
                "Loài chưa bị đe dọa nhưng có nguy cơ nếu không quản lý chặt; hạn chế khai thác, "
                "sử dụng vì mục đích thương mại.",
                "Not yet threatened but at risk without strict management: exploitation and "
                "commercial use are restricted.", False, "restricted",
            ),
            (
                "listed", "Có tên (chưa rõ nhóm)", "Listed (group not confirmed)",
                "Có trong danh mục nhưng chưa xác nhận nhóm IA hay IIA; khai thác ít nhất là bị "
                "hạn chế.",
                "In the annex, but whether in group IA or IIA is not confirmed; exploitation is "
                "at least restricted.", False, "restricted",
            ),
        ],
    ),
    (
        "nd64-2019", "Danh mục loài được ưu tiên bảo vệ (NĐ 160/2013, thay thế bởi NĐ 64/2019)",
        "Priority-protection list (Decree 160/2013, replaced by Decree 64/2019)",
        "Ưu tiên bảo vệ (64/2019)", True,
        "Danh mục loài nguy cấp, quý, hiếm được ưu tiên bảo vệ theo Luật Đa dạng sinh học 2008 "
        "và Nghị định 160/2013/NĐ-CP, danh mục được thay thế bởi Nghị định 64/2019/NĐ-CP. "
        "Không phải Nghị định 84/2021.",
        "The list of endangered, precious and rare species prioritised for protection under "
        "the Biodiversity Law 2008 and Decree 160/2013/NĐ-CP, whose list was replaced by "
        "Decree 64/2019/NĐ-CP. Not Decree 84/2021.",
        [
            (
                "listed", "Có tên", "Listed",
                "Loài nguy cấp, quý, hiếm được ưu tiên bảo vệ.",
                "An endangered, precious or rare species prioritised for protection.", True, "",
            ),
        ],
    ),
    (
        "tt16-2022", "Thông tư 16/2022/TT-BYT", "Circular 16/2022/TT-BYT", "TT 16/2022", True,
        "Thông tư của Bộ Y tế (30/12/2022, hiệu lực 18/02/2023): danh mục 23 dược liệu quý, hiếm, "
        "đặc hữu phải kiểm soát, chọn từ danh mục của NĐ 06/2019 và 84/2021.",
        "Ministry of Health circular (30 Dec 2022, in force 18 Feb 2023): the 23 rare, precious "
        "and endemic medicinal materials subject to control, chosen from the 06/2019 and "
        "84/2021 lists.",
        [
            (
                "controlled", "Dược liệu phải kiểm soát", "Controlled medicinal material",
                "Một trong 23 dược liệu quý, hiếm, đặc hữu phải kiểm soát.",
                "One of the 23 rare, precious and endemic medicinal materials subject to "
                "control.", False, "",
            ),
        ],
    ),
    (
        "cites", "Công ước CITES", "CITES", "CITES", True,
        "Công ước về buôn bán quốc tế các loài động, thực vật hoang dã nguy cấp.",
        "The Convention on International Trade in Endangered Species of Wild Fauna and Flora.",
        [
            (
                "App. I", "Phụ lục I", "Appendix I",
                "Cấm buôn bán quốc tế vì mục đích thương mại.",
                "Commercial international trade is banned.", True, "",
            ),
            (
                "App. II", "Phụ lục II", "Appendix II",
                "Buôn bán quốc tế được kiểm soát bằng giấy phép.",
                "International trade is monitored under permits.", False, "",
            ),
        ],
    ),
]


def seed(apps, schema_editor):
    PartUsed = apps.get_model("species", "PartUsed")
    StrategicGroup = apps.get_model("species", "StrategicGroup")
    Scheme = apps.get_model("species", "ConservationScheme")
    Category = apps.get_model("species", "ConservationCategory")
    for order, (code, vi, en) in enumerate(PARTS):
        PartUsed.objects.update_or_create(
            code=code, defaults={"name": vi, "name_vi": vi, "name_en": en, "sort_order": order}
        )
    for order, (code, vi, en) in enumerate(GROUPS):
        StrategicGroup.objects.update_or_create(
            code=code,
            defaults={
                "name": vi, "name_vi": vi, "name_en": en, "sort_order": order,
                "description": GROUP_SOURCE[0], "description_vi": GROUP_SOURCE[0],
                "description_en": GROUP_SOURCE[1],
            },
        )
    for order, (code, vi, en, short, legal, dvi, den, categories) in enumerate(SCHEMES):
        scheme, _ = Scheme.objects.update_or_create(
            code=code,
            defaults={
                "name": vi, "name_vi": vi, "name_en": en, "short_name": short, "is_legal": legal,
                "description": dvi, "description_vi": dvi, "description_en": den,
                "sort_order": order,
            },
        )
        for corder, (ccode, cvi, cen, mvi, men, threatened, harvest) in enumerate(categories):
            Category.objects.update_or_create(
                scheme=scheme, code=ccode,
                defaults={
                    "name": cvi, "name_vi": cvi, "name_en": cen,
                    "meaning": mvi, "meaning_vi": mvi, "meaning_en": men,
                    "is_threatened": threatened, "wild_harvest": harvest, "sort_order": corder,
                },
            )


class Migration(migrations.Migration):
    dependencies = [("species", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
