#!/usr/bin/env bash
# WordPress's own wp-embed.js, the script a WordPress post runs around an embedded chart page, taken
# out of Debian's wordpress package (no PHP needed) into .artifacts/wordpress/. Prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
target=.artifacts/wordpress/wp-embed.js
if [ ! -f "$target" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # A machine whose package lists were never fetched needs them first.
  (cd "$work" && apt-get download -qq wordpress 2>/dev/null) || { apt-get update -qq && (cd "$work" && apt-get download -qq wordpress 2>/dev/null); }
  (cd "$work" && dpkg-deb -x wordpress_*.deb extracted)
  mkdir -p "$(dirname "$target")"
  cp "$work/extracted/usr/share/wordpress/wp-includes/js/wp-embed.js" "$target"
fi
echo "$PWD/$target"
