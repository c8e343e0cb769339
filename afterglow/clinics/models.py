import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from afterglow.lib.timezones import validate_time_zone


class Clinic(models.Model):
    """A ketamine clinic: its people, its time zone and the crisis resources of its country."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    time_zone = models.CharField(
        max_length=64, default="America/New_York", validators=[validate_time_zone]
    )
    # The language of its people who chose none, and of its invitations.
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=[("en", "English"), ("es", "Español")],
        default="en",
        db_default="en",
    )
    phone = models.CharField(_("clinic phone"), max_length=40, blank=True)
    country = models.CharField(max_length=2, default="US")
    crisis_line = models.CharField(
        max_length=40, default="988", help_text=_("Suicide and crisis line: call or text.")
    )
    crisis_text_keyword = models.CharField(max_length=20, default="HOME")
    crisis_text_number = models.CharField(max_length=20, default="741741")
    emergency_number = models.CharField(max_length=20, default="911")
    # Text reminders a person of this clinic may get in a calendar month (in the clinic's
    # time zone); empty: the server's AFTERGLOW_SMS_MONTHLY_CAP.
    sms_monthly_cap = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(1000)]
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="unique_clinic_name",
                violation_error_message=_("A clinic with this name already exists."),
            )
        ]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    CLINICIAN = "clinician", _("Clinician")
    ADMIN = "admin", _("Clinic admin")


class Membership(models.Model):
    """A staff member's role in a clinic. One person may hold both roles."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices)
    title = models.CharField(
        max_length=80, blank=True, help_text=_("Shown to patients, e.g. Therapist, Nurse.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "clinic", "role"], name="unique_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} at {self.clinic}"


class Patient(models.Model):
    """A patient's profile in their clinic. The primary key is random so URLs reveal nothing."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="patient"
    )
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="patients")
    date_of_birth = models.DateField(null=True, blank=True)
    emergency_contact_name = models.CharField(max_length=120, blank=True)
    emergency_contact_phone = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    care_team: models.ManyToManyField = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="CareTeamMember",
        related_name="care_team_patients",
        blank=True,
    )

    class Meta:
        ordering = ["user__full_name"]

    def __str__(self) -> str:
        return str(self.user)

    @property
    def time_zone(self) -> str:
        """The patient's own time zone: the one on their account."""
        return self.user.time_zone

    @property
    def display_name(self) -> str:
        return self.user.full_name


class CareTeamMember(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="care_team_links")
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="care_team_links"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["patient", "clinician"], name="unique_care_team_member")
        ]

    def __str__(self) -> str:
        return f"{self.clinician} cares for {self.patient}"


class SetupCode(models.Model):
    """The one-time code that guards the first-run page while no clinic exists.

    The server prints the code on its console; only its SHA-256 is kept here. It works once,
    for an hour, and is thrown away after ten wrong tries (a new one is printed).
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    failures = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"setup code made {self.created_at:%Y-%m-%d %H:%M}"
