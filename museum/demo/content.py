"""Demo exhibits, visits and a lesson kit, from ../shared/facts/ (the fact sheet and the
two provincial plans). Each fact carries its source; nothing is invented.

What the sources do not give stays empty: the festival has no dates (the Tam
Đường plan names it without dates), and the demonstration garden has no
address (it shows how QR stations work; it is not a real garden).
Commune centres are rounded to 0.01° and say where they come from.
"""

from pathlib import Path

from knowledge.demo.content import p, t

SOURCES = {
    "plan_tamduong": {
        "kind": "legal",
        "authors": "Ban Chấp hành Đảng bộ huyện Tam Đường",
        "year": 2024,
        "title": (
            "Kế hoạch thực hiện Nghị quyết số 17-NQ/TU (19/5/2024) về phát triển Sâm Lai Châu "
            "giai đoạn 2024–2030, định hướng đến năm 2035"
        ),
    },
}

COMMUNE_POSITION = (
    "Approximate centre of the former town, rounded to 0.01° (Wikipedia); check before publishing."
)
COMMUNES = [
    # (name, province, former district, latitude, longitude)
    ("Sa Pa", "lao-cai", "Sa Pa", "22.34", "103.84"),
    ("Bắc Hà", "lao-cai", "Bắc Hà", "22.54", "104.29"),
    ("Nậm Đét", "lao-cai", "Bắc Hà", None, None),
    ("Khun Há", "lai-chau", "Tam Đường", None, None),
]

