# Shared by scripts/run and scripts/test: find Python >= 3.12, keep .venv in step with the
# requirements, and make sure PostgreSQL answers. Source it; do not run it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
cd "$ROOT"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[31mError: %s\033[0m\n' "$*" >&2; exit 1; }

python_ok() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

find_python() {
    local candidate
    if [ -n "${PYTHON:-}" ]; then
        python_ok "$PYTHON" && { echo "$PYTHON"; return; }
        die "PYTHON=$PYTHON is not Python 3.12 or newer."
    fi
    for candidate in python3.14 python3.13 python3.12 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$(command -v "$candidate")"; then
            command -v "$candidate"; return
        fi
    done
    # pyenv keeps versions off PATH until one is selected; look in its folder directly.
    local pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
    for candidate in $(ls -d "$pyenv_root"/versions/3.1[2-9]* 2>/dev/null | sort -rV); do
        if python_ok "$candidate/bin/python"; then echo "$candidate/bin/python"; return; fi
    done
    die "ZebraMedic needs Python 3.12 or newer and none was found.
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install python3.12 python3.12-venv
  macOS:          brew install python@3.13
  pyenv:          pyenv install 3.13
or point PYTHON=/path/to/python3.12 at one you have."
}

# ensure_venv REQUIREMENTS_FILE: create .venv if needed and install when the requirements changed.
ensure_venv() {
    local requirements="$1" python stamp wanted
    if [ ! -x "$VENV/bin/python" ] || ! python_ok "$VENV/bin/python"; then
        python="$(find_python)"
        say "Creating the virtual environment with $("$python" --version) ($python)"
        rm -rf "$VENV"
        "$python" -m venv "$VENV" || die "Could not create $VENV (on Debian/Ubuntu: apt-get install python3-venv)."
    fi
    stamp="$VENV/.installed-$(basename "$requirements")"
    wanted="$(cat requirements*.txt | sha256sum | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
        say "Installing $requirements"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" \
            || die "pip could not install $requirements."
        echo "$wanted" > "$stamp"
    fi
    export PATH="$VENV/bin:$PATH"
}

# ensure_postgres: start the local cluster when it is down, then wait for it to answer.
ensure_postgres() {
    local url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/zebramedic}"
    if "$VENV/bin/python" "$ROOT/scripts/postgres.py" ping "$url"; then return; fi
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
        say "Starting the local PostgreSQL cluster"
        local version
        for version in $(ls /etc/postgresql); do
            pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
        done
        for _ in $(seq 1 30); do
            "$VENV/bin/python" "$ROOT/scripts/postgres.py" ping "$url" && return
            sleep 1
        done
    fi
    die "PostgreSQL does not answer at $url.
Install and start it (Debian/Ubuntu: sudo apt-get install postgresql), or set DATABASE_URL to one you have."
}

# ensure_command COMMAND DEBIAN_PACKAGE: install a missing tool from Debian's packages when we can.
ensure_command() {
    command -v "$1" >/dev/null 2>&1 && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing $2 (for $1)"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null \
            || die "apt-get could not install $2."
    else
        die "$1 is missing. Install it (Debian/Ubuntu: sudo apt-get install $2)."
    fi
}

# ensure_node_modules: `npm ci` when node_modules is missing or older than package-lock.json.
ensure_node_modules() {
    local stamp="$ROOT/node_modules/.installed-package-lock" wanted
    wanted="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then return; fi
    say "Installing the npm packages of package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error || die "npm ci could not install package-lock.json."
    echo "$wanted" > "$stamp"
}
