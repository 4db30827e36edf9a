#!/bin/sh
# Rebuilds webroot/vendor/codemirror/codemirror.js from the pinned versions in package.json, and
# the ChangeSet reference vectors for ChangeSetReferenceTest. Needs Node.js and the npm registry;
# the server, its tests and CI do not run this (the outputs are committed).
set -e
cd "$(dirname "$0")"
npm install --no-audit --no-fund --ignore-scripts=false
npx esbuild entry.js --bundle --format=esm --minify --legal-comments=none \
  --outfile=../../../../webroot/vendor/codemirror/codemirror.js
node vectors.mjs
