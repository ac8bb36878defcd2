"""Routes through Apertium modes: shortest chain, pivot, variants, Debian install hints."""

from __future__ import annotations

from cms_i18n.engines.apertium_routes import (
    DEBIAN_PACKAGES,
    find_route,
    install_hint,
    parse_mode,
    reachable,
    variant_modes,
)

# The plain modes of the Debian packages installed on a site that added every Romance pair.
NAMES = """eng-spa spa-eng spa-eng_US eng-cat eng-cat_valencia eng-cat_valencia_uni cat-eng
    en-gl gl-en es-pt es-pt_BR pt-es es-fr fr-es eco-es-fr spa-ita ita-spa ro-es
    es-gl gl-es spa-cat spa-cat_valencia cat-spa"""
INSTALLED = [m for name in NAMES.split() if (m := parse_mode(name))]


def route(target: str, **options: object) -> str | None:
    found = find_route(INSTALLED, "en", target, **options)  # type: ignore[arg-type]
    return found.describe() if found else None


def test_direct_pair_wins() -> None:
    assert route("es") == "eng-spa"
    assert route("ca") == "eng-cat"
    assert route("gl") == "en-gl"


def test_chains_through_spanish_where_debian_has_no_english_pair() -> None:
    assert route("pt") == "eng-spa → es-pt"
    assert route("fr") == "eng-spa → es-fr"
    assert route("it") == "eng-spa → spa-ita"


def test_region_or_variant_of_the_target_picks_the_last_mode() -> None:
    assert route("pt-BR") == "eng-spa → es-pt_BR"
    assert route("ca-valencia") == "eng-cat_valencia"
    assert route("pt-PT") == "eng-spa → es-pt"           # no such variant: the plain mode
    assert route("ca-valencia", variants={"ca-valencia": "valencia_uni"}) == \
        "eng-cat_valencia_uni"


def test_via_fixes_the_languages_in_between() -> None:
    assert route("gl", via=["es"]) == "eng-spa → es-gl"
    assert route("ca", via=["es"]) == "eng-spa → spa-cat"
    assert route("ca-valencia", via=["es"]) == "eng-spa → spa-cat_valencia"
    assert route("pt", via=[]) is None                   # direct only: there is none
    assert route("pt", via=["ca"]) is None               # no cat-por installed


def test_pivot_breaks_ties_between_routes_of_the_same_length() -> None:
    modes = [*INSTALLED, *(m for n in ("fra-cat", "cat-fra") if (m := parse_mode(n)))]
    assert find_route(modes, "en", "fr").describe() == "eng-spa → es-fr"
    assert find_route(modes, "en", "fr", pivot="ca").describe() == "eng-cat → cat-fra"


def test_unreachable_languages_have_no_route() -> None:
    assert route("ro") is None          # apertium-es-ro only translates ro → es
    assert route("ja") is None
    assert route("fr", max_steps=1) is None


def test_every_reachable_language_is_listed() -> None:
    found = reachable(INSTALLED, "en")
    assert sorted(found) == ["ca", "es", "fr", "gl", "it", "pt"]
    assert [m.name for m in variant_modes(found["pt"], INSTALLED)] == ["es-pt_BR"]
    assert [m.variant for m in variant_modes(found["ca"], INSTALLED)] == \
        ["valencia", "valencia_uni"]


def test_mode_names_in_both_code_styles() -> None:
    assert parse_mode("spa-ita").source == "es"
    assert parse_mode("es-pt_BR").variant == "BR"
    assert parse_mode("en-eo-bytecode") is None
    assert parse_mode("oc_aran-es") is None


def test_install_hints_name_debian_packages_that_exist() -> None:
    assert install_hint("en", "fr") == "apt-get install apertium apertium-eng-spa apertium-fr-es"
    assert install_hint("en", "pt", installed=["eng-spa"]) == "apt-get install apertium-es-pt"
    assert install_hint("en", "it", installed=["eng-spa"]) == "apt-get install apertium-spa-ita"
    assert install_hint("en", "de") is None      # there is no apertium-eng-deu
    for packages in (install_hint("en", t) or "" for t in ("fr", "pt", "it", "ca", "gl")):
        for package in packages.split()[2:]:
            assert package == "apertium" or package in DEBIAN_PACKAGES
