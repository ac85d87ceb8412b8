// The gzip size of the start page's JavaScript in the built web app (frontend/dist): the entry script and the
// modules index.html preloads (what a first visit loads before any page chunk; the same files the build's
// initial-JS budget counts).
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface FrontendSize {
  built: boolean
  builtAt?: string
  files?: { file: string; bytes: number; gzipBytes: number }[]
  bytes?: number
  gzipBytes?: number
}

const DIST = resolve(__dirname, '../frontend/dist')

export function frontendSize(): FrontendSize {
  const index = join(DIST, 'index.html')
  if (!existsSync(index)) return { built: false }
  const html = readFileSync(index, 'utf8')
  const sources = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g)].map((m) => m[1]),
  ]
  const files = sources.map((src) => {
    const code = readFileSync(join(DIST, src.replace(/^\//, '')))
    return { file: src, bytes: code.length, gzipBytes: gzipSync(code).length }
  })
  return {
    built: true,
    builtAt: statSync(index).mtime.toISOString(),
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  }
}
