"""Chinese and French meanings for the seeded Traditional Knowledge Labels (issue 15).

0003 seeded each label's meaning in Vietnamese and English only, so /zh-hans/ and /fr/
pages showed the Vietnamese. The texts below translate those seeded paraphrases of the
Local Contexts templates; nothing is added. Label names ("TK Attribution"…) are Local
Contexts' own names and stay untranslated (the field is not translated).

Labels are matched by code, and a column is filled only where it is empty: a steward's
or community's own wording is never overwritten. The reverse empties only a column that
still holds the text this migration wrote. Conditions are not seeded by a migration (the
demo builder creates them), so they are not here.
"""

from django.db import migrations

# code: (zh_hans meaning, fr meaning)
MEANINGS = {
    "TK A": (
        "每次使用此知识时，均须注明该社区为其来源。",
        "Nommer la communauté comme source de ce savoir à chaque utilisation.",
    ),
    "TK CL": (
        "此知识属于某一宗族；使用须经该宗族同意。",
        "Ce savoir appartient à un clan ; toute utilisation demande l'accord de ce clan.",
    ),
    "TK F": (
        "此知识属于某一家庭；任何使用前须征询该家庭。",
        "Ce savoir appartient à une famille ; la consulter avant toute utilisation.",
    ),
    "TK MC": (
        "多个社区共同承担对此知识的责任。",
        "Plusieurs communautés partagent la responsabilité de ce savoir.",
    ),
    "TK CV": (
        "社区以自己的话讲述此知识。",
        "Le récit que la communauté fait elle-même de ce savoir, avec ses mots.",
    ),
    "TK CR": (
        "基于社区知识、并得到社区认可的创作作品。",
        "Une œuvre de création fondée sur le savoir communautaire et reconnue par la communauté.",
    ),
    "TK V": (
        "社区已确认此内容的呈现方式恰当。",
        "La communauté a vérifié que ce contenu est présenté de façon appropriée.",
    ),
    "TK NV": (
        "社区尚未核查此记录；内容可能不完整或有误。",
        "La communauté n'a pas vérifié cette notice ; elle peut être incomplète ou inexacte.",
    ),
    "TK S": (
        "此知识的一部分只在一年中的特定时节分享、讲述或使用。",
        "Une partie de ce savoir n'est partagée, entendue ou utilisée qu'à certaines "
        "périodes de l'année.",
    ),
    "TK WG": (
        "通常由女性之间分享；其他人也可以查看。",
        "Habituellement partagé par et entre les femmes ; les autres peuvent le voir.",
    ),
    "TK MG": (
        "通常由男性之间分享；其他人也可以查看。",
        "Habituellement partagé par et entre les hommes ; les autres peuvent le voir.",
    ),
    "TK WR": (
        "只有本社区的女性可以查看或聆听。",
        "Seules les femmes de la communauté peuvent le voir ou l'entendre.",
    ),
    "TK MR": (
        "只有本社区的男性可以查看或聆听。",
        "Seuls les hommes de la communauté peuvent le voir ou l'entendre.",
    ),
    "TK CS": (
        "文化敏感：请尊重对待，再次使用前须征询社区。",
        "Culturellement sensible : à traiter avec respect ; consulter la communauté avant "
        "toute réutilisation.",
    ),
    "TK SS": (
        "秘密或神圣的知识；不得分享给社区允许范围以外的人。",
        "Secret ou sacré ; à ne pas partager au-delà des personnes autorisées par la communauté.",
    ),
    "TK OC": (
        "社区愿意按约定条件开放商业使用。",
        "La communauté est ouverte à un usage commercial, selon des conditions convenues.",
    ),
    "TK NC": (
        "仅可用于非商业目的。",
        "Utilisation à des fins non commerciales uniquement.",
    ),
    "TK CO": (
        "仅限社区内部使用。",
        "Réservé à l'usage de la communauté.",
    ),
    "TK O": (
        "为教育和宣传而分享；其他用途须获得许可。",
        "Partagé pour l'éducation et la sensibilisation ; tout autre usage demande une "
        "autorisation.",
    ),
    "TK CB": (
        "社区欢迎与其共同开展的研究和项目。",
        "La communauté accueille les recherches et les projets menés avec elle.",
    ),
}

LANGS = ("zh_hans", "fr")


def _apply(apps, forwards):
    TKLabel = apps.get_model("knowledge", "TKLabel")
    for label in TKLabel.objects.filter(code__in=MEANINGS):
        changed = []
        for lang, value in zip(LANGS, MEANINGS[label.code], strict=True):
            column = f"meaning_{lang}"
            current = getattr(label, column)
            if forwards and not current:
                setattr(label, column, value)
                changed.append(column)
            elif not forwards and current == value:
                setattr(label, column, None)
                changed.append(column)
        if changed:
            label.save(update_fields=changed)


def forwards(apps, schema_editor):
    _apply(apps, forwards=True)


def backwards(apps, schema_editor):
    _apply(apps, forwards=False)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0009_flag_emergency_conditions")]
    operations = [migrations.RunPython(forwards, backwards)]
