# ruff: noqa: E501
"""The demo's pages in Simplified Chinese, translated from the sourced Vietnamese and English texts (nothing added)."""

PAGES = {
    "/trang-chu/": {
        "intro": "<p>莱州和老街药用植物的数字博物馆。演示内容汇编自本项目的资料表；每个页面都注明了来源。</p>",
        "species_of_the_month_note": "老街省定下目标：到2030年肉桂种植面积达到150,000公顷。",
        "title": "Dược liệu số：药用植物数字博物馆",
    },
    "/trang-chu/loai/": {
        "intro": "<p>莱州和老街的药用植物，附名称、保护状况和资料来源。</p>",
        "title": "物种名录",
    },
    "/trang-chu/loai/sam-ngoc-linh/": {
        "distribution_text": "<p>自然分布于昆嵩省（Đắk Glei、Kon Plông、Tu Mơ Rông）和广南省（Nam Trà My、Phước Sơn），海拔1,600–2,200米。</p>",
        "summary": "Sâm Việt Nam（越南人参），Ngọc Linh山区（昆嵩、广南）的特有种；莱州和老街均无野生分布。",
        "morphology": "<p>多年生草本，高0.4–1米，根状茎横走、有节，掌状复叶轮生。</p>",
        "traditional_uses": "<p>根状茎和块根用作补药，用于抗疲劳、病后康复；鲜根状茎用于治疗咽喉痛和内出血。</p>",
        "title": "Sâm Ngọc Linh",
    },
    "/trang-chu/loai/sam-lai-chau/": {
        "distribution_text": "<p>Pu Si Lung山脉及周边地区（Mường Tè、Sìn Hồ西部，与中国接壤）；Sìn Hồ、Tam Đường与莱州市之间的Pu Sam Cáp山脉；海拔1,400–2,200米，平均气温18–20 °C。于2003–2004年山罗水电项目的生物多样性调查中被发现。</p>",
        "summary": "Pu Si Lung和Pu Sam Cáp山脉的人参，莱州人参发展计划的主打品种。",
        "taxonomic_note": "越南文献和法律文件将其视为一个独立的变种；英文维基百科（看来是依据POWO/WCVP）将var. fuscidiscus列为Panax vietnamensis的异名。其分类等级尚有争议。",
        "cautions": "<p>假货常见：在中国种植的越南人参（Panax vietnamensis）被冒充Sâm Ngọc Linh或Sâm Lai Châu出售，并残留禁用农药（据二手资料报道，未经证实）。</p>",
        "traditional_uses": "<p>与Sâm Ngọc Linh一样用作补药；生产者协会称其皂苷含量高（据二手资料报道，未经证实）。</p>",
        "title": "Sâm Lai Châu",
    },
    "/trang-chu/loai/tam-that/": {
        "distribution_text": "<p>很早以前就在老街（Mường Khương、Bát Xát、Phà Lùng）、河江（Đồng Văn）和高平种植，海拔1,200–1,500米。Flora of China记载其原产于云南东南部。</p>",
        "summary": "著名的止血药材，在老街高原地区种植已久。",
        "taxonomic_note": "各文献所记的命名人不同：“(Burkill) F.H.Chen ex C.Y.Wu & K.M.Feng”与“(Burkill) F.H.Chen ex C.H.Chow & W.G.Huang”。越南的旧文献误用了P. pseudo-ginseng Wall.这一名称。",
        "morphology": "<p>多年生草本，高20–60厘米，根肉质，3–6枚掌状复叶轮生，果红色。</p>",
        "cautions": "<p>切勿与thổ tam thất（Gynura japonica、G. segetum，菊科）混淆：后者含吡咯里西啶生物碱，可引起肝窦阻塞综合征（中国已汇总2,200多例）。孕期不建议使用（据二手资料报道，未经证实）。</p>",
        "traditional_uses": "<p>止血、散瘀：用于鼻出血、吐血、血痢、产后、外伤。当地还用作补药，称其“不亚于人参”。</p>",
        "title": "Tam thất（三七）",
    },
    "/trang-chu/loai/sam-vu-diep/": {
        "distribution_text": "<p>在中国：西藏、云南、四川……海拔1,900–3,200米。</p>",
        "summary": "一种小叶二回羽状深裂的Panax属植物。",
        "morphology": "<p>多年生草本，高10–50厘米，根状茎呈串珠状或竹节状，小叶二回羽状深裂。</p>",
        "title": "Sâm vũ diệp（羽叶三七）",
    },
    "/trang-chu/loai/tam-that-hoang/": {
        "summary": "北部高山地区的一种野生Panax属植物。",
        "taxonomic_note": "越南文献记载的命名人为“H.Tsai & K.M.Feng”。商贩有时也把sâm vũ diệp（羽叶三七）称为“tam thất hoang”。",
        "morphology": "<p>具根状茎的多年生草本。</p>",
        "title": "Tam thất hoang",
    },
    "/trang-chu/loai/que/": {
        "distribution_text": "<p>原老街省：Bắc Hà（Nậm Đét乡，约1,500公顷）、Văn Bàn、Bảo Yên、Bảo Thắng。新老街省还包括Văn Yên（原安沛省），当地肉桂拥有“Văn Yên”地理标志（第00018号，2010年）。</p>",
        "summary": "老街最主要的香料和药用树种，由瑶族引种并守护。",
        "taxonomic_note": "老街肉桂是Cinnamomum cassia，而不是某篇文章误写的斯里兰卡肉桂（C. verum）。",
        "morphology": "<p>常绿乔木。</p>",
        "cautions": "<p>香豆素含量高：EFSA规定的每日可耐受摄入量为0.1 mg/kg体重；BfR建议适量食用肉桂（cassia）。按传统医学，孕期忌用（据二手资料报道，未经证实）。</p>",
        "traditional_uses": "<p>香料；在传统医学中为温性药（助消化、促循环）。树皮称quế nhục，枝条称quế chi。</p>",
        "title": "Quế（肉桂）",
    },
    "/trang-chu/loai/sam-cau/": {
        "summary": "小型草本，根状茎圆柱形，叶似槟榔幼叶。",
        "morphology": "<p>多年生草本，高可达30厘米。</p>",
        "cautions": "<p>传统医学将其列为有毒（“có độc”）；按传统用淘米水浸泡以减毒；据说久服会导致身体衰竭。bồng bồng（Dracaena angustifolia）的根被冒充sâm cau出售。</p>",
        "traditional_uses": "<p>补肾阳：用于阳痿、手足冰冷、风湿；越南北部高原民族用作补药。</p>",
        "title": "Sâm cau",
    },
    "/trang-chu/loai/bay-la-mot-hoa/": {
        "distribution_text": "<p>沙坝（老街）；沙坝周边的Paris属植物分布于海拔约1,400–1,800米处。据报道，Mường Khương和Lao Chải有野外采挖。</p>",
        "summary": "具一轮叶、顶生单花的草本植物；在沙坝和Mường Khương遭大量采挖。",
        "taxonomic_note": "越南所称的“Bảy lá một hoa”（七叶一枝花）包括多个Paris属类群；Pételot在沙坝周边记录了P. delavayi、P. hainanensis、P. fargesii等。",
        "morphology": "<p>多年生根状茎草本，高可达1米，叶3–10枚（通常7枚）轮生成一轮，顶生单花。</p>",
        "cautions": "<p>近缘种P. quadrifolia有毒（致泻、致吐）。含甾体皂苷。传统医学：不用于虚寒（hư hàn）体质。</p>",
        "traditional_uses": "<p>清热解毒，尤其用于蛇咬伤；也用于发热、疮疖、乳腺炎、疟疾、久咳、哮喘；外敷治肿胀。</p>",
        "title": "Bảy lá một hoa（七叶一枝花）",
    },
    "/trang-chu/loai/lan-kim-tuyen/": {
        "summary": "小型地生兰，叶面呈天鹅绒质感，有彩色网状叶脉。",
        "taxonomic_note": "《越南红皮书》将A. roxburghii视为异名；POWO可能将A. roxburghii视为亚洲大陆上的独立物种（尚未核实）。",
        "morphology": "<p>小型地生兰，根状茎匍匐，叶面呈天鹅绒质感，有彩色网状叶脉。</p>",
        "title": "Lan kim tuyến",
    },
    "/trang-chu/loai/nhuc-thung-dung/": {
        "summary": "在沙漠中完全寄生于Haloxylon属植物上的寄生植物；越南不产，只有进口药材。",
        "cautions": "<p>大便溏泄者及阳盛体质者避免使用。</p>",
        "traditional_uses": "<p>补肾、益精血、润肠通便（传统医学）。</p>",
        "title": "Nhục thung dung",
    },
    "/trang-chu/loai/dam-duong-hoac/": {
        "summary": "Epimedium属的若干物种；药材大部分为进口。",
        "taxonomic_note": "《中国药典》收载的是E. brevicornu、E. sagittatum、E. pubescens、E. koreanum和E. wushanense；一本越南教材使用E. macranthum。",
        "traditional_uses": "<p>补肾阳、强筋骨，用于风湿病症（中医）。</p>",
        "title": "Dâm dương hoắc",
    },
    "/trang-chu/loai/duong-quy/": {
        "summary": "引进作物，最早在沙坝种植；Bắc Hà当归符合GACP-WHO标准。",
        "cultivation": "<p>最早在沙坝种植。Bắc Hà（老街）当归经卫生部认定符合GACP-WHO标准。</p>",
        "morphology": "<p>多年生草本，高40–80厘米，茎紫色、有纵沟，复伞形花序。</p>",
        "cautions": "<p>药理研究显示其对子宫既有兴奋作用，也有松弛作用。</p>",
        "traditional_uses": "<p>补血：用于月经不调、痛经、贫血、便秘。</p>",
        "title": "Đương quy（当归）",
    },
    "/trang-chu/loai/thao-qua/": {
        "summary": "在沙坝和Bát Xát林下种植的香料植物，由瑶族、苗族和哈尼族从大约九月开始采收。",
        "taxonomic_note": "越南文献，包括越南知识产权局，误用了Amomum aromaticum Roxb.这一名称（那是另一种产于孟加拉的豆蔻类植物）。",
        "morphology": "<p>丛生多年生草本，高2–3米；紫红色果穗生于茎基部。</p>",
        "traditional_uses": "<p>消化方面：腹胀、呕吐、腹泻；疟疾样发热；口臭、牙痛。</p>",
        "title": "Thảo quả（草果）",
    },
    "/trang-chu/loai/hoang-lien/": {
        "distribution_text": "<p>黄连山（沙坝，老街）和Ông Páo（河江省Quản Bạ），海拔从1,600米（Quản Bạ）到2,400米（黄连山），年平均气温约13 °C。</p>",
        "summary": "在越南仅知两个产地：黄连山（沙坝）和Ông Páo（河江）；这里是该属分布的南界。",
        "cultivation": "<p>在海拔1,200–2,000米处遮荫播种；5年后收获。</p>",
        "morphology": "<p>小型多年生草本，高10–30厘米，根状茎黄色。</p>",
        "cautions": "<p>传统禁忌：血虚、气虚、脾胃虚弱、小儿出痘、腹泻。实验中高剂量可引起呼吸抑制和低血压。</p>",
        "traditional_uses": "<p>苦味补药：用于痢疾、胃肠炎、红眼病、口腔溃疡。</p>",
        "title": "Hoàng liên（黄连）",
    },
    "/trang-chu/loai/do-trong/": {
        "summary": "引进树种；在沙坝试种成功。",
        "cultivation": "<p>1958–1960年引入越南；在沙坝试种成功；现在莱州、老街等地均有种植。</p>",
        "morphology": "<p>落叶乔木，雌雄异株，高可达20米，叶含乳汁。</p>",
        "traditional_uses": "<p>肾虚腰痛、膝软无力、高血压、胎动不安（传统医学）。</p>",
        "title": "Đỗ trọng",
    },
    "/trang-chu/loai/giao-co-lam/": {
        "distribution_text": "<p>广宁、谅山、和平、老街、昆嵩、承天顺化、同奈；海拔可达2,000米。</p>",
        "summary": "草质藤本，用于制茶。",
        "morphology": "<p>草质藤本。</p>",
        "cautions": "<p>可能降低血糖，与降糖药同用时须谨慎（据二手资料报道，未经证实）。</p>",
        "traditional_uses": "<p>咳嗽、炎症、“解毒”；如今用于制茶。</p>",
        "title": "Giảo cổ lam",
    },
    "/trang-chu/loai/actiso/": {
        "summary": "自法属时期起在沙坝种植；沙坝actiso符合GACP-WHO标准。",
        "cultivation": "<p>自法属时期起在大叻、沙坝和三岛种植。沙坝actiso被认定符合GACP-WHO标准；Traphaco Sapa的actiso茶和actiso软浸膏是国家级OCOP 5星产品。</p>",
        "taxonomic_note": "Cynara scolymus是药典所用的名称；据认为POWO已将其并入C. cardunculus（栽培的actiso为var. scolymus）。",
        "cautions": "<p>“Actiso无毒”（Tixier等，Đỗ Tất Lợi引述）。</p>",
        "traditional_uses": "<p>利胆、利尿；用于“肝、肾虚弱”之症。</p>",
        "title": "Actiso",
    },
    "/trang-chu/loai/hoang-tinh-hoa-do/": {
        "distribution_text": "<p>莱州：Mường Tè、Phong Thổ、Sìn Hồ、Than Uyên。老街：Bát Xát、Mường Khương、沙坝；还有Mù Cang Chải（原安沛省）。海拔1,200–1,800米。</p>",
        "summary": "莱州和老街高山地区一种濒危的补益药用植物。",
        "morphology": "<p>多年生草本，高0.5–1.5米，根状茎肉质，叶4–7枚轮生，花管状、紫红色。</p>",
        "traditional_uses": "<p>用作老年人、病后初愈者的补药，也用于神经衰弱、低血压。其根状茎被收购后加工成“thục địa”（真正的thục địa是Rehmannia）：这是一个混淆替代的问题。</p>",
        "title": "Hoàng tinh hoa đỏ",
    },
    "/trang-chu/loai/ngu-gia-bi-gai/": {
        "summary": "有刺灌木；茎皮用作补药，可强筋骨。",
        "morphology": "<p>有刺灌木或攀援灌木。</p>",
        "traditional_uses": "<p>补药，强筋骨；用于关节疼痛，尤其是老年人。叶用作药茶，嫩梢可作蔬菜食用。</p>",
        "title": "Ngũ gia bì gai",
    },
    "/trang-chu/loai/bach-hop/": {
        "summary": "莱州和沙坝高山地区的一种濒危百合。",
        "traditional_uses": "<p>鳞茎用于治疗咳嗽。</p>",
        "title": "Bách hợp",
    },
    "/trang-chu/loai/thien-mon-la-nho/": {
        "summary": "Sìn Hồ和沙坝的一种濒危Asparagus属植物。",
        "traditional_uses": "<p>块根用于治疗咳嗽。</p>",
        "title": "Thiên môn lá nhỏ",
    },
    "/trang-chu/loai/hoang-lien-ba-gai/": {
        "summary": "在越南仅知分布于Bát Xát和沙坝（老街）。",
        "title": "Hoàng liên ba gai",
    },
    "/trang-chu/loai/xuyen-khung/": {
        "summary": "1965–1966年在沙坝引种；Bát Xát的xuyên khung符合GACP-WHO标准。",
        "cultivation": "<p>1965–1966年在沙坝药材站和Bắc Hà药材农场试种，后移至莱州；种植于海拔800米以上。Bát Xát的xuyên khung被认定符合GACP-WHO标准。</p>",
        "taxonomic_note": "药典名称为Ligusticum chuanxiong / L. wallichii；POWO的接受名尚无定论（有研究将其归入Conioselinum anthriscoides 'Chuanxiong'）。",
        "traditional_uses": "<p>活血；用于头痛、月经不调（传统医学）。</p>",
        "title": "Xuyên khung",
    },
    "/trang-chu/loai/nghi-dinh-84-2021/": {
        "intro": "<p>名录中属于IA类或IIA类的物种，或已列名但类别尚未确认的物种。</p>",
        "legal_basis": "<p>关于管理濒危、珍贵、稀有森林植物和森林动物及实施CITES的第06/2019/NĐ-CP号议定（2019年1月22日），经第84/2021/NĐ-CP号议定（2021年9月22日）修订。IA类：严禁为商业目的开发、利用。IIA类：限制为商业目的开发、利用。第84/2021号议定并非优先保护物种名录（优先保护物种名录是第160/2013号议定，后由第64/2019号议定取代）。</p>",
        "title": "濒危、珍贵、稀有森林植物（第06/2019号议定，经第84/2021号议定修订）",
    },
    "/trang-chu/loai/iucn-bi-de-doa/": {
        "intro": "<p>被IUCN评为极危、濒危或易危的物种。</p>",
        "legal_basis": "<p>IUCN红色名录（3.1版等级）；数据依据2021-1版。这是科学评估，不是法律文件。</p>",
        "title": "IUCN受威胁物种（CR、EN、VU）",
    },
    "/trang-chu/loai/han-che-khai-thac-lai-chau/": {
        "intro": "<p>生长于莱州、且至少有一份法律文件禁止或限制从野外采挖的物种。</p>",
        "legal_basis": "<p>第06/2019/NĐ-CP号议定，经第84/2021/NĐ-CP号议定修订（IA类、IIA类）。</p>",
        "title": "禁止或限制野外采挖：莱州的物种",
    },
    "/trang-chu/loai/thong-tu-16-2022/": {
        "intro": "<p>名录中列入23种须管控药材名单的物种。</p>",
        "legal_basis": "<p>卫生部第16/2022/TT-BYT号通知（2022年12月30日发布，2023年2月18日生效），从第06/2019号和第84/2021号议定的名录中选定。</p>",
        "title": "须管控的珍贵、稀有、特有药材（第16/2022/TT-BYT号通知）",
    },
    "/trang-chu/bai-thuoc/": {
        "intro": "<p>文献所记载的传统药方，附注意事项和来源。这是对传统的记录，不是医疗建议。</p>",
        "title": "药方",
    },
    "/trang-chu/bai-thuoc/tam-that-cam-mau/": {
        "cautions": "<p>切勿与“thổ tam thất”（<i>Gynura japonica</i>、<i>G. segetum</i>，菊科）混淆：该植物含吡咯里西啶生物碱，可引起肝窦阻塞综合征（中国已汇总2,200多例）。一份二手资料记载孕期不宜使用。</p>",
        "summary": "三七的块根用于止血、散瘀：鼻出血、吐血、血痢、产后、外伤。",
        "title": "三七止血",
    },
    "/trang-chu/bai-thuoc/bay-la-mot-hoa-ran-can/": {
        "cautions": "<p>近缘种<i>Paris quadrifolia</i>有毒（致泻、致吐）；根状茎含甾体皂苷。按传统医学，不用于“虚寒”（hư hàn）体质。</p>",
        "summary": "七叶一枝花的根状茎用于清热解毒，尤其用于蛇咬伤；也用于发热、疮疖、乳腺炎、疟疾、久咳，并外敷于肿胀处。",
        "title": "七叶一枝花治蛇咬伤",
    },
    "/trang-chu/bai-thuoc/hoang-lien-chua-ly/": {
        "cautions": "<p>传统禁忌：血虚、气虚、脾胃虚弱、小儿出痘、腹泻。实验中高剂量可引起呼吸抑制和低血压。</p>",
        "summary": "黄连根状茎味苦，用于痢疾、肠炎、红眼病、口腔溃疡。",
        "title": "黄连治痢",
    },
    "/trang-chu/bai-thuoc/sam-cau-thuoc-bo/": {
        "cautions": "<p>传统医学将sâm cau列为“有毒”；按传统用淘米水浸泡以减毒，据说久服会导致身体衰竭。bồng bồng（<i>Dracaena angustifolia</i>）的根被冒充sâm cau出售。</p>",
        "preparation": "<p>按传统，根状茎用淘米水浸泡以减毒。</p>",
        "summary": "越南北部高原民族用sâm cau的根状茎作补药；传统医学用其补肾阳（阳痿、手足冰冷、风湿）。",
        "title": "Sâm cau作补药",
    },
    "/trang-chu/bai-thuoc/vo-que-thuoc-am/": {
        "cautions": "<p>肉桂（cassia）富含<b>香豆素</b>：EFSA规定的每日可耐受摄入量为0.1 mg/kg体重；BfR建议适量食用肉桂（cassia）。一份二手资料记载，按传统孕期禁用。</p>",
        "summary": "肉桂皮是香料，在传统医学中也是温性药（助消化、行气血）。",
        "title": "肉桂皮作温性药",
    },
    "/trang-chu/bai-thuoc/thao-qua-tieu-hoa/": {
        "cautions": "<p>本页所用资料没有记载草果的特别注意事项；但这并不意味着它对所有人都安全。</p>",
        "summary": "草果的果实用于腹胀、呕吐、腹泻、疟疾样发热、口臭和牙痛。",
        "title": "草果治腹胀",
    },
    "/trang-chu/bai-thuoc/sam-ngoc-linh-thuoc-bo/": {
        "cautions": "<p>一份二手资料建议孕妇、高血压患者、失眠者及儿童避免使用。假货常见：在中国种植的人参被冒充Sâm Ngọc Linh或Sâm Lai Châu出售，并残留禁用农药（二手资料）。</p>",
        "summary": "Sâm Ngọc Linh的根状茎和块根用作补药，用于抗疲劳、病后康复；鲜根状茎用于咽喉痛和内出血。",
        "title": "Sâm Ngọc Linh作补药",
    },
    "/trang-chu/tri-thuc/": {
        "intro": "<p>关于药用植物的本土知识，按各社区自己的规则分享。</p>",
        "title": "本土知识",
    },
    "/trang-chu/tri-thuc/thao-qua-duoi-tan-rung/": {
        "body": "<p>草果种植于沙坝和Bát Xát（老街省原有的县）以及莱州的林下。瑶族、苗族和哈尼族从大约九月开始采收果实。</p><p>苗族（H'Mông）称这种植物为“lờ hảo”，岱依族（Tày）称之为“mác hấu”。</p>",
        "summary": "草果种植于沙坝、Bát Xát和莱州的林下；瑶族、苗族和哈尼族从大约九月开始采收。",
        "title": "林下草果",
    },
    "/trang-chu/tri-thuc/nghe-trong-que-cua-nguoi-dao/": {
        "body": "<p>老街的肉桂种植由瑶族引入，并由他们维持至今约50年。</p><p><em>演示条目：</em>本文仅向瑶族社区小组的成员显示，用以演示“仅限社区”的访问规则。</p>",
        "summary": "老街的瑶族引种肉桂，并守护肉桂种植业至今约50年。",
        "title": "老街瑶族的肉桂种植业",
    },
    "/trang-chu/tri-thuc/tri-thuc-ha-nhi-ve-bay-la-mot-hoa/": {
        "body": "<p>[应社区要求不予公开；演示版中的占位内容。本条目永远不会在网上发布。]</p>",
        "summary": "[应社区要求不予公开；演示版中的占位内容]",
        "title": "哈尼族关于七叶一枝花的知识",
    },
    "/trang-chu/tham-quan/": {
        "intro": "<p>药用植物园、参观路线、节庆以及药用植物的种植地。</p>",
        "title": "参观",
    },
    "/trang-chu/tham-quan/vung-que-nam-det/": {
        "what_to_see": "<p>肉桂林：由瑶族在老街引种并维持至今约50年。树皮（quế nhục）、枝条（quế chi）、叶（精油）和种子都有用途。</p>",
        "summary": "Nậm Đét乡（原Bắc Hà县）约有1,500公顷肉桂，是老街的肉桂产区之一。",
        "title": "Nậm Đét肉桂产区",
    },
    "/trang-chu/tham-quan/vung-sam-lai-chau-tam-duong/": {
        "what_to_see": "<p>该计划的目标是到2035年达到约1,000公顷。Sâm Lai Châu是遭盗采的物种：本页只注明乡名，不注明园地位置。</p>",
        "summary": "Tam Đường县的计划目标是到2030年种植约700公顷Sâm Lai Châu，集中在Khun Há、Giang Ma、Hồ Thầu、Tả Lèng、Sơn Bình各乡。",
        "title": "Tam Đường的Sâm Lai Châu种植区",
    },
    "/trang-chu/tham-quan/actiso-sa-pa/": {
        "what_to_see": "<p>Traphaco Sapa的actiso茶和actiso软浸膏被认定为国家级OCOP 5星产品。</p>",
        "summary": "沙坝自法属时期起种植actiso；沙坝actiso被认定符合GACP-WHO标准。",
        "title": "沙坝Actiso",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/": {
        "summary": "一座示范园，展示二维码（QR）站点如何运作。这不是一座真实的园子。",
        "title": "示范园",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-1/": {
        "what_to_notice": "<p>树皮是quế nhục，枝条是quế chi。</p>",
        "title": "1. Quế（肉桂）",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-2/": {
        "what_to_notice": "<p>草果种植于林下。</p>",
        "title": "2. Thảo quả（草果）",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-3/": {
        "what_to_notice": "<p>沙坝actiso符合GACP-WHO标准。</p>",
        "title": "3. Actiso",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-4/": {
        "what_to_notice": "<p>多年生草本，高20–60厘米，果红色。</p>",
        "title": "4. Tam thất（三七）",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-5/": {
        "what_to_notice": "<p>遭盗采的物种：不要采摘，也不要透露种植地点。</p>",
        "title": "5. Sâm Lai Châu",
    },
    "/trang-chu/tham-quan/mot-vong-vuon/": {
        "summary": "五个站点，从肉桂到Sâm Lai Châu，然后是两个展览故事。",
        "title": "漫步示范园",
    },
    "/trang-chu/tham-quan/le-hoi-van-hoa-sam/": {
        "summary": "Tam Đường县的Sâm Lai Châu发展计划（2024年）提出参加人参文化节，以推广Sâm Lai Châu，并与社区旅游相结合。",
        "body": "<p>本馆的资料来源中尚无日期和地点。</p>",
        "title": "人参文化节",
    },
    "/trang-chu/trung-bay/": {
        "title": "展览",
    },
    "/trang-chu/trung-bay/cau-chuyen-sam-lai-chau/": {
        "summary": "从Pu Si Lung山脉到Tam Đường的种植区：2003–2004年发现的一种珍贵人参。",
        "title": "Sâm Lai Châu的故事",
    },
    "/trang-chu/trung-bay/que-lao-cai/": {
        "summary": "瑶族的肉桂树：树皮、枝条、叶和种子，以及全省150,000公顷的目标。",
        "title": "老街肉桂",
    },
    "/trang-chu/ban-do/": {
        "intro": "<p>参观地点、药用植物园和节庆。</p>",
        "title": "地图",
    },
    "/trang-chu/nha-truong/": {
        "title": "面向学校",
    },
    "/trang-chu/nha-truong/cay-thuoc-quy-va-bao-ve/": {
        "age_group": "初中，11–14岁",
        "teacher_notes": "<p>上课前先看一看两个展览故事。网站上的药方是对传统的记录，不是医疗建议：请向学生讲清楚这一点。</p>",
        "summary": "学生认识Sâm Lai Châu和肉桂，并了解为什么有些物种不得从野外采挖。",
        "worksheet": "<ol><li>Sâm Lai Châu生长在什么海拔？</li><li>说出肉桂树被利用的三个部位。</li><li>为什么不应在野外采摘珍贵的药用植物？</li></ol>",
        "objectives": "<ul><li>说出莱州和老街的两种药用植物。</li><li>解释博物馆为什么不公布遭盗采物种的生长地点。</li><li>区分栽培植物与野外采挖的植物。</li></ul>",
        "title": "珍贵药用植物及其保护",
    },
    "/trang-chu/co-so-san-xuat/": {
        "title": "生产单位与种植区",
    },
    "/trang-chu/co-so-san-xuat/traphaco-sapa/": {
        "description": "<p>该企业的actiso茶和actiso软浸膏被认定为国家级OCOP 5星产品。</p>",
        "title": "Traphaco Sapa",
    },
    "/trang-chu/co-so-san-xuat/htx-mau-khun-ha-du-lieu-mau/": {
        "description": "<p>演示用示例数据，并非真实。一个虚构的合作社，在Khun Há乡的林下种植Sâm Lai Châu。</p>",
        "title": "Khun Há示例合作社（示例数据）",
    },
    "/trang-chu/co-so-san-xuat/co-so-giong-mau-ta-leng-du-lieu-mau/": {
        "description": "<p>演示用示例数据，并非真实。一个虚构的Sâm Lai Châu种苗生产单位，带有示例单位编码。</p>",
        "title": "Tả Lèng示例种苗单位（示例数据）",
    },
    "/trang-chu/co-so-san-xuat/co-so-so-che-mau-khun-ha-du-lieu-mau/": {
        "description": "<p>演示用示例数据，并非真实。一个虚构的Sâm Lai Châu初加工、加工单位。</p>",
        "title": "Khun Há示例初加工单位（示例数据）",
    },
    "/trang-chu/san-pham/": {
        "title": "产品与OCOP",
    },
    "/trang-chu/san-pham/tra-actiso-traphaco-sapa/": {
        "description": "<p>被认定为国家级OCOP 5星产品（来源：vietnam.vn）。我们的资料未注明年份和决定文号，因此星级没有填入OCOP栏目。</p>",
        "title": "Traphaco Sapa actiso茶",
    },
    "/trang-chu/san-pham/cao-mem-actiso-traphaco-sapa/": {
        "description": "<p>被认定为国家级OCOP 5星产品（来源：vietnam.vn）。我们的资料未注明年份和决定文号，因此星级没有填入OCOP栏目。</p>",
        "title": "Traphaco Sapa actiso软浸膏",
    },
    "/trang-chu/san-pham/tra-la-sam-mau-khun-ha-du-lieu-mau/": {
        "description": "<p>演示用示例数据，并非真实。一种用Sâm Lai Châu叶制成的虚构产品，用于演示产品页面及其OCOP星级。</p>",
        "where_to_buy": "演示用示例数据，并非真实。",
        "title": "Khun Há示例参叶茶（示例数据）",
    },
    "/trang-chu/truy-xuat/": {
        "title": "溯源",
    },
    "/trang-chu/truy-xuat/lo-mau-sample-slc-2025-01-du-lieu-mau/": {
        "cultivation_protocol": "演示用示例数据，并非真实。示例规程：林下种植，植株达到足够年龄时采叶。",
        "title": "示例批次SAMPLE-SLC-2025-01（示例数据）",
    },
    "/trang-chu/truy-xuat/lo-mau-sample-slc-2025-02-du-lieu-mau/": {
        "recall_reason": "演示用示例数据，并非真实。示例召回：鉴定检测未能确认这些根为Sâm Lai Châu。",
        "cultivation_protocol": "演示用示例数据，并非真实。示例规程：植株达到足够年龄时采挖块根。",
        "title": "示例批次SAMPLE-SLC-2025-02（示例数据）",
    },
    "/trang-chu/san-xuat/": {
        "title": "产量与目标对比",
    },
}

