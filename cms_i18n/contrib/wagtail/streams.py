"""StreamField text blocks: find them, and write their translations back by block path.

Works on the stored JSON (``[{"type", "value", "id"}, …]``) next to the block
definitions, so every text leaf has a stable path made of block ids (stream
children, list items) and child names (structural blocks): reordering blocks
in the source page never mixes translations up.  Stored data without ids
(imported, or older list blocks) falls back to positions (``#2``).

Leaves are ``CharBlock`` and ``TextBlock`` (plain text, ``BlockQuoteBlock``
included) and ``RichTextBlock``; URLs, e-mail, choices, raw HTML, images and
other chooser blocks are left as they are.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from wagtail import blocks

from cms_i18n.contrib.wagtail.richtext import keep_block_keys, meaning

Path = tuple[str, ...]


def leaf_kind(block: blocks.Block) -> str | None:
    """``rich``, ``text``, or None for a block that holds no translatable text."""
    if isinstance(block, blocks.RichTextBlock):
        return "rich"
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return "text"
    return None


def text_leaves(block: blocks.Block, raw: Any, skip: Collection[str] = (),
                path: Path = ()) -> Iterator[tuple[Path, str, str]]:
    """(path, kind, text) for every non-empty text leaf under ``block``."""
    for leaf_path, _, kind, text in _leaves(block, raw, skip, path, ()):
        yield leaf_path, kind, text


def leaf_names(block: blocks.Block, raw: Any, skip: Collection[str] = ()
               ) -> dict[Path, tuple[str, ...]]:
    """The names of the blocks each text leaf sits in ("quote", "text"), by its path: a
    path is made of ids, which tell an editor nothing; the names are what the page
    editor shows."""
    return {path: names for path, names, _, _ in _leaves(block, raw, skip, (), ())}


def _leaves(block: blocks.Block, raw: Any, skip: Collection[str], path: Path,
            names: tuple[str, ...]) -> Iterator[tuple[Path, tuple[str, ...], str, str]]:
    kind = leaf_kind(block)
    if kind is not None:
        if isinstance(raw, str) and raw.strip():
            # (the page editor's text area sends its line breaks as CRLF, as every form
            # does: the text's lines are read as the catalogue writes them)
            yield path, names, kind, raw.replace("\r\n", "\n")
        return
    for key, child, value in _children(block, raw):
        if child.name in skip or key in skip:
            continue
        # a list's items are named "item" by Wagtail: the list's name says it
        named = (*names, child.name) if child.name and child.name != "item" else names
        yield from _leaves(child, value, skip, (*path, key), named)


def with_translations(block: blocks.Block, raw: Any, texts: Mapping[Path, str],
                      skip: Collection[str] = (), path: Path = ()) -> Any:
    """A copy of ``raw`` with the leaves named in ``texts`` replaced.

    A stream child or list item whose only text is translated to the empty
    string (a paragraph the cleaner removed as page chrome) is dropped.
    """
    raw = copy.deepcopy(raw)
    _replace(block, raw, texts, skip, path)
    return raw


def _replace(block: blocks.Block, raw: Any, texts: Mapping[Path, str],
             skip: Collection[str], path: Path) -> Any:
    if leaf_kind(block) is not None:
        return texts.get(path, raw)
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            if name in raw and name not in skip:
                raw[name] = _replace(child, raw[name], texts, skip, (*path, name))
        return raw
    if isinstance(block, (blocks.StreamBlock, blocks.ListBlock)) and isinstance(raw, list):
        keep = []
        for index, item in enumerate(raw):
            found = _item(block, index, item)
            if found is None or found[1].name in skip:
                keep.append(item)
                continue
            key, child, value = found
            new = _replace(child, value, texts, skip, (*path, key))
            if leaf_kind(child) is not None and (*path, key) in texts and not new:
                continue            # emptied by cleaning: drop the block
            if isinstance(item, dict) and "value" in item and value is item["value"]:
                item["value"] = new
            else:
                item = new
            keep.append(item)
        raw[:] = keep
    return raw


def _children(block: blocks.Block, raw: Any) -> Iterator[tuple[str, blocks.Block, Any]]:
    """(path key, child block, child raw value) of a structural block's stored value."""
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            if name in raw:
                yield name, child, raw[name]
    elif isinstance(block, (blocks.StreamBlock, blocks.ListBlock)) and isinstance(raw, list):
        for index, item in enumerate(raw):
            found = _item(block, index, item)
            if found is not None:
                yield found


def _item(block: blocks.Block, index: int, item: Any) -> tuple[str, blocks.Block, Any] | None:
    """One stored child of a stream or list block: (path key, block, raw value)."""
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(item, dict):
            return None
        child = block.child_blocks.get(item.get("type"))
        if child is None:
            return None
        return str(item.get("id") or f"#{index}"), child, item.get("value")
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return str(item.get("id") or f"#{index}"), block.child_block, item["value"]
    return f"#{index}", block.child_block, item


