"""Ship the default prompts to every clinic that exists (new clinics get them on creation)."""

from django.db import migrations

from afterglow.journal.content import ensure_prompts


def forwards(apps, schema_editor):
    prompt = apps.get_model("journal", "Prompt")
    for clinic in apps.get_model("clinics", "Clinic").objects.all():
        ensure_prompts(clinic, prompt)


class Migration(migrations.Migration):
    dependencies = [("journal", "0001_initial"), ("clinics", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
