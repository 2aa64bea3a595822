from django.db import migrations

ROLE_GROUPS = ["checker", "editor", "chief"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLE_GROUPS:
        Group.objects.get_or_create(name=name)


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("articles", "0002_desk_workflow_history"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
