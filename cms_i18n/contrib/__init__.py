"""Integrations with content management systems that live in Python.

Each subpackage is an installable app for one CMS; it needs that CMS's extra
(``pip install "cms-i18n[wagtail]"``), while the core stays free of it.
"""
