"""The sources the demo species cite, as the fact sheet names them.

Each entry becomes a ``base.Source``; a species names the ones it rests on.
"""

# Notes on sources are read by visitors: one text per language.
SECONDARY = {
    "vi": "Nguồn thứ cấp hoặc thương mại: các thông tin từ nguồn này được nêu như nguồn ghi nhận, chưa được xác nhận.",
    "en": "Secondary or commercial source: its facts are shown as reported, not confirmed.",
    "fr": "Source secondaire ou commerciale : ses informations sont présentées telles qu’elle les rapporte, sans confirmation.",
    "zh_hans": "二手或商业来源：其信息按来源所述列出，未经证实。",
}

SOURCES = {
    "facts": {
        "kind": "report",
        "title": "Fact sheet: medicinal plants for a Lai Châu / Lào Cai digital museum",
        "publisher": "Dược liệu số project (compiled from the sources cited on each page)",
        "note": {
            "vi": "Dữ liệu IUCN theo Danh lục Đỏ phiên bản 2021-1.",
            "en": "IUCN data as of Red List v2021-1.",
            "fr": "Données de l’UICN selon la Liste rouge, version 2021-1.",
            "zh_hans": "IUCN 数据，截至红色名录 2021-1 版。",
        },
    },
    "dotatloi": {
        "kind": "book",
        "authors": "Đỗ Tất Lợi",
        "title": "Những cây thuốc và vị thuốc Việt Nam",
    },
    "vdl_panax": {
        "kind": "book",
        "authors": "Phạm Thanh Huyền et al. (Viện Dược liệu)",
        "title": "Nhận dạng các loài thuộc chi Panax L. ở Việt Nam",
        "url": "https://nhathuocngocanh.com/nhan-dang-cac-loai-thuoc-chi-panaxl-o-viet-nam",
    },
    "thanhnien_sam": {
        "kind": "web",
        "title": "Quốc bảo sâm Việt Nam",
        "publisher": "Thanh Niên",
        "url": "https://thanhnien.vn/thoi-su/quoc-bao-sam-viet-nam-1129459.html",
    },
    "wiki_pv": {
        "kind": "web",
        "title": "Panax vietnamensis",
        "publisher": "Wikipedia (English)",
        "url": "https://en.wikipedia.org/wiki/Panax_vietnamensis",
    },
    "vietnamnet_lc": {
        "kind": "web",
        "title": "Lai Chau ginseng",
        "publisher": "VietNamNet (English edition)",
    },
    "mekongasean": {
        "kind": "web",
        "title": "Sâm Lai Châu (articles on distribution and cultivation)",
        "publisher": "mekongasean.vn",
    },
    "kewr": {
        "kind": "dataset",
        "title": "kewr: snapshot of IUCN Red List angiosperm assessments, version 2021-1",
        "url": "https://github.com/barnabywalker/kewr",
    },
    "tt16": {
        "kind": "legal",
        "authors": "Bộ Y tế",
        "year": 2022,
        "title": "Thông tư 16/2022/TT-BYT: danh mục dược liệu quý, hiếm, đặc hữu phải kiểm soát",
        "note": {
            "vi": "Văn bản được tra cứu qua vietjack.me và pbgdpl.camau.gov.vn.",
            "en": "Text consulted via vietjack.me and pbgdpl.camau.gov.vn.",
            "fr": "Texte consulté sur vietjack.me et pbgdpl.camau.gov.vn.",
            "zh_hans": "文本经由 vietjack.me 和 pbgdpl.camau.gov.vn 查阅。",
        },
    },
    "qd611": {
        "kind": "legal",
        "authors": "Thủ tướng Chính phủ",
        "year": 2023,
        "title": "Quyết định 611/QĐ-TTg: Chương trình phát triển sâm Việt Nam đến năm 2030, tầm nhìn 2045",
        "note": {
            "vi": "Văn bản được tra cứu qua thuviennhadat.vn và vneconomy.vn.",
            "en": "Text consulted via thuviennhadat.vn and vneconomy.vn.",
            "fr": "Texte consulté sur thuviennhadat.vn et vneconomy.vn.",
            "zh_hans": "文本经由 thuviennhadat.vn 和 vneconomy.vn 查阅。",
        },
    },
    "vnredlist_pv": {
        "kind": "web",
        "title": "Panax vietnamensis Ha & Grushv. 1985",
        "publisher": "Danh lục Đỏ Việt Nam (vnredlist, IEBR–VAST)",
        "url": "http://vnredlist.vast.vn/panax-vietnamensis-ha-grushv-1985",
    },
    "vnredlist_pk": {
        "kind": "web",
        "title": "Polygonatum kingianum Coll. et Hemsl. 1890",
        "publisher": "Danh lục Đỏ Việt Nam (vnredlist, IEBR–VAST)",
        "url": "http://vnredlist.vast.vn/polygonatum-kingianum-coll-et-hemsl-1890",
    },
    "vnredlist_et": {
        "kind": "web",
        "title": "Eleutherococcus trifoliatus (L.) S.Y.Hu 1980",
        "publisher": "Danh lục Đỏ Việt Nam (vnredlist, IEBR–VAST)",
        "url": "http://vnredlist.vast.vn/eleutherococcus-trifoliatus-l-s-y-hu-1980",
    },
    "vnredlist_lp": {
        "kind": "web",
        "title": "Lilium poilanei Gagnep. 1934",
        "publisher": "Danh lục Đỏ Việt Nam (vnredlist, IEBR–VAST)",
        "url": "http://vnredlist.vast.vn/lilium-poilanei-gagnep-1934",
    },
    "vnredlist_af": {
        "kind": "web",
        "title": "Asparagus filicinus Buch.-Ham. ex D.Don 1825",
        "publisher": "Danh lục Đỏ Việt Nam (vnredlist, IEBR–VAST)",
        "url": "http://vnredlist.vast.vn/asparagus-filicinus-buch-ham-ex-d-don-1825",
    },
    "vncreatures": {
        "kind": "web",
        "title": "Sách Đỏ Việt Nam (species pages)",
        "publisher": "vncreatures.net",
    },
    "thiennhien": {
        "kind": "web",
        "title": "Viện Dược liệu on threatened Panax species",
        "publisher": "thiennhien.net",
    },
    "zhu2020": {
        "kind": "article",
        "authors": "Zhu et al.",
        "year": 2020,
        "title": "Article on hepatic sinusoidal obstruction syndrome caused by Gynura "
        "(thổ tam thất), doi:10.1038/s41401-020-00553-9",
        "publisher": "Acta Pharmacologica Sinica",
        "url": "https://doi.org/10.1038/s41401-020-00553-9",
    },
    "eol_foc": {
        "kind": "web",
        "title": "Flora of China treatment of Panax notoginseng",
        "publisher": "eol.org",
    },
    # Chinese names are cited from Flora of China (eFloras.org), the treatment of each
    # species, and written as the flora prints them (characters, toneless pinyin).
    "foc_cassia": {
        "kind": "web",
        "authors": "Li Xiwen, Li Jie & H. van der Werff",
        "year": 2008,
        "title": "Flora of China, vol. 7 (Lauraceae): Cinnamomum cassia",
        "publisher": "eFloras.org (Missouri Botanical Garden; Harvard University Herbaria)",
        "url": "http://www.efloras.org/florataxon.aspx?flora_id=3&taxon_id=200008698",
    },
    "foc_coptis": {
        "kind": "web",
        "authors": "Fu Dezhi & O. R. Robinson",
        "title": "Flora of China, vol. 6 (Ranunculaceae): Coptis",
        "publisher": "Flora of China (foc.iplant.cn)",
        "url": "http://foc.iplant.cn/content.aspx?TaxonID=107946",
    },
    "foc_angelica": {
        "kind": "web",
        "authors": "Pan Zehui & M. F. Watson",
        "year": 2005,
        "title": "Flora of China, vol. 14 (Apiaceae), p. 168: Angelica sinensis",
        "publisher": "eFloras.org (Missouri Botanical Garden; Harvard University Herbaria)",
        "url": "http://www.efloras.org/florataxon.aspx?flora_id=2&taxon_id=200015389",
    },
    "foc_tsaoko": {
        "kind": "web",
        "title": "Flora of China, vol. 24 (Zingiberaceae): Amomum tsaoko",
        "publisher": "eFloras.org (Missouri Botanical Garden; Harvard University Herbaria)",
        "url": "http://www.efloras.org/florataxon.aspx?flora_id=2&taxon_id=240001100",
    },
    "foc_paris": {
        "kind": "book",
        "title": "Flora of China, vol. 24 (Liliaceae), p. 90: Paris polyphylla",
        "publisher": "Science Press; Missouri Botanical Garden Press",
    },
    "cn_flora": {
        "kind": "web",
        "title": "Panax bipinnatifidus (羽叶三七)",
        "publisher": "cn-flora.ac.cn",
    },
    "plantuse_cassia": {
        "kind": "web",
        "title": "Cinnamomum aromaticum (= C. cassia): noms populaires",
        "publisher": "Pl@ntUse (Pl@ntNet)",
        "url": "https://uses.plantnet-project.org/fr/Cinnamomum_aromaticum",
    },
    "tracuuduoclieu": {
        "kind": "web",
        "title": "Tam thất (Panax notoginseng)",
        "publisher": "tracuuduoclieu.vn",
    },
    "cites": {
        "kind": "legal",
        "title": "CITES Appendices (plants), incl. CoP14 Prop. 27 on Orchidaceae",
        "publisher": "CITES",
    },
    "bfr": {
        "kind": "report",
        "authors": "BfR (German Federal Institute for Risk Assessment)",
        "year": 2012,
        "title": "Press release 26/2012 on coumarin in cassia cinnamon",
        "publisher": "bfr.bund.de",
    },
    "agri360": {
        "kind": "web",
        "title": "Chỉ dẫn địa lý Văn Yên cho sản phẩm quế",
        "publisher": "agri360.vn",
    },
    "vnexpress_bacha": {
        "kind": "web",
        "title": "Quế Bắc Hà",
        "publisher": "VnExpress",
        "url": "https://vnexpress.net/tag/que-bac-ha",
    },
    "tapchicongthuong": {
        "kind": "web",
        "title": "Đưa hương quế Lào Cai…",
        "publisher": "Tạp chí Công Thương",
    },
    "plan_laocai": {
        "kind": "legal",
        "authors": "UBND tỉnh Lào Cai",
        "year": 2026,
        "title": "Kế hoạch phát triển dược liệu tỉnh Lào Cai giai đoạn 2026–2030, tầm nhìn 2050",
    },
    "nongnghiep": {
        "kind": "web",
        "title": "Lào Cai: 4 loại cây dược liệu (GACP-WHO)",
        "publisher": "Nông nghiệp Việt Nam (nongnghiep.vn)",
    },
    "trungtamthuoc": {
        "kind": "web",
        "title": "Trung Tâm Thuốc (monographs)",
        "publisher": "trungtamthuoc.com",
        "note": SECONDARY,
    },
    "danviet": {
        "kind": "web",
        "title": "Cây rắn cắn",
        "publisher": "Dân Việt",
        "url": "https://danviet.vn/cay-ran-can.html",
        "note": SECONDARY,
    },
    "tailieuxanh": {
        "kind": "web",
        "title": "Đặc điểm và phân bố của các loài cây lâm nghiệp – Cây Thảo quả",
        "publisher": "tailieuxanh.com",
    },
    "iucn_tsaoko": {
        "kind": "web",
        "title": "Lanxangia tsaoko (IUCN Red List assessment e.T202228A132696014)",
        "publisher": "IUCN Red List",
        "year": 2019,
        "url": "https://www.iucnredlist.org/details/classify/202228",
    },
    "noip": {
        "kind": "web",
        "title": "Chỉ dẫn địa lý Vị Xuyên cho sản phẩm thảo quả (số 00084)",
        "publisher": "Cục Sở hữu trí tuệ (noip.gov.vn)",
    },
    "vnntfp": {
        "kind": "web",
        "title": "Hoàng liên (Coptis chinensis)",
        "publisher": "vnntfp.com (following Nguyễn Tập 2007)",
    },
    "treesandshrubs": {
        "kind": "web",
        "title": "Eucommia ulmoides",
        "publisher": "Trees and Shrubs Online",
    },
    "unep_wcmc": {
        "kind": "report",
        "title": "PC14 Doc. 9.3: Cistanche deserticola",
        "publisher": "UNEP-WCMC / CITES Plants Committee",
    },
    "xie2010": {
        "kind": "article",
        "authors": "Xie et al.",
        "year": 2010,
        "title": "Article on the Epimedium species of the Chinese Pharmacopoeia",
        "publisher": "Journal of Pharmaceutical and Biomedical Analysis",
    },
    "tcmfans": {"kind": "web", "title": "Yin Yang Huo", "publisher": "tcmfans.club"},
    "thesis_123docz": {
        "kind": "report",
        "title": "Thesis tables on medicinal plants of northern Vietnam",
        "publisher": "123docz.net",
        "note": SECONDARY,
    },
    "ngo2017": {
        "kind": "article",
        "authors": "Ngô Đức Phương et al.",
        "year": 2017,
        "title": "Article on hoàng liên ba gai (Berberis wallichiana) in Vietnam",
        "publisher": "tailieu.vn",
    },
}
