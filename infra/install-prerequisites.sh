#!/usr/bin/env bash
# What the tests need beyond the .NET SDK: Debian's chromium (browser tests) and postgresql-15 (the server
# database), installed by name when missing, and the npm packages pinned in package-lock.json.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

apt_install_missing chromium postgresql-15 python3

cd "$here/.."
# The web project's build runs `npm ci --omit=dev` for the browser client alone, so an up-to-date lock file
# does not mean the test servers (Azurite, the SMTP server) are there.
if [ ! -x node_modules/.bin/azurite ] || [ ! -x node_modules/.bin/maildev ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
