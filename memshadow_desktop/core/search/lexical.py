"""BM25 for a chosen set of memories, computed here with the full-text index's own statistics.

FTS5's ``bm25()`` scores every row that matches any query word before it can sort, and a
question in plain words matches most of a large vault: ranking 100,000 memories that way costs
25-60 ms. Hybrid search needs BM25 only for its candidates (the closest memories in meaning plus
the best matches of the query's rarer words), so this module scores those few directly: it
tokenises like the index (``unicode61 remove_diacritics 2`` + Porter stemming), reads the row
count and average length from the index's averages record, document frequencies from
``memories_vocab``, lengths from the docsize table, and applies FTS5's formula with the same
column weights. Scores agree with ``bm25()`` wherever the stemmer agrees with SQLite's (checked
by a test); the cost grows with the candidates and the rare words' matches, not the vault.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import Stemmer

from memshadow_desktop.core.store.db import Connection
from memshadow_desktop.core.store.memories import FTS_COLUMN_WEIGHTS, MATCH_END, MATCH_START
from memshadow_desktop.core.store.models import MEMORY_COLUMNS, Memory
from memshadow_desktop.core.store.stopwords import STOPWORDS

K1, B = 1.2, 0.75  # FTS5's bm25() constants
# A word in more memories than this is left out of candidate retrieval (it would make FTS5
# visit most of the vault) but still counts when the candidates are scored.
RARE_DF = 2_000
# FTS5 leaves shorter and longer tokens unstemmed.
STEM_MIN, STEM_MAX = 3, 64
PREFIX_TERMS_MAX = 64  # completions of a half-typed word looked up for its frequency

_TOKEN = re.compile(r"[^\W_]+")  # unicode61: letters and digits; everything else separates
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD_CACHE_MAX = 200_000


@dataclass(frozen=True)
class Term:
    stem: str  # as the index stores it; for a prefix, what indexed stems start with
    word: str  # as typed (FTS5 stems it again when it is used in a MATCH)
    df: int  # memories containing it
    prefix: bool = False


@dataclass(frozen=True)
class IndexStats:
    rows: int
    avg_length: float
    version: bytes = b""  # the averages record itself: any change to the index changes it


class FrequencyCache:
    """Document frequencies already looked up, valid while the index is unchanged: looking a
    common word up walks its whole list of documents."""

    def __init__(self, size: int = 4096) -> None:
        self._size = size
        self._version = b""
        self._df: dict[str, int] = {}

    def lookup(self, stats: IndexStats, stems: list[str], fetch: Any) -> dict[str, int]:
        if stats.version != self._version or len(self._df) > self._size:
            self._version, self._df = stats.version, {}
        missing = [s for s in stems if s not in self._df]
        if missing:
            found = fetch(missing)
            for stem in missing:
                self._df[stem] = found.get(stem, 0)
        return {s: self._df[s] for s in stems}


class Stems:
    """Porter stems of folded tokens, cached: a vault's vocabulary repeats."""

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("porter")
        self._cache: dict[str, str] = {}

    def __call__(self, token: str) -> str:
        stem = self._cache.get(token)
        if stem is None:
            if len(self._cache) >= _WORD_CACHE_MAX:
                self._cache.clear()
            stem = self._stem(token)
            self._cache[token] = stem
        return stem

    def _stem(self, token: str) -> str:
        if not STEM_MIN <= len(token) <= STEM_MAX or not token.isascii():
            return token
        return str(self._stemmer.stemWord(token))


STEMS = Stems()


def fold(text: str) -> str:
    """Lower case without diacritics, as unicode61 with remove_diacritics 2 folds."""
    text = text.lower()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


# --- the index's statistics -------------------------------------------------------------------


def _varints(blob: bytes) -> list[int]:
    """SQLite's big-endian varints (the format FTS5 keeps its sizes in)."""
    out, i = [], 0
    while i < len(blob):
        value = 0
        for _ in range(8):
            byte = blob[i]
            i += 1
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        else:
            value = (value << 8) | blob[i]
            i += 1
        out.append(value)
    return out


