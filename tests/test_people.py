"""Authors are people (`newsclean.engine.people`): placeholders, role words, outlets and initials in a
byline slot name no one; a sign-off or a contributor names the authors only when no byline does; the
page's own outlet credited as the reporter stands only when no person is named (the Tempo seed's gold)."""

from __future__ import annotations

import pytest

from newsclean.engine.classified import Classified
from newsclean.engine.people import (
    credit_kind,
    house_names,
    looks_like_person,
    name_case,
    signoff_credits,
    split_people,
)

TEMPO_HOUSE = house_names("tempo", "Tempo", ("tempo.co", "tempo.id"))


@pytest.mark.parametrize("name", ["Terjemahan", "Non Koresponden", "Non-Koresponden", "Tim Redaksi", "Redaksi",
                                  "Admin", "Tim", "Tim Liputan6.com", "mediaindonesia.com developer", "Webmaster"])
def test_placeholders_name_no_one(name: str) -> None:
    assert credit_kind(name, TEMPO_HOUSE) == "none"


@pytest.mark.parametrize("name", ["Penulis", "Editor", "Reporter", "Kontributor", "Fotografer", "Penerjemah",
                                  "Redaktur", "Pewarta", "Wartawan"])
def test_role_words_name_no_one(name: str) -> None:
    assert credit_kind(name) == "none"
    assert split_people(name) == []


@pytest.mark.parametrize("name", ["CTR", "ANT", "(nat)", "nat/ant", "(ANT)"])
def test_initials_name_no_one(name: str) -> None:
    assert credit_kind(name) == "none"


@pytest.mark.parametrize("name", ["Tabloid Bintang", "Antara", "ANTARA", "Reuters", "AFP", "AP", "Kompas.com",
                                  "Liputan6.com", "detikNews", "Majalah Tempo", "Koran Tempo", "Kantor Berita Xinhua",
                                  "Tempo.co", "CNN Indonesia", "Daily Star", "The Straits Times", "Jakarta Post"])
def test_outlets_and_agencies_are_sources_not_people(name: str) -> None:
    assert credit_kind(name) == "outlet"


@pytest.mark.parametrize("name", ["Tempo.co", "TEMPO.CO", "tempo.co", "Tempo", "www.tempo.co"])
def test_the_pages_own_outlet_is_a_house_credit(name: str) -> None:
    assert credit_kind(name, TEMPO_HOUSE) == "house"
    assert credit_kind(name, house_names("kompas", "Kompas.com", ("kompas.com",))) == "outlet"


@pytest.mark.parametrize("name", ["Dewi Rahmawati", "M. Taufan Rengganis", "Ade S", "Amirullah", "Aura",
                                  "Ani", "Sigiranus Marutho Bere", "Dewi Nurita", "Theresia Sufa"])
def test_people_are_people(name: str) -> None:
    assert credit_kind(name, TEMPO_HOUSE) == "person"


def test_a_name_printed_in_capitals_is_written_as_a_name() -> None:
    assert name_case("FIKRI ARIGI") == "Fikri Arigi"
    assert name_case("M. ROSSENO AJI") == "M. Rosseno Aji"
    assert name_case("AL-FAJRI") == "Al-Fajri"
    assert name_case("Dewi Rahmawati") == "Dewi Rahmawati"  # (as printed when not all capitals)


def test_signoff_agencies_lead_and_the_writer_comes_last() -> None:
    assert signoff_credits("ANTARA | FIKRI ARIGI") == (["ANTARA"], ["Fikri Arigi"])
    assert signoff_credits("REUTERS | AL JAZEERA | SITA PLANASARI") == (["REUTERS", "AL JAZEERA"], ["Sita Planasari"])
    assert signoff_credits("REUTERS | PHILSTAR | NABILA RAHMAYANTI") == (["REUTERS", "PHILSTAR"], ["Nabila Rahmayanti"])
    assert signoff_credits("DIAN ANGGRAENI | ANTARA") == (["ANTARA"], ["Dian Anggraeni"])
    assert signoff_credits("DEWI NURITA | ANDITA RAHMA") == ([], ["Dewi Nurita", "Andita Rahma"])
    assert signoff_credits("DAILY STAR | EXPRESS | FIKRI ARIGI") == (["DAILY STAR", "EXPRESS"], ["Fikri Arigi"])
    assert signoff_credits("ANDRIAN HABIBI | DA") == ([], ["Andrian Habibi"])  # (DA: the editor's initials)
    assert signoff_credits("UEFA") == (["UEFA"], [])  # one word: a publication; a writer signs in full


