from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "afterglow.audit"
    label = "audit"
    verbose_name = "Audit log"
