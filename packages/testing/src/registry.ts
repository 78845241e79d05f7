/**
 * A real OCI registry (`docker-registry`, the CNCF distribution server from Debian) on 127.0.0.1, with its
 * access log kept so tests can see which requests a promotion made.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {freePort, requireExecutable, type ServerProcess, startProcess, waitUntil} from './server'
import {tempDir} from './temp'

export interface Registry {
  /** `127.0.0.1:<port>`, the host part of image references. */
  readonly host: string
  readonly url: string
  readonly root: string
  /**
   * The requests logged since the start or the last `clearLog()`. The registry writes each access log line
   * after answering, so both first send a marker request and wait for its line: every request answered
   * before the call is then in the log.
   */
  requests(): Promise<RegistryRequest[]>
  clearLog(): Promise<void>
  stop(): Promise<void>
}

export interface RegistryRequest {
  method: string
  path: string
  status: number
}

export async function startRegistry(options: {htpasswd?: string} = {}): Promise<Registry> {
  const binary = requireExecutable('docker-registry', "install it with 'apt-get install -y docker-registry'")
  const root = tempDir('registry-')
  const port = await freePort()
  const auth = options.htpasswd
    ? (() => {
        writeFileSync(join(root, 'htpasswd'), options.htpasswd)
        return `auth:\n  htpasswd:\n    realm: test-registry\n    path: ${join(root, 'htpasswd')}\n`
      })()
    : ''
  const config = join(root, 'config.yml')
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: info',
      '  accesslog:',
      '    disabled: false',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(root, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      auth,
    ].join('\n'),
  )
  const server: ServerProcess = startProcess(binary, ['serve', config])
  const url = `http://127.0.0.1:${port}`
  await waitUntil('docker-registry', server, async () => (await fetch(`${url}/v2/`)).status < 500)
  let logStart = server.output().length
  let markers = 0
  /** The end of the log once a marker request, sent now, has been logged. */
  const settledEnd = async (): Promise<number> => {
    const marker = `/v2/?log-marker=${++markers}`
    await (await fetch(`${url}${marker}`)).body?.cancel()
    const deadline = Date.now() + 10_000
    for (;;) {
      const at = server.output().indexOf(`GET ${marker} `)
      if (at >= 0) return server.output().lastIndexOf('\n', at) + 1
      if (Date.now() > deadline) throw new Error('docker-registry did not log the marker request')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    root,
    requests: async () => {
      const end = await settledEnd()
      return parseAccessLog(server.output().slice(logStart, end)).filter(
        (r) => !r.path.includes('log-marker='),
      )
    },
    clearLog: async () => {
      await settledEnd()
      logStart = server.output().length
    },
    stop: () => server.stop(),
  }
}

/** Combined-log-format lines the registry writes for each request. */
export function parseAccessLog(text: string): RegistryRequest[] {
  const requests: RegistryRequest[] = []
  for (const match of text.matchAll(/"(GET|HEAD|PUT|POST|PATCH|DELETE) (\S+) HTTP\/[\d.]+" (\d{3})/g)) {
    requests.push({method: match[1]!, path: match[2]!, status: Number(match[3])})
  }
  return requests
}
