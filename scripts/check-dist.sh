#!/usr/bin/env bash
# Rebuilds every action's bundle and fails when the committed dist/ differs from what the sources build.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm run build

changes=$(git status --porcelain -- 'actions/*/dist/*')
if [ -n "$changes" ]; then
  echo "::error::The committed dist/ bundles are stale. Run 'pnpm build' and commit the result."
  echo "$changes"
  git --no-pager diff --stat -- 'actions/*/dist/*'
  exit 1
fi
echo "check-dist: every dist/ bundle matches its sources."
