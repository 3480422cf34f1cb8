"""The demo's pages in French, translated from the sourced Vietnamese and English texts (nothing added)."""

PAGES = {
    "/trang-chu/": {
        "title": "Dược liệu số : musée numérique des plantes médicinales",
        "intro": "<p>Musée numérique des plantes médicinales de Lai Châu et de Lào Cai. Le contenu de démonstration est tiré de la fiche de données du projet ; chaque page indique ses sources.</p>",
        "species_of_the_month_note": "Lào Cai s’est fixé pour objectif 150 000 ha de canneliers d’ici 2030.",
    },
    "/trang-chu/loai/": {
        "title": "Catalogue des espèces",
        "intro": "<p>Les plantes médicinales de Lai Châu et de Lào Cai, avec leurs noms, leur statut de conservation et leurs sources.</p>",
    },
    "/trang-chu/loai/sam-ngoc-linh/": {
        "title": "Sâm Ngọc Linh",
        "summary": "Ginseng du Viêt Nam, espèce endémique du massif du Ngọc Linh (Kon Tum, Quảng Nam) ; il ne pousse pas à l’état naturel à Lai Châu ni à Lào Cai.",
        "distribution_text": "<p>Aire de répartition naturelle : Kon Tum (Đắk Glei, Kon Plông, Tu Mơ Rông) et Quảng Nam (Nam Trà My, Phước Sơn), à 1 600–2 200 m d’altitude.</p>",
        "morphology": "<p>Plante herbacée vivace de 0,4–1 m de haut, à rhizome horizontal articulé et à feuilles composées palmées disposées en verticille.</p>",
        "traditional_uses": "<p>Le rhizome et les racines tubéreuses sont employés comme fortifiant, contre la fatigue et pour se remettre d’une maladie ; le rhizome frais contre les maux de gorge et les hémorragies internes.</p>",
    },
    "/trang-chu/loai/sam-lai-chau/": {
        "title": "Sâm Lai Châu",
        "summary": "Le ginseng des massifs du Pu Si Lung et du Pu Sam Cáp, plante phare du plan de développement du sâm Lai Châu.",
        "distribution_text": "<p>Le massif du Pu Si Lung et ses environs (Mường Tè, ouest de Sìn Hồ, à la frontière chinoise) ; le massif du Pu Sam Cáp, entre Sìn Hồ, Tam Đường et la ville de Lai Châu ; à 1 400–2 200 m d’altitude, sous une température moyenne de 18–20 °C. Découvert en 2003–2004 lors de l’inventaire de biodiversité mené pour le projet hydroélectrique de Sơn La.</p>",
        "taxonomic_note": "La littérature et les textes juridiques vietnamiens le traitent comme une variété distincte ; la Wikipédia anglophone (suivant apparemment POWO/WCVP) range var. fuscidiscus parmi les synonymes de Panax vietnamensis. Sa position taxonomique reste débattue.",
        "cautions": "<p>Les contrefaçons sont courantes : du Panax vietnamensis cultivé en Chine est vendu comme sâm Ngọc Linh ou sâm Lai Châu, avec des résidus de pesticides interdits (selon une source secondaire, non confirmé).</p>",
        "traditional_uses": "<p>Employé comme fortifiant, à la manière du sâm Ngọc Linh ; l’association des producteurs fait état d’une teneur élevée en saponines (selon une source secondaire, non confirmé).</p>",
    },
    "/trang-chu/loai/tam-that/": {
        "title": "Tam thất",
        "summary": "Plante médicinale hémostatique réputée, cultivée de longue date dans les hautes terres de Lào Cai.",
        "distribution_text": "<p>Cultivé de longue date à Lào Cai (Mường Khương, Bát Xát, Phà Lùng), à Hà Giang (Đồng Văn) et à Cao Bằng, à 1 200–1 500 m d’altitude. La Flora of China le donne comme originaire du sud-est du Yunnan.</p>",
        "taxonomic_note": "Les sources donnent des auteurs différents : « (Burkill) F.H.Chen ex C.Y.Wu & K.M.Feng » et « (Burkill) F.H.Chen ex C.H.Chow & W.G.Huang ». D’anciens textes vietnamiens emploient à tort le nom P. pseudo-ginseng Wall.",
        "morphology": "<p>Plante herbacée vivace de 20–60 cm de haut, à racine charnue, avec 3–6 feuilles composées palmées en verticille et des fruits rouges.</p>",
        "cautions": "<p>Ne pas confondre avec le thổ tam thất (Gynura japonica, G. segetum, Astéracées) : il contient des alcaloïdes pyrrolizidiniques et provoque le syndrome d’obstruction sinusoïdale hépatique (plus de 2 200 cas recensés en Chine). Déconseillé pendant la grossesse (selon une source secondaire, non confirmé).</p>",
        "traditional_uses": "<p>Arrête les saignements et disperse la stase : saignements de nez, vomissements de sang, dysenterie sanglante, suites de couches, traumatismes. Employé localement comme fortifiant « qui ne le cède en rien au ginseng ».</p>",
    },
    "/trang-chu/loai/sam-vu-diep/": {
        "title": "Sâm vũ diệp",
        "summary": "Espèce de Panax aux folioles bipennatifides.",
        "distribution_text": "<p>En Chine : Tibet, Yunnan, Sichuan… à 1 900–3 200 m d’altitude.</p>",
        "morphology": "<p>Plante herbacée vivace de 10–50 cm de haut, à rhizome en chapelet ou noueux comme un bambou, aux folioles bipennatifides.</p>",
    },
    "/trang-chu/loai/tam-that-hoang/": {
        "title": "Tam thất hoang",
        "summary": "Ginseng sauvage des hautes montagnes du Nord.",
        "taxonomic_note": "Les textes vietnamiens donnent comme auteurs « H.Tsai & K.M.Feng ». Les négociants appellent parfois aussi le sâm vũ diệp « tam thất hoang ».",
        "morphology": "<p>Plante herbacée vivace à rhizome.</p>",
    },
    "/trang-chu/loai/que/": {
        "title": "Cannelier de Chine",
        "summary": "Arbre à épice et plante médicinale phare de Lào Cai, dont la culture a été introduite et préservée par les Dao.",
        "distribution_text": "<p>Ancienne province de Lào Cai : Bắc Hà (commune de Nậm Đét, environ 1 500 ha), Văn Bàn, Bảo Yên, Bảo Thắng. La nouvelle province de Lào Cai comprend aussi Văn Yên (ancienne province de Yên Bái), où le cannelier bénéficie de l’indication géographique « Văn Yên » (n° 00018, 2010).</p>",
        "taxonomic_note": "Le cannelier de Lào Cai est Cinnamomum cassia, et non le cannelier de Sri Lanka (C. verum), comme l’a écrit par erreur un article.",
        "morphology": "<p>Arbre sempervirent.</p>",
        "cautions": "<p>Teneur élevée en coumarine : l’EFSA fixe la dose journalière tolérable à 0,1 mg/kg de poids corporel ; le BfR recommande de consommer la cannelle de Chine (cassia) avec modération. Contre-indication pendant la grossesse selon la médecine traditionnelle (d’après une source secondaire, non confirmé).</p>",
        "traditional_uses": "<p>Épice ; en médecine traditionnelle, remède réchauffant (digestion, circulation). L’écorce est le quế nhục, les rameaux le quế chi.</p>",
    },
    "/trang-chu/loai/sam-cau/": {
        "title": "Sâm cau",
        "summary": "Petite plante herbacée à souche cylindrique, aux feuilles semblables à celles d’un jeune aréquier.",
        "morphology": "<p>Plante herbacée vivace atteignant 30 cm de haut.</p>",
        "cautions": "<p>Classée comme toxique (« có độc ») par la médecine traditionnelle ; traditionnellement trempée dans l’eau de rinçage du riz pour en réduire la toxicité ; un usage prolongé provoquerait, dit-on, un épuisement. Des racines de bồng bồng (Dracaena angustifolia) sont vendues frauduleusement comme sâm cau.</p>",
        "traditional_uses": "<p>Tonifie le yang des reins : impuissance, extrémités froides, rhumatismes ; employé comme fortifiant par les peuples des hautes terres du Nord.</p>",
    },
    "/trang-chu/loai/bay-la-mot-hoa/": {
        "title": "Bảy lá một hoa",
        "summary": "Plante à un seul verticille de feuilles et une seule fleur terminale ; intensément récoltée à Sa Pa et à Mường Khương.",
        "distribution_text": "<p>Sa Pa (Lào Cai) ; les espèces de Paris des environs de Sa Pa poussent à environ 1 400–1 800 m d’altitude. Une récolte à l’état sauvage est signalée à Mường Khương et à Lao Chải.</p>",
        "taxonomic_note": "Au Viêt Nam, « bảy lá một hoa » désigne plusieurs espèces de Paris ; Pételot a recensé P. delavayi, P. hainanensis, P. fargesii… autour de Sa Pa.",
        "morphology": "<p>Plante herbacée vivace à rhizome, jusqu’à 1 m de haut, avec un seul verticille de 3–10 feuilles (généralement 7) et une seule fleur terminale.</p>",
        "cautions": "<p>L’espèce voisine P. quadrifolia est toxique (purgative, émétique). Contient des saponines stéroïdiques. Médecine traditionnelle : ne pas l’employer en cas de vide-froid (hư hàn).</p>",
        "traditional_uses": "<p>Élimine la chaleur et détoxifie, en particulier en cas de morsure de serpent ; employé aussi contre la fièvre, les furoncles, la mastite, le paludisme, la toux chronique et l’asthme ; en application externe sur les gonflements.</p>",
    },
    "/trang-chu/loai/lan-kim-tuyen/": {
        "title": "Lan kim tuyến",
        "summary": "Petite orchidée terrestre aux feuilles veloutées parcourues d’un réseau de nervures colorées.",
        "taxonomic_note": "Le Livre rouge du Viêt Nam traite A. roxburghii comme un synonyme ; POWO accepterait peut-être A. roxburghii comme espèce distincte d’Asie continentale (pas encore vérifié).",
        "morphology": "<p>Petite orchidée terrestre à rhizome rampant, aux feuilles veloutées parcourues d’un réseau de nervures colorées.</p>",
    },
    "/trang-chu/loai/nhuc-thung-dung/": {
        "title": "Nhục thung dung",
        "summary": "Plante holoparasite de Haloxylon dans les déserts ; elle ne pousse pas au Viêt Nam, où l’on ne trouve que de la matière médicinale importée.",
        "cautions": "<p>À éviter en cas de selles molles et de syndrome d’excès de yang.</p>",
        "traditional_uses": "<p>Tonifie les reins, nourrit l’essence et le sang, humidifie l’intestin (médecine traditionnelle).</p>",
    },
    "/trang-chu/loai/dam-duong-hoac/": {
        "title": "Dâm dương hoắc",
        "summary": "Plusieurs espèces d’Epimedium ; la majeure partie de la matière médicinale est importée.",
        "taxonomic_note": "La Pharmacopée chinoise retient E. brevicornu, E. sagittatum, E. pubescens, E. koreanum et E. wushanense ; un manuel vietnamien emploie E. macranthum.",
        "traditional_uses": "<p>Tonifie le yang des reins, renforce les tendons et les os, traite les affections de type vent-humidité (médecine traditionnelle chinoise).</p>",
    },
    "/trang-chu/loai/duong-quy/": {
        "title": "Đương quy",
        "summary": "Plante introduite, cultivée d’abord à Sa Pa ; le đương quy de Bắc Hà est conforme aux GACP-WHO.",
        "cultivation": "<p>Cultivé d’abord à Sa Pa. Le đương quy de Bắc Hà (Lào Cai) est reconnu conforme aux GACP-WHO par le ministère de la Santé.</p>",
        "morphology": "<p>Plante herbacée vivace de 40–80 cm de haut, à tige pourpre cannelée et à inflorescences en ombelles composées.</p>",
        "cautions": "<p>Des études pharmacologiques font état d’effets à la fois stimulants et relaxants sur le muscle utérin.</p>",
        "traditional_uses": "<p>Tonique du sang : troubles menstruels, règles douloureuses, anémie, constipation.</p>",
    },
    "/trang-chu/loai/thao-qua/": {
        "title": "Thảo quả",
        "summary": "Épice cultivée sous le couvert forestier à Sa Pa et à Bát Xát, récoltée par les Dao, les Mông et les Hà Nhì à partir de septembre environ.",
        "taxonomic_note": "La littérature vietnamienne, y compris l’Office de la propriété intellectuelle, emploie à tort le nom Amomum aromaticum Roxb. (une autre espèce, la cardamome du Bengale).",
        "morphology": "<p>Plante herbacée vivace formant des touffes de 2–3 m de haut ; grappes de fruits rouge pourpre à la base des tiges.</p>",
        "traditional_uses": "<p>Digestion : ballonnements, vomissements, diarrhée ; fièvres de type paludéen ; mauvaise haleine, maux de dents.</p>",
    },
    "/trang-chu/loai/hoang-lien/": {
        "title": "Hoàng liên",
        "summary": "Au Viêt Nam, seules deux localités sont connues : le mont Hoàng Liên (Sa Pa) et Ông Páo (Hà Giang) ; c’est la limite méridionale du genre.",
        "distribution_text": "<p>Mont Hoàng Liên (Sa Pa, Lào Cai) et Ông Páo (Quản Bạ, Hà Giang), de 1 600 m (Quản Bạ) à 2 400 m (Hoàng Liên Sơn) ; température moyenne annuelle d’environ 13 °C.</p>",
        "cultivation": "<p>Semé à 1 200–2 000 m d’altitude, sous ombrage ; récolté au bout de 5 ans.</p>",
        "morphology": "<p>Petite plante herbacée vivace de 10–30 cm de haut, à rhizome jaune.</p>",
        "cautions": "<p>Contre-indications traditionnelles : vide de sang, vide de qi, faiblesse de la rate et de l’estomac, enfants atteints de variole, diarrhée. Des doses expérimentales élevées provoquent une dépression respiratoire et une hypotension.</p>",
        "traditional_uses": "<p>Amer tonique : dysenterie, gastro-entérite, yeux rouges, aphtes.</p>",
    },
    "/trang-chu/loai/do-trong/": {
        "title": "Đỗ trọng",
        "summary": "Arbre introduit ; les plantations d’essai à Sa Pa ont réussi.",
        "cultivation": "<p>Introduit au Viêt Nam en 1958–1960 ; planté à titre d’essai à Sa Pa avec succès ; aujourd’hui cultivé à Lai Châu, à Lào Cai et ailleurs.</p>",
        "morphology": "<p>Arbre à feuilles caduques, dioïque, jusqu’à 20 m de haut, dont les feuilles contiennent du latex.</p>",
        "traditional_uses": "<p>Vide des reins avec douleurs lombaires et faiblesse des genoux, hypertension, menace de fausse couche (médecine traditionnelle).</p>",
    },
    "/trang-chu/loai/giao-co-lam/": {
        "title": "Giảo cổ lam",
        "summary": "Liane herbacée, consommée en infusion.",
        "distribution_text": "<p>Quảng Ninh, Lạng Sơn, Hòa Bình, Lào Cai, Kon Tum, Thừa Thiên-Huế, Đồng Nai ; jusqu’à 2 000 m d’altitude.</p>",
        "morphology": "<p>Liane herbacée.</p>",
        "cautions": "<p>Peut faire baisser la glycémie : prudence en cas de prise avec des médicaments antidiabétiques (selon une source secondaire, non confirmé).</p>",
        "traditional_uses": "<p>Toux, inflammations, « détoxification » ; aujourd’hui consommé en infusion.</p>",
    },
    "/trang-chu/loai/actiso/": {
        "title": "Actiso",
        "summary": "Cultivé à Sa Pa depuis l’époque française ; l’actiso de Sa Pa est conforme aux GACP-WHO.",
        "cultivation": "<p>Cultivé depuis l’époque française à Đà Lạt, à Sa Pa et à Tam Đảo. L’actiso de Sa Pa est reconnu conforme aux GACP-WHO ; le thé et l’extrait mou d’actiso de Traphaco Sapa sont des produits OCOP 5 étoiles de niveau national.</p>",
        "taxonomic_note": "Cynara scolymus est le nom employé dans les pharmacopées ; POWO le rattacherait à C. cardunculus (l’actiso cultivé étant var. scolymus).",
        "cautions": "<p>« L’actiso n’est pas toxique » (Tixier et al., cité par Đỗ Tất Lợi).</p>",
        "traditional_uses": "<p>Cholérétique et diurétique ; employé en cas de « faiblesse du foie et des reins ».</p>",
    },
    "/trang-chu/loai/hoang-tinh-hoa-do/": {
        "title": "Hoàng tinh hoa đỏ",
        "summary": "Plante fortifiante des hautes terres de Lai Châu et de Lào Cai, en danger.",
        "distribution_text": "<p>Lai Châu : Mường Tè, Phong Thổ, Sìn Hồ, Than Uyên. Lào Cai : Bát Xát, Mường Khương, Sa Pa ; ainsi que Mù Cang Chải (ancienne province de Yên Bái). Altitude : 1 200–1 800 m.</p>",
        "morphology": "<p>Plante herbacée vivace de 0,5–1,5 m de haut, à rhizome charnu, aux feuilles en verticilles de 4–7 et aux fleurs tubulaires rouge pourpre.</p>",
        "traditional_uses": "<p>Fortifiant pour les personnes âgées et les convalescents, en cas de neurasthénie et d’hypotension artérielle. Le rhizome est acheté pour être transformé en « thục địa » (le vrai thục địa est Rehmannia) : une source de confusion.</p>",
    },
    "/trang-chu/loai/ngu-gia-bi-gai/": {
        "title": "Ngũ gia bì gai",
        "summary": "Arbuste épineux ; l’écorce de la tige sert de fortifiant et renforce les tendons et les os.",
        "morphology": "<p>Arbuste épineux, dressé ou sarmenteux.</p>",
        "traditional_uses": "<p>Fortifiant qui renforce les tendons et les os ; douleurs articulaires, surtout chez les personnes âgées. Les feuilles servent de tisane médicinale, les jeunes pousses se mangent comme légume.</p>",
    },
    "/trang-chu/loai/bach-hop/": {
        "title": "Bách hợp",
        "summary": "Lis en danger des hautes terres de Lai Châu et de Sa Pa.",
        "traditional_uses": "<p>Le bulbe est employé contre la toux.</p>",
    },
    "/trang-chu/loai/thien-mon-la-nho/": {
        "title": "Thiên môn lá nhỏ",
        "summary": "Asperge en danger de Sìn Hồ et de Sa Pa.",
        "traditional_uses": "<p>La racine tubéreuse est employée contre la toux.</p>",
    },
    "/trang-chu/loai/hoang-lien-ba-gai/": {
        "title": "Hoàng liên ba gai",
        "summary": "Au Viêt Nam, connu seulement à Bát Xát et à Sa Pa (Lào Cai).",
    },
    "/trang-chu/loai/xuyen-khung/": {
        "title": "Xuyên khung",
        "summary": "Plante introduite en 1965–1966 à Sa Pa ; le xuyên khung de Bát Xát est conforme aux GACP-WHO.",
        "cultivation": "<p>Essais de culture en 1965–1966 à la station de plantes médicinales de Sa Pa et à la ferme de plantes médicinales de Bắc Hà, puis transfert à Lai Châu ; cultivé au-dessus de 800 m. Le xuyên khung de Bát Xát est reconnu conforme aux GACP-WHO.</p>",
        "taxonomic_note": "Le nom employé dans les pharmacopées est Ligusticum chuanxiong / L. wallichii ; le nom accepté par POWO n’est pas établi (des travaux le placent dans Conioselinum anthriscoides 'Chuanxiong').",
        "traditional_uses": "<p>Active le sang ; maux de tête, troubles menstruels (médecine traditionnelle).</p>",
    },
    "/trang-chu/loai/nghi-dinh-84-2021/": {
        "title": "Plantes forestières menacées, précieuses et rares (décret 06/2019, modifié par le décret 84/2021)",
        "intro": "<p>Les espèces de la liste classées dans le groupe IA ou IIA, ou qui y figurent sans que leur groupe soit encore confirmé.</p>",
        "legal_basis": "<p>Décret 06/2019/NĐ-CP (22/01/2019) relatif à la gestion des espèces végétales et animales forestières menacées, précieuses et rares et à l’application de la CITES, modifié par le décret 84/2021/NĐ-CP (22/09/2021). Groupe IA : exploitation et utilisation à des fins commerciales strictement interdites. Groupe IIA : exploitation et utilisation à des fins commerciales restreintes. Le décret 84/2021 n’est pas la liste des espèces prioritaires pour la protection (il s’agit du décret 160/2013, remplacé par le décret 64/2019).</p>",
    },
    "/trang-chu/loai/iucn-bi-de-doa/": {
        "title": "Menacées selon l’IUCN (CR, EN, VU)",
        "intro": "<p>Les espèces que l’IUCN classe En danger critique, En danger ou Vulnérable.</p>",
        "legal_basis": "<p>La Liste rouge de l’IUCN (catégories de la version 3.1) ; données selon la version 2021-1. Il s’agit d’une évaluation scientifique, et non d’un texte juridique.</p>",
    },
    "/trang-chu/loai/han-che-khai-thac-lai-chau/": {
        "title": "Récolte dans la nature interdite ou restreinte : espèces présentes à Lai Châu",
        "intro": "<p>Les espèces présentes à Lai Châu dont la récolte dans la nature est interdite ou restreinte par au moins un texte juridique.</p>",
        "legal_basis": "<p>Décret 06/2019/NĐ-CP, modifié par le décret 84/2021/NĐ-CP (groupes IA et IIA).</p>",
    },
    "/trang-chu/loai/thong-tu-16-2022/": {
        "title": "Matières médicinales précieuses, rares et endémiques soumises à contrôle (circulaire 16/2022/TT-BYT)",
        "intro": "<p>Les espèces du catalogue qui figurent sur la liste des 23 matières médicinales soumises à contrôle.</p>",
        "legal_basis": "<p>Circulaire 16/2022/TT-BYT du ministère de la Santé (30/12/2022, en vigueur le 18/02/2023), établie à partir des listes des décrets 06/2019 et 84/2021.</p>",
    },
    "/trang-chu/bai-thuoc/": {
        "title": "Remèdes",
        "intro": "<p>Des remèdes traditionnels tels que la littérature les consigne, avec leurs mises en garde et leurs sources. Ces pages documentent une tradition ; ce ne sont pas des conseils médicaux.</p>",
    },
    "/trang-chu/bai-thuoc/tam-that-cam-mau/": {
        "title": "Tam thất pour arrêter les saignements",
        "summary": "La racine du tam thất est employée pour arrêter les saignements et disperser la stase : saignements de nez, vomissements de sang, dysenterie sanglante, suites de couches, traumatismes.",
        "cautions": "<p>Ne pas confondre avec le « thổ tam thất » (<i>Gynura japonica</i>, <i>G. segetum</i>, Astéracées) : cette plante contient des alcaloïdes pyrrolizidiniques et provoque le syndrome d’obstruction sinusoïdale hépatique (plus de 2 200 cas recensés en Chine). Selon une source secondaire, le tam thất ne devrait pas être utilisé pendant la grossesse.</p>",
    },
    "/trang-chu/bai-thuoc/bay-la-mot-hoa-ran-can/": {
        "title": "Bảy lá một hoa contre les morsures de serpent",
        "summary": "Le rhizome du bảy lá một hoa est employé pour éliminer la chaleur et détoxifier, surtout en cas de morsure de serpent ; on l’emploie aussi contre la fièvre, les furoncles, la mastite, le paludisme, la toux chronique, et en application externe sur les gonflements.",
        "cautions": "<p>L’espèce voisine <i>Paris quadrifolia</i> est toxique (purgative, émétique) ; le rhizome contient des saponines stéroïdiques. Selon la médecine traditionnelle, ne pas l’employer en cas de « vide-froid » (hư hàn).</p>",
    },
    "/trang-chu/bai-thuoc/hoang-lien-chua-ly/": {
        "title": "Hoàng liên contre la dysenterie",
        "summary": "Le rhizome du hoàng liên, au goût amer, est employé en cas de dysenterie, d’entérite, d’yeux rouges et d’aphtes.",
        "cautions": "<p>Contre-indications traditionnelles : vide de sang, vide de qi, faiblesse de la rate et de l’estomac, enfants atteints de variole, diarrhée. Des doses expérimentales élevées provoquent une dépression respiratoire et une hypotension.</p>",
    },
    "/trang-chu/bai-thuoc/sam-cau-thuoc-bo/": {
        "title": "Sâm cau comme fortifiant",
        "summary": "Les peuples des hautes terres du Nord emploient le rhizome du sâm cau comme fortifiant ; selon la médecine traditionnelle, il tonifie le yang des reins (impuissance, extrémités froides, rhumatismes).",
        "preparation": "<p>Traditionnellement, le rhizome est trempé dans l’eau de rinçage du riz pour en réduire la toxicité.</p>",
        "cautions": "<p>La médecine traditionnelle classe le sâm cau parmi les plantes « có độc » (toxiques) ; il est traditionnellement trempé dans l’eau de rinçage du riz pour en réduire la toxicité, et un usage prolongé provoquerait, dit-on, un épuisement. Des racines de bồng bồng (<i>Dracaena angustifolia</i>) sont vendues frauduleusement comme sâm cau.</p>",
    },
    "/trang-chu/bai-thuoc/vo-que-thuoc-am/": {
        "title": "Écorce de cannelier, remède réchauffant",
        "summary": "L’écorce de cannelier est une épice et, en médecine traditionnelle, un remède réchauffant (digestion, circulation du qi et du sang).",
        "cautions": "<p>La cannelle de Chine (cassia) est riche en <b>coumarine</b> : la dose journalière tolérable (EFSA) est de 0,1 mg/kg de poids corporel ; le BfR recommande de consommer la cannelle cassia avec modération. Une source secondaire signale une contre-indication traditionnelle pendant la grossesse.</p>",
    },
    "/trang-chu/bai-thuoc/thao-qua-tieu-hoa/": {
        "title": "Thảo quả contre les ballonnements",
        "summary": "Le fruit du thảo quả est employé contre les ballonnements, les vomissements, la diarrhée, les fièvres de type paludéen, la mauvaise haleine et les maux de dents.",
        "cautions": "<p>Les sources utilisées ici ne mentionnent aucune précaution propre au thảo quả ; cela ne signifie pas qu’il est sans danger pour tout le monde.</p>",
    },
    "/trang-chu/bai-thuoc/sam-ngoc-linh-thuoc-bo/": {
        "title": "Sâm Ngọc Linh comme fortifiant",
        "summary": "Le rhizome et les racines tubéreuses du sâm Ngọc Linh sont employés comme fortifiant, contre la fatigue et pour se remettre d’une maladie ; le rhizome frais en cas de maux de gorge et d’hémorragie interne.",
        "cautions": "<p>Une source secondaire conseille d’en éviter l’usage pendant la grossesse, en cas d’hypertension ou d’insomnie, et chez les enfants. Les contrefaçons sont courantes : du ginseng cultivé en Chine est vendu comme sâm Ngọc Linh ou sâm Lai Châu, avec des résidus de produits phytosanitaires interdits (source secondaire).</p>",
    },
    "/trang-chu/tri-thuc/": {
        "title": "Savoirs autochtones",
        "intro": "<p>Les savoirs autochtones sur les plantes médicinales, partagés selon les règles de chaque communauté.</p>",
    },
    "/trang-chu/tri-thuc/thao-qua-duoi-tan-rung/": {
        "title": "Le thảo quả sous le couvert forestier",
        "summary": "Le thảo quả est cultivé sous le couvert forestier à Sa Pa, à Bát Xát et à Lai Châu ; les Dao, les Mông et les Hà Nhì le récoltent à partir de septembre environ.",
        "body": "<p>Le thảo quả est cultivé sous le couvert forestier à Sa Pa et à Bát Xát (anciens districts de Lào Cai) ainsi qu’à Lai Châu. Les Dao, les Mông et les Hà Nhì en récoltent les fruits à partir de septembre environ.</p><p>Les H'Mông appellent la plante « lờ hảo », les Tày « mác hấu ».</p>",
    },
    "/trang-chu/tri-thuc/nghe-trong-que-cua-nguoi-dao/": {
        "title": "La culture du cannelier chez les Dao de Lào Cai",
        "summary": "Les Dao de Lào Cai ont introduit la culture du cannelier et la perpétuent depuis environ 50 ans.",
        "body": "<p>La culture du cannelier à Lào Cai a été introduite par les Dao, qui l’entretiennent depuis environ 50 ans.</p><p><em>Élément de démonstration :</em> cet article n’est présenté qu’aux membres du groupe de la communauté dao, pour illustrer la règle d’accès « réservé à la communauté ».</p>",
    },
    "/trang-chu/tri-thuc/tri-thuc-ha-nhi-ve-bay-la-mot-hoa/": {
        "title": "Les savoirs des Hà Nhì sur le bảy lá một hoa",
        "summary": "[Retenu à la demande de la communauté ; contenu provisoire dans la démonstration]",
        "body": "<p>[Retenu à la demande de la communauté ; contenu provisoire dans la démonstration. Cet élément n’est jamais mis en ligne.]</p>",
    },
    "/trang-chu/tham-quan/": {
        "title": "Visiter",
        "intro": "<p>Jardins de plantes médicinales, circuits de visite, fêtes et lieux où l’on cultive les plantes médicinales.</p>",
    },
    "/trang-chu/tham-quan/vung-que-nam-det/": {
        "title": "Les forêts de canneliers de Nậm Đét",
        "summary": "Environ 1 500 ha de canneliers dans la commune de Nậm Đét (ancien district de Bắc Hà), l’une des zones de culture du cannelier de Lào Cai.",
        "what_to_see": "<p>Des forêts de canneliers, introduits par les Dao et entretenus à Lào Cai depuis environ 50 ans. L’écorce (quế nhục), les rameaux (quế chi), les feuilles (huile essentielle) et les graines sont tous utilisés.</p>",
    },
    "/trang-chu/tham-quan/vung-sam-lai-chau-tam-duong/": {
        "title": "Zone de culture du sâm Lai Châu à Tam Đường",
        "summary": "Le plan du district de Tam Đường vise environ 700 ha de sâm Lai Châu d’ici 2030, principalement dans les communes de Khun Há, Giang Ma, Hồ Thầu, Tả Lèng et Sơn Bình.",
        "what_to_see": "<p>D’ici 2035, le plan vise environ 1 000 ha. Le sâm Lai Châu est une espèce convoitée par les braconniers : cette page n’indique que le nom des communes, pas l’emplacement des jardins.</p>",
    },
    "/trang-chu/tham-quan/actiso-sa-pa/": {
        "title": "L’actiso de Sa Pa",
        "summary": "L’actiso est cultivé à Sa Pa depuis l’époque française ; l’actiso de Sa Pa est reconnu conforme aux GACP-WHO.",
        "what_to_see": "<p>Le thé et l’extrait mou d’actiso de Traphaco Sapa sont reconnus comme produits OCOP 5 étoiles de niveau national.</p>",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/": {
        "title": "Jardin de démonstration",
        "summary": "Un jardin modèle qui montre le fonctionnement des stations à code QR. Ce n’est pas un vrai jardin.",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-1/": {
        "title": "1. Cannelier de Chine",
        "what_to_notice": "<p>L’écorce est le quế nhục, les rameaux le quế chi.</p>",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-2/": {
        "title": "2. Thảo quả",
        "what_to_notice": "<p>Le thảo quả est cultivé sous le couvert forestier.</p>",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-3/": {
        "title": "3. Actiso",
        "what_to_notice": "<p>L’actiso de Sa Pa est conforme aux GACP-WHO.</p>",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-4/": {
        "title": "4. Tam thất",
        "what_to_notice": "<p>Plante herbacée vivace de 20–60 cm de haut, à fruits rouges.</p>",
    },
    "/trang-chu/tham-quan/vuon-trinh-dien/tram-5/": {
        "title": "5. Sâm Lai Châu",
        "what_to_notice": "<p>Espèce convoitée par les braconniers : ne la cueillez pas et n’indiquez pas où elle est cultivée.</p>",
    },
    "/trang-chu/tham-quan/mot-vong-vuon/": {
        "title": "Un tour du jardin de démonstration",
        "summary": "Cinq stations, du cannelier au sâm Lai Châu, puis deux récits d’exposition.",
    },
    "/trang-chu/tham-quan/le-hoi-van-hoa-sam/": {
        "title": "Fête culturelle du ginseng",
        "summary": "Le plan de développement du sâm Lai Châu du district de Tam Đường (2024) prévoit de participer à la Fête culturelle du ginseng pour promouvoir le sâm Lai Châu en lien avec le tourisme communautaire.",
        "body": "<p>Les dates et le lieu ne figurent pas encore dans les sources du musée.</p>",
    },
    "/trang-chu/trung-bay/": {
        "title": "Expositions",
    },
    "/trang-chu/trung-bay/cau-chuyen-sam-lai-chau/": {
        "title": "L’histoire du sâm Lai Châu",
        "summary": "Du massif du Pu Si Lung aux zones de culture de Tam Đường : un ginseng précieux découvert en 2003–2004.",
    },
    "/trang-chu/trung-bay/que-lao-cai/": {
        "title": "Le cannelier de Lào Cai",
        "summary": "Le cannelier des Dao : écorce, rameaux, feuilles et graines, et l’objectif de 150 000 ha de la province.",
    },
    "/trang-chu/ban-do/": {
        "title": "Carte",
        "intro": "<p>Lieux à visiter, jardins de plantes médicinales et fêtes.</p>",
    },
    "/trang-chu/nha-truong/": {
        "title": "Pour les écoles",
    },
    "/trang-chu/nha-truong/cay-thuoc-quy-va-bao-ve/": {
        "title": "Les plantes médicinales précieuses et comment les protéger",
        "summary": "Les élèves découvrent le sâm Lai Châu et le cannelier, et pourquoi certaines espèces ne doivent pas être prélevées dans la nature.",
        "age_group": "Collège, 11–14 ans",
        "objectives": "<ul><li>Nommer deux plantes médicinales de Lai Châu et de Lào Cai.</li><li>Expliquer pourquoi le musée ne publie pas les lieux où poussent les espèces convoitées par les braconniers.</li><li>Distinguer les plantes cultivées des plantes prélevées dans la nature.</li></ul>",
        "worksheet": "<ol><li>À quelle altitude pousse le sâm Lai Châu ?</li><li>Citez trois parties du cannelier qui sont utilisées.</li><li>Pourquoi ne faut-il pas cueillir les plantes médicinales précieuses dans la nature ?</li></ol>",
        "teacher_notes": "<p>Parcourez les deux récits d’exposition avant la leçon. Les remèdes présentés sur le site documentent une tradition et ne sont pas des conseils médicaux : dites-le clairement aux élèves.</p>",
    },
    "/trang-chu/co-so-san-xuat/": {
        "title": "Producteurs et zones de culture",
    },
    "/trang-chu/co-so-san-xuat/traphaco-sapa/": {
        "title": "Traphaco Sapa",
        "description": "<p>Entreprise dont le thé d’actiso et l’extrait mou d’actiso sont reconnus comme produits OCOP 5 étoiles de niveau national.</p>",
    },
    "/trang-chu/co-so-san-xuat/htx-mau-khun-ha-du-lieu-mau/": {
        "title": "Coopérative exemple de Khun Há (données d’exemple)",
        "description": "<p>Données d’exemple pour la démonstration, non réelles. Une coopérative imaginaire qui cultive le sâm Lai Châu sous le couvert forestier dans la commune de Khun Há.</p>",
    },
    "/trang-chu/co-so-san-xuat/co-so-giong-mau-ta-leng-du-lieu-mau/": {
        "title": "Pépinière exemple de Tả Lèng (données d’exemple)",
        "description": "<p>Données d’exemple pour la démonstration, non réelles. Un établissement imaginaire de production de plants de sâm Lai Châu, avec un code d’établissement d’exemple.</p>",
    },
    "/trang-chu/co-so-san-xuat/co-so-so-che-mau-khun-ha-du-lieu-mau/": {
        "title": "Unité de transformation exemple de Khun Há (données d’exemple)",
        "description": "<p>Données d’exemple pour la démonstration, non réelles. Un établissement imaginaire de traitement primaire et de transformation du sâm Lai Châu.</p>",
    },
    "/trang-chu/san-pham/": {
        "title": "Produits et OCOP",
    },
    "/trang-chu/san-pham/tra-actiso-traphaco-sapa/": {
        "title": "Thé d’actiso Traphaco Sapa",
        "description": "<p>Reconnu comme produit OCOP 5 étoiles de niveau national (source : vietnam.vn). Nos sources n’indiquent ni l’année ni le numéro de la décision ; les étoiles ne sont donc pas saisies dans les champs OCOP.</p>",
    },
    "/trang-chu/san-pham/cao-mem-actiso-traphaco-sapa/": {
        "title": "Extrait mou d’actiso Traphaco Sapa",
        "description": "<p>Reconnu comme produit OCOP 5 étoiles de niveau national (source : vietnam.vn). Nos sources n’indiquent ni l’année ni le numéro de la décision ; les étoiles ne sont donc pas saisies dans les champs OCOP.</p>",
    },
    "/trang-chu/san-pham/tra-la-sam-mau-khun-ha-du-lieu-mau/": {
        "title": "Thé de feuilles de sâm exemple de Khun Há (données d’exemple)",
        "description": "<p>Données d’exemple pour la démonstration, non réelles. Un produit imaginaire à base de feuilles de sâm Lai Châu, pour illustrer une page produit et son classement en étoiles OCOP.</p>",
        "where_to_buy": "Données d’exemple pour la démonstration, non réelles.",
    },
    "/trang-chu/truy-xuat/": {
        "title": "Traçabilité",
    },
    "/trang-chu/truy-xuat/lo-mau-sample-slc-2025-01-du-lieu-mau/": {
        "title": "Lot exemple SAMPLE-SLC-2025-01 (données d’exemple)",
        "cultivation_protocol": "Données d’exemple pour la démonstration, non réelles. Protocole d’exemple : culture sous le couvert forestier, feuilles cueillies sur des plantes ayant atteint l’âge requis.",
    },
    "/trang-chu/truy-xuat/lo-mau-sample-slc-2025-02-du-lieu-mau/": {
        "title": "Lot exemple SAMPLE-SLC-2025-02 (données d’exemple)",
        "cultivation_protocol": "Données d’exemple pour la démonstration, non réelles. Protocole d’exemple : racines récoltées sur des plantes ayant atteint l’âge requis.",
        "recall_reason": "Données d’exemple pour la démonstration, non réelles. Rappel d’exemple : le test d’identification n’a pas permis de confirmer que les racines sont du sâm Lai Châu.",
    },
    "/trang-chu/san-xuat/": {
        "title": "Production par rapport aux objectifs",
    },
}

