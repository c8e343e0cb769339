from django.apps import AppConfig


class DataConfig(AppConfig):
    name = "afterglow.data"
    label = "patientdata"
    verbose_name = "A patient's data: export and erasure"
