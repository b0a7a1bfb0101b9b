import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { defineConfig } from 'vite'
import { bundleSize } from './build/bundle-size'
import { serviceWorker } from './build/service-worker'

// Built by Maven (exec-maven-plugin) into the jar's static resources; `npm run dev` proxies /api to a running jar.
export default defineConfig({
  plugins: [
    vue(),
    Components({ dts: false, resolvers: [ElementPlusResolver({ importStyle: 'css' })] }),
    // the JavaScript the login page and the workbench need: the entry, the login view, the layout, the case queue and the desk's workbench
    bundleSize({ budgetKb: 350, pages: ['login-page', 'app-layout', 'case-queue', 'workbench-page'] }),
    // /sw.js keeps the app shell for offline use; ECharts (the desk's and leaders' charts) is not stored ahead on phones
    serviceWorker({ source: '../src/modules/offline/sw.ts', skip: [/echarts/] }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../../target/classes/static', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    server: { deps: { inline: ['element-plus'] } },
  },
})
