import { createI18n } from 'vue-i18n'

export type Locale = 'zh-CN' | 'en'
export const LOCALES: Locale[] = ['zh-CN', 'en']
const KEY = 'fengqiao.locale'

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: {},
  missingWarn: false,
  fallbackWarn: false,
})

// one file per area and locale, loaded when the locale is first used: shared texts at the root, each module's
// under its folder name (cases.status.RECEIVED)
const sharedFiles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json')
const moduleFiles = import.meta.glob<{ default: Record<string, unknown> }>('../modules/*/locales/*.json')
const loaded = new Set<Locale>()

async function load(locale: Locale) {
  if (loaded.has(locale)) return
  const messages: Record<string, unknown> = {}
  const shared = sharedFiles[`./locales/${locale}.json`]
  if (shared) Object.assign(messages, (await shared()).default)
  for (const [path, importer] of Object.entries(moduleFiles)) {
    const match = path.match(/modules\/([^/]+)\/locales\/([^/]+)\.json$/)
    if (match && match[2] === locale) messages[match[1]] = (await importer()).default
  }
  i18n.global.setLocaleMessage(locale, messages as never)
  loaded.add(locale)
}

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

export function savedLocale(): Locale {
  const saved = localStorage.getItem(KEY)
  return saved === 'en' ? 'en' : 'zh-CN'
}

export async function setLocale(locale: Locale) {
  await load('zh-CN') // the fallback
  await load(locale)
  i18n.global.locale.value = locale
  localStorage.setItem(KEY, locale)
  document.documentElement.lang = locale
}
