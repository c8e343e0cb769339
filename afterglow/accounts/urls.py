from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from afterglow.accounts import views
from afterglow.accounts.forms import ResetPasswordForm

app_name = "accounts"

urlpatterns = [
    path("login/", views.SignInView.as_view(), name="login"),
    path("logout/", views.SignOutView.as_view(), name="logout"),
    path("account/", views.account, name="account"),
    path("account/theme/", views.theme, name="theme"),
    path("account/language/", views.language, name="language"),
    path("language/", views.language_choose, name="language_choose"),
    path("session/", views.session_check, name="session_check"),
    path("password/", views.PasswordChange.as_view(), name="password_change"),
    path(
        "password/reset/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/password_reset.html",
            form_class=ResetPasswordForm,
            email_template_name="accounts/email/password_reset.txt",
            subject_template_name="accounts/email/password_reset_subject.txt",
            success_url=reverse_lazy("accounts:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirm.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("two-step/", views.mfa_verify, name="mfa_verify"),
    path("two-step/setup/", views.mfa_setup, name="mfa_setup"),
    path("two-step/backup-codes/", views.mfa_backup_codes, name="mfa_backup_codes"),
    path("two-step/turn-off/", views.mfa_disable, name="mfa_disable"),
    path("invitation/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
