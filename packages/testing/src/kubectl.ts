/**
 * A recording stand-in for `kubectl` (and `microk8s kubectl`) on an SSH test host. No Kubernetes API
 * server can run on this machine (no kind, k3s or microk8s), so this script plays one deployment: it
 * records every call, keeps the deployment's image in a file, and answers `get -o jsonpath`, `set image`,
 * `apply -f -`, `rollout status|undo` and `get events` with the output formats kubectl documents. A file
 * named `fail-rollout` beside it makes `rollout status` fail as a stuck rollout does.
 */
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {tempDir} from './temp'

const KUBECTL = `#!/bin/bash
set -eu
dir=$(dirname "$0")
(IFS=' '; printf '%s\\n' "$*") >>"$dir/calls.log"
name() { for a in "$@"; do case "$a" in deployment/*) echo "\${a#deployment/}"; return ;; esac; done; }
case "$1 $2" in
  'get deployment/'*)
    cat "$dir/image" ;;
  'set image')
    cp "$dir/image" "$dir/image.before"
    printf '%s' "\${4#*=}" >"$dir/image"
    echo "deployment.apps/$(name "$@") image updated" ;;
  'apply -f'|'apply --namespace')
    cat >"$dir/applied.yaml"
    cp "$dir/image" "$dir/image.before"
    sed -n 's/^ *image: *//p' "$dir/applied.yaml" | head -n 1 | tr -d '\\n' >"$dir/image"
    echo "deployment.apps/applied configured" ;;
  'rollout status')
    if [ -e "$dir/fail-rollout" ]; then
      echo "Waiting for deployment \\"$(name "$@")\\" rollout to finish: 0 of 1 updated replicas are available..."
      echo "error: deployment \\"$(name "$@")\\" exceeded its progress deadline" >&2
      exit 1
    fi
    echo "deployment \\"$(name "$@")\\" successfully rolled out" ;;
  'rollout undo')
    cp "$dir/image.before" "$dir/image"
    echo "deployment.apps/$(name "$@") rolled back" ;;
  'get events')
    echo 'LAST SEEN   TYPE      REASON    OBJECT                     MESSAGE'
    echo "12s         Warning   Failed    pod/web-6d4cf56db6-x2x8q   Failed to pull image \\"$(cat "$dir/image")\\": not found" ;;
  *) echo "stand-in kubectl: unexpected call: $*" >&2; exit 2 ;;
esac
`

const MICROK8S = `#!/bin/bash
[ "$1" = kubectl ] || { echo "microk8s: unknown command $1" >&2; exit 1; }
shift
exec "$(dirname "$0")/kubectl" "$@"
`

export interface KubectlStandIn {
  dir: string
  /** The kubectl command (a path). */
  kubectl: string
  /** The `microk8s kubectl` form of the same command. */
  microk8s: string
  /** Every call so far, one argv joined by spaces per entry. */
  calls(): string[]
  /** The deployment's current image. */
  image(): string
  /** Makes every later `rollout status` fail. */
  failRollouts(): void
}

export function kubectlStandIn(image: string): KubectlStandIn {
  const dir = tempDir('kubectl-')
  writeFileSync(join(dir, 'kubectl'), KUBECTL)
  writeFileSync(join(dir, 'microk8s'), MICROK8S)
  chmodSync(join(dir, 'kubectl'), 0o755)
  chmodSync(join(dir, 'microk8s'), 0o755)
  writeFileSync(join(dir, 'image'), image)
  const log = join(dir, 'calls.log')
  return {
    dir,
    kubectl: join(dir, 'kubectl'),
    microk8s: `${join(dir, 'microk8s')} kubectl`,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n') : []),
    image: () => readFileSync(join(dir, 'image'), 'utf8'),
    failRollouts: () => writeFileSync(join(dir, 'fail-rollout'), ''),
  }
}
