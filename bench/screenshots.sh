#!/usr/bin/env bash
# Screenshot pairs: the same notes built by studysite and by MkDocs Material, at 1280 and 390 px, light and dark.
# Needs the CLI jar (mvn -B -o -q -DskipTests -pl generator/core,generator/cli package), Debian's mkdocs-material
# and chromium. Writes target/screenshots-vs-mkdocs/{studysite,mkdocs}-PAGE-WIDTH-SCHEME.png.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$repo/target/screenshots-vs-mkdocs
corpus=${AWSDOCS:-/work/shared/corpora/awsdocs-1k}
rm -rf "$out/work"
# Two vaults, each built by both tools: the repository's sample vault (Obsidian and Jekyll notes), and a few AWS
# docs pages (plain GFM, one with code) on their own, so each keeps its own titles.
mkdir -p "$out/work/sample/docs" "$out/work/aws/docs"
cp "$repo"/content/*.md "$repo"/content/studysite.yml "$out/work/sample/docs/"
for page in sqs/FIFO-key-terms lambda/access-control-identity-based kms/abac; do
  mkdir -p "$out/work/aws/docs/$(dirname $page)"
  cp "$corpus/$page.md" "$out/work/aws/docs/$page.md"
done
for vault in sample aws; do
  # One MkDocs site per scheme: Material picks its palette in script, from its own storage, whatever the
  # browser's preferred scheme, so a headless dark shot of a two-palette site comes out light.
  for scheme in light dark; do
    palette=default; [ "$scheme" = dark ] && palette=slate
    cat > "$out/work/$vault/mkdocs.yml" <<YML
site_name: AWS Developer Associate — study notes
use_directory_urls: false
theme:
  name: material
  features: [navigation.sections, toc.follow, search.highlight]
  palette:
    scheme: $palette
markdown_extensions: [toc, tables, admonition, attr_list, pymdownx.highlight, pymdownx.superfences]
YML
    (cd "$out/work/$vault" && mkdocs build -q -d "$out/work/$vault/mkdocs-$scheme")
  done
  java -jar "$repo/generator/cli/target/studysite.jar" build --content "$out/work/$vault/docs" --out "$out/work/$vault/studysite-site" >/dev/null 2>&1 || true
done

# name | vault | studysite page | MkDocs page
pages=(
  "developer-associate|sample|aws-developer-associate.html|AWS Developer Associate.html"
  "jekyll-notes|sample|aws-certified-developer-notes.html|aws-certified-developer-notes.html"
  "sqs-fifo|aws|sqs/fifo-key-terms.html|sqs/FIFO-key-terms.html"
  "lambda-code|aws|lambda/access-control-identity-based.html|lambda/access-control-identity-based.html"
)
shot() { # file url width height scheme
  local scheme=1; [ "$5" = dark ] && scheme=0
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --disable-background-networking --no-first-run \
    --user-data-dir="$out/work/profile" --blink-settings=preferredColorScheme=$scheme --virtual-time-budget=3000 \
    --window-size="$3,$4" --screenshot="$1" "$2" >/dev/null 2>&1
}
for entry in "${pages[@]}"; do
  IFS='|' read -r name vault ours theirs <<< "$entry"
  for size in 1280x900 390x844; do
    for scheme in light dark; do
      w=${size%x*}; h=${size#*x}
      shot "$out/$name-$w-$scheme-studysite.png" "file://$out/work/$vault/studysite-site/$ours" "$w" "$h" "$scheme"
      shot "$out/$name-$w-$scheme-mkdocs.png" "file://$out/work/$vault/mkdocs-$scheme/${theirs// /%20}" "$w" "$h" "$scheme"
    done
  done
done
ls "$out"/*.png | wc -l
