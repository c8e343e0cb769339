"""Spanish as written in the United States: Django's Spanish formats, with the decimal point
and thousands comma US readers expect ("2.5 mg", "1,200"), as US Spanish-language health
material writes numbers."""

from django.conf.locale.es.formats import *  # noqa: F403

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