def test_a_line_that_is_a_persons_name() -> None:
    assert looks_like_person("Larasati Wibisono")
    assert looks_like_person("Muhammad bin Abdullah")
    assert not looks_like_person("Larasati")  # (one word: a rubric as often as a name)
    assert not looks_like_person("Tabloid Bintang")
    assert not looks_like_person("Tim Redaksi")
    assert not looks_like_person("Peneliti di Pusat Kajian Energi")
    assert not looks_like_person("Sabtu, 26 Juni 2021")


def classified(*values: str, house: frozenset[str] = TEMPO_HOUSE, house_byline: bool = True) -> Classified:
    found = Classified(house=house, house_byline=house_byline)
    for value in values:
        found.set_field("authors", value)
    return found


@pytest.mark.parametrize("value", ["Terjemahan", "Non Koresponden", "CTR", "Redaksi"])
def test_a_placeholder_byline_leaves_authors_empty(value: str) -> None:
    found = classified(value)
    found.settle_authors()
    assert found.authors == [] and found.source is None


def test_an_outlet_in_the_byline_is_the_source() -> None:
    found = classified("Tabloid Bintang")
    found.settle_authors()
    assert found.authors == [] and found.source == "Tabloid Bintang"


def test_a_placeholder_byline_takes_the_reporter_from_the_signoff() -> None:
    found = classified("Non Koresponden")
    found.set_field("signoff", "ANTARA | FIKRI ARIGI")
    found.settle_authors()
    assert found.authors == ["Fikri Arigi"] and found.source == "ANTARA"


def test_the_house_credit_stands_only_when_no_person_is_named() -> None:
    alone = classified("Tempo.co")
    alone.settle_authors()
    assert alone.authors == ["Tempo.co"]  # the Tempo seed's gold
    signed = classified("Tempo.co")
    signed.set_field("signoff", "REUTERS | SITA PLANASARI")
    signed.settle_authors()
    assert signed.authors == ["Sita Planasari"] and signed.source == "REUTERS"


def test_the_outlets_own_name_names_no_one_where_the_outlet_keeps_no_house_byline() -> None:
    """Only an outlet that declares `house_byline` (Tempo) keeps it; ``Media Indonesia`` in its own
    reporter slot, ``CNBC Indonesia`` after the writer, ``Name - Bisnis.com``: the outlet is no author
    and no other outlet's story (`source`)."""
    for house, value, authors in [
        (house_names("mediaindonesia", "Media Indonesia", ("mediaindonesia.com",)), "Media Indonesia", []),
        (house_names("cnbcindonesia", "CNBC Indonesia", ("cnbcindonesia.com",)), "Rizky Maulana, CNBC Indonesia",
         ["Rizky Maulana"]),
        (house_names("bisnis", "Bisnis.com", ("bisnis.com",)), "Galuh Permata - Bisnis.com", ["Galuh Permata"]),
    ]:
        found = classified(value, house=house, house_byline=False)
        found.settle_authors()
        assert (found.authors, found.source) == (authors, None)


def test_a_dash_between_a_name_and_an_outlet_splits_them() -> None:
    assert split_people("Galuh Permata - Bisnis.com") == ["Galuh Permata", "Bisnis.com"]
    assert split_people("Siti Nur-Azizah") == ["Siti Nur-Azizah"]  # (a hyphen inside a name stays)


def test_a_byline_person_wins_over_the_signoff_and_the_contributor() -> None:
    found = classified("Dewi Rahmawati")
    found.set_field("signoff", "ANTARA | FIKRI ARIGI")
    found.set_field("contributor", "Yusuf Hidayat")
    found.settle_authors()
    assert found.authors == ["Dewi Rahmawati"]


def test_a_contributor_is_the_author_only_when_no_one_else_is() -> None:
    found = Classified(house=TEMPO_HOUSE)
    found.set_byline("Kontributor: Yusuf Hidayat | Fotografer: Dimas Ardian")
    found.settle_authors()
    assert found.authors == ["Yusuf Hidayat"]
