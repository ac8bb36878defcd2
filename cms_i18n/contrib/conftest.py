"""Doctest collection: leave out modules that only import inside a configured Django project.

``pytest --doctest-modules`` imports every module of the package; model,
migration, block and task modules cannot be imported before Django is set up (the
integration tests in ``tests/contrib`` set up a real site for them).
"""

from importlib.util import find_spec

collect_ignore_glob = [
    "wagtail/models.py",
    "wagtail/registry.py",
    "wagtail/streams.py",
    "wagtail/writers.py",
    "wagtail/views.py",
    "wagtail/wagtail_hooks.py",
    "wagtail/tasks.py",
    "wagtail/migrations/*",
]
if find_spec("django") is None or find_spec("wagtail") is None:
    collect_ignore_glob = ["wagtail/*"]
