"""Ship the default aftercare content to every clinic that exists (new clinics get it on
creation, see clinics/hooks.py)."""

from django.db import migrations

from afterglow.aftercare.content import ensure_content


def forwards(apps, schema_editor):
    models = [
        apps.get_model("aftercare", name)
        for name in ("SelfCareItem", "SafetyRule", "FeelingSuggestion")
    ]
    for clinic in apps.get_model("clinics", "Clinic").objects.all():
        ensure_content(clinic, *models)


class Migration(migrations.Migration):
    dependencies = [("aftercare", "0002_initial"), ("clinics", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
