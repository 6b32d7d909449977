"""Places: geocoding accuracy on the hand-annotated set bench/dev/places.jsonl.

Run:  python bench/places_eval.py [--errors] [--from p-N] [--to p-N]

``--from p-N`` keeps only the gold records numbered N or above (one annotation batch, e.g. to measure
a fresh batch before tuning on it), ``--to p-N`` only those numbered N or below (the set as it stood
before a batch); documents left without gold records are dropped.

Runs the whole pipeline (text, NER, places …) on each annotated article or written sentence. A gold
place mention is *resolved right* when a predicted place has a mention overlapping it and
- for a country: the same country code;
- for a city, district, facility or border crossing: coordinates within 50 km of the gold ones;
- for a region or a natural feature (large areas whose centre points differ between sources): the
  same country and coordinates within 250 km.
Recall is the share of gold mentions resolved right (the issue's figure). Precision is the share of
geocoded place mentions (those given coordinates) that overlap a gold mention and are resolved right
(a non-place geocoded, or a place put in the wrong spot, counts against it); a multi-country area placed
with no country (a sea, a strait, the Sahara) is outside the set's scope and is not counted. Both are
given for the dev part (used while developing) and the test part (never used for tuning).
"""

from __future__ import annotations

import sys
from typing import Any

from _devsets import DevDoc, by_split, load, pipeline_from_argv, record_bound

from marsad.geo import distance_km
from marsad.model import Article, Place
from marsad.pipeline import Pipeline

NEAR_KM = {"city": 50.0, "district": 50.0, "facility": 50.0, "border_crossing": 50.0, "region": 250.0, "natural": 250.0}


def right(place: Place, gold: dict[str, Any]) -> bool:
    if gold["feature"] == "country":
        return place.country_code == gold["country_code"]
    if place.lat is None or place.lon is None:
        return False
    if gold["feature"] in ("region", "natural") and place.country_code != gold["country_code"]:
        return False
    return distance_km(place.lat, place.lon, gold["lat"], gold["lon"]) <= NEAR_KM.get(gold["feature"], 50.0)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    """A one-line window around a span (dev error listings only)."""
    return " ".join(text[max(0, start - width) : end + width].split())


def score(pipeline: Pipeline, docs: list[DevDoc], show: bool) -> dict[str, float]:
    gold_n = ok = pred_n = pred_ok = 0
    for d in docs:
        doc = pipeline(Article(d.key, d.text, published=d.published))
        spans = [(m, p) for p in doc.places if p.lat is not None for m in p.mentions]
        # multi-country areas (seas, straits, the Sahara: placed with no country) are outside the set's
        # scope, which annotates only places one country can stand for (README-places.md)
        scored = [(m, p) for m, p in spans if p.country_code is not None]
        pred_n += len(scored)
        for m, p in scored:
            if any(m.start < g["end"] and g["start"] < m.end and right(p, g) for g in d.gold):
                pred_ok += 1
            elif show:
                near = [g["text"] for g in d.gold if m.start < g["end"] and g["start"] < m.end]
                print(
                    f"  false  [{d.corpus[:5]}] {m.text!r} → {p.latin} {p.country_code} {p.source}"
                    f" (gold overlap: {near})"
                    f"  «{_context(d.text, m.start, m.end)}»"
                )
        for g in d.gold:
            gold_n += 1
            hits = [p for m, p in spans if m.start < g["end"] and g["start"] < m.end]
            if any(right(p, g) for p in hits):
                ok += 1
            elif show:
                got = [(p.latin, p.country_code, p.feature) for p in hits] or "not found"
                print(
                    f"  miss   [{d.corpus[:5]}] {g['id']}: {g['text']!r} gold={g['latin']} {g['country_code']}"
                    f" {g['feature']} got={got}  «{_context(d.text, g['start'], g['end'])}»"
                )
    return {
        "gold": gold_n,
        "recall": ok / gold_n if gold_n else 0.0,
        "precision": pred_ok / pred_n if pred_n else 0.0,
        "predicted": pred_n,
    }


def main() -> None:
    show = "--errors" in sys.argv
    docs = load("places.jsonl", "written_places.jsonl")
    for flag in ("--from", "--to"):
        bound = record_bound(sys.argv, flag, "p-")
        if bound is None:
            continue
        for d in docs:
            d.gold = [
                g for g in d.gold if (int(g["id"][2:]) >= bound if flag == "--from" else int(g["id"][2:]) <= bound)
            ]
        docs = [d for d in docs if d.gold]
    pipeline = pipeline_from_argv(sys.argv)
    # places are final once the actors stage has run (it drops places merged into or nested in an actor; no
    # later stage edits doc.places): stopping there keeps this evaluation fast and independent of the
    # dates, events and relations stages
    names = [s.name for s in pipeline.stages]
    pipeline.stages = pipeline.stages[: names.index("actors") + 1]
    print(f"{'part':<22}{'gold':>6}{'recall':>9}{'precision':>11}{'predicted':>11}")
    for split, part in sorted(by_split(docs).items()):
        for name in ("all", "saudinewsnet", "ant_multisource", "written"):
            subset = part if name == "all" else [d for d in part if d.corpus == name]
            s = score(pipeline, subset, show and split == "dev" and name == "all")
            print(
                f"{split + ' ' + name:<22}{s['gold']:>6}{s['recall']:>9.3f}{s['precision']:>11.3f}{s['predicted']:>11}"
            )
    print(f"reproduce: python {' '.join(sys.argv)}")


if __name__ == "__main__":
    main()
