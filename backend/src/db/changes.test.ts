import { Lru } from './changes'

describe('Lru', () => {
  it('forgets the least recently used entry beyond its size; a read counts as a use', () => {
    const lru = new Lru<number>(2)
    lru.set('a', 1)
    lru.set('b', 2)
    expect(lru.get('a')).toBe(1)
    lru.set('c', 3)
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.count]).toEqual([1, undefined, 3, 2])
  })
  it('replacing an entry keeps one', () => {
    const lru = new Lru<number>(2)
    lru.set('a', 1)
    lru.set('a', 2)
    lru.delete('b')
    expect([lru.get('a'), lru.count]).toEqual([2, 1])
  })
  it('bounded by weight: forgets the oldest entries until the total fits', () => {
    const lru = new Lru<string>(10, (value) => value.length)
    lru.set('a', 'xxxx')
    lru.set('b', 'yyyy')
    lru.set('a', 'xx')
    lru.set('c', 'zzzzzz')
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual(['xx', undefined, 'zzzzzz'])
    lru.set('d', 'w'.repeat(11))
    expect([lru.get('a'), lru.get('c'), lru.get('d'), lru.count]).toEqual([undefined, undefined, undefined, 0])
  })
})
