"""Demo remedies, knowledge articles and communities, from ../shared/facts/species_facts.md.

Uses are documented traditional uses as the fact sheet records them, each
with its source (section A of the fact sheet, confidence H or M; an L fact
is said to be reported by a secondary source). No doses: the fact sheet
leaves them out on purpose. The community-only and withheld items exist to
show the access protocols: the community-only one says what the fact sheet
says, no more; the withheld one holds a placeholder, because nothing the fact
sheet publishes may pass for knowledge a community keeps to itself.
"""

from pathlib import Path

from species.demo.sources import SECONDARY, SOURCES


def t(vi, en):
    return {"vi": vi, "en": en}


def p(vi, en):
    return {"vi": f"<p>{vi}</p>", "en": f"<p>{en}</p>"}


EXTRA_SOURCES = {
    "chimruoi": {
        "kind": "web",
        "title": "Thảo quả (monograph citing standard Vietnamese texts)",
        "publisher": "1001chimruoi",
        "note": SECONDARY,
    },
    "yenbai": {
        "kind": "web",
        "title": "Quế Văn Yên (provincial page on cassia)",
        "publisher": "yenbai.gov.vn",
    },
    "laichau_dantoc": {
        "kind": "web",
        "title": "Tổng quan về các dân tộc (from Địa chí Lai Châu, 2020)",
        "publisher": "laichau.gov.vn",
    },
    "dulichyty": {
        "kind": "web",
        "title": "The Dao in Bát Xát; Nôm Dao books and classes",
        "publisher": "dulichyty.vn",
    },
    "hani_wiki": {
        "kind": "web",
        "title": "Tiếng Hà Nhì",
        "publisher": "Wikipedia (Vietnamese)",
    },
}


def source(key):
    return SOURCES.get(key) or EXTRA_SOURCES[key]


COMMUNITIES = [
    {
        "code": "dao-lao-cai",
        "name": t("Người Dao ở Lào Cai", "The Dao of Lào Cai"),
        "ethnic_group": t("Dao", "Dao"),
        "language": "Dao (Hmong–Mien); Nôm Dao script",
        "provinces": ["lao-cai"],
        "sources": ["dulichyty", "tapchicongthuong"],
    },
    {
        "code": "hmong",
        "name": t("Người H'Mông ở Lai Châu và Lào Cai", "The H'Mông of Lai Châu and Lào Cai"),
        "ethnic_group": t("H'Mông", "H'Mông"),
        "language": "H'Mông (Hmong–Mien)",
        "provinces": ["lai-chau", "lao-cai"],
    },
    {
        "code": "ha-nhi-bat-xat",
        "name": t("Người Hà Nhì ở Bát Xát (Lào Cai)", "The Hà Nhì of Bát Xát (Lào Cai)"),
        "ethnic_group": t("Hà Nhì", "Hà Nhì"),
        "language": "Hà Nhì (Sino-Tibetan, Loloish; ISO 639-3 hni)",
        "provinces": ["lao-cai"],
    },
]

CONDITIONS = [
    (
        "bleeding",
        t("Chảy máu", "Bleeding"),
        t(
            "Chảy máu cam, nôn ra máu, lỵ ra máu, sau sinh, chấn thương.",
            "Nosebleed, vomiting blood, dysentery with blood, post-partum, trauma.",
        ),
    ),
    ("snakebite", t("Rắn cắn", "Snakebite"), None),
    ("fever", t("Sốt", "Fever"), None),
    ("dysentery", t("Lỵ, viêm ruột", "Dysentery and gastroenteritis"), None),
    ("digestive", t("Đầy bụng, nôn, tiêu chảy", "Bloating, vomiting, diarrhoea"), None),
    ("tonic", t("Suy nhược, bồi bổ", "Weakness (as a tonic)"), None),
    ("circulation", t("Lưu thông khí huyết", "Circulation"), None),
    ("mouth", t("Loét miệng, hôi miệng, đau răng", "Mouth ulcers, bad breath, toothache"), None),
]

# Conditions that need emergency care: their remedies open with "Seek emergency care now".
# "bleeding" covers vomiting blood, post-partum bleeding and trauma (its description).
EMERGENCY_CONDITIONS = {"snakebite", "bleeding"}

