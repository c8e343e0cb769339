from django.urls import path

from afterglow.reminders import views
from afterglow.reminders.channels import views as channels
from afterglow.reminders.channels.sms import views as sms

app_name = "reminders"

urlpatterns = [
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/<uuid:notification_id>/", views.open_notification, name="open"),
    path("reminders/", views.preferences, name="preferences"),
    path("reminders/calendar/", views.calendar_new, name="calendar_new"),
    path("reminders/calendar/off/", views.calendar_off, name="calendar_off"),
    path("reminders/medications/", views.medications, name="medications"),
    path(
        "reminders/medications/<uuid:medication_id>/stop/",
        views.medication_stop,
        name="medication_stop",
    ),
    path("reminders/medications/check/", views.medication_check, name="medication_check"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="feed"),
    path("reminders/push/on/", channels.push_subscribe, name="push_subscribe"),
    path("reminders/push/off/", channels.push_unsubscribe, name="push_unsubscribe"),
    path("reminders/texts/", sms.texts, name="texts"),
    path("reminders/texts/verify/", sms.texts_verify, name="texts_verify"),
    path("reminders/texts/off/", sms.texts_off, name="texts_off"),
    path("sms/inbound/", sms.sms_inbound, name="sms_inbound"),
    path("sms/status/", sms.sms_status, name="sms_status"),
]
