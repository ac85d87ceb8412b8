// Turns the county's municipality polygons (GeoJSON, WGS 84) into SVG path strings: an equirectangular projection
// with the longitudes scaled by cos(mid-latitude), which keeps shapes true at county scale, fitted to a fixed width.
// Pure (no files), so tools/geo/project.test.ts and the web app's tests can check it.

export type Position = [number, number]
type Ring = Position[]
export type Feature = {
  properties: { kod: string; namn: string }
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] }
}
export type FeatureCollection = { type: 'FeatureCollection'; features: Feature[] }

export type Shape = {
  /** kommunkod, four digits */
  code: string
  name: string
  /** the SVG path (every ring closed) */
  d: string
  /** where a label fits best: the point of the largest part farthest from its edges */
  label: Position
  /** how far that point is from the nearest edge (the room a label has), in map units */
  room: number
}
export type ProjectedMap = { width: number; height: number; shapes: Shape[] }

const polygonsOf = (feature: Feature): Ring[][] =>
  feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates

/** A projection fitted to `features`: lon/lat → x/y in 0…width × 0…height, north up, `padding` on every side. */
export function fitProjection(features: Feature[], width: number, padding: number) {
  let west = Infinity
  let east = -Infinity
  let south = Infinity
  let north = -Infinity
  for (const feature of features)
    for (const polygon of polygonsOf(feature))
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          west = Math.min(west, lon)
          east = Math.max(east, lon)
          south = Math.min(south, lat)
          north = Math.max(north, lat)
        }
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180)
  const scale = (width - 2 * padding) / ((east - west) * kx)
  const height = Math.ceil((north - south) * scale + 2 * padding)
  const project = ([lon, lat]: Position): Position => [padding + (lon - west) * kx * scale, padding + (north - lat) * scale]
  return { width, height, project }
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals

/**
 * Rounds a projected ring and drops the points that add nothing at that precision: repeats, and points on the
 * straight line between their neighbours. Neighbouring municipalities share their border points, and both lose
 * the same ones, so no slivers open between them (a line simplification such as Douglas–Peucker would not keep that).
 */
export function simplifyRing(ring: Position[], decimals: number): Position[] {
  const rounded = ring.map(([x, y]) => [round(x, decimals), round(y, decimals)] as Position)
  const distinct = rounded.filter((point, i) => i === 0 || point[0] !== rounded[i - 1][0] || point[1] !== rounded[i - 1][1])
  if (distinct.length > 1 && distinct[0][0] === distinct[distinct.length - 1][0] && distinct[0][1] === distinct[distinct.length - 1][1])
    distinct.pop()
  return distinct.filter((point, i) => {
    const before = distinct[(i - 1 + distinct.length) % distinct.length]
    const after = distinct[(i + 1) % distinct.length]
    return (point[0] - before[0]) * (after[1] - before[1]) - (point[1] - before[1]) * (after[0] - before[0]) !== 0
  })
}

const ringPath = (ring: Position[]) => `M${ring.map(([x, y]) => `${x} ${y}`).join(' ')}Z`

function area(ring: Position[]): number {
  let sum = 0
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]
    const [x2, y2] = ring[(i + 1) % ring.length]
    sum += x1 * y2 - x2 * y1
  }
  return Math.abs(sum) / 2
}

function inside([x, y]: Position, rings: Position[][]): boolean {
  let odd = false
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]
      const [xj, yj] = ring[j]
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd
    }
  return odd
}

function distanceToEdges([x, y]: Position, rings: Position[][]): number {
  let best = Infinity
  for (const ring of rings)
    for (let i = 0; i < ring.length; i++) {
      const [x1, y1] = ring[i]
      const [x2, y2] = ring[(i + 1) % ring.length]
      const dx = x2 - x1
      const dy = y2 - y1
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
      best = Math.min(best, Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)))
    }
  return best
}

/** The point of a polygon (outer ring and holes) farthest from its edges, found on a fine grid: good enough for a label. */
export function labelPoint(rings: Position[][], steps = 60): { point: Position; room: number } {
  const xs = rings[0].map((p) => p[0])
  const ys = rings[0].map((p) => p[1])
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  let best = { point: rings[0][0], room: 0 }
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) {
      const point: Position = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps]
      if (!inside(point, rings)) continue
      const room = distanceToEdges(point, rings)
      if (room > best.room) best = { point, room }
    }
  return { point: [round(best.point[0], 1), round(best.point[1], 1)], room: round(best.room, 1) }
}

/** Every municipality of `collection` as an SVG path in a `width`-wide map, by code. */
export function projectMunicipalities(collection: FeatureCollection, width = 600, padding = 8, decimals = 1): ProjectedMap {
  const { height, project } = fitProjection(collection.features, width, padding)
  const shapes = collection.features
    .map((feature): Shape => {
      const polygons = polygonsOf(feature)
        .map((polygon) => polygon.map((ring) => simplifyRing(ring.map(project), decimals)).filter((ring) => ring.length >= 3))
        .filter((polygon) => polygon.length > 0)
      const largest = polygons.reduce((a, b) => (area(b[0]) > area(a[0]) ? b : a))
      const { point, room } = labelPoint(largest)
      return { code: feature.properties.kod, name: feature.properties.namn, d: polygons.flat().map(ringPath).join(''), label: point, room }
    })
    .sort((a, b) => a.code.localeCompare(b.code))
  return { width, height, shapes }
}