# Ingredients name catalogue species by (genus, epithet) and a part code.
REMEDIES = [
    {
        "slug": t("tam-that-cam-mau", "notoginseng-for-bleeding"),
        "title": t("Tam thất cầm máu", "Notoginseng to stop bleeding"),
        "summary": t(
            "Củ tam thất được dùng để cầm máu và tán ứ: chảy máu cam, nôn ra máu, lỵ ra máu, sau sinh, chấn thương.",
            "The root of tam thất is used to stop bleeding and disperse stasis: nosebleed, vomiting blood, dysentery with blood, after childbirth, trauma.",
        ),
        "conditions": ["bleeding"],
        "ingredients": [{"species": ("Panax", "notoginseng"), "part": "root"}],
        "cautions": p(
            "Không được nhầm với “thổ tam thất” (<i>Gynura japonica</i>, <i>G. segetum</i>, họ Cúc): cây này chứa alcaloid pyrrolizidin và gây hội chứng tắc xoang gan (hơn 2.200 ca được tổng hợp ở Trung Quốc). Một nguồn thứ cấp ghi không nên dùng khi có thai.",
            "Do not confuse with “thổ tam thất” (<i>Gynura japonica</i>, <i>G. segetum</i>, Asteraceae): it contains pyrrolizidine alkaloids and causes hepatic sinusoidal obstruction syndrome (over 2,200 cases reviewed in China). A secondary source reports it is not recommended in pregnancy.",
        ),
        "evidence": [
            (
                1,
                t(
                    "Công dụng cầm máu, tán ứ theo kinh nghiệm truyền thống.",
                    "Haemostatic use as recorded in tradition.",
                ),
                "dotatloi",
            ),
        ],
        "sources": [
            ("dotatloi", "uses"),
            ("zhu2020", "the Gynura confusion"),
            ("trungtamthuoc", "pregnancy caution (secondary)"),
        ],
        "labels": [],
    },
    {
        "slug": t("bay-la-mot-hoa-ran-can", "paris-for-snakebite"),
        "title": t("Bảy lá một hoa chữa rắn cắn", "Paris rhizome for snakebite"),
        "summary": t(
            "Thân rễ bảy lá một hoa được dùng để thanh nhiệt, giải độc, nhất là khi rắn cắn; còn dùng khi sốt, mụn nhọt, viêm vú, sốt rét, ho lâu ngày, và đắp ngoài chỗ sưng.",
            "The rhizome is used to clear heat and detoxify, especially for snakebite; also for fever, boils, mastitis, malaria and chronic cough, and applied on swellings.",
        ),
        "conditions": ["snakebite", "fever"],
        "ingredients": [{"species": ("Paris", "polyphylla"), "part": "rhizome"}],
        "cautions": p(
            "Loài gần <i>Paris quadrifolia</i> có độc (gây tẩy, gây nôn); thân rễ chứa saponin steroid. Theo y học cổ truyền không dùng cho thể “hư hàn”.",
            "The related <i>Paris quadrifolia</i> is toxic (purgative, emetic); the rhizome contains steroidal saponins. Traditional medicine does not use it in “cold-deficiency” (hư hàn) patterns.",
        ),
        "evidence": [(1, t("", ""), "dotatloi")],
        "sources": [("dotatloi", "uses and cautions"), ("trungtamthuoc", "cautions")],
        "labels": [],
    },
    {
        "slug": t("hoang-lien-chua-ly", "goldthread-for-dysentery"),
        "title": t("Hoàng liên chữa lỵ", "Goldthread for dysentery"),
        "summary": t(
            "Thân rễ hoàng liên, vị đắng, được dùng khi lỵ, viêm ruột, đau mắt đỏ, loét miệng.",
            "The bitter rhizome is used for dysentery, gastroenteritis, red eyes and mouth ulcers.",
        ),
        "conditions": ["dysentery", "mouth"],
        "ingredients": [{"species": ("Coptis", "chinensis"), "part": "rhizome"}],
        "cautions": p(
            "Chống chỉ định truyền thống: huyết hư, khí hư, tỳ vị yếu, trẻ em lên đậu, ỉa chảy. Liều cao trong thí nghiệm gây ức chế hô hấp và hạ huyết áp.",
            "Traditional contraindications: blood or qi deficiency, weak spleen and stomach, children with pox, diarrhoea. High experimental doses cause respiratory depression and hypotension.",
        ),
        "evidence": [
            (1, t("", ""), "dotatloi"),
            (
                2,
                t(
                    "Thân rễ chứa khoảng 7% alcaloid toàn phần (berberin); tác dụng ở liều cao được ghi nhận trên thực nghiệm.",
                    "The rhizome holds about 7% total alkaloids (berberine); effects at high doses recorded in experiments.",
                ),
                "dotatloi",
            ),
        ],
        "sources": [("dotatloi", "uses, alkaloids and contraindications")],
        "labels": [],
    },
    {
        "slug": t("sam-cau-thuoc-bo", "golden-eye-grass-tonic"),
        "title": t("Sâm cau làm thuốc bổ", "Golden eye-grass as a tonic"),
        "summary": t(
            "Thân rễ sâm cau được đồng bào vùng cao phía Bắc dùng làm thuốc bổ; theo y học cổ truyền bổ thận dương (liệt dương, chân tay lạnh, thấp khớp).",
            "Northern highland peoples use the rhizome as a tonic; traditional medicine uses it to tonify kidney yang (impotence, cold limbs, rheumatism).",
        ),
        "conditions": ["tonic"],
        "ingredients": [
            {
                "species": ("Curculigo", "orchioides"),
                "part": "rhizome",
                "preparation": t("ngâm nước vo gạo", "soaked in rice water"),
            },
            {"other": "Nước vo gạo / rice water"},
        ],
        "cautions": p(
            "Y học cổ truyền xếp sâm cau vào loại “có độc”; theo truyền thống ngâm nước vo gạo để giảm độc, và dùng lâu được cho là gây kiệt sức. Rễ cây bồng bồng (<i>Dracaena angustifolia</i>) bị bán giả làm sâm cau.",
            "Traditional medicine classes sâm cau as “toxic”; it is traditionally soaked in rice water to reduce toxicity, and long use is said to cause exhaustion. Roots of <i>Dracaena angustifolia</i> are sold as sâm cau.",
        ),
        "preparation": p(
            "Theo truyền thống, thân rễ được ngâm nước vo gạo để giảm độc.",
            "Traditionally the rhizome is soaked in rice water to reduce its toxicity.",
        ),
        "evidence": [(1, t("", ""), "trungtamthuoc")],
        "sources": [("trungtamthuoc", "uses and cautions, citing Nghiêm Đức Trọng (secondary)")],
        "labels": [],
    },
    {
        "slug": t("vo-que-thuoc-am", "cassia-bark-warming-remedy"),
        "title": t("Vỏ quế làm thuốc ấm", "Cassia bark as a warming remedy"),
        "summary": t(
            "Vỏ quế là gia vị và là vị thuốc ấm trong y học cổ truyền (tiêu hóa, lưu thông khí huyết).",
            "Cassia bark is a spice and a warming remedy in traditional medicine (digestion, circulation).",
        ),
        "conditions": ["digestive", "circulation"],
        "ingredients": [{"species": ("Cinnamomum", "cassia"), "part": "bark"}],
        "cautions": p(
            "Quế (cassia) chứa nhiều <b>coumarin</b>: lượng ăn vào chấp nhận được hằng ngày (EFSA) là 0,1 mg/kg thể trọng; BfR khuyên dùng quế cassia điều độ. Một nguồn thứ cấp ghi chống chỉ định truyền thống khi có thai.",
            "Cassia is high in <b>coumarin</b>: the EFSA tolerable daily intake is 0.1 mg/kg body weight; BfR advises moderate consumption of cassia. A secondary source reports a traditional contraindication in pregnancy.",
        ),
        "evidence": [(1, t("", ""), "yenbai")],
        "sources": [
            ("yenbai", "uses"),
            ("bfr", "coumarin"),
            ("trungtamthuoc", "uses; pregnancy (secondary)"),
        ],
        "labels": [],
    },
    {
        "slug": t("thao-qua-tieu-hoa", "tsao-ko-for-digestion"),
        "title": t("Thảo quả chữa đầy bụng", "Tsao-ko for bloating"),
        "summary": t(
            "Quả thảo quả được dùng khi đầy bụng, nôn, tiêu chảy, sốt kiểu sốt rét, hôi miệng và đau răng.",
            "The fruit is used for bloating, vomiting, diarrhoea, malaria-like fevers, bad breath and toothache.",
        ),
        "conditions": ["digestive", "fever", "mouth"],
        "ingredients": [{"species": ("Lanxangia", "tsaoko"), "part": "fruit"}],
        "cautions": p(
            "Các nguồn dùng ở đây không ghi lưu ý riêng cho thảo quả; điều đó không có nghĩa là an toàn với mọi người.",
            "The sources used here record no specific caution for tsao-ko; that does not mean it is safe for everyone.",
        ),
        "evidence": [(1, t("", ""), "chimruoi")],
        "sources": [("chimruoi", "uses (secondary, citing standard texts)")],
        "labels": [],
    },
]

