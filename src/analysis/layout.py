"""The layout of a news article's text: its headline, metadata lines and byline.

:func:`article_from_text` reads the layout of the seed articles (a headline on the
first line, then metadata lines such as ``Published: Jan 10, 2022 06:42 PM`` and
``Photo: CFP``) and of other news texts (a title-case first line standing alone, a
"By ..." byline), and keeps what it finds as metadata, out of the body;
:func:`parse_date` reads the dates news metadata writes. Reading files and corpora
is :mod:`analysis.read`'s.
"""

from __future__ import annotations

import re
from datetime import datetime

from analysis.namewords import PARTICLES
from analysis.types import Article, Span

_META_LINE = re.compile(
    r"^[ \t]*(?P<key>Published|Updated|Photo|Photos|Source)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
_DATE_FORMATS = (
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y",
    "%B %d, %Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%d %B %Y",
    "%d %b %Y",
    "%Y/%m/%d",
    "%B %d, %Y %H:%M",
    "%b %d, %Y %H:%M",
)


def parse_date(value: str) -> datetime | None:
    """Parse the date formats seen in news metadata; ``None`` when none fits.

    Besides :data:`_DATE_FORMATS` ("Jan 10, 2022 06:42 PM", "2022-01-10", "10
    January 2022", "Sep. 12, 2016"...), ISO 8601 with a time zone or fractions of
    a second ("2016-09-12T10:00:00Z", as JSON corpora write dates) and RFC 2822
    ("Mon, 12 Sep 2016 10:00:00 GMT", as feeds write them). The date is kept as
    written, in its own time zone, without the zone: dates from one corpus compare
    as wall-clock times (a naive and an aware datetime cannot be compared at all).
    """
    value = re.sub(r"\s+", " ", value.strip())
    # "Sep. 12, 2016": AP style abbreviates months with a period.
    value = re.sub(r"^([A-Z][a-z]{2,3})\. ", r"\1 ", value).replace("Sept ", "Sep ")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # 15 ms to import: only when needed

    try:
        return parsedate_to_datetime(value).replace(tzinfo=None)
    except (TypeError, ValueError, IndexError):
        return None


# A word of a title; a dotted abbreviation is one word, with its possessive ("U.N.'s").
_TITLE_WORD = re.compile(r"(?:[^\W\d_]\.){2,}(?:['’]s\b)?|[^\W\d_][\w'’-]*")
# Words a title-case headline leaves in lower case (Chicago Manual of Style, 8.159).
_TITLE_LOWER = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs "
    "from into onto over with than".split()
)


def _looks_like_headline(text: str, start: int, end: int) -> bool:
    """A first line in title case standing as its own paragraph, with more text after.

    "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton." is a
    headline: three or more capitalised words and every lower-case word one that
    titles leave lower-case. A sentence-case first line is a headline only when it
    is followed by a blank line and does not end a sentence: "Charlotte struggles
    to return to normal after shooting" (3 to 20 words, starting with a capital, no
    final ``.``, ``!``, ``?``, ``:``, ``;`` or ``,``); with a final period it cannot
    be told from a one-line lede, and it stays body text.
    """
    rest = text[end:]
    if not rest.strip():
        return False
    # Its own paragraph: a blank line follows, or the text has no blank lines at all
    # (then every line is a paragraph, see analysis.parse).
    if not re.match(r"[ \t]*\n[ \t]*\n", rest) and re.search(r"\n[ \t]*\n", text.strip()):
        return False
    line = text[start:end]
    if len(line.split()) > 25:
        return False
    words = _TITLE_WORD.findall(line)
    capitalised = sum(1 for w in words if w[0].isupper())
    # Title case: every lower-case word is one a title leaves lower-case. A sentence
    # full of names ("French President Jean Moreau met ...") has a lower-case verb.
    lower_ok = all(w.lower() in _TITLE_LOWER for w in words if not w[0].isupper())
    if capitalised >= 3 and lower_ok:
        return True
    # Sentence case: a blank line after it (in a text without blank lines a line may
    # be a hard-wrapped piece of a sentence), a capital first, no sentence ending.
    return (
        re.match(r"[ \t]*\n[ \t]*\n", rest) is not None
        and 3 <= len(words) <= 20
        and line.lstrip()[:1].isupper()
        and not re.search(r"[.!?:;,…][\"'”’)\]]*\s*$", line)
    )


# "By Jane Doe", "By Jane Doe and John Smith, Reuters", "By The Associated Press":
# "By", then only capitalised words, initials and the particles of names.
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES)) + ")"
# a capitalised word (after a particle and a hyphen or apostrophe: "al-Hassan"), a
# particle, "and" or "&"
_BYLINE_WORD = rf"(?:(?:{_PARTICLE}[-'’])?[A-Z][\w.'’-]*|and|&|{_PARTICLE})"
_BYLINE = re.compile(
    rf"[ \t]*By[ \t]+{_BYLINE_WORD}(?:(?:[ \t]+|[ \t]*,[ \t]*){_BYLINE_WORD}){{0,8}}[ \t]*$"
)


def _byline(text: str) -> Span | None:
    """A byline among the first three non-empty lines: the author, not the story's
    subject, so it is metadata (``meta["byline"]``) and no analysis sees it."""
    seen = 0
    for m in re.finditer(r"[^\n]*", text):
        line = m.group()
        if not line.strip():
            continue
        if _BYLINE.fullmatch(line):
            return Span(m.start(), m.end())
        seen += 1
        if seen == 3:
            return None
    return None


def article_from_text(text: str, *, id: str, path: str | None = None) -> Article:
    """Build an :class:`Article` from text, recognising a headline and metadata lines.

    The first non-empty line is the headline when metadata lines (``Published:``,
    ``Photo:``...) follow it before the body starts, or, in a text without them,
    when it is a short line in title case standing as its own paragraph.
    """
    excluded: list[Span] = []
    credits: list[str] = []
    published: datetime | None = None
    meta: dict[str, object] = {}
    for m in _META_LINE.finditer(text):
        key = m.group("key").lower()
        value = m.group("value")
        if key in ("photo", "photos"):
            credits.append(value)
        elif key in ("published", "updated"):
            parsed = parse_date(value)
            meta[key] = value
            if key == "published":
                published = parsed
        else:
            meta[key] = value
        excluded.append(Span(m.start(), m.end()))
    byline = _byline(text)
    if byline is not None:
        meta["byline"] = text[byline.start : byline.end].strip()
        excluded.append(byline)
        excluded.sort(key=lambda span: span.start)

    headline: Span | None = None
    title: str | None = None
    first = re.search(r"\S[^\n]*", text)
    # The seed layout: a headline, then metadata lines with no body text between.
    seed_layout = (
        first is not None
        and bool(excluded)
        and excluded[0].start > first.start()
        and not text[first.end() : excluded[0].start].strip()
    )
    # Otherwise the first line may still be a headline on its own (a "Source: Reuters"
    # line at the end of the article does not make it body text), unless it is itself
    # a metadata line.
    if first is not None and (
        seed_layout
        or (
            not any(s.start <= first.start() < s.end for s in excluded)
            and _looks_like_headline(text, first.start(), first.end())
        )
    ):
        stripped = first.group().rstrip()
        headline = Span(first.start(), first.start() + len(stripped))
        title = stripped
    source = meta.pop("source", None)
    return Article(
        id=id,
        text=text,
        title=title,
        published=published,
        source=str(source) if source is not None else None,
        credits=tuple(credits),
        headline=headline,
        excluded=tuple(excluded),
        path=path,
        meta=meta,
    )
