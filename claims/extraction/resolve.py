"""Step 4: one identity per real speaker inside an article.

A :class:`SpeakerRegistry` turns each speaker phrase (or a missing subject) into an
identity:

* a name matches an identity whose name has the same words or a superset/subset of
  them (الحداد → سامي الحداد); the identity keeps the fullest name;
* a role without a name matches the person whose role has the same key, where the key
  ignores وزارة, gender endings and spelling (المتحدث بإسم الخارجية الروسية ~
  المتحدثة باسم وزارة الخارجية الروسية); an unknown role becomes a person named by it;
* an organisation matches by the same key (الدفاع اللبناني ~ وزارة الدفاع
  اللبنانية); a bare definite noun (الوزارة، الوكالة، النادي) is anaphora for the
  latest organisation with the same head noun, including organisations only seen
  inside a role (مدرب نادي … → النادي);
* a missing subject or a pronoun (وأضافت، ووفقا لها) is the latest speaker whose
  grammatical gender agrees.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from claims.extraction.lexicon import (
    MINISTRY,
    NAME_PARTICLES,
    ORG_DEFINITE,
    PORTFOLIO_NOUNS,
    fold,
    is_nisba,
)
from claims.extraction.normalize import normalize_key
from claims.extraction.speakers import SpeakerPhrase, org_head
from claims.extraction.types import ExtractedSpeaker, SpeakerKind

_MINISTRY_WORD = fold("وزارة")


_ABD = "عبد"
_HEAD = "رييس"  # رئيس, folded
#: Titles that name any official: المسؤول، المتحدث، الناطق (folded, without ال/ة).
_GENERIC_TITLES = frozenset({"مسوول", "متحدث", "ناطق"})
#: Heads of a definite noun that stands for any body (الشركة، المنظمة، المؤسسة).
_GENERIC_BODIES = frozenset({"شركه", "منظمه", "موسسه"})


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """Matching words of a name: عبد joins the word after it (عبدالمهدي ~ عبد المهدي)."""
    words = normalize_key(text).split()
    out: list[str] = []
    for w in words:
        if out and out[-1] == _ABD:
            out[-1] += w
        else:
            out.append(w)
    return tuple(out)


@lru_cache(maxsize=8192)
def soft_key(text: str) -> tuple[str, ...]:
    """Words of a role or organisation without وزارة and without feminine/adjective
    endings, so gender agreement and short forms compare equal."""
    out = []
    for w in _words(text):
        if w == "وزاره":
            continue
        if w.endswith("ه") and len(w) > 3:
            w = w[:-1]
        out.append(w)
    return tuple(out)


def _articleless(key: tuple[str, ...]) -> tuple[str, ...]:
    """A role's words without the article or the ل of a genitive, so that the
    construct and the ل-phrase compare equal (أمين عام الأمم المتحدة ~ الأمين العام
    للأمم المتحدة)."""
    return tuple(w[2:] if w.startswith(("لل", "ال")) else w for w in key)


@dataclass(slots=True)
class Identity:
    key: str
    kind: str
    name: str
    role: str = ""
    org: str = ""
    head: str = ""
    gender: str = "m"
    forms: list[str] = field(default_factory=list)
    #: Every role the article gives this person (رئيس الوزراء …، رئيس مجلس الوزراء …).
    roles: list[str] = field(default_factory=list)
    last: int = -1  # order of the latest mention
    speaks: bool = False  # said something (or relayed it) in an emitted claim

    def name_words(self) -> tuple[str, ...]:
        return _words(self.name)


class SpeakerRegistry:
    def __init__(self) -> None:
        self.identities: list[Identity] = []
        self._clock = 0

    def _touch(self, ident: Identity) -> Identity:
        self._clock += 1
        ident.last = self._clock
        return ident

    def _new(self, kind: str, name: str, **kw: str) -> Identity:
        ident = Identity(f"s{len(self.identities) + 1}", kind, name, **kw)
        ident.forms.append(name)
        if ident.role:
            ident.roles.append(ident.role)
        self.identities.append(ident)
        return ident

    def _latest(self, pred) -> Identity | None:
        best = None
        for ident in self.identities:
            if ident.last > 0 and pred(ident) and (best is None or ident.last > best.last):
                best = ident
        return best

    # --- lookups --------------------------------------------------------------

    def by_gender(self, gender: str) -> Identity | None:
        """The latest speaker agreeing with a verb or pronoun of this gender.

        A verb whose gender is known never falls back to a speaker of the other
        gender: leaving a claim unattributed is better than attributing it wrongly."""
        if gender in ("m", "f"):
            return self._latest(lambda s: s.speaks and s.gender == gender)
        return self._latest(lambda s: s.speaks)

    def _person_by_name(self, name: str) -> Identity | None:
        words = set(_words(name))
        if not words:
            return None
        return self._latest(
            lambda s: (
                s.kind == "person"
                and bool(s.name_words())
                and (words <= set(s.name_words()) or set(s.name_words()) <= words)
            )
        ) or self._unseen(
            lambda s: (
                s.kind == "person"
                and bool(s.name_words())
                and (words <= set(s.name_words()) or set(s.name_words()) <= words)
            )
        )

    def _unseen(self, pred) -> Identity | None:
        for ident in reversed(self.identities):
            if pred(ident):
                return ident
        return None

    def _person_by_role(self, role: str) -> Identity | None:
        key = soft_key(role)
        # (equal soft keys are equal without articles too: one comparison covers both)
        bare = _articleless(key)
        found = self._unseen(
            lambda s: s.kind == "person" and any(_articleless(soft_key(r)) == bare for r in s.roles)
        )
        if found is None and len(key) >= 2:
            # وزير الخارجية after وزير الخارجية والهجرة: the same office, named shorter.
            found = self._latest(
                lambda s: (
                    s.kind == "person" and any(soft_key(r)[: len(key)] == key for r in s.roles)
                )
            )
        if found is None and len(key) >= 3:
            # رئيس مجلس الوزراء القطري after رئيس مجلس الوزراء وزير الخارجية القطري: the
            # first office and the closing adjective of a double office.
            found = self._latest(
                lambda s: s.kind == "person" and any(_first_and_last(r, bare) for r in s.roles)
            )
        return found

    def _unnamed_with_role(self, role: str) -> Identity | None:
        """A person so far known only by this role (قال الناطق باسم الوزارة …), whom a
        later mention names (وأوضح سامي نور، الناطق باسم الوزارة، …)."""
        bare = _articleless(soft_key(role))
        return self._latest(
            lambda s: (
                s.kind == "person" and s.name == s.role and _articleless(soft_key(s.role)) == bare
            )
        )

    def _person_by_title(self, role: str) -> Identity | None:
        """A bare definite title (الوزيرة، المدرب) names the latest person whose role
        opens with that title (وزيرة التربية …، مدرب النادي …)."""
        words = _words(role)
        # المدرب الأسترالي: a nationality or other nisba adjective may follow the title.
        if not words or not words[0].startswith("ال") or not all(map(is_nisba, words[1:])):
            return None
        title = _title_key(words[0][2:])
        if title in _GENERIC_TITLES:
            # وأضاف المسؤول (التونسي) أن …: the official who spoke last, whatever
            # his office.
            feminine = words[0].endswith("ه")
            return self._latest(
                lambda s: s.kind == "person" and bool(s.role) and (s.gender == "f") == feminine
            )

        def same_title(role: str) -> bool:
            first = _words(role)[0]
            if first.startswith("ال"):
                return _title_key(first[2:]) == title  # الرئيس الأمريكي … → الرئيس
            # الرئيس alone is a head of state, never رئيس الوزراء or رئيس البلدية.
            return _title_key(first) == title and title != _HEAD

        return self._latest(lambda s: s.kind == "person" and bool(s.role) and same_title(s.role))

    def _bare_title(self, role: str) -> Identity | None:
        """An unnamed person known so far only by a bare title (المتحدث) that opens
        this fuller role (المتحدث باسم الجيش)."""
        words = _words(role)
        if len(words) < 2:
            return None
        first = words[0][2:] if words[0].startswith("ال") else words[0]
        title = _title_key(first)
        return self._latest(
            lambda s: (
                s.kind == "person"
                and s.name == s.role
                and len(bare := _words(s.role)) == 1
                and bare[0].startswith("ال")
                and _title_key(bare[0][2:]) == title
            )
        )

    def _org(self, name: str) -> Identity | None:
        key = soft_key(name)
        return self._unseen(lambda s: s.kind == "organization" and soft_key(s.name) == key)

    def _org_by_head(self, head: str) -> Identity | None:
        return self._latest(lambda s: s.kind == "organization" and s.head == head) or self._unseen(
            lambda s: s.kind == "organization" and s.head == head
        )

    def knows_role(self, role: str) -> bool:
        """Whether a role-only mention would resolve to a person already seen."""
        return (self._person_by_role(role) or self._person_by_title(role)) is not None

    def _described_anaphor(self, phrase: SpeakerPhrase) -> Identity | None:
        """A bare definite head with one adjective (المنظمة الحقوقية، الوكالة الرسمية)
        naming no body of its own: the body with that head that spoke before."""
        words = phrase.name.split()
        if len(words) != 2 or fold(words[0]) not in ORG_DEFINITE or not is_nisba(fold(words[1])):
            return None
        adjective = fold(words[1])

        def same_body(s: Identity) -> bool:
            # الحكومة اللبنانية is not الحكومة الإسرائيلية: a body named with other
            # adjectives is another body.
            own = {w for w in map(fold, s.name.split()) if is_nisba(w)}
            return not own or adjective in own

        return self._latest(
            lambda s: (
                s.kind == "organization" and s.speaks and s.head == phrase.head and same_body(s)
            )
        )

    def knows_body(self, head: str) -> bool:
        """Whether a bare definite noun with this head would find its organisation."""
        return self._org_by_head(head) is not None

    def knows(self, name: str) -> bool:
        """Whether a person of this name (or a part of it) was already seen."""
        return self._person_by_name(name) is not None

    # --- resolution -------------------------------------------------------------

    def note_org(self, name: str) -> None:
        """An organisation seen inside a role: a target for later anaphora."""
        if not name or self._org(name):
            return
        first = fold(name.split()[0])
        self._new(
            "organization", name, head=org_head(first), gender="f" if first.endswith("ه") else "m"
        )

    def resolve(self, phrase: SpeakerPhrase | None, verb_gender: str = "") -> Identity | None:
        if phrase is None:
            found = self.by_gender(verb_gender)
            return self._touch(found) if found else None
        if phrase.anaphor and phrase.kind == "":
            found = self.by_gender(phrase.gender)
            return self._touch(found) if found else None
        gender = verb_gender if verb_gender in ("m", "f") else phrase.gender or "m"
        if phrase.kind == "organization":
            if phrase.anaphor and fold(phrase.name) in PORTFOLIO_NOUNS:
                # اتهمت الخارجية …: the ministry of that portfolio, not any ministry
                portfolio = fold(phrase.name)
                found = self._latest(
                    lambda s: s.kind == "organization" and portfolio in map(fold, s.name.split())
                )
                if found:
                    return self._touch(found)
            elif phrase.anaphor:
                found = self._org_by_head(phrase.head)
                if found is None and phrase.head in _GENERIC_BODIES:
                    # الشركة after الخطوط الجوية …: with no company named, the body
                    # that spoke last (but الشرطة، البلدية speak for themselves).
                    found = self._latest(lambda s: s.kind == "organization" and s.speaks)
                if found:
                    return self._touch(found)
            found = self._org(phrase.name)
            if found:
                if len(phrase.name) > len(found.name) and not phrase.anaphor:
                    found.name = phrase.name
                if phrase.name not in found.forms and not phrase.anaphor:
                    found.forms.append(phrase.name)
                return self._touch(found)
            described = self._described_anaphor(phrase)
            if described is not None:
                return self._touch(described)
            return self._touch(
                self._new("organization", phrase.name, head=phrase.head, gender=gender)
            )
        if phrase.org and fold(phrase.org) in ORG_DEFINITE:
            # باسم الوزارة: the ministry named before, when there is one.
            named = self._org_by_head(org_head(fold(phrase.org)))
            if named is not None:
                phrase = replace(phrase, org=named.name)
        if phrase.org:
            self.note_org(phrase.org)
        if phrase.name:
            found = self._person_by_name(phrase.name)
            if found:
                if len(phrase.name) > len(found.name):
                    found.name = phrase.name
                if phrase.name not in found.forms:
                    found.forms.append(phrase.name)
                if phrase.role and not found.role:
                    found.role, found.org = phrase.role, phrase.org
                if phrase.role and phrase.role not in found.roles:
                    found.roles.append(phrase.role)
                return self._touch(found)
            unnamed = self._unnamed_with_role(phrase.role) if phrase.role else None
            if unnamed is not None:
                unnamed.name = phrase.name
                unnamed.forms.append(phrase.name)
                return self._touch(unnamed)
            return self._touch(
                self._new("person", phrase.name, role=phrase.role, org=phrase.org, gender=gender)
            )
        found = self._person_by_role(phrase.role) or self._person_by_title(phrase.role)
        if found:
            return self._touch(found)
        found = self._bare_title(phrase.role)
        if found:
            # وقال المتحدث …، then وأكد المتحدث باسم الجيش: the office named in full
            # later is the one the bare title stood for.
            found.name = found.role = phrase.role
            found.org = phrase.org
            found.forms.append(phrase.role)
            found.roles.append(phrase.role)
            return self._touch(found)
        return self._touch(
            self._new("person", phrase.role, role=phrase.role, org=phrase.org, gender=gender)
        )

    # --- output -------------------------------------------------------------------

    def speakers(self) -> tuple[ExtractedSpeaker, ...]:
        """Identities that speak, in order of first appearance, with aliases and
        affiliations filled in."""
        out = []
        emitted = [s for s in self.identities if s.speaks]
        for ident in emitted:
            aliases = _aliases(ident)
            affiliation = None
            if ident.org:
                key = soft_key(ident.org)
                for org in emitted:
                    if org.kind == "organization" and soft_key(org.name) == key:
                        affiliation = org.key
                        break
            out.append(
                ExtractedSpeaker(
                    key=ident.key,
                    name=ident.name,
                    kind=SpeakerKind(ident.kind),
                    role=ident.role,
                    aliases=aliases,
                    affiliation=affiliation,
                    affiliation_name=ident.org,
                )
            )
        return tuple(out)


def _first_and_last(role: str, bare: tuple[str, ...]) -> bool:
    known = _articleless(soft_key(role))
    return known[-1] == bare[-1] and known[: len(bare) - 1] == bare[:-1]


def _title_key(word: str) -> str:
    return word[:-1] if word.endswith("ه") else word


def _aliases(ident: Identity) -> tuple[str, ...]:
    names: list[str] = []

    def add(text: str) -> None:
        text = " ".join(text.split())
        if (
            text
            and text != ident.name
            and normalize_key(text) not in {normalize_key(n) for n in [ident.name, *names]}
        ):
            names.append(text)

    for form in ident.forms:
        add(form)
    words = ident.name.split()
    if ident.kind == "person":
        if len(words) >= 3 and fold(words[-2]) in NAME_PARTICLES:
            add(" ".join(words[-2:]))  # عبد الغفار, not الغفار
        elif len(words) >= 2 and ident.name != ident.role:
            add(words[-1])
    else:
        if fold(words[0]) == _MINISTRY_WORD and len(words) > 1:
            add(" ".join(words[1:]))
        elif fold(words[0]) != MINISTRY and org_head(fold(words[0])) == MINISTRY:
            add("وزارة " + ident.name)
    return tuple(names)
