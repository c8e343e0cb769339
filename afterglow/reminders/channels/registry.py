from afterglow.reminders.channels.base import Channel
from afterglow.reminders.channels.email import EmailChannel
from afterglow.reminders.channels.push import PushChannel
from afterglow.reminders.channels.sms.channel import SmsChannel

CHANNELS: tuple[Channel, ...] = (EmailChannel(), PushChannel(), SmsChannel())
