#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what is missing, builds, starts PostgreSQL, Azurite and an SMTP
# server (maildev) on free loopback ports, runs the unit tests, the integration tests on SQLite and again on PostgreSQL, and the
# browser tests in headless Chromium; stops what it started. Exits non-zero if any suite failed.
set -euo pipefail
cd "$(dirname "$0")"
. infra/lib.sh

started=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/academy-test.XXXXXX")
chmod 755 "$work"
cleanup() {
  infra/maildev.sh stop "$work/maildev" > /dev/null 2>&1 || true
  infra/azurite.sh stop "$work/azurite" > /dev/null 2>&1 || true
  infra/postgres.sh stop "$work/postgres" > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

infra/install-prerequisites.sh
dotnet build Soteliiderit.Academy.sln -c Release --nologo -v quiet

infra/postgres.sh start "$work/postgres"
export ACADEMY_TEST_POSTGRES
ACADEMY_TEST_POSTGRES=$(cat "$work/postgres/connection-string")
infra/azurite.sh start "$work/azurite"
export ACADEMY_TEST_AZURITE
ACADEMY_TEST_AZURITE=$(cat "$work/azurite/connection-string")
infra/maildev.sh start "$work/maildev"
export ACADEMY_TEST_SMTP ACADEMY_TEST_MAILDEV
ACADEMY_TEST_SMTP=$(cat "$work/maildev/smtp")
ACADEMY_TEST_MAILDEV=$(cat "$work/maildev/api")

failed=()
suite() {
  local name=$1
  shift
  echo
  echo "=== $name"
  if ! "$@"; then
    failed+=("$name")
  fi
}
test_project() {
  dotnet test "tests/$1" -c Release --no-build --nologo --logger "console;verbosity=minimal"
}

suite "unit" test_project Soteliiderit.Academy.Tests
suite "integration on SQLite" env ACADEMY_TEST_DATABASE=sqlite bash -c "$(declare -f test_project); test_project Soteliiderit.Academy.IntegrationTests"
suite "integration on PostgreSQL" env ACADEMY_TEST_DATABASE=postgres bash -c "$(declare -f test_project); test_project Soteliiderit.Academy.IntegrationTests"
suite "browser" test_project Soteliiderit.Academy.BrowserTests

echo
echo "Test run took $(( $(date +%s) - started )) s."
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All suites passed."