PLACES = [
    {
        "slug": t("vung-que-nam-det", "nam-det-cassia"),
        "title": t("Vùng quế Nậm Đét", "The cassia forests of Nậm Đét"),
        "kind": "growing-area",
        "commune": ("lao-cai", "Nậm Đét"),
        "summary": t(
            "Khoảng 1.500 ha quế ở xã Nậm Đét (huyện Bắc Hà cũ), một trong những vùng quế của Lào Cai.",
            "About 1,500 ha of cassia in Nậm Đét commune (former Bắc Hà district), one of Lào Cai's cassia areas.",
        ),
        "what_to_see": p(
            "Rừng quế do người Dao đưa vào trồng và duy trì ở Lào Cai từ khoảng 50 năm nay. Vỏ (quế nhục), cành (quế chi), lá (tinh dầu) và hạt đều được dùng.",
            "Cassia woods, a crop the Dao introduced and have kept in Lào Cai for about 50 years. The bark (quế nhục), twigs (quế chi), leaves (essential oil) and seeds are all used.",
        ),
        "species": [("Cinnamomum", "cassia")],
        "sources": [
            ("vnexpress_bacha", "Nậm Đét, ~1,500 ha; parts used"),
            ("tapchicongthuong", "introduced by the Dao about 50 years ago"),
        ],
    },
    {
        "slug": t("vung-sam-lai-chau-tam-duong", "tam-duong-lai-chau-ginseng"),
        "title": t(
            "Vùng trồng Sâm Lai Châu ở Tam Đường", "Lai Châu ginseng growing area, Tam Đường"
        ),
        "kind": "growing-area",
        "commune": ("lai-chau", "Khun Há"),
        "summary": t(
            "Kế hoạch của huyện Tam Đường hướng tới khoảng 700 ha Sâm Lai Châu vào năm 2030, tập trung ở các xã Khun Há, Giang Ma, Hồ Thầu, Tả Lèng, Sơn Bình.",
            "Tam Đường's plan aims at about 700 ha of Lai Châu ginseng by 2030, in Khun Há, Giang Ma, Hồ Thầu, Tả Lèng and Sơn Bình communes.",
        ),
        "what_to_see": p(
            "Đến năm 2035 kế hoạch hướng tới khoảng 1.000 ha. Sâm Lai Châu là loài bị săn lùng: trang này chỉ ghi tên xã, không ghi vị trí vườn.",
            "By 2035 the plan aims at about 1,000 ha. Lai Châu ginseng is poached: this page names the commune only, never where the gardens are.",
        ),
        "species": [("Panax", "vietnamensis", "fuscidiscus")],
        "sources": [("plan_tamduong", "700 ha by 2030 in five communes; 1,000 ha by 2035")],
    },
    {
        "slug": t("actiso-sa-pa", "sa-pa-artichoke"),
        "title": t("Actiso Sa Pa", "Sa Pa artichoke"),
        "kind": "growing-area",
        "commune": ("lao-cai", "Sa Pa"),
        "summary": t(
            "Actiso được trồng ở Sa Pa từ thời Pháp; actiso Sa Pa được công nhận đạt GACP-WHO.",
            "Artichoke has been grown in Sa Pa since the French period; Sa Pa artichoke is recognised as meeting GACP-WHO.",
        ),
        "what_to_see": p(
            "Trà và cao mềm actiso của Traphaco Sapa được công nhận là sản phẩm OCOP 5 sao quốc gia.",
            "Traphaco Sapa's artichoke tea and soft extract are recognised as national 5-star OCOP products.",
        ),
        "species": [("Cynara", "scolymus")],
        "sources": [
            ("dotatloi", "grown in Sa Pa since the French period"),
            ("nongnghiep", "GACP-WHO; OCOP"),
        ],
    },
    {
        "slug": t("thao-qua-sa-pa", "sa-pa-tsao-ko"),
        "title": t("Thảo quả dưới tán rừng Sa Pa", "Tsao-ko under the forest of Sa Pa"),
        "kind": "growing-area",
        "commune": ("lao-cai", "Sa Pa"),
        "summary": t(
            "Thảo quả được trồng dưới tán rừng ở Sa Pa và Bát Xát (Lào Cai).",
            "Tsao-ko is grown under the forest canopy in Sa Pa and Bát Xát (Lào Cai).",
        ),
        "what_to_see": p(
            "Người Dao, Mông và Hà Nhì thu hái quả từ khoảng tháng Chín. Bản đồ chỉ vị trí trung tâm xã Sa Pa, không phải một vườn cụ thể.",
            "The Dao, Mông and Hà Nhì harvest the fruit from about September. The map shows the centre of Sa Pa commune, not a particular plot.",
        ),
        "species": [("Lanxangia", "tsaoko")],
        "sources": [
            ("tailieuxanh", "grown under forest canopy in Sa Pa and Bát Xát"),
            ("facts", "harvested by the Dao, Mông and Hà Nhì from about September"),
        ],
    },
    {
        "slug": t("duong-quy-bac-ha", "bac-ha-dong-quai"),
        "title": t("Đương quy Bắc Hà", "Bắc Hà dong quai"),
        "kind": "growing-area",
        "commune": ("lao-cai", "Bắc Hà"),
        "summary": t(
            "Đương quy Bắc Hà (Lào Cai) được Bộ Y tế công nhận đạt GACP-WHO.",
            "Bắc Hà (Lào Cai) dong quai is recognised by the Ministry of Health as meeting GACP-WHO.",
        ),
        "what_to_see": p(
            "Đương quy là cây nhập nội, được trồng đầu tiên ở Sa Pa. Bản đồ chỉ vị trí trung tâm xã Bắc Hà, không phải một vườn cụ thể.",
            "Dong quai is an introduced crop, first grown in Sa Pa. The map shows the centre of Bắc Hà commune, not a particular plot.",
        ),
        "species": [("Angelica", "sinensis")],
        "sources": [
            ("nongnghiep", "Bắc Hà dong quai meets GACP-WHO"),
            ("dotatloi", "first grown in Sa Pa"),
        ],
    },
]

GARDEN = {
    "slug": t("vuon-trinh-dien", "demonstration-garden"),
    "title": t("Vườn trình diễn", "Demonstration garden"),
    "summary": t(
        "Vườn mẫu cho thấy các trạm mã QR hoạt động thế nào. Đây không phải một vườn có thật.",
        "A model garden showing how QR stations work. It is not a real garden.",
    ),
    "stations": [
        (
            1,
            ("Cinnamomum", "cassia"),
            t("Vỏ cây là quế nhục, cành là quế chi.", "The bark is quế nhục, the twigs quế chi."),
        ),
        (
            2,
            ("Lanxangia", "tsaoko"),
            t("Thảo quả được trồng dưới tán rừng.", "Tsao-ko is grown under the forest canopy."),
        ),
        (
            3,
            ("Cynara", "scolymus"),
            t("Actiso Sa Pa đạt GACP-WHO.", "Sa Pa artichoke meets GACP-WHO."),
        ),
        (
            4,
            ("Panax", "notoginseng"),
            t(
                "Cây thân thảo sống lâu năm, cao 20–60 cm, quả đỏ.",
                "A perennial herb 20–60 cm tall, with red fruit.",
            ),
        ),
        (
            5,
            ("Panax", "vietnamensis", "fuscidiscus"),
            t(
                "Loài bị săn lùng: không hái, không chỉ chỗ trồng.",
                "A poached species: do not pick it or tell where it grows.",
            ),
        ),
    ],
}

