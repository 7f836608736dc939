#!/bin/sh
# Builds a journal full of files that onward must survive:
#   make-hostile-journal.sh DIR [OUTSIDE]
# Large files are generated here rather than committed. OUTSIDE is a folder outside the
# journal that some links point into (default: DIR-outside). The tests in
# Tests/JournalCoreTests/Reliability and Tests/EndToEndTests/Reliability list what each
# file must produce; keep the names in step with them.
set -eu
J=$1
OUT=${2:-$1-outside}
mkdir -p "$J/entries/2026/01" "$J/entries/2026/02" "$J/.onward/drafts" "$OUT"
E="$J/entries/2026/01"
ESC=$(printf '\033')
BEL=$(printf '\007')

fm() { # fm ID [KIND] -> a valid front-matter head (without the closing line)
  printf -- '---\nid: %s\nkind: %s\ncreated: 2026-01-05T10:00:00+01:00\n' "$1" "${2:-note}"
}

# 1-6: text that is not an entry
printf -- '---\nid: 2026-01-01-0900-note-broken-yaml\nkind: note\ncreated: 2026-01-01T09:00:00Z\ntags: [a, b\n---\nbody\n' > "$E/2026-01-01-0900-note-broken-yaml.md"
printf -- '---\nid: 2026-01-01-0901-note-never-closed\nkind: note\ncreated: 2026-01-01T09:01:00Z\n\n# Title\nThe closing line never comes.\n' > "$E/2026-01-01-0901-note-never-closed.md"
printf 'Just some text, no front matter at all.\n' > "$E/2026-01-01-0902-note-no-front-matter.md"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\001\000\377\376\375' > "$E/2026-01-01-0903-note-binary.md"
{ fm 2026-01-01-0904-note-bad-utf8; printf -- '---\nCaf\351 in Latin-1, \377\376 stray bytes\n'; } > "$E/2026-01-01-0904-note-bad-utf8.md"
{ fm 2026-01-01-0905-note-nul; printf -- '---\nbefore\000after\n'; } > "$E/2026-01-01-0905-note-nul.md"
# 7: 50 MB
{ fm 2026-01-01-0906-note-huge; printf -- '---\n'; head -c 52428800 /dev/zero | tr '\000' 'a'; } > "$E/2026-01-01-0906-note-huge.md"
# 8-9: empty, a folder named like an entry
: > "$E/2026-01-01-0907-note-empty.md"
mkdir -p "$E/2026-01-01-0908-note-folder.md"
printf 'inside a folder\n' > "$E/2026-01-01-0908-note-folder.md/x.txt"
# 10-12: links (a loop, one out of the journal, a folder link out of the journal)
ln -sf 2026-01-01-0910-note-loop-b.md "$E/2026-01-01-0909-note-loop-a.md"
ln -sf 2026-01-01-0909-note-loop-a.md "$E/2026-01-01-0910-note-loop-b.md"
{ fm 2026-01-01-0911-note-outside; printf -- '---\nThis file lives outside the journal.\n'; } > "$OUT/secret.md"
ln -sf "$OUT/secret.md" "$E/2026-01-01-0911-note-outside.md"
mkdir -p "$OUT/2026-03"
cp "$OUT/secret.md" "$OUT/2026-03/2026-03-01-0900-note-via-folder-link.md"
ln -sfn "$OUT/2026-03" "$J/entries/2026/03"
# 13-14: duplicate ids (the same file name in two months; a front-matter id that disagrees)
{ fm 2026-01-01-0912-note-dup; printf -- '---\nFirst copy.\n'; } > "$E/2026-01-01-0912-note-dup.md"
{ fm 2026-01-01-0912-note-dup; printf -- '---\nSecond copy.\n'; } > "$J/entries/2026/02/2026-01-01-0912-note-dup.md"
{ fm 2026-01-01-0000-note-someone-else; printf -- '---\nMy id says another name.\n'; } > "$E/2026-01-01-0913-note-id-mismatch.md"
# 15-17: dates
printf -- '---\nid: 2026-01-01-0914-note-far-past\nkind: note\ncreated: 0001-01-01T00:00:00Z\n---\nVery old.\n' > "$E/2026-01-01-0914-note-far-past.md"
printf -- '---\nid: 2026-01-01-0915-note-far-future\nkind: note\ncreated: 9999-12-31T23:59:59+14:00\n---\nVery new.\n' > "$E/2026-01-01-0915-note-far-future.md"
printf -- '---\nid: 2026-01-01-0916-note-no-date\nkind: note\ncreated: 2026-13-45T99:99:99Z\n---\nNo such day.\n' > "$E/2026-01-01-0916-note-bad-date.md"
# 18-21: text that would drive the terminal (readable entries: shown, never sent raw)
{ printf -- '---\nid: 2026-01-01-0917-reflection-ansi\nkind: reflection\ncreated: 2026-01-01T09:17:00Z\n'
  printf 'company: %s[31mRedCo%s[0m%s[2J\nrole: %s[1mBoss\ntags: [%s[5mblink]\n---\n' "$ESC" "$ESC" "$ESC" "$ESC" "$ESC"
  printf '# %s[2JCleared %s[H\n\n## Feelings\nhostileword %s[31mred%s[0m and %s[?1049h alt screen\n' "$ESC" "$ESC" "$ESC" "$ESC" "$ESC"
  printf '## Achievements\n- %s[41mshipped%s[0m\n' "$ESC" "$ESC"; } > "$E/2026-01-01-0917-reflection-ansi.md"
{ printf -- '---\nid: 2026-01-01-0918-note-osc\nkind: note\ncreated: 2026-01-01T09:18:00Z\n---\n'
  printf '# %s]0;pwned title%s\n\nhostileword %s]52;c;ZWNobyBwd25lZA==%s clipboard %s]8;;http://evil%s\\link%s]8;;%s\\\n' "$ESC" "$BEL" "$ESC" "$BEL" "$ESC" "$ESC" "$ESC" "$ESC"; } > "$E/2026-01-01-0918-note-osc.md"
