import { cacheOf } from './changes'

describe('cacheOf', () => {
  it('forgets the least recently used entry beyond its size; a read counts as a use', () => {
    const lru = cacheOf<number>('test-count', 2)
    lru.set('a', 1)
    lru.set('b', 2)
    expect(lru.get('a')).toBe(1)
    lru.set('c', 3)
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2])
  })
  it('replacing an entry keeps one', () => {
    const lru = cacheOf<number>('test-replace', 2)
    lru.set('a', 1)
    lru.set('a', 2)
    lru.delete('b')
    expect([lru.get('a'), lru.size]).toEqual([2, 1])
  })
  it('bounded by weight: forgets the oldest entries until the total fits; one heavier than the whole is not kept', () => {
    const lru = cacheOf<string>('test-weight', 10, (value) => value.length)
    lru.set('a', 'xxxx')
    lru.set('b', 'yyyy')
    lru.set('a', 'xx')
    lru.set('c', 'zzzzzz')
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual(['xx', undefined, 'zzzzzz'])
    lru.set('d', 'w'.repeat(11))
    expect([lru.get('a'), lru.get('c'), lru.get('d'), lru.size]).toEqual(['xx', 'zzzzzz', undefined, 2])
  })
  it('is one cache per name and database connection', () => {
    expect(cacheOf<number>('test-same', 2)).toBe(cacheOf<number>('test-same', 2))
    expect(cacheOf<number>('test-same', 2)).not.toBe(cacheOf<number>('test-other', 2))
  })
})
