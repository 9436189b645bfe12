#!/usr/bin/env bash
# The AMP Project's validator (validator_wasm.js, the file amphtml-validator downloads from
# cdn.ampproject.org, which this machine cannot reach), taken from the copy Next.js 15 ships in its
# npm package into .artifacts/amp/. Prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
target=.artifacts/amp/validator_wasm.js
if [ ! -f "$target" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent next@15.5.4 > /dev/null && tar -xzf next-15.5.4.tgz package/dist/compiled/amphtml-validator/validator_wasm.js)
  mkdir -p "$(dirname "$target")"
  cp "$work/package/dist/compiled/amphtml-validator/validator_wasm.js" "$target"
fi
echo "$PWD/$target"