TOUR = {
    "slug": t("mot-vong-vuon", "garden-walk"),
    "title": t("Một vòng vườn trình diễn", "A walk round the demonstration garden"),
    "summary": t(
        "Năm trạm, từ quế đến Sâm Lai Châu, rồi hai câu chuyện trưng bày.",
        "Five stations, from cassia to Lai Châu ginseng, then two exhibit stories.",
    ),
    "duration": 45,
    "difficulty": "easy",
}

# A tour of real places, beside the model garden's walk: each stop is a place page
# that cites its sources. The stops run from west to east (by their commune centres).
# Duration: time at the stops only; the sources give no travel times.
REAL_TOUR = {
    "slug": t("vung-duoc-lieu-co-that", "real-growing-areas"),
    "title": t(
        "Những vùng dược liệu có thật: Tam Đường, Sa Pa, Bắc Hà",
        "Real growing areas: Tam Đường, Sa Pa and Bắc Hà",
    ),
    "summary": t(
        "Năm vùng trồng cây thuốc có thật ở Lai Châu và Lào Cai: Sâm Lai Châu ở Tam Đường, actiso và thảo quả ở Sa Pa, đương quy ở Bắc Hà, quế ở Nậm Đét.",
        "Five real growing areas in Lai Châu and Lào Cai: Lai Châu ginseng in Tam Đường, artichoke and tsao-ko in Sa Pa, dong quai in Bắc Hà, cassia in Nậm Đét.",
    ),
    "body": p(
        "Các điểm dừng ở hai tỉnh, xếp từ tây sang đông. Thời lượng chỉ tính thời gian ở các điểm dừng, không tính đường đi giữa chúng. Bảo tàng chỉ ghi tên xã của mỗi vùng trồng; mỗi điểm dừng ghi nguồn trên trang của nó.",
        "The stops are in two provinces, from west to east. The duration counts the time at the stops only, not the road between them. The museum gives only the commune of each growing area; each stop cites its sources on its own page.",
    ),
    "duration": 300,
    "difficulty": "moderate",
    "stops": [
        (
            "vung-sam-lai-chau-tam-duong",
            t(
                "Sâm Lai Châu bị săn lùng: đừng tìm vườn, đừng hỏi chỗ trồng.",
                "Lai Châu ginseng is poached: do not look for the gardens or ask where they are.",
            ),
        ),
        (
            "actiso-sa-pa",
            t(
                "Actiso được trồng ở Sa Pa từ thời Pháp.",
                "Artichoke has been grown in Sa Pa since the French period.",
            ),
        ),
        (
            "thao-qua-sa-pa",
            t(
                "Thảo quả được thu hái từ khoảng tháng Chín.",
                "Tsao-ko is harvested from about September.",
            ),
        ),
        (
            "duong-quy-bac-ha",
            t("Đương quy Bắc Hà đạt GACP-WHO.", "Bắc Hà dong quai meets GACP-WHO."),
        ),
        (
            "vung-que-nam-det",
            t(
                "Khoảng 1.500 ha quế; vỏ, cành, lá và hạt đều được dùng.",
                "About 1,500 ha of cassia; the bark, twigs, leaves and seeds are all used.",
            ),
        ),
    ],
}

FESTIVAL = {
    "slug": t("le-hoi-van-hoa-sam", "ginseng-cultural-festival"),
    "title": t("Lễ hội văn hóa Sâm", "Ginseng cultural festival"),
    "summary": t(
        "Kế hoạch phát triển Sâm Lai Châu của huyện Tam Đường (2024) nêu việc tham gia Lễ hội văn hóa Sâm để quảng bá Sâm Lai Châu gắn với du lịch cộng đồng.",
        "Tam Đường's 2024 plan for Lai Châu ginseng names taking part in the ginseng cultural festival as a way to promote the plant together with community tourism.",
    ),
    "body": p(
        "Kế hoạch của huyện Tam Đường không nêu ngày và địa điểm của lễ hội.",
        "Tam Đường's plan gives neither the dates nor the place of the festival.",
    ),
    "sources": [("plan_tamduong", "the festival as part of promoting Lai Châu ginseng")],
}

