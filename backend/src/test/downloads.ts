// For tests: an export read back the way a reader's tools would — the PDF's text extracted with pdfjs-dist, the
// workbook opened with exceljs, the download buffered as bytes.
import ExcelJS from 'exceljs'
import { loadEsm } from '../auth/oidc'
import { api } from './api'

interface PdfJs {
  getDocument(options: { data: Uint8Array; isEvalSupported: boolean; disableFontFace: boolean }): {
    promise: Promise<{
      numPages: number
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: { str?: string; hasEOL?: boolean }[] }> }>
    }>
  }
}

/** The text of every page, one string per page (lines joined with newlines, no-break spaces as spaces). */
export async function pdfText(bytes: Buffer): Promise<string[]> {
  const pdfjs = await loadEsm<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const { items } = await (await pdf.getPage(n)).getTextContent()
    pages.push(
      items
        .map((i) => (i.str ?? '') + (i.hasEOL ? '\n' : ' '))
        .join('')
        .replace(/\u00a0/g, ' '),
    )
  }
  return pages
}

/** supertest buffers binary answers when told to. */
const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = []
  res.on('data', (chunk: Buffer) => chunks.push(chunk))
  res.on('end', () => callback(null, Buffer.concat(chunks)))
}

/** A GET whose body is the bytes of the file. */
export const download = (url: string, as?: Parameters<typeof api>[0]) => api(as).get(url).buffer(true).parse(binary)

/** The workbook's sheets by name, each as rows of values (the header row first). */
export async function workbookRows(bytes: Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return new Map(workbook.worksheets.map((s) => [s.name, (s.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1))]))
}
