#!/usr/bin/env bash
# `make slurm-check`: runs the bundled study on a real one-node Slurm cluster as three shards and checks that it
# publishes exactly the bytes (artifacts, manifest, key) of a single-process run.
#
# Needs slurm-wlm and munge (`make slurm-deps`; recipe: ../shared/reference/slurm-single-node.md); starts munged when no
# munge daemon answers, and starts a private slurmctld and slurmd from a configuration in a scratch folder (own
# ports, own state, SLURM_CONF pointing at it), so nothing of a cluster already configured on the machine is
# touched. On exit it stops only the daemons it started, by the pids in their pid files, and removes the scratch folder.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${THEMATIC_BIN:-.build/release/thematic}
PIPELINE=${PIPELINE:-Fixtures/tech-champions/pipeline.yaml}
SHARDS=${SHARDS:-3}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  echo "error: slurm-wlm and munge are not installed (make slurm-deps)"; exit 1
fi

SCRATCH=$(mktemp -d /tmp/thematic-slurm-check.XXXXXX)
chmod 755 "$SCRATCH"
STARTED_MUNGE=""
cleanup() {
  local status=$?
  for pidfile in "$SCRATCH/d.pid" "$SCRATCH/ctld.pid"; do
    if [ -s "$pidfile" ]; then $SUDO kill "$(cat "$pidfile")" 2>/dev/null || true; fi
  done
  if [ -n "$STARTED_MUNGE" ] && [ -s /run/munge/munged.pid ]; then $SUDO kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true; fi
  sleep 1
  [ $status = 0 ] || { echo "--- slurmctld log"; tail -n 20 "$SCRATCH/ctld.log" 2>/dev/null || true; echo "--- slurmd log"; tail -n 20 "$SCRATCH/d.log" 2>/dev/null || true; }
  $SUDO rm -rf "$SCRATCH"
  exit $status
}
trap cleanup EXIT

if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  echo "starting munged"
  $SUDO mkdir -p /run/munge
  $SUDO chown munge:munge /run/munge /etc/munge /var/log/munge /var/lib/munge
  [ -f /etc/munge/munge.key ] || { $SUDO mungekey -c && $SUDO chown munge:munge /etc/munge/munge.key; }
  $SUDO runuser -u munge -- /usr/sbin/munged --force
  STARTED_MUNGE=yes
  munge -n | unmunge >/dev/null
fi

HOST=$(hostname -s)
mkdir -p "$SCRATCH/state" "$SCRATCH/spool"
cat > "$SCRATCH/slurm.conf" <<CONF
ClusterName=thematiccheck
SlurmctldHost=$HOST
SlurmctldPort=16817
SlurmdPort=16818
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$SCRATCH/state
SlurmdSpoolDir=$SCRATCH/spool
SlurmctldLogFile=$SCRATCH/ctld.log
SlurmdLogFile=$SCRATCH/d.log
SlurmctldPidFile=$SCRATCH/ctld.pid
SlurmdPidFile=$SCRATCH/d.pid
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
NodeName=$HOST CPUs=$(nproc) RealMemory=20000 State=UNKNOWN
PartitionName=main Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$SCRATCH/slurm.conf"
$SUDO env SLURM_CONF="$SLURM_CONF" slurmctld
$SUDO env SLURM_CONF="$SLURM_CONF" slurmd
for _ in $(seq 1 60); do
  sinfo -h -o %T 2>/dev/null | grep -q idle && break
  sleep 1
done
sinfo -h -o %T | grep -q idle || { echo "error: the one-node cluster did not come up"; exit 1; }
echo "one-node Slurm cluster up: $(sinfo -h -o '%N %c CPUs %T')"

"$BIN" analyze "$PIPELINE" --out "$SCRATCH/single" --key "$SCRATCH/single.key" > "$SCRATCH/single.txt"
"$BIN" analyze "$PIPELINE" --out "$SCRATCH/slurm" --key "$SCRATCH/slurm.key" --shards "$SHARDS" --executor slurm \
  --work "$SCRATCH/work" --progress > "$SCRATCH/slurm.txt"
echo "job scripts written: $(ls "$SCRATCH/work/slurm" | tr '\n' ' ')"
diff -r "$SCRATCH/single" "$SCRATCH/slurm"
cmp "$SCRATCH/single.key" "$SCRATCH/slurm.key"
# A failing task: a copy of the study whose last transcript has a speaker the study does not know. The run must stop
# with the task's step, shard and log named, and leave the output and key it was to replace exactly as they were.
cp -r "$(dirname "$PIPELINE")" "$SCRATCH/broken"
LAST=$(ls "$SCRATCH/broken/transcripts/"*.xml | sort | tail -n 1)
sed -i '0,/<turn speaker="P[0-9]*"/s//<turn speaker="X9"/' "$LAST"
BEFORE=$(cd "$SCRATCH/slurm" && find . -type f -exec sha256sum {} + | sort | sha256sum)
if "$BIN" analyze "$SCRATCH/broken/pipeline.yaml" --out "$SCRATCH/slurm" --key "$SCRATCH/slurm.key" --shards "$SHARDS" \
     --executor slurm --work "$SCRATCH/work-broken" 2> "$SCRATCH/broken.txt"; then
  echo "error: a run with a broken transcript succeeded"; exit 1
fi
grep -q "(Slurm) failed" "$SCRATCH/broken.txt" && grep -q "unknown speaker 'X9'" "$SCRATCH/broken.txt" && grep -q "logs/step-0-read-" "$SCRATCH/broken.txt" \
  || { echo "error: the failure did not name the task, the problem and the log:"; cat "$SCRATCH/broken.txt"; exit 1; }
[ "$BEFORE" = "$(cd "$SCRATCH/slurm" && find . -type f -exec sha256sum {} + | sort | sha256sum)" ] && cmp -s "$SCRATCH/single.key" "$SCRATCH/slurm.key" \
  || { echo "error: the failed run changed the output or the key"; exit 1; }
echo "slurm-check: a failing task was reported with its log ($(grep -m1 'failed' "$SCRATCH/broken.txt" | cut -c1-90)…); the output and key were left as they were"

echo "slurm-check: --executor slurm --shards $SHARDS published the same $(find "$SCRATCH/slurm" -type f | wc -l) files and key as one process ($(grep 'run digest' "$SCRATCH/slurm.txt" | sed 's/^ *//'))"
