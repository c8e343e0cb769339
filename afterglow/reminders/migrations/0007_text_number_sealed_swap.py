# The encrypted table takes the old one's place and name.

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reminders", "0006_text_number_sealed_copy"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.DeleteModel(name="TextNumber"),
        migrations.RenameModel(old_name="TextNumberNew", new_name="TextNumber"),
        migrations.AlterField(
            model_name="textnumber",
            name="user",
            field=models.OneToOneField(
                on_delete=models.deletion.CASCADE,
                related_name="text_number",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
    ]
