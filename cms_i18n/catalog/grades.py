"""The grades of a catalogue problem, worst first (see :mod:`cms_i18n.catalog.checks`).

Apart from the checks so that ``check --severity``'s choices are known without
loading them.
"""

CRITICAL, WARNING, COSMETIC = "critical", "warning", "cosmetic"
SEVERITIES = (CRITICAL, WARNING, COSMETIC)