# Pages and fields written after the first translation (a real tour, two places, the
# festival's new text): merged into PAGES.
ADDED = {
    "/trang-chu/tham-quan/thao-qua-sa-pa/": {
        "title": "沙坝林下的草果（Thảo quả）",
        "summary": "草果（Thảo quả）种植于老街省沙坝和Bát Xát的林下。",
        "what_to_see": "<p>瑶族、苗族（Mông）和哈尼族约从九月开始采收果实。地图标出的是沙坝社的中心位置，而不是某一块具体的种植地。</p>",
    },
    "/trang-chu/tham-quan/duong-quy-bac-ha/": {
        "title": "Bắc Hà的当归（Đương quy）",
        "summary": "老街省Bắc Hà的当归（Đương quy）经越南卫生部认定符合 GACP-WHO。",
        "what_to_see": "<p>当归是引进作物，最早在沙坝种植。地图标出的是Bắc Hà社的中心位置，而不是某一块具体的种植地。</p>",
    },
    "/trang-chu/tham-quan/vung-duoc-lieu-co-that/": {
        "title": "真实的药用植物种植区：Tam Đường、沙坝和Bắc Hà",
        "summary": "莱州省和老街省的五处真实种植区：Tam Đường的莱州人参（Sâm Lai Châu），沙坝的洋蓟和草果，Bắc Hà的当归，Nậm Đét的肉桂。",
        "body": "<p>各站点分布在两个省，从西向东排列。时长只计算在各站点停留的时间，不包括站点之间的路程。本馆只标出每个种植区所在的社；每个站点在其页面上注明资料来源。</p>",
    },
    "/trang-chu/tham-quan/le-hoi-van-hoa-sam/": {
        "body": "<p>Tam Đường县的规划既未给出节庆的日期，也未给出地点。</p>",
    },
}
for _path, _fields in ADDED.items():
    PAGES.setdefault(_path, {}).update(_fields)

