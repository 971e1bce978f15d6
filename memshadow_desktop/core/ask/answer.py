"""From a question to an answer with its sources.

1. **Retrieve**: hybrid search (meaning and words) finds the closest notes. When the closest
   is not close enough (:data:`MIN_COSINE`), nothing is generated: the answer says the notes
   do not hold it, instead of letting a model guess.
2. **Budget**: the notes are numbered and put in the prompt, best first, each cut to the part
   search matched, until the budget of note tokens is spent (about 600 on a CPU).
3. **Generate**: the instructions come first and never change, so the backend's prefix cache
   keeps them from one question to the next; the answer streams piece by piece.
4. **Cite**: the answer names notes as ``[n]``; every note given is listed as a source, and
   those named are marked cited. An answer that names none is attributed to the note whose
   distinctive words it uses most (``cited_by`` says which way a note was cited).

Nothing here writes the question, the notes or the answer anywhere.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from memshadow_desktop.core.api.ask import Answer, AskState, Source, TokenSink
from memshadow_desktop.core.api.search import Hit
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.inference.generator import Generator, Message
from memshadow_desktop.core.search.chunking import embedding_text

CANDIDATES = 6
# Hybrid search's cosine (all-MiniLM-L6-v2) below which a note is not about the question: on
# the TIL questions the right note's cosine is above 0.35 for nearly all, and questions the
# notes cannot answer stay below it (tests/core/ask, bench ask).
MIN_COSINE = 0.35
# Notes further than this below the best one add noise more than facts.
RELATIVE_COSINE = 0.75
CPU_BUDGET = 600
ACCELERATOR_BUDGET = 1500
MIN_NOTE_TOKENS = 40
MAX_ANSWER_TOKENS = 200
MAX_QUESTION_CHARS = 2000
NOT_FOUND_TEXT = "I could not find that in your notes."
SYSTEM = (
    "You answer questions using only the user's notes given below. "
    "Answer in one to three sentences. "
    "After each fact, name the note it comes from, like [1] or [2]. "
    "If the notes do not answer the question, say that you could not find it in the notes."
)
# Repeated after the question: small models follow the last instruction they read.
REMINDER = "Answer from the notes in one or two sentences and name the note you used, like [1]."
# An answer that names no note is attributed to the note whose distinctive words it uses
# most, when it uses enough of them (small models rarely write [n] themselves).
MIN_OVERLAP = 0.3
MIN_SHARED_WORDS = 3
_WORD = re.compile(r"[a-z0-9_]{4,}")
_COMMON = frozenset(
    [
        "that",
        "this",
        "with",
        "from",
        "your",
        "have",
        "will",
        "would",
        "could",
        "should",
        "about",
        "there",
        "their",
        "which",
        "when",
        "what",
        "where",
        "notes",
        "note",
        "answer",
        "question",
        "using",
        "used",
        "into",
        "them",
        "then",
        "than",
        "also",
        "just",
        "like",
        "only",
    ]
)
_CITE = re.compile(r"\[(\d{1,2})\]")

Search = Callable[[str, int], Sequence[Hit]]


@dataclass(frozen=True)
class Context:
    """What the prompt holds: the numbered notes (as sources) and their text."""

    sources: list[Source]
    texts: list[str]
    left_out: list[Source]
    note_tokens: int
    budget: int


def budget_for(device: str) -> int:
    return CPU_BUDGET if device == "cpu" else ACCELERATOR_BUDGET


def check_question(question: str) -> str:
    q = " ".join(question.split())
    if not q:
        raise InvalidInputError("the question is empty", reason="empty_question")
    if len(q) > MAX_QUESTION_CHARS:
        raise InvalidInputError(
            f"the question is {len(q)} characters; at most {MAX_QUESTION_CHARS}",
            reason="question_too_long",
            limit=MAX_QUESTION_CHARS,
        )
    return q


def relevant(hits: Sequence[Hit]) -> list[Hit]:
    """The hits close enough to the question to answer from, best first."""
    cosines = [h.scores.get("cosine") for h in hits]
    if not hits:
        return []
    if all(c is None for c in cosines):  # full-text search only (no embedding model)
        return [h for h in hits if (h.scores.get("bm25") or h.score) > 0]
    best = max(c for c in cosines if c is not None)
    if best < MIN_COSINE:
        return []
    floor = max(MIN_COSINE, best * RELATIVE_COSINE)
    return [h for h in hits if (h.scores.get("cosine") or 0.0) >= floor]


def note_text(hit: Hit) -> str:
    """The note as the prompt gives it: title, then the part search matched (the whole note
    when it is one chunk)."""
    text = embedding_text(hit.memory.title, hit.memory.body)
    chunk = hit.chunk
    if chunk and (chunk.get("start", 0) > 0 or chunk.get("end", len(text)) < len(text)):
        body = text[int(chunk["start"]) : int(chunk["end"])]
        if hit.memory.title and not body.startswith(hit.memory.title):
            body = f"{hit.memory.title}\n{body}"
        text = body
    return text.strip()


def _cut(text: str, tokens: int, count: Callable[[str], int]) -> str:
    if count(text) <= tokens:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits, then back to a word boundary
        mid = (lo + hi + 1) // 2
        if count(text[:mid]) <= tokens:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo].rsplit(None, 1)[0] if " " in text[:lo] else text[:lo]
    return cut + " …"


def build_context(hits: Sequence[Hit], budget: int, count: Callable[[str], int]) -> Context:
    sources: list[Source] = []
    texts: list[str] = []
    left: list[Source] = []
    used = 0
    for hit in hits:
        n = len(sources) + 1
        source = Source(
            n=n,
            memory_id=hit.memory.id,
            title=hit.memory.title,
            score=round(float(hit.score), 4),
            cosine=_round(hit.scores.get("cosine")),
        )
        room = budget - used
        if room < MIN_NOTE_TOKENS:
            left.append(source)
            continue
        text = note_text(hit)
        # One note may take most of the budget only when it is the only one.
        cap = room if len(hits) == 1 else max(MIN_NOTE_TOKENS, min(room, int(budget * 0.6)))
        text = _cut(text, cap, count)
        tokens = count(text)
        sources.append(source)
        texts.append(text)
        used += tokens
    return Context(sources, texts, left, used, budget)


def messages(question: str, context: Context) -> list[Message]:
    notes = "\n\n".join(
        f"[{s.n}] {text}" for s, text in zip(context.sources, context.texts, strict=True)
    )
    user = f"Notes:\n\n{notes}\n\nQuestion: {question}\n\n{REMINDER}"
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def cited_numbers(text: str, count: int) -> set[int]:
    return {int(m) for m in _CITE.findall(text) if 1 <= int(m) <= count}


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _COMMON}


def attributed(text: str, notes: Sequence[str]) -> int | None:
    """The note (1-based) whose words the answer shares most, if it shares enough."""
    said = _words(text)
    if len(said) < MIN_SHARED_WORDS:
        return None
    best, best_n = 0.0, None
    for n, note in enumerate(notes, 1):
        shared = said & _words(note)
        score = len(shared) / len(said)
        if len(shared) >= MIN_SHARED_WORDS and score > best:
            best, best_n = score, n
    return best_n if best >= MIN_OVERLAP else None


def says_not_found(text: str) -> bool:
    flat = " ".join(text.lower().split())
    return flat.startswith(("i could not find", "i couldn't find", "i can't find"))


def answer(
    question: str,
    *,
    search: Search,
    generator: Generator | None,
    open_generator: Callable[[], Generator] | None = None,
    budget: int | None = None,
    max_tokens: int = MAX_ANSWER_TOKENS,
    on_sources: Callable[[list[Source]], None] | None = None,
    on_token: TokenSink | None = None,
    cancel: threading.Event | None = None,
) -> Answer:
    """Answer ``question`` from the notes ``search`` finds. The generator is opened (with
    ``open_generator``) only when there is something to answer from."""
    q = check_question(question)
    start = time.perf_counter()
    hits = relevant(search(q, CANDIDATES))
    retrieval_s = time.perf_counter() - start
    if not hits:
        if on_sources is not None:
            on_sources([])
        return Answer(AskState.NOT_FOUND, NOT_FOUND_TEXT, [], 0, budget or 0, retrieval_s)
    if cancel is not None and cancel.is_set():
        return Answer(AskState.CANCELLED, "", [], 0, budget or 0, retrieval_s)
    gen = generator or (open_generator() if open_generator else None)
    if gen is None:
        raise InvalidInputError("no generator", reason="no_generation_model")
    limit = budget or budget_for(gen.info.device)
    context = build_context(hits, limit, gen.count_tokens)
    if on_sources is not None:
        on_sources(list(context.sources))
    text, stats = gen.generate(
        messages(q, context), max_tokens=max_tokens, on_token=on_token, cancel=cancel
    )
    text = text.strip()
    cited = cited_numbers(text, len(context.sources))
    how = "marker"
    if not cited and stats.stop != "cancelled" and not says_not_found(text):
        guess = attributed(text, context.texts)
        cited, how = ({guess}, "overlap") if guess else (set(), "")
    sources = [
        Source(
            s.n,
            s.memory_id,
            s.title,
            s.score,
            s.cosine,
            s.n in cited,
            how if s.n in cited else None,
        )
        for s in context.sources
    ]
    if stats.stop == "cancelled":
        state = AskState.CANCELLED
    elif says_not_found(text):
        state = AskState.NOT_FOUND
    else:
        state = AskState.ANSWERED
    return Answer(
        state=state,
        text=text,
        sources=sources,
        note_tokens=context.note_tokens,
        budget_tokens=limit,
        retrieval_s=retrieval_s,
        generator=gen.info,
        stats=stats,
        considered=context.left_out,
    )


def memory_body(question: str, result: Answer) -> str:
    """An answer saved as a memory: the question, the answer, its sources as links."""
    lines = [f"**Q:** {question.strip()}", "", result.text.strip(), "", "Sources:"]
    for s in result.sources:
        mark = " (cited)" if s.cited else ""
        lines.append(
            f"- [{s.n}] [{s.title or s.memory_id}](memshadow://memory/{s.memory_id}){mark}"
        )
    return "\n".join(lines)


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)
