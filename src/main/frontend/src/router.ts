import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSession } from './shared/session'
import { homeOf } from './shared/layout/menu'

const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('./modules/auth/views/login-page.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./shared/layout/app-layout.vue'),
    children: [
      { path: '', name: 'home', redirect: () => homeOf(useSession().roles) },
      { path: 'cases', name: 'cases', component: () => import('./modules/cases/views/case-queue.vue') },
      { path: 'cases/:number', name: 'case', component: () => import('./modules/cases/views/case-file.vue'), props: true },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./shared/views/not-found-page.vue') },
      { path: 'workbench', name: 'workbench', component: () => import('./modules/cases/views/workbench-page.vue') },
      { path: 'intake', name: 'intake', component: () => import('./modules/cases/views/intake-page.vue') },
    ],
  },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach((to) => {
  const session = useSession()
  if (!to.meta.public && !session.token) return { path: '/login', query: { redirect: to.fullPath } }
  if (to.path === '/login' && session.token) return typeof to.query.redirect === 'string' ? to.query.redirect : '/'
  return true
})
