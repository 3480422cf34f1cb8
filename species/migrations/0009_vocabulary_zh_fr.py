"""Chinese and French for the seeded vocabularies (issue 15).

0002 seeded parts used, strategic groups and the conservation schemes with their
categories in Vietnamese and English only, so /zh-hans/ and /fr/ pages showed "Chưa đánh
giá" or "Rễ". The texts below translate those seeded texts (0006's wording for the IUCN
meaning); nothing is added. IUCN categories use the Red List's official Chinese and
French names; decree and circular numbers stay as Vietnam writes them.

Rows are matched by their stable codes, and a column is filled only where it is empty:
a curator's own wording is never overwritten. The reverse empties only a column that
still holds the text this migration wrote.
"""

from django.db import migrations

# code: (zh_hans, fr)
PARTS = {
    "root": ("根", "Racine"),
    "rhizome": ("根茎", "Rhizome"),
    "tuberous-root": ("块根", "Racine tubéreuse"),
    "bulb": ("鳞茎", "Bulbe"),
    "bark": ("树皮", "Écorce"),
    "stem": ("茎", "Tige"),
    "twig": ("小枝", "Rameau"),
    "leaf": ("叶", "Feuille"),
    "flower": ("花", "Fleur"),
    "fruit": ("果实", "Fruit"),
    "seed": ("种子", "Graine"),
    "aerial-parts": ("地上部分", "Parties aériennes"),
    "whole-plant": ("全株", "Plante entière"),
}

GROUP_SOURCE = (
    "老街省2026–2030年药材发展计划（2050年愿景）",
    "Plan de développement des plantes médicinales de la province de Lào Cai 2026–2030, "
    "vision 2050",
)
# code: (zh_hans name, fr name); every group's description is the plan it comes from.
GROUPS = {
    "deep-processing": ("服务于深加工产业", "Au service de l'industrie de transformation"),
    "health-care": ("与医疗保健相关", "Liée aux soins de santé"),
    "export": ("与出口相关", "Liée à l'exportation"),
    "eco-tourism": (
        "与生态旅游及本土文化旅游相关",
        "Liée à l'écotourisme et au tourisme culturel autochtone",
    ),
}

# Shared category texts: (zh_hans, fr).
CR = ("极危", "En danger critique")
EN = ("濒危", "En danger")
VU = ("易危", "Vulnérable")
DD = ("数据缺乏", "Données insuffisantes")
IUCN_MEANING = (
    "CR、EN和VU为受威胁等级。每项评估均注明评估年份。",
    "CR, EN et VU sont les catégories menacées. Chaque évaluation porte son année.",
)

