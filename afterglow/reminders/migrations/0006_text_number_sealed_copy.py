"""Copy each text number into the encrypted table (and back, when reversed).

Written with the key ring directly, so it does not depend on today's models: the ciphertext
is bound to the row as the model will name it once 0007 has renamed it
(``reminders.textnumber.number:<id>``), and the lookup hash is ``lib/lookup.py``'s
(purpose ``text-number``). Reversed, the numbers are decrypted back into the old table.
"""

import uuid

from django.db import migrations

from afterglow.lib import crypto, lookup
from afterglow.lib.fields import Ciphertext

PURPOSE = "text-number"
FIELDS = ("code_hash", "code_sent_at", "code_tries", "verified_at", "stopped_at", "created_at")


def aad(pk: uuid.UUID) -> str:
    return f"reminders.textnumber.number:{pk}"


def seal(apps, schema_editor):
    old = apps.get_model("reminders", "TextNumber")
    new = apps.get_model("reminders", "TextNumberNew")
    rows = []
    for row in old.objects.all().iterator():
        pk = uuid.uuid4()
        rows.append(
            new(
                id=pk,
                user_id=row.user_id,
                number=Ciphertext(crypto.encrypt(row.number, aad=aad(pk))),
                number_hash=lookup.current(PURPOSE, row.number),
                **{name: getattr(row, name) for name in FIELDS},
            )
        )
    new.objects.bulk_create(rows, batch_size=500)


def unseal(apps, schema_editor):
    old = apps.get_model("reminders", "TextNumber")
    new = apps.get_model("reminders", "TextNumberNew")
    rows = []
    for values in new.objects.values("id", "user_id", "number", *FIELDS).iterator():
        pk, stored = values.pop("id"), values.pop("number")
        rows.append(old(number=crypto.decrypt(stored, aad=aad(pk)), **values))
    old.objects.bulk_create(rows, batch_size=500)
    new.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("reminders", "0005_text_number_sealed")]

    operations = [migrations.RunPython(seal, unseal)]
