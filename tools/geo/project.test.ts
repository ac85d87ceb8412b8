// The map projection: north up, fitted to the box, shared borders kept shared, a label point inside its shape.
import { fitProjection, labelPoint, projectMunicipalities, simplifyRing, type Feature, type Position } from './project'

const square = (code: string, west: number, south: number, size: number): Feature => ({
  properties: { kod: code, namn: `Kommun ${code}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  },
})

test('maps the extent to the box, north up and west left, with the longitudes scaled by cos(latitude)', () => {
  const features = [square('0101', 18, 59, 1), square('0102', 19, 59, 1)]
  const { width, height, project } = fitProjection(features, 600, 10)
  expect(project([18, 60])).toEqual([10, 10])
  const [east, south] = project([20, 59])
  expect(east).toBeCloseTo(590)
  // the height is rounded up to a whole unit
  expect(height - 10 - south).toBeGreaterThanOrEqual(0)
  expect(height - 10 - south).toBeLessThan(1)
  // 2° of longitude at 59.5° N are about as long as 1° of latitude
  expect((height - 20) / (width - 20)).toBeCloseTo(1 / (2 * Math.cos((59.5 * Math.PI) / 180)), 2)
  const [x, y] = project([18.5, 59.5])
  expect(x).toBeGreaterThan(0)
  expect(x).toBeLessThan(width)
  expect(y).toBeGreaterThan(0)
  expect(y).toBeLessThan(height)
})

test('drops repeated points and points on a straight line, and closes nothing twice', () => {
  const ring: Position[] = [
    [0, 0],
    [5, 0],
    [10, 0],
    [10, 0.01],
    [10, 10],
    [0, 10],
    [0, 0],
  ]
  expect(simplifyRing(ring, 1)).toEqual([
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ])
})

test('a label point lies inside the shape, away from its edges', () => {
  // an L: the point must not be the bounding box's centre, which is outside
  const l: Position[] = [
    [0, 0],
    [100, 0],
    [100, 20],
    [20, 20],
    [20, 100],
    [0, 100],
  ]
  const { point, room } = labelPoint([l])
  expect(room).toBeGreaterThan(8)
  expect(point[0] < 20 || point[1] < 20).toBe(true)
})

test('projects every municipality, by code, as closed paths inside the box', () => {
  const map = projectMunicipalities({ type: 'FeatureCollection', features: [square('0102', 19, 59, 1), square('0101', 18, 59, 1)] })
  expect(map.shapes.map((s) => s.code)).toEqual(['0101', '0102'])
  for (const shape of map.shapes) {
    expect(shape.d).toMatch(/^M[\d. ]+Z$/)
    const numbers = shape.d.replace(/[MZ]/g, ' ').trim().split(/\s+/).map(Number)
    numbers.forEach((n, i) => expect(n).toBeLessThanOrEqual(i % 2 === 0 ? map.width : map.height))
  }
  // the shared border x is the same in both shapes
  const xsOf = (d: string) =>
    new Set(
      d
        .replace(/[MZ]/g, ' ')
        .trim()
        .split(/\s+/)
        .filter((_, i) => i % 2 === 0),
    )
  const shared = [...xsOf(map.shapes[0].d)].filter((x) => xsOf(map.shapes[1].d).has(x))
  expect(shared).toEqual(['300'])
})
