#!/usr/bin/env bash
# Rebuilds the worked example in claims/ from tests/fixtures/ledger-story/ with the current extractor:
# three versions of one developing story and one verdict. Times are pinned (SOURCE_DATE_EPOCH) so that
# re-running it with an unchanged extractor gives byte-identical files; `git diff claims/` then shows
# exactly what a new extractor changed.
set -euo pipefail
cd "$(dirname "$0")/.."
store=claims
story=varna-barrier
fixtures=tests/fixtures/ledger-story
cargo build --quiet 2>/dev/null || cargo build
claims() { ./target/debug/claims "$@"; }

# Remove the previous ledger (keep this script and the README).
rm -rf "$store/stories" "$store/index" "$store/store.json" "$store/.gitignore" "$store/.tmp" "$store/.lock"

# 2024-03-14, 16 and 18, 09:00 UTC: when each version was recorded.
SOURCE_DATE_EPOCH=1710406800 claims track "$fixtures/v1.txt" --story "$story" --published 2024-03-14 \
  --outlet "Ostvik Post" --url https://example.org/ostvik/varna-barrier --store "$store"
SOURCE_DATE_EPOCH=1710579600 claims track "$fixtures/v2.txt" --story "$story" --published 2024-03-16 \
  --outlet "Ostvik Post" --url https://example.org/ostvik/varna-barrier --store "$store"
SOURCE_DATE_EPOCH=1710752400 claims track "$fixtures/v3.txt" --story "$story" --published 2024-03-18 \
  --outlet "Ostvik Post" --url https://example.org/ostvik/varna-barrier --store "$store"

# The verdict goes on the claim about the barrier's cost as version 1 reported it (48 million euros):
# the first claim of version 1 whose text mentions "48 million".
claim=$(claims extract "$fixtures/v1.txt" --published 2024-03-14 --format jsonl | grep '48 million' | head -n 1 \
  | grep -o '"id":"c-[0-9a-f-]*"' | head -n 1 | sed -E 's/.*"(c-[0-9a-f-]+)"/\1/' || true)
if [ -z "$claim" ]; then
  echo "regenerate.sh: no claim of version 1 mentions 48 million" >&2
  exit 1
fi
SOURCE_DATE_EPOCH=1710838800 claims verdict "$claim" --rating false --reviewer "Ostvik Fact Desk" \
  --url https://example.org/factcheck/varna-barrier-cost --date 2024-03-19 \
  --note "The ministry's figures give 84 million euros; the outlet corrected the story on 18 March." --store "$store"

claims log "$story" --store "$store"
