# ./platform test: every tier, on real RabbitMQ, PostgreSQL and Chromium; ends with "N passed, N failed".

RESULTS="$STATE/test-results"
PASSED=0
FAILED=0
TIER_FAILURES=()

count_tier() {
  local name="$1" passed="$2" failed="$3" status="$4"
  PASSED=$((PASSED + passed)); FAILED=$((FAILED + failed))
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # A tier that crashed before reporting counts as one failure, never as a pass.
    FAILED=$((FAILED + 1)); TIER_FAILURES+=("$name (exit $status)")
  elif [ "$failed" -gt 0 ]; then TIER_FAILURES+=("$name"); fi
  printf '  %-28s %5d passed, %d failed\n' "$name" "$passed" "$failed"
}

tier_dotnet() {
  log "tier: C# unit and integration tests (xunit, real RabbitMQ and PostgreSQL)"
  local dir="$RESULTS/dotnet" status=0 passed=0 failed=0 f p x
  rm -rf "$dir"; mkdir -p "$dir"
  dotnet test "$ROOT/Platform.sln" -c Release --nologo -v q --logger "trx" --logger "console;verbosity=minimal" \
    --results-directory "$dir" 2>&1 | tee "$LOGS/test-dotnet.log" | grep -E "^(Passed|Failed)!|error|\[FAIL\]|Failed [A-Za-z]" || true
  status=${PIPESTATUS[0]}
  for f in "$dir"/*.trx; do
    [ -e "$f" ] || continue
    p="$(grep -o '<Counters [^>]*' "$f" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')"
    x="$(grep -o '<Counters [^>]*' "$f" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')"
    passed=$((passed + ${p:-0})); failed=$((failed + ${x:-0}))
  done
  DOTNET_RESULT=("$passed" "$failed" "$status")
}

# Two checks: the WebSocket types against the protocol schema, the dashboard's REST clients against the
# committed OpenAPI documents (each service's C# test checks its document against what it serves).
tier_typegen() {
  log "tier: generated TypeScript types are current (WebSocket schema, REST OpenAPI documents)"
  local passed=0 failed=0
  if (cd "$ROOT/tools/wss-typegen" && npm ci --no-audit --no-fund >"$LOGS/typegen-npm.log" 2>&1 && node gen.mjs --check); then
    passed=$((passed + 1)); else failed=$((failed + 1)); fi
  if (cd "$ROOT/services/bridge-web" && npm ci --no-audit --no-fund >"$LOGS/typegen-rest-npm.log" 2>&1 && node scripts/sync-rest.mjs --check); then
    passed=$((passed + 1)); else failed=$((failed + 1)); fi
  TYPEGEN_RESULT=("$passed" "$failed" "$((failed > 0 ? 1 : 0))")
}

# vitest in a package: "npm test" must accept "--reporter=json --outputFile=FILE".
tier_vitest() {
  local package="$1" file="$RESULTS/vitest-$(basename "$1").json" status=0 passed=0 failed=0
  log "tier: $package unit tests (vitest)"
  rm -f "$file"
  (cd "$ROOT/$package" && npm ci --no-audit --no-fund >"$LOGS/npm-$(basename "$package").log" 2>&1 \
    && npx --no-install vitest run --reporter=default --reporter=json --outputFile="$file") || status=$?
  if [ -s "$file" ]; then
    passed="$(node -e "const r=require('$file');console.log(r.numPassedTests)")"
    failed="$(node -e "const r=require('$file');console.log(r.numFailedTests)")"
  fi
  VITEST_RESULT=("$passed" "$failed" "$status")
}

# Browser tests: node's test runner driving Debian's Chromium through playwright-core.
tier_browser() {
  local dir="$ROOT/tests/e2e" status=0 passed=0 failed=0 out="$RESULTS/e2e.tap"
  log "tier: browser, end-to-end and deployment tests (headless Chromium, real stack)"
  ensure_chromium
  ensure_docker_compose
  (cd "$dir" && npm ci --no-audit --no-fund >"$LOGS/npm-e2e.log" 2>&1 \
    && node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$out" "$dir"/*.test.mjs) || status=$?
  if [ -s "$out" ]; then
    passed="$(grep -E '^# pass ' "$out" | awk '{s+=$3} END {print s+0}')"
    failed="$(grep -E '^# fail ' "$out" | awk '{s+=$3} END {print s+0}')"
  fi
  BROWSER_RESULT=("$passed" "$failed" "$status")
}

cmd_test() {
  local started=$SECONDS
  # The browser tiers start services from bin/Release; a developer's private artifacts path would hide them.
  unset PLATFORM_ARTIFACTS
  mkdir -p "$RESULTS"
  ensure_infra
  ensure_chromium
  export RABBITMQ_URL POSTGRES_URL RABBITMQ_MANAGEMENT_URL CHROMIUM_PATH
  export PLATFORM_SIGNING_KEY="${PLATFORM_SIGNING_KEY:-$(signing_key)}"
  log "restoring and building"
  dotnet restore "$ROOT/Platform.sln" -v q >"$LOGS/restore.log" 2>&1 || { tail -20 "$LOGS/restore.log"; die "dotnet restore failed"; }
  dotnet build "$ROOT/Platform.sln" -c Release --no-restore -nologo -v q -clp:ErrorsOnly >"$LOGS/test-build.log" 2>&1 \
    || { tail -40 "$LOGS/test-build.log"; count_tier "build" 0 1 1; summary $started; return 1; }

  local results=()
  tier_dotnet; results+=("dotnet:${DOTNET_RESULT[*]}")
  tier_typegen; results+=("typegen:${TYPEGEN_RESULT[*]}")
  local package
  for package in services/bridge-web agent; do
    if [ -f "$ROOT/$package/package.json" ]; then tier_vitest "$package"; results+=("$package:${VITEST_RESULT[*]}"); fi
  done
  if [ -f "$ROOT/tests/e2e/package.json" ]; then tier_browser; results+=("browser:${BROWSER_RESULT[*]}"); fi

  echo
  echo "Test tiers:"
  local r name values
  for r in "${results[@]}"; do
    name="${r%%:*}"; read -ra values <<<"${r#*:}"
    count_tier "$name" "${values[0]}" "${values[1]}" "${values[2]}"
  done
  summary $started
  [ "$FAILED" -eq 0 ]
}

summary() {
  echo "took $((SECONDS - $1)) s"
  if [ "${#TIER_FAILURES[@]}" -gt 0 ]; then echo "failing tiers: ${TIER_FAILURES[*]}"; fi
  echo "$PASSED passed, $FAILED failed"
}
