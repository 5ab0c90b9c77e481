#!/usr/bin/env bash
# Builds the JMH benchmarks jar and runs the benchmarks with the options in their annotations (the
# ones the figures in README.md come from). Results: JSON and the full JMH log in
# examples/benchmarks/target/. "all" takes about 3 minutes on a 2-core machine.
#
#   examples/benchmarks/run.sh            # NationalRatingBenchmark, then CatalogLoadBenchmark
#   examples/benchmarks/run.sh national   # NationalRatingBenchmark only
#   examples/benchmarks/run.sh load       # CatalogLoadBenchmark only
#   examples/benchmarks/run.sh onecpu     # NationalRatingBenchmark pinned to one CPU (taskset -c 0)
#   examples/benchmarks/run.sh gc         # short NationalRatingBenchmark run with -prof gc (allocation)
#   examples/benchmarks/run.sh review     # StatisticsBenchmark and AssessmentLoadBenchmark (embedded PostgreSQL,
#                                         # 10,000 schools; about 8 minutes)
#   examples/benchmarks/run.sh import     # ImportBenchmark: kdclgd's importer vs fastexcel-reader, EasyExcel, POI on
#                                         # generated 200,000- and 1,000,000-row CSDL exports (each read in its own JVM;
#                                         # 10–15 minutes, plus about 1.5 minutes to generate the files the first time).
#                                         # Extra arguments go to ImportBenchmark, e.g. run.sh import --forks=1 --readers=ours,fastexcel
#   examples/benchmarks/run.sh report     # ReportContentCheck (what each contender's DOCX holds), ReportRenderBenchmark with
#                                         # -prof gc (kdclgd-report vs poi-tl vs POI XWPF, TT18 and TT57 samples; about 2 min),
#                                         # then EvidenceAppendixMemory (20,000-row evidence list at -Xmx256m and a heap ladder,
#                                         # one JVM per render; 1–1.5 min). Extra arguments go to JMH, e.g. run.sh report -p kind=REPORT
set -euo pipefail
cd "$(dirname "$0")/../.."

what="${1:-all}"
case "$what" in
  all|national|load|onecpu|gc|review|import|report) ;;
  *) echo "usage: $0 [all|national|load|onecpu|gc|review|import [ImportBenchmark options]|report [JMH options]]" >&2; exit 2 ;;
esac
shift || true

mvn -B -q -Pbenchmarks -pl examples/benchmarks -am package -DskipTests
JAR=examples/benchmarks/target/benchmarks.jar
OUT=examples/benchmarks/target

if [[ "$what" == all || "$what" == national ]]; then
  java -jar "$JAR" NationalRatingBenchmark -rf json -rff "$OUT/national.json" | tee "$OUT/national.log"
fi
if [[ "$what" == all || "$what" == load ]]; then
  java -jar "$JAR" CatalogLoadBenchmark -rf json -rff "$OUT/catalog-load.json" | tee "$OUT/catalog-load.log"
fi
if [[ "$what" == review ]]; then
  java -jar "$JAR" StatisticsBenchmark -rf json -rff "$OUT/statistics.json" | tee "$OUT/statistics.log"
  java -jar "$JAR" AssessmentLoadBenchmark -rf json -rff "$OUT/assessment-load.json" | tee "$OUT/assessment-load.log"
fi
if [[ "$what" == onecpu ]]; then
  # The forked benchmark JVMs inherit the CPU mask: with one CPU the JVM picks the Serial GC and
  # JIT-compiles on the same CPU as the benchmark thread.
  taskset -c 0 java -jar "$JAR" NationalRatingBenchmark -rf json -rff "$OUT/national-1cpu.json" | tee "$OUT/national-1cpu.log"
fi
if [[ "$what" == gc ]]; then
  java -jar "$JAR" NationalRatingBenchmark -f 1 -wi 3 -i 3 -prof gc | tee "$OUT/national-gc.log"
fi
if [[ "$what" == import ]]; then
  # A small heap for the harness itself; every read runs in a JVM of its own with the -Xmx under test.
  java -Xmx256m -cp "$JAR" vn.kdclgd.benchmarks.imports.ImportBenchmark "$@" | tee "$OUT/import-bench.log"
fi
if [[ "$what" == report ]]; then
  java -cp "$JAR" vn.kdclgd.benchmarks.report.ReportContentCheck | tee "$OUT/report-content.md"
  java -jar "$JAR" ReportRenderBenchmark -prof gc -rf json -rff "$OUT/report-render.json" "$@" | tee "$OUT/report-render.log"
  # A small heap for the harness; every render runs in a JVM of its own with the -Xmx under test.
  java -Xmx256m -cp "$JAR" vn.kdclgd.benchmarks.report.EvidenceAppendixMemory | tee "$OUT/report-memory.log"
fi
