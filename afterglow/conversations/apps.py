from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "afterglow.conversations"
    label = "conversations"  # not "messages": Django's contrib app has that label
    verbose_name = "Conversations"