printf -- '---\nid: 2026-01-01-0919-reflection-bidi\nkind: reflection\ncreated: 2026-01-01T09:19:00Z\ncompany: "\342\200\256evil\342\200\254 Corp"\n---\nhostileword \342\200\256txt.exe\342\200\254 \342\201\246isolate\342\201\251 \302\233 C1\n' > "$E/2026-01-01-0919-reflection-bidi.md"
{ printf -- '---\nid: 2026-01-01-0920-note-controls\nkind: note\ncreated: 2026-01-01T09:20:00Z\n---\n'
  printf 'hostileword bell\007 backspace\010\010\010 cr\rover del\177 vt\013 ff\014\n'; } > "$E/2026-01-01-0920-note-controls.md"
# 22-24: size in odd places
{ fm 2026-01-01-0921-note-long-line; printf -- '---\nhostileword '; head -c 2000000 /dev/zero | tr '\000' 'x'; printf '\n'; } > "$E/2026-01-01-0921-note-long-line.md"
{ printf -- '---\nid: 2026-01-01-0922-note-tags\nkind: note\ncreated: 2026-01-01T09:22:00Z\ntags: ['
  i=1; while [ $i -lt 10000 ]; do printf 'tag%d, ' $i; i=$((i+1)); done; printf 'tag10000]\n---\nhostileword ten thousand tags\n'; } > "$E/2026-01-01-0922-note-tags.md"
{ fm 2026-01-01-0923-note-long-front-matter; i=0; while [ $i -lt 20000 ]; do printf 'key%d: value\n' $i; i=$((i+1)); done; printf -- '---\nbody\n'; } > "$E/2026-01-01-0923-note-long-front-matter.md"
# 25-31: YAML that is valid but hostile, or not a mapping
{ fm 2026-01-01-0924-note-laughs; printf 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n---\nlaughs\n'; } > "$E/2026-01-01-0924-note-laughs.md"
{ fm 2026-01-01-0925-note-deep; printf 'deep: '; head -c 20000 /dev/zero | tr '\000' '['; head -c 20000 /dev/zero | tr '\000' ']'; printf '\n---\ndeep\n'; } > "$E/2026-01-01-0925-note-deep.md"
printf -- '---\n- just\n- a list\n---\nbody\n' > "$E/2026-01-01-0926-note-list.md"
printf -- '---\nid: 2026-01-01-0927-note-tabs\nkind: note\ncreated: 2026-01-01T09:27:00Z\nnested:\n\tkey: tab indented\n---\nbody\n' > "$E/2026-01-01-0927-note-tabs.md"
printf -- '---\nid: 2026-01-01-0928-note-kind\nkind: banana\ncreated: 2026-01-01T09:28:00Z\n---\nbody\n' > "$E/2026-01-01-0928-note-kind.md"
printf -- '---\nid: 2026-01-01-0929-note-twice\nid: 2026-01-01-0929-note-twice-again\nkind: note\ncreated: 2026-01-01T09:29:00Z\n---\nbody\n' > "$E/2026-01-01-0929-note-twice.md"
printf -- '---\n' > "$E/2026-01-01-0930-note-only-dashes.md"
# 32-35: odd files in odd places
mkfifo "$E/2026-01-01-0931-note-fifo.md"
{ fm 2026-01-01-0932-note-checkin checkin; printf 'mood: 99\nenergy: -4\nsleep_hours: NaN\n---\nout of range\n'; } > "$E/2026-01-01-0932-note-checkin.md"
{ fm 2026-01-01-0933-note-stray; printf -- '---\nI am outside entries/.\n'; } > "$J/2026-01-01-0933-note-stray.md"
{ fm 2026-01-01-0934-note-temp; printf -- '---\nhalf'; } > "$E/.2026-01-01-0934-note-temp.md.tmp-999999-1"
printf -- '---\nstatus: draft\nkind: reflection\n' > "$J/.onward/drafts/2026-01-01-0935-reflection.md"
name=$(printf '2026-01-01-0936-note-\377\376.md')
printf -- '---\nid: x\n---\n' > "$E/$name"
# 37: escapes where YAML allows them (the body, a quoted value): a readable entry
{ printf -- '---\nid: 2026-01-01-0937-reflection-ansi-body\nkind: reflection\ncreated: 2026-01-01T09:37:00Z\ncompany: "\\e[31mQuoted\\e[0m Co"\n---\n'
  printf '# %s[2JCleared %s[H\n\n## Feelings\nhostileword %s[31mred%s[0m and %s[?1049h alt screen\n' "$ESC" "$ESC" "$ESC" "$ESC" "$ESC"
  printf '## Achievements\n- %s[41mshipped%s[0m\n## Lessons\n- %s]0;title%s\n' "$ESC" "$ESC" "$ESC" "$BEL"; } > "$E/2026-01-01-0937-reflection-ansi-body.md"