REMEDIES.append(
    {
        "slug": t("sam-ngoc-linh-thuoc-bo", "ngoc-linh-ginseng-tonic"),
        "title": t("Sâm Ngọc Linh làm thuốc bổ", "Ngoc Linh ginseng as a tonic"),
        "summary": t(
            "Thân rễ và rễ củ sâm Ngọc Linh được dùng làm thuốc bổ, chống mệt mỏi, phục hồi sau ốm; thân rễ tươi dùng khi đau họng và xuất huyết bên trong.",
            "The rhizome and tuberous roots are used as a tonic, against fatigue and for recovery after illness; the fresh rhizome for sore throat and internal bleeding.",
        ),
        "conditions": ["tonic", "bleeding"],
        "ingredients": [{"species": ("Panax", "vietnamensis"), "part": "rhizome"}],
        "cautions": p(
            "Một nguồn thứ cấp khuyên tránh dùng khi có thai, tăng huyết áp, mất ngủ và cho trẻ em. Hàng giả phổ biến: sâm trồng ở Trung Quốc bị bán làm sâm Ngọc Linh hoặc sâm Lai Châu, có tồn dư thuốc bảo vệ thực vật bị cấm (nguồn thứ cấp).",
            "A secondary source advises avoiding it in pregnancy, hypertension, insomnia and in children. Counterfeits are common: ginseng grown in China is sold as Ngọc Linh or Lai Châu ginseng, with residues of banned pesticides (secondary source).",
        ),
        "evidence": [(1, t("", ""), "vnredlist_pv")],
        "sources": [
            ("vnredlist_pv", "uses"),
            ("trungtamthuoc", "cautions and counterfeits (secondary)"),
        ],
        "labels": [],
    }
)

