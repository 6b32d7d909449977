"""Detection: the crash of an aircraft the story says was shot down names the shooting down.

A report of a helicopter or a plane brought down by fire often goes on with the crash: «أسقطت مروحية عسكرية تركية
في منطقة عفرين … وقُتل عسكريان تركيان على الأقل في تحطم الطائرة», «قوله إن تحطم الطائرة أسفر عن مقتل 16 عسكريا».
There «تحطم» is a mention of the attack (bench/dev/README-events.md, war-reporting batch). A crash told with no
shooting down before it in the document is an accident, which the set does not annotate («تحطم طائرة تدريب»,
«قتلوا حينما سقطت مقاتلة سورية على سوق مزدحم»), nor the toll beside it.
Read by :meth:`marsad.events.triggers.TriggerFinder.find` and :func:`marsad.events.triggers.note_licensed`.
"""

from __future__ import annotations

from marsad.events.lexicon import verb_forms, word_keys
from marsad.text.normalize import normalize

SHOT_DOWN = "detect_aircraft.py:shot-down"
"""The mark a document's licensed set carries once an aircraft was shot down in it."""
SHOOTING = frozenset(verb_forms(normalize("أسقط"))) | word_keys("إسقاط اسقاط")
"""The keys of «أسقط» (every person and tense) and of its masdar «إسقاط»."""
CRASH = (frozenset(verb_forms(normalize("تحطم")) | verb_forms(normalize("سقط"))) | word_keys("تحطم سقوط")) - SHOOTING
"""The keys of «تحطم/تحطمت», «سقط/سقطت» and of the masdars «تحطم», «سقوط» (their entries with an aircraft after them:
«سقطت مقاتلة سورية على سوق مزدحم»); not «أسقط»,
whose imperfect «اسقط» (I fall) is spelt as the perfect of «أسقط» once the hamza is folded."""


def crash(key: str) -> bool:
    """Whether ``key`` is a form of «تحطم» or «سقط» (the entries of triggers.tsv that need a shooting down told
    before)."""
    return key in CRASH


def shot_down(key: str) -> bool:
    """Whether the trigger ``key`` of a found ASSAULT mention is «أسقط/إسقاط» (an aircraft brought down)."""
    return key in SHOOTING
