#!/usr/bin/env python3
"""Writes a deterministic onward journal of N entries, and the same entries in jrnl's format.

    bench/gen_corpus.py N OUT [--seed S] [--applications A]

OUT/journal/entries/YYYY/MM/*.md   onward's format (docs/FORMAT.md)
OUT/jrnl/journal.txt               jrnl's plain-text format, with OUT/jrnl/config.yaml

Entries run back in time from 2026-12-31: about one check-in a day, a reflection after a
rejection every week or two, and the odd note. Each is ~150-400 words with achievements and
lessons. RARE_WORD appears in about one entry in 2,500, COMMON_WORD in about four in ten.
With --applications A, A application files (kind: application) are written beside them.
"""
import os
import random
import sys
from datetime import date, timedelta

RARE_WORD = "quokkaberry"
COMMON_WORD = "progress"

COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Northwind", "Contoso", "Stark Industries",
             "Wayne Enterprises", "Soylent", "Tyrell", "Cyberdyne", "Vandelay", "Pied Piper", "Aperture",
             "Massive Dynamic", "Wonka", "Gringotts", "Oceanic", "Monarch"]
ROLES = ["Backend Engineer", "Data Analyst", "Product Manager", "Site Reliability Engineer", "Designer",
         "Frontend Developer", "Engineering Manager", "QA Engineer", "Technical Writer", "Data Scientist"]
STAGES = ["applied", "screen", "interview", "final-interview", "offer"]
EMOTIONS = ["disappointed", "frustrated", "sad", "anxious", "angry", "embarrassed", "numb", "relieved",
            "hopeful", "determined"]
SELF_CARE = ["exercise", "rest", "reading", "time with people", "time outside", "a hobby"]
WINS = ["sent two applications", "called my sister", "finished a course module", "went for a run",
        "cooked a proper dinner", "updated my portfolio", "reached out to a former colleague",
        "slept eight hours", "fixed the bike", "wrote a cover letter I like"]
TAGS = ["rejection", "big-tech", "startup", "remote", "referral", "agency", "contract"]

SUBJECTS = ["I", "The recruiter", "My friend", "The hiring manager", "The team", "My partner", "The panel",
            "My old manager", "The interviewer", "Nobody"]
VERBS = ["talked about", "asked about", "mentioned", "wrote about", "remembered", "worried about",
         "looked at", "thought about", "came back to", "explained"]
OBJECTS = ["the system design round", "my last project", "the salary range", "the notice period",
           "the take-home exercise", "a migration I led", "the budget freeze", "the internal candidate",
           "the commute", "my portfolio", "the coding challenge", "the reference check", "the job market",
           "a course on statistics", "the weekly goals", "a walk by the river", "the waiting", "the offer letter"]
TAILS = ["and it felt heavy", "which surprised me", "for far too long", "without much sleep", "over coffee",
         "in the evening", "and I wrote it down", "before lunch", "with more calm than last time",
         "and then let it go", "while it rained", "and I laughed a bit"]
ACHIEVEMENTS = ["Led the migration of the billing service without downtime", "Cut the build time in half",
                "Mentored two junior developers", "Shipped the onboarding redesign on time",
                "Got through five interview rounds", "Presented to the whole company",
                "Wrote the incident runbook everyone now uses", "Closed the largest customer escalation",
                "Learned enough Rust to fix a production bug", "Kept the team calm through a reorg"]
LESSONS = ["Prepare a system-design story with numbers in it", "Ask for the timeline at the start",
           "Practise saying no to vague take-home tasks", "Keep a list of wins every week",
           "Rest before a final round", "Research the team, not only the company",
           "Ask what success looks like after six months", "Follow up within two days",
           "Write down questions before every call", "Do not apply on a bad day"]


def sentence(rng, extra=None):
    words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
    if extra:
        words.insert(3, extra)
    return " ".join(words) + "."


def paragraph(rng, n, extra_words):
    out = []
    for i in range(n):
        out.append(sentence(rng, extra_words.pop() if extra_words and rng.random() < 0.5 else None))
    while extra_words:
        out.append(sentence(rng, extra_words.pop()))
    return " ".join(out)


