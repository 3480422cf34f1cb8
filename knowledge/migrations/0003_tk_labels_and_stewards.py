"""Seed the Local Contexts Traditional Knowledge Labels and the 'Knowledge stewards' group.

The label set and categories follow Local Contexts
(https://localcontexts.org/labels/traditional-knowledge-labels/); the meanings
are short paraphrases of its templates, which communities may adapt.
Stewards may edit every page (so they can set access levels and take items
down) and manage communities, conditions and labels.
"""

from django.db import migrations

# (code, name, category, English meaning, Vietnamese meaning)
LABELS = [
    ("TK A", "TK Attribution", "provenance",
     "Name the community as the source of this knowledge whenever it is used.",
     "Ghi rõ cộng đồng là nguồn của tri thức này mỗi khi sử dụng."),
    ("TK CL", "TK Clan", "provenance",
     "This knowledge belongs to a particular clan; uses need that clan's agreement.",
     "Tri thức thuộc về một dòng họ; sử dụng cần được dòng họ đó đồng ý."),
    ("TK F", "TK Family", "provenance",
     "This knowledge belongs to a family; ask the family before any use.",
     "Tri thức thuộc về một gia đình; hỏi gia đình trước khi sử dụng."),
    ("TK MC", "TK Multiple Communities", "provenance",
     "Several communities share responsibility for this knowledge.",
     "Nhiều cộng đồng cùng có trách nhiệm với tri thức này."),
    ("TK CV", "TK Community Voice", "provenance",
     "The community's own account of this knowledge, in its words.",
     "Lời kể của chính cộng đồng về tri thức này."),
    ("TK CR", "TK Creative", "provenance",
     "A creative work drawing on community knowledge, recognised by the community.",
     "Tác phẩm sáng tạo dựa trên tri thức cộng đồng, được cộng đồng công nhận."),
    ("TK V", "TK Verified", "protocol",
     "The community has checked that this is shown appropriately.",
     "Cộng đồng đã xác nhận tri thức được trình bày phù hợp."),
    ("TK NV", "TK Non-Verified", "protocol",
     "The community has not checked this record; it may be incomplete or wrong.",
     "Cộng đồng chưa kiểm tra bản ghi này; có thể chưa đầy đủ hoặc chưa đúng."),
    ("TK S", "TK Seasonal", "protocol",
     "Some of this knowledge is shared, heard or used only at certain times of year.",
     "Một phần tri thức chỉ được chia sẻ hay sử dụng vào mùa nhất định."),
    ("TK WG", "TK Women General", "protocol",
     "Usually shared by and among women; others may see it.",
     "Thường do phụ nữ chia sẻ với nhau; người khác vẫn có thể xem."),
    ("TK MG", "TK Men General", "protocol",
     "Usually shared by and among men; others may see it.",
     "Thường do nam giới chia sẻ với nhau; người khác vẫn có thể xem."),
    ("TK WR", "TK Women Restricted", "protocol",
     "Only women of the community may see or hear this.",
     "Chỉ phụ nữ trong cộng đồng được xem hoặc nghe."),
    ("TK MR", "TK Men Restricted", "protocol",
     "Only men of the community may see or hear this.",
     "Chỉ nam giới trong cộng đồng được xem hoặc nghe."),
    ("TK CS", "TK Culturally Sensitive", "protocol",
     "Culturally sensitive: treat with respect and ask the community before reuse.",
     "Nhạy cảm về văn hóa: tôn trọng và hỏi cộng đồng trước khi dùng lại."),
    ("TK SS", "TK Secret/Sacred", "protocol",
     "Secret or sacred; not to be shared beyond those the community allows.",
     "Bí mật hoặc thiêng liêng; không chia sẻ ngoài những người cộng đồng cho phép."),
    ("TK OC", "TK Open to Commercialization", "permission",
     "The community is open to commercial use made with it, on agreed terms.",
     "Cộng đồng sẵn sàng cho sử dụng thương mại theo thỏa thuận."),
    ("TK NC", "TK Non-Commercial", "permission",
     "May be used for non-commercial purposes only.",
     "Chỉ được dùng cho mục đích phi thương mại."),
    ("TK CO", "TK Community Use Only", "permission",
     "For use within the community only.",
     "Chỉ dùng trong nội bộ cộng đồng."),
    ("TK O", "TK Outreach", "permission",
     "Shared for education and outreach; other uses need permission.",
     "Chia sẻ cho giáo dục và truyền thông; mục đích khác cần xin phép."),
    ("TK CB", "TK Open to Collaboration", "permission",
     "The community welcomes research and projects made together with it.",
     "Cộng đồng sẵn sàng hợp tác nghiên cứu và thực hiện dự án cùng nhau."),
]

STEWARD_MODELS = ["community", "condition", "tklabel", "source"]


def seed(apps, schema_editor):
    TKLabel = apps.get_model("knowledge", "TKLabel")
    for order, (code, name, category, en, vi) in enumerate(LABELS):
        TKLabel.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "category": category,
                "meaning": vi,
                "meaning_vi": vi,
                "meaning_en": en,
                "sort_order": order,
            },
        )

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    stewards, _ = Group.objects.get_or_create(name="Knowledge stewards")
    admin_ct, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_ct, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    stewards.permissions.add(access_admin)
    for model in STEWARD_MODELS:
        ct, _ = ContentType.objects.get_or_create(app_label="knowledge", model=model)
        for action in ("add", "change", "delete"):
            permission, _ = Permission.objects.get_or_create(
                content_type=ct,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            stewards.permissions.add(permission)
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    page_ct, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    for codename in ("add_page", "change_page", "publish_page"):
        permission, _ = Permission.objects.get_or_create(
            content_type=page_ct, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        GroupPagePermission.objects.get_or_create(group=stewards, page=root, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0002_remedies_and_knowledge"),
        ("museum", "0002_expert_review_workflow"),
    ]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
