"""Districts and sub-districts from the official list (DOPA codes, via the geothai package)."""

from __future__ import annotations

from functools import cache

import geothai

from organiser.core.thaitext import thai_sort_key


@cache
def _province_codes() -> dict[str, str]:
    return {p.name_th: p.code for p in geothai.provinces()}


@cache
def districts_of(province_th: str) -> tuple[str, ...]:
    """District names (Thai) of a province, in Thai order; empty for an unknown province."""
    code = _province_codes().get(province_th)
    if code is None:
        return ()
    return tuple(sorted((d.name_th for d in geothai.districts(code)), key=thai_sort_key))


@cache
def subdistricts_of(province_th: str, district_th: str) -> tuple[str, ...]:
    code = _province_codes().get(province_th)
    if code is None:
        return ()
    for d in geothai.districts(code):
        if d.name_th == district_th:
            names = (s.name_th for s in geothai.subdistricts(d.code))
            return tuple(sorted(names, key=thai_sort_key))
    return ()
