// The map's five classes (by the whole percent shown), the legend that names their ranges and the hatching of
// missing data, and the generated geometry: every municipality of the county, inside the map's box.
import { render, screen, within } from '@testing-library/react'
import '@/lib/i18n'
import { CLASS_COLOURS, classOf, classRanges } from './map-classes'
import { MapLegend } from './MapLegend'
import { MAP_HEIGHT, MAP_WIDTH, municipalityShapes } from './municipality-shapes'

test.each([
  [0, 0],
  [0.194, 0],
  // shown as "20 %", so coloured as 20–39 %
  [0.196, 1],
  [0.2, 1],
  [0.399, 2],
  [0.59, 2],
  [0.6, 3],
  [0.79, 3],
  [0.8, 4],
  [1, 4],
  // beyond the scale stays in the end classes
  [1.2, 4],
  [-0.1, 0],
])('%p is in class %p', (value, expected) => {
  expect(classOf(value)).toBe(expected)
})

test('a missing figure has no class (drawn hatched, never as 0)', () => {
  expect(classOf(null)).toBeNull()
})

test('five ranges that meet without gaps, from 0 to 100 %, each with its own colour', () => {
  expect(classRanges().map((r) => [r.from, r.to])).toEqual([[0, 19], [20, 39], [40, 59], [60, 79], [80, 100]])
  expect(new Set(classRanges().map((r) => r.colour)).size).toBe(CLASS_COLOURS.length)
})

test('the legend names every range and missing data', () => {
  render(<MapLegend title="Täckning" />)
  const list = screen.getByRole('list', { name: 'Teckenförklaring' })
  expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['0–19 %', '20–39 %', '40–59 %', '60–79 %', '80–100 %', 'Uppgift saknas'])
})

const stockholmsLan = ['0114', '0115', '0117', '0120', '0123', '0125', '0126', '0127', '0128', '0136', '0138', '0139', '0140', '0160', '0162', '0163', '0180', '0181', '0182', '0183', '0184', '0186', '0187', '0188', '0191', '0192']

test('the generated map has the 26 municipalities of Stockholm County, each drawn inside the box', () => {
  expect(municipalityShapes.map((shape) => shape.code)).toEqual(stockholmsLan)
  for (const shape of municipalityShapes) {
    expect(shape.d).toMatch(/^(M[\d. ]+Z)+$/)
    const numbers = shape.d.replace(/[MZ]/g, ' ').trim().split(/\s+/).map(Number)
    const xs = numbers.filter((_, i) => i % 2 === 0)
    const ys = numbers.filter((_, i) => i % 2 === 1)
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH)
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_HEIGHT)
    // the label point is within the municipality's extent
    expect(shape.label[0]).toBeGreaterThanOrEqual(Math.min(...xs))
    expect(shape.label[0]).toBeLessThanOrEqual(Math.max(...xs))
    expect(shape.label[1]).toBeGreaterThanOrEqual(Math.min(...ys))
    expect(shape.label[1]).toBeLessThanOrEqual(Math.max(...ys))
  }
  // north up: Norrtälje (north) above Nynäshamn (south); west left: Upplands-Bro west of Värmdö
  const at = (code: string) => municipalityShapes.find((shape) => shape.code === code)!.label
  expect(at('0188')[1]).toBeLessThan(at('0192')[1])
  expect(at('0139')[0]).toBeLessThan(at('0120')[0])
})
