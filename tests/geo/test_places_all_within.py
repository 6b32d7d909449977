"""``all_within``: the pairwise distance test shared by the local-list and local-story rules (containers.py)."""

from marsad.geo.gazetteer import all_within

ABHA = (18.2164, 42.5053)
KHAMIS_MUSHAIT = (18.3, 42.7333)
JEDDAH = (21.5433, 39.1728)


def test_all_within_every_pair() -> None:
    assert all_within([ABHA, KHAMIS_MUSHAIT], 100.0)
    assert not all_within([ABHA, KHAMIS_MUSHAIT, JEDDAH], 100.0)
    assert all_within([ABHA], 1.0) and all_within([], 1.0)