ARTICLES = [
    {
        "slug": t("thao-qua-duoi-tan-rung", "tsao-ko-under-the-forest-canopy"),
        "title": t("Thảo quả dưới tán rừng", "Tsao-ko under the forest canopy"),
        "summary": t(
            "Thảo quả được trồng dưới tán rừng ở Sa Pa, Bát Xát và ở Lai Châu; người Dao, Mông và Hà Nhì thu hái từ khoảng tháng Chín.",
            "Tsao-ko is grown under the forest canopy in Sa Pa, Bát Xát and in Lai Châu; the Dao, Mông and Hà Nhì harvest it from about September.",
        ),
        "body": {
            "vi": "<p>Thảo quả được trồng dưới tán rừng ở Sa Pa và Bát Xát (các huyện cũ của Lào Cai) và ở Lai Châu. Người Dao, Mông và Hà Nhì thu hái quả từ khoảng tháng Chín.</p><p>Người H'Mông gọi cây là “lờ hảo”, người Tày gọi là “mác hấu”.</p>",
            "en": "<p>Tsao-ko is grown under the forest canopy in Sa Pa and Bát Xát (former districts of Lào Cai) and in Lai Châu. The Dao, Mông and Hà Nhì harvest the fruit from about September.</p><p>The H'Mông call the plant “lờ hảo”; the Tày call it “mác hấu”.</p>",
        },
        "species": [("Lanxangia", "tsaoko")],
        "recording": "thao-qua-duoi-tan-rung",
        "sources": [
            ("tailieuxanh", "cultivation, harvest and ethnic names"),
            ("chimruoi", "harvest season"),
        ],
        "labels": ["TK MC", "TK A", "TK NV"],
        "access": "public",
    },
    {
        "slug": t("nghe-trong-que-cua-nguoi-dao", "dao-cassia-growing"),
        "title": t("Nghề trồng quế của người Dao ở Lào Cai", "Dao cassia growing in Lào Cai"),
        "summary": t(
            "Người Dao ở Lào Cai đưa cây quế vào trồng và gìn giữ nghề quế từ khoảng 50 năm nay.",
            "The Dao of Lào Cai introduced cassia growing about fifty years ago and have kept it up since.",
        ),
        "body": {
            "vi": "<p>Việc trồng quế ở Lào Cai do người Dao đưa vào và duy trì từ khoảng 50 năm nay.</p><p><em>Mục trình diễn:</em> bài này chỉ hiển thị cho thành viên nhóm cộng đồng Dao, để minh họa quy tắc truy cập “chỉ cộng đồng”.</p>",
            "en": "<p>Cassia growing in Lào Cai was introduced and has been maintained by the Dao for about fifty years.</p><p><em>Demo item:</em> this article is shown to members of the Dao community group only, to show the community-only protocol.</p>",
        },
        "species": [("Cinnamomum", "cassia")],
        "sources": [("tapchicongthuong", "Dao cultivation of cassia")],
        "labels": ["TK A", "TK CO"],
        "access": "community",
        "community": "dao-lao-cai",
        "consent": {"given_by": "Demo record (not a real consent)", "date": "2026-01-15"},
    },
    {
        "slug": t("tri-thuc-ha-nhi-ve-bay-la-mot-hoa", "ha-nhi-knowledge-of-paris"),
        "title": t("Tri thức của người Hà Nhì về bảy lá một hoa", "Hà Nhì knowledge of Paris"),
        # A withheld item holds what a community does not publish; the fact sheet has
        # nothing of the kind (its Hà Nhì name of Paris is in a newspaper, and public on
        # the species page), so the demo holds a placeholder that says so.
        "summary": t(
            "[Được giữ lại theo yêu cầu của cộng đồng; nội dung giữ chỗ trong bản trình diễn]",
            "[Withheld at the community's request; placeholder in the demo]",
        ),
        "body": {
            "vi": "<p>[Được giữ lại theo yêu cầu của cộng đồng; nội dung giữ chỗ trong bản trình diễn. Mục này không bao giờ được đưa lên mạng.]</p>",
            "en": "<p>[Withheld at the community's request; placeholder in the demo. This item is never shown online.]</p>",
        },
        "species": [("Paris", "polyphylla")],
        "sources": [("facts", "Hà Nhì name (section F)")],
        "labels": ["TK A", "TK SS"],
        "access": "withheld",
        "community": "ha-nhi-bat-xat",
        "stub": True,
    },
]


