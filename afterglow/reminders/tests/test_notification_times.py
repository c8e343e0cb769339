"""Notifications name their time as every other page does, in the person's own time zone."""

from datetime import UTC, datetime

from django.test import Client
from django.urls import reverse

from afterglow.reminders.delivery import Item, create
from afterglow.testing.people import sign_in

NOW = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)  # Thursday 9 AM in Chicago


def notify(user, key, due_at):
    create(
        user,
        Item("homework", key, due_at, "Something to try", "/today/"),
        shown=True,
        dropped=False,
        email=False,
    )


def test_notifications_say_when_in_words_in_the_persons_time_zone(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    notify(people.patient, "a", datetime(2026, 12, 3, 9, 16, tzinfo=UTC))  # 3:16 AM Chicago
    notify(people.patient, "b", datetime(2026, 12, 2, 23, 0, tzinfo=UTC))  # 5 PM yesterday
    notify(people.patient, "c", datetime(2026, 11, 20, 14, 30, tzinfo=UTC))
    page = sign_in(Client(), people.patient).get(reverse("reminders:notifications"))
    text = page.content.decode()
    assert "Today at 3:16 AM" in text
    assert "Yesterday at 5 PM" in text
    assert "Fri, Nov 20 at 8:30 AM" in text
    assert "09:16" not in text and "Thu 3 Dec" not in text
