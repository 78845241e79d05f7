/**
 * The bash script for a Kubernetes rollout through kubectl on the host: note the current image, set the
 * new one (or apply a manifest), wait for the rollout; on failure collect the events and undo.
 *
 * Setting the image a deployment already has is a no-op in Kubernetes (the pod template does not change,
 * no new ReplicaSet), so that case reports the host unchanged. What an applied manifest changes cannot be
 * told without reading kubectl's output, so applying one always counts as a change.
 */
import {shellQuote as q} from '@deploy-actions/ssh/shell-quote'
import type {KubernetesInputs} from './inputs'

export function kubernetesScript(
  k: KubernetesInputs,
  image: string,
  markerPrefix: string,
  manifest: string | undefined,
  heredocEnd: string,
): string {
  const seconds = Math.max(1, Math.ceil(k.rolloutTimeoutMs / 1000))
  const ns = k.namespace ? ` --namespace ${q(k.namespace)}` : ''
  const jsonpath = `jsonpath={.spec.template.spec.containers[?(@.name=="${k.container}")].image}`
  const target = q(`deployment/${k.deployment}`)
  const change =
    manifest === undefined
      ? `k set image ${target} ${q(`${k.container}=${image}`)}${ns}`
      : // A quoted here-document: the shell expands nothing in it, and the random end line cannot occur in it.
        `k apply${ns} -f - <<'${heredocEnd}'\n${manifest.replace(/\n?$/, '\n')}${heredocEnd}`
  return `
k() { ${k.kubectl.map(q).join(' ')} "$@"; }
report() { printf '%s %s %s\\n' ${q(markerPrefix)} "$1" "$2"; }

previous_image=$(k get ${target}${ns} -o ${q(jsonpath)}${manifest === undefined ? '' : ' 2>/dev/null || true'})
${
  manifest === undefined
    ? `if [ -z "$previous_image" ]; then
  report failure ${q(`deployment ${k.deployment} has no container named ${k.container}`)}
  exit 1
fi`
    : ''
}
report previous-image "$previous_image"
${
  manifest === undefined
    ? `if [ "$previous_image" = ${q(image)} ]; then report unchanged true; else report changed true; fi`
    : 'report changed true'
}
${change}
if ! k rollout status ${target}${ns} --timeout=${seconds}s; then
  report failure ${q(`the rollout of deployment ${k.deployment} did not finish within ${seconds}s`)}
  k get events${ns} --sort-by=.lastTimestamp 2>&1 | tail -n 20 | while IFS= read -r line; do report detail "$line"; done || true
  if [ -n "$previous_image" ]; then
    report changed true
    k rollout undo ${target}${ns}
    report rolled-back true
  fi
  exit 1
fi
report deployed-image ${q(image)}
`
}