# Recordings of public articles: the article's own Vietnamese text read by a speech
# program (``museum.demo.make_audio`` made the files; nobody was recorded), so the
# caption says so. The transcript is what the voice says.
RECORDINGS = {
    "thao-qua-duoi-tan-rung": {
        "title": "Thảo quả dưới tán rừng",
        "transcript": (
            "Thảo quả được trồng dưới tán rừng ở Sa Pa và Bát Xát (các huyện cũ của Lào Cai) "
            "và ở Lai Châu. Người Dao, Mông và Hà Nhì thu hái quả từ khoảng tháng Chín. "
            "Người H'Mông gọi cây là “lờ hảo”, người Tày gọi là “mác hấu”."
        ),
        "caption": {
            "vi": "Bài viết đọc bằng giọng máy tiếng Việt (không phải bản ghi giọng người)",
            "en": "The article read aloud by a computer-generated Vietnamese voice "
            "(not a recording of a person)",
            "fr": "L’article lu par une voix de synthèse en vietnamien "
            "(pas l’enregistrement d’une personne)",
            "zh_hans": "由电脑合成的越南语语音朗读本文（并非真人录音）",
        },
        "credit": "eSpeak NG 1.51",
        "licence": "CC0 1.0",
    },
}


def recording_path(name):
    """Where the demo keeps the recording ``RECORDINGS[name]``."""
    return Path(__file__).resolve().parent / "audio" / f"{name}.ogg"
