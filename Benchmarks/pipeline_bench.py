#!/usr/bin/env python3
"""`make bench`, first part: the bundled stage list over generated studies of two sizes (default 2,000 and 20,000
interviews), timed against `xmllint --stream` on the same files in the same run.

Per size it reports wall time, MB/s, peak resident memory, the `--jobs 2` speed-up over `--jobs 1`, the ratio to
xmllint, and a `--shards 2` run checked byte for byte against the single run; across sizes, the peak-memory ratio.
Results go to .bench/results.json (with the commit and the machine) and are appended to .bench/history.jsonl, so
runs can be compared. Figures are ratios measured in one run because these machines are noisy.

usage: pipeline_bench.py --bin BIN [--work DIR] [--sizes 2000 20000] [--repeat N]
"""
import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def generate(folder, interviews):
    """A seeded study of `interviews` interviews with the 200-rule codebook, reused when already there."""
    stamp = os.path.join(folder, "generated.json")
    generator = hashlib.sha256(b"".join(open(os.path.join(HERE, name), "rb").read()
                                        for name in ("generate_corpus.py", "generate_codebook.py"))).hexdigest()
    want = {"interviews": interviews, "generator": generator}
    if os.path.exists(stamp) and json.load(open(stamp)) == want:
        return
    shutil.rmtree(folder, ignore_errors=True)
    print(f"generating {interviews} synthetic interviews, the full stage list and a 200-rule codebook (seeded) …", flush=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), folder, "--interviews", str(interviews), "--full-pipeline"], check=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate_codebook.py"), os.path.join(folder, "codebook.yaml"), "--rules", "200"], check=True)
    json.dump(want, open(stamp, "w"))


def timed(command, repeat):
    """Best wall time of `repeat` runs and the peak resident memory (MiB) of the best one, via /usr/bin/time."""
    best = None
    for _ in range(repeat):
        start = time.monotonic()
        result = subprocess.run(["/usr/bin/time", "-f", "PEAK_KB %M"] + command, capture_output=True, text=True)
        seconds = time.monotonic() - start
        if result.returncode != 0:
            sys.exit(f"error: {' '.join(command[:3])} … failed:\n{result.stderr[-2000:]}")
        peak = int([line for line in result.stderr.splitlines() if line.startswith("PEAK_KB")][-1].split()[1]) / 1024
        if best is None or seconds < best[0]:
            best = (seconds, peak)
    return best


def run_digest(folder):
    return json.load(open(os.path.join(folder, "manifest.json")))["run_digest"]


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal")), None)
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_mib": memory, "os": platform.platform(),
            "swift": swift[0] if swift else None}


def commit():
    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=HERE).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True, cwd=HERE).stdout.strip() != ""
    return head, dirty


def bench(binary, work, interviews, repeat):
    folder = os.path.join(work, f"study-{interviews}")
    generate(folder, interviews)
    files = sorted(os.path.join(folder, "transcripts", name) for name in os.listdir(os.path.join(folder, "transcripts")))
    size = sum(os.path.getsize(path) for path in files)
    pipeline = os.path.join(folder, "pipeline.yaml")
    out = {jobs: os.path.join(work, f"out-{interviews}-j{jobs}") for jobs in (1, 2)}
    xmllint = timed(["xmllint", "--stream", "--noout"] + files, repeat)
    one = timed([binary, "analyze", pipeline, "--jobs", "1", "--out", out[1], "--key", out[1] + ".key"], repeat)
    two = timed([binary, "analyze", pipeline, "--jobs", "2", "--out", out[2], "--key", out[2] + ".key"], repeat)
    sharded_out = os.path.join(work, f"out-{interviews}-shards2")
    sharded = timed([binary, "analyze", pipeline, "--jobs", "2", "--shards", "2", "--out", sharded_out, "--key", sharded_out + ".key"], 1)
    same_key = open(out[1] + ".key", "rb").read() == open(out[2] + ".key", "rb").read() == open(sharded_out + ".key", "rb").read()
    mb = size / 1e6
    row = {
        "interviews": interviews, "bytes": size,
        "xmllint_stream": {"seconds": round(xmllint[0], 3), "mb_per_s": round(mb / xmllint[0], 1)},
        "analyze_jobs1": {"seconds": round(one[0], 3), "mb_per_s": round(mb / one[0], 2), "peak_mib": round(one[1])},
        "analyze_jobs2": {"seconds": round(two[0], 3), "mb_per_s": round(mb / two[0], 2), "peak_mib": round(two[1])},
        "analyze_shards2": {"seconds": round(sharded[0], 3), "peak_mib_merge_process": round(sharded[1])},
        "jobs2_speedup": round(one[0] / two[0], 2),
        "xmllint_ratio_jobs2": round(two[0] / xmllint[0], 1),
        "identical_jobs1_jobs2_shards2": run_digest(out[1]) == run_digest(out[2]) == run_digest(sharded_out) and same_key,
        "repeat": repeat,
    }
    print(f"{interviews:>6} interviews, {mb:6.1f} MB: xmllint --stream {xmllint[0]:6.2f} s ({mb / xmllint[0]:.0f} MB/s); "
          f"analyze --jobs 1 {one[0]:6.2f} s ({mb / one[0]:.1f} MB/s, peak {one[1]:.0f} MiB); "
          f"--jobs 2 {two[0]:6.2f} s ({mb / two[0]:.1f} MB/s, peak {two[1]:.0f} MiB), speed-up {row['jobs2_speedup']:.2f}x, "
          f"{row['xmllint_ratio_jobs2']:.0f}x xmllint; --shards 2 {sharded[0]:.2f} s; "
          f"identical artifacts and key: {'yes' if row['identical_jobs1_jobs2_shards2'] else 'NO'}", flush=True)
    for path in list(out.values()) + [sharded_out]:
        shutil.rmtree(path, ignore_errors=True)
        os.remove(path + ".key")
    return row


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--work", default=".bench")
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement at the smallest size (best is kept); 1 at larger sizes")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    binary = os.path.abspath(args.bin)
    rows = [bench(binary, args.work, size, args.repeat if index == 0 else 1) for index, size in enumerate(sorted(args.sizes))]
    head, dirty = commit()
    results = {"benchmark": "full pipeline (the bundled stage list) over generated studies", "commit": head, "dirty": dirty,
               "machine": machine(), "sizes": rows}
    if len(rows) > 1:
        small, large = rows[0], rows[-1]
        results["peak_memory_ratio"] = {
            "corpus_ratio": round(large["bytes"] / small["bytes"], 2),
            "jobs1": round(large["analyze_jobs1"]["peak_mib"] / small["analyze_jobs1"]["peak_mib"], 2),
            "jobs2": round(large["analyze_jobs2"]["peak_mib"] / small["analyze_jobs2"]["peak_mib"], 2),
        }
        ratio = results["peak_memory_ratio"]
        print(f"peak memory at {ratio['corpus_ratio']:.1f}x the corpus: {ratio['jobs1']:.2f}x (--jobs 1), {ratio['jobs2']:.2f}x (--jobs 2); target 1.5x")
    with open(os.path.join(args.work, "results.json"), "w") as handle:
        json.dump(results, handle, indent=2, sort_keys=True)
        handle.write("\n")
    with open(os.path.join(args.work, "history.jsonl"), "a") as handle:
        handle.write(json.dumps(dict(results, recorded=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())), sort_keys=True) + "\n")
    print(f"results: {os.path.join(args.work, 'results.json')}")


if __name__ == "__main__":
    main()
