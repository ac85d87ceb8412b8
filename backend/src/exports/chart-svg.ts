// Charts of the exports as SVG (pdfmake draws SVG as vectors, its text in the embedded Roboto): horizontal bars per
// label, or lines over periods. Fractions 0–1 are drawn on a 0–100 % scale; a missing value draws nothing (no bar, a
// gap in the line), never 0. The PDF has the numbers in a table beside every chart.
import type { Chart } from './document'
import { formatPercent } from './format'

/** Distinguishable in greyscale print too: dark to light, then dashed. */
const COLOURS = ['#1f4e79', '#c55a11', '#548235', '#7030a0', '#bf9000', '#2e75b6', '#a5a5a5', '#843c0c']
const FONT = 'font-family="Roboto" font-size="8" fill="#333333"'
const SMALL = 'font-family="Roboto" font-size="6" fill="#333333"'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
const round = (n: number) => Math.round(n * 10) / 10
/** A fraction on the scale, clamped: a ratio beyond 0–1 is drawn at the edge (its number is in the table). */
const clamp = (value: number) => Math.min(1, Math.max(0, value))

/** The series' names with their colours, three to a line, below the chart from `y`; returns the SVG and its height. */
function legend(chart: Chart, y: number, width: number): { svg: string; height: number } {
  const perLine = 3
  const items = chart.series.map((s, i) => {
    const x = (i % perLine) * (width / perLine)
    const top = y + Math.floor(i / perLine) * 12
    return `<rect x="${round(x)}" y="${top}" width="10" height="6" fill="${COLOURS[i % COLOURS.length]}"/><text x="${round(x + 14)}" y="${top + 6}" ${FONT}>${escape(shorten(s.name, 38))}</text>`
  })
  return { svg: items.join(''), height: Math.ceil(chart.series.length / perLine) * 12 }
}

function bars(chart: Chart, width: number): string {
  const labelWidth = 170
  // many rows (26 municipalities) get thinner bars, so that the chart fits on a page
  const many = chart.labels.length * chart.series.length > 24
  const barHeight = many ? 6 : 9
  const rowHeight = Math.max(11, chart.series.length * (barHeight + 1) + (many ? 3 : 8))
  const plot = width - labelWidth - 40
  const rows = chart.labels.map((label, r) => {
    const top = r * rowHeight
    const bars = chart.series.map((s, i) => {
      const value = s.values[r]
      const y = top + i * (barHeight + 1)
      const bar =
        value === null
          ? ''
          : `<rect x="${labelWidth}" y="${y}" width="${round(plot * clamp(value))}" height="${barHeight}" fill="${COLOURS[i % COLOURS.length]}"/>`
      const x = labelWidth + (value === null ? 0 : plot * clamp(value)) + 3
      return `${bar}<text x="${round(x)}" y="${y + barHeight - 0.5}" ${many ? SMALL : FONT}>${escape(formatPercent(value))}</text>`
    })
    return `<text x="0" y="${top + barHeight}" ${FONT}>${escape(shorten(label, 38))}</text>${bars.join('')}`
  })
  const height = chart.labels.length * rowHeight
  const axis = `<line x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height - 6}" stroke="#888888" stroke-width="0.5"/>`
  const key = legend(chart, height + 2, width)
  return svg(width, height + 2 + key.height, `${rows.join('')}${axis}${key.svg}`)
}

function lines(chart: Chart, width: number): string {
  const left = 34
  const plotWidth = width - left - 10
  const plotHeight = 150
  const top = 6
  const n = chart.labels.length
  const xOf = (i: number) => left + (n === 1 ? plotWidth / 2 : (plotWidth * i) / (n - 1))
  const yOf = (value: number) => top + plotHeight * (1 - clamp(value))
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (g) =>
        `<line x1="${left}" y1="${yOf(g)}" x2="${left + plotWidth}" y2="${yOf(g)}" stroke="#dddddd" stroke-width="0.5"/><text x="0" y="${yOf(g) + 3}" ${FONT}>${escape(formatPercent(g))}</text>`,
    )
    .join('')
  const xLabels = chart.labels
    .map(
      (label, i) =>
        `<text x="${round(xOf(i))}" y="${top + plotHeight + 12}" text-anchor="middle" ${FONT}>${escape(shorten(label, 16))}</text>`,
    )
    .join('')
  const series = chart.series
    .map((s, k) => {
      const colour = COLOURS[k % COLOURS.length]
      const dash = k >= COLOURS.length ? ' stroke-dasharray="3,2"' : ''
      // a missing value breaks the line: each run of present values is its own polyline
      const runs: string[][] = [[]]
      s.values.forEach((v, i) => (v === null ? runs.push([]) : runs[runs.length - 1].push(`${round(xOf(i))},${round(yOf(v))}`)))
      const polylines = runs
        .filter((r) => r.length > 1)
        .map((r) => `<polyline points="${r.join(' ')}" fill="none" stroke="${colour}" stroke-width="1.5"${dash}/>`)
      const points = s.values.flatMap((v, i) =>
        v === null ? [] : [`<circle cx="${round(xOf(i))}" cy="${round(yOf(v))}" r="2" fill="${colour}"/>`],
      )
      return polylines.join('') + points.join('')
    })
    .join('')
  const key = legend(chart, top + plotHeight + 22, width)
  return svg(width, top + plotHeight + 22 + key.height, `${grid}${xLabels}${series}${key.svg}`)
}

const svg = (width: number, height: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${round(height)}" viewBox="0 0 ${width} ${round(height)}">${body}</svg>`

/** The chart as an SVG document `width` points wide. */
export function chartSvg(chart: Chart, width: number): string {
  return chart.kind === 'bars' ? bars(chart, width) : lines(chart, width)
}