# scheme code: {"name": (zh, fr), "description": (zh, fr), "categories": {code: {...}}}
SCHEMES = {
    "iucn": {
        "name": ("世界自然保护联盟（IUCN）红色名录", "Liste rouge de l'UICN"),
        "description": (
            "世界自然保护联盟（IUCN）的全球红色名录（等级标准3.1版）。属于科学评估，而非法律文件。",
            "La Liste rouge mondiale de l'Union internationale pour la conservation de la "
            "nature (UICN, catégories v3.1). Une évaluation scientifique, pas une loi.",
        ),
        "categories": {
            "EX": {"name": ("灭绝", "Éteint")},
            "EW": {"name": ("野外灭绝", "Éteint à l'état sauvage")},
            "CR": {"name": CR, "meaning": IUCN_MEANING},
            "EN": {"name": EN, "meaning": IUCN_MEANING},
            "VU": {"name": VU, "meaning": IUCN_MEANING},
            "NT": {"name": ("近危", "Quasi menacé")},
            "LC": {"name": ("无危", "Préoccupation mineure")},
            "DD": {"name": DD},
            "NE": {"name": ("未予评估", "Non évalué")},
        },
    },
    "sdvn-2007": {
        "name": ("越南红皮书（2007年）", "Livre rouge du Viêt Nam 2007"),
        "description": (
            "《越南红皮书》2007年版第二部分：植物（464种受威胁植物），2008年6月26日发布。"
            "属于科学参考资料，本身并非法律文件。",
            "Le Livre rouge du Viêt Nam 2007, partie II Plantes (464 plantes menacées), "
            "publié le 26 juin 2008. Une référence scientifique, qui n'est pas en soi un "
            "texte juridique.",
        ),
        "categories": {
            "CR": {"name": CR},
            "EN": {"name": EN},
            "VU": {"name": VU},
            "LR": {"name": ("低危", "Faible risque")},
            "DD": {"name": DD},
            "listed": {
                "name": ("已收录（等级未确认）", "Inscrite (catégorie non confirmée)"),
                "meaning": (
                    "该物种收录于此书中，但其等级尚未核实。",
                    "L'espèce figure dans le livre ; sa catégorie n'a pas été vérifiée.",
                ),
            },
        },
    },
    "vnredlist": {
        "name": ("越南红色名录（在线版）", "Liste rouge du Viêt Nam (en ligne)"),
        "description": (
            "越南在线红色名录（vnredlist.vast.vn），由越南科学技术院（VAST）生态与生物资源"
            "研究所于2020–2024年建立，收录1398个受威胁分类单元。它不是2007年的红皮书；"
            "两者的评估等级常有不同。",
            "La Liste rouge du Viêt Nam en ligne (vnredlist.vast.vn), établie par l'IEBR "
            "(VAST) en 2020–2024 et couvrant 1 398 taxons menacés. Ce n'est pas le Livre "
            "rouge de 2007 ; les catégories diffèrent souvent.",
        ),
        "categories": {"CR": {"name": CR}, "EN": {"name": EN}, "VU": {"name": VU}},
    },
    "nd06-2019": {
        "name": (
            "第06/2019/NĐ-CP号议定（经第84/2021/NĐ-CP号议定修订）",
            "Décret 06/2019/NĐ-CP (modifié par le décret 84/2021/NĐ-CP)",
        ),
        "description": (
            "关于濒危、珍贵、稀有森林植物和森林动物管理及履行CITES公约的议定"
            "（2019年1月22日），经第84/2021/NĐ-CP号议定（2021年9月22日）修订。"
            "IA类和IIA类为森林植物。",
            "Le décret sur la gestion de la flore et de la faune forestières menacées, "
            "précieuses et rares et sur la mise en œuvre de la CITES (22 janvier 2019), "
            "modifié par le décret 84/2021/NĐ-CP (22 septembre 2021). Les groupes IA et IIA "
            "sont des plantes forestières.",
        ),
        "categories": {
            "IA": {
                "name": ("IA类", "Groupe IA"),
                "meaning": (
                    "面临灭绝威胁的物种；严禁以商业目的开采和利用。",
                    "Espèce menacée d'extinction : l'exploitation et l'utilisation à des "
                    "fins commerciales sont strictement interdites.",
                ),
            },
            "IIA": {
                "name": ("IIA类", "Groupe IIA"),
                "meaning": (
                    "尚未受到威胁、但若不严格管理则有风险的物种；以商业目的开采和利用受到限制。",
                    "Espèce pas encore menacée mais en danger sans gestion stricte : "
                    "l'exploitation et l'utilisation commerciales sont restreintes.",
                ),
            },
            "listed": {
                "name": ("已列入（类别未确认）", "Inscrite (groupe non confirmé)"),
                "meaning": (
                    "已列入附录，但尚未确认属于IA类还是IIA类；开采至少受到限制。",
                    "Inscrite à l'annexe, sans confirmation du groupe IA ou IIA ; "
                    "l'exploitation est au moins restreinte.",
                ),
            },
        },
    },
    "nd64-2019": {
        "name": (
            "优先保护物种名录（第160/2013号议定，由第64/2019号议定取代）",
            "Liste des espèces prioritaires pour la protection (décret 160/2013, remplacé "
            "par le décret 64/2019)",
        ),
        "description": (
            "依据2008年《生物多样性法》和第160/2013/NĐ-CP号议定确定的优先保护濒危、珍贵、"
            "稀有物种名录，该名录已被第64/2019/NĐ-CP号议定取代。并非第84/2021号议定。",
            "La liste des espèces menacées, précieuses et rares prioritaires pour la "
            "protection au titre de la loi sur la biodiversité de 2008 et du décret "
            "160/2013/NĐ-CP, liste remplacée par le décret 64/2019/NĐ-CP. Ce n'est pas le "
            "décret 84/2021.",
        ),
        "categories": {
            "listed": {
                "name": ("已列入", "Inscrite"),
                "meaning": (
                    "优先保护的濒危、珍贵、稀有物种。",
                    "Une espèce menacée, précieuse ou rare prioritaire pour la protection.",
                ),
            },
        },
    },
    "tt16-2022": {
        "name": ("第16/2022/TT-BYT号通知", "Circulaire 16/2022/TT-BYT"),
        "description": (
            "越南卫生部通知（2022年12月30日发布，2023年2月18日生效）：23种须管控的珍贵、"
            "稀有、特有药材名录，选自第06/2019号和第84/2021号议定的名录。",
            "Circulaire du ministère de la Santé (30 décembre 2022, en vigueur le 18 février "
            "2023) : la liste des 23 matières médicinales rares, précieuses et endémiques "
            "soumises à contrôle, choisies dans les listes des décrets 06/2019 et 84/2021.",
        ),
        "categories": {
            "controlled": {
                "name": ("须管控药材", "Matière médicinale contrôlée"),
                "meaning": (
                    "23种须管控的珍贵、稀有、特有药材之一。",
                    "L'une des 23 matières médicinales rares, précieuses et endémiques "
                    "soumises à contrôle.",
                ),
            },
        },
    },
    "cites": {
        "name": ("CITES公约", "Convention CITES"),
        "description": (
            "《濒危野生动植物种国际贸易公约》。",
            "La Convention sur le commerce international des espèces de faune et de flore "
            "sauvages menacées d'extinction.",
        ),
        "categories": {
            "App. I": {
                "name": ("附录I", "Annexe I"),
                "meaning": (
                    "禁止以商业目的进行国际贸易。",
                    "Le commerce international à des fins commerciales est interdit.",
                ),
            },
            "App. II": {
                "name": ("附录II", "Annexe II"),
                "meaning": (
                    "国际贸易须凭许可证并受到监管。",
                    "Le commerce international est contrôlé au moyen de permis.",
                ),
            },
        },
    },
}

