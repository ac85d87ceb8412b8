// Loads @uppfoljning/contract from its TypeScript sources instead of contract/dist, which is only as fresh as the
// last `npm run build`: the benchmark measures the code in the tree. Required (-r) after tsx/cjs.
import Module from 'node:module'
import { resolve } from 'node:path'

const SOURCE = resolve(__dirname, '../contract/src/index.ts')
const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string }
const original = loader._resolveFilename
loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  return original.call(this, request === '@uppfoljning/contract' ? SOURCE : request, ...rest)
}
