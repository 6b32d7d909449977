"""Places, batch 12 (Saudi local news): lists of governorates read before their first known town, names the
gazetteer lists only with their type word as list items, a town moved to its namesake near the story, everyday
words made names by a dateline or a list, and «العاصمة المقدسة» (Mecca).

The documents are built by hand with the entities a tagger would give, so each rule is tested on its
own, whatever the NER model finds.
"""

from __future__ import annotations

from test_places_context_rules import make_doc, near, place_at, stage

from marsad.geo.containers import in_local_story
from marsad.geo.context import _Finder
from marsad.geo.gazetteer import GeoEntry
from marsad.geo.namesakes import nearer_namesake
from marsad.model import Mention, Place

TAIF = (21.2703, 40.4158)
TURABAH = (21.2141, 41.6331)
MEDINA = (24.4686, 39.6142)
MECCA = (21.4266, 39.8256)


def test_a_list_is_read_before_its_first_known_town() -> None:
    # «الدائر» and «الحرث» come before «أبو عريش», the first town the gazetteer knows without a type word
    text = "هطلت أمطار على محافظات منطقة جازان، حيث شملت الدائر والحرث وأبو عريش وصامطة والعارضة."
    doc = stage()(make_doc(text, [("جازان", "GPE"), ("أبو عريش", "PER")]))
    for name in ("الدائر", "الحرث", "أبو عريش", "العارضة"):
        place = place_at(doc, name)
        assert place is not None and place.country_code == "SA" and place.lat is not None, name


def test_a_name_listed_only_with_its_type_word_is_a_list_item() -> None:
    # «الدائر» is listed as «محافظة الدائر»: among known towns it is the governorate
    text = "وشملت الأمطار صامطة وأحد المسارحة والدائر."
    doc = stage()(make_doc(text, [("صامطة", "GPE")]))
    place = place_at(doc, "الدائر")
    assert place is not None and place.source == "curated:sa-dayer"


def test_a_known_town_of_another_country_is_no_item_of_a_local_list() -> None:
    text = "يذكر أن محافظة الطائف تضم البلديات المرتبطة ( تربة ، رنية ، الخرمة ، المويه ، ميسان ) وتضم كل منها دائرة."
    doc = make_doc(text, [("الطائف", "GPE")])
    toks = doc.sentences[0].tokens
    found = {toks[f.i].core for f in _Finder(stage().gazetteer).among_places(0, toks)}
    assert {"رنيه", "الخرمه", "المويه"} <= found
    assert "ميسان" not in found  # Iraq's Maysan shares no country with the Saudi towns of the list


def test_a_town_far_from_the_story_moves_to_its_namesake_near_it() -> None:
    # «تربة» is Turubah of Ha'il on priors; Turabah lies among the towns of Ta'if the list names
    text = "يذكر أن محافظة الطائف تضم البلديات المرتبطة ( تربة ، رنية ، الخرمة ، المويه ) وتضم كل منها دائرة."
    doc = stage()(make_doc(text, [("الطائف", "GPE")]))
    assert near(doc, "تربة", TURABAH)


def _place(name: str, lat: float, lon: float, source: str = "") -> Place:
    return Place(name, name, name, lat, lon, "SA", "city", None, 1.0, [Mention(0, 1, name, "LOC", 0)], source)


def test_nearer_namesake_needs_two_places_of_the_story() -> None:
    far = _place("تربة", 28.2585, 42.9246, "geonames:393275")
    turabah = GeoEntry("curated:sa-turabah", "تربة", "Turabah", *TURABAH, "SA", "region", weak=True)
    one = [far, _place("الطائف", *TAIF)]
    nearer_namesake(one, {"تربة": [turabah]})
    assert far.source == "geonames:393275"  # one other place is not a story's area
    two = [far, _place("الطائف", *TAIF), _place("رنية", 21.2504, 42.8475)]
    nearer_namesake(two, {"تربة": [turabah]})
    assert far.source == "curated:sa-turabah" and abs(far.lat - TURABAH[0]) < 0.01


def test_an_everyday_word_in_a_list_of_a_countrys_places_is_the_place() -> None:
    # «صور» (pictures, Zipf 5.5) is Tyre beside «النبطية» in a Lebanese story
    text = "تظاهر المئات في صور والنبطية احتجاجا على انقطاع الكهرباء في لبنان."
    doc = stage()(make_doc(text, [("النبطية", "GPE"), ("لبنان", "GPE")]))
    tyre = place_at(doc, "صور")
    assert tyre is not None and tyre.country_code == "LB" and tyre.lat is not None


