// CPU time, which (unlike latency) a busy machine hardly changes: the app's own process, and the embedded
// PostgreSQL's processes read from /proc (Linux; the postmaster's children, and through its cutime/cstime those that
// have exited). CPU ms per request says what one core could serve on an idle machine.
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100

interface ProcStat {
  ppid: number
  /** utime + stime, and cutime + cstime (exited children), in ms */
  own: number
  children: number
}

function stat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // the command (2nd field) may hold spaces: the fields after it start at the last ')'
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    const ms = (i: number) => (Number(fields[i]) * 1000) / TICKS_PER_SECOND
    return { ppid: Number(fields[1]), own: ms(11) + ms(12), children: ms(13) + ms(14) }
  } catch {
    return null
  }
}

/** The CPU ms the PostgreSQL server whose postmaster is `postmasterPid` has used so far, or null off Linux. */
export function postgresCpuMs(postmasterPid: number | null): number | null {
  if (postmasterPid === null || !existsSync('/proc')) return null
  const postmaster = stat(postmasterPid)
  if (!postmaster) return null
  let total = postmaster.own + postmaster.children
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const s = stat(Number(entry))
    if (s && s.ppid === postmasterPid) total += s.own
  }
  return total
}

/** This process's CPU ms so far. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** The postmaster of a backend (`SELECT pg_backend_pid()`), when the server runs on this machine. */
export function postmasterOf(backendPid: number): number | null {
  return stat(backendPid)?.ppid ?? null
}
