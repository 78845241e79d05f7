/**
 * A real PostgreSQL 15 server in a temporary directory, listening on 127.0.0.1 at a free port, for tests
 * that need a database (Terraform's `pg` state backend, which locks state with advisory locks).
 *
 * PostgreSQL refuses to run as root, so when the tests run as root the server runs as `nobody` (through
 * `runuser`, or `setpriv` where `runuser` is missing) with a data directory that user owns. Missing
 * binaries fail the test with a message that says what to install; nothing is skipped.
 */
import {execFileSync} from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'

export interface Postgres {
  /** A `PG_CONN_STR`-style URL of the created database, e.g. `postgres://postgres@127.0.0.1:5433/test?sslmode=disable`. */
  url: string
  host: string
  port: number
  database: string
  /** Runs SQL through `psql` and returns its unaligned, tuples-only output. */
  query(sql: string): string
  /** Stops the server and removes its directory. */
  stop(): void
}

const SEARCH_DIRS = ['/usr/local/bin', '/usr/lib/postgresql/15/bin']
const SERVER_BINARIES = ['initdb', 'pg_ctl', 'postgres']
const CLIENT_BINARIES = ['createdb', 'psql']
const UNPRIVILEGED_USER = 'nobody'

/** The directory holding PostgreSQL 15's server and client binaries; throws, naming what is missing. */
export function findPostgresBinaries(dirs: readonly string[] = SEARCH_DIRS): string {
  for (const dir of dirs) {
    const initdb = join(dir, 'initdb')
    if (!existsSync(initdb)) continue
    // /usr/local/bin holds links to the server binaries only; the client tools sit beside their target.
    const home = dirname(realpathSync(initdb))
    const missing = [...SERVER_BINARIES, ...CLIENT_BINARIES].filter((b) => !existsSync(join(home, b)))
    if (missing.length === 0) return home
    throw new Error(`PostgreSQL binaries incomplete in ${home}: ${missing.join(', ')} missing.`)
  }
  throw new Error(
    `PostgreSQL 15 is required by this test and was not found (looked for initdb in ${dirs.join(', ')}). ` +
      'Install it: apt-get install -y postgresql-15 (Debian 12).',
  )
}

export async function startPostgres(options: {database?: string} = {}): Promise<Postgres> {
  const bin = findPostgresBinaries()
  const database = options.database ?? 'test'
  const root = mkdtempSync(join(tmpdir(), 'postgres-'))
  const data = join(root, 'data')
  try {
    const runAs = serverUser()
    // The unprivileged user must reach the data directory through the temp directory.
    chmodSync(root, 0o755)
    mkdirSync(data, {mode: 0o700})
    if (runAs) chownSync(data, runAs.uid, runAs.gid)
    const server = (tool: string, args: string[]) =>
      execFileSync(...asUser(runAs, join(bin, tool), args), {encoding: 'utf8', stdio: 'pipe'})

    server('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'])
    const port = await startServer(server, data)
    const host = '127.0.0.1'
    const client = (tool: string, args: string[]) =>
      execFileSync(join(bin, tool), ['-h', host, '-p', String(port), '-U', 'postgres', ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: {...process.env, PGCONNECT_TIMEOUT: '10'},
      })
    client('createdb', [database])
    let stopped = false
    return {
      url: `postgres://postgres@${host}:${port}/${database}?sslmode=disable`,
      host,
      port,
      database,
      query: (sql) => client('psql', ['-d', database, '-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', sql]),
      stop: () => {
        if (stopped) return
        stopped = true
        try {
          server('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
        } finally {
          rmSync(root, {recursive: true, force: true})
        }
      },
    }
  } catch (err) {
    stopQuietly(bin, data)
    rmSync(root, {recursive: true, force: true})
    throw new Error(`PostgreSQL did not start: ${describe(err)}`, {cause: err})
  }
}

type Server = (tool: string, args: string[]) => string

/** Starts the server on a free port; retries on another port when the chosen one was taken meanwhile. */
async function startServer(server: Server, data: string): Promise<number> {
  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort()
    const options = [
      '-c listen_addresses=127.0.0.1',
      `-c port=${port}`,
      `-c unix_socket_directories=${data}`,
      '-c fsync=off',
      '-c max_connections=50',
    ].join(' ')
    try {
      server('pg_ctl', ['-D', data, '-l', join(data, 'server.log'), '-o', options, '-w', '-t', '60', 'start'])
      return port
    } catch (err) {
      lastError = new Error(`${describe(err)}\n${readLog(data)}`)
    }
  }
  throw lastError
}

interface User {
  name: string
  uid: number
  gid: number
}

/** The user the server runs as: `nobody` when this process is root, else this process's own user. */
function serverUser(): User | undefined {
  if (process.getuid?.() !== 0) return undefined
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, UNPRIVILEGED_USER], {encoding: 'utf8'}).trim())
  return {name: UNPRIVILEGED_USER, uid: id('-u'), gid: id('-g')}
}

function asUser(user: User | undefined, command: string, args: string[]): [string, string[]] {
  if (!user) return [command, args]
  if (existsSync('/usr/sbin/runuser') || existsSync('/sbin/runuser')) {
    return ['runuser', ['-u', user.name, '--', command, ...args]]
  }
  return ['setpriv', [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', command, ...args]]
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

function stopQuietly(bin: string, data: string): void {
  if (!existsSync(join(data, 'postmaster.pid'))) return
  try {
    execFileSync(...asUser(serverUser(), join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']), {
      stdio: 'ignore',
    })
  } catch {
    // The directory is removed next either way; a server that cannot be stopped has already died.
  }
}

function readLog(data: string): string {
  const file = join(data, 'server.log')
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(-10).join('\n') : ''
}

function describe(err: unknown): string {
  const e = err as {message?: string; stderr?: string}
  return [e.message, e.stderr].filter(Boolean).join('\n')
}
