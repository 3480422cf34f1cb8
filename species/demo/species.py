"""The demo species, each fact taken from shared/facts/species_facts.md.

Only facts tagged H or M are stated plainly; an L fact is stated as reported
by a secondary source; UNVERIFIED facts are left out, and so are doses.
Fields the fact sheet lacks stay empty.
"""

from species.models import SpeciesPage

from .sources import SOURCES as S

Status = SpeciesPage.RegionalStatus
# "Native" and "introduced" are claims: a species gets one only where the fact sheet
# backs it at H or M confidence (tests/species/test_demo_claims.py checks each). Where
# the sheet leaves it open, the status is "not confirmed for the region".
UNCONFIRMED = Status.UNCONFIRMED


SECONDARY_VI = " (theo một nguồn thứ cấp, chưa được kiểm chứng)"
SECONDARY_EN = " (reported by a secondary source, not confirmed)"


def t(vi, en):
    return {"vi": vi, "en": en}


def p(vi, en):
    return {"vi": f"<p>{vi}</p>", "en": f"<p>{en}</p>"}


def fam(latin):
    return {"latin_name": latin}


def a(scheme, category, source, year=None, criteria="", note=""):
    return {
        "scheme": scheme,
        "category": category,
        "source": S[source],
        "year": year,
        "criteria": criteria,
        "note": note,
    }


def place(province, former_district="", commune="", place_note="", alt=(None, None), source=None):
    return {
        "province": province,
        "former_district": former_district,
        "commune": commune,
        "place_note": place_note,
        "altitude_min": alt[0],
        "altitude_max": alt[1],
        "source": S[source] if source else None,
    }


def src(*keys):
    return [{"source": S[k]} for k in keys]


# Notes of assessments, places and names are not translated fields: they hold the
# Vietnamese original (the site's source language), which every language shows. A note
# that would only repeat the category (IUCN NE, from the kewr snapshot of v2021-1, the
# cited source) is left out.

