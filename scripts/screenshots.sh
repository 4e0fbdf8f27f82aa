#!/usr/bin/env bash
# Renders built pages in headless Chromium (Debian `chromium`, fonts `fonts-noto-core fonts-noto-cjk`):
#  1. checks, in the browser, that each page's computed direction matches its dir attribute (rtl for Arabic)
#     and that nothing overflows the viewport at a narrow width (500 px, headless Chromium's smallest window) and a desktop width (1000 px);
#  2. saves screenshots of the en, ar, am and ko notice pages to docs/screenshots/.
# Usage: scripts/screenshots.sh [OUTPUT]   (default: a fresh `jeju build --pseudo` of this project into build/)
# Exit 1 when a check fails, 2 when Chromium is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "screenshots: chromium not found (apt-get install -y chromium fonts-noto-core fonts-noto-cjk)" >&2
  exit 2
fi
out=${1:-build}
if [ $# -eq 0 ]; then
  swift build -q
  .build/debug/jeju build --pseudo
fi
out=$(cd "$out" && pwd)
id=$(basename "$(ls locales/en/notices/* | head -1)" | sed 's/\.[a-z]*$//')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --allow-file-access-from-files --user-data-dir="$work/profile")
# The check runs in a copy of the page (the built pages carry no script): it writes its verdict into the DOM.
cat > "$work/check.js" <<'JS'
addEventListener("load", () => {
  const root = document.documentElement, width = root.clientWidth;
  const overflowing = [...document.querySelectorAll("body *")].filter((e) => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && !e.closest(".skip, .visually-hidden") && (box.right > width + 1 || box.left < -1);
  }).map((e) => e.tagName.toLowerCase() + (e.className ? "." + e.className : ""));
  const out = document.createElement("output");
  out.id = "jeju-check";
  out.textContent = JSON.stringify({dir: getComputedStyle(root).direction, attr: root.dir,
    scroll: root.scrollWidth, width, overflow: overflowing.slice(0, 5)});
  document.body.append(out);
});
JS
status=0
for tag in $(ls "$out/site" | grep -v '\.'); do
  page="$out/site/$tag/notices/$id.html"
  [ -f "$page" ] || continue
  copy="$out/site/$tag/notices/.check-$id.html"
  sed "s#</body>#<script src=\"file://$work/check.js\"></script></body>#" "$page" > "$copy"
  for width in 500 1000; do
    result=$("$chrome" "${flags[@]}" --window-size=$width,900 --virtual-time-budget=3000 --dump-dom "file://$copy" 2>/dev/null \
      | sed -n 's#.*<output id="jeju-check">\(.*\)</output>.*#\1#p')
    verdict=ok
    case "$result" in
      "") verdict="no result" ;;
      *'"overflow":[]'*) ;;
      *) verdict="overflow" ;;
    esac
    dir=$(sed -n 's/.*"dir":"\([a-z]*\)".*/\1/p' <<<"$result")
    attr=$(sed -n 's/.*"attr":"\([a-z]*\)".*/\1/p' <<<"$result")
    [ "$verdict" = ok ] && [ "$dir" != "$attr" ] && verdict="direction $dir, expected $attr"
    printf '%-6s %5spx  %-4s %s\n' "$tag" "$width" "$dir" "$verdict"
    [ "$verdict" = ok ] || { echo "  $result" >&2; status=1; }
  done
  rm -f "$copy"
done
for tag in en ar am ko; do
  "$chrome" "${flags[@]}" --window-size=1000,1300 --screenshot="$PWD/docs/screenshots/$tag.png" \
    "file://$out/site/$tag/notices/$id.html" >/dev/null 2>&1
  echo "docs/screenshots/$tag.png"
done
exit $status