def aligned_lists(block: blocks.Block, source: Any, other: Any) -> Any:
    """``other``, a translation's stored value, with each list block's items keyed as the
    source's are.

    Wagtail stores a list block's items in two formats: plain values (older pages, pages
    built by code or imported) and ``{"type": "item", "value", "id"}``.  A translation
    written from a source in the older format is in it too, until the page editor saves
    it: Wagtail then rewrites every list in the newer format, minting ids the source's
    items do not have, and every text of the list would read as a block the admin added
    (its path ``<id>`` where the source's is ``#0``).  Where the source's list is in the
    older format, the translation's items are read as plain values again, each at its
    place (``["Sede: Asjabad"]`` for ``[{"type": "item", "value": "Sede: Asjabad", "id":
    "9f2c"}]`` beside ``["Venue: Ashgabat"]``); elsewhere each stream child and list item
    is matched by its id.
    """
    if isinstance(block, blocks.StructBlock) and isinstance(source, dict) \
            and isinstance(other, dict):
        return {name: aligned_lists(block.child_blocks[name], source.get(name), value)
                if name in block.child_blocks else value for name, value in other.items()}
    if not isinstance(source, list) or not isinstance(other, list):
        return other
    if isinstance(block, blocks.StreamBlock):
        twins = {item.get("id"): item for item in source if isinstance(item, dict)}
        out = []
        for item in other:
            twin = twins.get(item.get("id")) if isinstance(item, dict) else None
            child = block.child_blocks.get(item.get("type")) if twin is not None else None
            if child is not None and twin is not None and "value" in item:
                item = {**item, "value": aligned_lists(child, twin.get("value"), item["value"])}
            out.append(item)
        return out
    if isinstance(block, blocks.ListBlock):
        older = bool(source) and not any(_list_item(item) for item in source)
        twins = {item.get("id"): item for item in source if _list_item(item)}
        # Neither list's ids in the other's (each rewritten by its own save in the page
        # editor, the source's from the older format too): the items are matched by place.
        apart = bool(twins) and not any(_list_item(item) and item.get("id") in twins
                                        for item in other)
        # (a list the translation holds in the older format has no ids to share either)
        out = []
        for index, item in enumerate(other):
            if older and _list_item(item):
                twin = source[index] if index < len(source) else None
                out.append(aligned_lists(block.child_block, twin, item["value"]))
            elif apart and index < len(source) and _list_item(source[index]):
                # (the translation's item in either format: a save of the source alone
                # rewrote the source's list, the translation's plain values stay)
                twin = source[index]
                value = item["value"] if _list_item(item) else item
                out.append({"type": "item", "value": aligned_lists(
                    block.child_block, twin["value"], value), "id": twin.get("id")})
            elif _list_item(item) and item.get("id") in twins:
                twin = twins[item.get("id")]
                out.append({**item, "value": aligned_lists(block.child_block, twin["value"],
                                                           item["value"])})
            else:
                out.append(item)
        return out
    return other


def _list_item(item: Any) -> bool:
    """A list block's item in the newer stored format."""
    return isinstance(item, dict) and item.get("type") == "item" and "value" in item


def stream_block(field: Any) -> blocks.StreamBlock:
    """The StreamBlock behind a model's StreamField."""
    return field.stream_block


def stored_form(value: Any) -> str:
    """A field value as it is stored, to tell whether a write would change anything."""
    if hasattr(value, "raw_data") or isinstance(value, list):
        return json.dumps(stored(value), sort_keys=True, default=str)
    return "" if value is None else str(value)


def changes(obj: Any, values: Mapping[str, Any]) -> bool:
    """Whether setting ``values`` on ``obj`` would change what its fields say.

    Rich text is compared by what it says, as Wagtail's editor reads it (see
    :mod:`.richtext`): the block keys a save in the page editor adds, and the
    blanks it drops between paragraphs, are not a change.
    """
    return any(_said(obj, name, getattr(obj, name), like=value) != _said(obj, name, value)
               for name, value in values.items())


def keep_editor_keys(obj: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with the block keys that ``obj``'s rich text (a field, or a rich text
    block at the same place of a StreamField) holds, paragraph by paragraph, so that
    writing new text does not take away what the page editor's save added."""
    from wagtail.fields import RichTextField, StreamField

    out = dict(values)
    for name, value in values.items():
        field = obj._meta.get_field(name)
        current = getattr(obj, name)
        if isinstance(field, RichTextField) and isinstance(value, str) and current:
            out[name] = keep_block_keys(value, str(current))
        elif isinstance(field, StreamField):
            block = field.stream_block
            theirs = _rich_leaves(block, stored(current))
            raw = stored(value)
            texts = {path: keep_block_keys(text, theirs[path])
                     for path, text in _rich_leaves(block, raw).items() if path in theirs}
            if texts:
                out[name] = blocks.StreamValue(block, with_translations(block, raw, texts),
                                               is_lazy=True)
    return out


def _said(obj: Any, name: str, value: Any, like: Any = None) -> str:
    """A field value as what it says: rich text by its meaning, the rest as stored, its
    line breaks as LF whichever way the page editor's form sent them (CRLF); a
    StreamField's lists in the format of ``like``'s (see :func:`aligned_lists`)."""
    from wagtail.fields import RichTextField, StreamField

    field = obj._meta.get_field(name)
    if isinstance(field, RichTextField):
        return json.dumps(meaning(str(value or "")))
    if isinstance(field, StreamField):
        block = field.stream_block
        raw: Any = stored(value)
        if like is not None:
            raw = aligned_lists(block, stored(like), raw)
        texts = {path: json.dumps(meaning(text))
                 for path, text in _rich_leaves(block, raw).items()}
        said = json.dumps(with_translations(block, raw, texts), sort_keys=True, default=str)
        return said.replace("\\r\\n", "\\n")
    return stored_form(value).replace("\r\n", "\n")


def _rich_leaves(block: blocks.Block, raw: Any) -> dict[Path, str]:
    return {path: text for path, kind, text in text_leaves(block, raw) if kind == "rich"}


def stored(value: Any) -> list[Any]:
    """A StreamField value's stored JSON, without minting ids for blocks that have none."""
    raw = getattr(value, "raw_data", None)
    if raw is None:
        return list(value or [])
    return [copy.deepcopy(item) for item in raw]
