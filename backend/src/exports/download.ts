// An export document as a download in one of the three formats, and the sending of it: Content-Disposition with an
// ASCII-only `filename` for old clients and the real Swedish name in `filename*=UTF-8''…` (RFC 6266, RFC 5987).
import type { Response } from 'express'
import { toCsv } from './csv'
import type { ExportDocument } from './document'
import { toPdf } from './pdf'
import { toXlsx } from './xlsx'

export type ExportFormat = 'pdf' | 'xlsx' | 'csv'

export interface ExportFile {
  body: Buffer
  contentType: string
  /** the real name, with å ä ö: `Måluppfyllelse 2025.pdf` */
  filename: string
}

export const mediaTypes: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
}

const writers: Record<ExportFormat, (document: ExportDocument) => Promise<Buffer>> = { pdf: toPdf, xlsx: toXlsx, csv: toCsv }

/** The document written in the format, named `<name>.<format>`. */
export async function exportFile(document: ExportDocument, format: ExportFormat, name: string): Promise<ExportFile> {
  return { body: await writers[format](document), contentType: mediaTypes[format], filename: `${name}.${format}` }
}

/** ASCII-only fallback for the `filename` parameter: `Måluppfyllelse 2025.csv` → `maluppfyllelse-2025.csv`. */
export const asciiName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
/** RFC 5987 encoding: encodeURIComponent leaves ' ( ) * alone, which the ext-value grammar does not allow. */
const utf8Name = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** Sends a file as a download; the route's mount() then sends nothing more (the handler has answered). */
export function sendFile(res: Response, file: ExportFile): undefined {
  res
    .type(file.contentType)
    .set('Content-Disposition', `attachment; filename="${asciiName(file.filename)}"; filename*=UTF-8''${utf8Name(file.filename)}`)
    .send(file.body)
  return undefined
}