# Texts of StreamFields (exhibit stories, lesson quizzes), Vietnamese -> translation;
# the leaves of an audio guide that stay in Vietnamese are not here (translations.KEEP).
STREAM = {
    "<p>Sâm Lai Châu (<i>Panax vietnamensis</i> var. <i>fuscidiscus</i>) mọc ở dãy Pu Si Lung (Mường Tè, phía tây Sìn Hồ) và dãy Pu Sam Cáp, ở độ cao 1.400–2.200 m.</p>": "<p>Sâm Lai Châu（<i>Panax vietnamensis</i> var. <i>fuscidiscus</i>）生长在Pu Si Lung山脉（Mường Tè、Sìn Hồ西部）和Pu Sam Cáp山脉，海拔1,400–2,200米。</p>",
    "<p>Sâm Lai Châu là một cây thuốc quý. Cây mọc trên núi cao ở tỉnh Lai Châu. Ở đó, núi cao từ 1.400 đến 2.200 mét. Người ta tìm thấy cây vào năm 2003–2004.</p>": "<p>Sâm Lai Châu是一种珍贵的药用植物。它长在莱州省的高山上。那里的山高1,400到2,200米。人们在2003–2004年发现了它。</p>",
    "<p><i>Panax vietnamensis</i> var. <i>fuscidiscus</i> K.Komatsu, S.Zhu & S.Q.Cai (Araliaceae). Tài liệu và văn bản pháp luật Việt Nam coi đây là một thứ riêng; Wikipedia tiếng Anh (theo POWO/WCVP) xếp var. <i>fuscidiscus</i> là tên đồng nghĩa của <i>Panax vietnamensis</i>: vị trí phân loại còn tranh luận. Phân bố: dãy Pu Si Lung (Mường Tè, phía tây Sìn Hồ, giáp biên giới Trung Quốc) và dãy Pu Sam Cáp (giữa Sìn Hồ, Tam Đường và thành phố Lai Châu), ở độ cao 1.400–2.200 m, nhiệt độ trung bình 18–20 °C.</p>": "<p><i>Panax vietnamensis</i> var. <i>fuscidiscus</i> K.Komatsu, S.Zhu & S.Q.Cai（五加科Araliaceae）。越南文献和法律文件将其视为一个独立的变种；英文维基百科（依据POWO/WCVP）将var. <i>fuscidiscus</i>列为<i>Panax vietnamensis</i>的异名：其分类地位尚有争议。分布：Pu Si Lung山脉（Mường Tè、Sìn Hồ西部，与中国接壤）和Pu Sam Cáp山脉（Sìn Hồ、Tam Đường与莱州市之间），海拔1,400–2,200米，平均气温18–20 °C。</p>",
    "Loài của câu chuyện này.": "本故事的主角植物。",
    "Các mốc": "大事记",
    "Được tìm thấy trong đợt khảo sát đa dạng sinh học của dự án thủy điện Sơn La.": "在山罗水电项目的生物多样性调查中被发现。",
    "Quyết định 611/QĐ-TTg nêu Lai Châu (cùng Quảng Nam, Kon Tum) là vùng nguyên liệu sâm quy mô hàng hóa.": "第611/QĐ-TTg号决定将莱州（与广南、昆嵩一起）列为商品规模的人参原料产区。",
    "Mục tiêu của Tam Đường: khoảng 700 ha.": "Tam Đường的目标：约700公顷。",
    "Mục tiêu: khoảng 1.000 ha.": "目标：约1,000公顷。",
    "<p>Hàng giả phổ biến: sâm trồng ở Trung Quốc bị bán như sâm Ngọc Linh hay Sâm Lai Châu. Loài này bị săn lùng, nên bảo tàng không công bố nơi nó mọc chính xác hơn cấp xã.</p>": "<p>假货常见：在中国种植的人参被冒充Sâm Ngọc Linh或Sâm Lai Châu出售。该物种遭到盗采，因此博物馆公布其生长地点时不精确到乡级以下。</p>",
    "Vùng trồng": "种植区",
    "Quyết định 611/QĐ-TTg nêu tỉnh nào là vùng nguyên liệu sâm quy mô hàng hóa, cùng Quảng Nam và Kon Tum?": "第611/QĐ-TTg号决定将哪个省与广南、昆嵩一起列为商品规模的人参原料产区？",
    "Lai Châu": "莱州",
    "Lào Cai": "老街",
    "Điện Biên": "奠边",
    "Lào Cai và Điện Biên được nêu là các tỉnh có tiềm năng.": "老街和奠边被列为有潜力的省份。",
    "<p>Quế Lào Cai là <i>Cinnamomum cassia</i>, quế Trung Quốc, không phải quế Xri Lan-ca (<i>C. verum</i>) như một bài báo đã viết nhầm. Người Dao đưa cây quế vào trồng và duy trì ở Lào Cai từ khoảng 50 năm nay.</p>": "<p>老街肉桂是<i>Cinnamomum cassia</i>，即中国肉桂，而不是某篇文章误写的锡兰肉桂（<i>C. verum</i>）。瑶族把肉桂引入老街种植，并已延续约50年。</p>",
    "Xây dựng, hình thành các làng nghề sản xuất sản phẩm quế gắn với du lịch trải nghiệm.": "建设和发展生产肉桂产品的手工艺村，并与体验式旅游相结合。",
    "Kế hoạch phát triển dược liệu tỉnh Lào Cai 2026–2030": "老街省药用植物发展计划（2026–2030）",
    "UBND tỉnh Lào Cai, 2026": "老街省人民委员会，2026年（本馆译文）",
    "<p>Mục tiêu đến năm 2030: 150.000 ha quế, 50.000 tấn vỏ khô mỗi năm. Vỏ quế chứa nhiều coumarin; Viện BfR (Đức) khuyên dùng quế cassia vừa phải.</p>": "<p>2030年目标：肉桂150,000公顷，每年干桂皮50,000吨。肉桂皮香豆素含量高；德国联邦风险评估研究所（BfR）建议适量食用中国肉桂。</p>",
    "Nơi xem quế": "在哪里看肉桂",
    "Vỏ quế được gọi là gì?": "肉桂树皮在越南语中叫什么？",
    "Quế nhục": "Quế nhục",
    "Quế chi": "Quế chi",
    "Quế chi là cành quế.": "Quế chi是肉桂的枝条。",
    "Quế Lào Cai là loài nào?": "老街肉桂是哪个物种？",
    "Cinnamomum cassia": "Cinnamomum cassia",
    "Cinnamomum verum": "Cinnamomum verum",
    "C. verum là quế Xri Lan-ca.": "C. verum是锡兰肉桂。",
    "Sâm Lai Châu mọc ở độ cao nào?": "Sâm Lai Châu生长在什么海拔？",
    "1.400–2.200 m": "1,400–2,200米",
    "Dưới 500 m": "500米以下",
    "Trên 3.000 m": "3,000米以上",
    "Nhiệt độ trung bình ở đó 18–20 °C.": "那里的平均气温为18–20 °C。",
    "Vì sao bảo tàng chỉ ghi tên xã nơi trồng Sâm Lai Châu?": "为什么博物馆只写出种植Sâm Lai Châu的乡名？",
    "Để bảo vệ cây khỏi bị săn lùng": "为了保护这种植物免遭盗采",
    "Vì không ai biết": "因为没有人知道",
    "Nghe: Câu chuyện Sâm Lai Châu": "收听：Sâm Lai Châu的故事",
    "Thẻ minh họa Sâm Lai Châu: lá cây cách điệu và tên của cây": "Sâm Lai Châu插图卡片：风格化的叶子和植物的名称",
    "Sâm Lai Châu: hình minh họa, không phải ảnh chụp": "Sâm Lai Châu：插图，并非照片",
    "Nghe: Quế Lào Cai": "收听：老街肉桂",
    "Thẻ minh họa Quế: lá cây cách điệu và tên của cây": "肉桂插图卡片：风格化的叶子和植物的名称",
    "Quế: hình minh họa, không phải ảnh chụp": "肉桂：插图，并非照片",
}

# Look-alike reasons (species pages), as written in Vietnamese -> translation.
REASONS = {
    "Sâm Việt Nam trồng ở Trung Quốc bị bán giả làm sâm Lai Châu (theo một nguồn thứ cấp, chưa được kiểm chứng).": "在中国种植的越南人参被冒充Sâm Lai Châu出售（据二手资料报道，未经证实）。",
    "Bị bán như tam thất; chứa alkaloid pyrrolizidin gây tổn thương gan (tắc nghẽn xoang gan).": "被当作三七（tam thất）出售；所含吡咯里西啶生物碱会损伤肝脏（肝窦阻塞综合征）。",
    'Cùng được gọi là "tam thất hoang" trong buôn bán.': "在买卖中也被称为“tam thất hoang”。",
    "Rễ bị bán giả làm sâm cau.": "其根被冒充sâm cau出售。",
    'Một cây khác cũng mang tên "ngũ gia bì".': "另一种同样被称为“ngũ gia bì”的植物。",
}

# Image captions, as written in Vietnamese -> translation (the species placeholders'
# caption is set in all four languages by species.demo.build).
CAPTIONS = {}
