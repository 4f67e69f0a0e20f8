"""Normalisation and validation of bibliographic identifiers typed by editors."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")
DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:")
PMID_PREFIX = re.compile(r"^pmid:?\s*", re.IGNORECASE)
EARLIEST_YEAR = 1665  # the first scientific journals

validate_citation_key = RegexValidator(
    r"^[a-z0-9][a-z0-9-]*$",
    _("Use lowercase letters, digits and hyphens, for example “malfait2017”."),
)


def normalise_doi(value):
    """Accept a bare DOI or one pasted as a doi.org link / "doi:" label; return the bare DOI."""
    value = (value or "").strip()
    lowered = value.lower()
    for prefix in DOI_PREFIXES:
        if lowered.startswith(prefix):
            return value[len(prefix) :].strip()
    return value


def validate_doi(value):
    if value and not DOI_PATTERN.match(value):
        raise ValidationError(
            _("“%(value)s” is not a DOI. A DOI looks like 10.1002/ajmg.c.31552."),
            code="invalid_doi",
            params={"value": value},
        )


def normalise_pmid(value):
    return PMID_PREFIX.sub("", (value or "").strip())


def validate_pmid(value):
    if value and not (value.isascii() and value.isdigit() and len(value) <= 9):
        raise ValidationError(
            _("“%(value)s” is not a PubMed ID. A PMID is a number of up to nine digits, like 28306229."),
            code="invalid_pmid",
            params={"value": value},
        )


def validate_publication_year(value):
    # Accepted papers are often listed a year ahead of their issue.
    latest = datetime.date.today().year + 1
    if value is not None and not EARLIEST_YEAR <= value <= latest:
        raise ValidationError(
            _("%(value)s is not a possible publication year (between %(earliest)s and %(latest)s)."),
            code="invalid_year",
            params={"value": value, "earliest": EARLIEST_YEAR, "latest": latest},
        )


class DOIField(forms.CharField):
    def to_python(self, value):
        return normalise_doi(super().to_python(value))


class PMIDField(forms.CharField):
    def to_python(self, value):
        return normalise_pmid(super().to_python(value))


validate_social_handle = RegexValidator(
    r"^@?[A-Za-z0-9_]{1,15}$",
    _("An X (Twitter) account is up to 15 letters, digits or underscores, for example @zebramedic."),
)
