#!/usr/bin/env bash
# npm test：一条命令跑完全部检查。任何一步失败即退出非零。
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "install the reminder service's own dependencies if missing"
[ -d server/node_modules ] || npm ci --prefix server

step "typecheck (app + domain, then server)"
npx tsc --noEmit -p tsconfig.json
npm --prefix server run --silent typecheck

step "lint (src/domain must stay pure)"
npx eslint .
node --test tests/tooling/

step "domain tests in three time zones (results must not depend on the phone's zone)"
for zone in America/Los_Angeles Asia/Shanghai Pacific/Kiritimati; do
  echo "-- TZ=$zone"
  TZ=$zone npx jest --selectProjects domain --silent
done

step "the after-answer filings' .docx opened by a real word processor (LibreOffice headless → PDF, text checked)"
node --import tsx --test tests/docx/

step "app tests (pages, storage, services) on the Taro H5 runtime"
npx jest --selectProjects app --silent

step "production WeChat build and the main-package budget"
# Built against a reserved origin (.invalid never resolves) that only the weapp harness maps to the local reminder service.
TARO_APP_API_BASE=https://yingsu-api.invalid npm run --silent build:weapp > /tmp/yingsu-weapp-build.log 2>&1 || { tail -50 /tmp/yingsu-weapp-build.log; exit 1; }
node scripts/checkMainPackageSize.mjs
node scripts/checkWeappAria.mjs

step "the WeChat build in a mini-program runtime: every page in app.json, the journeys, the privacy declaration"
npm run --silent test:weapp

step "H5 build and the end-to-end tests in headless Chromium"
npm run --silent build:h5 > /tmp/yingsu-h5-build.log 2>&1 || { tail -50 /tmp/yingsu-h5-build.log; exit 1; }
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || { echo "Chromium is missing: apt-get install -y chromium (.ci/run does this)"; exit 1; }
node --test --test-concurrency=1 tests/e2e/

step "reminder service tests against PGlite and PostgreSQL (127.0.0.1:5432, database test)"
npm --prefix server test

step "reminder service fault tests: kill -9 the dispatcher mid-batch; two instances on one PostgreSQL"
npm --prefix server run test:fault
