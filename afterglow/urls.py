from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import include, path

from afterglow import views
from afterglow.aftercare.companion_views import guide as companion_guide
from afterglow.api.api import urls as api_urls
from afterglow.clinics.views.setup import first_run
from afterglow.ops.health import healthz


@login_not_required
def admin_login(request: HttpRequest) -> HttpResponse:
    """The Django admin signs in through Afterglow's own sign-in (lockout, two-step)."""
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"/accounts/login/?{query}" if query else "/accounts/login/")


admin.site.login = admin_login  # type: ignore[method-assign,assignment]
admin.site.site_header = "Afterglow administration"
admin.site.site_title = "Afterglow admin"

urlpatterns = [
    path("", views.home, name="home"),
    path("today/", views.today, name="today"),
    path("accounts/", include("afterglow.accounts.urls")),
    path("clinic/", include("afterglow.clinics.urls")),
    path("setup/", first_run, name="first_run"),
    path("caseload/", include("afterglow.careteam.urls")),
    path("", include("afterglow.safety.urls")),
    path("treatments/", include("afterglow.treatments.urls")),
    path("aftercare/", include("afterglow.aftercare.urls")),
    path("companion/<str:token>/", companion_guide, name="companion_guide"),
    path("journal/", include("afterglow.journal.urls")),
    path("voice/", include("afterglow.voice.urls")),
    path("outcomes/", include("afterglow.outcomes.urls")),
    path("wellbeing/", include("afterglow.wellbeing.urls")),
    path("integration/", include("afterglow.integration.urls")),
    path("messages/", include("afterglow.conversations.urls")),
    path("visits/", include("afterglow.visits.urls")),
    path("", include("afterglow.reminders.urls")),
    path("", include("afterglow.pwa.urls")),
    path("healthz", healthz, name="healthz"),
    path("api/v1/", api_urls()),
    path("accounts/tokens/", include("afterglow.api.urls")),
    path("accounts/data/", include("afterglow.data.urls")),
    path("admin/", admin.site.urls),
]

handler400 = "afterglow.errors.bad_request"
handler404 = "afterglow.errors.not_found"
handler500 = "afterglow.errors.server_error"
