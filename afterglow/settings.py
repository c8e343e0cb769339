"""Afterglow settings: one file, read from environment variables (see README "Configuration")."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from afterglow.lib.env import env_bool, env_int, env_list, env_required, env_str
from afterglow.lib.limits import API_BODY_MAX

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DEBUG", False)
PRODUCTION = not DEBUG
SECRET_KEY = env_required("SECRET_KEY", when=PRODUCTION, fallback="insecure-development-key")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
if PRODUCTION and not ALLOWED_HOSTS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        "The setting ALLOWED_HOSTS is required (comma-separated host names)."
    )

# Encryption at rest: "kid:base64key,kid:base64key", the first one is current.
AFTERGLOW_ENCRYPTION_KEYS = env_required("AFTERGLOW_ENCRYPTION_KEYS", when=True)
# The audit log's chain: HMAC-SHA-256 keys of their own, same form, the first one signs.
AFTERGLOW_AUDIT_KEYS = env_required("AFTERGLOW_AUDIT_KEYS", when=True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "afterglow.lib",
    "afterglow.accounts",
    "afterglow.audit",
    "afterglow.clinics",
    "afterglow.safety",
    "afterglow.treatments",
    "afterglow.aftercare",
    "afterglow.journal",
    "afterglow.outcomes",
    "afterglow.wellbeing",
    "afterglow.integration",
    "afterglow.conversations",
    "afterglow.visits",
    "afterglow.careteam",
    "afterglow.reminders",
    "afterglow.ops",
    "afterglow.api",
    "afterglow.data",
    "afterglow.voice",
    "afterglow.pwa",
    "ninja",
]

MIDDLEWARE = [
    "afterglow.ops.logs.RequestLogMiddleware",
    "afterglow.api.middleware.ApiBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "afterglow.lib.middleware.PersonTimeZoneMiddleware",
    "afterglow.lib.language.PersonLanguageMiddleware",
    "afterglow.accounts.middleware.SessionTimeoutMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "afterglow.accounts.middleware.TwoFactorMiddleware",
    "afterglow.pwa.middleware.IdempotencyKeyMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "afterglow.lib.middleware.PrivatePagesMiddleware",
    "afterglow.lib.middleware.UndecryptableMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "afterglow.urls"
WSGI_APPLICATION = "afterglow.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "afterglow" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "afterglow.safety.context_processors.crisis",
                "afterglow.clinics.context_processors.role",
                "afterglow.reminders.context_processors.bell",
                "afterglow.pwa.context_processors.offline",
                "afterglow.accounts.context_processors.theme",
            ],
        },
    }
]

# Forms: Django's renderer with its one-line widget templates (inputs, radio and checkbox
# options) drawn in Python, the same markup at a fraction of the cost (issue 21).
FORM_RENDERER = "afterglow.lib.forms_render.Renderer"

# Database: SQLite under var/ by default, PostgreSQL (or any) via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'afterglow.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # Writers queue instead of failing with "database is locked"; never mmap_size.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;"
            "PRAGMA busy_timeout=20000;PRAGMA foreign_keys=ON;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # a reset link lasts one day

# Sessions: idle timeouts by role and an absolute limit (accounts.middleware).
AFTERGLOW_IDLE_MINUTES_STAFF = env_int("AFTERGLOW_IDLE_MINUTES_STAFF", 15)
AFTERGLOW_IDLE_MINUTES_PATIENT = env_int("AFTERGLOW_IDLE_MINUTES_PATIENT", 30)
AFTERGLOW_SESSION_MAX_HOURS = env_int("AFTERGLOW_SESSION_MAX_HOURS", 12)
SESSION_COOKIE_AGE = AFTERGLOW_SESSION_MAX_HOURS * 3600
SESSION_COOKIE_NAME = "afterglow_session"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "afterglow.views.csrf_failure"

# HTTPS: on by default; `make run` turns it off for plain HTTP on the loopback address.
HTTPS = env_bool("AFTERGLOW_HTTPS", True)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("AFTERGLOW_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    }
}

# Lockout (django-axes): 10 failures per username and address, a 15-minute cool-off.
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"  # the sign-in form field that holds the email
AXES_LOCKOUT_CALLABLE = "afterglow.accounts.views.locked_out"
AXES_IPWARE_PROXY_COUNT = env_int("AFTERGLOW_PROXY_COUNT", 0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    if env_bool("AFTERGLOW_BEHIND_PROXY", False)
    else ("REMOTE_ADDR",)
)
AXES_VERBOSE = False

OTP_TOTP_ISSUER = "Afterglow"

# Email: console by default; SMTP when EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = 10
# The address people use to reach Afterglow, for links in emails sent outside a request.
AFTERGLOW_BASE_URL = env_str("AFTERGLOW_BASE_URL", "http://127.0.0.1:8000")

# The JSON API: requests a minute per token, largest body accepted, page sizes.
AFTERGLOW_API_RATE_PER_MINUTE = env_int("AFTERGLOW_API_RATE_PER_MINUTE", 120)
# The largest body: sized to the largest journal entry (afterglow/lib/limits.py).
AFTERGLOW_API_MAX_BODY = env_int("AFTERGLOW_API_MAX_BODY", API_BODY_MAX)
NINJA_PAGINATION_PER_PAGE = 20
NINJA_PAGINATION_MAX_LIMIT = 100
# Web Push (reminders.channels.push): the VAPID private key (PEM; `make run` makes one under
# var/), the contact the push services see, and the push services a browser may subscribe
# with (host names; a subscription elsewhere is refused).
AFTERGLOW_VAPID_PRIVATE_KEY = env_str("AFTERGLOW_VAPID_PRIVATE_KEY")
AFTERGLOW_VAPID_SUBJECT = env_str("AFTERGLOW_VAPID_SUBJECT", "mailto:no-reply@afterglow.invalid")
AFTERGLOW_PUSH_HOSTS = env_list(
    "AFTERGLOW_PUSH_HOSTS",
    [
        "fcm.googleapis.com",
        "updates.push.services.mozilla.com",
        "web.push.apple.com",
        "notify.windows.com",
    ],
)
AFTERGLOW_PUSH_TIMEOUT = env_int("AFTERGLOW_PUSH_TIMEOUT", 10)
# Text messages (reminders.channels.sms): "console" (development: printed, never sent) or
# "twilio" (Twilio's REST API over HTTPS). The inbound webhook checks Twilio's signature
# with the auth token. A person gets at most AFTERGLOW_SMS_MONTHLY_CAP texts a month where
# their clinic sets no cap of its own (Clinic.sms_monthly_cap).
AFTERGLOW_SMS_BACKEND = env_str("AFTERGLOW_SMS_BACKEND", "console")
AFTERGLOW_SMS_FROM = env_str("AFTERGLOW_SMS_FROM")
AFTERGLOW_TWILIO_ACCOUNT_SID = env_str("AFTERGLOW_TWILIO_ACCOUNT_SID")
AFTERGLOW_TWILIO_AUTH_TOKEN = env_str("AFTERGLOW_TWILIO_AUTH_TOKEN")
AFTERGLOW_TWILIO_API = env_str("AFTERGLOW_TWILIO_API", "https://api.twilio.com")
AFTERGLOW_SMS_MONTHLY_CAP = env_int("AFTERGLOW_SMS_MONTHLY_CAP", 30)
AFTERGLOW_SMS_REGION = env_str("AFTERGLOW_SMS_REGION", "US")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Afterglow <no-reply@afterglow.invalid>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Languages (docs/i18n.md): English and Spanish. A person's own choice, else their clinic's,
# else the browser's before sign-in; the catalogue is afterglow/locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "afterglow" / "locale"]
# Dates and times in each language's own form ("Dec 3, 5 PM", "3 de dic, 5 p.m."): lib/formats.
FORMAT_MODULE_PATH = ["afterglow.lib.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "afterglow" / "static"]
STATIC_ROOT = Path(env_str("AFTERGLOW_STATIC_ROOT", str(VAR_DIR / "static")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # Voice notes' audio, already encrypted by the app; any Django storage backend will do.
    "voice": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env_str("AFTERGLOW_VOICE_ROOT", str(VAR_DIR / "voice"))},
    },
}

# Logs: one JSON line per event by default (LOG_FORMAT=plain for reading by eye). Each
# request is one line from afterglow.ops.logs (request id, user id, route, status, duration).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "afterglow.ops.logs.JsonFormatter"},
        "plain": {
            "()": "afterglow.ops.logs.PlainFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        },
    },
    "filters": {"redact_paths": {"()": "afterglow.ops.logs.RedactPaths"}},
    "handlers": {
        "nowhere": {"class": "logging.NullHandler"},
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain" if env_str("LOG_FORMAT", "json") == "plain" else "json",
            "filters": ["redact_paths"],
        },
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "axes": {"level": "WARNING"},
        # Our request line replaces Django's 4xx/5xx warnings (which carry the full path).
        "django.request": {"level": "ERROR"},
        # runserver's own line per request is the raw request line (path and query): ours
        # stands in for it, as gunicorn's access log is off (afterglow.ops.gunicorn_conf).
        "django.server": {"handlers": ["nowhere"], "propagate": False},
        "afterglow.request": {"level": env_str("REQUEST_LOG_LEVEL", "INFO")},
    },
}
