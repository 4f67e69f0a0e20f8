"""locale/pt_BR is complete: every string the code marks for translation has a translation."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("blog", "comments", "editorial", "operations", "security", "zebramedic", "templates", "locale", "manage.py")


def entries(po_text):
    """(msgid, [msgstr...], flags) for each entry of a .po file, header left out."""
    result = []
    for block in po_text.split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith("#~")]
        flags = " ".join(line for line in lines if line.startswith("#,"))
        fields, current = {}, None
        for line in lines:
            if line.startswith("#"):
                continue
            if line.startswith("msg"):
                current, _, rest = line.partition(" ")
                fields[current] = rest.strip()[1:-1]
            elif current and line.startswith('"'):
                fields[current] += line[1:-1]
        if fields.get("msgid"):
            strings = [value for key, value in fields.items() if key.startswith("msgstr")]
            result.append((fields["msgid"], strings, flags))
    return result


def test_catalogue_has_no_untranslated_or_fuzzy_entries():
    po = (ROOT / "locale/pt_BR/LC_MESSAGES/django.po").read_text()
    problems = [msgid for msgid, strings, flags in entries(po) if "fuzzy" in flags or not all(strings)]
    assert problems == []


def test_catalogue_covers_every_marked_string(tmp_path):
    """Re-extract the strings from a copy of the sources: nothing new may be missing."""
    assert shutil.which("xgettext"), "gettext is needed: scripts/test installs it"
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "pt_BR", "--no-location", "--no-obsolete"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    po = (tmp_path / "locale/pt_BR/LC_MESSAGES/django.po").read_text()
    missing = [msgid for msgid, strings, flags in entries(po) if "fuzzy" in flags or not all(strings)]
    assert missing == [], "run manage.py makemessages -l pt_BR and translate these"


def test_compiled_catalogue_is_up_to_date():
    po = ROOT / "locale/pt_BR/LC_MESSAGES/django.po"
    mo = ROOT / "locale/pt_BR/LC_MESSAGES/django.mo"
    assert mo.exists() and mo.stat().st_size > 0
    assert shutil.which("msgfmt"), "gettext is needed: scripts/test installs it"
    fresh = subprocess.run(["msgfmt", "-o", "-", str(po)], check=True, capture_output=True).stdout
    assert fresh == mo.read_bytes(), "run manage.py compilemessages"


def test_jinja2_templates_mark_strings_as_makemessages_reads_them():
    """makemessages reads `_("...")` in a Jinja2 template as in Django's, but not Jinja2's own
    {% trans %} blocks or a gettext call under another name: those strings would go untranslated."""
    for path in (ROOT / "templates" / "jinja2").rglob("*.html"):
        text = path.read_text()
        for unread in ("{% trans", "{%- trans", "gettext(", "ngettext(", "pgettext("):
            assert unread not in text, f"{path}: {unread}"
