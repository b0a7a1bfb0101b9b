import { gzipSync } from 'node:zlib'
import type { OutputBundle, OutputChunk } from 'rollup'
import type { Plugin } from 'vite'

interface Options {
  budgetKb: number
  /** file names (without extension) of the lazily loaded views the first pages need */
  pages: string[]
}

/**
 * Prints the gzipped size of the JavaScript the first pages need (the entry with its static imports, plus the
 * named lazy views with theirs) and fails the build over the budget.
 */
export function bundleSize(options: Options): Plugin {
  return {
    name: 'fengqiao-bundle-size',
    apply: 'build',
    generateBundle(_output, bundle: OutputBundle) {
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
      const byName = new Map(chunks.map((c) => [c.fileName, c]))
      const needed = new Set<string>()
      const add = (fileName: string) => {
        if (needed.has(fileName)) return
        needed.add(fileName)
        byName.get(fileName)?.imports.forEach(add)
      }
      // the service worker (sw.js) is an entry of its own that no page loads
      for (const entry of chunks.filter((c) => c.isEntry && c.fileName !== 'sw.js')) {
        add(entry.fileName)
        // the default locale's texts are loaded before the first page shows
        entry.dynamicImports.filter((f) => f.includes('zh-CN')).forEach(add)
      }
      for (const page of options.pages) {
        const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`/${page}.vue`))
        if (!chunk) this.error(`bundle-size: no chunk for the page ${page}`)
        else add(chunk.fileName)
      }
      let total = 0
      const lines: string[] = []
      for (const fileName of needed) {
        const gz = gzipSync(byName.get(fileName)!.code).length
        total += gz
        lines.push(`  ${fileName.padEnd(48)} ${(gz / 1024).toFixed(1).padStart(7)} KB gzipped`)
      }
      const all = chunks.reduce((sum, c) => sum + gzipSync(c.code).length, 0)
      const summary = `JavaScript for login + workbench: ${(total / 1024).toFixed(1)} KB gzipped ` +
        `(budget ${options.budgetKb} KB); all JavaScript: ${(all / 1024).toFixed(1)} KB gzipped`
      console.log(['', 'Bundle sizes (login + workbench):', ...lines, summary, ''].join('\n'))
      if (total > options.budgetKb * 1024) this.error(`over budget: ${summary}`)
    },
  }
}