def index_stats(conn: Connection) -> IndexStats:
    """Row count and average document length from FTS5's averages record (row 1 of _data)."""
    row = conn.execute("SELECT block FROM memories_fts_data WHERE id = 1").fetchone()
    block = bytes(row[0]) if row and row[0] else b""
    values = _varints(block)
    rows = values[0] if values else 0
    total = sum(values[1:])
    return IndexStats(rows, total / rows if rows else 0.0, block)


def lengths(conn: Connection, rowids: Sequence[int]) -> dict[int, int]:
    """Tokens per memory (all columns), from FTS5's docsize table."""
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    rows = conn.execute(f"SELECT id, sz FROM memories_fts_docsize WHERE id IN ({marks})", rowids)
    return {rowid: sum(_varints(bytes(sz))) for rowid, sz in rows}


# --- the query --------------------------------------------------------------------------------


def query_terms(
    conn: Connection,
    query: str,
    stats: IndexStats | None = None,
    cache: FrequencyCache | None = None,
) -> list[Term]:
    """The query's content words as index terms with their document frequencies.

    Function words are left out unless nothing else is left. The last word counts as a prefix
    (the person may still be typing) when it is not a word of the vault and has three letters."""
    words = tokens(query)
    content = [w for w in words if w not in STOPWORDS] or words
    if not content:
        return []
    by_stem: dict[str, str] = {}
    for w in content:
        by_stem.setdefault(STEMS(w), w)
    stems = list(by_stem)

    def fetch(missing: list[str]) -> dict[str, int]:
        return _document_frequencies(conn, {s: by_stem[s] for s in missing})

    df = cache.lookup(stats, stems, fetch) if cache is not None and stats else fetch(stems)
    last = content[-1]
    out = []
    for stem, word in by_stem.items():
        if df.get(stem):
            out.append(Term(stem, word, df[stem]))
        elif word == last and len(last) >= 3:
            prefix_df = _prefix_frequency(conn, last)
            if prefix_df:
                out.append(Term(last, last, prefix_df, prefix=True))
    return out


def _document_frequencies(conn: Connection, words: dict[str, str]) -> dict[str, int]:
    """Memories containing each stem (``words``: stem -> the word it came from)."""
    marks = ",".join("?" * len(words))
    rows = conn.execute(
        f"SELECT term, doc FROM memories_vocab WHERE term IN ({marks})", list(words)
    )
    found = {term: int(doc) for term, doc in rows}
    for stem, word in words.items():
        if stem not in found:
            # Where this stemmer and SQLite's part ways ("technology": "technologi" here,
            # "technolog" there), FTS5 itself counts the word's memories.
            row = conn.execute(
                "SELECT count(*) FROM memories_fts WHERE memories_fts MATCH ?", (f'"{word}"',)
            ).fetchone()
            if row[0]:
                found[stem] = int(row[0])
    return found


def _prefix_frequency(conn: Connection, prefix: str) -> int:
    """Memories with a word starting with ``prefix``: at least the most frequent completion's
    count, at most the sum (a memory may hold several completions)."""
    rows = conn.execute(
        "SELECT doc FROM memories_vocab WHERE term >= ? AND term < ? LIMIT ?",
        (prefix, prefix + "\U0010ffff", PREFIX_TERMS_MAX),
    ).fetchall()
    return max((int(r[0]) for r in rows), default=0)


def fts_expression(terms: Iterable[Term]) -> str | None:
    """An FTS5 OR query for these terms (words as typed: FTS5 stems them itself)."""
    parts = [f'"{t.word}"' + ("*" if t.prefix else "") for t in terms]
    return " OR ".join(parts) or None


def rare_matches(conn: Connection, terms: list[Term], limit: int) -> list[int]:
    """Rowids of the best FTS5 matches of the query's rarer words (bounded work at any size)."""
    expression = fts_expression(t for t in terms if t.df <= RARE_DF)
    if expression is None:
        return []
    weights = ", ".join(str(w) for w in FTS_COLUMN_WEIGHTS)
    rows = conn.execute(
        f"SELECT rowid FROM memories_fts WHERE memories_fts MATCH ? "
        f"ORDER BY bm25(memories_fts, {weights}) LIMIT ?",
        (expression, limit),
    )
    return [r[0] for r in rows]


