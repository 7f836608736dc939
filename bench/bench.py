#!/usr/bin/env python3
"""`make bench`: times onward against rg, cat and jrnl on generated journals; writes bench/results.md.

    bench/bench.py ONWARD_BIN ONWARD_BENCH_BIN [SIZES...]

With ONWARD_BASE_BIN=path (an onward built from an earlier commit), its `stats` runs in the same
hyperfine invocation as this build's, for a before/after ratio on one machine at one moment.

Needs hyperfine, rg, tmux and /usr/bin/time (Debian: apt-get install hyperfine ripgrep tmux time).
jrnl is installed with pip into bench/.venv on first use. Corpora are cached in bench/corpus.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_corpus import RARE_WORD, COMMON_WORD  # noqa: E402
import home_screen  # noqa: E402

VENV = os.path.join(HERE, ".venv")
JRNL = os.path.join(VENV, "bin", "jrnl")


def need(tool):
    if not shutil.which(tool):
        sys.exit(f"bench: {tool} is missing (apt-get install -y hyperfine ripgrep tmux time)")


def ensure_jrnl():
    if not os.path.exists(JRNL):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "-q", "jrnl"], check=True)


def ensure_corpus(n, applications=0):
    out = os.path.join(HERE, "corpus", str(n) + (f"-apps{applications}" if applications else ""))
    if not os.path.exists(os.path.join(out, "jrnl", "config.yaml")):
        extra = ["--applications", str(applications)] if applications else []
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), str(n), out] + extra, check=True)
    return out


def hyperfine(cases, runs, warmup):
    """cases: list of (name, command, prepare or None). Returns {name: median seconds}."""
    fd, path = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    cmd = ["hyperfine", "-N", "--runs", str(runs), "--warmup", str(warmup), "--export-json", path, "--style", "basic"]
    for name, command, prepare in cases:
        # hyperfine applies --prepare per command in order; an empty `true` keeps the others unaffected.
        cmd += ["--prepare", prepare or "true", "-n", name, command]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    with open(path) as f:
        data = json.load(f)
    os.unlink(path)
    return {r["command"]: r["median"] for r in data["results"]}


def peak_kib(command, shell=False):
    """Peak resident memory of one run, from /usr/bin/time -v."""
    argv = ["/usr/bin/time", "-v"] + (["sh", "-c", command] if shell else command.split())
    p = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in p.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split()[-1])
    return None


def bench_size(n, onward):
    root = ensure_corpus(n)
    j = os.path.join(root, "journal")
    cfg = os.path.join(root, "jrnl", "config.yaml")
    index = os.path.join(j, ".onward", "index")
    subprocess.run([onward, "list", "--journal", j, "--limit", "1"], stdout=subprocess.DEVNULL, check=True)
    cat = f"sh -c 'find {j}/entries -name \"*.md\" -print0 | xargs -0 cat > /dev/null'"
    fast = [
        ("onward list --limit 20", f"{onward} list --journal {j} --limit 20", None),
        (f"onward search {RARE_WORD}", f"{onward} search --journal {j} {RARE_WORD}", None),
        (f"onward search {COMMON_WORD}", f"{onward} search --journal {j} {COMMON_WORD}", None),
        ("onward stats", f"{onward} stats --journal {j}", None),
        ("onward insights", f"{onward} insights --journal {j}", None),
        ("onward insights achievements", f"{onward} insights achievements --journal {j}", None),
        ("onward insights wins", f"{onward} insights wins --journal {j}", None),
        ("onward list --limit 20, no index", f"{onward} list --journal {j} --limit 20", f"rm -f {index}"),
        (f"rg -l {RARE_WORD}", f"rg -l {RARE_WORD} {j}", None),
        (f"rg -l {COMMON_WORD}", f"rg -l {COMMON_WORD} {j}", None),
        ("cat every file", cat, None),
    ]
    base = os.environ.get("ONWARD_BASE_BIN")
    if base:
        # A copy of its own: the two builds' indexes differ, and sharing one would rebuild it every run.
        jb = os.path.join(root, "journal-base")
        if not os.path.exists(jb):
            shutil.copytree(j, jb, symlinks=True, ignore=shutil.ignore_patterns(".onward"))
        subprocess.run([base, "list", "--journal", jb, "--limit", "1"], stdout=subprocess.DEVNULL, check=True)
        fast.append(("onward stats, base build", f"{base} stats --journal {jb}", None))
    medians = hyperfine(fast, runs=15 if n <= 10000 else 7, warmup=2)
    subprocess.run([onward, "list", "--journal", j, "--limit", "1"], stdout=subprocess.DEVNULL, check=True)
    slow = [
        ("jrnl -n 10", f"{JRNL} --config-file {cfg} -n 10", None),
        (f"jrnl -contains {RARE_WORD}", f"{JRNL} --config-file {cfg} -contains {RARE_WORD}", None),
    ]
    medians.update(hyperfine(slow, runs=5 if n <= 10000 else 3, warmup=1))
    memory = {}
    for name, command, prepare in fast + slow:
        if prepare:
            subprocess.run(prepare, shell=True)
        memory[name] = peak_kib(command, shell=command.startswith("sh -c"))
    subprocess.run([onward, "list", "--journal", j, "--limit", "1"], stdout=subprocess.DEVNULL, check=True)
    # Not a hyperfine case: the time until the first frame shows, read from a real terminal.
    home = statistics.median(home_screen.measure(onward, j, runs=15))
    return medians, memory, j, home


def bench_applications(n, applications, onward, micro):
    """`app list` and the Applications screen against `list --limit 20`, on a journal of n
    entries plus the given number of applications."""
    root = ensure_corpus(n, applications)
    j = os.path.join(root, "journal")
    subprocess.run([onward, "list", "--journal", j, "--limit", "1"], stdout=subprocess.DEVNULL, check=True)
    cases = [
        ("onward list --limit 20", f"{onward} list --journal {j} --limit 20", None),
        ("onward app list", f"{onward} app list --journal {j}", None),
        ("onward app list --open", f"{onward} app list --open --journal {j}", None),
        ("onward app list --json", f"{onward} app list --json --journal {j}", None),
        ("onward stats", f"{onward} stats --journal {j}", None),
    ]
    medians = hyperfine(cases, runs=15, warmup=2)
    micro_out = subprocess.run([micro, "--applications", j], capture_output=True, text=True, check=True).stdout
    subprocess.run([onward, "list", "--journal", j, "--limit", "1"], stdout=subprocess.DEVNULL, check=True)
    # Home decodes only the reflections and applications its invitation needs: timed here too.
    home = statistics.median(home_screen.measure(onward, j, runs=15))
    return medians, micro_out, home


def ratio(a, b):
    return f"{a / b:.2f}x" if a and b else "-"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    onward, micro = sys.argv[1], sys.argv[2]
    sizes = [int(s) for s in sys.argv[3:]] or [1000, 10000, 50000]
    for tool in ("hyperfine", "rg", "tmux", "/usr/bin/time"):
        need(tool)
    ensure_jrnl()
    lines = ["# onward benchmark", "",
             f"Release build, warm cache, medians of hyperfine runs; peak memory from `/usr/bin/time -v`. "
             f"RARE_WORD = `{RARE_WORD}` (about 1 entry in 2,500), COMMON_WORD = `{COMMON_WORD}` (about 4 in 10). "
             "Generated by `make bench` (bench/bench.py).", ""]
    checks = []
    for n in sizes:
        print(f"bench: {n} entries...", flush=True)
        med, mem, journal, home = bench_size(n, onward)
        lines += [f"## {n} entries", "", "| command | median ms | peak MiB |", "| --- | ---: | ---: |"]
        for name, t in med.items():
            m = mem.get(name)
            lines.append(f"| {name} | {t * 1000:.1f} | {m / 1024:.1f} |" if m else f"| {name} | {t * 1000:.1f} | - |")
        lst, rare, common = med["onward list --limit 20"], med[f"onward search {RARE_WORD}"], med[f"onward search {COMMON_WORD}"]
        rg_rare, rg_common = med[f"rg -l {RARE_WORD}"], med[f"rg -l {COMMON_WORD}"]
        peak = max(v for k, v in mem.items() if k.startswith("onward") and v)
        lines += ["", "| ratio | value | target |", "| --- | ---: | --- |",
                  f"| list / rg -l rare | {ratio(lst, rg_rare)} | <= 1x at 10k |",
                  f"| jrnl -n 10 / list | {ratio(med['jrnl -n 10'], lst)} | >= 25x at 10k |",
                  f"| search rare / rg -l rare | {ratio(rare, rg_rare)} | <= 1.5x |",
                  f"| search common / rg -l common | {ratio(common, rg_common)} | <= 1.5x |",
                  f"| jrnl -contains / search rare | {ratio(med[f'jrnl -contains {RARE_WORD}'], rare)} | >= 15x |",
                  f"| first list (no index) / cat | {ratio(med['onward list --limit 20, no index'], med['cat every file'])} | <= 1x at 10k |",
                  f"| onward peak memory | {peak / 1024:.1f} MiB | <= 50 MiB at 10k, <= 150 MiB at 50k |",
                  f"| home screen appears (tmux), median ms | {home:.1f} | < 100 ms at 10k |",
                  f"| insights / stats | {ratio(med['onward insights'], med['onward stats'])} | <= 1x |",
                  f"| insights wins / stats | {ratio(med['onward insights wins'], med['onward stats'])} | <= 1x |"]
        if "onward stats, base build" in med:
            lines.append(f"| stats / stats of the base build | {ratio(med['onward stats'], med['onward stats, base build'])} | <= 1.10x |")
        lines.append("")
        if n in (10000, 50000):
            micro_out = subprocess.run([micro, journal, RARE_WORD, COMMON_WORD], capture_output=True, text=True, check=True).stdout
            lines += [micro_out.strip(), ""]
        checks.append(n)
        if n == 10000:
            apps = 2000
            print(f"bench: {n} entries and {apps} applications...", flush=True)
            amed, amicro, ahome = bench_applications(n, apps, onward, micro)
            lines += [f"## {n} entries and {apps} applications", "", "| command | median ms |", "| --- | ---: |"]
            lines += [f"| {name} | {t * 1000:.1f} |" for name, t in amed.items()]
            lst = amed["onward list --limit 20"]
            lines += ["", "| ratio | value | target |", "| --- | ---: | --- |",
                      f"| app list / list --limit 20 | {ratio(amed['onward app list'], lst)} | <= 2x |",
                      f"| app list --json / list --limit 20 | {ratio(amed['onward app list --json'], lst)} | <= 2x |",
                      f"| home screen appears (tmux), median ms | {ahome:.1f} | < 100 ms |", "",
                      amicro.strip(), ""]
    text = "\n".join(lines) + "\n"
    with open(os.path.join(HERE, "results.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
