"""The fixed probe set every precision variant is validated on.

It mixes what a memory vault holds: short queries and titles, sentences, markdown notes with
code, long paragraphs that hit the truncation limit, and non-English text. It is deterministic
(no randomness, no files), so validation figures are comparable across machines.
"""

from __future__ import annotations

_QUERIES = [
    "how do I undo the last git commit",
    "postgres index on a jsonb column",
    "vim search and replace across files",
    "kill the process listening on port 3000",
    "python list comprehension with a condition",
    "react useEffect cleanup function",
    "docker compose environment variables",
    "where did I put the wifi password",
    "meeting notes from the planning session with Anna",
    "birthday gift ideas for my sister",
    "rust borrow checker lifetime error",
    "tmux split window vertically",
]

_SENTENCES = [
    "Remember to renew the passport before the trip to Lisbon in March.",
    "The backup job runs every night at two and keeps thirty days of snapshots.",
    "Use `git rebase -i HEAD~3` to squash the last three commits into one.",
    "Grandma's apple cake: 200 g flour, 150 g butter, 3 eggs, 4 apples, bake 45 min at 180 C.",
    "The sync server rejected the push because the parent revision was not the current head.",
    "Dentist appointment moved to Thursday 10:30; bring the insurance card.",
    "Il faut arroser les tomates tous les deux jours quand il fait chaud.",
    "Die Heizung im Keller muss im Herbst entlüftet werden.",
    "El código de la puerta del garaje es el mismo que el del trastero.",
    "東京の友達におすすめのラーメン屋を聞く。",
    "SELECT count(*) FROM orders WHERE created_at > now() - interval '7 days';",
    "The model loads in under half a second and embeds a short query in a few milliseconds.",
]

_NOTE_TEMPLATES = [
    (
        "# {title}\n\nWhen you need to {task}, the quickest way is to reach for `{tool}`. "
        "It keeps working even when the {thing} is large, because it streams the input "
        "instead of reading everything into memory.\n\n```bash\n{tool} --verbose --limit 10 "
        "./{thing}\n```\n\nA few caveats: the output order is not guaranteed, and on macOS "
        "the BSD flavour of the tool behaves slightly differently from the GNU one, so check "
        "`man {tool}` before you rely on a flag. I learned this the hard way while trying to "
        "{task} on a production box late at night.\n\n[source](https://example.org/{tool})"
    ),
    (
        "## {title}\n\nNotes from today. We talked about how to {task}. Everyone agreed that "
        "`{tool}` is good enough for now, but the {thing} keeps growing and we will revisit "
        "it next quarter. Action items: write down the current numbers, ask ops about the "
        "budget, and schedule a follow-up. Open questions remain about retention, about who "
        "owns the {thing}, and about whether the nightly job should move to the weekend."
    ),
    (
        "{title}. The function below shows how to {task} with {tool}.\n\n```python\n"
        "def handle(items: list[str]) -> dict[str, int]:\n    counts: dict[str, int] = {{}}\n"
        "    for item in items:\n        key = item.strip().lower()\n        counts[key] = "
        "counts.get(key, 0) + 1\n    return counts\n```\n\nIt runs in linear time; the "
        "{thing} fits in memory, so there is no need for anything clever."
    ),
]

_FILL = [
    ("Find Large Files", "find the largest files in a folder", "du", "home directory"),
    ("Rotate Logs", "rotate the application logs", "logrotate", "log folder"),
    ("Count Words", "count word frequencies in a document", "collections", "word list"),
    ("Replace Text", "replace a string in many files", "sed", "repository"),
    ("Quarterly Review", "reduce the cloud bill", "terraform", "infrastructure"),
    ("Parse JSON", "extract one field from a JSON stream", "jq", "event log"),
    ("Resize Images", "shrink every photo before uploading", "convert", "photo library"),
    ("Clean Branches", "delete merged git branches", "git", "branch list"),
]


def _long_text(n: int) -> str:
    # Long enough to be truncated at 256 tokens: deterministic sentence mixing.
    parts = []
    for i in range(40):
        a = _SENTENCES[(n + i) % len(_SENTENCES)]
        q = _QUERIES[(n * 3 + i) % len(_QUERIES)]
        parts.append(f"{a} Also: {q}.")
    return " ".join(parts)


def probe_texts() -> list[str]:
    texts = list(_QUERIES) + list(_SENTENCES)
    for i, (title, task, tool, thing) in enumerate(_FILL):
        for template in _NOTE_TEMPLATES:
            texts.append(template.format(title=title, task=task, tool=tool, thing=thing))
        if i % 2 == 0:
            texts.append(_long_text(i))
    return texts


PROBE_QUERY = "how do I find which process keeps the laptop fan spinning at night"
