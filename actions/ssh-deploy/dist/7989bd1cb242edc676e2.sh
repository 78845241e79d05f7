# Replaces a Docker container on the host: pull first (nothing touched if that fails), leave a running,
# healthy container that already matches the deployment alone, otherwise keep it stopped under
# `<name>-previous`, start the new one, wait for it to be healthy, then remove the old one; if it is not
# healthy, put the old one back.
#
# ssh-deploy sends this file after a preamble of single-quoted assignments (docker-script.ts); it holds no
# values of its own. Set by the preamble: docker_cmd, publish_args, docker_args and container_env (arrays),
# marker, name, image, health_cmd, health_url, health_timeout, stop_timeout, restart_policy, force,
# label_key, settings_hash, state_format.
# shellcheck disable=SC2154

d() { "${docker_cmd[@]}" "$@"; }
report() { printf '%s %s %s\n' "$marker" "$1" "$2"; }
previous="$name-previous"
exists() { d container inspect "$1" >/dev/null 2>&1; }
fetch() {
  if command -v curl >/dev/null 2>&1; then curl -fsS -o /dev/null --max-time 5 "$1"
  else wget -q -O /dev/null -T 5 "$1"; fi
}

if [ -n "$health_url" ] && ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then
  report failure "health-url needs curl or wget on the host; neither is installed"
  exit 1
fi

# A run stopped half-way leaves the last good container under the -previous name: put it back first.
if exists "$previous"; then
  report changed true
  echo "Restoring $previous, left by an interrupted run, as $name"
  if exists "$name"; then d rm --force "$name" >/dev/null; fi
  d rename "$previous" "$name"
  d start "$name" >/dev/null
fi

echo "Pulling $image"
if ! d pull "$image"; then
  report failure "could not pull $image; the running container was not touched"
  exit 1
fi

# The pulled content decides, not the tag: a tag moved to a new image redeploys.
image_id=$(d image inspect --format '{{.Id}}' "$image")
fingerprint="$settings_hash@$image_id"

# Re-running a deployment that has nothing new must not restart anything.
up_to_date() {
  local state status health label deadline
  state=$(d container inspect --format "$state_format" "$name")
  IFS='|' read -r status health label <<<"$state"
  if [ "$label" != "$fingerprint" ]; then
    echo "$name runs other image content or other docker run settings: replacing it"
    return 1
  fi
  # A HEALTHCHECK that has not concluded yet (a container started moments ago): wait for its verdict
  # rather than restart a container that may well be fine.
  deadline=$(( $(date +%s) + health_timeout ))
  while [ "$status" = running ] && [ "$health" = starting ] && [ "$(date +%s)" -lt "$deadline" ]; do
    sleep 1
    state=$(d container inspect --format "$state_format" "$name")
    IFS='|' read -r status health label <<<"$state"
  done
  if [ "$status" != running ]; then
    echo "$name matches this deployment but is $status: replacing it"
    return 1
  fi
  if [ -n "$health" ] && [ "$health" != healthy ]; then
    echo "$name matches this deployment but its HEALTHCHECK says $health: replacing it"
    return 1
  fi
  if [ -n "$health_cmd" ] && ! bash -c "$health_cmd" >/dev/null 2>&1; then
    echo "$name matches this deployment but health-cmd fails: replacing it"
    return 1
  fi
  if [ -n "$health_url" ] && ! fetch "$health_url" >/dev/null 2>&1; then
    echo "$name matches this deployment but health-url does not answer 2xx: replacing it"
    return 1
  fi
}

previous_image=""
if exists "$name"; then
  previous_image=$(d container inspect --format '{{.Config.Image}}' "$name")
  report previous-image "$previous_image"
  if [ "$force" = true ]; then
    echo "force is set: replacing $name whatever it runs"
  elif up_to_date; then
    echo "$name already runs $image ($image_id) with the same settings and is healthy: left untouched"
    report unchanged true
    report deployed-image "$image"
    exit 0
  fi
fi

report changed true
if [ -n "$previous_image" ]; then
  echo "Stopping $name (running $previous_image)"
  d stop --time "$stop_timeout" "$name" >/dev/null
  d rename "$name" "$previous"
fi

roll_back() {
  report failure "$1"
  logs=$(d logs --tail 30 "$name" 2>&1 || true)
  if [ -n "$logs" ]; then
    printf '%s\n' "$logs" | while IFS= read -r line; do report detail "$line"; done
  else
    report detail "(the new container wrote no log lines)"
  fi
  d container inspect --format '{{if .State.Health}}{{range .State.Health.Log}}{{println "HEALTHCHECK exit code" .ExitCode .Output}}{{end}}{{end}}' "$name" 2>/dev/null \
    | tail -n 3 | while IFS= read -r line; do [ -n "$line" ] && report detail "$line"; done || true
  d rm --force "$name" >/dev/null 2>&1 || true
  if [ -n "$previous_image" ]; then
    echo "Rolling back to $previous_image"
    d rename "$previous" "$name"
    d start "$name" >/dev/null
    report rolled-back true
  fi
  exit 1
}
# Container variables go through a file readable by the owner only, so no value sits in docker's argv.
env_args=()
if [ ${#container_env[@]} -gt 0 ]; then
  env_file=$(mktemp)
  trap 'rm -f "$env_file"' EXIT
  printf '%s\n' "${container_env[@]}" >"$env_file"
  env_args=(--env-file "$env_file")
fi
echo "Starting $name from $image"
if ! d run --detach --name "$name" --label "$label_key=$fingerprint" --restart "$restart_policy" \
  "${env_args[@]}" "${publish_args[@]}" "${docker_args[@]}" "$image" >/dev/null; then roll_back "docker run failed"; fi

deadline=$(( $(date +%s) + health_timeout ))
stable=0
while :; do
  state=$(d container inspect --format '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$name")
  status=${state%% *}
  health=${state#* }
  case "$status" in exited|dead) roll_back "the new container stopped ($status)" ;; esac
  if [ -n "$health_cmd" ]; then
    if bash -c "$health_cmd" >/dev/null 2>&1; then break; fi
  elif [ -n "$health_url" ]; then
    if fetch "$health_url" >/dev/null 2>&1; then break; fi
  elif [ -n "$health" ]; then
    [ "$health" = healthy ] && break
    [ "$health" = unhealthy ] && roll_back "its HEALTHCHECK reports unhealthy"
  elif [ "$status" = running ]; then
    # No health check at all: running for 3 seconds in a row is the best evidence there is.
    stable=$((stable + 1))
    [ "$stable" -ge 3 ] && break
  else
    stable=0
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then roll_back "not healthy after ${health_timeout}s"; fi
  sleep 1
done

echo "$name is healthy"
if [ -n "$previous_image" ]; then d rm --force "$previous" >/dev/null; fi
report deployed-image "$image"
