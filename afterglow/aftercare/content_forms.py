"""The clinic admin's forms for the first-24-hours content (registered in apps.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from afterglow.aftercare.models import SafetyRule, SelfCareItem


class SelfCareItemForm(forms.ModelForm):
    class Meta:
        model = SelfCareItem
        fields = ["title", "kind", "body", "order", "active"]
        labels = {
            "title": _("Title"),
            "kind": _("Kind"),
            "body": _("What to do"),
            "order": _("Order on the checklist"),
            "active": _("Shown to patients"),
        }


class SafetyRuleForm(forms.ModelForm):
    class Meta:
        model = SafetyRule
        fields = [
            "title",
            "body",
            "moment",
            "modality",
            "source",
            "source_detail",
            "order",
            "active",
        ]
        labels = {
            "title": _("Rule"),
            "body": _("Explanation"),
            "moment": _("When"),
            "modality": _("For"),
            "source": _("Source"),
            "source_detail": _("Source detail"),
            "order": _("Order"),
            "active": _("Shown to patients"),
        }
        help_texts = {
            "source_detail": _("For example the label's section or your protocol's name.")
        }
