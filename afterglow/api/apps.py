from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "afterglow.api"
    verbose_name = "API"

    def ready(self) -> None:
        from afterglow.api.tokens import tokens_revoke_all
        from afterglow.clinics.hooks import ACCOUNT_CLOSERS, AccountCloser, register

        closer: AccountCloser = tokens_revoke_all
        register(ACCOUNT_CLOSERS, closer)
