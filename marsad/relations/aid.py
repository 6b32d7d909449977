"""Support read from the events stage: a military aid event (PLOVER AID) states support of its recipient by its
giver — «أرسلت تركيا أسلحة لقوات الوفاق» — unless a cue of the table has read that trigger with the same giver.
Moved out of :mod:`marsad.relations` (whose stage calls it last) to keep that module short."""

from __future__ import annotations

from typing import Any

from marsad.model import Document
from marsad.relations.hostile import enemy_backed
from marsad.relations.interviews import being
from marsad.relations.lexicon import RELATION_MODALITIES
from marsad.relations.objects import one_sentence
from marsad.relations.screens import backs_no_actor
from marsad.relations.strikes import backs_strikes


def aid_relations(doc: Document, found: list[dict[str, Any]], vetoed: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Military aid events state support: «أرسلت تركيا أسلحة لقوات الوفاق» — unless a support cue
    already read the event's trigger with the same giver («لفصائل مسلحة تدعمها إيران وتقاتل إلى
    جانب قوات الأسد»: the cue's recipient is the factions, the event coder's the next named actor)."""
    offset = len(found)
    read = [
        (r["evidence"]["start"], r["evidence"]["end"], r["source"]["start"], r["source"]["end"])
        for r in found
        if r["type"] == "support"
    ]
    out: list[dict[str, Any]] = []
    for ev in doc.events:
        if ev["plover_type"] != "AID" or not ev["actor1"] or not ev["actor2"]:
            continue
        if any(a <= ev["trigger"]["start"] < b for a, b in vetoed):
            continue  # «القرار الذي أيدته روسيا»: a relative verb whose object is no actor
        if ev["plover_mode"] == "humanitarian" or not one_sentence(ev):
            # relief for a people or a place takes no side («لتقديم مساعدات إنسانية إلى الغوطة»), and an
            # event's actors gathered from other sentences are not the trigger's giver and recipient
            continue
        giver = ev["actor1"]
        if backs_strikes(doc.text, ev["trigger"]["end"]) or backs_no_actor(doc.text, ev["trigger"]["end"]):
            # «تدعم الغارات ضد حزب العمال», «دعمه جهود الأمم المتحدة»: backing strikes or efforts is no
            # support of whom they hit or whose efforts they are
            continue
        if any(s <= ev["trigger"]["start"] < e and a < giver["end"] and giver["start"] < b for s, e, a, b in read):
            continue
        if enemy_backed(doc.text, ev["actor2"]["start"], ev["trigger"]["start"]):
            continue  # «وتقاتل قسد تنظيم داعش بدعم من التحالف»: the enemy is not backed (hostile.py)
        if being(ev["actor2"]["text"]):
            continue  # «ولولا دعم التحالف لكانت هذه المناطق …»: a verb of being, no one supported
        out.append(
            {
                "id": f"{doc.article.id}-rel{offset + len(out) + 1}",
                "type": "support",
                "subtype": "military" if ev["plover_mode"] == "military" else "political",
                "source": ev["actor1"],
                "target": ev["actor2"],
                "directed": True,
                "modality": ev["modality"] if ev["modality"] in RELATION_MODALITIES else "hypothetical",
                "sentence": ev["sentence"],
                "evidence": {**ev["trigger"], "cue": f"event:{ev['id']}"},
                "confidence": round(ev["confidence"] * 0.9, 2),
            }
        )
    return out
