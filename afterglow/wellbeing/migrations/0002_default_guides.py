"""Ship the default dimension guides to every clinic that exists (new clinics get them on
creation, see clinics/hooks.py)."""

from django.db import migrations

from afterglow.wellbeing.content import ensure_guides


def forwards(apps, schema_editor):
    guide = apps.get_model("wellbeing", "DimensionGuide")
    for clinic in apps.get_model("clinics", "Clinic").objects.all():
        ensure_guides(clinic, guide)


class Migration(migrations.Migration):
    dependencies = [("wellbeing", "0001_initial"), ("clinics", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
