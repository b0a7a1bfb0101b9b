import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import type { CaseView } from '../api'
import en from '../locales/en.json'
import CaseActions from './case-actions.vue'

const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: { cases: en } } })

function render(allowedActions?: string[]) {
  const item = { number: '610722101-2026-000123', regionCode: '610722101213', allowedActions } as CaseView
  return mount(CaseActions, { props: { item }, global: { plugins: [i18n] } })
}

describe('case actions', () => {
  it('hides Dispatch when allowedActions lacks dispatch', () => {
    const wrapper = render(['supervise'])
    expect(wrapper.find('[data-action="dispatch"]').exists()).toBe(false)
    expect(wrapper.find('[data-action="supervise"]').text()).toBe('Supervise')
  })

  it('shows Dispatch when allowedActions has it', () => {
    const wrapper = render(['dispatch', 'merge'])
    expect(wrapper.findAll('button').map((b) => b.attributes('data-action'))).toEqual(['dispatch', 'merge'])
  })

  it('renders no button at all when the case view carries no allowedActions', () => {
    expect(render(undefined).findAll('button')).toHaveLength(0)
    expect(render([]).findAll('button')).toHaveLength(0)
  })

  it('ignores an action the page has no form for', () => {
    expect(render(['teleport']).findAll('button')).toHaveLength(0)
  })
})
