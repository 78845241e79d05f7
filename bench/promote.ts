/**
 * Promotion cost against image size: a 1 MB and a 200 MB image are pushed to a real docker-registry, then
 * the bundled promote-image re-tags each several times (interleaved). Prints the median and spread per
 * size and every request the registry saw during the promotions, grouped by kind: a promotion must make
 * manifest requests only, so its time does not depend on the image size.
 *
 *   pnpm exec tsx bench/promote.ts            # 7 promotions per size
 *   BENCH_RUNS=15 pnpm exec tsx bench/promote.ts
 */
import {fileURLToPath} from 'node:url'
import {runAction} from '@deploy-actions/local-runner/run-action'
import {pushRandomImage, tagDigest} from '@deploy-actions/testing/oci'
import {type RegistryRequest, startRegistry} from '@deploy-actions/testing/registry'
import {removeTempDirs, tempDir} from '@deploy-actions/testing/temp'

const runs = Number(process.env['BENCH_RUNS'] ?? 7)
const actionDir = fileURLToPath(new URL('../actions/promote-image', import.meta.url))
const sizes = [
  {name: '1 MB', bytes: 1024 * 1024, repository: 'bench/small'},
  {name: '200 MB', bytes: 200 * 1024 * 1024, repository: 'bench/large'},
]

const registry = await startRegistry()
try {
  for (const size of sizes) {
    const started = Date.now()
    await pushRandomImage(registry.url, size.repository, 'v1.0.0-SNAPSHOT-abcdef1', size.bytes)
    console.log(`pushed the ${size.name} image in ${Date.now() - started} ms`)
  }
  const requests: RegistryRequest[] = []
  const samples = new Map<string, number[]>(sizes.map((s) => [s.name, []]))
  const workspace = tempDir()
  for (let i = 0; i < runs; i++) {
    for (const size of sizes) {
      await registry.clearLog()
      const started = performance.now()
      const run = await runAction({
        actionDir,
        workspace,
        inputs: {
          image: `${registry.host}/${size.repository}`,
          'source-tag': 'v1.0.0-SNAPSHOT-abcdef1',
          'target-tags': `v1.0.${i}`,
        },
      })
      const elapsed = performance.now() - started
      requests.push(...(await registry.requests()))
      if (run.exitCode !== 0) throw new Error(`promotion failed:\n${run.stdout}`)
      const source = await tagDigest(registry.url, size.repository, 'v1.0.0-SNAPSHOT-abcdef1')
      if ((await tagDigest(registry.url, size.repository, `v1.0.${i}`)) !== source) {
        throw new Error('the promoted tag does not name the snapshot digest')
      }
      samples.get(size.name)!.push(elapsed)
    }
  }

  console.log(
    `\npromote-image, ${runs} promotions per size (wall time of the bundled action, node start included)\n`,
  )
  console.log('image    median     p10 – p90')
  for (const size of sizes) {
    const sorted = [...samples.get(size.name)!].sort((a, b) => a - b)
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
    console.log(
      `${size.name.padEnd(8)} ${at(0.5).toFixed(0).padStart(5)} ms  ${at(0.1).toFixed(0)} – ${at(0.9).toFixed(0)} ms`,
    )
  }
  const kinds = new Map<string, number>()
  for (const r of requests) {
    const kind =
      r.path === '/v2/'
        ? `${r.method} /v2/ (API check)`
        : `${r.method} ${r.path.includes('/manifests/') ? 'manifests' : r.path.includes('/blobs/') ? 'blobs' : r.path.replace(/\?.*/, '')}`
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
  }
  console.log(`\nregistry access log during the ${runs * sizes.length} promotions:`)
  for (const [kind, count] of [...kinds].sort()) console.log(`  ${kind.padEnd(28)} ${count}`)
  const blobRequests = requests.filter((r) => r.path.includes('/blobs/')).length
  console.log(blobRequests === 0 ? '  no blob was read or written.' : `  ${blobRequests} blob requests!`)
} finally {
  await registry.stop()
  removeTempDirs()
}
