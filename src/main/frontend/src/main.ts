import { createPinia } from 'pinia'
import { createApp } from 'vue'
// ElMessage and ElMessageBox are called from code, so the resolver cannot see them: their styles by hand
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import App from './App.vue'
import { registerServiceWorker } from './modules/offline/register-sw'
import { router } from './router'
import { configureHttp } from './shared/http'
import { currentLocale, i18n, savedLocale, setLocale } from './shared/i18n'
import { useSession } from './shared/session'
import './shared/styles.css'

const app = createApp(App).use(createPinia()).use(i18n).use(router)

configureHttp({
  token: () => useSession().token,
  locale: () => currentLocale(),
  fallbackDetail: (status) => i18n.global.t(status === 0 ? 'error.network' : 'error.http', { status }),
  unauthorized: () => {
    useSession().clear()
    const here = router.currentRoute.value
    if (here.path !== '/login') router.push({ path: '/login', query: { redirect: here.fullPath } })
  },
})

setLocale(savedLocale()).then(() => app.mount('#app'))

// installable and opening offline where the page is secure (HTTPS, localhost); the built application only
if (import.meta.env.PROD) window.addEventListener('load', () => void registerServiceWorker())
