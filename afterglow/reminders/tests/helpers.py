from datetime import time

from afterglow.reminders.models import Notification, Preference


def prefs(user, **values):
    values.setdefault("quiet_start", None)
    values.setdefault("quiet_end", None)
    pref, _ = Preference.objects.update_or_create(user=user, defaults=values)
    return pref


def keys(user, **filters):
    return sorted(Notification.objects.filter(user=user, **filters).values_list("key", flat=True))


NINE = time(9, 0)
