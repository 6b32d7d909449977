"""Actors: name keys (marsad/actors/names.py ``key_of_words``) of names written after «لل»."""

from __future__ import annotations

from marsad.actors.names import name_key


def test_a_leading_lil_meets_the_article_and_the_militia_spellings() -> None:
    # SaudiNewsNet 2015-08-02 and 2015-08-03: «للمليشيا الحوثية», «للمليشيات الطائفية», «للمليشيات المسلحة»
    # (ل + the article whose alef the spelling drops, and a variant spelling of «ميليشيا(ت)»)
    assert name_key("للمليشيا الحوثية") == name_key("المليشيا الحوثية") == name_key("الميليشيا الحوثية")
    assert name_key("للمليشيات الطائفية") == name_key("الميليشيات الطائفية")
    assert name_key("للمليشيات المسلحة") == name_key("الميليشيات المسلحة")
    assert name_key("للأمم المتحدة") == name_key("الأمم المتحدة")