# --- scoring ----------------------------------------------------------------------------------


FOUND_KEPT = 256  # texts whose term occurrences a matcher remembers


class Matcher:
    """Finds a query's terms in text. Porter rewrites only a word's ending, so a word can stem
    to a term only if it starts with the term's first letters: those are located with plain
    substring search (much faster than a regular expression over every word), and only the
    words found there are stemmed and compared."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms
        heads = sorted({_head(t) for t in terms})
        # A head that starts with another head finds nothing new: keep the shortest ones, so
        # every word is found once.
        self._heads = [
            h for i, h in enumerate(heads) if not any(h.startswith(g) for g in heads[:i])
        ]
        self._seen: dict[str, int] = {}  # word -> term index, -1 for none
        # Occurrences by folded text: BM25 scoring finds them and the snippet of the same
        # memory reuses them (a query's matcher sees a few dozen texts).
        self._found_in: dict[str, list[tuple[int, int, int]]] = {}

    def term_of(self, word: str) -> int | None:
        """Index of the term ``word`` (folded) is an occurrence of, if any."""
        known = self._seen.get(word, -2)
        if known != -2:
            return None if known < 0 else known
        stem = STEMS(word)
        found = next(
            (
                i
                for i, term in enumerate(self.terms)
                if (stem.startswith(term.stem) if term.prefix else stem == term.stem)
            ),
            None,
        )
        self._seen[word] = -1 if found is None else found
        return found

    def _found(self, folded: str) -> list[tuple[int, int, int]]:
        """(start, end, term index) of each occurrence in folded text."""
        known = self._found_in.get(folded)
        if known is None:
            known = self._find(folded)
            if len(self._found_in) < FOUND_KEPT:
                self._found_in[folded] = known
        return known

    def _find(self, folded: str) -> list[tuple[int, int, int]]:
        out = []
        for head in self._heads:
            at = folded.find(head)
            while at >= 0:
                if at == 0 or not folded[at - 1].isalnum():
                    word = _TOKEN.match(folded, at)
                    if word is not None and (i := self.term_of(word.group())) is not None:
                        out.append((at, word.end(), i))
                at = folded.find(head, at + 1)
        return out

    def counts(self, text: str) -> list[int]:
        out = [0] * len(self.terms)
        for _, _, i in self._found(fold(text)):
            out[i] += 1
        return out

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the terms occur in ``text`` (character offsets; found in the lower-cased text,
        which keeps offsets where folding diacritics would not)."""
        return sorted((s, e) for s, e, _ in self._found(text.lower()))


def _head(term: Term) -> str:
    stem = term.stem
    # The last letter may be Porter's own ("happy" -> "happi", "filing" -> "file",
    # "nobility" -> "nobl"); long stems drop it anyway, short ones (unselective without it)
    # only when it could be.
    if term.prefix or (len(stem) <= 4 and stem[-1] not in "iel"):
        return stem
    return stem[:-1]


def idf(stats: IndexStats, df: int) -> float:
    value = math.log((stats.rows - df + 0.5) / (df + 0.5))
    return value if value > 0 else 1e-6  # FTS5's floor for words in over half the rows


def bm25(
    stats: IndexStats, matcher: Matcher, columns: Sequence[str], length: int | None = None
) -> float:
    """FTS5's bm25() for one memory (higher is better): ``columns`` are title, body, tags and
    ``length`` its token count (counted here when not given)."""
    if not matcher.terms or stats.rows == 0:
        return 0.0
    weighted = [0.0] * len(matcher.terms)
    for weight, text in zip(FTS_COLUMN_WEIGHTS, columns, strict=False):
        for i, n in enumerate(matcher.counts(text)):
            weighted[i] += weight * n
    if length is None:
        length = sum(len(tokens(text)) for text in columns)
    norm = K1 * (1 - B + B * length / (stats.avg_length or 1.0))
    score = 0.0
    for term, tf in zip(matcher.terms, weighted, strict=True):
        if tf:
            score += idf(stats, term.df) * tf * (K1 + 1) / (tf + norm)
    return score


