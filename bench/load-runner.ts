// Drives bench/load.ts in one child process for the whole run: the load never shares the server's event loop.
import { fork, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import type { LoadJob, LoadResult } from './load'

export class LoadRunner {
  private child: ChildProcess

  constructor() {
    this.child = fork(resolve(__dirname, 'load.ts'), [], { execArgv: ['-r', 'tsx/cjs'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  }

  run(job: LoadJob): Promise<LoadResult> {
    return new Promise((done, fail) => {
      const onExit = (code: number | null) => fail(new Error(`The load generator exited (${code}).`))
      this.child.once('exit', onExit)
      this.child.once('message', (message: { result?: LoadResult; error?: string }) => {
        this.child.off('exit', onExit)
        if (message.result) done(message.result)
        else fail(new Error(message.error))
      })
      this.child.send(job)
    })
  }

  stop() {
    this.child.kill()
  }
}
