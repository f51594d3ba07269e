"""The searchable text of a person, as SQL over a person row aliased `p` (the same text the
search triggers of migration 0002 write): used by the people search to index in bulk, and by
sync to index the people a large receive touched."""

from __future__ import annotations

PERSON_SEARCH_BODY = """trim(
    coalesce(p.title, '') || ' ' || coalesce(p.given_name, '') || ' ' ||
    coalesce(p.family_name, '') || ' ' || coalesce(p.nickname, '') || ' ' ||
    coalesce(p.phone, '') || ' ' || coalesce(p.email, '') || ' ' ||
    coalesce(p.line_id, '') || ' ' ||
    coalesce((SELECT o.name || ' ' || o.short_name || ' ' || o.name_en
              FROM organisation o WHERE o.id = p.organisation_id), ''))"""

# the columns that text is made of: a write that touches none of them leaves it as it was
PERSON_SEARCH_COLUMNS = frozenset(
    {"title", "given_name", "family_name", "nickname", "phone", "email", "line_id",
     "organisation_id"}
)  # fmt: skip
ORGANISATION_SEARCH_COLUMNS = frozenset({"name", "short_name", "name_en"})
