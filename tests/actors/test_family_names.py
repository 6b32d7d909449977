"""Actors: a movement's name that is also its leaders' family name («الحوثي») after a person's given
names is the person's surname; the Iraqi blocs and movements of the curated list are found."""

from __future__ import annotations

import pytest
from actor_checks import hand_doc

from marsad.actors import ActorStage
from marsad.actors.curated import load_actor_list


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage()


def test_the_family_names_are_the_movements_named_like_their_leaders() -> None:
    families = load_actor_list().family_names()
    assert "الحوثي" in families
    assert "الاسد" not in families  # a person's surname only, no body of that one-word name


def test_a_movement_name_after_given_names_is_the_surname(stage: ActorStage) -> None:
    doc = stage(hand_doc("وقال محمد علي الحوثي إن الجماعة سترد.", [("محمد علي", "PER")]))
    people = [e for e in doc.entities if e.type == "PER"]
    assert [e.text for e in people] == ["محمد علي الحوثي"]
    assert [m.text for m in people[0].mentions] == ["محمد علي الحوثي"]
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_the_movement_alone_stays_the_movement(stage: ActorStage) -> None:
    """After a comma, or with a glued «و», the word is the movement again."""
    doc = stage(hand_doc("التقى المبعوث محمد علي، الحوثي يرفض. ورحب محمد والحوثي بالاتفاق.", [("محمد علي", "PER")]))
    orgs = [m.text for e in doc.entities if e.type == "ORG" for m in e.mentions]
    assert orgs.count("الحوثي") + orgs.count("والحوثي") >= 1
    assert all(e.text != "محمد علي الحوثي" for e in doc.entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال قيادي في التيار الصدري إن المفاوضات مستمرة.", "التيار الصدري"),
        ("وتصدر تحالف سائرون نتائج الانتخابات.", "تحالف سائرون"),
        ("وحل ائتلاف النصر ثالثا.", "ائتلاف النصر"),
        ("واتهمت عصائب أهل الحق واشنطن.", "عصائب أهل الحق"),
    ],
)
def test_iraqi_blocs_and_groups_are_found(stage: ActorStage, text: str, name: str) -> None:
    doc = stage(hand_doc(text, []))
    assert name in {e.text for e in doc.entities}