def slug(text):
    s = "".join(c if c.isalnum() else "-" for c in text.lower())
    return "-".join(p for p in s.split("-") if p)


def flow(items):
    return "[" + ", ".join(items) + "]"


def make_entries(n, seed):
    """Yields (datetime parts, kind, front matter lines, title, body markdown, plain text) newest first."""
    rng = random.Random(seed)
    day = date(2026, 12, 31)
    made = 0
    while made < n:
        todays = []
        if rng.random() < 0.85:
            todays.append(("checkin", 21, rng.randrange(0, 60)))
        if rng.random() < 0.12:
            todays.append(("reflection", 14, rng.randrange(0, 60)))
        if rng.random() < 0.25:
            todays.append(("note", 9, rng.randrange(0, 60)))
        for kind, hour, minute in todays:
            if made >= n:
                break
            yield build(rng, made, day, hour, minute, kind)
            made += 1
        day -= timedelta(days=1)


def build(rng, index, day, hour, minute, kind):
    extra = []
    if index % 2500 == 7:
        extra.append(RARE_WORD)
    if rng.random() < 0.4:
        extra.append(COMMON_WORD)
    offset = rng.choice(["+01:00", "+01:00", "+02:00", "-05:00", "+00:00"])
    created = f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{offset}"
    upd_min = minute + rng.randrange(3, 30)
    updated = f"{day.isoformat()}T{hour + upd_min // 60:02d}:{upd_min % 60:02d}:{rng.randrange(60):02d}{offset}"
    stamp = f"{day.isoformat()}-{hour:02d}{minute:02d}-{kind}"
    fm = [("kind", kind), ("created", created), ("updated", updated)]
    sections = []
    if kind == "reflection":
        company, role = rng.choice(COMPANIES), rng.choice(ROLES)
        ident = stamp + "-" + slug(company)
        before = rng.randrange(4, 11)
        fm += [("company", company), ("role", role), ("stage", rng.choice(STAGES)),
               ("emotions", flow(rng.sample(EMOTIONS, rng.randrange(1, 4)))),
               ("intensity_before", str(before)), ("intensity_after", str(max(0, before - rng.randrange(0, 4)))),
               ("tags", flow(["rejection"] + rng.sample(TAGS[1:], rng.randrange(0, 2))))]
        title = f"{company}, {role}"
        sections = [("Feelings", paragraph(rng, rng.randrange(8, 20), extra)),
                    ("Not about me", paragraph(rng, rng.randrange(3, 8), [])),
                    ("Achievements", "\n".join("- " + a for a in rng.sample(ACHIEVEMENTS, rng.randrange(1, 4)))),
                    ("Lessons", "\n".join("- " + a for a in rng.sample(LESSONS, rng.randrange(1, 4)))),
                    ("Next steps", paragraph(rng, rng.randrange(3, 8), []))]
    elif kind == "checkin":
        ident = stamp
        fm += [("mood", str(rng.randrange(1, 11))), ("energy", str(rng.randrange(1, 11))),
               ("sleep_hours", rng.choice(["6", "6.5", "7", "7.5", "8", "9"])),
               ("self_care", flow(rng.sample(SELF_CARE, rng.randrange(0, 4)))),
               ("wins", flow(rng.sample(WINS, rng.randrange(1, 3))))]
        title = "Check-in"
        sections = [("Note", paragraph(rng, rng.randrange(15, 34), extra))]
        if rng.random() < 0.3:
            sections.append(("Achievements", "- " + rng.choice(ACHIEVEMENTS)))
    else:
        topic = rng.choice(OBJECTS)
        title = topic[0].upper() + topic[1:]
        ident = stamp + "-" + slug(topic)[:40].strip("-")
        fm += [("tags", flow(rng.sample(TAGS, rng.randrange(0, 3))))]
        sections = [("Thoughts", paragraph(rng, rng.randrange(15, 34), extra)),
                    ("Lessons", "- " + rng.choice(LESSONS))]
    front = "---\nid: " + ident + "\n" + "".join(f"{k}: {v}\n" for k, v in fm) + "---\n"
    body = "# " + title + "\n\n" + "\n\n".join(f"## {h}\n{t}" for h, t in sections) + "\n"
    return day, hour, minute, ident, front + body, title, "\n\n".join(f"## {h}\n{t}" for h, t in sections)


