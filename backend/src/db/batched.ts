// Lookups gathered into one statement. While a statement is under way, the keys asked meanwhile wait and go
// together in the next one: every key's statement is sent after it was asked, so an answer is never older than its
// question (sharing the statement already under way would be). Under load this turns a round trip per request into
// a round trip per handful of requests; alone, a key goes at once.
const MOST = 200

/** `lookup(keys)` answers a map from key to value; a key it leaves out gets undefined. */
export function batched<K, V>(lookup: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  let waiting: { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = []
  let running = false

  async function run() {
    running = true
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MOST)
      waiting = waiting.slice(MOST)
      try {
        const found = await lookup([...new Set(batch.map((w) => w.key))])
        for (const w of batch) w.resolve(found.get(w.key))
      } catch (error) {
        for (const w of batch) w.reject(error)
      }
    }
    running = false
  }

  return (key) =>
    new Promise<V | undefined>((resolve, reject) => {
      waiting.push({ key, resolve, reject })
      if (!running) void run()
    })
}
