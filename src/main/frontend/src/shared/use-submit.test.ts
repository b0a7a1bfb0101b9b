import { describe, expect, it, vi } from 'vitest'
import { ApiError } from './http'
import { useSubmit } from './use-submit'

describe('sending a form', () => {
  it('sends once when the button is clicked twice while the first send is under way', async () => {
    const { run } = useSubmit()
    let finish: (v: string) => void = () => {}
    const send = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)))
    const first = run(send)
    const second = run(send)
    finish('done')
    expect(await first).toBe('done')
    expect(await second).toBeUndefined()
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('puts field errors next to their fields and clears them on the next send', async () => {
    const { run, fieldErrors } = useSubmit()
    await run(() => Promise.reject(new ApiError(400, 'validation', 'Check the fields.', { phone: 'not a phone' })))
    expect(fieldErrors.phone).toBe('not a phone')
    await run(() => Promise.resolve(1))
    expect(fieldErrors.phone).toBeUndefined()
  })
})
