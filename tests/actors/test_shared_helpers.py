"""Actors: helpers the person and organisation rules share (marsad/actors/persons.py ``given_name``,
marsad/actors/scan.py ``MergerState.respan`` and ``covered_starts``) and the head lists built from one
list of political heads (marsad/actors/heads.py)."""

from __future__ import annotations

from actor_checks import hand_doc

from marsad.actors.curated import load_actor_list
from marsad.actors.heads import COORDINATED_HEADS, POLITICAL_HEADS, QUOTED_BODY_HEADS
from marsad.actors.names import GROUP_HEADS
from marsad.actors.persons import given_name
from marsad.actors.scan import MergerState
from marsad.text.normalize import normalize


def test_a_given_name_is_a_joining_word_or_a_one_word_person() -> None:
    assert given_name(normalize("عبد"))  # joined to the next word of the name
    assert given_name(normalize("خالد"))
    assert not given_name(normalize("المكتب"))


def test_respan_moves_a_mention_and_forgets_its_key() -> None:
    doc = hand_doc("وأكد محمود عباس بأن الوضع صعب.", [("محمود عباس بأن", "PER")])
    state = MergerState(doc, load_actor_list())
    m = doc.entities[0].mentions[0]
    assert state.key(m) == ("محمود", "عباس", "بان")
    old = state.respan(m, m.start, m.start + len("محمود عباس"))
    assert old == "محمود عباس بأن"
    assert (m.text, state.key(m)) == ("محمود عباس", ("محمود", "عباس"))
    spans, starts = state.covered_starts()
    assert starts == [s[0] for s in spans] == [m.start]


def test_head_lists_share_the_political_heads() -> None:
    assert POLITICAL_HEADS <= QUOTED_BODY_HEADS and POLITICAL_HEADS <= COORDINATED_HEADS
    assert QUOTED_BODY_HEADS - POLITICAL_HEADS == {normalize("كتلة"), normalize("قائمة")}
    assert COORDINATED_HEADS - POLITICAL_HEADS == {normalize(w) for w in ("قوات", "كتائب", "حكومة")}
    # every spelling of «ميليشيا(ت)» is a group head, listed once in names.MILITIA_SPELLINGS
    assert {normalize("مليشيات"), normalize("ميلشيات"), normalize("مليشيا")} <= set(GROUP_HEADS)
