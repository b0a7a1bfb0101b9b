import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { http } from './http'

export interface SessionUser {
  username: string
  displayName: string
  roles: string[]
  scope: { regions: string[]; departments: string[]; readOnly: boolean }
}

interface LoginResponse {
  token: string
  expiresAt: string
  user: SessionUser
}

const KEY = 'fengqiao.session'

function stored(): { token: string; user: SessionUser } | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null')
  } catch {
    return null
  }
}

/** The logged-in user and their token; the token's lifetime is the server's business (a 401 ends it). */
export const useSession = defineStore('session', () => {
  const saved = stored()
  const token = ref<string | null>(saved?.token ?? null)
  const user = ref<SessionUser | null>(saved?.user ?? null)
  const roles = computed(() => user.value?.roles ?? [])

  async function login(username: string, password: string) {
    const answer = await http.post<LoginResponse>('/api/auth/login', { username, password })
    token.value = answer.token
    user.value = answer.user
    localStorage.setItem(KEY, JSON.stringify({ token: answer.token, user: answer.user }))
  }

  function clear() {
    token.value = null
    user.value = null
    localStorage.removeItem(KEY)
  }

  async function logout() {
    try {
      await http.post('/api/auth/logout')
    } finally {
      clear()
    }
  }

  function hasAnyRole(...wanted: string[]) {
    return roles.value.some((r) => wanted.includes(r))
  }

  return { token, user, roles, login, logout, clear, hasAnyRole }
})
