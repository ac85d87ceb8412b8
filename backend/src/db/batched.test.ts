import { api } from '../test/api'
import { makeUser } from '../test/users'
import { batched } from './batched'
import { queryCount } from './prisma'

/** A lookup that answers when told to, and records the keys of each call. */
function controlledLookup() {
  const calls: string[][] = []
  const pending: (() => void)[] = []
  const lookup = (keys: string[]) => {
    calls.push(keys)
    return new Promise<Map<string, string>>((resolve, reject) =>
      pending.push(() =>
        keys.includes('fails')
          ? reject(new Error('borta'))
          : resolve(new Map(keys.filter((k) => k !== 'unknown').map((k) => [k, k.toUpperCase()]))),
      ),
    )
  }
  const answerNext = async () => {
    pending.shift()!()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { lookup, calls, answerNext }
}

describe('batched lookups', () => {
  it('a key asked alone goes at once; keys asked while a lookup runs go together in the next, never in the one under way', async () => {
    const { lookup, calls, answerNext } = controlledLookup()
    const find = batched(lookup)
    const a = find('a')
    expect(calls).toEqual([['a']])
    const rest = [find('b'), find('c'), find('b'), find('unknown')]
    expect(calls).toEqual([['a']])
    await answerNext()
    expect(await a).toBe('A')
    expect(calls).toEqual([['a'], ['b', 'c', 'unknown']])
    await answerNext()
    expect(await Promise.all(rest)).toEqual(['B', 'C', 'B', undefined])
  })

  it('a failed lookup fails only the keys it carried; the next goes on', async () => {
    const { lookup, calls, answerNext } = controlledLookup()
    const find = batched(lookup)
    const first = expect(find('fails')).rejects.toThrow('borta')
    const second = find('d')
    await answerNext()
    await first
    await answerNext()
    expect(await second).toBe('D')
    expect(calls).toEqual([['fails'], ['d']])
  })
})

describe('session lookups of concurrent requests', () => {
  it('share statements, and each request gets its own user', async () => {
    const [ann, bo] = [await makeUser('steering_group'), await makeUser('opk_staff')]
    const users = [ann, bo, ann, bo, ann, bo]
    const ask = (user: typeof ann) => api(user).get('/api/v1/auth/session').expect(200)
    let before = queryCount()
    for (const user of users) await ask(user)
    const oneByOne = queryCount() - before
    before = queryCount()
    const answers = await Promise.all(users.map(ask))
    expect(queryCount() - before).toBeLessThan(oneByOne)
    expect(answers.map((res) => res.body.user.id)).toEqual(users.map((user) => user.userId))
  })
})
