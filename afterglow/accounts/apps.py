from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "afterglow.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from afterglow.accounts import signals  # noqa: F401
