"""Pagination for every API list: ``limit`` (1 to 100) and ``offset``, as django-ninja's
limit-offset pagination, with an offset the database can take. Unbounded, an offset past a
64-bit integer reached SQL and failed there (schemathesis found it)."""

from django.conf import settings
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

MAX_OFFSET = 10**9


class Pages(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(
            settings.NINJA_PAGINATION_PER_PAGE, ge=1, le=settings.NINJA_PAGINATION_MAX_LIMIT
        )
        offset: int = Field(0, ge=0, le=MAX_OFFSET)