def test_an_everyday_word_beside_no_place_stays_the_word() -> None:
    text = "نشرت الوكالة صور ومقاطع من الاحتجاجات في لبنان."
    doc = stage()(make_doc(text, [("لبنان", "GPE")]))
    assert place_at(doc, "صور") is None


def test_a_datelines_everyday_word_is_its_town() -> None:
    text = "خالد الشاماني- سبق- المدينة: أسفرت حملة تفتيشية في محافظة خيبر عن ضبط مخالفات، وقال إن المدينة تستعد."
    doc = stage()(make_doc(text, [("خيبر", "GPE")]))
    assert near(doc, "المدينة", MEDINA)


def test_an_everyday_word_is_no_dateline_after_the_first_line() -> None:
    text = "أسفرت حملة تفتيشية في محافظة خيبر عن ضبط مخالفات، وقال المسؤول - المدينة: تستعد للموسم."
    doc = stage()(make_doc(text, [("خيبر", "GPE")]))
    place = place_at(doc, "المدينة")
    assert place is None or place.lat is None


def test_the_holy_capital_is_mecca() -> None:
    text = "ووجه الأمير جميع الجهات العاملة بالعاصمة المقدسة بالعمل بروح الفريق الواحد."
    doc = stage()(make_doc(text, []))
    assert near(doc, "العاصمة المقدسة", MECCA)


ABHA = (18.2164, 42.5053)


def test_a_list_of_a_regions_places_goes_on_over_kind_words_and_places_its_centres() -> None:
    text = (
        "وتوقعت الأرصاد أمطارا على منطقة عسير تشمل مدينة أبها ، ومحافظتي النماص ، ورجال ألمع ، "
        "ومراكز السودة ، والواديين ، والشعبين ، وتستمر حتى المساء."
    )
    doc = stage()(make_doc(text, [("أبها", "GPE"), ("النماص", "GPE")]))
    for name in ("الواديين", "الشعبين"):
        assert near(doc, name, ABHA, 60.0), name


def test_a_list_of_towns_far_apart_places_no_unknown_item() -> None:
    text = "وشارك في البطولة لاعبون من الرياض وجدة ، وتبوك ، والشعبين هذا العام."
    doc = stage()(make_doc(text, [("الرياض", "GPE"), ("جدة", "GPE"), ("تبوك", "GPE")]))
    place = place_at(doc, "الشعبين")
    assert place is None or place.lat is None


def _unplaced(name: str) -> Place:
    place = Place(name, name, None, None, None, "SA", "city", None, 0.0, [Mention(0, 1, name, "LOC", 0)], "")
    place.precision, place.source = "country", "in:country:SA"
    return place


def test_a_place_known_by_its_country_lies_in_the_one_area_of_a_local_story() -> None:
    harub = _unplaced("هروب")
    samtah = _place("صامطة", 16.596, 42.944)
    ahad = _place("أحد المسارحة", 16.71, 42.955)
    ahad.mentions.append(Mention(5, 6, "أحد المسارحة", "LOC", 0))
    in_local_story([harub, samtah, ahad])
    assert harub.precision == "near" and (harub.lat, harub.lon) == (16.71, 42.955)  # the most named one


def test_a_story_over_a_wide_country_places_no_unknown_place() -> None:
    harub = _unplaced("هروب")
    in_local_story([harub, _place("الرياض", 24.6877, 46.7219), _place("جدة", 21.4901, 39.1862)])
    assert harub.lat is None and harub.precision == "country"


def test_a_common_word_known_by_its_country_stays_unplaced() -> None:
    word = _unplaced("المحافظات")
    in_local_story([word, _place("صامطة", 16.596, 42.944), _place("أحد المسارحة", 16.71, 42.955)])
    assert word.lat is None


def test_a_participle_or_a_noun_with_his_known_by_its_country_stays_unplaced() -> None:
    for word in ("مشيرا", "بيانه"):
        place = _unplaced(word)
        in_local_story([place, _place("صامطة", 16.596, 42.944), _place("أحد المسارحة", 16.71, 42.955)])
        assert place.lat is None, word
