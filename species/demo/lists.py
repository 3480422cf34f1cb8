"""The demo protected lists; their legal basis follows section D of the fact sheet."""

LISTS = [
    {
        "slug": {"vi": "nghi-dinh-84-2021", "en": "decree-84-2021"},
        "title": {
            "vi": "Thực vật rừng nguy cấp, quý, hiếm (NĐ 06/2019, sửa đổi bởi NĐ 84/2021)",
            "en": "Endangered, precious and rare forest plants (Decree 06/2019 as amended by 84/2021)",
        },
        "intro": {
            "vi": "<p>Các loài trong danh mục có nhóm IA hoặc IIA, hoặc có tên nhưng chưa xác nhận nhóm.</p>",
            "en": "<p>Species in the annex in group IA or IIA, or listed with the group not yet confirmed.</p>",
        },
        "legal_basis": {
            "vi": "<p>Nghị định 06/2019/NĐ-CP (22/01/2019) về quản lý thực vật rừng, động vật rừng nguy cấp, quý, hiếm và thực thi CITES, được sửa đổi bởi Nghị định 84/2021/NĐ-CP (22/09/2021). Nhóm IA: nghiêm cấm khai thác, sử dụng vì mục đích thương mại. Nhóm IIA: hạn chế khai thác, sử dụng vì mục đích thương mại. Nghị định 84/2021 không phải danh mục loài được ưu tiên bảo vệ (đó là NĐ 160/2013, thay thế bởi NĐ 64/2019).</p>",
            "en": "<p>Decree 06/2019/NĐ-CP (22 Jan 2019) on endangered, precious and rare forest flora and fauna and on implementing CITES, as amended by Decree 84/2021/NĐ-CP (22 Sep 2021). Group IA: exploitation and use for commercial purposes strictly prohibited. Group IIA: exploitation and commercial use restricted. Decree 84/2021 is not the priority-protection list (that is Decree 160/2013 as replaced by 64/2019).</p>",
        },
        "categories": [("nd06-2019", "IA"), ("nd06-2019", "IIA"), ("nd06-2019", "listed")],
    },
    {
        "slug": {"vi": "iucn-bi-de-doa", "en": "iucn-threatened"},
        "title": {"vi": "Bị đe dọa theo IUCN (CR, EN, VU)", "en": "IUCN threatened (CR, EN, VU)"},
        "intro": {
            "vi": "<p>Các loài được IUCN xếp Cực kỳ nguy cấp, Nguy cấp hoặc Sẽ nguy cấp.</p>",
            "en": "<p>Species the IUCN assesses as Critically Endangered, Endangered or Vulnerable.</p>",
        },
        "legal_basis": {
            "vi": "<p>Sách Đỏ IUCN (các bậc phiên bản 3.1); dữ liệu theo phiên bản 2021-1. Đây là đánh giá khoa học, không phải văn bản pháp luật.</p>",
            "en": "<p>The IUCN Red List (categories v3.1), data as of version 2021-1. A scientific assessment, not a law.</p>",
        },
        "categories": [("iucn", "CR"), ("iucn", "EN"), ("iucn", "VU")],
    },
    {
        "slug": {"vi": "han-che-khai-thac-lai-chau", "en": "wild-harvest-lai-chau"},
        "title": {
            "vi": "Cấm hoặc hạn chế khai thác tự nhiên: các loài có ở Lai Châu",
            "en": "Wild harvest banned or restricted: species of Lai Châu",
        },
        "intro": {
            "vi": "<p>Các loài mọc ở Lai Châu mà việc khai thác từ tự nhiên bị cấm hoặc hạn chế theo ít nhất một văn bản.</p>",
            "en": "<p>Species growing in Lai Châu whose harvest from the wild is banned or restricted by at least one legal text.</p>",
        },
        "legal_basis": {
            "vi": "<p>Nghị định 06/2019/NĐ-CP, sửa đổi bởi Nghị định 84/2021/NĐ-CP (nhóm IA, IIA).</p>",
            "en": "<p>Decree 06/2019/NĐ-CP as amended by Decree 84/2021/NĐ-CP (groups IA and IIA).</p>",
        },
        "harvest_rule": "restricted",
        "province": "lai-chau",
    },
    {
        "slug": {"vi": "thong-tu-16-2022", "en": "circular-16-2022"},
        "title": {
            "vi": "Dược liệu quý, hiếm, đặc hữu phải kiểm soát (TT 16/2022/TT-BYT)",
            "en": "Rare, precious and endemic medicinal materials under control (Circular 16/2022/TT-BYT)",
        },
        "intro": {
            "vi": "<p>Các loài trong danh mục có trong danh sách 23 dược liệu phải kiểm soát.</p>",
            "en": "<p>Catalogue species among the 23 medicinal materials subject to control.</p>",
        },
        "legal_basis": {
            "vi": "<p>Thông tư 16/2022/TT-BYT của Bộ Y tế (30/12/2022, hiệu lực 18/02/2023), chọn từ danh mục của NĐ 06/2019 và 84/2021.</p>",
            "en": "<p>Ministry of Health Circular 16/2022/TT-BYT (30 Dec 2022, in force 18 Feb 2023), chosen from the 06/2019 and 84/2021 lists.</p>",
        },
        "categories": [("tt16-2022", "controlled")],
    },
]