SPECIES = [
    {
        "genus": "Panax",
        "epithet": "vietnamensis",
        "authority": "Ha & Grushv.",
        "family": fam("Araliaceae"),
        "title": t("Sâm Ngọc Linh", "Ngọc Linh ginseng"),
        "summary": t(
            "Sâm Việt Nam, loài đặc hữu của vùng núi Ngọc Linh (Kon Tum, Quảng Nam); không mọc tự nhiên ở Lai Châu hay Lào Cai.",
            "Vietnamese ginseng, endemic to the Ngọc Linh mountains (Kon Tum, Quảng Nam); not native to Lai Châu or Lào Cai.",
        ),
        "regional_status": "cultivated",
        "morphology": p(
            "Cây thảo sống lâu năm, cao 0,4–1 m, thân rễ nằm ngang có đốt, lá kép chân vịt mọc vòng.",
            "Perennial herb 0.4–1 m tall with a horizontal, jointed rhizome and whorls of palmate leaves.",
        ),
        "distribution_text": p(
            "Phân bố tự nhiên ở Kon Tum (Đắk Glei, Kon Plông, Tu Mơ Rông) và Quảng Nam (Nam Trà My, Phước Sơn), độ cao 1.600–2.200 m.",
            "Native to Kon Tum (Đắk Glei, Kon Plông, Tu Mơ Rông) and Quảng Nam (Nam Trà My, Phước Sơn), at 1,600–2,200 m.",
        ),
        "traditional_uses": p(
            "Thân rễ và rễ củ dùng làm thuốc bổ, chống mệt mỏi, hồi phục sau ốm; thân rễ tươi dùng chữa đau họng và xuất huyết trong.",
            "Rhizome and tuberous roots are used as a tonic, against fatigue and for recovery after illness; the fresh rhizome for sore throat and internal bleeding.",
        ),
        "parts_used": ["rhizome", "tuberous-root", "leaf"],
        "synonyms": [
            {"name": "Panax japonicus auct. non (Nees) C.A.Mey.", "kind": "misapplied"},
            {"name": "Panax schinseng var. japonicus auct. non Makino", "kind": "misapplied"},
        ],
        "vernacular_names": [
            {"name": "Sâm Việt Nam", "language": "vi"},
            {"name": "Sâm khu 5 (K5)", "language": "vi"},
            {"name": "Sâm đốt trúc", "language": "vi"},
            {"name": "Vietnamese ginseng", "language": "en"},
            {
                "name": "Rơm con",
                "language": "other",
                "note": "Tiếng Xơ Đăng; không phải dân tộc của Lai Châu hay Lào Cai",
                "source": S["vdl_panax"],
            },
        ],
        "assessments": [
            a("iucn", "NE", "kewr"),
            a("vnredlist", "CR", "vnredlist_pv", criteria="A2acd"),
            a("nd06-2019", "IA", "vnredlist_pv"),
            a("nd64-2019", "listed", "vnredlist_pv"),
            a("tt16-2022", "controlled", "tt16"),
        ],
        "distribution": [
            place(
                "vietnam", place_note="Kon Tum, Quảng Nam", alt=(1600, 2200), source="vnredlist_pv"
            ),
        ],
        "sources": src("vnredlist_pv", "vdl_panax", "kewr", "tt16", "facts"),
    },
    {
        "genus": "Panax",
        "epithet": "vietnamensis",
        "infraspecific_rank": "var.",
        "infraspecific_name": "fuscidiscus",
        "authority": "K.Komatsu, S.Zhu & S.Q.Cai",
        "family": fam("Araliaceae"),
        "title": t("Sâm Lai Châu", "Lai Châu ginseng"),
        "summary": t(
            "Sâm của dãy Pu Si Lung và Pu Sam Cáp, cây chủ lực của kế hoạch phát triển sâm Lai Châu.",
            "The ginseng of the Pu Si Lung and Pu Sam Cáp ranges, the flagship of Lai Châu's ginseng plan.",
        ),
        # The reading levels say only what this page and the fact sheet already say:
        # simpler words for children, the taxonomic note's substance for experts.
        "summary_for_children": t(
            "Sâm Lai Châu là một loại sâm quý. Cây mọc trên núi cao ở Lai Châu, trên dãy Pu Si Lung và dãy Pu Sam Cáp, cao từ 1.400 đến 2.200 mét. Người ta tìm ra nó vào năm 2003–2004. Đây là cây quan trọng nhất trong kế hoạch phát triển sâm của tỉnh Lai Châu. Pháp luật Việt Nam xếp nó vào danh sách dược liệu quý hiếm cần được kiểm soát.",
            "Lai Châu ginseng is a precious kind of ginseng. It grows high in the mountains of Lai Châu, on the Pu Si Lung and Pu Sam Cáp ranges, 1,400 to 2,200 metres up. People found it in 2003–2004. It is the most important plant in Lai Châu's ginseng plan. Vietnam's law puts it on a list of rare, precious medicinal plants that are controlled.",
        ),
        "summary_for_experts": t(
            "Panax vietnamensis var. fuscidiscus K.Komatsu, S.Zhu & S.Q.Cai (Araliaceae). Tài liệu và văn bản pháp luật Việt Nam coi đây là một thứ riêng; Wikipedia tiếng Anh, có vẻ theo POWO/WCVP, xếp nó là tên đồng nghĩa của P. vietnamensis, nên bậc phân loại còn tranh luận. Dãy Pu Si Lung và Pu Sam Cáp, 1.400–2.200 m; IUCN chưa đánh giá (Danh lục Đỏ v2021-1); một trong 23 dược liệu quý hiếm cần kiểm soát của Thông tư 16/2022/TT-BYT.",
            "Panax vietnamensis var. fuscidiscus K.Komatsu, S.Zhu & S.Q.Cai (Araliaceae). Vietnamese literature and legal texts treat it as a distinct variety; English Wikipedia, apparently following POWO/WCVP, lists it as a synonym of P. vietnamensis, so its rank is disputed. Pu Si Lung and Pu Sam Cáp ranges, 1,400–2,200 m; not assessed by the IUCN (Red List v2021-1); one of the 23 controlled rare medicinal materials of Circular 16/2022/TT-BYT.",
        ),
        "taxonomic_note": t(
            "Tài liệu và văn bản pháp luật Việt Nam coi đây là một thứ riêng; Wikipedia tiếng Anh (theo POWO/WCVP) xếp var. fuscidiscus là tên đồng nghĩa của Panax vietnamensis. Vị trí phân loại còn tranh luận.",
            "Vietnamese literature and legal texts treat it as a distinct variety; English Wikipedia, apparently following POWO/WCVP, lists var. fuscidiscus as a synonym of Panax vietnamensis. Its rank is disputed.",
        ),
        "distribution_text": p(
            "Dãy Pu Si Lung và vùng lân cận (Mường Tè, phía tây Sìn Hồ, giáp Trung Quốc); dãy Pu Sam Cáp giữa Sìn Hồ, Tam Đường và thành phố Lai Châu; độ cao 1.400–2.200 m, nhiệt độ trung bình 18–20 °C. Được phát hiện năm 2003–2004 trong đợt điều tra đa dạng sinh học cho dự án thủy điện Sơn La.",
            "The Pu Si Lung range and surroundings (Mường Tè, western Sìn Hồ, on the Chinese border) and the Pu Sam Cáp range between Sìn Hồ, Tam Đường and Lai Châu city, at 1,400–2,200 m with a mean temperature of 18–20 °C. Found in 2003–2004 by the biodiversity survey for the Sơn La hydropower project.",
        ),
        "traditional_uses": p(
            "Dùng làm thuốc bổ như sâm Ngọc Linh; hiệp hội sản xuất cho biết hàm lượng saponin cao"
            + SECONDARY_VI
            + ".",
            "Used as a tonic, like Ngọc Linh ginseng; the producers' association reports a high saponin content"
            + SECONDARY_EN
            + ".",
        ),
        "cautions": p(
            "Hàng giả phổ biến: sâm Việt Nam trồng ở Trung Quốc bị bán như sâm Ngọc Linh hoặc sâm Lai Châu, có tồn dư thuốc trừ sâu bị cấm"
            + SECONDARY_VI
            + ".",
            "Counterfeits are common: Chinese-grown Panax vietnamensis sold as Ngọc Linh or Lai Châu ginseng, with residues of banned pesticides"
            + SECONDARY_EN
            + ".",
        ),
        "parts_used": ["rhizome", "root", "leaf"],
        "vernacular_names": [
            {"name": "Tam thất Mường Tè", "language": "vi", "source": S["vietnamnet_lc"]},
            {"name": "Tam thất đen", "language": "vi"},
            {"name": "Tam thất đỏ", "language": "vi"},
            {"name": "Lai Châu ginseng", "language": "en", "source": S["vietnamnet_lc"]},
        ],
        "assessments": [
            a("iucn", "NE", "kewr"),
            a(
                "nd06-2019",
                "listed",
                "tt16",
                note="Có trong danh mục; dự kiến nhóm IA nhưng chưa được xác nhận.",
            ),
            a("tt16-2022", "controlled", "tt16"),
        ],
        "distribution": [
            place(
                "lai-chau",
                former_district="Mường Tè",
                place_note="Pu Si Lung",
                alt=(1400, 2200),
                source="mekongasean",
            ),
            place(
                "lai-chau",
                former_district="Sìn Hồ",
                place_note="Pu Sam Cáp",
                alt=(1400, 2200),
                source="mekongasean",
            ),
            place(
                "lai-chau",
                former_district="Tam Đường",
                place_note="Pu Sam Cáp",
                source="mekongasean",
            ),
        ],
        "look_alikes": [
            {
                "species": ("Panax", "vietnamensis", ""),
                "reason": t(
                    "Sâm Việt Nam trồng ở Trung Quốc bị bán giả làm sâm Lai Châu"
                    + SECONDARY_VI
                    + ".",
                    "Chinese-grown Vietnamese ginseng is passed off as Lai Châu ginseng"
                    + SECONDARY_EN
                    + ".",
                ),
                "source": S["trungtamthuoc"],
            }
        ],
        "sources": src(
            "vdl_panax",
            "thanhnien_sam",
            "wiki_pv",
            "vietnamnet_lc",
            "mekongasean",
            "tt16",
            "qd611",
            "kewr",
            "facts",
        ),
    },
    {
        "genus": "Panax",
        "epithet": "notoginseng",
        "authority": "(Burkill) F.H.Chen",
        "family": fam("Araliaceae"),
        "title": t("Tam thất", "Notoginseng"),
        "summary": t(
            "Cây thuốc cầm máu nổi tiếng, được trồng từ lâu ở vùng cao Lào Cai.",
            "A well-known haemostatic herb, long cultivated in the Lào Cai highlands.",
        ),
        "taxonomic_note": t(
            'Các tài liệu ghi tên tác giả khác nhau: "(Burkill) F.H.Chen ex C.Y.Wu & K.M.Feng" và "(Burkill) F.H.Chen ex C.H.Chow & W.G.Huang". Tài liệu cũ ở Việt Nam dùng nhầm tên P. pseudo-ginseng Wall.',
            'Published authorities differ: "(Burkill) F.H.Chen ex C.Y.Wu & K.M.Feng" and "(Burkill) F.H.Chen ex C.H.Chow & W.G.Huang". Older Vietnamese texts misapply P. pseudo-ginseng Wall.',
        ),
        # Cultivated long ago in Lào Cai [H], but the sheet does not say it was introduced:
        # Flora of China also gives "[N Vietnam]" [M].
        "regional_status": UNCONFIRMED,
        "morphology": p(
            "Cây thảo sống lâu năm cao 20–60 cm, rễ củ nạc, 3–6 lá kép chân vịt mọc vòng, quả đỏ.",
            "Perennial herb 20–60 cm with a fleshy rootstock, 3–6 whorled palmate leaves and red fruit.",
        ),
        "distribution_text": p(
            "Trồng từ lâu ở Lào Cai (Mường Khương, Bát Xát, Phà Lùng), Hà Giang (Đồng Văn) và Cao Bằng ở độ cao 1.200–1.500 m. Flora of China ghi nguyên sản ở đông nam Vân Nam.",
            "Cultivated long ago in Lào Cai (Mường Khương, Bát Xát, Phà Lùng), Hà Giang (Đồng Văn) and Cao Bằng at 1,200–1,500 m. Flora of China gives it as native to south-east Yunnan.",
        ),
        "traditional_uses": p(
            'Cầm máu và tán ứ: chảy máu cam, nôn ra máu, lỵ ra máu, sau sinh, chấn thương. Ở địa phương còn dùng làm thuốc bổ "không kém nhân sâm".',
            'Stops bleeding and disperses stasis: nosebleed, vomiting blood, dysentery with blood, after childbirth, trauma. Used locally as a tonic "not inferior to ginseng".',
        ),
        "cautions": p(
            "Không nhầm với thổ tam thất (Gynura japonica, G. segetum, họ Cúc): chứa alkaloid pyrrolizidin, gây hội chứng tắc nghẽn xoang gan (hơn 2.200 ca được tổng hợp ở Trung Quốc). Không khuyên dùng khi mang thai"
            + SECONDARY_VI
            + ".",
            "Do not confuse with thổ tam thất (Gynura japonica, G. segetum, Asteraceae): it contains pyrrolizidine alkaloids and causes hepatic sinusoidal obstruction syndrome (over 2,200 cases reviewed in China). Not recommended in pregnancy"
            + SECONDARY_EN
            + ".",
        ),
        "parts_used": ["root", "leaf", "flower"],
        "synonyms": [
            {
                "name": "Aralia quinquefolia var. notoginseng",
                "authority": "Burkill",
                "kind": "basionym",
            },
            {
                "name": "Panax pseudoginseng var. notoginseng",
                "authority": "(Burkill) G.Hoo & C.J.Tseng",
            },
            {"name": "Panax pseudo-ginseng", "authority": "Wall.", "kind": "misapplied"},
        ],
        "vernacular_names": [
            {"name": "Tam thất bắc", "language": "vi"},
            {"name": "Kim bất hoán", "language": "vi"},
            {"name": "Điền thất", "language": "vi"},
            {"name": "Notoginseng", "language": "en"},
            {"name": "Sanchi", "language": "en"},
            {
                "name": "三七",
                "language": "zh",
                "note": "Flora of China (san qi)",
                "source": S["eol_foc"],
            },
        ],
        "assessments": [a("iucn", "NE", "kewr")],
        "distribution": [
            place("lao-cai", former_district="Mường Khương", alt=(1200, 1500), source="dotatloi"),
            place("lao-cai", former_district="Bát Xát", alt=(1200, 1500), source="dotatloi"),
            place("lao-cai", former_district="Sa Pa", source="tracuuduoclieu"),
        ],
        "look_alikes": [
            {
                "name": "Thổ tam thất (Gynura japonica, G. segetum)",
                "reason": t(
                    "Bị bán như tam thất; chứa alkaloid pyrrolizidin gây tổn thương gan (tắc nghẽn xoang gan).",
                    "Sold as tam thất; its pyrrolizidine alkaloids cause liver damage (hepatic sinusoidal obstruction syndrome).",
                ),
                "source": S["zhu2020"],
            }
        ],
        "sources": src("dotatloi", "eol_foc", "tracuuduoclieu", "zhu2020", "kewr", "facts"),
    },
    {
        "genus": "Panax",
        "epithet": "bipinnatifidus",
        "authority": "Seem.",
        "family": fam("Araliaceae"),
        "title": t("Sâm vũ diệp", "Feather-leaf ginseng"),
        "summary": t(
            "Loài Panax có lá chét xẻ lông chim hai lần.", "A Panax with bipinnatifid leaflets."
        ),
        # Known in China [M]; its Vietnamese districts were not retrieved [UNVERIFIED].
        "regional_status": UNCONFIRMED,
        "morphology": p(
            "Cây thảo sống lâu năm cao 10–50 cm, thân rễ dạng chuỗi hạt hoặc đốt trúc, lá chét xẻ lông chim hai lần.",
            "Perennial herb 10–50 cm with a beaded or bamboo-like rhizome and bipinnatifid leaflets.",
        ),
        "distribution_text": p(
            "Ở Trung Quốc: Tây Tạng, Vân Nam, Tứ Xuyên… ở độ cao 1.900–3.200 m.",
            "In China: Tibet, Yunnan, Sichuan… at 1,900–3,200 m.",
        ),
        "synonyms": [
            {"name": "Panax pseudoginseng var. bipinnatifidus", "authority": "(Seem.) H.L.Li"},
            {"name": "Aralia bipinnatifida", "authority": "(Seem.) C.B.Clarke"},
            {
                "name": "Panax japonicus var. bipinnatifidus",
                "authority": "(Seem.) C.Y.Wu & K.M.Feng",
            },
        ],
        "vernacular_names": [
            {"name": "Vũ diệp tam thất", "language": "vi"},
            {"name": "Tam thất lá xẻ", "language": "vi"},
            {
                "name": "羽叶三七",
                "language": "zh",
                "note": "cn-flora.ac.cn",
                "source": S["cn_flora"],
            },
        ],
        "assessments": [
            a("iucn", "NE", "kewr"),
            a(
                "sdvn-2007",
                "listed",
                "thiennhien",
                note="Có báo cáo là CR; bậc chưa được xác nhận.",
            ),
            a(
                "nd06-2019",
                "listed",
                "thiennhien",
                note="Nhóm IA theo Nghị định 32/2006; được báo cáo có trong danh mục 06/2019.",
            ),
            a(
                "nd64-2019",
                "listed",
                "thiennhien",
                note="Có trong danh mục của Nghị định 160/2013.",
            ),
        ],
        "distribution": [
            place(
                "abroad",
                place_note="Trung Quốc: Tây Tạng, Vân Nam, Tứ Xuyên",
                alt=(1900, 3200),
                source="cn_flora",
            )
        ],
        "sources": src("vdl_panax", "cn_flora", "thiennhien", "kewr", "facts"),
    },
    {
        "genus": "Panax",
        "epithet": "stipuleanatus",
        "authority": "C.T.Tsai & K.M.Feng",
        "family": fam("Araliaceae"),
        "title": t("Tam thất hoang", "Tam thất hoang"),
        "summary": t(
            "Loài sâm hoang dại của vùng núi cao phía Bắc.",
            "A wild Panax of the northern high mountains.",
        ),
        # "Northern high mountains", districts not retrieved: the sheet tags it UNVERIFIED.
        "regional_status": UNCONFIRMED,
        "taxonomic_note": t(
            'Tài liệu Việt Nam ghi tác giả là "H.Tsai & K.M.Feng". Thương lái đôi khi gọi sâm vũ diệp là "tam thất hoang".',
            'Vietnamese texts write the authority "H.Tsai & K.M.Feng". Traders sometimes call sâm vũ diệp "tam thất hoang" too.',
        ),
        "morphology": p("Cây thảo sống lâu năm có thân rễ.", "Rhizomatous perennial herb."),
        "assessments": [
            a("iucn", "NE", "kewr"),
            a(
                "sdvn-2007",
                "listed",
                "thiennhien",
                note="Có báo cáo là CR, nhưng có thể là bậc của Danh lục Đỏ cây thuốc năm 2006.",
            ),
            a(
                "nd06-2019",
                "listed",
                "thiennhien",
                note="Nhóm IA theo Nghị định 32/2006 trước đây; được báo cáo có trong danh mục 06/2019.",
            ),
            a(
                "nd64-2019",
                "listed",
                "thiennhien",
                note="Một trong 17 loài thực vật của danh mục Nghị định 160/2013.",
            ),
        ],
        "look_alikes": [
            {
                "species": ("Panax", "bipinnatifidus", ""),
                "reason": t(
                    'Cùng được gọi là "tam thất hoang" trong buôn bán.',
                    'Also sold under the name "tam thất hoang".',
                ),
            }
        ],
        "sources": src("vdl_panax", "thanhnien_sam", "thiennhien", "kewr", "facts"),
    },
    {
        "genus": "Cinnamomum",
        "epithet": "cassia",
        "authority": "(L.) J.Presl",
        "family": fam("Lauraceae"),
        "title": t("Quế", "Chinese cassia"),
        "summary": t(
            "Cây gia vị và dược liệu chủ lực của Lào Cai, do người Dao gây trồng và giữ gìn.",
            "Lào Cai's leading spice and medicinal tree, introduced and maintained by the Dao.",
        ),
        "taxonomic_note": t(
            "Quế Lào Cai là Cinnamomum cassia, không phải quế Sri Lanka (C. verum) như một bài báo đã viết nhầm.",
            "Lào Cai cassia is Cinnamomum cassia, not Ceylon cinnamon (C. verum) as one article wrongly says.",
        ),
        "regional_status": "cultivated",
        "morphology": p("Cây gỗ thường xanh.", "Evergreen tree."),
        "distribution_text": p(
            'Lào Cai cũ: Bắc Hà (xã Nậm Đét, khoảng 1.500 ha), Văn Bàn, Bảo Yên, Bảo Thắng. Lào Cai mới gồm cả Văn Yên (Yên Bái cũ), nơi có chỉ dẫn địa lý "Văn Yên" cho quế (số 00018, năm 2010).',
            'Former Lào Cai: Bắc Hà (Nậm Đét commune, about 1,500 ha), Văn Bàn, Bảo Yên, Bảo Thắng. The new Lào Cai includes Văn Yên (former Yên Bái), whose cassia holds the "Văn Yên" geographical indication (No. 00018, 2010).',
        ),
        "traditional_uses": p(
            "Gia vị; trong y học cổ truyền là vị thuốc ấm (tiêu hóa, tuần hoàn). Vỏ là quế nhục, cành là quế chi.",
            "A spice; in traditional medicine a warming remedy (digestion, circulation). The bark is quế nhục, the twigs quế chi.",
        ),
        "cautions": p(
            "Hàm lượng coumarin cao: EFSA đặt mức dung nạp hằng ngày 0,1 mg/kg thể trọng; BfR khuyên dùng quế cassia điều độ. Kiêng dùng khi mang thai theo y học cổ truyền"
            + SECONDARY_VI
            + ".",
            "High coumarin content: EFSA's tolerable daily intake is 0.1 mg/kg body weight; BfR advises moderate consumption of cassia. A traditional contraindication in pregnancy"
            + SECONDARY_EN
            + ".",
        ),
        "parts_used": ["bark", "twig", "leaf", "seed"],
        "strategic_groups": ["deep-processing", "export", "eco-tourism"],
        "synonyms": [
            {"name": "Laurus cassia", "authority": "L."},
            {"name": "Cinnamomum aromaticum", "authority": "Nees"},
            {"name": "Cinnamomum verum", "kind": "misapplied"},
        ],
        "vernacular_names": [
            {"name": "Quế thanh", "language": "vi"},
            {"name": "Quế quan", "language": "vi"},
            {"name": "Cassia cinnamon", "language": "en"},
            {
                "name": "肉桂",
                "language": "zh",
                "note": "Flora of China (rou gui)",
                "source": S["foc_cassia"],
            },
            {
                "name": "Cannelier de Chine",
                "language": "fr",
                "note": "Pl@ntUse",
                "source": S["plantuse_cassia"],
            },
            {
                "name": "Cannelle de Chine",
                "language": "fr",
                "note": "Pl@ntUse",
                "source": S["plantuse_cassia"],
            },
        ],
        "assessments": [a("iucn", "NE", "kewr")],
        "distribution": [
            place("lao-cai", former_district="Bắc Hà", commune="Nậm Đét", source="vnexpress_bacha"),
            place("lao-cai", former_district="Văn Bàn", source="tapchicongthuong"),
            place("lao-cai", former_district="Bảo Yên", source="tapchicongthuong"),
            place(
                "lao-cai",
                former_district="Văn Yên",
                place_note="tỉnh Yên Bái cũ",
                source="agri360",
            ),
        ],
        "sources": src(
            "vnexpress_bacha",
            "tapchicongthuong",
            "agri360",
            "bfr",
            "plan_laocai",
            "foc_cassia",
            "plantuse_cassia",
            "kewr",
            "facts",
        ),
    },
    {
        "genus": "Curculigo",
        "epithet": "orchioides",
        "authority": "Gaertn.",
        "family": fam("Hypoxidaceae"),
        "title": t("Sâm cau", "Golden eye-grass"),
        "summary": t(
            "Cây thảo nhỏ có thân rễ hình trụ, lá như lá cau non.",
            "A small herb with a cylindrical rootstock and palm-like leaves.",
        ),
        "is_toxic": True,
        # "Common in northern provinces, notably Lào Cai" is a commercial source only [L].
        "regional_status": UNCONFIRMED,
        "morphology": p(
            "Cây thảo sống lâu năm, cao đến 30 cm.", "Small perennial herb up to 30 cm."
        ),
        "traditional_uses": p(
            "Bổ thận dương: liệt dương, chân tay lạnh, thấp khớp; đồng bào vùng cao phía Bắc dùng làm thuốc bổ.",
            "Tonifies kidney yang: impotence, cold limbs, rheumatism; used as a tonic by northern highland peoples.",
        ),
        "cautions": p(
            "Y học cổ truyền xếp vào loại có độc; theo truyền thống ngâm nước vo gạo để giảm độc; dùng lâu được cho là gây suy kiệt. Rễ cây bồng bồng (Dracaena angustifolia) bị bán giả làm sâm cau.",
            'Classed as toxic ("có độc") in traditional medicine; traditionally soaked in rice water to reduce toxicity; long use is said to cause exhaustion. Roots of bồng bồng (Dracaena angustifolia) are sold as sâm cau.',
        ),
        "parts_used": ["rhizome"],
        "vernacular_names": [
            {"name": "Tiên mao", "language": "vi"},
            {"name": "Ngải cau", "language": "vi"},
        ],
        "assessments": [a("iucn", "NE", "kewr")],
        "look_alikes": [
            {
                "name": "Bồng bồng (Dracaena angustifolia)",
                "reason": t("Rễ bị bán giả làm sâm cau.", "Its roots are sold as sâm cau."),
                "source": S["trungtamthuoc"],
            }
        ],
        "sources": src("trungtamthuoc", "kewr", "facts"),
    },
    {
        "genus": "Paris",
        "epithet": "polyphylla",
        "authority": "Sm.",
        "family": fam("Melanthiaceae"),
        "title": t("Bảy lá một hoa", "Seven-leaves-one-flower"),
        "summary": t(
            "Cây có một vòng lá và một hoa duy nhất ở ngọn; bị khai thác mạnh ở Sa Pa và Mường Khương.",
            "A herb with one whorl of leaves and a single terminal flower, heavily harvested around Sa Pa and Mường Khương.",
        ),
        "taxonomic_note": t(
            '"Bảy lá một hoa" ở Việt Nam gồm nhiều loài Paris; Pételot ghi nhận P. delavayi, P. hainanensis, P. fargesii… quanh Sa Pa.',
            '"Bảy lá một hoa" in Vietnam covers several Paris taxa; Pételot recorded P. delavayi, P. hainanensis, P. fargesii and others around Sa Pa.',
        ),
        "morphology": p(
            "Cây thảo sống lâu năm có thân rễ, cao đến 1 m, một vòng 3–10 lá (thường 7) và một hoa ở ngọn.",
            "Perennial rhizomatous herb to 1 m with one whorl of 3–10 (usually 7) leaves and a single terminal flower.",
        ),
        "distribution_text": p(
            "Sa Pa (Lào Cai); các loài Paris quanh Sa Pa ở độ cao khoảng 1.400–1.800 m. Có báo cáo khai thác tự nhiên ở Mường Khương và Lao Chải.",
            "Sa Pa (Lào Cai); Pételot's Paris species around Sa Pa at about 1,400–1,800 m. Wild harvesting is reported in Mường Khương and Lao Chải.",
        ),
        "traditional_uses": p(
            "Thanh nhiệt giải độc, đặc biệt chữa rắn cắn; còn dùng cho sốt, mụn nhọt, viêm vú, sốt rét, ho lâu ngày, hen; đắp ngoài chữa sưng.",
            "Clears heat and detoxifies, especially for snakebite; also fever, boils, mastitis, malaria, chronic cough and asthma; applied externally on swellings.",
        ),
        "cautions": p(
            "Loài gần P. quadrifolia có độc (gây tẩy, nôn). Chứa saponin steroid. Y học cổ truyền: không dùng cho thể hư hàn.",
            "The related P. quadrifolia is toxic (purgative, emetic). Contains steroidal saponins. Traditional medicine: not for cold-deficiency (hư hàn) patterns.",
        ),
        "parts_used": ["rhizome"],
        "synonyms": [
            {"name": "Daiswa polyphylla", "authority": "(Sm.) Raf."},
            {"name": "Paris biondii", "authority": "Pamp."},
        ],
        "vernacular_names": [
            {"name": "Thất diệp nhất chi hoa", "language": "vi"},
            {"name": "Tảo hưu", "language": "vi"},
            {"name": "Trọng lâu", "language": "vi"},
            {
                "name": "Cây rắn cắn",
                "language": "vi",
                "note": "Hoàng Liên Sơn, Mường Khương",
                "source": S["danviet"],
            },
            # Public: a newspaper published it (fact sheet, confidence L, said on the page).
            # A name a community keeps to itself would carry its "access_level".
            {
                "name": "A mi đa tè",
                "language": "hni",
                "note": '"bậc thang con mèo trèo"; một nguồn thứ cấp ghi nhận ở Lao Chải',
                "source": S["danviet"],
            },
            {"name": "Love apple", "language": "en"},
            {
                "name": "七叶一枝花",
                "language": "zh",
                "note": "Flora of China (qi ye yi zhi hua)",
                "source": S["foc_paris"],
            },
        ],
        "assessments": [
            a("iucn", "VU", "kewr", note="Đánh giá toàn cầu; chưa tra được năm đánh giá."),
            a(
                "nd06-2019",
                "listed",
                "tt16",
                note="Có trong danh mục; nhóm (có thể là IIA) chưa được xác nhận.",
            ),
            a("tt16-2022", "controlled", "tt16"),
        ],
        "distribution": [
            place("lao-cai", former_district="Sa Pa", alt=(1400, 1800), source="dotatloi"),
            place("lao-cai", former_district="Mường Khương", source="danviet"),
        ],
        "sources": src("dotatloi", "danviet", "foc_paris", "kewr", "tt16", "facts"),
    },
    {
        "genus": "Anoectochilus",
        "epithet": "setaceus",
        "authority": "Blume",
        "family": fam("Orchidaceae"),
        "title": t("Lan kim tuyến", "Jewel orchid"),
        "summary": t(
            "Lan đất nhỏ có lá nhung với mạng gân màu.",
            "A small terrestrial orchid with velvety leaves and a network of coloured veins.",
        ),
        # Records in Lai Châu/Lào Cai were not retrieved: the sheet tags it UNVERIFIED.
        "regional_status": UNCONFIRMED,
        "taxonomic_note": t(
            "Sách Đỏ Việt Nam coi A. roxburghii là tên đồng nghĩa; POWO có thể coi A. roxburghii là loài riêng ở lục địa châu Á (chưa kiểm chứng).",
            "The Vietnam Red Data Book treats A. roxburghii as a synonym; POWO may accept A. roxburghii as the separate mainland species (not yet checked).",
        ),
        "morphology": p(
            "Lan đất nhỏ, thân rễ bò, lá mặt nhung có mạng gân màu.",
            "Small terrestrial orchid with a creeping rhizome and velvety leaves with a network of coloured veins.",
        ),
        "parts_used": ["whole-plant"],
        "synonyms": [
            {"name": "Anoectochilus roxburghii", "authority": "(Wall.) Wall. ex Lindl."},
            {"name": "Chrysobaphus roxburghii", "authority": "Wall."},
        ],
        "vernacular_names": [
            {"name": "Kim tuyến", "language": "vi"},
            {"name": "Lá gấm", "language": "vi"},
            {"name": "Jewel orchid", "language": "en"},
        ],
        "assessments": [
            a("iucn", "NE", "kewr"),
            a("sdvn-2007", "EN", "vncreatures"),
            a("nd06-2019", "IA", "thesis_123docz"),
            a(
                "cites",
                "App. II",
                "cites",
                note="Mọi loài họ Lan (Orchidaceae) không thuộc Phụ lục I.",
            ),
        ],
        "sources": src("vncreatures", "thesis_123docz", "cites", "kewr", "facts"),
    },
    {
        "genus": "Cistanche",
        "epithet": "deserticola",
        "authority": "Ma",
        "family": fam("Orobanchaceae"),
        "title": t("Nhục thung dung", "Desert cistanche"),
        "summary": t(
            "Cây ký sinh hoàn toàn trên Haloxylon ở sa mạc; không mọc ở Việt Nam, chỉ có dược liệu nhập khẩu.",
            "A holoparasite of Haloxylon in deserts; it does not grow in Vietnam: only imported material is found.",
        ),
        "regional_status": "imported",
        "traditional_uses": p(
            "Bổ thận, ích tinh huyết, nhuận tràng (y học cổ truyền).",
            "Tonifies the kidneys, nourishes essence and blood, moistens the bowel (traditional Chinese medicine).",
        ),
        "cautions": p(
            "Tránh dùng khi đi ngoài phân lỏng và thể dương thịnh.",
            "Avoided with loose stools and excess-yang patterns.",
        ),
        "parts_used": ["stem"],
        "vernacular_names": [
            {"name": "Thung dung", "language": "vi"},
            {"name": "Desert broomrape", "language": "en"},
        ],
        "assessments": [
            a("iucn", "NE", "kewr"),
            a("cites", "App. II", "unep_wcmc"),
        ],
        "distribution": [
            place(
                "abroad", place_note="Nội Mông, Cam Túc, Tân Cương (Trung Quốc)", source="unep_wcmc"
            )
        ],
        "sources": src("unep_wcmc", "trungtamthuoc", "kewr", "facts"),
    },
    {
        "genus": "Epimedium",
        "epithet": "",
        "family": fam("Berberidaceae"),
        "title": t("Dâm dương hoắc", "Horny goat weed"),
        "summary": t(
            "Các loài Epimedium; phần lớn dược liệu là hàng nhập khẩu.",
            "Several Epimedium species; most of the material is imported.",
        ),
        "taxonomic_note": t(
            "Dược điển Trung Quốc dùng E. brevicornu, E. sagittatum, E. pubescens, E. koreanum và E. wushanense; một giáo trình Việt Nam dùng E. macranthum.",
            "The Chinese Pharmacopoeia species are E. brevicornu, E. sagittatum, E. pubescens, E. koreanum and E. wushanense; a Vietnamese textbook uses E. macranthum.",
        ),
        # "Most material is imported" [L / UNVERIFIED]: not that it does not grow in Vietnam.
        "regional_status": UNCONFIRMED,
        "traditional_uses": p(
            "Bổ thận dương, mạnh gân xương, chữa chứng phong thấp (y học cổ truyền Trung Quốc).",
            "Tonifies kidney yang, strengthens tendons and bones, used for wind-damp complaints (traditional Chinese medicine).",
        ),
        "parts_used": ["aerial-parts"],
        "vernacular_names": [
            {"name": "Tiên linh tỳ", "language": "vi"},
            {"name": "Barrenwort", "language": "en"},
        ],
        "sources": src("xie2010", "tcmfans", "facts"),
    },
    {
        "genus": "Angelica",
        "epithet": "sinensis",
        "authority": "(Oliv.) Diels",
        "family": fam("Apiaceae"),
        "title": t("Đương quy", "Dong quai"),
        "summary": t(
            "Cây nhập nội, trồng đầu tiên ở Sa Pa; đương quy Bắc Hà đạt GACP-WHO.",
            "An introduced crop first grown in Sa Pa; Bắc Hà dong quai meets GACP-WHO.",
        ),
        "regional_status": "cultivated",
        "morphology": p(
            "Cây thảo sống lâu năm cao 40–80 cm, thân tím có rãnh, cụm hoa tán kép.",
            "Perennial herb 40–80 cm with a purple grooved stem and compound umbels.",
        ),
        "cultivation": p(
            "Trồng đầu tiên ở Sa Pa. Đương quy Bắc Hà (Lào Cai) được Bộ Y tế công nhận đạt GACP-WHO.",
            "First grown in Sa Pa. Bắc Hà (Lào Cai) dong quai is recognised by the Ministry of Health as meeting GACP-WHO.",
        ),
        "traditional_uses": p(
            "Bổ huyết: rối loạn kinh nguyệt, đau bụng kinh, thiếu máu, táo bón.",
            "Blood tonic: menstrual disorders and dysmenorrhoea, anaemia, constipation.",
        ),
        "cautions": p(
            "Nghiên cứu dược lý ghi nhận tác dụng cả kích thích lẫn giãn cơ tử cung.",
            "Pharmacological reports show both stimulant and relaxant effects on the uterus.",
        ),
        "parts_used": ["root"],
        "synonyms": [{"name": "Angelica polymorpha var. sinensis", "authority": "Oliv."}],
        "vernacular_names": [
            {"name": "Tần quy", "language": "vi"},
            {"name": "Vân quy", "language": "vi"},
            {"name": "Chinese angelica", "language": "en"},
            {
                "name": "当归",
                "language": "zh",
                "note": "Flora of China (dang gui)",
                "source": S["foc_angelica"],
            },
        ],
        "distribution": [
            place("lao-cai", former_district="Sa Pa", source="dotatloi"),
            place("lao-cai", former_district="Bắc Hà", source="nongnghiep"),
        ],
        "sources": src("dotatloi", "nongnghiep", "foc_angelica", "facts"),
    },
    {
        "genus": "Lanxangia",
        "epithet": "tsaoko",
        "authority": "(Crevost & Lemarié) M.F.Newman & Škorničk.",
        "family": fam("Zingiberaceae"),
        "title": t("Thảo quả", "Tsao-ko cardamom"),
        "summary": t(
            "Cây gia vị trồng dưới tán rừng ở Sa Pa và Bát Xát, do người Dao, Mông và Hà Nhì thu hái từ khoảng tháng Chín.",
            "A spice grown under the forest canopy in Sa Pa and Bát Xát, harvested by the Dao, Mông and Hà Nhì from about September.",
        ),
        "taxonomic_note": t(
            "Tài liệu Việt Nam, cả Cục Sở hữu trí tuệ, dùng nhầm tên Amomum aromaticum Roxb. (một loài thảo quả Bengal khác).",
            "Vietnamese literature, the IP office included, misapplies Amomum aromaticum Roxb., a different (Bengal) cardamom.",
        ),
        # Grown under forest canopy [M]; the sheet does not say it was introduced, and its
        # IUCN assessment counts wild locations in northern Vietnam [H].
        "regional_status": UNCONFIRMED,
        "morphology": p(
            "Cây thảo sống lâu năm mọc thành bụi cao 2–3 m; chùm quả đỏ tía ở gốc thân.",
            "Clump-forming perennial herb 2–3 m tall; red-purple fruit clusters at the base of the stems.",
        ),
        "traditional_uses": p(
            "Tiêu hóa: đầy bụng, nôn, tiêu chảy; sốt kiểu sốt rét; hôi miệng, đau răng.",
            "Digestive: bloating, vomiting, diarrhoea; malaria-like fevers; bad breath and toothache.",
        ),
        "parts_used": ["fruit"],
        "synonyms": [
            {"name": "Amomum tsao-ko", "authority": "Crevost & Lemarié"},
            {"name": "Amomum aromaticum", "authority": "Roxb.", "kind": "misapplied"},
        ],
        "vernacular_names": [
            {"name": "Đò ho", "language": "vi"},
            {"name": "Thảo đậu khấu", "language": "vi"},
            {"name": "Lờ hảo", "language": "hmn", "source": S["tailieuxanh"]},
            {"name": "Mác hấu", "language": "tay", "source": S["tailieuxanh"]},
            {"name": "Chinese black cardamom", "language": "en"},
            {
                "name": "草果",
                "language": "zh",
                "note": "Flora of China (cao guo; Amomum tsaoko)",
                "source": S["foc_tsaoko"],
            },
        ],
        "assessments": [
            a(
                "iucn",
                "NT",
                "iucn_tsaoko",
                year=2019,
                note="Đánh giá năm 2011 (công bố năm 2012 dưới tên Amomum tsao-ko); công bố lại năm 2019.",
            ),
        ],
        "distribution": [
            place("lao-cai", former_district="Sa Pa", source="tailieuxanh"),
            place("lao-cai", former_district="Bát Xát", source="tailieuxanh"),
        ],
        "sources": src("iucn_tsaoko", "tailieuxanh", "noip", "foc_tsaoko", "facts"),
    },
    {
        "genus": "Coptis",
        "epithet": "chinensis",
        "authority": "Franch.",
        "family": fam("Ranunculaceae"),
        "title": t("Hoàng liên", "Chinese goldthread"),
        "summary": t(
            "Ở Việt Nam chỉ biết hai nơi có: núi Hoàng Liên (Sa Pa) và Ông Páo (Hà Giang); giới hạn phía nam của chi.",
            "Only two localities are known in Vietnam, Hoàng Liên mountain (Sa Pa) and Ông Páo (Hà Giang): the southern limit of the genus.",
        ),
        "morphology": p(
            "Cây thảo sống lâu năm nhỏ, cao 10–30 cm, thân rễ màu vàng.",
            "Small perennial herb 10–30 cm with a yellow rhizome.",
        ),
        "distribution_text": p(
            "Núi Hoàng Liên (Sa Pa, Lào Cai) và Ông Páo (Quản Bạ, Hà Giang), từ 1.600 m (Quản Bạ) đến 2.400 m (Hoàng Liên Sơn), nhiệt độ trung bình năm khoảng 13 °C.",
            "Hoàng Liên mountain (Sa Pa, Lào Cai) and Ông Páo (Quản Bạ, Hà Giang), from 1,600 m (Quản Bạ) to 2,400 m (Hoàng Liên Sơn), mean annual temperature about 13 °C.",
        ),
        "cultivation": p(
            "Gieo ở độ cao 1.200–2.000 m dưới bóng che; thu hoạch sau 5 năm.",
            "Sown at 1,200–2,000 m under shade; harvested after 5 years.",
        ),
        "traditional_uses": p(
            "Vị đắng bổ: lỵ, viêm dạ dày ruột, đau mắt đỏ, loét miệng.",
            "Bitter tonic: dysentery, gastroenteritis, red eyes, mouth ulcers.",
        ),
        "cautions": p(
            "Kiêng dùng theo truyền thống: huyết hư, khí hư, tỳ vị yếu, trẻ lên đậu, tiêu chảy. Liều thí nghiệm cao gây ức chế hô hấp và hạ huyết áp.",
            "Traditional contraindications: blood or qi deficiency, weak spleen and stomach, children with pox, diarrhoea. High experimental doses cause respiratory depression and hypotension.",
        ),
        "parts_used": ["rhizome"],
        "synonyms": [
            {"name": "Coptis teeta var. chinensis", "authority": "(Franch.) Finet & Gagnep."}
        ],
        "vernacular_names": [
            {"name": "Hoàng liên chân gà", "language": "vi"},
            {"name": "Xuyên liên", "language": "vi"},
            {"name": "Phàng lình", "language": "hmn", "source": S["vnntfp"]},
            {"name": "Golden thread root", "language": "en"},
            {
                "name": "黄连",
                "language": "zh",
                "note": "Flora of China (huang lian)",
                "source": S["foc_coptis"],
            },
        ],
        "assessments": [
            a("iucn", "NE", "kewr", note="Coptis teeta: IUCN EN."),
            a("sdvn-2007", "listed", "vncreatures", note="Chưa tra được bậc."),
        ],
        "distribution": [
            place(
                "lao-cai",
                former_district="Sa Pa",
                place_note="núi Hoàng Liên",
                alt=(None, 2400),
                source="vnntfp",
            ),
            place(
                "vietnam",
                place_note="Ông Páo, Quản Bạ (Hà Giang)",
                alt=(1600, None),
                source="vnntfp",
            ),
        ],
        "sources": src("dotatloi", "vnntfp", "vncreatures", "foc_coptis", "kewr", "facts"),
    },
    {
        "genus": "Eucommia",
        "epithet": "ulmoides",
        "authority": "Oliv.",
        "family": fam("Eucommiaceae"),
        "title": t("Đỗ trọng", "Hardy rubber tree"),
        "summary": t(
            "Cây gỗ nhập nội; trồng thử thành công ở Sa Pa.",
            "An introduced tree; trial planting in Sa Pa succeeded.",
        ),
        "regional_status": "cultivated",
        "morphology": p(
            "Cây gỗ rụng lá, khác gốc, cao đến 20 m, lá có nhựa mủ.",
            "Deciduous dioecious tree to 20 m with latex in the leaves.",
        ),
        "cultivation": p(
            "Nhập vào Việt Nam năm 1958–1960; trồng thử ở Sa Pa thành công; nay trồng ở Lai Châu, Lào Cai và nơi khác.",
            "Introduced to Vietnam in 1958–60; trial planting in Sa Pa succeeded; now grown in Lai Châu, Lào Cai and elsewhere.",
        ),
        "traditional_uses": p(
            "Thận hư đau lưng, gối yếu, tăng huyết áp, động thai (y học cổ truyền).",
            "Kidney deficiency with low-back pain, weak knees, hypertension, threatened miscarriage (traditional medicine).",
        ),
        "parts_used": ["bark", "leaf"],
        "vernacular_names": [{"name": "Gutta-percha tree", "language": "en"}],
        "assessments": [a("iucn", "VU", "kewr", note="Chưa tra được năm đánh giá.")],
        "distribution": [
            place("lao-cai", former_district="Sa Pa", source="trungtamthuoc"),
            place("lai-chau", source="trungtamthuoc"),
        ],
        "sources": src("treesandshrubs", "trungtamthuoc", "kewr", "facts"),
    },
    {
        "genus": "Gynostemma",
        "epithet": "pentaphyllum",
        "authority": "(Thunb.) Makino",
        "family": fam("Cucurbitaceae"),
        "title": t("Giảo cổ lam", "Jiaogulan"),
        "summary": t("Dây leo thân thảo, dùng làm trà.", "A herbaceous climber used as a tea."),
        "morphology": p("Dây leo thân thảo.", "Herbaceous climber."),
        "distribution_text": p(
            "Quảng Ninh, Lạng Sơn, Hòa Bình, Lào Cai, Kon Tum, Thừa Thiên-Huế, Đồng Nai; đến độ cao 2.000 m.",
            "Quảng Ninh, Lạng Sơn, Hòa Bình, Lào Cai, Kon Tum, Thừa Thiên-Huế, Đồng Nai; up to 2,000 m.",
        ),
        "traditional_uses": p(
            'Ho, viêm, "giải độc"; ngày nay dùng làm trà.',
            'Cough, inflammation, "detoxifying"; modern tea use.',
        ),
        "cautions": p(
            "Có thể làm hạ đường huyết, thận trọng khi dùng cùng thuốc trị đái tháo đường"
            + SECONDARY_VI
            + ".",
            "May lower blood glucose, so caution with antidiabetic drugs" + SECONDARY_EN + ".",
        ),
        "parts_used": ["aerial-parts"],
        "vernacular_names": [
            {"name": "Cổ yếm", "language": "vi"},
            {"name": "Ngũ diệp sâm", "language": "vi"},
            {"name": "Five-leaf ginseng", "language": "en"},
        ],
        "assessments": [a("iucn", "NE", "kewr")],
        "distribution": [place("lao-cai", alt=(None, 2000), source="trungtamthuoc")],
        "sources": src("trungtamthuoc", "kewr", "facts"),
    },
    {
        "genus": "Cynara",
        "epithet": "scolymus",
        "authority": "L.",
        "family": fam("Asteraceae"),
        "title": t("Actiso", "Globe artichoke"),
        "summary": t(
            "Trồng ở Sa Pa từ thời Pháp; actiso Sa Pa đạt GACP-WHO.",
            "Grown in Sa Pa since the French period; Sa Pa artichoke meets GACP-WHO.",
        ),
        "taxonomic_note": t(
            "Cynara scolymus là tên dùng trong dược điển; POWO được cho là gộp vào C. cardunculus (actiso trồng là var. scolymus).",
            "Cynara scolymus is the pharmacopoeial name; POWO is believed to sink it into C. cardunculus (cultivated artichoke being var. scolymus).",
        ),
        "regional_status": "cultivated",
        "cultivation": p(
            "Trồng từ thời Pháp ở Đà Lạt, Sa Pa và Tam Đảo. Actiso Sa Pa được công nhận đạt GACP-WHO; trà và cao mềm actiso của Traphaco Sapa đạt OCOP 5 sao quốc gia.",
            "Grown since the French period in Đà Lạt, Sa Pa and Tam Đảo. Sa Pa artichoke is recognised as meeting GACP-WHO; Traphaco Sapa's artichoke tea and soft extract are national 5-star OCOP products.",
        ),
        "traditional_uses": p(
            'Lợi mật, lợi tiểu; dùng cho chứng "gan, thận yếu".',
            'Choleretic and diuretic; used for "weak liver and kidney" complaints.',
        ),
        "cautions": p(
            '"Actiso không có độc" (Tixier và cộng sự, Đỗ Tất Lợi dẫn).',
            '"Artichoke is not toxic" (Tixier et al., cited by Đỗ Tất Lợi).',
        ),
        "parts_used": ["leaf", "stem", "root"],
        "vernacular_names": [{"name": "Atisô", "language": "vi"}],
        "distribution": [place("lao-cai", former_district="Sa Pa", source="dotatloi")],
        "sources": src("dotatloi", "nongnghiep", "facts"),
    },
    {
        "genus": "Polygonatum",
        "epithet": "kingianum",
        "authority": "Collett & Hemsl.",
        "family": fam("Asparagaceae"),
        "title": t("Hoàng tinh hoa đỏ", "Red-flowered Solomon's seal"),
        "summary": t(
            "Cây thuốc bổ nguy cấp của vùng núi cao Lai Châu và Lào Cai.",
            "An endangered tonic herb of the Lai Châu and Lào Cai highlands.",
        ),
        "morphology": p(
            "Cây thảo sống lâu năm cao 0,5–1,5 m, thân rễ nạc, lá mọc vòng 4–7 chiếc, hoa hình ống màu đỏ tía.",
            "Perennial herb 0.5–1.5 m with a fleshy rhizome, whorls of 4–7 leaves and red-purple tubular flowers.",
        ),
        "distribution_text": p(
            "Lai Châu: Mường Tè, Phong Thổ, Sìn Hồ, Than Uyên. Lào Cai: Bát Xát, Mường Khương, Sa Pa; cả Mù Cang Chải (Yên Bái cũ). Độ cao 1.200–1.800 m.",
            "Lai Châu: Mường Tè, Phong Thổ, Sìn Hồ, Than Uyên. Lào Cai: Bát Xát, Mường Khương, Sa Pa; also Mù Cang Chải (former Yên Bái). At 1,200–1,800 m.",
        ),
        "traditional_uses": p(
            'Thuốc bổ cho người già, người mới ốm dậy, suy nhược thần kinh, huyết áp thấp. Thân rễ bị thu mua để chế biến làm "thục địa" (thục địa thật là Rehmannia): một vấn đề nhầm lẫn.',
            'A tonic for the elderly, convalescents, neurasthenia and low blood pressure. The rhizome is bought to be processed into "thục địa" (true thục địa is Rehmannia): a substitution problem.',
        ),
        "parts_used": ["rhizome"],
        "synonyms": [
            {"name": "Polygonatum agglutinatum", "authority": "Hua"},
            {"name": "Polygonatum cavaleriei", "authority": "H.Lév."},
        ],
        "vernacular_names": [
            {"name": "Hoàng tinh vòng", "language": "vi"},
            {"name": "Hoàng tinh lá mọc vòng", "language": "vi"},
            {"name": "Củ cơm nếp", "language": "vi"},
        ],
        "assessments": [
            a("iucn", "NE", "kewr"),
            a("sdvn-2007", "listed", "vncreatures", note="Chưa tra được bậc."),
            a("vnredlist", "EN", "vnredlist_pk", criteria="A2acd"),
            a("nd06-2019", "IIA", "vnredlist_pk"),
            a("tt16-2022", "controlled", "tt16"),
        ],
        "distribution": [
            place("lai-chau", former_district="Mường Tè", alt=(1200, 1800), source="vnredlist_pk"),
            place("lai-chau", former_district="Phong Thổ", alt=(1200, 1800), source="vnredlist_pk"),
            place("lai-chau", former_district="Sìn Hồ", alt=(1200, 1800), source="vnredlist_pk"),
            place("lai-chau", former_district="Than Uyên", alt=(1200, 1800), source="vnredlist_pk"),
            place("lao-cai", former_district="Bát Xát", alt=(1200, 1800), source="vnredlist_pk"),
            place(
                "lao-cai", former_district="Mường Khương", alt=(1200, 1800), source="vnredlist_pk"
            ),
            place("lao-cai", former_district="Sa Pa", alt=(1200, 1800), source="vnredlist_pk"),
            place(
                "lao-cai",
                former_district="Mù Cang Chải",
                place_note="tỉnh Yên Bái cũ",
                source="vnredlist_pk",
            ),
        ],
        "sources": src("vnredlist_pk", "vncreatures", "tt16", "kewr", "facts"),
    },
    {
        "genus": "Eleutherococcus",
        "epithet": "trifoliatus",
        "authority": "(L.) S.Y.Hu",
        "family": fam("Araliaceae"),
        "title": t("Ngũ gia bì gai", "Three-leaved eleutherococcus"),
        "summary": t(
            "Cây bụi có gai; vỏ thân làm thuốc bổ, mạnh gân xương.",
            "A spiny shrub whose bark is a tonic for tendons and bones.",
        ),
        "morphology": p("Cây bụi hoặc bụi trườn có gai.", "Spiny shrub or scandent shrub."),
        "traditional_uses": p(
            "Thuốc bổ, mạnh gân xương; đau khớp, nhất là ở người già. Lá dùng làm trà thuốc, ngọn non ăn như rau.",
            "A tonic that strengthens tendons and bones; joint pain, especially in the elderly. Leaves are used as a medicinal tea, young shoots eaten as a vegetable.",
        ),
        "parts_used": ["bark", "twig", "root", "leaf"],
        "synonyms": [{"name": "Acanthopanax trifoliatus", "authority": "(L.) Merr."}],
        "assessments": [
            a("iucn", "NE", "kewr"),
            a("sdvn-2007", "VU", "thesis_123docz"),
            a("vnredlist", "VU", "vnredlist_et", criteria="A2acd"),
        ],
        "distribution": [
            place("lai-chau", former_district="Sìn Hồ", alt=(400, 1650), source="vnredlist_et"),
            place("lai-chau", former_district="Phong Thổ", alt=(400, 1650), source="vnredlist_et"),
            place("lao-cai", former_district="Sa Pa", alt=(400, 1650), source="vnredlist_et"),
        ],
        "look_alikes": [
            {
                "name": "Ngũ gia bì chân chim (Schefflera heptaphylla)",
                "reason": t(
                    'Một cây khác cũng mang tên "ngũ gia bì".',
                    'A different plant also called "ngũ gia bì".',
                ),
            }
        ],
        "sources": src("vnredlist_et", "thesis_123docz", "kewr", "facts"),
    },
    {
        "genus": "Lilium",
        "epithet": "poilanei",
        "authority": "Gagnep.",
        "family": fam("Liliaceae"),
        "title": t("Bách hợp", "Poilane's lily"),
        "summary": t(
            "Loài lily nguy cấp của vùng núi cao Lai Châu và Sa Pa.",
            "An endangered lily of the Lai Châu and Sa Pa highlands.",
        ),
        "traditional_uses": p("Thân hành dùng chữa ho.", "The bulb is used for cough."),
        "parts_used": ["bulb"],
        "assessments": [
            a("vnredlist", "EN", "vnredlist_lp", criteria="A2acd"),
            a("nd06-2019", "IIA", "vnredlist_lp"),
        ],
        "distribution": [
            place("lai-chau", former_district="Phong Thổ", alt=(1300, 2200), source="vnredlist_lp"),
            place("lai-chau", former_district="Sìn Hồ", alt=(1300, 2200), source="vnredlist_lp"),
            place("lai-chau", former_district="Tân Uyên", alt=(1300, 2200), source="vnredlist_lp"),
            place("lao-cai", former_district="Sa Pa", alt=(1300, 2200), source="vnredlist_lp"),
        ],
        "sources": src("vnredlist_lp", "tt16", "facts"),
    },
    {
        "genus": "Asparagus",
        "epithet": "filicinus",
        "authority": "Buch.-Ham. ex D.Don",
        "family": fam("Asparagaceae"),
        "title": t("Thiên môn lá nhỏ", "Fern asparagus"),
        "summary": t(
            "Loài thiên môn nguy cấp ở Sìn Hồ và Sa Pa.",
            "An endangered asparagus of Sìn Hồ and Sa Pa.",
        ),
        "traditional_uses": p("Rễ củ dùng chữa ho.", "The root tuber is used for cough."),
        "parts_used": ["tuberous-root"],
        "assessments": [
            a("iucn", "DD", "kewr"),
            a("vnredlist", "EN", "vnredlist_af", criteria="B2ab(ii,iii)"),
        ],
        "distribution": [
            place("lai-chau", former_district="Sìn Hồ", alt=(900, 1600), source="vnredlist_af"),
            place("lao-cai", former_district="Sa Pa", alt=(900, 1600), source="vnredlist_af"),
        ],
        "sources": src("vnredlist_af", "kewr", "facts"),
    },
    {
        "genus": "Berberis",
        "epithet": "wallichiana",
        "authority": "DC.",
        "family": fam("Berberidaceae"),
        "title": t("Hoàng liên ba gai", "Wallich's barberry"),
        "summary": t(
            "Ở Việt Nam chỉ biết có ở Bát Xát và Sa Pa (Lào Cai).",
            "In Vietnam known only from Bát Xát and Sa Pa (Lào Cai).",
        ),
        "assessments": [
            a("iucn", "LC", "kewr"),
            a("sdvn-2007", "EN", "ngo2017"),
        ],
        "distribution": [
            place("lao-cai", former_district="Bát Xát", source="ngo2017"),
            place("lao-cai", former_district="Sa Pa", source="ngo2017"),
        ],
        "sources": src("ngo2017", "kewr", "facts"),
    },
    {
        "genus": "Ligusticum",
        "epithet": "chuanxiong",
        "authority": "S.H.Qiu et al.",
        "family": fam("Apiaceae"),
        "title": t("Xuyên khung", "Sichuan lovage"),
        "summary": t(
            "Cây nhập nội năm 1965–1966 ở Sa Pa; xuyên khung Bát Xát đạt GACP-WHO.",
            "Introduced in 1965–66 at Sa Pa; Bát Xát chuanxiong meets GACP-WHO.",
        ),
        "taxonomic_note": t(
            "Tên trong dược điển là Ligusticum chuanxiong / L. wallichii; tên được chấp nhận theo POWO chưa rõ (có nghiên cứu xếp vào Conioselinum anthriscoides 'Chuanxiong').",
            "The pharmacopoeial name is Ligusticum chuanxiong / L. wallichii; the accepted POWO name is unsettled (recent work places it under Conioselinum anthriscoides 'Chuanxiong').",
        ),
        "regional_status": "cultivated",
        "cultivation": p(
            "Trồng thử năm 1965–1966 ở Trại thuốc Sa Pa và Nông trường dược liệu Bắc Hà, sau chuyển lên Lai Châu; trồng ở độ cao trên 800 m. Xuyên khung Bát Xát được công nhận đạt GACP-WHO.",
            "Trialled in 1965–66 at the Sa Pa medicinal station and the Bắc Hà medicinal farm, later moved to Lai Châu; grown above 800 m. Bát Xát chuanxiong is recognised as meeting GACP-WHO.",
        ),
        "traditional_uses": p(
            "Hoạt huyết; đau đầu, rối loạn kinh nguyệt (y học cổ truyền).",
            '"Activates blood"; headache, menstrual complaints (traditional medicine).',
        ),
        "parts_used": ["rhizome"],
        "synonyms": [{"name": "Ligusticum wallichii", "authority": "Franch."}],
        "distribution": [
            place("lao-cai", former_district="Sa Pa", source="trungtamthuoc"),
            place("lao-cai", former_district="Bát Xát", source="nongnghiep"),
        ],
        "sources": src("trungtamthuoc", "nongnghiep", "facts"),
    },
]
