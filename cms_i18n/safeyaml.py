"""YAML read with bounds: every YAML the product reads goes through here.

Front matter, site config and glossaries come from people the site does not fully
trust (a synced repository, an upload).  ``yaml.safe_load`` never runs code, but
two things still make it dangerous:

* **Alias bombs.**  Nine lines of ``&a`` / ``*a`` describe a billion values.
  Loading them is cheap (the values are shared), but anything that walks or prints
  the result (``str(meta["title"])``, a glossary reader) runs for minutes and eats
  gigabytes.  The composed document is therefore measured first, shared values
  counted once per use, and refused when aliases make it much larger than what is
  written (or when a value contains itself).
* **Deep nesting.**  PyYAML composes recursively; ``[[[[…]]]]`` ten thousand deep
  ends in ``RecursionError``.  It is reported as a YAML error like any other.

A third is merely a mistake, but a costly one: a key written twice in one mapping
(two ``memory:`` lines) lets the last one win silently.  It is refused, naming the
line of the second (a ``<<`` merge key may repeat what it brings in).

All surface as :class:`yaml.MarkedYAMLError`, which every caller already turns
into one line naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

#: aliases may make a document this much larger than its distinct values, plus
#: :data:`EXPANSION_MARGIN`: ordinary anchors (shared defaults) stay far below it
EXPANSION_FACTOR = 2
EXPANSION_MARGIN = 10_000


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def check_expansion(root: yaml.Node) -> None:
    """Refuse a document whose aliases expand it far beyond what is written.

    Walks the node graph once (iteratively, so depth costs no stack), counting for
    each node how many values it stands for once every alias is expanded.
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise yaml.constructor.ConstructorError(
                None, None, "an alias refers to a value that contains it", node.start_mark)
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    limit = EXPANSION_FACTOR * len(sizes) + EXPANSION_MARGIN
    if sizes[id(root)] > limit:
        raise yaml.constructor.ConstructorError(
            None, None, f"aliases expand this document to more than {limit:,} values "
            "(an alias bomb?); write the values out instead", root.start_mark)


def check_duplicate_keys(root: yaml.Node) -> None:
    """Refuse a mapping that has the same key twice, at the second one's line."""
    seen_nodes: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[tuple[str, str], yaml.Node] = {}
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or \
                        key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = (key_node.tag, key_node.value)
                if key in first:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key_node.value!r} (first on line "
                        f"{first[key].start_mark.line + 1})", key_node.start_mark)
                first[key] = key_node
        stack.extend(_children(node))


class BoundedLoader(yaml.SafeLoader):
    """``SafeLoader`` that measures each document before anything is built from it,
    and refuses a key written twice in one mapping."""

    check_duplicates = True

    def compose_document(self) -> yaml.Node | None:
        node = super().compose_document()
        if node is not None:
            check_expansion(node)
            if self.check_duplicates:
                check_duplicate_keys(node)
        return node


class _BoundedLoaderKeepingDuplicates(BoundedLoader):
    check_duplicates = False


#: What a parser's context names, for what it opened and never saw closed.
_OPENED = {"while parsing a flow sequence": "'['", "while parsing a flow mapping": "'{'",
           "while scanning a quoted scalar": "quote"}


def describe_error(exc: yaml.YAMLError, text: str | None = None) -> tuple[str, int | None]:
    r"""The one wording of a YAML error, ``invalid YAML: …``, and its 1-based line.

    A bracket or quote left open is reported on the line that opens it, where the
    mistake is, with the line where the parser gave up: PyYAML's own mark is there,
    often the next setting's line.  Where the parser gave up at the end of ``text``
    (a ``:`` missing on the last line), the mark is past the last line: the last line
    that holds anything is named, the one to fix.

    >>> try:
    ...     safe_load("a: 1\nb 2\n")
    ... except yaml.YAMLError as exc:
    ...     describe_error(exc, "a: 1\nb 2\n")
    ("invalid YAML: could not find expected ':'", 2)
    """
    message, line = _describe(exc)
    position = getattr(exc, "position", None)
    if line is None and text is not None and isinstance(position, int):
        # a character YAML refuses (a NUL, a control byte): the reader knows only where
        line = text.count("\n", 0, position) + 1
    if line is not None and text is not None:
        lines = text.splitlines()
        last = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 1)
        line = min(line, last)
        # a bracket still open when the file ends: "before line 30" of a 29-line file
        closed = re.search(r"is not closed before line (\d+) \(.*\)$", message)
        if closed and int(closed.group(1)) > len(lines):
            message = message[:closed.start()] + "is not closed before the end of the file"
    return message, line


def _describe(exc: yaml.YAMLError) -> tuple[str, int | None]:
    if not isinstance(exc, yaml.MarkedYAMLError):
        return f"invalid YAML: {str(exc).splitlines()[0]}", None
    problem = exc.problem or exc.context or "cannot be read"
    opened = _OPENED.get(exc.context or "")
    if opened and exc.context_mark is not None:
        line = exc.context_mark.line + 1
        if exc.problem_mark is not None and exc.problem_mark.line + 1 != line:
            return (f"invalid YAML: the {opened} opened on this line is not closed before "
                    f"line {exc.problem_mark.line + 1} ({problem})", line)
        return f"invalid YAML: in the {opened} opened on this line: {problem}", line
    mark = exc.problem_mark or exc.context_mark
    return f"invalid YAML: {problem}", mark.line + 1 if mark else None


def _too_deep() -> yaml.MarkedYAMLError:
    return yaml.MarkedYAMLError(problem="values nested too deeply to read",
                                problem_mark=None)


def _bad_value(exc: ValueError) -> yaml.MarkedYAMLError:
    """PyYAML lets a few bad values through as ValueError: an escape past U+10FFFF
    ("\\U00110000"), a timestamp of a day that does not exist."""
    return yaml.MarkedYAMLError(problem=f"a value that cannot be read: {exc}",
                                problem_mark=None)


def safe_load(text: str) -> Any:
    r"""``yaml.safe_load`` with the bounds above.

    >>> safe_load("a: &x [1, 2]\nb: *x")
    {'a': [1, 2], 'b': [1, 2]}
    >>> bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: [" + ", ".join(["*b"] * 5000) + "]"
    >>> safe_load(bomb)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    yaml.constructor.ConstructorError: aliases expand this document to more than 10,018 ...
    """
    return _bounded(yaml.load, text)


def compose(text: str, *, duplicates_checked_by_caller: bool = False) -> yaml.Node | None:
    """``yaml.compose`` (safe) with the bounds above.

    A reader that walks the nodes itself (the glossary's) may refuse a repeated key
    with words of its own ("concept AU: language es given twice").
    """
    loader = _BoundedLoaderKeepingDuplicates if duplicates_checked_by_caller else BoundedLoader
    node: yaml.Node | None = _bounded(yaml.compose, text, loader)
    return node


def _bounded(read: Callable[..., Any], text: str,
             loader: type[BoundedLoader] = BoundedLoader) -> Any:
    """``read(text)`` with :class:`BoundedLoader`; nesting past Python's stack and
    numbers past its limits become YAML errors that name the place."""
    try:
        return read(text, Loader=loader)
    except RecursionError:
        raise _too_deep() from None
    except ValueError as exc:
        raise _bad_value(exc) from None
