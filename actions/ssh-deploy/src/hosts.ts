/** Host list entries: `name`, `name:port`, `[ipv6]:port` or a bare IPv6 address. */

export interface HostEntry {
  host: string
  port: number
  /** As written, for messages and the summary (`host:port`). */
  label: string
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$/

export function parseHost(entry: string, defaultPort: number): HostEntry | string {
  let host = entry.trim()
  let port = defaultPort
  const bracketed = /^\[([0-9A-Fa-f:.]+)\](?::(\d+))?$/.exec(host)
  if (bracketed) {
    host = bracketed[1]!
    if (bracketed[2]) port = Number(bracketed[2])
  } else if ((host.match(/:/g) ?? []).length === 1) {
    const [name, p] = host.split(':')
    if (!/^\d+$/.test(p ?? '')) return `'${entry}' has a port that is not a number.`
    host = name!
    port = Number(p)
  } else if (host.includes(':') && !/^[0-9A-Fa-f:.]+$/.test(host)) {
    return `'${entry}' is not a host name, host:port or [IPv6]:port.`
  }
  if (!host.includes(':') && !NAME.test(host)) {
    return `'${entry.slice(0, 60)}' is not a host name or IP address.`
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) return `'${entry}' has a port outside 1-65535.`
  const label = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`
  return {host, port, label}
}