# Pages and fields written after the first translation (a real tour, two places, the
# festival's new text): merged into PAGES.
ADDED = {
    "/trang-chu/tham-quan/thao-qua-sa-pa/": {
        "title": "Le thảo quả sous la forêt de Sa Pa",
        "summary": "Le thảo quả (cardamome tsao-ko) est cultivé sous le couvert forestier à Sa Pa et Bát Xát (Lào Cai).",
        "what_to_see": "<p>Les Dao, les Mông et les Hà Nhì récoltent les fruits à partir de septembre environ. La carte indique le centre de la commune de Sa Pa, pas une parcelle précise.</p>",
    },
    "/trang-chu/tham-quan/duong-quy-bac-ha/": {
        "title": "L’đương quy de Bắc Hà",
        "summary": "L’đương quy de Bắc Hà (Lào Cai) est reconnu par le ministère de la Santé comme conforme aux GACP-OMS.",
        "what_to_see": "<p>L’đương quy est une plante introduite, cultivée d’abord à Sa Pa. La carte indique le centre de la commune de Bắc Hà, pas une parcelle précise.</p>",
    },
    "/trang-chu/tham-quan/vung-duoc-lieu-co-that/": {
        "title": "Des zones de culture réelles : Tam Đường, Sa Pa et Bắc Hà",
        "summary": "Cinq zones de culture réelles à Lai Châu et Lào Cai : le ginseng de Lai Châu à Tam Đường, l’artichaut et le thảo quả à Sa Pa, l’đương quy à Bắc Hà, le cannelier de Chine à Nậm Đét.",
        "body": "<p>Les étapes se trouvent dans deux provinces, d’ouest en est. La durée ne compte que le temps passé aux étapes, pas la route entre elles. Le musée n’indique que la commune de chaque zone de culture ; chaque étape cite ses sources sur sa propre page.</p>",
    },
    "/trang-chu/tham-quan/le-hoi-van-hoa-sam/": {
        "body": "<p>Le plan du district de Tam Đường n’indique ni les dates ni le lieu de la fête.</p>",
    },
}
for _path, _fields in ADDED.items():
    PAGES.setdefault(_path, {}).update(_fields)