SAM = ("Panax", "vietnamensis", "fuscidiscus")
QUE = ("Cinnamomum", "cassia")


def text(vi, en):
    return t(("text", f"<p>{vi}</p>"), ("text", f"<p>{en}</p>"))


# The exhibits' audio guides: Vietnamese sentences each exhibit already shows, read by a
# speech program (``museum.demo.make_audio`` made the files; nobody was recorded). Latin
# names are left out: a Vietnamese voice cannot say them.
AUDIO_DIR = Path(__file__).resolve().parent / "audio"
# The program that spoke them, as ``make_audio`` reports it; credited on every guide.
SPEECH_CREDIT = "eSpeak NG 1.51"
AUDIO_GUIDES = {
    "sam-lai-chau": (
        "Sâm Lai Châu mọc ở dãy Pu Si Lung (Mường Tè, phía tây Sìn Hồ) và dãy Pu Sam Cáp, ở độ cao 1.400–2.200 m. "
        "Năm 2003–2004, cây được tìm thấy trong đợt khảo sát đa dạng sinh học của dự án thủy điện Sơn La. "
        "Hàng giả phổ biến: sâm trồng ở Trung Quốc bị bán như sâm Ngọc Linh hay Sâm Lai Châu. "
        "Loài này bị săn lùng, nên bảo tàng không công bố nơi nó mọc chính xác hơn cấp xã."
    ),
    "que-lao-cai": (
        "Quế Lào Cai là quế Trung Quốc, không phải quế Xri Lan-ca như một bài báo đã viết nhầm. "
        "Người Dao đưa cây quế vào trồng và duy trì ở Lào Cai từ khoảng 50 năm nay. "
        "Mục tiêu đến năm 2030: 150.000 ha quế, 50.000 tấn vỏ khô mỗi năm. "
        "Vỏ quế chứa nhiều coumarin; Viện BfR (Đức) khuyên dùng quế cassia vừa phải."
    ),
}


def audio_path(name):
    """Where the demo keeps the recording of ``AUDIO_GUIDES[name]``."""
    return AUDIO_DIR / f"{name}.ogg"


def audio_guide(name, title):
    """An exhibit's audio block: its Vietnamese transcript, spoken by a program."""
    return (
        "audio",
        {
            "audio": name,
            "title": title,
            "language": "vi",
            "voice": "generated",
            "credit": SPEECH_CREDIT,
            "transcript": f"<p>{AUDIO_GUIDES[name]}</p>",
        },
    )


def illustration(species, name):
    """An image block with the species' placeholder card; the caption says what it is,
    once (the card's credit names who drew it)."""
    return (
        "image",
        {
            "image": species,
            "alt": t(
                f"Thẻ minh họa {name['vi']}: lá cây cách điệu và tên của cây",
                f"Illustration card of {name['en']}: stylised leaves and the plant's names",
            ),
            "caption": t(
                f"{name['vi']}: hình minh họa, không phải ảnh chụp",
                f"{name['en']}: an illustration, not a photograph",
            ),
        },
    )