# --- snippets ---------------------------------------------------------------------------------

SNIPPET_TOKENS = 16
SNIPPET_WORD_CHARS = 12  # a generous average word with its space, to find stretches of words


def snippet(text: str, matcher: Matcher, size: int = SNIPPET_TOKENS) -> str | None:
    """A ``size``-word stretch of ``text`` around its densest cluster of query words, the
    matches marked as FTS5's snippet() marks them; None when no query word occurs. Only the
    stretch is tokenised, not the whole memory."""
    found = matcher.spans(text) if matcher.terms else []
    if not found:
        return None
    starts = [s for s, _ in found]
    reach = size * SNIPPET_WORD_CHARS
    best = max(range(len(starts)), key=lambda i: (bisect_left(starts, starts[i] + reach) - i, -i))
    # From a few words before the match (FTS5 also starts early, so it reads in context) to
    # well past the stretch; moved back to a word boundary so no word is cut.
    lo = max(0, starts[best] - 4 * SNIPPET_WORD_CHARS)
    while lo > 0 and text[lo - 1].isalnum():
        lo -= 1
    spans = [m.span() for m in _TOKEN.finditer(text, lo, starts[best] + 2 * reach)]
    at = next((i for i, (s, _) in enumerate(spans) if s >= starts[best]), 0)
    chosen = spans[max(0, at - 2) : max(0, at - 2) + size]
    if not chosen:
        return None
    marked = set(starts)
    out = ["…"] if _TOKEN.search(text, 0, chosen[0][0]) else []
    cursor = chosen[0][0]
    for s, e in chosen:
        out.append(text[cursor:s])
        out.append(f"{MATCH_START}{text[s:e]}{MATCH_END}" if s in marked else text[s:e])
        cursor = e
    if _TOKEN.search(text, cursor):
        out.append("…")
    return re.sub(r"\s+", " ", "".join(out)).strip()


# --- hybrid search's lexical side --------------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    """What the lexical side needs from the query alone (found while it is being embedded)."""

    stats: IndexStats
    matcher: Matcher
    rare: list[str]  # ids of the best FTS5 matches of the query's rarer words


@dataclass(frozen=True)
class Scored:
    memories: dict[str, Memory]  # the live ones among those asked for
    bm25: dict[str, float]  # 0 where no query word occurs


def prepare(
    conn: Connection, query: str, limit: int, cache: FrequencyCache | None = None
) -> Prepared:
    """The query's terms, and the best ``limit`` matches of its rarer words."""
    stats = index_stats(conn)
    terms = query_terms(conn, query, stats, cache)
    rowids = rare_matches(conn, terms, limit) if terms else []
    ids: list[str] = []
    if rowids:
        marks = ",".join("?" * len(rowids))
        found = dict(
            conn.execute(
                f"SELECT rowid_, id FROM memories WHERE deleted = 0 AND rowid_ IN ({marks})",
                rowids,
            ).fetchall()
        )
        ids = [found[r] for r in rowids if r in found]
    return Prepared(stats, Matcher(terms), ids)


def score(conn: Connection, prepared: Prepared, memory_ids: Sequence[str]) -> Scored:
    """The live memories among ``memory_ids`` with their BM25 scores."""
    if not memory_ids:
        return Scored({}, {})
    cols = ", ".join(f"m.{c.strip()}" for c in MEMORY_COLUMNS.split(","))
    marks = ",".join("?" * len(memory_ids))
    rows = conn.execute(
        f"SELECT m.rowid_, {cols} FROM memories AS m WHERE m.deleted = 0 AND m.id IN ({marks})",
        list(memory_ids),
    ).fetchall()
    found = {int(row[0]): Memory.from_row(row[1:]) for row in rows}
    matcher = prepared.matcher
    sizes = lengths(conn, list(found)) if matcher.terms else {}
    scores = {}
    for rowid, memory in found.items():
        columns = (memory.title, memory.body, " ".join(memory.tags))
        scores[memory.id] = (
            bm25(prepared.stats, matcher, columns, sizes.get(rowid)) if matcher.terms else 0.0
        )
    return Scored({m.id: m for m in found.values()}, scores)
