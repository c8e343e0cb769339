"""Reminder channels: how a notification reaches a person outside the app.

Every channel says the same few words (something is waiting, and a link), holds what falls
in quiet hours (flags to clinicians excepted), sends each notification once however many
senders run, and retries a failure up to three times. Email keeps its own columns on
``Notification`` (``delivery.py``); the others share ``Delivery`` rows and ``engine.py``.
A channel is a class with ``name`` and ``deliver_pending(now)``; ``CHANNELS`` lists them
in the order ``send_reminders`` runs them.
"""
