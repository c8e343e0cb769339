from django.apps import AppConfig


class ClinicsConfig(AppConfig):
    name = "afterglow.clinics"
    label = "clinics"
    verbose_name = "Clinics and care teams"

    def ready(self) -> None:
        from afterglow.audit import services as audit
        from afterglow.clinics import hooks  # noqa: F401 (connects the new-clinic receiver)
        from afterglow.clinics.access import roles_of

        # The audit log files an event under the actor's clinic when the caller names none.
        audit.clinic_of_actor = lambda actor: roles_of(actor).clinic
