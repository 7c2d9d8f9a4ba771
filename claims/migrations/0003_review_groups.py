"""The two review roles as groups: Fact-checkers draft, Editors also publish.

Permissions are normally created after all migrations (post_migrate), so they are
created here first to be able to attach them to the groups on a fresh database.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations

VIEW_ALL = [
    f"view_{model}"
    for model in (
        "article", "outlet", "speaker", "speakeralias", "claim", "figure",
        "source", "evidence", "claimevent",
    )
]
FACT_CHECKERS = [
    *VIEW_ALL,
    "review_claim",
    "add_claim",
    "change_claim",
    "add_source",
    "change_source",
    "add_evidence",
    "change_evidence",
    "delete_evidence",
    "change_speaker",
    "add_speakeralias",
    "change_speakeralias",
]
EDITORS = [
    *FACT_CHECKERS,
    "publish_claim",
    "delete_claim",
    "change_article",
    "add_speaker",
    "delete_speaker",
    "delete_speakeralias",
    "add_figure",
    "change_figure",
    "delete_figure",
    "delete_source",
    "add_outlet",
    "change_outlet",
]
GROUPS = {"Fact-checkers": FACT_CHECKERS, "Editors": EDITORS}


def create_groups(apps, schema_editor):
    app_config = apps.get_app_config("claims")
    app_config.models_module = True
    create_contenttypes(app_config, apps=apps, verbosity=0)
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = list(
            Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
        )
        missing = set(codenames) - {p.codename for p in permissions}
        if missing:
            raise RuntimeError(f"permissions missing for group {name}: {sorted(missing)}")
        group.permissions.add(*permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_review_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
