import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { OutputBundle, OutputChunk } from 'rollup'
import type { Plugin } from 'vite'

interface Options {
  /** the worker's source, built to /sw.js */
  source: string
  /** built files not worth storing on every phone ahead of use (still cached once a page loads them) */
  skip: RegExp[]
}

const FILE = 'sw.js'

/**
 * Builds the service worker (a small hand-written one, see src/modules/offline/sw.ts) to /sw.js and gives it the
 * list of this build's files to keep: index.html, the hashed assets and the public files (manifest, icons). The
 * list's hash names the worker's cache, so every new build installs a new worker that drops the old files.
 */
export function serviceWorker(options: Options): Plugin {
  let publicDir = ''
  return {
    name: 'fengqiao-service-worker',
    apply: 'build',
    // after Vite has emitted index.html
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: fileURLToPath(new URL(options.source, import.meta.url)), fileName: FILE })
    },
    generateBundle(_output, bundle: OutputBundle) {
      const files = Object.keys(bundle)
        .filter((f) => f !== FILE && !f.endsWith('.map') && f !== 'index.html')
        .filter((f) => !options.skip.some((r) => r.test(f)))
      const publicFiles = publicDir ? readdirSync(publicDir) : []
      const precache = ['/index.html', ...publicFiles.map((f) => `/${f}`), ...files.map((f) => `/${f}`)].sort()
      const html = bundle['index.html']
      const version = createHash('sha256').update(precache.join('\n'))
        .update(html?.type === 'asset' ? html.source : '').digest('hex').slice(0, 12)
      const worker = bundle[FILE] as OutputChunk
      // the list as a string literal (the worker parses it), the version inside the cache's name
      worker.code = worker.code.replace(/(["'`])__FENGQIAO_PRECACHE__\1/, JSON.stringify(JSON.stringify(precache)))
        .replaceAll('__FENGQIAO_VERSION__', version)
      if (worker.code.includes('__FENGQIAO_')) this.error('service-worker: a placeholder was not filled in')
      console.log(`\nService worker: ${precache.length} files kept for offline use (cache ${version})`)
    },
  }
}