EXHIBITS = [
    {
        "slug": t("cau-chuyen-sam-lai-chau", "the-story-of-lai-chau-ginseng"),
        "title": t("Câu chuyện Sâm Lai Châu", "The story of Lai Châu ginseng"),
        "summary": t(
            "Từ dãy Pu Si Lung đến các vùng trồng ở Tam Đường: một loài sâm quý được tìm thấy năm 2003–2004.",
            "From the Pu Si Lung range to the growing areas of Tam Đường: a precious ginseng found in 2003–2004.",
        ),
        "body": [
            # The demo's one passage at all three reading levels (issue 15): the child and
            # expert texts restate what this exhibit and the species page already say.
            (
                "levelled_text",
                {
                    "general": p(
                        "Sâm Lai Châu (<i>Panax vietnamensis</i> var. <i>fuscidiscus</i>) mọc ở dãy Pu Si Lung (Mường Tè, phía tây Sìn Hồ) và dãy Pu Sam Cáp, ở độ cao 1.400–2.200 m.",
                        "Lai Châu ginseng (<i>Panax vietnamensis</i> var. <i>fuscidiscus</i>) grows in the Pu Si Lung range (Mường Tè, western Sìn Hồ) and the Pu Sam Cáp range, at 1,400–2,200 m.",
                    ),
                    "child": p(
                        "Sâm Lai Châu là một cây thuốc quý. Cây mọc trên núi cao ở tỉnh Lai Châu. Ở đó, núi cao từ 1.400 đến 2.200 mét. Người ta tìm thấy cây vào năm 2003–2004.",
                        "Lai Châu ginseng is a precious medicinal plant. It grows high in the mountains of Lai Châu province. There, the mountains are 1,400 to 2,200 metres high. People found it in 2003–2004.",
                    ),
                    "expert": p(
                        "<i>Panax vietnamensis</i> var. <i>fuscidiscus</i> K.Komatsu, S.Zhu & S.Q.Cai (Araliaceae). Tài liệu và văn bản pháp luật Việt Nam coi đây là một thứ riêng; Wikipedia tiếng Anh (theo POWO/WCVP) xếp var. <i>fuscidiscus</i> là tên đồng nghĩa của <i>Panax vietnamensis</i>: vị trí phân loại còn tranh luận. Phân bố: dãy Pu Si Lung (Mường Tè, phía tây Sìn Hồ, giáp biên giới Trung Quốc) và dãy Pu Sam Cáp (giữa Sìn Hồ, Tam Đường và thành phố Lai Châu), ở độ cao 1.400–2.200 m, nhiệt độ trung bình 18–20 °C.",
                        "<i>Panax vietnamensis</i> var. <i>fuscidiscus</i> K.Komatsu, S.Zhu & S.Q.Cai (Araliaceae). Vietnamese literature and legal texts treat it as a distinct variety; English Wikipedia, apparently following POWO/WCVP, lists var. <i>fuscidiscus</i> as a synonym of <i>Panax vietnamensis</i>: its rank is disputed. Distribution: the Pu Si Lung range (Mường Tè, western Sìn Hồ, on the China border) and the Pu Sam Cáp range (between Sìn Hồ, Tam Đường and Lai Châu city), at 1,400–2,200 m, mean temperature 18–20 °C.",
                    ),
                },
            ),
            audio_guide(
                "sam-lai-chau", t("Nghe: Câu chuyện Sâm Lai Châu", "Listen: Lai Châu ginseng")
            ),
            (
                "species",
                {"species": SAM, "note": t("Loài của câu chuyện này.", "The plant of this story.")},
            ),
            illustration(SAM, t("Sâm Lai Châu", "Lai Châu ginseng")),
            (
                "timeline",
                {
                    "heading": t("Các mốc", "Milestones"),
                    "events": [
                        (
                            t("2003–2004", "2003–2004"),
                            t(
                                "Được tìm thấy trong đợt khảo sát đa dạng sinh học của dự án thủy điện Sơn La.",
                                "Found by the biodiversity survey for the Sơn La hydropower project.",
                            ),
                        ),
                        (
                            t("2023", "2023"),
                            t(
                                "Quyết định 611/QĐ-TTg nêu Lai Châu (cùng Quảng Nam, Kon Tum) là vùng nguyên liệu sâm quy mô hàng hóa.",
                                "Decision 611/QĐ-TTg names Lai Châu (with Quảng Nam and Kon Tum) as a commodity-scale ginseng zone.",
                            ),
                        ),
                        (
                            t("2030", "2030"),
                            t(
                                "Mục tiêu của Tam Đường: khoảng 700 ha.",
                                "Tam Đường's target: about 700 ha.",
                            ),
                        ),
                        (
                            t("2035", "2035"),
                            t("Mục tiêu: khoảng 1.000 ha.", "Target: about 1,000 ha."),
                        ),
                    ],
                },
            ),
            text(
                "Hàng giả phổ biến: sâm trồng ở Trung Quốc bị bán như sâm Ngọc Linh hay Sâm Lai Châu. Loài này bị săn lùng, nên bảo tàng không công bố nơi nó mọc chính xác hơn cấp xã.",
                "Counterfeits are common: ginseng grown in China is sold as Ngọc Linh or Lai Châu ginseng. The plant is poached, so the museum publishes nothing finer than the commune about where it grows.",
            ),
            (
                "map",
                {
                    "heading": t("Vùng trồng", "Growing area"),
                    "places": ["vung-sam-lai-chau-tam-duong"],
                },
            ),
            (
                "quiz",
                {
                    "question": t(
                        "Quyết định 611/QĐ-TTg nêu tỉnh nào là vùng nguyên liệu sâm quy mô hàng hóa, cùng Quảng Nam và Kon Tum?",
                        "Which province does Decision 611/QĐ-TTg name as a commodity-scale ginseng zone, with Quảng Nam and Kon Tum?",
                    ),
                    "choices": [
                        (t("Lai Châu", "Lai Châu"), True),
                        (t("Lào Cai", "Lào Cai"), False),
                        (t("Điện Biên", "Điện Biên"), False),
                    ],
                    "explanation": t(
                        "Lào Cai và Điện Biên được nêu là các tỉnh có tiềm năng.",
                        "Lào Cai and Điện Biên are named among the potential provinces.",
                    ),
                },
            ),
        ],
        "sources": [
            ("mekongasean", "ranges, altitude and temperature"),
            ("vdl_panax", "name and authority"),
            ("wiki_pv", "var. fuscidiscus listed as a synonym"),
            ("vietnamnet_lc", "found in 2003–2004"),
            ("qd611", "Decision 611/QĐ-TTg"),
            ("plan_tamduong", "700 ha by 2030, 1,000 ha by 2035"),
            ("trungtamthuoc", "counterfeits"),
        ],
    },
    {
        "slug": t("que-lao-cai", "the-cassia-of-lao-cai"),
        "title": t("Quế Lào Cai", "The cassia of Lào Cai"),
        "summary": t(
            "Cây quế của người Dao: vỏ, cành, lá và hạt, và mục tiêu 150.000 ha của tỉnh.",
            "The Dao's cassia tree: bark, twigs, leaves and seeds, and the province's 150,000 ha target.",
        ),
        "body": [
            text(
                "Quế Lào Cai là <i>Cinnamomum cassia</i>, quế Trung Quốc, không phải quế Xri Lan-ca (<i>C. verum</i>) như một bài báo đã viết nhầm. Người Dao đưa cây quế vào trồng và duy trì ở Lào Cai từ khoảng 50 năm nay.",
                "Lào Cai cassia is <i>Cinnamomum cassia</i>, Chinese cassia, not Ceylon cinnamon (<i>C. verum</i>) as one magazine wrongly wrote. The Dao introduced the tree to Lào Cai and have kept it for about 50 years.",
            ),
            audio_guide("que-lao-cai", t("Nghe: Quế Lào Cai", "Listen: the cassia of Lào Cai")),
            ("species", {"species": QUE, "note": t("", "")}),
            illustration(QUE, t("Quế", "Chinese cassia")),
            (
                "quote",
                {
                    "quote": t(
                        "Xây dựng, hình thành các làng nghề sản xuất sản phẩm quế gắn với du lịch trải nghiệm.",
                        "Build craft villages making cassia products, linked with experience tourism.",
                    ),
                    "attribution": t(
                        "Kế hoạch phát triển dược liệu tỉnh Lào Cai 2026–2030",
                        "Lào Cai medicinal-plant plan 2026–2030",
                    ),
                    "source": t(
                        "UBND tỉnh Lào Cai, 2026",
                        "Lào Cai People's Committee, 2026 (our translation)",
                    ),
                },
            ),
            text(
                "Mục tiêu đến năm 2030: 150.000 ha quế, 50.000 tấn vỏ khô mỗi năm. Vỏ quế chứa nhiều coumarin; Viện BfR (Đức) khuyên dùng quế cassia vừa phải.",
                "The target for 2030: 150,000 ha of cassia and 50,000 t of dry bark a year. Cassia bark is high in coumarin; Germany's BfR advises eating cassia in moderation.",
            ),
            ("remedy", {"remedy": "vo-que-thuoc-am"}),
            (
                "map",
                {
                    "heading": t("Nơi xem quế", "Where to see cassia"),
                    "places": ["vung-que-nam-det"],
                },
            ),
            (
                "quiz",
                {
                    "question": t(
                        "Vỏ quế được gọi là gì?", "What is cassia bark called in Vietnamese?"
                    ),
                    "choices": [
                        (t("Quế nhục", "Quế nhục"), True),
                        (t("Quế chi", "Quế chi"), False),
                    ],
                    "explanation": t("Quế chi là cành quế.", "Quế chi are the twigs."),
                },
            ),
        ],
        "sources": [
            ("tapchicongthuong", "the C. verum error; the Dao introduced cassia"),
            ("trungtamthuoc", "names of bark and twigs"),
            ("plan_laocai", "150,000 ha and 50,000 t by 2030; craft villages"),
            ("bfr", "coumarin"),
        ],
    },
]

