#!/usr/bin/env python3
"""`make bench`, first part: the bundled stage list over generated studies of two sizes (default 2,000 and 20,000
interviews), timed against `xmllint --stream` on the same files in the same run.

Per size it reports wall time, MB/s, peak resident memory, the `--jobs 2` speed-up over `--jobs 1`, the ratio to
xmllint, and a `--shards 2` run checked byte for byte against the single run; across sizes, the peak-memory ratio.
Results go to .bench/results.json (with the commit and the machine) and are appended to .bench/history.jsonl, so
runs can be compared. Figures are ratios measured in one run because these machines are noisy.

The `--jobs 1` and `--jobs 2` runs alternate (best of `--repeat` each), so a drift in the machine's speed meets both,
and every run writes a new output folder; the outputs are removed only when everything is measured. On ext4 without a
journal (these machines) creating a file scans past every inode freed in the last ~30 s (the kernel's
`recently_deleted`), so a run straight after removing another run's 2,000 files spent up to a third of its
anonymization in the kernel, and more with two threads contending for the folder — a cost of the benchmark's own
clean-up, not of the run measured.

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


def run_once(command):
    """Wall time and peak resident memory (MiB) of one run, via /usr/bin/time."""
    start = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "PEAK_KB %M"] + command, capture_output=True, text=True)
    seconds = time.monotonic() - start
    if result.returncode != 0:
        sys.exit(f"error: {' '.join(command[:3])} … failed:\n{result.stderr[-2000:]}")
    return seconds, int([line for line in result.stderr.splitlines() if line.startswith("PEAK_KB")][-1].split()[1]) / 1024


def timed(command, repeat):
    """Best wall time of `repeat` runs and the peak resident memory (MiB) of the best one."""
    return min((run_once(command) for _ in range(repeat)), key=lambda run: run[0])


def timed_alternating(commands, repeat):
    """For each of `commands` (functions of the round, giving the command line), the best of `repeat` runs, the
    commands taking turns within each round."""
    best = [None] * len(commands)
    for round_number in range(repeat):
        for index, command in enumerate(commands):
            run = run_once(command(round_number))
            if best[index] is None or run[0] < best[index][0]:
                best[index] = run
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
    def output_folder(jobs, round_number):
        return os.path.join(work, "runs", f"out-{interviews}-j{jobs}-{round_number}")

    def analyze(jobs):
        return lambda round_number: [binary, "analyze", pipeline, "--jobs", str(jobs), "--out", output_folder(jobs, round_number),
                                     "--key", output_folder(jobs, round_number) + ".key"]

    xmllint = timed(["xmllint", "--stream", "--noout"] + files, repeat)
    one, two = timed_alternating([analyze(1), analyze(2)], repeat)
    out = {jobs: output_folder(jobs, 0) for jobs in (1, 2)}
    sharded_out = os.path.join(work, "runs", f"out-{interviews}-shards2")
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
    runs = os.path.join(args.work, "runs")
    if os.path.exists(runs):
        # Left by a benchmark that was stopped: removed, then a pause so no measured run creates files among them.
        shutil.rmtree(runs)
        print("removed the outputs of an unfinished benchmark; waiting 35 s for the file system to settle …", flush=True)
        time.sleep(35)
    os.makedirs(runs)
    rows = [bench(binary, args.work, size, args.repeat if index == 0 else 1) for index, size in enumerate(sorted(args.sizes))]
    shutil.rmtree(runs, ignore_errors=True)
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
