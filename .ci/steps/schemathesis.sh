#!/usr/bin/env bash
# Fuzz the API against its own OpenAPI schema, as a client would: no 5xx, every
# response (status, content type, headers, body) as documented.
#
# A throwaway SQLite database with the seed article and one published verdict; the
# dev server on a free loopback port; Schemathesis twice: anonymously (reads, and
# every write must be refused cleanly) and with an Editor's token (writes accepted
# and validated). Bounded by --max-examples and an overall timeout.
#
# Knobs: SCHEMATHESIS_MAX_EXAMPLES (default 25), SCHEMATHESIS_TIMEOUT (seconds, 600).
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=.venv/bin/python
ST="$PWD/.venv/bin/schemathesis"
MAX_EXAMPLES=${SCHEMATHESIS_MAX_EXAMPLES:-25}
TIMEOUT=${SCHEMATHESIS_TIMEOUT:-600}

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

export DATABASE_URL="sqlite:///$WORK/db.sqlite3"
export DEBUG=1
# The fuzzer sends thousands of requests a minute; throttling is tested elsewhere.
export API_ANON_RATE=1000000/minute API_USER_RATE=1000000/minute
export LOG_LEVEL=WARNING

$PY manage.py migrate --noinput -v0
$PY manage.py ingest seeds/ >/dev/null
TOKEN=$($PY manage.py shell -v0 -c '
from django.contrib.auth.models import Group, User
from rest_framework.authtoken.models import Token
from claims.models import Claim
from claims.services import review
editor = User.objects.create_user("fuzz-editor")
editor.groups.add(Group.objects.get(name="Editors"))
editor = User.objects.get(pk=editor.pk)
claim = Claim.objects.order_by("id").first()
claim = review.claim_update_review(claim=claim, actor=editor, expected_version=claim.version,
                                   status="drafted", verdict="false", rationale="Fuzz fixture.")
source = review.source_get_or_create(url="https://example.org/fuzz", title="Fuzz", actor=editor)
review.evidence_add(claim=claim, actor=editor, source=source, stance="refutes")
claim.refresh_from_db()
review.claim_publish(claim=claim, actor=editor, expected_version=claim.version)
print(Token.objects.create(user=editor).key)
')

# Schema-valid input may still break a business rule the schema cannot express
# ("publish" needs a drafted verdict, an If-Match must be current, a cursor must
# come from a `next` link); those answers are 400/412/428, documented, in the error
# shape. Every other check runs with its defaults.
cat >"$WORK/schemathesis.toml" <<'TOML'
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "3xx", "400", "401", "403", "404", "409", "412", "428", "429"]
TOML

PORT=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
$PY manage.py runserver --noreload --skip-checks "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"

run() {
  local label=$1
  shift
  echo "--- schemathesis ($label)"
  # From the scratch directory: Schemathesis keeps a .schemathesis/ cache in the cwd.
  (cd "$WORK" && timeout "$TIMEOUT" "$ST" --no-color --config-file "$WORK/schemathesis.toml" run "$BASE/api/v1/schema/" \
    --wait-for-schema 30 \
    --checks all \
    --max-examples "$MAX_EXAMPLES" \
    --seed 20260101 \
    --workers 1 \
    --request-timeout 20 \
    "$@") 2>&1 | sed -E 's/^=+ (.*) =+$/--- schemathesis: \1/'
  # Schemathesis' footer ("=== 2 warnings in 108s ===") reads like a pytest closing
  # line with no test run; the sed above keeps it from being taken for one.
}

status=0
run anonymous || status=1
run editor -H "Authorization: Token $TOKEN" || status=1

if [ $status -ne 0 ]; then
  echo "--- server log (last 80 lines)"
  tail -n 80 "$WORK/server.log"
fi
exit $status