LANGS = ("zh_hans", "fr")


def _fill(obj, texts, forwards):
    """Set (forwards) or clear (backwards) each field_lang of ``texts`` {field: (zh, fr)}.

    Forwards writes only an empty column; backwards clears only a column still holding
    the text written here. Returns the changed column names."""
    changed = []
    for field, values in texts.items():
        for lang, value in zip(LANGS, values, strict=True):
            column = f"{field}_{lang}"
            current = getattr(obj, column)
            if forwards and not current:
                setattr(obj, column, value)
                changed.append(column)
            elif not forwards and current == value:
                setattr(obj, column, None)
                changed.append(column)
    if changed:
        obj.save(update_fields=changed)
    return changed


def _apply(apps, forwards):
    PartUsed = apps.get_model("species", "PartUsed")
    StrategicGroup = apps.get_model("species", "StrategicGroup")
    Scheme = apps.get_model("species", "ConservationScheme")
    Category = apps.get_model("species", "ConservationCategory")
    for part in PartUsed.objects.filter(code__in=PARTS):
        _fill(part, {"name": PARTS[part.code]}, forwards)
    for group in StrategicGroup.objects.filter(code__in=GROUPS):
        _fill(group, {"name": GROUPS[group.code], "description": GROUP_SOURCE}, forwards)
    for scheme in Scheme.objects.filter(code__in=SCHEMES):
        data = SCHEMES[scheme.code]
        _fill(scheme, {"name": data["name"], "description": data["description"]}, forwards)
        for category in Category.objects.filter(scheme=scheme, code__in=data["categories"]):
            _fill(category, data["categories"][category.code], forwards)


def forwards(apps, schema_editor):
    _apply(apps, forwards=True)


def backwards(apps, schema_editor):
    _apply(apps, forwards=False)


class Migration(migrations.Migration):
    dependencies = [("species", "0008_translated_notes")]
    operations = [migrations.RunPython(forwards, backwards)]
