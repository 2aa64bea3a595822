# Shared by bin/demo and bin/test: find a Python >= 3.12 and make the virtualenv.
# Sourced, not run.

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.14 python3.13 python3.12 \
    "$HOME"/.pyenv/versions/3.14*/bin/python3.14 \
    "$HOME"/.pyenv/versions/3.13*/bin/python3.13 \
    "$HOME"/.pyenv/versions/3.12*/bin/python3.12 \
    python3; do
    [ -n "$candidate" ] || continue
    command -v "$candidate" >/dev/null 2>&1 || [ -x "$candidate" ] || continue
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
      command -v "$candidate" 2>/dev/null || echo "$candidate"
      return 0
    fi
  done
  echo "No Python >= 3.12 found. Install one, or set PYTHON=/path/to/python3.12." >&2
  return 1
}

# ensure_venv [EXTRAS]: create .venv if needed and install the project (editable).
ensure_venv() {
  local extras="${1:-}"
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
    rm -rf .venv
    "$(find_python)" -m venv .venv
  fi
  local log
  log=$(mktemp)
  # pip's output is kept for when something goes wrong; a working install prints nothing.
  if ! .venv/bin/python -m pip install --disable-pip-version-check -e ".${extras:+[$extras]}" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "pip install failed" >&2
    return 1
  fi
  rm -f "$log"
  .venv/bin/python -c 'import django' # fail loudly if the install did not work
}

# ensure_debian_packages: Debian's Chromium for the real-browser tests (Playwright cannot download one
# here), and the text-mode browsers lynx and w3m that the extraction figures render pages with.
ensure_debian_packages() {
  local missing=() package
  for package in chromium lynx w3m; do
    command -v "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# start_throwaway_postgres: a PostgreSQL cluster on 127.0.0.1 in a temporary folder, stopped
# when the calling script exits; sets DATABASE_URL_POSTGRES.
start_throwaway_postgres() {
  local bindir port=54329
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  PG_TMP=$(mktemp -d)
  chown postgres: "$PG_TMP"
  su postgres -c "$bindir/initdb -D $PG_TMP/data -U postgres --auth=trust -E UTF8 --no-instructions" >/dev/null
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  su postgres -c "$bindir/pg_ctl -D $PG_TMP/data -l $PG_TMP/log -w -o '-c listen_addresses=127.0.0.1 -p $port -k $PG_TMP -c fsync=off' start" >/dev/null
  trap "su postgres -c '$bindir/pg_ctl -D $PG_TMP/data -m fast stop' >/dev/null; rm -rf '$PG_TMP'" EXIT
  DATABASE_URL_POSTGRES="postgres://postgres@127.0.0.1:$port/workbench"
  su postgres -c "$bindir/psql -h 127.0.0.1 -p $port -U postgres -qc 'CREATE DATABASE workbench'" >/dev/null
}
