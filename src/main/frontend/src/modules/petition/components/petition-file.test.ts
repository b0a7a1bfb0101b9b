import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'
import type { CaseView } from '@/modules/cases/api'
import en from '../locales/en.json'
import { petitionApi, type Holding, type PetitionDetails } from '../api'
import PetitionFile from './petition-file.vue'

const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: { petition: en, common: { ok: 'OK', cancel: 'Cancel' } } } })
const NUMBER = '610722101-2026-000123'

function details(over: Partial<PetitionDetails> = {}): PetitionDetails {
  return { number: NUMBER, recorded: true, form: 'VISIT', peopleCount: 6, collective: true, level: 'COUNTY',
    levelSkipping: true, toProvinceOrBeijing: false, petitioner: null, petitionerHidden: true, sharedWithUnit: false,
    previous: null, repeats: [], allowedActions: [], ...over }
}

function holding(allowedActions: string[]): Holding {
  return { number: NUMBER, title: 't', regionCode: '610722101213', status: 'ACCEPTED', leader: '张副镇长', plan: '方案',
    planAt: null, progress: [], receivedAt: '2026-03-01T09:00:00+08:00', acceptanceDueAt: null, acceptanceOverdue: false,
    dueAt: '2026-05-05T23:59:59+08:00', overdue: false, extensionPendingDays: null, reply: null, notAccepted: null,
    allowedActions }
}

async function render(d: PetitionDetails, allowed: string[]) {
  vi.spyOn(petitionApi, 'details').mockResolvedValue(d)
  vi.spyOn(petitionApi, 'holding').mockResolvedValue(holding(allowed))
  vi.spyOn(petitionApi, 'visits').mockResolvedValue([])
  const wrapper = mount(PetitionFile, { props: { item: { number: NUMBER } as CaseView },
    global: { plugins: [i18n], stubs: { 'router-link': true } } })
  await flushPromises()
  return wrapper
}

describe('petition file', () => {
  beforeEach(() => vi.restoreAllMocks())

  it('hides the holding button when allowedActions lacks hold, and offers a visit with progress', async () => {
    const wrapper = await render(details(), ['progress'])
    expect(wrapper.find('[data-test="petition-hold"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="petition-progress"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="petition-visit"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="petition-details"]').exists()).toBe(true)
  })

  it('shows no button at all to a caller with no actions', async () => {
    const wrapper = await render(details(), [])
    expect(wrapper.findAll('.buttons button')).toHaveLength(0)
  })

  it('flags a collective, level-skipping petition and keeps a hidden petitioner hidden', async () => {
    const wrapper = await render(details(), [])
    expect(wrapper.find('[data-test="petition-collective"]').text()).toBe('Collective')
    expect(wrapper.find('[data-test="petition-skipping"]').text()).toBe('Level-skipping')
    expect(wrapper.text()).toContain('Kept from the handling unit')
    expect(wrapper.find('[data-test="petition-petitioner"]').exists()).toBe(false)
  })
})