# Texts of StreamFields (exhibit stories, lesson quizzes), Vietnamese -> translation;
# the leaves of an audio guide that stay in Vietnamese are not here (translations.KEEP).
STREAM = {
    "<p>Sâm Lai Châu (<i>Panax vietnamensis</i> var. <i>fuscidiscus</i>) mọc ở dãy Pu Si Lung (Mường Tè, phía tây Sìn Hồ) và dãy Pu Sam Cáp, ở độ cao 1.400–2.200 m.</p>": "<p>Le sâm Lai Châu (<i>Panax vietnamensis</i> var. <i>fuscidiscus</i>) pousse dans le massif du Pu Si Lung (Mường Tè, ouest de Sìn Hồ) et dans le massif du Pu Sam Cáp, entre 1 400 et 2 200 m d’altitude.</p>",
    "<p>Sâm Lai Châu là một cây thuốc quý. Cây mọc trên núi cao ở tỉnh Lai Châu. Ở đó, núi cao từ 1.400 đến 2.200 mét. Người ta tìm thấy cây vào năm 2003–2004.</p>": "<p>Le sâm Lai Châu est une plante médicinale précieuse. Il pousse haut dans les montagnes de la province de Lai Châu. Là-bas, les montagnes mesurent de 1 400 à 2 200 mètres. On l’a découvert en 2003–2004.</p>",
    "<p><i>Panax vietnamensis</i> var. <i>fuscidiscus</i> K.Komatsu, S.Zhu & S.Q.Cai (Araliaceae). Tài liệu và văn bản pháp luật Việt Nam coi đây là một thứ riêng; Wikipedia tiếng Anh (theo POWO/WCVP) xếp var. <i>fuscidiscus</i> là tên đồng nghĩa của <i>Panax vietnamensis</i>: vị trí phân loại còn tranh luận. Phân bố: dãy Pu Si Lung (Mường Tè, phía tây Sìn Hồ, giáp biên giới Trung Quốc) và dãy Pu Sam Cáp (giữa Sìn Hồ, Tam Đường và thành phố Lai Châu), ở độ cao 1.400–2.200 m, nhiệt độ trung bình 18–20 °C.</p>": "<p><i>Panax vietnamensis</i> var. <i>fuscidiscus</i> K.Komatsu, S.Zhu & S.Q.Cai (Araliaceae). La littérature et les textes juridiques vietnamiens le traitent comme une variété distincte ; la Wikipédia anglophone (suivant POWO/WCVP) range var. <i>fuscidiscus</i> parmi les synonymes de <i>Panax vietnamensis</i> : sa position taxonomique est débattue. Répartition : massif du Pu Si Lung (Mường Tè, ouest de Sìn Hồ, à la frontière chinoise) et massif du Pu Sam Cáp (entre Sìn Hồ, Tam Đường et la ville de Lai Châu), entre 1 400 et 2 200 m d’altitude, température moyenne de 18–20 °C.</p>",
    "Loài của câu chuyện này.": "La plante de ce récit.",
    "Các mốc": "Les grandes dates",
    "Được tìm thấy trong đợt khảo sát đa dạng sinh học của dự án thủy điện Sơn La.": "Découvert lors de l’inventaire de biodiversité mené pour le projet hydroélectrique de Sơn La.",
    "Quyết định 611/QĐ-TTg nêu Lai Châu (cùng Quảng Nam, Kon Tum) là vùng nguyên liệu sâm quy mô hàng hóa.": "La décision 611/QĐ-TTg désigne Lai Châu (avec Quảng Nam et Kon Tum) comme zone de production de ginseng à l’échelle commerciale.",
    "Mục tiêu của Tam Đường: khoảng 700 ha.": "Objectif de Tam Đường : environ 700 ha.",
    "Mục tiêu: khoảng 1.000 ha.": "Objectif : environ 1 000 ha.",
    "<p>Hàng giả phổ biến: sâm trồng ở Trung Quốc bị bán như sâm Ngọc Linh hay Sâm Lai Châu. Loài này bị săn lùng, nên bảo tàng không công bố nơi nó mọc chính xác hơn cấp xã.</p>": "<p>Les contrefaçons sont courantes : du ginseng cultivé en Chine est vendu comme sâm Ngọc Linh ou sâm Lai Châu. L’espèce est convoitée par les braconniers : le musée n’indique pas où elle pousse plus précisément que la commune.</p>",
    "Vùng trồng": "Zone de culture",
    "Quyết định 611/QĐ-TTg nêu tỉnh nào là vùng nguyên liệu sâm quy mô hàng hóa, cùng Quảng Nam và Kon Tum?": "Quelle province la décision 611/QĐ-TTg désigne-t-elle comme zone de production de ginseng à l’échelle commerciale, avec Quảng Nam et Kon Tum ?",
    "Lai Châu": "Lai Châu",
    "Lào Cai": "Lào Cai",
    "Điện Biên": "Điện Biên",
    "Lào Cai và Điện Biên được nêu là các tỉnh có tiềm năng.": "Lào Cai et Điện Biên sont citées parmi les provinces à potentiel.",
    "<p>Quế Lào Cai là <i>Cinnamomum cassia</i>, quế Trung Quốc, không phải quế Xri Lan-ca (<i>C. verum</i>) như một bài báo đã viết nhầm. Người Dao đưa cây quế vào trồng và duy trì ở Lào Cai từ khoảng 50 năm nay.</p>": "<p>Le cannelier de Lào Cai est <i>Cinnamomum cassia</i>, le cannelier de Chine, et non le cannelier de Sri Lanka (<i>C. verum</i>), comme l’a écrit par erreur un article. Les Dao ont introduit le cannelier à Lào Cai et l’y cultivent depuis environ 50 ans.</p>",
    "Xây dựng, hình thành các làng nghề sản xuất sản phẩm quế gắn với du lịch trải nghiệm.": "Créer et développer des villages artisanaux fabriquant des produits du cannelier, en lien avec le tourisme expérientiel.",
    "Kế hoạch phát triển dược liệu tỉnh Lào Cai 2026–2030": "Plan de développement des plantes médicinales de la province de Lào Cai 2026–2030",
    "UBND tỉnh Lào Cai, 2026": "Comité populaire de la province de Lào Cai, 2026 (notre traduction)",
    "<p>Mục tiêu đến năm 2030: 150.000 ha quế, 50.000 tấn vỏ khô mỗi năm. Vỏ quế chứa nhiều coumarin; Viện BfR (Đức) khuyên dùng quế cassia vừa phải.</p>": "<p>Objectif pour 2030 : 150 000 ha de canneliers et 50 000 t d’écorce sèche par an. L’écorce de cannelier de Chine est riche en coumarine ; l’institut allemand BfR recommande de consommer la cannelle de Chine (cassia) avec modération.</p>",
    "Nơi xem quế": "Où voir des canneliers",
    "Vỏ quế được gọi là gì?": "Comment appelle-t-on l’écorce du cannelier en vietnamien ?",
    "Quế nhục": "Quế nhục",
    "Quế chi": "Quế chi",
    "Quế chi là cành quế.": "Le quế chi, ce sont les rameaux.",
    "Quế Lào Cai là loài nào?": "Quelle espèce est le cannelier de Lào Cai ?",
    "Cinnamomum cassia": "Cinnamomum cassia",
    "Cinnamomum verum": "Cinnamomum verum",
    "C. verum là quế Xri Lan-ca.": "C. verum est le cannelier de Sri Lanka.",
    "Sâm Lai Châu mọc ở độ cao nào?": "À quelle altitude pousse le sâm Lai Châu ?",
    "1.400–2.200 m": "1 400–2 200 m",
    "Dưới 500 m": "Moins de 500 m",
    "Trên 3.000 m": "Plus de 3 000 m",
    "Nhiệt độ trung bình ở đó 18–20 °C.": "La température moyenne y est de 18–20 °C.",
    "Vì sao bảo tàng chỉ ghi tên xã nơi trồng Sâm Lai Châu?": "Pourquoi le musée n’indique-t-il que la commune où pousse le sâm Lai Châu ?",
    "Để bảo vệ cây khỏi bị săn lùng": "Pour protéger la plante des braconniers",
    "Vì không ai biết": "Parce que personne ne le sait",
    "Nghe: Câu chuyện Sâm Lai Châu": "Écouter : l’histoire du sâm Lai Châu",
    "Thẻ minh họa Sâm Lai Châu: lá cây cách điệu và tên của cây": "Carte illustrée du sâm Lai Châu : feuilles stylisées et noms de la plante",
    "Sâm Lai Châu: hình minh họa, không phải ảnh chụp": "Sâm Lai Châu : une illustration, pas une photographie",
    "Nghe: Quế Lào Cai": "Écouter : le cannelier de Lào Cai",
    "Thẻ minh họa Quế: lá cây cách điệu và tên của cây": "Carte illustrée du cannelier de Chine : feuilles stylisées et noms de la plante",
    "Quế: hình minh họa, không phải ảnh chụp": "Cannelier de Chine : une illustration, pas une photographie",
}

# Look-alike reasons (species pages), as written in Vietnamese -> translation.
REASONS = {
    "Sâm Việt Nam trồng ở Trung Quốc bị bán giả làm sâm Lai Châu (theo một nguồn thứ cấp, chưa được kiểm chứng).": "Du ginseng du Viêt Nam cultivé en Chine est vendu comme sâm Lai Châu (selon une source secondaire, non confirmé).",
    "Bị bán như tam thất; chứa alkaloid pyrrolizidin gây tổn thương gan (tắc nghẽn xoang gan).": "Vendu comme tam thất ; ses alcaloïdes pyrrolizidiniques endommagent le foie (syndrome d’obstruction sinusoïdale hépatique).",
    'Cùng được gọi là "tam thất hoang" trong buôn bán.': "Également vendu sous le nom de « tam thất hoang ».",
    "Rễ bị bán giả làm sâm cau.": "Ses racines sont vendues comme sâm cau.",
    'Một cây khác cũng mang tên "ngũ gia bì".': "Une autre plante, appelée elle aussi « ngũ gia bì ».",
}

# Image captions, as written in Vietnamese -> translation (the species placeholders'
# caption is set in all four languages by species.demo.build).
CAPTIONS = {}