OUTCOMES = ["open"] * 6 + ["rejected"] * 3 + ["withdrawn", "accepted", "declined"]
SOURCES = ["referral", "job board", "recruiter", "company site", "meetup"]


def make_applications(count, seed):
    """Applications running back from 2026-12-31, a few a day, with timelines of 1-5 events."""
    rng = random.Random(seed + 1)
    start = date(2026, 12, 31)
    for i in range(count):
        applied = start - timedelta(days=i // 3)
        company, role = rng.choice(COMPANIES), rng.choice(ROLES)
        hour, minute = 8 + i % 12, (i * 7) % 60
        ident = f"{applied.isoformat()}-{hour:02d}{minute:02d}-application-{slug(company)}-{i}"
        reached = rng.randrange(0, len(STAGES))
        outcome = rng.choice(OUTCOMES)
        if outcome in ("accepted", "declined"):
            reached = len(STAGES) - 1  # an offer was taken or turned down
        events = [f"- {applied.isoformat()} applied"]
        day = applied
        for stage in STAGES[1:reached + 1]:
            day += timedelta(days=rng.randrange(2, 9))
            events.append(f"- {day.isoformat()} {stage}: {rng.choice(OBJECTS)}")
        if outcome != "open":
            day += timedelta(days=rng.randrange(1, 6))
            events.append(f"- {day.isoformat()} {outcome}")
        fm = [("kind", "application"), ("created", f"{applied.isoformat()}T{hour:02d}:{minute:02d}:00+01:00"),
              ("updated", f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+01:00"), ("company", company), ("role", role),
              ("stage", STAGES[reached]), ("source", rng.choice(SOURCES)), ("applied_on", applied.isoformat()),
              ("outcome", outcome)]
        if outcome == "open" and i % 2 == 0:
            fm += [("next_action", "follow up"), ("next_action_on", (day + timedelta(days=7)).isoformat())]
        front = "---\nid: " + ident + "\n" + "".join(f"{k}: {v}\n" for k, v in fm) + "---\n"
        body = f"# {company}, {role}\n\n## Timeline\n" + "\n".join(events) + "\n\n## Notes\n" + paragraph(rng, 8, "") + "\n"
        yield applied, ident, front + body


def main():
    args = sys.argv[1:]
    seed = 42
    applications = 0
    if "--applications" in args:
        i = args.index("--applications")
        applications = int(args[i + 1])
        del args[i:i + 2]
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    n, out = int(args[0]), args[1]
    journal = os.path.join(out, "journal")
    os.makedirs(os.path.join(out, "jrnl"), exist_ok=True)
    jrnl_chunks = []
    made_dirs = set()
    for day, hour, minute, ident, text, title, plain in make_entries(n, seed):
        folder = os.path.join(journal, "entries", f"{day.year:04d}", f"{day.month:02d}")
        if folder not in made_dirs:
            os.makedirs(folder, mode=0o700, exist_ok=True)
            made_dirs.add(folder)
        with open(os.path.join(folder, ident + ".md"), "w", encoding="utf-8") as f:
            f.write(text)
        jrnl_chunks.append(f"[{day.isoformat()} {hour:02d}:{minute:02d}] {title}\n{plain}\n")
    for day, ident, text in make_applications(applications, seed):
        folder = os.path.join(journal, "entries", f"{day.year:04d}", f"{day.month:02d}")
        os.makedirs(folder, mode=0o700, exist_ok=True)
        with open(os.path.join(folder, ident + ".md"), "w", encoding="utf-8") as f:
            f.write(text)
    jrnl_chunks.reverse()  # jrnl keeps its file oldest first
    with open(os.path.join(out, "jrnl", "journal.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(jrnl_chunks))
    with open(os.path.join(out, "jrnl", "config.yaml"), "w", encoding="utf-8") as f:
        f.write(f"""colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {os.path.abspath(os.path.join(out, 'jrnl', 'journal.txt'))}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
""")
    print(f"{n} entries in {journal} and {out}/jrnl/journal.txt")


if __name__ == "__main__":
    main()
