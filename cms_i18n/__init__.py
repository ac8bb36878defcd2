"""cms-i18n: offline translation and glossary plugin for content management systems."""

__version__ = "0.1.0"
