#!/usr/bin/env bash
# Renders the sample documents of docs/report/ and their page images (opt-in; not part of `mvn -B verify`).
# Needs: the built CLI (mvn -B -q -DskipTests install), LibreOffice and poppler-utils:
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation
# Times New Roman is replaced by the metric-compatible Liberation Serif on Linux.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/examples/cli/target/kdclgd.jar"
samples="$here/samples"
pages="$here/pages"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$samples" "$pages"
command -v soffice >/dev/null || { echo "soffice (LibreOffice) not found; see the comment at the top" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm (poppler-utils) not found" >&2; exit 2; }

# The two regimes from the illustration inputs (ReportSamples), through the CLI's --sample option.
for regime in tt57 tt2018; do
  for doc in report plan council-decision criterion-forms improvement-plan evidence-list data-tables; do
    java -jar "$jar" report --sample "$regime" --document "$doc" --out "$samples/$regime-$doc.docx" > /dev/null \
      || echo "($regime has no $doc document)"
  done
  for doc in evidence-list data-tables results-summary; do
    java -jar "$jar" report --sample "$regime" --document "$doc" --out "$samples/$regime-$doc.xlsx" > /dev/null
  done
done
# PDF, then PNG images of the first pages (50 dpi thumbnails are enough to see the layout).
for f in "$samples"/*.docx; do
  name="$(basename "$f" .docx)"
  soffice --headless --convert-to pdf --outdir "$work" "$f" > /dev/null 2>&1
  rm -f "$pages/$name"-*.png
  pdftoppm -r 60 -png -f 1 -l "${PAGES:-4}" "$work/$name.pdf" "$pages/$name"
done
ls -1 "$samples" "$pages"
