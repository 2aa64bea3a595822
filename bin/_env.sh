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
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip 2>&1 | grep -v "is ignored" || true
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras:+[$extras]}" 2>&1 \
    | grep -v "is ignored" || true
  .venv/bin/python -c 'import django' # fail loudly if the install did not work
}

# ensure_chromium: Debian's Chromium for the real-browser tests (Playwright cannot download one here).
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}
