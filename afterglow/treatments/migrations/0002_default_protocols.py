"""Ship the default protocols to every clinic that exists (new clinics get them on creation,
see clinics/hooks.py)."""

from django.db import migrations

from afterglow.treatments.defaults import ensure_protocols


def forwards(apps, schema_editor):
    protocol = apps.get_model("treatments", "Protocol")
    step = apps.get_model("treatments", "ProtocolStep")
    for clinic in apps.get_model("clinics", "Clinic").objects.all():
        ensure_protocols(clinic, protocol, step)


class Migration(migrations.Migration):
    dependencies = [("treatments", "0001_initial"), ("clinics", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
