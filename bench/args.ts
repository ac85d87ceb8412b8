// Command-line options of the bench scripts: `--name value`, `--name=value` and `--flag`.
import { SCALES, type Scale } from './synthetic'

export function parseArgs(argv: string[]): Map<string, string | true> {
  const options = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}".`)
    const [name, inline] = arg.slice(2).split(/=(.*)/s)
    if (inline !== undefined) options.set(name, inline)
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) options.set(name, argv[++i])
    else options.set(name, true)
  }
  return options
}

/** "M", "s,m" or "all" → the scales, in S, M, L order. */
export function parseScales(value: string | true | undefined, fallback: Scale[]): Scale[] {
  if (value === undefined) return fallback
  if (value === true) throw new Error('--scale needs a value: S, M, L, a list such as S,M, or all.')
  if (value.toLowerCase() === 'all') return [...SCALES]
  const wanted = value.split(',').map((s) => s.trim().toUpperCase())
  const unknown = wanted.filter((s) => !SCALES.includes(s as Scale))
  if (unknown.length) throw new Error(`Unknown scale ${unknown.join(', ')}: use S, M or L.`)
  return SCALES.filter((s) => wanted.includes(s))
}