LESSON = {
    "slug": t("cay-thuoc-quy-va-bao-ve", "precious-plants-and-protecting-them"),
    "title": t(
        "Cây thuốc quý và cách bảo vệ chúng", "Precious medicinal plants and how to protect them"
    ),
    "age_group": t("Trung học cơ sở, 11–14 tuổi", "Lower secondary, ages 11–14"),
    "duration": 45,
    "summary": t(
        "Học sinh tìm hiểu Sâm Lai Châu và quế, và vì sao có loài không được khai thác tự nhiên.",
        "Pupils meet Lai Châu ginseng and cassia, and learn why some plants must not be taken from the wild.",
    ),
    "objectives": t(
        "<ul><li>Kể tên hai cây thuốc của Lai Châu và Lào Cai.</li><li>Giải thích vì sao bảo tàng không công bố nơi mọc của loài bị săn lùng.</li><li>Phân biệt cây trồng với cây khai thác tự nhiên.</li></ul>",
        "<ul><li>Name two medicinal plants of Lai Châu and Lào Cai.</li><li>Explain why the museum does not publish where poached plants grow.</li><li>Tell cultivated plants from wild-harvested ones.</li></ul>",
    ),
    "teacher_notes": p(
        "Xem hai câu chuyện trưng bày trước giờ học. Các bài thuốc trên trang là tư liệu về truyền thống, không phải lời khuyên y tế: hãy nói rõ với học sinh.",
        "Look through the two exhibits before the lesson. The remedies on the site document tradition and are not medical advice: tell the pupils so.",
    ),
    "worksheet": t(
        "<ol><li>Sâm Lai Châu mọc ở độ cao nào?</li><li>Kể ba bộ phận của cây quế được sử dụng.</li><li>Vì sao không nên hái cây thuốc quý ngoài tự nhiên?</li></ol>",
        "<ol><li>At what altitude does Lai Châu ginseng grow?</li><li>Name three parts of the cassia tree that are used.</li><li>Why should precious plants not be picked in the wild?</li></ol>",
    ),
    "quiz": [
        {
            "question": t("Quế Lào Cai là loài nào?", "Which species is Lào Cai cassia?"),
            "choices": [
                (t("Cinnamomum cassia", "Cinnamomum cassia"), True),
                (t("Cinnamomum verum", "Cinnamomum verum"), False),
            ],
            "explanation": t("C. verum là quế Xri Lan-ca.", "C. verum is Ceylon cinnamon."),
        },
        {
            "question": t(
                "Sâm Lai Châu mọc ở độ cao nào?", "At what altitude does Lai Châu ginseng grow?"
            ),
            "choices": [
                (t("1.400–2.200 m", "1,400–2,200 m"), True),
                (t("Dưới 500 m", "Below 500 m"), False),
                (t("Trên 3.000 m", "Above 3,000 m"), False),
            ],
            "explanation": t(
                "Nhiệt độ trung bình ở đó 18–20 °C.", "The mean temperature there is 18–20 °C."
            ),
        },
        {
            "question": t(
                "Vì sao bảo tàng chỉ ghi tên xã nơi trồng Sâm Lai Châu?",
                "Why does the museum give only the commune where Lai Châu ginseng grows?",
            ),
            "choices": [
                (t("Để bảo vệ cây khỏi bị săn lùng", "To protect the plant from poachers"), True),
                (t("Vì không ai biết", "Because nobody knows"), False),
            ],
            "explanation": t("", ""),
        },
    ],
}
